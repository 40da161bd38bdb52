"""A store holding seed 003's 2022 figures (表1–表4 as typed in test_domain_department) and one project.

The report's published figures are typed in the tests as inputs, not read from the seed file; the
officer's hand scores of 表3 are the printed ones, with the printed 9.95 kept by hand for 产出 — so
the table totals 97.79 as printed (DESIGN.md §5).
"""

from __future__ import annotations

from decimal import Decimal as D

from test_domain_department import MONTHLY, TABLE3, TABLE4

from desktop.domain.department import department_scheme_for_year
from desktop.domain.scoring import completion_rate
from desktop.domain.targets import parse_actual, parse_target
from desktop.models import (
    BudgetExecution,
    Department,
    DepartmentBudgetLine,
    DepartmentEvalItem,
    DepartmentIndicator,
    Indicator,
    MonthlySpending,
    Project,
    Unit,
    open_store,
)

YEAR = 2022
DEPARTMENT = "广州市科学技术协会"
UNIT = "广州市科学技术协会本级"
BUDGET_LINES = [
    ("一、基本支出", "19904.36", "20392.39", "20341.08"),
    ("(1)人员经费", "15565.06", "16411.86", "16398.38"),
    ("(2)公用经费", "4339.30", "3980.53", "3942.70"),
    ("二、项目支出", "25442.00", "23887.96", "23450.78"),
    ("其中:基本建设类项目", "10881.96", "8084.50", "8083.47"),
    ("合计", "45346.36", "44280.35", "43791.86"),
]
# (一级, 二级, 三级, 年度指标值, 实际完成值, 定性档次, 手工得分, 偏差原因)
PROJECT_INDICATORS = [
    ("产出指标", "数量指标", "开展科普活动场次", "不少于1000次", "1061场次", None, None, ""),
    ("产出指标", "数量指标", "科普受益人次", "1500万人次以上", "超2100万人次", None, None, ""),
    ("效益指标", "社会效益指标", "公益性科普宣传效果", "有效提升", "有效提升", 1, D("28"), ""),
    ("满意度指标", "服务对象满意度指标", "科普重点人群满意度", "满意度超过90%", "85%", None, None,
     "线上活动互动不足，下一年度增加现场答疑。"),
]
HAND_KEPT = "部门整体绩效目标产出指标完成情况"  # the officer keeps the printed 9.95 (with a note)


def build_seed003(path) -> str:
    with open_store(path) as store, store.session() as session:
        department = Department(name=DEPARTMENT)
        unit = Unit(name=UNIT, department=department)
        project = Project(unit=unit, year=YEAR, name="二、项目支出", sort_order=0, supervisor=DEPARTMENT,
                          total=D("25442.00"), fiscal=D("25442.00"), goal="着力提升科普工作能力和服务水平。",
                          goal_actual="全年开展科普活动1061场次。")
        project.budget_executions.append(BudgetExecution(
            fund_source="total", budget_initial=D("25442.00"), budget_adjusted=D("23887.96"), spent=D("23450.78")))
        for order, (l1, l2, name, target, actual, tier, points, why) in enumerate(PROJECT_INDICATORS):
            project.indicators.append(Indicator(
                sort_order=order, level1=l1, level2=l2, name=name, annual_target=target, period_target=target,
                actual=actual, qualitative_tier=tier, score_override=points,
                score_override_reason="按评分标准自评" if points is not None else None, deviation_reason=why))
        session.add(department)
        session.flush()
        for m in MONTHLY:
            session.add(MonthlySpending(department_id=department.id, year=YEAR, month=m.month,
                                        annual_budget=m.budget, cumulative_spent=m.spent_to_date))
        for order, (name, a, b, c) in enumerate(BUDGET_LINES):
            session.add(DepartmentBudgetLine(department_id=department.id, year=YEAR, sort_order=order, name=name,
                                             budget_initial=D(a), budget_adjusted=D(b), spent=D(c)))
        for order, (level1, name, target, actual, printed) in enumerate(TABLE4):
            rate = completion_rate(parse_target(target, name=name), parse_actual(actual, name=name))
            session.add(DepartmentIndicator(
                department_id=department.id, year=YEAR, sort_order=order, level1=level1, level2="", name=name,
                annual_target=target, actual=actual, completion=None if rate is not None else D(printed) / 100))
        for order, item in enumerate(department_scheme_for_year(YEAR).items):
            manual = item.method == "manual" or item.name == HAND_KEPT
            session.add(DepartmentEvalItem(
                department_id=department.id, year=YEAR, code=f"{item.level1}/{item.level2}/{item.name}",
                sort_order=order, level=3, name=item.name, weight=item.weight, method=item.method,
                manual_score=D(TABLE3[item.name]) if manual else None,
                evidence="按评分标准自评，证明材料见附件" if manual else None))
    return str(path)


def build_seed003_with_college(path) -> str:
    """build_seed003, and a second unit (a college) with one project of one indicator: the fill-in
    books of two units."""
    from sqlalchemy import select

    path = build_seed003(path)
    with open_store(path) as store, store.session() as session:
        unit = session.scalars(select(Unit)).one()
        other = Unit(name="广州科技职业技术大学", department_id=unit.department_id)
        project = Project(unit=other, year=2022, name="学院智慧校园建设", sort_order=0)
        project.indicators.append(Indicator(sort_order=0, level1="产出指标", level2="数量指标",
                                            name="智慧校园建设项目数", annual_target="不少于12个"))
        session.add(other)
    return path
