"""表4's rows (the department's own performance targets): add, delete and put back, each one
operation on a Session; a row someone else changed since the officer saw it is not deleted."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.messages import message
from desktop.models.entities import DepartmentIndicator, EditLog
from desktop.operations.changes import Added, CellEdit, Changes, Deleted
from desktop.operations.conflicts import Conflict, EditConflict, _last_edit, _row_conflicts

_DEPARTMENT_INDICATOR_SNAPSHOT = (
    "id", "department_id", "year", "sort_order", "level1", "level2", "name", "annual_target", "actual",
    "sign_override", "value_override", "unit_override", "actual_value_override", "completion",
)


def _rows_of(department_id: int, **rows) -> Changes:
    return Changes(department_structure=frozenset({department_id}),
                   **{k: frozenset(("department_indicator", i) for i in v) for k, v in rows.items()})


def add_department_indicator(session: Session, department_id: int, year: int) -> Added:
    """A new empty 表4 row at the end."""
    last = session.scalar(
        select(func.max(DepartmentIndicator.sort_order)).where(
            DepartmentIndicator.department_id == department_id, DepartmentIndicator.year == year
        )
    )
    row = DepartmentIndicator(department_id=department_id, year=year, sort_order=(last or 0) + 1, name="")
    session.add(row)
    session.flush()
    session.add(EditLog(entity="department_indicator", entity_id=row.id, field="*added", old=None, new=""))
    return Added(row.id, _rows_of(department_id, added=[row.id]))


def new_department_indicator(department_id: int, year: int) -> dict:
    """The values `add_department_indicator` gives a new row (what undo of the add expects)."""
    return {k: None for k in _DEPARTMENT_INDICATOR_SNAPSHOT} | {"department_id": department_id, "year": year,
                                                                "name": ""}


def department_seen(snapshot_or_record) -> dict:
    """A 表4 row's stored values as the officer saw them (a snapshot dict or a grid record)."""
    values = snapshot_or_record if isinstance(snapshot_or_record, dict) else snapshot_or_record._asdict()
    return {k: v for k, v in values.items()
            if k in _DEPARTMENT_INDICATOR_SNAPSHOT and k not in ("id", "sort_order")}


def delete_department_indicator(session: Session, indicator_id: int, expected: dict | None = None) -> Deleted:
    """Delete a 表4 row; the snapshot `restore_department_indicator` puts back (none when gone).

    `expected` (the row's values as shown): refused (EditConflict) when someone changed or
    deleted the row since. Without it (the officer chose "use mine") the row goes as it is.
    """
    if expected is not None:
        conflicts = _row_conflicts(session, "department_indicator", DepartmentIndicator,
                                   {indicator_id: expected}, message("store.label.department_indicator_to_delete"))
        if conflicts:
            raise EditConflict(conflicts)
    row = session.get(DepartmentIndicator, indicator_id)
    if row is None:
        return Deleted((), Changes())
    snapshot = {name: getattr(row, name) for name in _DEPARTMENT_INDICATOR_SNAPSHOT}
    session.add(EditLog(entity="department_indicator", entity_id=indicator_id, field="*deleted", old=row.name, new=None))
    session.delete(row)
    return Deleted((snapshot,), _rows_of(row.department_id, removed=[indicator_id]))


def restore_department_indicator(session: Session, snapshot: dict) -> Changes:
    if session.get(DepartmentIndicator, snapshot["id"]) is not None:  # someone put it back already
        raise EditConflict([Conflict(CellEdit("department_indicator", snapshot["id"], "*row", None), None,
                                     message("store.label.restored"), None,
                                     *_last_edit(session, "department_indicator", snapshot["id"], None),
                                     message("store.label.department_indicator_to_restore"), "restore")])
    session.add(DepartmentIndicator(**snapshot))
    session.add(EditLog(entity="department_indicator", entity_id=snapshot["id"], field="*restored", old=None,
                        new=snapshot.get("name")))
    return _rows_of(snapshot["department_id"], added=[snapshot["id"]])
