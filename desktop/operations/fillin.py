"""The fill-in workbooks (填报表) and the store: the books' figures to write, and the returned
workbooks (read by desktop.importers.fillin) compared with the store and written all or nothing.

A workbook is refused whole, with every reason named (file, sheet, row, column), when the unit
changed a target (the locked cells differ from the checksummed copy in the hidden sheet), removed or
added rows, or typed something that is not a value (text in a money cell, an unknown 定性档次). Of an
accepted workbook, every value that differs from the store becomes a change, old → new, with who
filled it. `apply_fillin` writes the changes of all accepted workbooks in one transaction through the
edit log, or none of them.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from desktop.importers.fillin import (
    FillinError,
    cell_place,
    cell_text,
    edit_value,
    header_problem,
    read_returned,
    sheet_body,
)
from desktop.messages import message
from desktop.models import BudgetExecution, Department, Indicator, MonthlySpending, Project, Store, Unit
from desktop.models.grid_queries import indicator_rows, monthly_rows
from desktop.operations.cells import edit_cells
from desktop.operations.changes import NOT_SEEN, CellEdit, Change, Changes
from desktop.operations.conflicts import EditConflict, EditError, _same
from desktop.operations.fields import convert
from desktop.operations.scoring import department_of
from desktop.operations.transaction import run
from desktop.reports.fillin import (
    INDICATOR_HEADERS,
    INDICATOR_LOCKED,
    INDICATOR_SHEET,
    MONTHLY_HEADERS,
    MONTHLY_SHEET,
    PROJECT_HEADERS,
    PROJECT_SHEET,
    FillinBook,
    FillinProject,
    _text,
)

# open columns: (column number, field, header)
INDICATOR_OPEN = ((7, "actual"), (8, "qualitative_tier"), (9, "deviation_reason"))
PROJECT_OPEN = ((3, "budget_initial"), (4, "budget_adjusted"), (5, "spent"), (6, "goal_actual"))
MONTHLY_OPEN = ((2, "annual_budget"), (3, "cumulative_spent"))


class NothingToFill(LookupError):
    """No project for the asked year / unit / project (a Chinese sentence in args[0])."""


def load_books(session: Session, year: int, per: str = "unit", unit: str | None = None,
               project: str | None = None) -> list[FillinBook]:
    """The books to write: one per unit (default) or one per project, of `year`."""
    dept = department_of(session, year)
    query = (
        select(Project.id, Unit.name, Project.name, Project.goal, Project.goal_actual,
               BudgetExecution.budget_initial, BudgetExecution.budget_adjusted, BudgetExecution.spent)
        .join(Unit, Project.unit_id == Unit.id)
        .outerjoin(BudgetExecution, and_(BudgetExecution.project_id == Project.id,
                                         BudgetExecution.fund_source == "total"))
        .where(Project.year == year)
        .order_by(Unit.name, Project.sort_order, Project.id)
    )
    if unit is not None:
        query = query.where(Unit.name == unit)
    if project is not None:
        query = query.where(Project.name == project)
    projects = {
        pid: FillinProject(pid, u, name, goal or "", goal_actual or "", a, b, c)
        for pid, u, name, goal, goal_actual, a, b, c in session.execute(query)
    }
    if not projects:
        what = "".join(f"“{x}”" for x in (unit, project) if x)
        raise NothingToFill(message("store.nothing.fillin", year=year, what=what))
    for rec in indicator_rows(session, year):
        if rec.project_id in projects:
            projects[rec.project_id].indicators.append(rec)
    department = dept[1] if dept else ""
    if per == "department":
        monthly = {m: (None, None) for m in range(1, 13)}
        if dept is not None:
            for rec in monthly_rows(session, dept[0], year):
                monthly[rec.month] = (rec.annual_budget, rec.cumulative_spent)
        return [FillinBook(year, department, department, list(projects.values()), monthly=monthly)]
    if per == "project":
        return [FillinBook(year, department, p.unit, [p], p.name) for p in projects.values()]
    by_unit: dict[str, list[FillinProject]] = defaultdict(list)
    for p in projects.values():
        by_unit[p.unit].append(p)
    return [FillinBook(year, department, u, ps) for u, ps in by_unit.items()]


# --- the returned workbooks ----------------------------------------------------------------------


@dataclass(slots=True)
class ValueChange:
    place: str  # 工作表“绩效指标”第 5 行 G 列
    project: str
    what: str  # 三级指标 name, or the project's field label
    field_label: str
    old: object
    new: object
    edit: CellEdit

    def line(self) -> str:
        def show(v):
            return str(message("importing.fillin.empty")) if v is None or v == "" else _text(v)

        return str(message("importing.fillin.change", place=self.place, project=self.project, what=self.what,
                           label=self.field_label, old=show(self.old), new=show(self.new)))


@dataclass(slots=True)
class FillinReading:
    path: Path
    year: int | None = None
    unit: str = ""
    project: str = ""
    filled_by: str = ""
    phone: str = ""
    changes: list[ValueChange] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)  # reasons the whole workbook is refused
    notes: list[str] = field(default_factory=list)  # worth knowing, not blocking
    seen: set[str] = field(default_factory=set, repr=False)  # row keys found in the workbook

    @property
    def accepted(self) -> bool:
        return not self.refused

    def summary(self) -> str:
        who = ""
        if self.filled_by and self.phone:
            who = message("importing.fillin.filled_by_phone", name=self.filled_by, phone=self.phone)
        elif self.filled_by:
            who = message("importing.fillin.filled_by", name=self.filled_by)
        fields = {"file": self.path.name, "unit": self.unit, "who": who}
        if self.refused:
            return str(message("importing.fillin.summary_refused", count=len(self.refused), **fields))
        if not self.changes:
            return str(message("importing.fillin.summary_unchanged", **fields))
        return str(message("importing.fillin.summary", count=len(self.changes), **fields))


def read_fillin(session: Session, path: Path | str) -> FillinReading:
    book = read_returned(path)
    reading = FillinReading(book.path, book.year, book.unit, book.project)
    if book.tampered:
        reading.refused.append(str(message("importing.fillin.checksum", file=book.path.name)))
        return reading
    reading.filled_by, reading.phone = book.filled_by, book.phone
    locked = book.locked
    if _hidden_meta_altered(session, book.year, book.department, locked):
        reading.refused.append(str(message("importing.fillin.checksum", file=book.path.name)))
        return reading
    _read_indicators(session, reading, book.sheets[INDICATOR_SHEET], locked)
    _read_projects(session, reading, book.sheets[PROJECT_SHEET], locked)
    if any(k.startswith("m") for k in locked):
        _read_monthly(session, reading, book.sheets.get(MONTHLY_SHEET) or [], locked, book.department)
    missing = [k for k in locked if k not in reading.seen]
    for key in missing:
        values = locked[key]
        if key.startswith("i"):
            gone = message("importing.fillin.indicator_row_deleted", file=book.path.name, project=values[0], name=values[3])
        elif key.startswith("p"):
            gone = message("importing.fillin.project_row_deleted", file=book.path.name, project=values[0])
        else:
            gone = message("importing.fillin.month_row_deleted", file=book.path.name, sheet=MONTHLY_SHEET,
                           month=values[0])
        reading.refused.append(str(gone))
    if reading.refused:
        reading.changes.clear()
    return reading


def _hidden_meta_altered(session: Session, year: int, department: str, locked: dict) -> bool:
    """Whether the hidden sheet's year or department was changed. Its checksum covers only the
    locked cells (so the books sent out were made), but the book's own projects tell: a project is
    kept under one year, and the department of a department's book (whose 表2 rows are written to
    it) is one of its projects' departments."""
    project_ids = sorted(pid for key in locked if (pid := _key_id(key, "p", locked)) is not None)
    years, departments = set(), set()
    for start in range(0, len(project_ids), 500):
        for project_year, department_id in session.execute(
            select(Project.year, Unit.department_id).join(Unit, Project.unit_id == Unit.id)
            .where(Project.id.in_(project_ids[start:start + 500]))
        ):
            years.add(project_year)
            departments.add(department_id)
    if years - {year}:
        return True
    if departments and any(key.startswith("m") for key in locked):
        named = session.scalar(select(Department.id).where(Department.name == department))
        return named is not None and named not in departments  # an unknown name is refused by its own sentence
    return False


