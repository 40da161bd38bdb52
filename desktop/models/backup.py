"""Backups of a SQLite store the officer can use: taken, verified, listed, restored.

A copy of `perfdesk.db` made while the app runs is not a backup (committed edits still sit in the
`-wal` file), so every copy here goes through SQLite's online backup API, which reads one
consistent snapshot including the WAL. The copy is written beside its final name, checked with
`PRAGMA integrity_check`, switched to a single self-contained file (journal_mode=DELETE) and only
then renamed into place: a failed or interrupted backup (disk full, read-only folder) leaves no
file behind, and never a 0-byte one.

Automatic backups (before a replace-import, a restore and a migration) go to the 备份 folder in
the user's data folder, time-stamped, the newest `KEEP` of each database kept.

A restore checks a private copy of the backup completely before the store is touched (its -wal
applied, integrity, one known version, an older one migrated on the copy, UTF-8 text, the schema
this version expects); only then the safety backup, and the copy renamed into place.

A store SQLite cannot copy because it is damaged (not a database, cut short, a broken schema) is
exactly the one an officer needs to restore: its files (the main file and any -wal or -journal
beside it) are then kept byte for byte in the 备份 folder as `<stem>-<stamp>-damaged.db` (never
pruned, listed as unreadable: a specialist may recover recent work from them), and the restore
goes on. Any other failure of the safety backup (disk full, no permission) still refuses it.
"""

from __future__ import annotations

import errno
import filecmp
import functools
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from desktop.messages import message
from desktop.models import migrate
from desktop.models.db_errors import describe_database_error, is_broken
from desktop.models.store import StoreError
from desktop.oserrors import os_error_text
from desktop.paths import data_dir

log = logging.getLogger(__name__)

BACKUP_FOLDER = "备份"
KEEP = 20
SUFFIX = ".db"

# What an automatic backup was taken before; the code is part of the file name, the words are
# the catalogue's `store.backup.reason.<code>`. DAMAGED names a damaged store's own files, kept
# byte for byte before a restore (not a copy through SQLite: not readable as a backup).
DAMAGED = "damaged"
REASONS = ("import", "restore", "manual", "upgrade", DAMAGED)
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
        if verdict != "ok":  # SQLite's English verdict goes to the log, not into the sentence
            log.warning("backup of %s to %s failed its integrity check: %s", source, target, verdict)
            raise StoreError(message("store.backup.check_failed", path=str(target)))
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


def _new_name(source: Path, reason: str) -> Path:
    """A time-stamped name in the 备份 folder for a backup of `source` taken now."""
    if reason not in REASONS and not re.fullmatch(r"[a-z0-9]+", reason):
        raise ValueError(reason)
    folder = backups_dir()
    stem = Path(source).stem
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    # Several in one second are numbered after the newest of that second (never reusing a pruned name).
    same = [_order(m)[1] for _, m in _named_backups() if m.group("stem") == stem and m.group("stamp") == stamp]
    seq = max(same, default=0) + 1
    return folder / (f"{stem}-{stamp}-{reason}{SUFFIX}" if seq == 1 else f"{stem}-{stamp}-{seq}-{reason}{SUFFIX}")


def auto_backup(source: Path, reason: str) -> Path:
    """A time-stamped backup of `source` in the 备份 folder; older ones beyond KEEP are removed."""
    target = _new_name(source, reason)
    copy_database(source, target)
    prune(Path(source).stem)
    return target


