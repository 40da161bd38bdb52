"""部门整体自评 (表3) counts the department's own projects only, when a year also holds another
department's: a table that names its department otherwise (广州市科学技术协会（本级）) makes one."""

from __future__ import annotations

from decimal import Decimal

from grids_data import YEAR, fill, indicator

from desktop.models import BudgetExecution, Department, Project, Unit, open_store
from desktop.operations.scoring import department_dict, score_department_year, score_year


def _scored_project(unit) -> Project:
    """A special-fund project with its execution and a scored indicator: it moves 表3's items."""
    project = Project(year=YEAR, name="广州科学馆", sort_order=0, total=Decimal("800"), fiscal=Decimal("800"), unit=unit)
    project.indicators = [indicator(0, "产出指标", "数量指标", "展览场次", "不少于10场", "3场", Decimal("90"))]
    project.budget_executions = [BudgetExecution(fund_source="total", budget_initial=Decimal("800"),
                                                 budget_adjusted=Decimal("800"), spent=Decimal("120"))]
    return project


def _department_results(store) -> tuple[dict, dict]:
    with store.session() as session:
        return (department_dict(score_department_year(session, YEAR)),
                department_dict(score_year(session, YEAR).department))


def test_another_departments_projects_do_not_move_table3(tmp_path):
    with open_store(tmp_path / "office.db") as store:
        ids = fill(store)
        alone = _department_results(store)
        assert alone[0] == alone[1]
        with store.session() as session:
            other = Department(name="广州市科学技术协会（本级）")  # sorts after: the year's department stays
            session.add(_scored_project(Unit(name="广州市科学技术协会", department=other)))
            session.commit()
        assert _department_results(store) == alone
        # the same project in the department's own unit does move it: the comparison can fail
        with store.session() as session:
            session.add(_scored_project(session.get(Unit, ids["other"])))
            session.commit()
        assert _department_results(store)[0] != alone[0]