def _key_id(key: str, kind: str, locked: dict) -> int | None:
    """The store id a row key of `kind` ("i", "p", "m") stands for; None unless the key is one the
    book was written with (the hidden sheet's, whose keys the reader checked) and of that kind. A
    key typed in the sheet (p新增, i1e3, a 5,000-digit or 20-digit number) is no row of the book."""
    if key not in locked or not key.startswith(kind):
        return None
    digits = key[1:]
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 18):  # fits an INTEGER of the store
        return None
    return int(digits)


def _sheet_body(reading: FillinReading, sheet: str, rows: list[tuple], headers) -> list | None:
    return sheet_body(reading.refused, reading.path, sheet, rows, headers)


def _read_indicators(session: Session, reading: FillinReading, rows: list[tuple], locked: dict) -> None:
    name = reading.path.name
    body = _sheet_body(reading, INDICATOR_SHEET, rows, INDICATOR_HEADERS)
    if body is None:
        return
    # only the book's own keys: any other is refused row by row below, after the store is asked
    ids = [i for _r, row in body if (i := _key_id(str(row[9] or ""), "i", locked)) is not None]
    stored, project_of = {}, {}
    # by primary key only: joined to project.year, SQLite walks the year's index instead (0.9 s a book)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for rec in session.execute(
            select(Indicator.id, Indicator.project_id, Indicator.actual, Indicator.qualitative_tier,
                   Indicator.deviation_reason).where(Indicator.id.in_(chunk))
        ):
            project_of[rec[0]] = rec[1]
            stored[rec[0]] = {"actual": rec[2], "qualitative_tier": rec[3], "deviation_reason": rec[4]}
    project_ids = sorted(set(project_of.values()))
    in_year = set()
    for start in range(0, len(project_ids), 500):
        in_year.update(session.scalars(select(Project.id).where(
            Project.id.in_(project_ids[start:start + 500]), Project.year == reading.year)))
    stored = {k: v for k, v in stored.items() if project_of[k] in in_year}
    for r, row in body:
        key = str(row[9] or "")
        original = _original_row(reading, INDICATOR_SHEET, r, row, key, "i", locked, INDICATOR_LOCKED,
                                 INDICATOR_HEADERS)
        indicator_id = _key_id(key, "i", locked)
        if original is None or indicator_id is None:
            continue
        if indicator_id not in stored:
            reading.refused.append(str(message("importing.fillin.indicator_gone", file=name,
                                               place=cell_place(INDICATOR_SHEET, r, 1), name=original[3],
                                               year=reading.year)))
            continue
        for col, fld in INDICATOR_OPEN:
            _compare(reading, "indicator", indicator_id, fld, row[col - 1], stored[indicator_id][fld],
                     INDICATOR_SHEET, r, col, original[0], original[3], INDICATOR_HEADERS[col - 1])


