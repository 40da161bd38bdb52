"""Test data for the editing grids: one department, two units, three projects of 2022."""

from __future__ import annotations

from decimal import Decimal

from desktop.models import BudgetExecution, Department, Indicator, Project, Unit

YEAR = 2022


def indicator(order, level1, level2, name, target, actual=None, weight=None, **extra):
    return Indicator(sort_order=order, level1=level1, level2=level2, name=name, annual_target=target,
                     actual=actual, weight=weight, **extra)


def fill(store) -> dict[str, int]:
    """Returns the ids the tests need by name."""
    with store.session() as session:
        department = Department(name="广州市科学技术协会")
        own = Unit(name="市科协本级", department=department)
        other = Unit(name="科学馆", department=department)
        science = Project(year=YEAR, name="科普专项", sort_order=0, total=Decimal("100"), fiscal=Decimal("100"),
                          special=Decimal("0"), other=Decimal("0"), unit=own)
        science.indicators = [
            indicator(0, "产出指标", "数量指标", "科普活动次数", "不少于40次", "45", Decimal("25")),
            indicator(1, "产出指标", "质量指标", "活动覆盖人数", "不少于18万人次", "15万人次", Decimal("25")),
            indicator(2, "效益指标", "社会效益指标", "公众科学素质", "有效提升", None, Decimal("30")),
            indicator(3, "满意度指标", "服务对象满意度指标", "参与者满意度", "≥90%", None, Decimal("10")),
        ]
        science.budget_executions = [BudgetExecution(fund_source="total", budget_initial=Decimal("100"),
                                                     budget_adjusted=Decimal("100"), spent=Decimal("95"))]
        exchange = Project(year=YEAR, name="学术交流", sort_order=1, total=Decimal("50"), fiscal=Decimal("40"),
                           special=Decimal("0"), other=Decimal("0"), unit=own)  # 总计 ≠ sum on purpose
        exchange.indicators = [
            indicator(0, "产出指标", "数量指标", "学术会议场次", "1.举办会议不少于3场。2.出版论文集1本", None),
            indicator(1, "产出指标", "时效指标", "按时完成率", "100%", "100%"),
            indicator(2, "效益指标", "社会效益指标", "学术影响", "进一步提升", None),
        ]
        museum = Project(year=YEAR, name="场馆运行", sort_order=0, total=Decimal("10"), unit=other)
        museum.indicators = [indicator(i, "产出指标", "数量指标", f"开放天数{i}", "不少于300天", "310天")
                             for i in range(5)]
        session.add(department)
        session.flush()
        return {"department": department.id, "science": science.id, "exchange": exchange.id, "museum": museum.id,
                "own": own.id, "other": other.id, "first": science.indicators[0].id,
                "composite": exchange.indicators[0].id}