def keep_damaged(database: Path) -> Path:
    """The files of the damaged `database` (the main file, and its -wal or -journal when there)
    copied byte for byte into the 备份 folder as `<stem>-<stamp>-damaged.db` (the journals beside
    it under SQLite's names, so a specialist opening it finds them); compared with the originals,
    written to disk, then renamed into place, journals first. Never pruned. Raises StoreError
    (naming `database`) when they cannot be kept; then nothing is left in the folder."""
    database = Path(database)
    target = _new_name(database, DAMAGED)
    pieces = [(database, target)]
    for extra in _JOURNALS:
        beside = Path(str(database) + extra)
        if os.path.lexists(beside) and os.path.getsize(beside) > 0:  # an empty one holds nothing (our own failed copy may leave one)
            pieces.append((beside, Path(str(target) + extra)))
    written: list[Path] = []
    try:
        staged = []
        for source, final in pieces:
            partial = final.with_name(final.name + ".partial")
            written.append(partial)
            shutil.copyfile(source, partial)
            _fsync(partial)
            if not filecmp.cmp(source, partial, shallow=False):
                raise OSError(errno.EIO, f"the copy of {source} differs from it")
            staged.append((partial, final))
        for partial, final in reversed(staged):  # the main file last: once listed, it is whole
            os.replace(partial, final)
            written.append(final)
    except OSError as exc:
        for path in written:
            try:
                path.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove %s", path, exc_info=True)
        log.warning("the damaged database %s could not be kept in %s", database, target.parent, exc_info=True)
        raise StoreError(message("store.restore.cannot_keep_damaged", where=str(database),
                                 why=os_error_text(exc))) from exc
    try:
        _fsync_folder(target.parent)
    except OSError:
        log.warning("could not flush the folder of %s", target, exc_info=True)
    log.warning("kept the damaged database %s byte for byte as %s (%s)", database, target,
                ", ".join(final.name for _, final in pieces))
    return target


def is_kept_damaged(path: Path | None) -> bool:
    """Whether `path` is a damaged store's files kept before a restore (`keep_damaged`)."""
    m = _NAME.match(Path(path).name) if path is not None else None
    return bool(m) and m.group("reason") == DAMAGED


def damage(database: Path) -> str | None:
    """What SQLite finds wrong reading `database` as it is (its -wal applied): its error or
    integrity verdict, for the log; None when it reads as a sound database, or cannot be read for
    another reason (locked, no permission, a disk error), which is not damage. Read-only in place;
    a -journal SQLite must roll back first (or a -wal to recover) is applied on a private copy."""
    database = Path(database)
    found = _probe(f"file:{database.as_posix()}?mode=ro")
    if found is not _NEEDS_WRITE:
        return found
    with tempfile.TemporaryDirectory(prefix="perfdesk-check-") as folder:
        copy = Path(folder) / "check.db"
        try:
            shutil.copyfile(database, copy)
            for extra in _JOURNALS:
                if os.path.lexists(Path(str(database) + extra)):
                    shutil.copyfile(Path(str(database) + extra), Path(str(copy) + extra))
        except OSError:
            log.info("%s cannot be copied to be checked", database, exc_info=True)
            return None
        found = _probe(f"file:{copy.as_posix()}")
    return None if found is _NEEDS_WRITE else found


_NEEDS_WRITE = "(a journal to apply)"


def _probe(uri: str) -> str | None:
    try:
        con = sqlite3.connect(uri, uri=True, timeout=15)
        try:
            con.text_factory = bytes  # a damaged verdict or name must not stop the check itself
            rows = con.execute("PRAGMA integrity_check").fetchmany(3)
        finally:
            con.close()
    except UnicodeDecodeError:  # SQLite's message itself held bytes that are not UTF-8: a damaged schema
        return "malformed database schema"
    except sqlite3.Error as exc:
        if is_broken(exc):
            return str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        if (getattr(exc, "sqlite_errorname", "") or "").startswith("SQLITE_READONLY_"):  # _ROLLBACK, _RECOVERY
            return _NEEDS_WRITE
        log.info("%s cannot be read to be checked: %s", uri, exc)
        return None
    verdict = "; ".join(_text(r[0]) for r in rows)
    return None if verdict == "ok" else verdict[:200]


def prune(stem: str, keep: int = KEEP) -> list[Path]:
    """Remove all but the newest `keep` automatic backups of the database named `stem` (a damaged
    store's files kept before a restore are never removed: they may hold the only copy of work)."""
    mine = [b for b in _named_backups() if b[1].group("stem") == stem and b[1].group("reason") != DAMAGED]
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
    """Read a backup's contents without changing it (read-only, immutable: no -wal left behind).
    A damaged store's kept files are not read (what could be read of them would be a guess)."""
    path = Path(path)
    taken, reason = _taken(path)
    if reason == DAMAGED:
        return BackupInfo(path, taken, reason, (), 0, 0, readable=False)
    try:
        con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro&immutable=1", uri=True)
        try:
            contents = _contents(con)
        finally:
            con.close()
    except (sqlite3.Error, UnicodeDecodeError):  # (SQLite's message about a damaged schema may be bad bytes)
        return BackupInfo(path, taken, reason, (), 0, 0, readable=False)
    return BackupInfo(path, taken, reason, *contents)