def _original_row(reading: FillinReading, sheet: str, r: int, row: tuple, key: str, kind: str, locked: dict,
                  locked_columns: int, headers) -> list[str] | None:
    """The row as its book was written (its locked cells); None, the book refused, when the row is
    new or its key was changed. A changed locked cell refuses the book; the row is still read."""
    name = reading.path.name
    if _key_id(key, kind, locked) is None:
        reading.refused.append(str(message("importing.fillin.row_added", file=name, place=cell_place(sheet, r, 1))))
        return None
    reading.seen.add(key)
    original = locked[key]
    for col in range(locked_columns):
        now = cell_text(row[col])
        if now.strip() != original[col].strip():
            reading.refused.append(str(message(
                "importing.fillin.target_changed", file=name, place=cell_place(sheet, r, col + 1),
                header=headers[col], was=original[col], now=now)))
    return original


def _read_projects(session: Session, reading: FillinReading, rows: list[tuple], locked: dict) -> None:
    name = reading.path.name
    body = _sheet_body(reading, PROJECT_SHEET, rows, PROJECT_HEADERS)
    if body is None:
        return
    ids = [i for _r, row in body if (i := _key_id(str(row[6] or ""), "p", locked)) is not None]
    stored = {
        pid: {"budget_initial": a, "budget_adjusted": b, "spent": c, "goal_actual": g}
        for pid, g, a, b, c in session.execute(
            select(Project.id, Project.goal_actual, BudgetExecution.budget_initial, BudgetExecution.budget_adjusted,
                   BudgetExecution.spent)
            .outerjoin(BudgetExecution, and_(BudgetExecution.project_id == Project.id,
                                             BudgetExecution.fund_source == "total"))
            .where(Project.id.in_(ids), Project.year == reading.year)
        )
    } if ids else {}
    for r, row in body:
        key = str(row[6] or "")
        original = _original_row(reading, PROJECT_SHEET, r, row, key, "p", locked, 2, PROJECT_HEADERS)
        pid = _key_id(key, "p", locked)
        if original is None or pid is None:
            continue
        if pid not in stored:
            reading.refused.append(str(message("importing.fillin.project_gone", file=name,
                                               place=cell_place(PROJECT_SHEET, r, 1), name=original[0],
                                               year=reading.year)))
            continue
        for col, fld in PROJECT_OPEN:
            _compare(reading, "project", pid, fld, row[col - 1], stored[pid][fld], PROJECT_SHEET, r, col,
                     original[0], str(message("importing.fillin.project")), PROJECT_HEADERS[col - 1])


