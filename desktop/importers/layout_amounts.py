"""Layout text with amount columns: 总计 / 财政拨款 / 财政专户拨款 / 其他资金 among the words.

PDF-to-text puts a row's one-line cells (主管部门, 预算单位, the amounts) on the row's first line or on
a line of their own, separated by spaces, and drops empty amount cells. Amounts are told from words
by their shape — thousands separators or exactly two decimals (1,200.00 · 30.00 · 12,000) — never by
position alone. A run of such tokens is taken out of the row's lines before its unit, name, goal and
indicators are read as in layout text without amounts.

Which columns a short run fills is decided as for tables (总计 = 财政拨款 + 财政专户拨款 + 其他资金);
where more than one placement adds up and the table has money in more than two columns, the row is
marked for the officer (ImportedTable.flagged) instead of guessed silently.
A row with amounts but no goal and no indicators is a subtotal (合计, or the unit named in it).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from desktop.importers.errors import Place, SourceError
from desktop.importers.headers import AMOUNT_ROLES, ROLE_LABELS
from desktop.importers.model import Amounts, ImportedTable, Repair, SumCheck, UnitTotals, sum_amounts
from desktop.importers.packed import TOTAL_WORDS
from desktop.importers.textnorm import NumberOutOfRange, clean, parse_amount
from desktop.messages import message

_AMOUNT = re.compile(r"^-?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d{2})$")


def is_amount(token: str) -> bool:
    return bool(_AMOUNT.match(token))


def amount_run(line: str) -> tuple[list[str], list[str], list[str]] | None:
    """(words before, amount tokens, words after) of the first run of amount-shaped tokens, or None."""
    words = line.split()
    for i, w in enumerate(words):
        if is_amount(w):
            j = i
            while j < len(words) and is_amount(words[j]):
                j += 1
            return words[:i], words[i:j], words[j:]
    return None


def _fits(values: list[Decimal | None]) -> bool:
    total, *parts = values
    present = [p for p in parts if p is not None]
    return total is not None and bool(present) and total == sum(present)


def place(values: list[Decimal], width: int) -> list[list[Decimal | None]]:
    """Every placement of the amounts in `width` columns (总计 first) that adds up, usual one first.

    Equal 总计 and one part (1,200.00 1,200.00) comes first as 总计 + 财政拨款; nothing adding up,
    the amounts fill from the left (a lone amount is the total).
    """
    values = values[:width]
    if len(values) >= width:
        return [values]
    fitting = []
    for kept in itertools.combinations(range(width), len(values)):
        out: list[Decimal | None] = [None] * width
        for slot, v in zip(kept, values, strict=True):
            out[slot] = v
        if _fits(out):
            fitting.append(out)
    if not fitting:
        return [values + [None] * (width - len(values))]
    fitting.sort(key=lambda out: [v is None for v in out])  # the left-most columns first
    return fitting


def _amounts(values: list[Decimal | None], roles: list[str]) -> Amounts:
    given = dict(zip(roles, values, strict=True))
    return Amounts(*(given.get(r) for r in AMOUNT_ROLES))


@dataclass
class Pending:
    """A row whose amounts fit more than one set of columns: settled by the sums, or marked."""

    target: object  # the Project, UnitTotals or ImportedTable holding the amounts
    attr: str  # "amounts", "stated" or "stated_totals"
    choices: list[Amounts]
    tokens: list[str]
    place: str


def _choices(tokens: list[str], roles: list[str], path, at: Place) -> list[Amounts]:
    values = []
    for token in tokens:
        try:
            values.append(parse_amount(token))
        except NumberOutOfRange as exc:  # amount-shaped, and more than money has (10^14 and up)
            raise SourceError(path, exc.problem, at) from None
    return [_amounts(v, roles) for v in place(values, len(roles))]


def take_totals(
    body: list[tuple[int, str]], roles: list[str], table: ImportedTable, pending: list[Pending], path
) -> list[tuple[int, str]]:
    """合计 lines out of the body, into the table's stated totals."""
    kept = []
    for n, line in body:
        run = amount_run(line)
        if run and not run[2] and clean("".join(run[0])) in TOTAL_WORDS:
            choices = _choices(run[1], roles, path, Place(row=n))
            table.stated_totals = choices[0]
            if len(choices) > 1:
                pending.append(Pending(table, "stated_totals", choices, run[1], Place(row=n)))
            continue
        kept.append((n, line))
    return kept


