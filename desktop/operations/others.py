"""Others' changes since the grids last looked, read from the edit log (issue 15).

Read-only, so these take the store and open their own short session: the refresher calls them on
a timer, and a shared server away for a moment is a StoreError it retries, not a failed action.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from desktop.messages import message
from desktop.models.entities import DepartmentIndicator, EditLog, Indicator
from desktop.models.store import Store, StoreError


@dataclass
class OthersChanges:
    last_id: int  # the newest edit-log entry read
    cells: set[tuple[str, int]]  # (entity, id) of rows whose values someone else changed
    rows: set[tuple[str, int]]  # (entity, id) of rows someone else added, deleted, restored or split
    # of those rows still present: the list that shows them (project id for an indicator, department id for 表4)
    parents: dict[tuple[str, int], int]


def last_log_id(store: Store) -> int:
    with store.session() as session:
        return session.scalar(select(func.max(EditLog.id))) or 0


def changes_since(store: Store, after_id: int, user: str | None, machine: str | None) -> OthersChanges:
    """Edit-log entries after `after_id` not saved by this user on this machine.

    StoreError when the database cannot be read just now (a shared server away for a moment)."""
    try:
        return _changes_since(store, after_id, user, machine)
    except SQLAlchemyError as exc:
        raise StoreError(message("store.cannot_read", name=store.display_name)) from exc


def _changes_since(store: Store, after_id: int, user: str | None, machine: str | None) -> OthersChanges:
    with store.session() as session:
        rows = session.execute(
            select(EditLog.id, EditLog.entity, EditLog.entity_id, EditLog.field, EditLog.user_name, EditLog.machine)
            .where(EditLog.id > after_id).order_by(EditLog.id)
        ).all()
        found = OthersChanges(max((r.id for r in rows), default=after_id), set(), set(), {})
        for row in rows:
            if row.user_name == user and row.machine == machine:
                continue
            key = (row.entity, row.entity_id)
            (found.rows if row.field.startswith("*") else found.cells).add(key)
        for entity, ident in found.rows:
            if entity == "indicator":
                parent = session.scalar(select(Indicator.project_id).where(Indicator.id == ident))
            elif entity == "department_indicator":
                parent = session.scalar(
                    select(DepartmentIndicator.department_id).where(DepartmentIndicator.id == ident)
                )
            else:
                parent = None
            if parent is not None:
                found.parents[(entity, ident)] = parent
        return found

