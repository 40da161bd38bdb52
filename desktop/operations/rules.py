"""The rules in force for a year, in the officer's words: what 帮助 → 评分规则 shows.

Built from the year's scheme files (desktop.domain.schemes / department), so what is shown is
what scores; nothing here is a second copy of a rule.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.numbers import fmt, percent
from desktop.domain.schemes import LINEAR, scheme_for_year
from desktop.domain.scoring import QUALITATIVE_TIERS
from desktop.messages import message, render
from desktop.operations.evaluate import grade_label, method_formula, tier_label


def _pct(value: Decimal) -> str:
    return percent(value).replace(".00%", "%")


def _grades(grades) -> str:
    """优 ≥ 90.00，良 ≥ 80.00，中 ≥ 60.00，差 < 60.00 (the grades in the UI's language)."""
    ordered = sorted(grades, key=lambda g: g[1], reverse=True)
    parts = [f"{grade_label(name)} ≥ {fmt(minimum)}" for name, minimum in ordered if minimum > 0]
    if ordered and ordered[-1][1] <= 0 and len(ordered) > 1:
        parts.append(f"{grade_label(ordered[-1][0])} < {fmt(ordered[-2][1])}")
    return _said("rules.sep").join(parts)


def _band_name(name: str) -> str:
    """A scheme band that is one of the store's 定性 tiers, in the UI's language; another as written."""
    tier = next((t for t, label in QUALITATIVE_TIERS.items() if label == name), None)
    return tier_label(tier) if tier is not None else name


def _said(code: str, **fields) -> str:
    return render(message(f"checks.{code}", **fields))


def rules_sections(year: int) -> list[tuple[str, list[str]]]:
    """[(heading, lines)] for the 项目支出绩效自评 scheme and the 部门整体 scheme of `year`."""
    from desktop.domain.department import department_scheme_for_year

    scheme = scheme_for_year(year)
    sep = _said("rules.sep")
    bands = _said("scheme.sep_semi").join(
        f"{_band_name(band.name)} [{_pct(band.low)}, {_pct(band.high)}{']' if band.high_closed else ')'}"
        for band in scheme.bands)
    project = [
        _said("rules.scheme", name=scheme.name, year=year),
        _said("rules.execution", weight=fmt(scheme.execution_weight)),
        _said("rules.levels", levels=sep.join(f"{name} {fmt(weight)}" for name, weight in scheme.levels.items()),
              total=fmt(scheme.total_weight)),
        _said("rules.equal_share"),
        _said("rules.higher_better"),
        _said("rules.lower_better_linear" if scheme.lower_is_better == LINEAR else "rules.lower_better_ratio"),
        _said("rules.zero"),
        _said("rules.bands", bands=bands),
        _said("rules.reason", threshold=_pct(scheme.over_target_threshold)),
        _said("rules.grades", grades=_grades(scheme.grades)),
    ]
    if scheme.over_target_deduction:
        project.append(_said("rules.over_target_deduction", threshold=_pct(scheme.over_target_threshold),
                             points=fmt(scheme.deduction)))
    sections = [(_said("rules.project_heading"), project)]
    try:
        dept = department_scheme_for_year(year)
    except (OSError, ValueError):
        return sections
    lines = [_said("rules.scheme", name=dept.name, year=year)]
    for item in dept.items:
        lines.append(_said("rules.item", level1=item.level1, level2=item.level2, name=item.name,
                           weight=fmt(item.weight), formula=method_formula(item.method, item.params)))
    lines.append(_said("rules.department_totals", grades=_grades(dept.grades)))
    sections.append((_said("rules.department_heading"), lines))
    return sections
