"""复核 (re-check): compare a published report's figures with our recomputation.

Published figures are a flat {key: value} mapping (values as printed: 99.74, "99.74%", 4.84),
typed in or read from a small JSON (flat or nested; nested keys join with "/") or xlsx (first
two columns: key, value). Each figure is compared with the recomputed one rounded half-up to the
printed decimals (at least `places`), so a truncated 99.74 for 99.7484 is flagged, not copied.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from desktop.domain.numbers import HUNDRED, round_half_up, to_decimal


@dataclass(frozen=True, slots=True)
class Discrepancy:
    key: str
    published: Decimal | None  # None: we computed a figure the report does not print
    computed: Decimal | None  # rounded like the published figure; None: we cannot recompute it
    exact: Decimal | None = None  # full precision

    def __str__(self) -> str:
        return f"{self.key}: 报告 {self.published}，复核 {self.computed}"


def published_value(value) -> Decimal | None:
    """99.74 / '99.74%' / '4.84分' / ' 1,234.5 ' → Decimal as printed (percent sign dropped)."""
    if isinstance(value, str):
        value = value.strip().rstrip("%％分").replace(",", "").strip()
    return to_decimal(value)


def recheck(
    published: Mapping[str, object], computed: Mapping[str, Decimal | None], places: int = 2
) -> list[Discrepancy]:
    """Every published figure that differs from the recomputation (or cannot be recomputed)."""
    out = []
    for key, raw in published.items():
        shown = published_value(raw)
        exact = computed.get(key)
        if shown is None:
            continue
        if exact is None:
            out.append(Discrepancy(key, shown, None, None))
            continue
        decimals = max(places, -shown.as_tuple().exponent if shown.as_tuple().exponent < 0 else 0)
        rounded = round_half_up(exact, decimals)
        if rounded != shown:
            out.append(Discrepancy(key, shown, rounded, exact))
    return out


def as_percent(rate: Decimal | None) -> Decimal | None:
    """A fraction as the percentage a table prints (0.9974838 → 99.74838)."""
    return None if rate is None else rate * HUNDRED


def _flatten(data, prefix: str = "") -> dict[str, object]:
    if not isinstance(data, dict):
        return {prefix: data}
    out: dict[str, object] = {}
    for key, value in data.items():
        out.update(_flatten(value, f"{prefix}/{key}" if prefix else str(key)))
    return out


def load_published(path: str | Path) -> dict[str, object]:
    """Published figures from a .json (flat or nested) or .xlsx (key | value rows)."""
    path = Path(path)
    if path.suffix.lower() == ".json":
        return _flatten(json.loads(path.read_text(encoding="utf-8")))
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True, data_only=True)
    try:
        out = {}
        for row in book.active.iter_rows(values_only=True):
            if len(row) >= 2 and row[0] is not None and published_value(row[1]) is not None:
                out[str(row[0]).strip()] = row[1]
        return out
    finally:
        book.close()


# --- recomputed figures of the report tables, keyed as a published-figures file would be ---------


def table1_figures(rows: Mapping[str, tuple]) -> dict[str, Decimal | None]:
    """表1: {row: (年初预算数, 全年预算数, 决算数)} → 预算调整率 and 预算控制率 in percent."""
    from desktop.domain.budget import adjustment_rate, execution_rate

    out: dict[str, Decimal | None] = {}
    for name, (initial, adjusted, spent) in rows.items():
        initial, adjusted, spent = (to_decimal(v) for v in (initial, adjusted, spent))
        out[f"表1/{name}/预算调整率"] = as_percent(adjustment_rate(initial, adjusted))
        out[f"表1/{name}/预算控制率"] = as_percent(execution_rate(spent, adjusted))
    return out


def table2_figures(monthly) -> dict[str, Decimal | None]:
    """表2: MonthlyProgress rows → 支出进度, 支出执行率 per month and 年度平均执行率, in percent."""
    from desktop.domain.budget import average_execution_rate, monthly_rates

    rates = monthly_rates(list(monthly))
    out: dict[str, Decimal | None] = {}
    for r in rates:
        out[f"表2/1-{r.month}月/支出进度"] = as_percent(r.progress)
        out[f"表2/1-{r.month}月/支出执行率"] = as_percent(r.execution)
    out["表2/年度平均执行率"] = as_percent(average_execution_rate(rates))
    return out


def table3_figures(result) -> dict[str, Decimal | None]:
    """表3: a DepartmentResult → each item, each 一级 total and the 合计."""
    out: dict[str, Decimal | None] = {f"表3/{item.name}": item.score for item in result.items}
    for level, total in result.level1_totals.items():
        out[f"表3/{level}"] = total
    out["表3/合计"] = result.total
    return out


def table4_figures(indicators) -> dict[str, Decimal | None]:
    """表4: DepartmentIndicator rows → 指标完成率 in percent (None where it cannot be computed)."""
    from desktop.domain.scoring import completion_rate

    return {f"表4/{ind.name}": as_percent(completion_rate(ind.target, ind.actual)) for ind in indicators}
