"""One sentence (a catalogue `store.db.*` code) for a database that cannot be written: disk full, read-only, locked, broken.

SQLite says what went wrong in its error code (Python ≥ 3.11 exposes `sqlite_errorname`); the
message text is the fallback. OSError covers what fails before SQLite is reached (the instance
lock file in a read-only folder, a full disk while creating a file).
"""

from __future__ import annotations

import errno
import functools
import re
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from desktop.messages import Message, message

_NEARLY_FULL = 1 << 20  # bytes free on the database's disk below which an I/O error means "full"
_FULL = ("SQLITE_FULL",)
_READ_ONLY = ("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_PERM", "SQLITE_AUTH")
_LOCKED = ("SQLITE_BUSY", "SQLITE_LOCKED")
_IO = ("SQLITE_IOERR",)
_BROKEN = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _kind(exc: BaseException) -> str:
    if isinstance(exc, OSError) and not isinstance(exc, DBAPIError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return "full"
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return "read_only"
        if exc.errno in (errno.EBUSY, errno.ETXTBSY):
            return "locked"
        return "io"
    orig = getattr(exc, "orig", exc)
    name = getattr(orig, "sqlite_errorname", "") or ""
    text = str(orig).lower()
    for kind, names, words in (
        ("full", _FULL, ("database or disk is full", "no space left")),
        ("read_only", _READ_ONLY, ("readonly database", "unable to open database file", "read-only")),
        ("locked", _LOCKED, ("database is locked", "table is locked")),
        ("io", _IO, ("disk i/o error",)),
        ("broken", _BROKEN, ("malformed", "file is not a database")),
    ):
        if any(name.startswith(n) for n in names) or any(w in text for w in words):
            return kind
    return "other"


def is_broken(exc: BaseException) -> bool:
    """SQLite found the file damaged (not a database, malformed), not e.g. locked, full or read-only."""
    return _kind(exc) == "broken"


def is_damaged_database(exc: BaseException) -> bool:
    """A database error (not any error whose text says "malformed") that says the file is damaged."""
    return isinstance(exc, (SQLAlchemyError, sqlite3.Error)) and is_broken(exc)


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, (SQLAlchemyError, OSError))


def _nearly_full(where: str) -> bool:
    """A full disk often shows as an I/O error (SQLite cannot grow its -shm file): look at it."""
    folder = Path(where).parent
    try:
        return folder.is_dir() and shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


# What was being done, by its key.
ACTIONS = {"import": "import", "open": "open", "edit": "edit", "save": "save", "backup": "backup",
           "restore": "restore"}


_CHECK_FAILED = re.compile(r"CHECK constraint failed: (ck_\w+_length)\b")


@functools.cache
def _length_checks() -> dict[str, tuple[str, str, int]]:
    """`ck_<table>_<column>_length` (migration 0010) → table, column, limit."""
    from desktop.models.entities import Base
    from desktop.models.limits import column_limits

    return {f"ck_{table.name}_{column}_length": (table.name, column, limit)
            for table in Base.metadata.tables.values()
            for column, limit in column_limits(table).items() if isinstance(limit, int)}


def length_refusal(exc: BaseException) -> Message | None:
    """SQLite's own refusal of a text past its column's limit (a write that bypassed the limits'
    check before the flush), said as that check says it; None for any other error."""
    found = _CHECK_FAILED.search(str(getattr(exc, "orig", exc)))
    known = _length_checks().get(found.group(1)) if found else None
    if known is None:
        return None
    from desktop.models.limits import where_limited

    table, column, limit = known
    return message("store.edit.refused", where=where_limited(table, column),
                   why=message("store.limit.too_long_for", limit=limit))


def describe_database_error(exc: BaseException, where: str, action: str = "import") -> Message:
    """The sentence for the officer: what happened to `where`, and that nothing was changed.

    `where` is the database file's path (or the URL of a server database); `action` a key of
    `ACTIONS` (import, open, edit, save, backup, restore).
    """
    refused = length_refusal(exc)
    if refused is not None:
        return refused
    kind = _kind(exc)
    if kind in ("io", "other") and _nearly_full(where):
        kind = "full"
    undone = message("store.db.undone", action=message(f"store.db.action.{ACTIONS.get(action, 'edit')}"))
    if kind == "other":
        detail = getattr(getattr(exc, "orig", None), "sqlite_errorname", None) or type(exc).__name__
        return message("store.db.other", where=where, detail=detail, undone=undone)
    return message(f"store.db.{kind}", where=where, undone=undone)


def opening_sentence(exc: BaseException, where: str) -> Message:
    """Why a database could not be opened (nothing was changed by trying)."""
    kind = _kind(exc)
    if kind == "broken":
        return message("store.db.not_a_database", where=where)
    return describe_database_error(exc, where, "open")
