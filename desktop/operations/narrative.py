"""The figures of the 自评报告 draft, gathered in one session (desktop.reports.narrative writes it)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.department import department_scheme_for_year
from desktop.domain.records import NarrativeFigures, NothingToReport, NothingToWrite
from desktop.messages import message
from desktop.operations import report_data
from desktop.operations.scoring import score_year


def narrative_figures(session: Session, year: int | None = None) -> NarrativeFigures:
    year = report_data.report_year(session, year)
    scores = score_year(session, year)
    given = scores.department_input if scores is not None else None
    if scores is None or scores.department is None or not (
            scores.projects or given.indicators or given.monthly or given.manual):
        raise NothingToWrite(message("store.nothing.department_scores", year=year))

    def optional(gather):
        try:
            return gather(session, year)
        except NothingToReport:
            return None

    return NarrativeFigures(
        year=year,
        scores=scores,
        budget=optional(report_data.budget_figures),
        monthly=optional(report_data.monthly_figures),
        score=report_data.dept_score_figures(session, year, scores=scores),
        completion=optional(report_data.dept_completion_figures),
        level1_weights=dict(department_scheme_for_year(year).level1_weights),
    )