def _read_monthly(session: Session, reading: FillinReading, rows: list[tuple], locked: dict,
                  department: str) -> None:
    """表2 in the department's book: new months become rows, changed months edits."""
    name = reading.path.name
    if not rows:
        reading.refused.append(str(message("importing.fillin.monthly_missing", file=name, sheet=MONTHLY_SHEET)))
        return
    problem = header_problem(reading.path, MONTHLY_SHEET, rows[0], MONTHLY_HEADERS)
    if problem:
        reading.refused.append(problem)
        return
    department_id = session.scalar(select(Department.id).where(Department.name == department))
    if department_id is None:
        reading.refused.append(str(message("importing.fillin.department_unknown", file=name, department=department)))
        return
    stored = {rec.month: rec for rec in monthly_rows(session, department_id, reading.year)}
    for r, row in enumerate(rows[1:], 2):
        row = tuple(row) + (None,) * (len(MONTHLY_HEADERS) - len(row))
        if all(v in (None, "") for v in row):
            continue
        key = str(row[3] or "")
        month = _key_id(key, "m", locked)
        if month is None or not 1 <= month <= 12:
            reading.refused.append(str(message("importing.fillin.month_row_added", file=name,
                                               place=cell_place(MONTHLY_SHEET, r, 1))))
            continue
        reading.seen.add(key)
        if cell_text(row[0]).strip() != locked[key][0]:
            reading.refused.append(str(message("importing.fillin.month_changed", file=name,
                                               place=cell_place(MONTHLY_SHEET, r, 1), was=locked[key][0],
                                               now=cell_text(row[0]))))
            continue
        rec = stored.get(month)
        for col, fld in MONTHLY_OPEN:
            old = getattr(rec, fld) if rec is not None else None
            if rec is None:
                if row[col - 1] in (None, ""):
                    continue
                # a month not recorded yet: `apply_fillin` adds its row first (the id encodes which)
                entity_id = -(department_id * 1_000_000 + reading.year * 100 + month)
            else:
                entity_id = rec.id
            _compare(reading, "monthly_spending", entity_id, fld, row[col - 1], old, MONTHLY_SHEET, r, col,
                     department, locked[key][0], MONTHLY_HEADERS[col - 1])


