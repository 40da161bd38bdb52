"""What an import produces: plain dataclasses mirroring ../shared/truth/README.md.

Amounts are Decimal (万元) or None for an empty cell. Text keeps the source's characters but no
whitespace (the sources' spaces and line breaks are artefacts of conversion).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from desktop.messages import Message, message

AMOUNT_KEYS = ("total", "fiscal", "special", "other")
BUDGET_KEYS = ("budget_initial", "budget_adjusted", "spent")
_TITLE_YEAR = re.compile(r"(20\d{2})年")


@dataclass(slots=True)
class Amounts:
    total: Decimal | None = None
    fiscal: Decimal | None = None
    special: Decimal | None = None
    other: Decimal | None = None

    def as_tuple(self) -> tuple[Decimal | None, ...]:
        return (self.total, self.fiscal, self.special, self.other)

    def is_empty(self) -> bool:
        return self.total is None and self.fiscal is None and self.special is None and self.other is None


@dataclass(slots=True)
class ImportedIndicator:
    seq: int | None
    level1: str | None
    level1_code: str | None
    level2: str | None
    level2_code: str | None
    name: str
    period_target: str | None
    annual_target: str | None
    weight: Decimal | None = None
    actual: str | None = None
    deviation_reason: str | None = None
    # Read from separate 指标性质 / 指标值 / 度量单位 / 指标方向性 columns, never guessed from text:
    sign: str | None = None  # ≥ > = < ≤ as printed in its own column
    value: Decimal | None = None
    unit: str | None = None
    qualitative: bool | None = None  # 指标性质 says 定性
    direction: str | None = None  # 正向 / 反向 / … as printed


@dataclass(slots=True)
class ImportedBudgetExecution:
    budget_initial: Decimal | None = None
    budget_adjusted: Decimal | None = None
    spent: Decimal | None = None

    def is_empty(self) -> bool:
        return self.budget_initial is None and self.budget_adjusted is None and self.spent is None


@dataclass(slots=True)
class Repair:
    """One place where the importer had to fix the source, for the preview and the log."""

    place: str  # e.g. "第 13 行" or "工作表 Sheet1 第 5 行" (an errors.Place keeps the coordinates)
    what: str  # the sentence saying what was done, in the UI's language
    code: str = ""  # the message code `what` was made from

    def __post_init__(self):
        if isinstance(self.what, Message):  # made from a code: keep the code, say it in words
            self.code, self.what = self.what.code, str(self.what)


@dataclass(slots=True)
class ImportedProject:
    unit: str | None
    supervisor: str | None
    name: str
    amounts: Amounts = field(default_factory=Amounts)
    goal: str = ""
    indicators: list[ImportedIndicator] = field(default_factory=list)
    budget: ImportedBudgetExecution | None = None
    place: str = ""  # where the project's row starts in the source
    unit_code: str | None = None  # '820001' printed before the unit's name, kept apart from it
    goal_actual: str = ""  # 年度总体目标 · 实际完成情况 (a year-end workbook)
    # the 自评表's 其中 rows: fund source (fiscal / carryover / other) → its three money columns
    funds: dict[str, ImportedBudgetExecution] = field(default_factory=dict)


@dataclass(slots=True)
class UnitTotals:
    name: str
    stated: Amounts


@dataclass(slots=True)
class SumCheck:
    """Stated 合计 or subtotal against the sum of its projects (a mismatch is data, not an error)."""

    label: str  # "合计" or the unit's name
    stated: Amounts
    computed: Amounts

    @property
    def matches(self) -> bool:
        return all(
            _same_cents(s, c) for s, c in zip(self.stated.as_tuple(), self.computed.as_tuple(), strict=True)
        )


@dataclass(slots=True)
class ImportedTable:
    source: str  # file name
    title: str | None = None
    department: str | None = None
    amount_unit: str | None = None
    stated_totals: Amounts = field(default_factory=Amounts)
    units: list[UnitTotals] = field(default_factory=list)
    projects: list[ImportedProject] = field(default_factory=list)
    repairs: list[Repair] = field(default_factory=list)
    layout: str = ""  # "text", "tsv", "packed", "per_indicator", "form", "pdf…"
    unused_columns: list[str] = field(default_factory=list)  # header labels the import did not read
    flagged: list[Repair] = field(default_factory=list)  # rows the officer should look at
    # Packed indicator lists not yet split, one per project in order: read_file splits them last,
    # handing each finished project on, so that an import can write one while it splits the next.
    unsplit: list[str] = field(default_factory=list, repr=False, compare=False)
    # Indicators of projects handed to a streamed read's sink, which took their lists (read_file)
    handed_on: int = 0

    @property
    def title_year(self) -> int | None:
        """The year the title names (2024年度…), if it names one."""
        m = _TITLE_YEAR.search(self.title or "")
        return int(m.group(1)) if m else None

    @property
    def indicator_count(self) -> int:
        return sum(len(p.indicators) for p in self.projects) + self.handed_on

    def sum_checks(self) -> list[SumCheck]:
        """合计 and each unit subtotal against the sums of projects; only where something is stated."""
        checks = []
        if not self.stated_totals.is_empty():
            checks.append(SumCheck(str(message("importing.sum.total")), self.stated_totals, sum_amounts(p.amounts for p in self.projects)))
        for unit in self.units:
            mine = (p.amounts for p in self.projects if p.unit == unit.name)
            checks.append(SumCheck(unit.name, unit.stated, sum_amounts(mine)))
        return checks


def default_year(tables: list[ImportedTable]) -> int:
    """The year an import is for when none is given: the first title's that names one, else this year."""
    from datetime import date

    return next((y for t in tables if (y := t.title_year) is not None), date.today().year)