def _taken(path: Path) -> tuple[datetime, str]:
    """When a backup was taken and why: from its name (an automatic one), else its file's time."""
    m = _NAME.match(path.name)
    if m:
        return datetime.strptime(m.group("stamp"), "%Y%m%d-%H%M%S"), m.group("reason")
    return datetime.fromtimestamp(path.stat().st_mtime), ""


def list_backups(stem: str | None = None) -> list[BackupInfo]:
    """The automatic backups in the 备份 folder, newest first; with `stem`, only those of the
    database of that file name (as `prune` keeps them)."""
    named = sorted((b for b in _named_backups() if stem is None or b[1].group("stem") == stem),
                   key=lambda b: _order(b[1]), reverse=True)
    return [describe(path) for path, _ in named]


def check_backup(path: Path) -> BackupInfo:
    """Refuse, with one sentence naming `path`, a file that cannot be restored from; else what it
    holds. The whole check of a restore (`prepare_candidate`) runs on a private copy in a
    temporary folder, so the officer is told before anything is replaced."""
    path = Path(path)
    with tempfile.TemporaryDirectory(prefix="perfdesk-restore-") as folder:
        return prepare_candidate(path, Path(folder) / "candidate.db")


# The journals SQLite keeps beside a database: a -wal holds committed transactions not yet in the
# main file, a hot -journal the undo of an interrupted one. Both are part of the database: the
# private copy takes them along and SQLite applies them when it opens the copy (the -shm is only
# an index SQLite rebuilds from the -wal).
_JOURNALS = ("-wal", "-journal")
# What a perfdesk database has whatever its version (older ones are migrated on the copy).
_OUR_TABLES = {"alembic_version", "project", "indicator"}


def prepare_candidate(backup: Path, stage: Path) -> BackupInfo:
    """Copy `backup` (with its -wal or -journal) to `stage` and check the copy completely:
    integrity, exactly one known migration version (an older one is migrated here, on the copy),
    every text value valid UTF-8, and the schema this version of the app expects. On success
    `stage` is a self-contained file (journal_mode=DELETE, written to disk) ready to replace a
    store; on any refusal a StoreError naming `backup` is raised and nothing is left at `stage`.
    The backup itself is only read."""
    backup = Path(backup)
    if not backup.is_file():
        raise StoreError(message("store.backup.no_backup", path=str(backup)))
    try:
        _copy_candidate(backup, stage)
        revision = _check_contents(stage, backup)
        if revision != migrate.head_revision():
            _upgrade_candidate(stage, backup, revision)
        _check_schema(stage, backup)
        info = _finish_candidate(stage, backup)
    except BaseException:
        _remove_quietly(stage)
        raise
    return info


def _copy_candidate(backup: Path, stage: Path) -> None:
    _remove_quietly(stage)
    try:
        stage.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(backup, stage)
    except OSError as exc:
        log.warning("cannot copy %s to %s for checking", backup, stage, exc_info=True)
        raise StoreError(message("store.restore.cannot_copy", path=str(backup), why=os_error_text(exc))) from exc
    for extra in _JOURNALS:
        beside = Path(str(backup) + extra)
        if not os.path.lexists(beside):
            continue
        try:
            shutil.copyfile(beside, Path(str(stage) + extra))
        except OSError as exc:
            # Without it the copy would silently lack the latest changes (or hold half a write).
            log.warning("cannot read %s beside the backup %s", beside, backup, exc_info=True)
            raise StoreError(message("store.restore.journal_unreadable", path=str(backup), journal=beside.name,
                                     why=os_error_text(exc))) from exc
        log.info("restoring %s with its %s applied", backup, beside.name)


def _text(value) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else str(value)


