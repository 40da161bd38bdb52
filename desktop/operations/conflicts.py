"""Refusals: a value that cannot be saved (EditError), and a change someone else made after the
officer last saw the cell or row (EditConflict, naming who, when, theirs and what was seen)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.messages import Message, message
from desktop.models.entities import EditLog
from desktop.operations.changes import NOT_SEEN, CellEdit, _NotSeen
from desktop.operations.fields import field_label

__all__ = ["NOT_SEEN", "CellEdit", "Conflict", "EditConflict", "EditError"]


class EditError(ValueError):
    """A value that cannot be saved; `args[0]` says so naming the cell (a `Message`; str() renders it)."""

    def __init__(self, message: Message | str, index: int = 0):
        super().__init__(message)
        self.index = index  # which edit of the batch was refused



@dataclass(frozen=True, slots=True)
class Conflict:
    """One cell someone else changed after the officer last saw it."""

    edit: CellEdit  # what the officer tried to save
    mine: object  # the officer's value, converted
    theirs: object  # what the store holds now
    seen: object  # what the officer had seen (edit.expected)
    who: str | None  # the user and machine of the last saved edit of the cell, and when
    machine: str | None
    at: datetime | None
    label: str | Message  # the view's name for the cell, or the operation's (a Message)
    action: str = "save"  # "save" a value, "delete" or "restore" a row
    row: str | None = None  # a row action's row as the officer knows it (the indicator's name)

    def sentence(self) -> str:
        return str(self.said())

    def said(self) -> Message:
        by: object = self.who or message("store.conflict.someone")
        if self.machine:
            by = message("store.conflict.by_on", who=by, machine=self.machine)
        when = message("store.conflict.when", at=f"{self.at:%Y-%m-%d %H:%M:%S}") if self.at else ""
        where = {"label": self.label, "by": by, "when": when}
        if self.action == "move":
            return message("store.conflict.moved", **where)
        if self.action == "restore":
            return message("store.conflict.restored", **where)
        if self.theirs is _GONE:
            done = message("store.conflict.nothing_changed" if self.action == "delete" else "store.conflict.not_saved")
            return message("store.conflict.row_deleted", done=done, **where)
        theirs = _log_text(self.theirs) or message("store.conflict.empty")
        if self.action == "delete":
            return message("store.conflict.changed_not_deleted", theirs=theirs, **where)
        mine = _log_text(self.mine) or message("store.conflict.empty")
        return message("store.conflict.changed", theirs=theirs, mine=mine, **where)


class EditConflict(Exception):
    """Edits refused because the store changed under them; nothing of the batch was saved.

    Not an EditError: a caller that does not handle conflicts must not mistake one for a typo.
    `args[0]` is a Chinese sentence; `conflicts` says who changed what, when, theirs and mine.
    """

    def __init__(self, conflicts: Sequence[Conflict]):
        self.conflicts = list(conflicts)
        first = self.conflicts[0].sentence()
        more = str(message("store.conflict.more", count=len(self.conflicts) - 1)) if len(self.conflicts) > 1 else ""
        super().__init__(first + more)


_GONE = _NotSeen()  # "theirs" of a row someone deleted


def _log_text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _same(a, b) -> bool:
    if isinstance(a, Decimal) and isinstance(b, Decimal):
        return a == b and str(a.normalize()) == str(b.normalize())
    return a == b and type(a) is type(b)



def _equal(stored, seen) -> bool:
    """Does the store still hold what the officer saw? (5 and 5.000000 are one amount.)"""
    if stored is None or seen is None:
        return stored is None and (seen is None or seen == "")
    if isinstance(stored, Decimal) or isinstance(seen, Decimal):
        try:
            return Decimal(str(stored)) == Decimal(str(seen))
        except InvalidOperation:
            return False
    return stored == seen


def local_time(session: Session, at: datetime | None) -> datetime | None:
    """The edit log's time on this PC's clock. CURRENT_TIMESTAMP is stored in UTC on both back
    ends (SQLite's is UTC; PostgreSQL sessions run in UTC, see store.make_engine), so officers
    in different time zones share one clock."""
    if at is None:
        return None
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _last_edit(session: Session, entity: str, entity_id: int, field: str | None):
    query = select(EditLog.user_name, EditLog.machine, EditLog.at).where(
        EditLog.entity == entity, EditLog.entity_id == entity_id
    )
    if field is not None:
        query = query.where(EditLog.field == field)
    found = session.execute(query.order_by(EditLog.id.desc()).limit(1)).first()
    return (found.user_name, found.machine, local_time(session, found.at)) if found else (None, None, None)


def _row_conflicts(session: Session, entity: str, model, expected: dict[int, dict], label: Message) -> list[Conflict]:
    """Rows that are gone or hold other values than the officer saw (`expected`: id → field → value)."""
    conflicts = []
    for ident, fields in expected.items():
        row = session.get(model, ident)
        if row is None:
            who, machine, at = _last_edit(session, entity, ident, None)
            conflicts.append(Conflict(CellEdit(entity, ident, "*row", None, label), None, _GONE, fields, who, machine,
                                      at, label, "delete"))
            continue
        for field, seen in fields.items():
            if field in ("id", "version", "sort_order") or not hasattr(row, field):
                continue
            now = getattr(row, field)
            if not _equal(now, seen):
                who, machine, at = _last_edit(session, entity, ident, field)
                where = f"{label}「{field_label(entity, field)}」"
                conflicts.append(Conflict(CellEdit(entity, ident, field, None, where), None, now, seen, who, machine,
                                          at, where, "delete"))
    # which row, by the name the officer saw: a delete of several rows must say which one was changed
    return [replace(c, row=(expected[c.edit.entity_id].get("name") or None)) for c in conflicts]
