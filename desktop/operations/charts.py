"""The charts of a year from the store (the scores and 表2 the forms print), for screen, PDF and Excel."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.domain.records import NothingToReport
from desktop.messages import message
from desktop.operations.report_data import monthly_figures, report_year
from desktop.operations.scoring import score_year
from desktop.reports.build import monthly_table
from desktop.reports.chart_data import Chart, department_charts, project_completion, project_scores


def year_charts(session: Session, year: int | None = None, project: str | None = None,
                department: bool = True, projects: bool = True) -> list[Chart]:
    """Department charts, then each project's two (only `project`'s when named)."""
    year = report_year(session, year)
    scores = score_year(session, year)
    charts: list[Chart] = []
    if department and project is None:
        try:
            monthly = monthly_table(monthly_figures(session, year))
        except NothingToReport:
            monthly = None
        charts += department_charts(scores.projects, scores.department, monthly)
    if projects:
        chosen = [p for p in scores.projects if project is None or p.name == project]
        if project is not None and not chosen:
            raise NothingToReport(message("store.nothing.project", year=year, project=f"“{project}”"))
        for p in chosen:
            charts += [project_completion(p), project_scores(p)]
    return charts
