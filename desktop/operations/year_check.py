"""检查 of a whole year: every problem, errors first, as rows of plain data (the panel's list).

Runs in the worker process (operations.worker_process): the rows travel back pickled, so they
are plain tuples of str and int (a tuple of those is also untracked by the cyclic collector after
one pass, where 25,000 NamedTuples stayed tracked and lengthened every full collection).
"""

from __future__ import annotations

from typing import NamedTuple

from desktop.models import grid_queries
from desktop.models.store import Store
from desktop.operations.evaluate import YearProblem, evaluate_budget_lines, severity_rank, year_problems
from desktop.operations.fields import field_label
from desktop.operations.progress import Progress


class CheckRecord(NamedTuple):
    id: int
    severity: str
    project_id: int
    project: str
    where: str
    column: str
    message: str
    entity: str
    entity_id: int
    field: str


# the places in a row (a plain tuple in CheckRecord's field order)
ID, SEVERITY, PROJECT_ID, PROJECT = 0, 1, 2, 3


def check_rows(store: Store, year: int, table1: str, progress: Progress) -> list[tuple]:
    """Every problem of the year as the panel lists it, errors first; `table1` names 表1's
    budget lines in the UI's language.

    A project at a time, read as it is checked, each problem made a plain-tuple row at once: what
    the evaluation makes for one project is let go before the next."""
    rows: list[tuple] = []
    with store.session() as session:
        department_id = grid_queries.department_for_year(session, year)
        lines = grid_queries.budget_line_rows(session, department_id, year) if department_id else []
        for i, (project, indicators) in enumerate(grid_queries.projects_with_indicators(session, year)):
            if i % 200 == 0:
                progress(i, 0)  # a newer check started meanwhile: stop here
            rows += [_row(y) for y in year_problems([project], indicators, year)]
    line_problems = evaluate_budget_lines(lines).problems
    rows += [_row(YearProblem(0, table1, line.name, p)) for line in lines for p in line_problems.get(line.id, ())]
    rows.sort(key=lambda r: severity_rank(r[SEVERITY]))  # stable: project and indicator order within
    return [(i, *r[1:]) for i, r in enumerate(rows)]


def _row(y: YearProblem) -> tuple:
    """A CheckRecord's fields as a plain tuple."""
    p = y.problem
    column = "" if (p.entity, p.field) == ("project", "name") else field_label(p.entity, p.field)  # about the project
    return (0, p.severity, y.project_id, y.project, y.where, column, p.message, p.entity, p.entity_id, p.field)