def strip_amounts(
    record: list[tuple[int, str]], roles: list[str], first_indicator: int, path
) -> tuple[list[tuple[int, str]], list[Amounts], list[str]]:
    """The record's lines without its amount tokens, the placements of its amounts, the tokens.

    Only lines before the indicators are searched: an amount inside an indicator's text is text.
    """
    out = list(record)
    for k in range(min(first_indicator, len(record))):
        n, line = record[k]
        run = amount_run(line)
        if run is None:
            continue
        before, tokens, after = run
        if k > 0 and (before or after) and len(before) + len(after) > 2:
            continue  # a goal line that happens to hold a figure: not the amount cells
        tokens = list(tokens)
        if not after:  # each amount cell on a line of its own: the next lines of amounts only
            j = k + 1
            while j < len(record) and len(tokens) < len(roles):
                more = record[j][1]
                if more.strip():
                    run_j = amount_run(more)
                    if run_j is None or run_j[0] or run_j[2]:
                        break
                    tokens += run_j[1]
                    out[j] = (record[j][0], "")
                j += 1
        # the words after the amounts are the next cell's (the goal's) first line
        out[k : k + 1] = [(n, " ".join(before))] + ([(n, " ".join(after))] if after else [])
        return out, _choices(tokens, roles, path, Place(row=n)), tokens
    for k in range(first_indicator, len(record)):  # amounts centred in a tall row: a line of their own
        n, line = record[k]
        run = amount_run(line)
        if run is not None and not run[0] and not run[2]:
            out[k] = (n, "")
            return out, _choices(run[1], roles, path, Place(row=n)), run[1]
    return out, [Amounts()], []


def unit_subtotal(table: ImportedTable, name: str, amounts: Amounts, place_text: str) -> UnitTotals:
    unit = UnitTotals(name, amounts)
    table.units.append(unit)
    table.repairs.append(Repair(place_text, message("importing.repair.unit_subtotal", name=name)))
    return unit


MAX_COMBINATIONS = 20_000


def _settling(table: ImportedTable, pending: list[Pending]) -> list[tuple[Amounts, ...]]:
    """The combinations of choices under which every stated sum matches, as `sum_checks` compares
    them; two at most (two already leave the rows unsettled).

    Each combination re-adds only the sums its rows are in: a stated sum no unsure row takes part
    in is compared once. (Comparing every sum of the table for each of up to 20,000 combinations
    took most of a minute on 500 projects in 50 units.)
    """
    for p in pending:  # the sums below start from the rows as they are, unsure ones left out
        setattr(p.target, p.attr, Amounts())
    moving = {id(p.target): k for k, p in enumerate(pending)}
    # the checks as sum_checks makes them: [stated, sum of the settled rows, unsure rows in it]
    checks: list[tuple[Amounts | int, Amounts, list[int]]] = []
    stated_total = moving.get(id(table), table.stated_totals)
    if isinstance(stated_total, int) or not stated_total.is_empty():
        checks.append((stated_total, sum_amounts(p.amounts for p in table.projects),
                       [moving[id(p)] for p in table.projects if id(p) in moving]))
    for unit in table.units:
        mine = [p for p in table.projects if p.unit == unit.name]
        checks.append((moving.get(id(unit), unit.stated), sum_amounts(p.amounts for p in mine),
                       [moving[id(p)] for p in mine if id(p) in moving]))
    fixed = [(stated, settled) for stated, settled, rows in checks if not isinstance(stated, int) and not rows]
    if not all(SumCheck("", stated, settled).matches for stated, settled in fixed):
        return []  # a sum no choice changes does not match: nothing settles the rows
    open_checks = [c for c in checks if isinstance(c[0], int) or c[2]]
    solutions = []
    for combo in itertools.product(*(p.choices for p in pending)):
        if all(
            SumCheck("", combo[stated] if isinstance(stated, int) else stated,
                     sum_amounts([settled, *(combo[k] for k in rows)])).matches
            for stated, settled, rows in open_checks
        ):
            solutions.append(combo)
            if len(solutions) > 1:
                break
    return solutions


def _names(a: Amounts) -> str:
    return "、".join(ROLE_LABELS[r] for r, v in zip(AMOUNT_ROLES, a.as_tuple(), strict=True) if v is not None)


def resolve(table: ImportedTable, pending: list[Pending]) -> None:
    """Settle unsure rows by the stated 合计 and subtotals; mark those the sums cannot settle.

    Total + one part alone is marked only where the table shows money beyond 财政拨款.
    """
    if not pending:
        return
    count = 1
    for p in pending:
        count *= len(p.choices)
    checked = not table.stated_totals.is_empty() or bool(table.units)
    solutions = _settling(table, pending) if checked and count <= MAX_COMBINATIONS else []
    if len(solutions) == 1:
        for p, a in zip(pending, solutions[0], strict=True):
            setattr(p.target, p.attr, a)
            table.repairs.append(
                Repair(p.place, message("importing.repair.amounts_settled", amounts=" ".join(p.tokens), columns=_names(a)))
            )
        return
    for p in pending:
        setattr(p.target, p.attr, p.choices[0])
    wide = any(
        a.special is not None or a.other is not None
        for a in [table.stated_totals, *(u.stated for u in table.units), *(p.amounts for p in table.projects)]
    )
    for p in pending:
        if wide or len(p.tokens) >= 3:
            table.flagged.append(
                Repair(
                    p.place,
                    message("importing.repair.amounts_unsure", amounts=" ".join(p.tokens), columns=_names(p.choices[0])),
                )
            )
