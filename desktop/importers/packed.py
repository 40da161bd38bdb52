"""The packed layout: one row per project, indicators in one cell (TSV text, CSV, Excel).

Rows arrive as cell lists with a place ("第 12 行", "工作表 X 第 5 行"). The rules here repair what
conversions do to such tables, without knowing any particular table:
- rows with fewer cells than the header lost an empty amount column: amounts are re-placed so that
  总计 = 财政拨款 + 财政专户拨款 + 其他资金 where possible, text columns align from the right;
- rows without a name and amounts are pieces of a neighbour split by a page break: the tail of the
  row above, or — when they start a fresh indicator list and the row below continues one — the head
  of the row below;
- a row with a name and amounts but no goal and no indicators is a unit subtotal; 合计 is the total.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.importers.errors import Place, SourceError
from desktop.importers.headers import AMOUNT_ROLES, ROLE_LABELS, ColumnMap
from desktop.importers.indicators import (
    leading_text,
    looks_like_indicator_list,
    starts_fresh_list,
)
from desktop.importers.model import Amounts, ImportedProject, ImportedTable, Repair, UnitTotals
from desktop.importers.textnorm import CellTooLong, NumberOutOfRange, cell_too_long, clean, parse_amount
from desktop.messages import message

TOTAL_WORDS = ("合计", "总计", "总合计")
SUBTOTAL_WORDS = ("小计",)
_ITEM_CLOSERS = "。"


class SourceRow:
    """One row's cells and its place. A workbook's row makes its Place only when asked for it
    (`places(row)`, its sheet's errors.sheet_rows): of a sheet's 40,000 rows an import names the
    few thousand that start a project."""

    __slots__ = ("cells", "_place", "_places", "_row")

    def __init__(self, cells: list, place: str | None = None, places: Callable[[int], Place] | None = None,
                 row: int = 0):
        self.cells = cells
        self._place = place
        self._places, self._row = places, row

    @property
    def place(self) -> str:
        if self._place is None:
            self._place = self._places(self._row) if self._places is not None else Place(row=self._row)
        return self._place

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return (self.cells, self.place) == (other.cells, other.place)

    __hash__ = None  # as the dataclass it was: mutable, compared by value

    def __repr__(self) -> str:
        return f"SourceRow(cells={self.cells!r}, place={self.place!r})"


@dataclass(slots=True)
class _Entry:
    kind: str  # "project" | "piece"
    place: str
    supervisor: str = ""
    unit: str = ""
    name: str = ""
    amounts: Amounts = field(default_factory=Amounts)
    goal: str = ""
    indicators: str = ""


def _blank(cells: list) -> bool:
    """Every cell empty once cleaned. A cell too long to clean is far from empty: it is refused,
    with its column, where its role is read (a column no role reads is not looked at)."""
    for c in cells:
        try:
            if clean(c):
                return False
        except CellTooLong:
            return False
    return True


def _beyond_header(cells: list, width: int, goal_i: int | None, indicators_i: int | None, row: SourceRow,
                   table: ImportedTable) -> list:
    """A row with something right of the header's last column. Where a stray tab split the goal
    (a TSV) and pushed the indicator list out of its column, the goal's pieces are joined again;
    anything else there has no column: it is named in a repair, not read."""
    cells = list(cells)
    while len(cells) > width and _blank(cells[-1:]):
        cells.pop()
    extra = len(cells) - width
    if extra <= 0:
        return cells
    if goal_i is not None and indicators_i is not None and goal_i < indicators_i:
        pieces = cells[goal_i : goal_i + extra + 1]
        joined = [*cells[:goal_i], "".join(str(c) for c in pieces if c is not None), *cells[goal_i + extra + 1 :]]
        try:
            moved = looks_like_indicator_list(clean(joined[indicators_i])) and not looks_like_indicator_list(
                clean(cells[indicators_i]))
        except CellTooLong:
            moved = False
        if moved and all(isinstance(c, str) or c is None for c in pieces):
            table.repairs.append(Repair(row.place, message("importing.repair.goal_split", cells=extra + 1)))
            return joined
    text = "".join(str(c) for c in cells[width:] if c is not None)
    table.repairs.append(Repair(row.place, message("importing.repair.outside_text", text=text[:40])))
    return cells


def _text_in_amounts(cells: list, amount_cols: list[int]) -> bool:
    return any(i < len(cells) and not _is_amount_or_empty(cells[i]) for i in amount_cols)


def _is_amount_or_empty(value) -> bool:
    try:
        parse_amount(value)
    except (ValueError, CellTooLong):
        return False
    return True


def _indicator_like(text: str) -> bool:
    return "指标值" in text or looks_like_indicator_list(text)


def _amount(value: object, place: str, label: str, path) -> Decimal | None:
    try:
        return parse_amount(value)
    except CellTooLong as exc:
        raise SourceError(path, message("importing.amount_too_long", label=label, chars=exc.args[0]), place) from None
    except NumberOutOfRange as exc:
        raise SourceError(path, message("importing.column_of", label=label, problem=exc.problem), place) from None
    except ValueError:
        raise SourceError(path, message("importing.not_an_amount", label=label, value=clean(value)[:20]), place) from None


def _fits(values: list[Decimal | None]) -> bool:
    total, *parts = values
    present = [p for p in parts if p is not None]
    if total is None or not present:
        return total is None and not present
    return total == sum(present)


def _replace_amounts(given: list, width: int) -> list:
    """Put `given` amount cells into `width` columns, choosing where the dropped empty ones were.

    总计 = 财政拨款 + 财政专户拨款 + 其他资金 decides first; among placements that add up, the
    dropped cells are taken as far right as possible (其他资金 is the column most often empty).
    """
    missing = width - len(given)
    best, best_score = None, None
    for slots in itertools.combinations(range(width), missing):
        out, it = [], iter(given)
        for i in range(width):
            out.append("" if i in slots else next(it))
        try:
            values = [parse_amount(v) for v in out]
        except (ValueError, CellTooLong):
            values = [None] * width
        score = (_fits(values), sum(slots))
        if best_score is None or score > best_score:
            best, best_score = out, score
    return best


def _normalise_width(cells: list, cmap: ColumnMap, width: int) -> tuple[list, bool]:
    """A full-width row; True if cells had to be re-placed (a dropped empty column)."""
    if len(cells) >= width:
        return cells, False
    padded = list(cells) + [""] * (width - len(cells))
    amount_cols = sorted(cmap.columns[r] for r in AMOUNT_ROLES if r in cmap.columns)
    if not amount_cols:
        return padded, True
    first, last = amount_cols[0], amount_cols[-1]
    tail = width - 1 - last  # text columns after the amounts, aligned from the right
    if len(cells) < first + tail:
        return padded, True  # too short to tell which columns are missing
    head = list(cells[:first])
    right = list(cells[len(cells) - tail :]) if tail else []
    if right and all(_is_amount_or_empty(c) for c in right) and any(clean(c) for c in right):
        return padded, True  # trailing empty cells were trimmed (an editor strips trailing tabs)
    middle = list(cells[first : len(cells) - tail])
    span = last - first + 1
    middle = _replace_amounts(middle, span) if len(middle) < span else middle[:span]
    return head + middle + right, True


def assemble(rows: list[SourceRow], cmap: ColumnMap, table: ImportedTable, path, check=None) -> ImportedTable:
    """Fill `table` (title etc. already set) from the data rows below the header."""
    width = max(cmap.columns.values()) + 1
    width = max(width, len(cmap.labels))
    entries: list[_Entry | UnitTotals | tuple] = []
    current_unit: str | None = None
    header_roles = set(cmap.columns)
    amount_cols = [cmap.columns[r] for r in AMOUNT_ROLES if r in cmap.columns]
    name_at = cmap.columns.get("name")
    header_name = cmap.labels[name_at] if name_at is not None and name_at < len(cmap.labels) else None
    known: dict = {}  # cell → amount: the same figures recur (1.5 万元, empty), each parsed once

    def amount(value, role: str, row: SourceRow) -> Decimal | None:
        if value is None:  # an empty cell (most 财政专户拨款 and 其他资金)
            return None
        # texts and non-zero floats by value (equal means the same figure); the rest by type and
        # repr, so that 0.0 ≠ -0.0 and 1 ≠ True ≠ 1.0
        cls = value.__class__
        key = value if cls is str or (cls is float and value) else (cls, repr(value))
        if key not in known:
            known[key] = _amount(value, row.place, ROLE_LABELS[role], path)
        return known[key]

    def get(cells: list, role: str, row: SourceRow) -> str:
        """The role's cell of the row, cleaned ("" where the row has none)."""
        try:
            return clean(cmap.get(cells, role))
        except CellTooLong as exc:
            raise cell_too_long(path, row.place, cmap.columns[role], exc) from None

    # A full-width row holds every role's column (width is past the last): read by index, and a
    # cell too long is named by `get`, role by role in this order, as if read one at a time.
    at = {role: cmap.columns.get(role) for role in ("name", "goal", "indicators", "unit", "supervisor")}
    _, goal_i, indicators_i, unit_i, supervisor_i = at.values()
    amount_at = [(role, cmap.columns[role]) for role in AMOUNT_ROLES if role in cmap.columns]
    # columns under no header label that no role reads: what stands there is named, not dropped
    read = set(cmap.columns.values())
    unlabelled = [i for i in range(width) if i not in read and not (i < len(cmap.labels) and cmap.labels[i])]

    for n, row in enumerate(rows):
        if check and n % 500 == 0:
            check(n, len(rows))
        raw = row.cells
        if _blank(raw):
            continue
        if len(raw) >= width and raw[-1] in ("", None) and _text_in_amounts(raw, amount_cols):
            # a spreadsheet pads a short row with empty cells: drop them and realign as text does
            while raw and _blank(raw[-1:]):
                raw = raw[:-1]
        cells, shifted = _normalise_width(raw, cmap, width)
        if len(cells) > width and not _blank(cells[width:]):
            cells = _beyond_header(cells, width, goal_i, indicators_i, row, table)
        elif unlabelled and not _blank([cells[i] for i in unlabelled]):
            text = "".join(str(cells[i]) for i in unlabelled if cells[i] is not None)
            table.repairs.append(Repair(row.place, message("importing.repair.outside_text", text=text[:40])))

        try:
            name = "" if name_at is None else clean(cells[name_at])
            if name and name == header_name and _repeats_header(cells, header_roles):
                continue  # the header printed again at the top of a page
            amounts = Amounts(*[amount(cells[i], r, row) for r, i in amount_at]) if amount_at else Amounts()
            goal = "" if goal_i is None else clean(cells[goal_i])
            indicators = "" if indicators_i is None else clean(cells[indicators_i])
            unit_col = "" if unit_i is None else clean(cells[unit_i])
            supervisor = "" if supervisor_i is None else clean(cells[supervisor_i])
        except CellTooLong:
            for role in at:  # the first too long, named with its column
                get(cells, role, row)
            raise
        if shifted:
            table.repairs.append(
                Repair(row.place, message("importing.repair.row_realigned", missing=width - len(raw)))
            )
        if name in TOTAL_WORDS:
            table.stated_totals = amounts
            continue
        if not name and amounts.is_empty():
            if goal and not indicators and _indicator_like(goal):
                goal, indicators = "", goal  # a lone piece of an indicator list, one column too far left
                table.repairs.append(
                    Repair(row.place, message("importing.repair.goal_is_indicators"))
                )
            if goal or indicators:
                entries.append(_Entry("piece", row.place, goal=goal, indicators=indicators))
            continue
        if unit_col and name in SUBTOTAL_WORDS + ("",) and not goal and not indicators:
            current_unit = unit_col  # a subtotal row in a table with a unit column
            table.units.append(UnitTotals(unit_col, amounts))
            continue
        if not goal and not indicators and not amounts.is_empty() and not unit_col:
            # a unit subtotal row: its name is the unit of the projects below
            current_unit = name
            table.units.append(UnitTotals(name, amounts))
            continue
        if not goal and not indicators and amounts.is_empty() and entries and _is_project(entries[-1]):
            entries[-1].name += name  # a name broken over two rows
            table.repairs.append(Repair(row.place, message("importing.repair.name_joined_above")))
            continue
        entries.append(
            _Entry(
                "project",
                row.place,
                supervisor=supervisor,
                unit=unit_col or current_unit or "",
                name=name,
                amounts=amounts,
                goal=goal,
                indicators=indicators,
            )
        )
    if any(e.kind == "piece" for e in entries):
        _join_pieces(entries, table)
    for e in entries:
        if not _is_project(e):
            continue
        table.projects.append(
            ImportedProject(
                unit=e.unit or None,
                supervisor=e.supervisor or None,
                name=e.name,
                amounts=e.amounts,
                goal=e.goal,
                place=e.place,
            )
        )
        table.unsplit.append(e.indicators)  # split by reading.read_file, the last step of the read
        stray = leading_text(e.indicators)
        if stray:
            table.repairs.append(
                Repair(e.place, message("importing.repair.stray_before_indicators", text=stray[:20]))
            )
    return table


def _is_project(e) -> bool:
    return isinstance(e, _Entry) and e.kind == "project"


def _repeats_header(cells: list, header_roles: set[str]) -> bool:
    from desktop.importers.headers import map_header

    found = map_header(cells)
    return len(found) >= 3 and set(found) <= header_roles


class _Joined:
    """A project's goal and indicators while pieces are joined to it, as parts: `+=` on a growing
    string copies it each time (thousands of pieces of a 10 MB cell took seconds, 50 MB minutes).
    `start` and the last characters answer what the joining rules ask of the text as it stands."""

    __slots__ = ("heads", "tails", "start", "ind_last", "goal_last")

    def __init__(self, e: _Entry):
        self.heads: list[_Entry] = []  # prepended pieces, the newest last
        self.tails: list[_Entry] = []
        self.start = e.indicators[:256]
        self.ind_last = e.indicators[-1:]
        self.goal_last = e.goal[-1:]

    def prepend(self, piece: _Entry) -> None:
        self.heads.append(piece)
        self.start = (piece.indicators + self.start)[:256]
        self.ind_last = self.ind_last or piece.indicators[-1:]
        self.goal_last = self.goal_last or piece.goal[-1:]

    def append(self, piece: _Entry) -> None:
        self.tails.append(piece)
        if len(self.start) < 256:
            self.start = (self.start + piece.indicators)[:256]
        self.ind_last = piece.indicators[-1:] or self.ind_last
        self.goal_last = piece.goal[-1:] or self.goal_last

    def complete(self) -> bool:
        """The text as it stands (indicators, else goal) ends its last item."""
        last = self.ind_last or self.goal_last
        return last != "" and last in _ITEM_CLOSERS

    def finish(self, e: _Entry) -> None:
        heads = self.heads[::-1]
        e.goal = "".join([p.goal for p in heads] + [e.goal] + [p.goal for p in self.tails])
        e.indicators = "".join(
            [p.indicators for p in heads] + [e.indicators] + [p.indicators for p in self.tails]
        )


def _join_pieces(entries: list, table: ImportedTable) -> None:
    """Merge each piece into the project it was cut from (page breaks), in place.

    One pass: the project before and after each position are known up front (projects are never
    removed), so thousands of pieces in a row cost linear time, not a scan per piece.
    """
    following: list = [None] * (len(entries) + 1)
    for k in range(len(entries) - 1, -1, -1):
        following[k] = entries[k] if _is_project(entries[k]) else following[k + 1]
    joined: dict[int, tuple[_Entry, _Joined]] = {}

    def state(e: _Entry) -> _Joined:
        if id(e) not in joined:
            joined[id(e)] = (e, _Joined(e))
        return joined[id(e)][1]

    kept: list = []
    prev = None
    for i, piece in enumerate(entries):
        if not (isinstance(piece, _Entry) and piece.kind == "piece"):
            kept.append(piece)
            if _is_project(piece):
                prev = piece
            continue
        nxt = following[i + 1]
        to_next = (
            nxt is not None
            and starts_fresh_list(piece.indicators)
            and not starts_fresh_list(state(nxt).start)
            and (prev is None or state(prev).complete())
        )
        if to_next:
            state(nxt).prepend(piece)
            table.repairs.append(
                Repair(piece.place, message("importing.repair.piece_to_next", name=nxt.name))
            )
        elif prev is not None:
            state(prev).append(piece)
            table.repairs.append(
                Repair(piece.place, message("importing.repair.piece_to_previous", name=prev.name))
            )
        else:
            table.repairs.append(Repair(piece.place, message("importing.repair.piece_alone")))
    for e, parts in joined.values():
        parts.finish(e)
    entries[:] = kept
