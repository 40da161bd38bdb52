"""Backups of a SQLite store the officer can use: taken, verified, listed, restored.

A copy of `perfdesk.db` made while the app runs is not a backup (committed edits still sit in the
`-wal` file), so every copy here goes through SQLite's online backup API, which reads one
consistent snapshot including the WAL. The copy is written beside its final name, checked with
`PRAGMA integrity_check`, switched to a single self-contained file (journal_mode=DELETE) and only
then renamed into place: a failed or interrupted backup (disk full, read-only folder) leaves no
file behind, and never a 0-byte one.

Automatic backups (before a replace-import, a restore and a migration) go to the 备份 folder in
the user's data folder, time-stamped, the newest `KEEP` of each database kept.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.messages import message
from desktop.models.db_errors import describe_database_error
from desktop.models.store import StoreError
from desktop.paths import data_dir

log = logging.getLogger(__name__)

BACKUP_FOLDER = "备份"
KEEP = 20
SUFFIX = ".db"

# What an automatic backup was taken before; the code is part of the file name, the words are
# the catalogue's `store.backup.reason.<code>`.
REASONS = ("import", "restore", "manual", "upgrade")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?-(?P<reason>[a-z0-9]+)\.db$")


def _order(m: re.Match) -> tuple[str, int]:
    """Oldest first: the time stamp, then the number of a second backup in the same second."""
    return m.group("stamp"), int(m.group("seq") or 1)


def backups_dir() -> Path:
    path = data_dir() / BACKUP_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def _remove_quietly(path: Path) -> None:
    for extra in ("", "-journal", "-wal", "-shm"):
        try:
            Path(str(path) + extra).unlink()
        except FileNotFoundError:
            pass
        except OSError:
            log.warning("could not remove %s%s", path, extra, exc_info=True)


def copy_database(source: Path, target: Path) -> Path:
    """A verified, self-contained copy of the SQLite file `source` at `target` (replaced if there).

    Raises StoreError saying why (a catalogue message); on failure nothing is left at `target` or beside it.
    """
    target = Path(target)
    if not Path(source).exists():
        raise StoreError(message("store.backup.no_database", path=str(source)))
    partial = target.with_name(target.name + ".partial")
    _remove_quietly(partial)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{Path(source).as_posix()}?mode=ro", uri=True, timeout=15)
        try:
            dest = sqlite3.connect(partial)
            try:
                # One step: the whole database as of one moment, whatever other connections write.
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=DELETE")
                verdict = dest.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dest.close()
        finally:
            src.close()
        if verdict != "ok":
            raise StoreError(message("store.backup.check_failed", path=str(target), verdict=verdict))
        os.replace(partial, target)
    except StoreError:
        _remove_quietly(partial)
        raise
    except (OSError, sqlite3.Error) as exc:
        _remove_quietly(partial)
        log.warning("backup of %s to %s failed", source, target, exc_info=True)
        raise StoreError(describe_database_error(exc, str(target), "backup")) from exc
    log.info("backed up %s to %s", source, target)
    return target


def auto_backup(source: Path, reason: str) -> Path:
    """A time-stamped backup of `source` in the 备份 folder; older ones beyond KEEP are removed."""
    if reason not in REASONS and not re.fullmatch(r"[a-z0-9]+", reason):
        raise ValueError(reason)
    folder = backups_dir()
    stem = Path(source).stem
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    # Several in one second are numbered after the newest of that second (never reusing a pruned name).
    same = [_order(m)[1] for _, m in _named_backups() if m.group("stem") == stem and m.group("stamp") == stamp]
    seq = max(same, default=0) + 1
    target = folder / (f"{stem}-{stamp}-{reason}{SUFFIX}" if seq == 1 else f"{stem}-{stamp}-{seq}-{reason}{SUFFIX}")
    copy_database(source, target)
    prune(stem)
    return target


def prune(stem: str, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` automatic backups of the database named `stem`."""
    mine = [b for b in _named_backups() if b[1].group("stem") == stem]
    mine.sort(key=lambda b: _order(b[1]), reverse=True)
    removed = []
    for path, _ in mine[keep:]:
        _remove_quietly(path)
        removed.append(path)
    return removed


