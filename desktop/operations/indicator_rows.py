"""A project's indicator rows: add, delete (and restore), move; each one operation on a Session.

A row someone else changed, deleted or moved since the officer saw it is not deleted or moved:
EditConflict says who changed what and when, and nothing is done (issue 15).
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.messages import message
from desktop.models.entities import EditLog, Indicator
from desktop.operations.changes import Added, CellEdit, Changes, Deleted, Moved
from desktop.operations.conflicts import Conflict, EditConflict, _last_edit, _row_conflicts, local_time

_SNAPSHOT_FIELDS = tuple(c.key for c in Indicator.__table__.columns)


def _order(session: Session, project_id: int) -> list[int]:
    return list(
        session.scalars(
            select(Indicator.id).where(Indicator.project_id == project_id).order_by(Indicator.sort_order, Indicator.id)
        )
    )


def _renumber(session: Session, ids: Sequence[int]) -> None:
    for order, indicator_id in enumerate(ids):
        session.get(Indicator, indicator_id).sort_order = order


def _log_row(session: Session, indicator_id: int, what: str, text: str | None) -> None:
    session.add(EditLog(entity="indicator", entity_id=indicator_id, field=what, old=None, new=text))


def _rows_of(project_id: int, **rows) -> Changes:
    return Changes(structure=frozenset({project_id}),
                   **{k: frozenset(("indicator", i) for i in v) for k, v in rows.items()})


def _last_row_change(session: Session, ids: set[int]):
    """Who last added, deleted, moved or split one of these rows, and when (for a refused move)."""
    found = session.execute(
        select(EditLog.user_name, EditLog.machine, EditLog.at)
        .where(EditLog.entity == "indicator", EditLog.entity_id.in_(sorted(ids)), EditLog.field.like("*%"))
        .order_by(EditLog.id.desc()).limit(1)
    ).first()
    return (found.user_name, found.machine, local_time(session, found.at)) if found else (None, None, None)


def indicator_order(session: Session, project_id: int) -> list[int]:
    return _order(session, project_id)




def add_indicator(session: Session, project_id: int, after_id: int | None = None, **values) -> Added:
    """A new indicator after `after_id` (or at the end), with `values` copied in (e.g. its class)."""
    order = _order(session, project_id)
    indicator = Indicator(project_id=project_id, name=values.pop("name", "") or "", **values)
    session.add(indicator)
    session.flush()
    position = order.index(after_id) + 1 if after_id in order else len(order)
    order.insert(position, indicator.id)
    _renumber(session, order)
    _log_row(session, indicator.id, "*added", indicator.name)
    return Added(indicator.id, _rows_of(project_id, added=[indicator.id]))


def snapshot_of(row: Indicator) -> dict:
    """A stored indicator's fields, as undo puts them back (`restore_indicators`)."""
    return {name: getattr(row, name) for name in _SNAPSHOT_FIELDS}


def snapshot_indicators(session: Session, ids: Sequence[int]) -> list[dict]:
    return [snapshot_of(row) for row in (session.get(Indicator, i) for i in ids) if row is not None]


def seen_values(record) -> dict:
    """The stored fields of a grid row (a named tuple) as the officer saw them."""
    return seen_values_of(record._asdict())


def seen_values_of(snapshot: dict) -> dict:
    return {k: v for k, v in snapshot.items() if k in _SNAPSHOT_FIELDS and k not in ("id", "version", "sort_order")}


def delete_indicators(session: Session, ids: Sequence[int], expected: dict[int, dict] | None = None) -> Deleted:
    """Delete; the snapshots `restore_indicators` puts back (same ids, same places).

    `expected` (id → the row's values as the grid showed them): a row someone else has changed
    or deleted since is not deleted; EditConflict says who changed what, and nothing is deleted.
    Without `expected` (the officer chose "use mine" over such a conflict) the rows go as they are.
    """
    if expected:
        conflicts = _row_conflicts(session, "indicator", Indicator, expected, message("store.label.indicator_to_delete"))
        if conflicts:
            raise EditConflict(conflicts)
    snapshots = []
    for indicator_id in ids:
        row = session.get(Indicator, indicator_id)
        if row is None:
            continue
        snapshots.append({name: getattr(row, name) for name in _SNAPSHOT_FIELDS})
        _log_row(session, indicator_id, "*deleted", row.name)
        session.delete(row)
    projects = {s["project_id"] for s in snapshots}
    return Deleted(tuple(snapshots), Changes(structure=frozenset(projects),
                                             removed=frozenset(("indicator", s["id"]) for s in snapshots)))


def restore_indicators(session: Session, snapshots: Sequence[dict]) -> Changes:
    """Put deleted rows back (undo); refused as a conflict when someone already put one back."""
    back = [s["id"] for s in snapshots if session.get(Indicator, s["id"]) is not None]
    if back:
        raise EditConflict([Conflict(CellEdit("indicator", i, "*row", None), None, message("store.label.restored"), None,
                                     *_last_edit(session, "indicator", i, None), message("store.label.indicator_to_restore"), "restore")
                            for i in back])
    for snapshot in snapshots:
        session.add(Indicator(**snapshot))
        _log_row(session, snapshot["id"], "*restored", snapshot.get("name"))
    return Changes(structure=frozenset(s["project_id"] for s in snapshots),
                   added=frozenset(("indicator", s["id"]) for s in snapshots))


def move_indicator(session: Session, indicator_id: int, delta: int,
                   expected_order: Sequence[int] | None = None) -> Moved:
    """Move up (−1) or down (+1) within its project; nothing changed when already at the edge.

    `expected_order` (the project's rows as the grid shows them): refused (EditConflict) when
    someone else has added, deleted or moved rows of the project since.
    """
    row = session.get(Indicator, indicator_id)
    if row is None:
        return Moved((), Changes())
    order = _order(session, row.project_id)
    if expected_order is not None and list(expected_order) != order:
        who, machine, at = _last_row_change(session, {*order, *expected_order})
        label = message("store.label.indicator_order")
        raise EditConflict([Conflict(CellEdit("indicator", indicator_id, "*order", None, label), None,
                                     message("store.label.order_changed"), None, who, machine, at, label, "move", row=row.name or None)])
    position = order.index(indicator_id)
    target = position + delta
    if not 0 <= target < len(order):
        return Moved((), Changes())
    order[position], order[target] = order[target], order[position]
    _renumber(session, order)
    _log_row(session, indicator_id, "*moved", str(delta))  # others' grids see it; a conflict names who
    return Moved(tuple(order), _rows_of(row.project_id))