def _damaged(backup: Path, exc: BaseException) -> StoreError:
    """The refusal for a copy SQLite cannot read (its own error, or its message in bad bytes);
    SQLite's words go to the log, the officer's sentence is the catalogue's alone."""
    log.warning("the backup %s cannot be read", backup, exc_info=exc)
    if getattr(exc, "sqlite_errorname", None) == "SQLITE_NOTADB":
        return StoreError(message("store.db.not_a_database_file", where=str(backup)))
    return StoreError(message("store.backup.damaged", path=str(backup)))


def _check_contents(stage: Path, backup: Path) -> str:
    """Integrity, our tables, the one migration version and UTF-8 text of the copy at `stage`;
    its revision (known to this app)."""
    try:
        con = sqlite3.connect(stage, timeout=15, isolation_level=None)
    except sqlite3.Error as exc:
        raise _damaged(backup, exc) from exc
    try:
        con.text_factory = bytes  # a damaged verdict or name must not stop the check itself
        rows = con.execute("PRAGMA integrity_check").fetchmany(3)
        verdict = "; ".join(_text(r[0]) for r in rows)
        if verdict != "ok":
            log.warning("the backup %s fails its integrity check: %s", backup, verdict[:200])
            raise StoreError(message("store.backup.damaged", path=str(backup)))
        tables = [_text(r[0]) for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        if not _OUR_TABLES <= set(tables):
            raise StoreError(message("store.backup.not_ours", path=str(backup)))
        revision = _single_revision(con, backup)
        _check_utf8(con, backup, ["sqlite_master", *tables])
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise _damaged(backup, exc) from exc
    finally:
        con.close()
    return revision


def _single_revision(con: sqlite3.Connection, backup: Path) -> str:
    values = [r[0] for r in con.execute("SELECT version_num FROM alembic_version")]
    if len(values) > 1:
        raise StoreError(message("store.restore.several_versions", path=str(backup),
                                 revisions="、".join(_text(v) for v in values)))
    try:
        revision = values[0].decode("utf-8").strip() if values and isinstance(values[0], bytes) else ""
    except UnicodeDecodeError:
        revision = ""
    if not revision:  # no row, NULL, a number, an empty or undecodable label
        raise StoreError(message("store.restore.no_version", path=str(backup)))
    if revision not in migrate.known_revisions():
        raise StoreError(message("store.restore.newer_version", path=str(backup), revision=revision))
    return revision


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _check_utf8(con: sqlite3.Connection, backup: Path, tables: list[str]) -> None:
    """Every text value of every table decodes as UTF-8: one scan per table with SQLite's own
    decoding (it raises on bad bytes); only a table that fails is searched column by column."""
    for table in tables:
        con.text_factory = str
        try:
            for _row in con.execute(f"SELECT * FROM {_quoted(table)}"):
                pass
            continue
        except (sqlite3.OperationalError, UnicodeDecodeError):
            log.warning("table %s of the backup %s holds text that is not UTF-8", table, backup)
        con.text_factory = bytes
        columns = [_text(r[1]) for r in con.execute(f"PRAGMA table_info({_quoted(table)})")]
        for column in columns:
            query = f"SELECT rowid, {_quoted(column)} FROM {_quoted(table)} WHERE typeof({_quoted(column)}) = 'text'"
            for rowid, value in con.execute(query):
                try:
                    value.decode("utf-8")
                except UnicodeDecodeError:
                    raise StoreError(message("store.restore.bad_text", path=str(backup), table=table,
                                             column=column, row=rowid)) from None
        raise StoreError(message("store.restore.bad_text", path=str(backup), table=table, column="?", row="?"))


def _upgrade_candidate(stage: Path, backup: Path, revision: str) -> None:
    """A backup from an older version: its copy is migrated here, never the live store."""
    from desktop.models.store import make_engine

    engine = make_engine(f"sqlite:///{stage.as_posix()}")
    try:
        with engine.connect() as connection, migrate.migration_transaction(connection):
            migrate.upgrade(connection)
    except Exception as exc:  # noqa: BLE001 - any failure of any migration refuses the backup, logged
        log.warning("the backup %s (version %s) could not be upgraded", backup, revision, exc_info=True)
        raise StoreError(message("store.restore.upgrade_failed", path=str(backup), revision=revision)) from exc
    finally:
        engine.dispose()
    log.info("upgraded the copy of %s from version %s", backup, revision)


def _shape(con: sqlite3.Connection) -> dict[tuple[str, str], tuple]:
    """The schema as SQLite reports it: tables with their columns, indexes and foreign keys,
    views and triggers by name."""
    shape: dict[tuple[str, str], tuple] = {}
    for kind, name in con.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"):
        if kind != "table":
            if kind in ("view", "trigger"):
                shape[(kind, name)] = ()
            continue
        q = _quoted(name)
        columns = tuple((r[1], (r[2] or "").upper(), r[3], r[5]) for r in con.execute(f"PRAGMA table_info({q})"))
        indexes = tuple(sorted(
            (r[1], r[2], tuple(c[2] for c in con.execute(f"PRAGMA index_info({_quoted(r[1])})")))
            for r in con.execute(f"PRAGMA index_list({q})")
        ))
        keys = tuple(sorted(tuple(r[2:7]) for r in con.execute(f"PRAGMA foreign_key_list({q})")))
        shape[("table", name)] = (columns, indexes, keys)
    return shape


@functools.cache
def _expected_shape() -> dict[tuple[str, str], tuple]:
    from desktop.migrations import current_sqlite

    con = sqlite3.connect(":memory:")
    try:
        for statement in current_sqlite.STATEMENTS:
            con.execute(statement)
        return _shape(con)
    finally:
        con.close()


def _check_schema(stage: Path, backup: Path) -> None:
    try:
        con = sqlite3.connect(stage, timeout=15)
        try:
            found = _shape(con)
        finally:
            con.close()
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        raise _damaged(backup, exc) from exc
    expected = _expected_shape()
    for key in sorted(set(found) | set(expected)):
        if found.get(key) != expected.get(key):
            log.warning("the backup %s: %s %s is %r, expected %r", backup, *key, found.get(key), expected.get(key))
            raise StoreError(message("store.restore.schema_mismatch", path=str(backup), table=key[1]))


def _finish_candidate(stage: Path, backup: Path) -> BackupInfo:
    """The checked copy as one self-contained file on disk, and what it holds."""
    try:
        con = sqlite3.connect(stage, timeout=15, isolation_level=None)
        try:
            con.execute("PRAGMA journal_mode=DELETE")  # the applied -wal into the main file, and gone
            info = _contents(con)
        finally:
            con.close()
        for extra in ("-wal", "-shm", "-journal"):
            leftover = Path(str(stage) + extra)
            if leftover.exists() and leftover.stat().st_size:
                raise StoreError(message("store.restore.cannot_copy", path=str(backup), why=leftover.name))
            leftover.unlink(missing_ok=True)
        _fsync(stage)
    except OSError as exc:
        raise StoreError(message("store.restore.cannot_copy", path=str(backup), why=os_error_text(exc))) from exc
    except sqlite3.Error as exc:
        raise _damaged(backup, exc) from exc
    return BackupInfo(backup, *_taken(backup), *info)


def _contents(con: sqlite3.Connection) -> tuple[tuple[int, ...], int, int]:
    years = tuple(r[0] for r in con.execute("SELECT DISTINCT year FROM project ORDER BY year"))
    projects = con.execute("SELECT count(*) FROM project").fetchone()[0]
    indicators = con.execute("SELECT count(*) FROM indicator").fetchone()[0]
    return years, projects, indicators


def _fsync(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def _fsync_folder(folder: Path) -> None:
    """The rename itself on disk (POSIX; Windows has no directory handle to flush)."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def restore(backup: Path, database: Path, *, before: Callable[[Path], None] | None = None) -> Path | None:
    """Replace the contents of `database` with `backup`; the current contents are backed up first.

    The backup is copied beside `database` and checked completely there (`prepare_candidate`:
    integrity, version, migration of an older one, text, schema) before the live file is touched;
    a refusal leaves `database` as it was. Then the safety backup of the current contents, and
    the checked copy takes the database's name in one rename (written to disk first). A
    `database` too damaged to be copied through SQLite has its files kept byte for byte instead
    (`keep_damaged`; `is_kept_damaged` tells the caller, who says so); any other failure of the
    safety backup refuses, the database unchanged. The caller must have closed its own
    connections to `database`. Returns the backup of the state before the restore (None when
    there was no database yet); every refusal after it was made names it.
    """
    backup = Path(backup)
    database = Path(database)
    stage = database.with_name(database.name + ".restore-partial")
    try:
        prepare_candidate(backup, stage)
        safety = _safety_copy(database) if database.exists() else None
        if before is not None and safety is not None:
            before(safety)
        if is_kept_damaged(safety):
            _replace_damaged(stage, database, backup, safety)
        else:
            _replace(stage, database, backup, safety)
    finally:
        _remove_quietly(stage)
    log.info("restored %s from %s (previous state kept at %s)", database, backup, safety)
    return safety


def _safety_copy(database: Path) -> Path:
    """The backup of `database` before a restore: through SQLite, or, when it fails because the
    database is damaged, its files as they are. Any other failure is the refusal it was."""
    try:
        return auto_backup(database, "restore")
    except StoreError:
        found = damage(database)
        if found is None:
            raise
        log.warning("the database %s cannot be backed up through SQLite, it is damaged (%s)", database, found,
                    exc_info=True)
    return keep_damaged(database)


def _replace(stage: Path, database: Path, backup: Path, safety: Path | None) -> None:
    """`stage` becomes `database` in one rename. The live file's -wal is first checkpointed into
    it (its content is in `safety` already): a -wal left beside the new file would be replayed
    into it. A database still open elsewhere is refused, unchanged."""
    try:
        if database.exists():
            con = sqlite3.connect(database, timeout=15)
            try:
                busy = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
            finally:
                con.close()
            pending = [extra for extra in _JOURNALS if _size(Path(str(database) + extra))]
            if busy or pending:
                log.warning("restore of %s refused: still in use (busy=%s, %s)", database, busy, pending)
                raise StoreError(message("store.restore.in_use", where=str(database), path=str(backup),
                                         safety=str(safety)))
            for extra in ("-wal", "-shm", "-journal"):
                Path(str(database) + extra).unlink(missing_ok=True)
        os.replace(stage, database)
    except (OSError, sqlite3.Error) as exc:
        log.warning("restore of %s from %s failed", database, backup, exc_info=True)
        why = os_error_text(exc) if isinstance(exc, OSError) else str(exc).splitlines()[0][:200]
        raise StoreError(message("store.restore.replace_failed", where=str(database), path=str(backup),
                                 why=why, safety=str(safety))) from exc
    try:
        _fsync_folder(database.parent)
    except OSError:
        log.warning("could not flush the folder of %s", database, exc_info=True)


def _replace_damaged(stage: Path, database: Path, backup: Path, safety: Path) -> None:
    """`stage` becomes the damaged `database` in one rename. Its -wal or -journal cannot be
    checkpointed (their bytes are in `safety`) and must not be replayed into the new file: they
    are renamed aside first, put back if the rename fails (the database as it was), removed after."""
    aside: list[tuple[Path, Path]] = []
    try:
        for extra in _JOURNALS:
            journal = Path(str(database) + extra)
            if os.path.lexists(journal):
                moved = journal.with_name(journal.name + ".restore-old")
                os.replace(journal, moved)
                aside.append((moved, journal))
        os.replace(stage, database)
    except OSError as exc:
        for moved, journal in reversed(aside):
            try:
                os.replace(moved, journal)
            except OSError:
                log.error("could not put %s back as %s (it is kept in %s)", moved, journal, safety, exc_info=True)
        log.warning("restore of the damaged %s from %s failed", database, backup, exc_info=True)
        raise StoreError(message("store.restore.replace_failed", where=str(database), path=str(backup),
                                 why=os_error_text(exc), safety=str(safety))) from exc
    for leftover in [moved for moved, _ in aside] + [Path(str(database) + "-shm")]:
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            log.warning("could not remove %s", leftover, exc_info=True)
    try:
        _fsync_folder(database.parent)
    except OSError:
        log.warning("could not flush the folder of %s", database, exc_info=True)


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0
