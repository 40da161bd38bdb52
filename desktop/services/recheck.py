"""复核 against the store: recompute a year's 表1–表4 figures and compare a published report's."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.domain.recheck import (
    Discrepancy,
    recheck,
    table1_figures,
    table2_figures,
    table3_figures,
    table4_figures,
)
from desktop.models.entities import DepartmentBudgetLine
from desktop.services.scoring import department_of, score_year


def recomputed_figures(session: Session, year: int | None = None) -> dict:
    """Every figure of 表1–表4 we can recompute for the year, keyed as a published-figures file is."""
    scores = score_year(session, year)
    if scores is None or scores.department is None:
        return {}
    department_id, _name = department_of(session, scores.year)
    figures: dict = {}
    lines = session.execute(
        select(
            DepartmentBudgetLine.name,
            DepartmentBudgetLine.budget_initial,
            DepartmentBudgetLine.budget_adjusted,
            DepartmentBudgetLine.spent,
        )
        .where(DepartmentBudgetLine.department_id == department_id, DepartmentBudgetLine.year == scores.year)
        .order_by(DepartmentBudgetLine.sort_order, DepartmentBudgetLine.id)
    ).all()
    figures.update(table1_figures({name: (initial, adjusted, spent) for name, initial, adjusted, spent in lines}))
    data = scores.department_input
    figures.update(table2_figures(data.monthly))
    figures.update(table3_figures(scores.department))
    figures.update(table4_figures(data.indicators))
    return figures


def recheck_year(session: Session, published: dict, year: int | None = None) -> list[Discrepancy]:
    return recheck(published, recomputed_figures(session, year))