def _named_backups() -> list[tuple[Path, re.Match]]:
    found = []
    for path in backups_dir().glob(f"*{SUFFIX}"):
        m = _NAME.match(path.name)
        if m:
            found.append((path, m))
    return found


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, for the restore list."""

    path: Path
    taken_at: datetime
    reason: str  # a REASONS code, or "" for a file the officer chose
    years: tuple[int, ...]
    projects: int
    indicators: int
    readable: bool = True

    @property
    def reason_text(self) -> str:
        return str(message(f"store.backup.reason.{self.reason}")) if self.reason in REASONS else ""


def describe(path: Path) -> BackupInfo:
    """Read a backup's contents without changing it (read-only, immutable: no -wal left behind)."""
    path = Path(path)
    m = _NAME.match(path.name)
    taken = datetime.fromtimestamp(path.stat().st_mtime)
    if m:
        taken = datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S")
    reason = m.group("reason") if m else ""
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            years = tuple(r[0] for r in con.execute("SELECT DISTINCT year FROM project ORDER BY year"))
            projects = con.execute("SELECT count(*) FROM project").fetchone()[0]
            indicators = con.execute("SELECT count(*) FROM indicator").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return BackupInfo(path, taken, reason, (), 0, 0, readable=False)
    return BackupInfo(path, taken, reason, years, projects, indicators)


def list_backups() -> list[BackupInfo]:
    """The automatic backups in the 备份 folder, newest first."""
    named = sorted(_named_backups(), key=lambda b: _order(b[1]), reverse=True)
    return [describe(path) for path, _ in named]


def check_backup(path: Path) -> BackupInfo:
    """Refuse, with a sentence, a file that is not a readable perfdesk database."""
    path = Path(path)
    if not path.is_file():
        raise StoreError(message("store.backup.no_backup", path=str(path)))
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            verdict = con.execute("PRAGMA integrity_check").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise StoreError(message("store.db.not_a_database_file", where=str(path))) from exc
    if verdict != "ok":
        raise StoreError(message("store.backup.damaged", path=str(path), verdict=verdict))
    if not {"alembic_version", "project", "indicator"} <= tables:
        raise StoreError(message("store.backup.not_ours", path=str(path)))
    return describe(path)


def restore(backup: Path, database: Path, *, before: Callable[[Path], None] | None = None) -> Path | None:
    """Replace the contents of `database` with `backup`; the current contents are backed up first.

    The caller must have closed its own connections to `database`. Returns the backup of the
    state before the restore (None when there was no database yet). The write goes through the
    backup API into the live file, so a failure leaves the database as it was.
    """
    check_backup(backup)
    database = Path(database)
    safety = auto_backup(database, "restore") if database.exists() else None
    if before is not None and safety is not None:
        before(safety)
    try:
        database.parent.mkdir(parents=True, exist_ok=True)
        src = sqlite3.connect(f"file:{Path(backup).as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            dest = sqlite3.connect(database, timeout=15)
            try:
                src.backup(dest)
                dest.execute("PRAGMA journal_mode=WAL")
                verdict = dest.execute("PRAGMA integrity_check").fetchone()[0]
            finally:
                dest.close()
        finally:
            src.close()
    except (OSError, sqlite3.Error) as exc:
        log.warning("restore of %s from %s failed", database, backup, exc_info=True)
        raise StoreError(describe_database_error(exc, str(database), "restore")) from exc
    if verdict != "ok":  # cannot happen after check_backup; never leave a bad file in use silently
        raise StoreError(message("store.backup.restore_check_failed", verdict=verdict, safety=str(safety)))
    log.info("restored %s from %s (previous state kept at %s)", database, backup, safety)
    return safety