def _compare(reading: FillinReading, entity: str, entity_id: int, fld: str, raw, old, sheet: str, r: int,
             col: int, project: str, what: str, header: str) -> None:
    place = cell_place(sheet, r, col)
    label = str(message("importing.fillin.cell", file=reading.path.name, place=place, header=header))
    # what the book was compared with: a value saved by someone else since is a conflict, not overwritten
    seen = old if entity_id > 0 else NOT_SEEN  # a month the department fills for the first time has no row yet
    try:
        edit = CellEdit(entity, entity_id, fld, edit_value(raw), label=label, expected=seen)  # NaN, inf: refused
        if fld == "qualitative_tier":
            _check_tier_digits(raw)
        new = convert(edit)
    except ValueError as exc:
        reading.refused.append(str(message("importing.fillin.bad_value", cell=label, problem=str(exc))))
        return
    if isinstance(old, str) and not old.strip():
        old = None  # an empty text is no value, as the grids treat it
    if _same(old, new):
        return
    if isinstance(old, Decimal) and isinstance(new, Decimal) and old == new:
        return  # 12.5 and 12.50 are the same amount
    reading.changes.append(ValueChange(place, project, what, header, old, new, edit))


def _check_tier_digits(raw) -> None:
    """ValueError (a message) for a 定性档次 of digits that are no tier and that int() cannot read
    either ("²", 5,000 digits): the tier converter would refuse it in Python's own words."""
    text = raw.strip() if isinstance(raw, str) else ""
    if text.isdigit() and not (text.isascii() and len(text) <= 3):
        shown = text if len(text) <= 20 else str(message("store.value.shortened", start=text[:12], length=len(text)))
        raise ValueError(message("store.value.not_a_tier", raw=shown))


def read_fillins(session: Session, paths: list[Path | str]) -> list[FillinReading]:
    """Read every workbook; a file that cannot be read at all is a refused reading, not an abort."""
    out = []
    for path in paths:
        try:
            out.append(read_fillin(session, path))
        except FillinError as exc:
            out.append(FillinReading(Path(path), refused=[exc.args[0]]))
    return out


class FillinRefused(Exception):
    """Nothing was written (a Chinese sentence in args[0])."""


def conflicts(readings: list[FillinReading]) -> list[str]:
    """The same value given differently by two workbooks (a unit's book and the department's, say)."""
    first: dict[tuple, tuple[FillinReading, ValueChange]] = {}
    out = []
    for reading in readings:
        for change in reading.changes:
            key = (change.edit.entity, change.edit.entity_id, change.edit.field)
            if key in first:
                other, before = first[key]
                if not _same(before.new, change.new):
                    out.append(str(message("importing.fillin.clash", first=other.path.name, second=reading.path.name,
                                           project=change.project, what=change.what, label=change.field_label,
                                           one=_text(before.new), other=_text(change.new))))
            else:
                first[key] = (reading, change)
    return out


def apply_fillin(store: Store, readings: list[FillinReading]) -> list[Change]:
    """Write the changes of all readings in one transaction; none if any workbook is refused."""
    refused = [r for r in readings if not r.accepted]
    if refused:
        raise FillinRefused(str(message("importing.fillin.refused", count=len(refused),
                                        files="、".join(r.path.name for r in refused))))
    clashes = conflicts(readings)
    if clashes:
        raise FillinRefused(str(message("importing.fillin.clashes", first=clashes[0], count=len(clashes))))
    edits = [c.edit for r in readings for c in r.changes]
    try:
        return list(run(store, save_returned_values, edits).cells)
    except EditError as exc:
        raise FillinRefused(exc.args[0]) from None
    except EditConflict as exc:
        raise FillinRefused(message("importing.fillin.changed_meanwhile", conflict=str(exc))) from None


def save_returned_values(session: Session, edits: list[CellEdit]) -> Changes:
    """All edits of the returned workbooks saved and logged, or (EditError) none."""
    with session.no_autoflush:
        return edit_cells(session, _add_months(session, edits))


def _add_months(session: Session, edits: list[CellEdit]) -> list[CellEdit]:
    """Months a department's book fills for the first time: add their 表2 rows, point the edits at them."""
    new: dict[int, int] = {}
    out = []
    for edit in edits:
        if edit.entity == "monthly_spending" and edit.entity_id < 0:
            code = -edit.entity_id
            if code not in new:
                row = MonthlySpending(department_id=code // 1_000_000, year=code // 100 % 10_000, month=code % 100)
                session.add(row)
                session.flush()
                new[code] = row.id
            edit = CellEdit(edit.entity, new[code], edit.field, edit.value, edit.label)
        out.append(edit)
    return out
