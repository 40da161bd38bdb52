"""Saving the values of returned 填报表 (fill-in workbooks): one transaction for all of them.

The importer (desktop.importers.fillin) reads the workbooks and turns them into cell edits; this
operation adds the 表2 months a department fills for the first time and saves the edits.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import BudgetExecution, Indicator, MonthlySpending, Project
from desktop.operations.cells import edit_cells
from desktop.operations.changes import CellEdit, Changes


def save_returned_values(session: Session, edits: list[CellEdit]) -> Changes:
    """All edits of the returned workbooks saved and logged, or (EditError) none."""
    with session.no_autoflush:
        edits = _add_months(session, edits)
        keep = _preload(session, edits)  # the identity map holds objects weakly
        changes = edit_cells(session, edits)
        del keep
    return changes


def _add_months(session: Session, edits: list[CellEdit]) -> list[CellEdit]:
    """Months a department's book fills for the first time: add their 表2 rows, point the edits at them."""
    new: dict[int, int] = {}
    out = []
    for edit in edits:
        if edit.entity == "monthly_spending" and edit.entity_id < 0:
            code = -edit.entity_id
            if code not in new:
                row = MonthlySpending(department_id=code // 1_000_000, year=code // 100 % 10_000, month=code % 100)
                session.add(row)
                session.flush()
                new[code] = row.id
            edit = CellEdit(edit.entity, new[code], edit.field, edit.value, edit.label)
        out.append(edit)
    return out


def _preload(session: Session, edits: list[CellEdit]) -> list:
    """Load the edited rows in a few SELECTs so the edits find them in the session."""
    keep: list = []
    indicator_ids = sorted({e.entity_id for e in edits if e.entity == "indicator"})
    project_ids = sorted({e.entity_id for e in edits if e.entity == "project"})
    for start in range(0, len(indicator_ids), 500):
        keep += session.scalars(select(Indicator).where(Indicator.id.in_(indicator_ids[start:start + 500]))).all()
    for start in range(0, len(project_ids), 500):
        chunk = project_ids[start:start + 500]
        keep += session.scalars(select(Project).where(Project.id.in_(chunk))).all()
        keep += session.scalars(select(BudgetExecution).where(BudgetExecution.project_id.in_(chunk))).all()
    return keep