def _same_cents(a: Decimal | None, b: Decimal | None) -> bool:
    if a is None or b is None:
        return (a or Decimal(0)) == (b or Decimal(0))
    return a.quantize(Decimal("0.01")) == b.quantize(Decimal("0.01"))


def sum_amounts(items) -> Amounts:
    """Column sums; a column stays None when no project has a value in it."""
    sums: list[Decimal | None] = [None, None, None, None]
    for amounts in items:
        for i, v in enumerate(amounts.as_tuple()):
            if v is not None:
                sums[i] = v if sums[i] is None else sums[i] + v
    return Amounts(*sums)


def _num(v: Decimal | None) -> float | None:
    return None if v is None else float(v)


def _amounts_dict(a: Amounts) -> dict:
    return {k: _num(v) for k, v in zip(AMOUNT_KEYS, a.as_tuple(), strict=True)}


def indicator_dict(ind: ImportedIndicator) -> dict:
    out = {
        "seq": ind.seq,
        "level1": ind.level1,
        "level1_code": ind.level1_code,
        "level2": ind.level2,
        "level2_code": ind.level2_code,
        "name": ind.name,
        # the exchange format (../shared/truth, perfdesk export) keeps the words it was published with
        "period_value": ind.period_target,
        "annual_value": ind.annual_target,
    }
    # Year-end fields only when present, so a targets-only table keeps exactly the truth keys.
    if ind.weight is not None:
        out["weight"] = _num(ind.weight)
    if ind.actual is not None:
        out["actual"] = ind.actual
    if ind.deviation_reason is not None:
        out["deviation_reason"] = ind.deviation_reason
    for key in ("sign", "unit", "direction"):
        if getattr(ind, key) is not None:
            out[key] = getattr(ind, key)
    if ind.value is not None:
        out["value"] = _num(ind.value)
    if ind.qualitative:
        out["qualitative"] = True
    return out


def project_dict(p: ImportedProject) -> dict:
    out = {
        "unit": p.unit,
        "supervisor": p.supervisor,
        "name": p.name,
        "amounts": _amounts_dict(p.amounts),
        "goal": p.goal,
        "indicators": [indicator_dict(i) for i in p.indicators],
    }
    if p.unit_code is not None:
        out["unit_code"] = p.unit_code
    if p.budget is not None and not p.budget.is_empty():
        out["budget"] = {k: _num(getattr(p.budget, k)) for k in BUDGET_KEYS}
    return out


def to_truth_dict(table: ImportedTable) -> dict:
    """The schema of ../shared/truth/README.md; `notes` lists the repairs and sum checks."""
    notes = [f"{r.place}：{r.what}" for r in table.repairs]
    notes += [f"{r.place}：{r.what}" for r in table.flagged]
    if table.unused_columns:
        notes.append(str(message("importing.stored.unused", columns="、".join(table.unused_columns))))
    for check in table.sum_checks():
        verdict = message("importing.sum.matches" if check.matches else "importing.sum.differs")
        notes.append(str(message("importing.sum.check", label=check.label, computed=str(_amounts_dict(check.computed)),
                                 stated=str(_amounts_dict(check.stated)), verdict=verdict)))
    return {
        "source": table.source,
        "title": table.title,
        "department": table.department,
        "amount_unit": table.amount_unit,
        "stated_totals": _amounts_dict(table.stated_totals),
        "units": [{"name": u.name, "stated": _amounts_dict(u.stated)} for u in table.units],
        "projects": [project_dict(p) for p in table.projects],
        "notes": notes,
    }


def _dec(v) -> Decimal | None:
    return None if v is None else Decimal(str(v))


def from_truth_dict(data: dict) -> ImportedTable:
    """The inverse of to_truth_dict (notes are not read back): for JSON round trips and tests."""
    table = ImportedTable(
        source=data.get("source") or "",
        title=data.get("title"),
        department=data.get("department"),
        amount_unit=data.get("amount_unit"),
        stated_totals=Amounts(*(_dec((data.get("stated_totals") or {}).get(k)) for k in AMOUNT_KEYS)),
        units=[
            UnitTotals(u["name"], Amounts(*(_dec(u["stated"].get(k)) for k in AMOUNT_KEYS)))
            for u in data.get("units", [])
        ],
    )
    for p in data.get("projects", []):
        budget = p.get("budget")
        table.projects.append(
            ImportedProject(
                unit=p.get("unit"),
                supervisor=p.get("supervisor"),
                name=p["name"],
                amounts=Amounts(*(_dec((p.get("amounts") or {}).get(k)) for k in AMOUNT_KEYS)),
                goal=p.get("goal") or "",
                indicators=[
                    ImportedIndicator(
                        seq=i.get("seq"),
                        level1=i.get("level1"),
                        level1_code=i.get("level1_code"),
                        level2=i.get("level2"),
                        level2_code=i.get("level2_code"),
                        name=i.get("name") or "",
                        period_target=i.get("period_value"),
                        annual_target=i.get("annual_value"),
                        weight=_dec(i.get("weight")),
                        actual=i.get("actual"),
                        deviation_reason=i.get("deviation_reason"),
                        sign=i.get("sign"),
                        value=_dec(i.get("value")),
                        unit=i.get("unit"),
                        qualitative=i.get("qualitative"),
                        direction=i.get("direction"),
                    )
                    for i in p.get("indicators", [])
                ],
                budget=ImportedBudgetExecution(*(_dec(budget.get(k)) for k in BUDGET_KEYS)) if budget else None,
                unit_code=p.get("unit_code"),
            )
        )
    return table
