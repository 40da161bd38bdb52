"""Backing up and restoring the database: one function per action, shared by the window and by
`perfdesk backup` / `perfdesk restore`.

Whole-file actions on the SQLite database (the backup API), not a Session: the copy is of the
file as of one moment, and a restore replaces the file under closed connections.
"""

from __future__ import annotations

from pathlib import Path

from desktop.models.backup import (
    BackupInfo,
    check_backup,
    copy_database,
    describe,
    is_kept_damaged,
    list_backups,
    restore,
)

__all__ = ["BackupInfo", "back_up", "backups", "check_backup", "is_kept_damaged", "restore_backup"]


def back_up(database: Path, target: Path) -> BackupInfo:
    """A verified copy of `database` at `target`, and what it holds (StoreError in Chinese)."""
    copy_database(database, target)
    return describe(target)


def backups(database: Path | None = None) -> list[BackupInfo]:
    """The automatic backups kept in the backup folder, newest first: those of `database` (by its
    file name, as they are named and pruned), or all of them. A restore from the list must not
    offer another database's backup as if it were this one's."""
    return list_backups(None if database is None else Path(database).stem)


def restore_backup(backup: Path, database: Path) -> Path | None:
    """Replace `database` with `backup` (checked first, StoreError in the officer's words); the
    backup of the data as it was before (None when there was no database yet). A damaged
    `database` is kept byte for byte instead (`is_kept_damaged` of the result: say so, with
    `store.restore.damaged_kept`). Connections must be closed first."""
    return restore(backup, database)
