"""The rules in force for a year, in the officer's words: what 帮助 → 评分规则 shows.

Built from the year's scheme files (desktop.domain.schemes / department), so what is shown is
what scores; nothing here is a second copy of a rule.
"""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.numbers import fmt, percent
from desktop.domain.schemes import LINEAR, scheme_for_year
from desktop.operations.evaluate import method_formula


def _pct(value: Decimal) -> str:
    return percent(value).replace(".00%", "%")


def _grades(grades) -> str:
    """优 ≥ 90.00，良 ≥ 80.00，中 ≥ 60.00，差 < 60.00."""
    ordered = sorted(grades, key=lambda g: g[1], reverse=True)
    parts = [f"{name} ≥ {fmt(minimum)}" for name, minimum in ordered if minimum > 0]
    if ordered and ordered[-1][1] <= 0 and len(ordered) > 1:
        parts.append(f"{ordered[-1][0]} < {fmt(ordered[-2][1])}")
    return "，".join(parts)


def rules_sections(year: int) -> list[tuple[str, list[str]]]:
    """[(heading, lines)] for the 项目支出绩效自评 scheme and the 部门整体 scheme of `year`."""
    from desktop.domain.department import department_scheme_for_year

    scheme = scheme_for_year(year)
    project = [
        f"评分方案：{scheme.name}（{year} 年度）",
        f"预算执行率：分值 {fmt(scheme.execution_weight)}，得分 = 分值 × min(全年执行数 ÷ 全年预算数, 100%)",
        "各一级指标分值：" + "，".join(f"{name} {fmt(weight)}" for name, weight in scheme.levels.items())
        + f"；合计 {fmt(scheme.total_weight)}",
        "一级指标内未填分值的指标平分该级分值；各级分值之和须等于该级分值，不符时在“检查”中列出。",
        "“≥ / > / 无符号”指标：达到目标得满分，否则 得分 = 实际值 ÷ 目标值 × 分值。",
        ("“≤ / <”指标（越低越好）：达到目标得满分，否则 得分 = (1 − (实际值 − 目标值) ÷ 目标值) × 分值，两倍于目标得 0 分。"
         if scheme.lower_is_better == LINEAR else
         "“≤ / <”指标（越低越好）：达到目标得满分，否则 得分 = 目标值 ÷ 实际值 × 分值。"),
        "“= 0”指标（事故、投诉等）：实际为 0 得满分，否则 0 分。",
        "定性指标按档次评分，得分须落在档次范围内：" + "；".join(
            f"{band.name} [{_pct(band.low)}, {_pct(band.high)}{']' if band.high_closed else ')'}"
            for band in scheme.bands),
        f"完成率达到 {_pct(scheme.over_target_threshold)} 及以上、未完成目标，或定性指标低于“达成”时，须填写偏差原因分析及改进措施。",
        "等级：" + _grades(scheme.grades),
    ]
    if scheme.over_target_deduction:
        project.append(f"超目标 {_pct(scheme.over_target_threshold)} 以上扣 {fmt(scheme.deduction)} 分（目标定得过低）。")
    sections = [("项目支出绩效自评（自评表）", project)]
    try:
        dept = department_scheme_for_year(year)
    except (OSError, ValueError):
        return sections
    lines = [f"评分方案：{dept.name}（{year} 年度）"]
    for item in dept.items:
        lines.append(f"{item.level1} / {item.level2} / {item.name}（{fmt(item.weight)} 分）："
                     f"{method_formula(item.method, item.params)}")
    lines.append("一级、二级指标得分与总分由各项相加得出；等级：" + _grades(dept.grades))
    sections.append(("部门整体支出绩效自评（表3）", lines))
    return sections
