"""Splitting a composite indicator into one row per target, and its undo and redo: each one
transaction, so a split is never left half done or half undone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from sqlalchemy.orm import Session

from desktop.messages import message
from desktop.models.entities import Indicator
from desktop.operations.cells import edit_cells
from desktop.operations.changes import NOT_SEEN, CellEdit, Changes
from desktop.operations.conflicts import Conflict, EditConflict, EditError, _equal, _last_edit, _row_conflicts
from desktop.operations.indicator_rows import (
    _log_row,
    _order,
    _renumber,
    restore_indicators,
    seen_values_of,
    snapshot_of,
)


@dataclass
class SplitResult:
    original: dict  # snapshot of the split indicator before
    order_before: list[int]
    new_ids: list[int]
    after: dict[int, dict] = dataclass_field(default_factory=dict)  # the rows as the split left them
    changes: Changes = Changes()


@dataclass(frozen=True, slots=True)
class Unsplit:
    rows: tuple[dict, ...]  # the split-off rows as the undo found them (a redo puts them back)
    order: tuple[int, ...]  # the project's rows before the undo
    changes: Changes


def split_indicator(session: Session, indicator_id: int, targets: Sequence[str],
                    expected_target: object = NOT_SEEN) -> SplitResult:
    """The first target stays on the indicator; each further one becomes a copy right after it.

    `expected_target`: the 年度指标值 the officer split; refused (EditConflict) when someone has
    changed it since.
    """
    if len(targets) < 2:
        raise EditError(message("store.edit.split_needs_two"))
    row = session.get(Indicator, indicator_id)
    if row is None:
        raise EditError(message("store.edit.indicator_deleted"))
    if expected_target is not NOT_SEEN and not _equal(row.annual_target, expected_target):
        who, machine, at = _last_edit(session, "indicator", indicator_id, "annual_target")
        label = message("store.label.indicator_to_split")
        raise EditConflict([Conflict(CellEdit("indicator", indicator_id, "annual_target", None, label), None,
                                     row.annual_target, expected_target, who, machine, at, label, "delete",
                                     row=row.name or None)])
    original = snapshot_of(row)
    order = _order(session, row.project_id)
    copied = {k: original[k] for k in ("project_id", "level1", "level1_code", "level2", "level2_code", "name")}
    row.annual_target = targets[0]
    _log_row(session, indicator_id, "*split", " | ".join(targets))
    new_ids = []
    for text in targets[1:]:
        copy = Indicator(**copied, annual_target=text)
        session.add(copy)
        session.flush()
        new_ids.append(copy.id)
        _log_row(session, copy.id, "*added", copy.name)
    position = order.index(indicator_id) + 1
    _renumber(session, order[:position] + new_ids + order[position:])
    session.flush()
    after = {i: seen_values_of(snapshot_of(session.get(Indicator, i))) for i in [indicator_id, *new_ids]}
    changes = Changes(structure=frozenset({row.project_id}), added=frozenset(("indicator", i) for i in new_ids),
                      rows=frozenset({("indicator", indicator_id)}))
    return SplitResult(original, order, new_ids, after, changes)


def unsplit_indicator(session: Session, result: SplitResult, check: bool = True) -> Unsplit:
    """Undo a split: refused (EditConflict) when someone has changed one of its rows since.

    `check=False`: the officer chose to undo it over such a change (the conflict dialog's "use mine").
    """
    if check and result.after:
        conflicts = _row_conflicts(session, "indicator", Indicator, result.after, message("store.label.split_indicators"))
        if conflicts:
            raise EditConflict(conflicts)
    project_id = result.original["project_id"]
    order = tuple(_order(session, project_id))
    rows = []
    for new_id in result.new_ids:
        row = session.get(Indicator, new_id)
        if row is not None:
            rows.append(snapshot_of(row))
            _log_row(session, new_id, "*deleted", row.name)
            session.delete(row)
    row = session.get(Indicator, result.original["id"])
    if row is None:  # deleted by someone else, and the officer chose to undo the split anyway
        session.add(Indicator(**result.original))
        _log_row(session, result.original["id"], "*restored", result.original.get("name"))
    else:
        for name, value in result.original.items():
            setattr(row, name, value)
    session.flush()
    _renumber(session, [i for i in result.order_before if session.get(Indicator, i) is not None])
    changes = Changes(structure=frozenset({project_id}), removed=frozenset(("indicator", i) for i in result.new_ids),
                      rows=frozenset({("indicator", result.original["id"])}))
    return Unsplit(tuple(rows), order, changes)


def redo_split(session: Session, result: SplitResult, undone: Unsplit, check: bool = True) -> Changes:
    """Split again after an undo: the same rows (same ids) back, the first target on the indicator,
    the order as it was. Refused (EditConflict) when someone has changed the indicator since."""
    first = result.original["id"]
    restored = restore_indicators(session, undone.rows)
    seen = result.original["annual_target"] if check else NOT_SEEN
    target = result.after.get(first, {}).get("annual_target")
    cells = edit_cells(session, [CellEdit("indicator", first, "annual_target", target, expected=seen)])
    _renumber(session, [i for i in undone.order if session.get(Indicator, i) is not None])
    return restored | cells
