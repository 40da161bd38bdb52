"""复核 against the store: recompute a year's 表1–表4 figures and compare a published report's."""

from __future__ import annotations

import logging

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
from desktop.messages import message
from desktop.models.entities import DepartmentBudgetLine
from desktop.models.grid_queries import department_of
from desktop.operations.scoring import score_year

log = logging.getLogger(__name__)


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


# --- 复核 of filled 自评表 workbooks ---------------------------------------------------------------


def scheme_named(name: str | None, year: int | None = None):
    """A scheme by file path, by id / file name under resources/schemes, or the year's scheme."""
    from pathlib import Path

    from desktop.domain.schemes import load_scheme, project_schemes, scheme_for_year, schemes_dir

    if not name:
        return scheme_for_year(year)
    path = Path(name)
    if path.suffix in (".yaml", ".yml") and path.exists():
        return load_scheme(path)
    candidate = schemes_dir() / (name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
    if candidate.exists() and candidate.name != "index.yaml":
        return load_scheme(candidate)
    for scheme in project_schemes():
        if scheme.id == name:
            return scheme
    raise ValueError(message("checks.recheck.no_scheme", name=name))


def recheck_self_eval_file(path, scheme: str | None = None):
    """Read a filled 自评表 workbook and re-check every form: (book, [FormCheck]).

    The scheme is the one named, else the one index.yaml gives the form's year. Raises the
    importer's SourceError (one Chinese sentence) when the workbook cannot be read.
    """
    from desktop.domain.recheck import FormCheck, recheck_form
    from desktop.importers.self_eval import read_self_eval

    book = read_self_eval(path)
    checks = []
    for form in book.forms:
        chosen = scheme_named(scheme, form.year)
        try:
            checks.append(recheck_form(form, chosen))
        except Exception:  # one odd form must not hide the findings of the others
            log.exception("re-check of %s failed", form.name)
            checks.append(FormCheck(form.name, chosen.id, chosen.name, [], None, None,
                                    [None] * len(form.indicators), None, form.total_score,
                                    [i.name for i in form.indicators], error=str(message("checks.recheck.failed"))))
    return book, checks


def findings_json(checks) -> dict:
    """{"findings": [{"project", "item", "printed", "computed", "kind", "note"}]}, rates in percent."""
    return {"findings": [f.as_dict() for check in checks for f in check.findings]}
