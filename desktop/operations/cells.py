"""Editing cells: validated values saved in one transaction, each logged old → new.

Every edit the grids make goes through `edit_cells`; undo is `edit_cells` again with the old
values. Optimistic concurrency: an edit names the value the officer saw, and a cell someone else
has changed since is refused as a conflict (EditConflict), never overwritten. Totals worked out
from their parts follow in the same transaction. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.cell_values import (
    LEVEL1_CLASSES,
    LEVEL2_CODES,
    budget_field,
    total_parts,
)
from desktop.messages import message
from desktop.models.entities import BudgetExecution, EditLog, Project
from desktop.operations.changes import NOT_SEEN, CellEdit, Change, Changes
from desktop.operations.conflicts import (
    _GONE,
    Conflict,
    EditConflict,
    EditError,
    _equal,
    _last_edit,
    _log_text,
    _same,
    local_time,
)
from desktop.operations.fields import TARGETS, convert, field_label


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    at: datetime
    old: str | None
    new: str | None
    user_name: str | None = None
    machine: str | None = None


def _budget_row(session: Session, project_id: int, source: str = "total") -> BudgetExecution:
    row = session.scalar(
        select(BudgetExecution).where(
            BudgetExecution.project_id == project_id, BudgetExecution.fund_source == source
        )
    )
    if row is None:
        row = BudgetExecution(project_id=project_id, fund_source=source)
        session.add(row)
        session.flush()  # a second edit of the same row in this transaction finds it
    return row



def _extra_fields(entity: str, field: str, value) -> dict[str, object]:
    """Fields that follow the edited one (the class codes follow the class names)."""
    if entity != "indicator":
        return {}
    if field == "level1":
        return {"level1_code": LEVEL1_CLASSES.get(value or "", (None, ()))[0]}
    if field == "level2":
        name = value or ""
        code = LEVEL2_CODES.get(name) or LEVEL2_CODES.get(name + "指标")
        return {"level2_code": code}
    return {}


def edit_cells(session: Session, edits: Sequence[CellEdit]) -> Changes:
    """Validate every edit first (nothing written if one is bad), then write and log them.

    Run it in one transaction (`transaction.run`): all edits saved and logged, or (EditError,
    EditConflict) none. The check "the cell still holds what the officer saw" and the write are
    one transaction; the row's version makes the UPDATE match nothing if another client committed
    in between (PostgreSQL), and `run` then checks again on what that client saved.
    """
    values = []
    for index, edit in enumerate(edits):
        try:
            values.append(convert(edit))
        except ValueError as exc:
            where = edit.label or field_label(edit.entity, edit.field)
            raise EditError(message("store.edit.refused", where=where, why=str(exc)), index) from None
    changes: list[Change] = []
    conflicts: list[Conflict] = []
    loaded = _prefetch(session, edits)  # held: the session keeps only weak references
    with session.no_autoflush:  # one flush at the end, not one per row read
        _apply(session, edits, values, changes, conflicts)
    del loaded
    if conflicts:
        raise EditConflict(conflicts)
    changes += _derived_totals(session, edits)  # totals worked out from the parts just saved
    return Changes.of_cells(changes)


def _prefetch(session: Session, edits: Sequence[CellEdit]) -> list:
    """Load the edited rows with one SELECT per table (a 1,000-cell paste read them one by one)."""
    wanted: dict[type, set[int]] = {}
    for edit in edits:
        target = TARGETS.get(edit.entity)
        if target is not None:
            wanted.setdefault(target.model, set()).add(edit.entity_id)
    loaded: list = []
    for model, ids in wanted.items():
        ordered = sorted(ids)
        for start in range(0, len(ordered), 500):
            loaded += session.scalars(select(model).where(model.id.in_(ordered[start:start + 500]))).all()
    return loaded


def _apply(session: Session, edits, values, changes: list[Change], conflicts: list[Conflict]) -> None:
    budget_rows: dict[tuple[int, str], BudgetExecution] = {}  # (no autoflush: a row made here is found here)
    for index, (edit, value) in enumerate(zip(edits, values, strict=True)):
        target = TARGETS[edit.entity]
        label = edit.label or field_label(edit.entity, edit.field)
        kept_in = budget_field(edit.field) if edit.entity == "project" else None
        attribute = edit.field
        if kept_in is not None:  # a budget figure: kept in the project's row of that fund source
            gone = session.get(Project, edit.entity_id) is None
            key = (edit.entity_id, kept_in[0])
            if not gone and key not in budget_rows:
                budget_rows[key] = _budget_row(session, edit.entity_id, kept_in[0])
            obj = budget_rows.get(key)
            attribute = kept_in[1]
        else:
            obj = session.get(target.model, edit.entity_id)
            gone = obj is None
        if gone:
            if edit.expected is NOT_SEEN:
                raise EditError(message("store.edit.row_deleted", label=label), index)
            who, machine, at = _last_edit(session, edit.entity, edit.entity_id, None)
            conflicts.append(Conflict(edit, value, _GONE, edit.expected, who, machine, at, label))
            continue
        old = getattr(obj, attribute)
        if _same(old, value):
            continue
        if edit.expected is not NOT_SEEN and not _equal(old, edit.expected):
            who, machine, at = _last_edit(session, edit.entity, edit.entity_id, edit.field)
            conflicts.append(Conflict(edit, value, old, edit.expected, who, machine, at, label))
            continue
        if conflicts:
            continue
        setattr(obj, attribute, value)
        for extra, extra_value in _extra_fields(edit.entity, edit.field, value).items():
            setattr(obj, extra, extra_value)
        session.add(EditLog(entity=edit.entity, entity_id=edit.entity_id, field=edit.field,
                            old=_log_text(old), new=_log_text(value)))
        changes.append(Change(edit.entity, edit.entity_id, edit.field, old, value))




def _project_value(session: Session, project_id: int, field_name: str):
    kept = budget_field(field_name)
    if kept is None:
        return getattr(session.get(Project, project_id), field_name)
    row = session.scalar(select(BudgetExecution).where(
        BudgetExecution.project_id == project_id, BudgetExecution.fund_source == kept[0]))
    return None if row is None else getattr(row, kept[1])


def _derived_totals(session: Session, edits: Sequence[CellEdit]) -> list[Change]:
    explicit = {(e.entity_id, e.field) for e in edits if e.entity == "project"}
    wanted = {}
    for e in edits:
        found = total_parts(e.field) if e.entity == "project" else None
        if found is not None and (e.entity_id, found[0]) not in explicit:
            wanted[(e.entity_id, found[0])] = found[1]
    changes = []
    for (project_id, total_field), parts in wanted.items():
        if session.get(Project, project_id) is None:
            continue
        values = [_project_value(session, project_id, part) for part in parts]
        if all(v is None for v in values):
            continue  # no part left: the total stays as typed
        summed = sum((v for v in values if v is not None), Decimal(0))
        kept = budget_field(total_field)
        obj = _budget_row(session, project_id, kept[0]) if kept else session.get(Project, project_id)
        attribute = kept[1] if kept else total_field
        old = getattr(obj, attribute)
        if _same(old, summed):
            continue
        setattr(obj, attribute, summed)
        session.add(EditLog(entity="project", entity_id=project_id, field=total_field,
                            old=_log_text(old), new=_log_text(summed)))
        changes.append(Change("project", project_id, total_field, old, summed))
    return changes



def edit_cell(session: Session, entity: str, entity_id: int, field: str, value, label: str = "") -> Changes:
    """One cell, as a script or a test types it (no expectation of the stored value)."""
    return edit_cells(session, [CellEdit(entity, entity_id, field, value, label)])


def history(session: Session, entity: str, entity_id: int, field: str) -> list[HistoryEntry]:
    """The cell's saved edits, newest first, with who saved each and where."""
    rows = session.execute(
        select(EditLog.at, EditLog.old, EditLog.new, EditLog.user_name, EditLog.machine)
        .where(EditLog.entity == entity, EditLog.entity_id == entity_id, EditLog.field == field)
        .order_by(EditLog.id.desc())
    ).all()
    return [HistoryEntry(local_time(session, at), *rest) for at, *rest in rows]




def edit_count(session: Session) -> int:
    return session.scalar(select(func.count(EditLog.id))) or 0


