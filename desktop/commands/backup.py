"""`perfdesk backup OUT` and `perfdesk restore [FILE]`: the database's backups from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.messages import message


def register(subparsers, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup",
        parents=[common],
        help=str(message("commands.backup.help")),
        description=str(message("commands.backup.description")),
    )
    backup.add_argument("out", metavar="OUT", help=str(message("commands.backup.out_help")))
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore",
        parents=[common],
        help=str(message("commands.restore.help")),
        description=str(message("commands.restore.description")),
    )
    restore.add_argument("file", nargs="?", metavar="FILE", help=str(message("commands.restore.file_help")))
    restore.set_defaults(func=run_restore)


def _sqlite_path(args) -> Path | None:
    from desktop.models.store import database_url, sqlite_file

    path = sqlite_file(database_url(getattr(args, "db", None)))
    if path is None:
        print(message("commands.backup.sqlite_only"), file=sys.stderr)
    return path


def describe_line(info) -> str:
    taken = f"{info.taken_at:%Y-%m-%d %H:%M:%S}"
    if not info.readable:  # (a damaged store's kept files say what they are)
        if info.reason_text:
            return str(message("commands.backup.unreadable_why", taken=taken, why=info.reason_text, path=str(info.path)))
        return str(message("commands.backup.unreadable", taken=taken, path=str(info.path)))
    years = "、".join(map(str, info.years)) or message("commands.backup.no_years")
    code = "commands.backup.line_why" if info.reason_text else "commands.backup.line"
    return str(message(code, taken=taken, why=info.reason_text or "", years=years, projects=info.projects,
                       indicators=info.indicators, path=str(info.path)))


def run_backup(args: argparse.Namespace) -> int:
    from desktop.models import StoreError
    from desktop.operations.backup import back_up

    path = _sqlite_path(args)
    if path is None:
        return 2
    if not path.exists():
        print(message("commands.backup.no_database", path=str(path)), file=sys.stderr)
        return 2
    out = Path(args.out).expanduser()
    if out.resolve() == path.resolve():
        print(message("commands.backup.same_file"), file=sys.stderr)
        return 2
    try:
        info = back_up(path, out)
    except StoreError as exc:
        print(str(exc.args[0]), file=sys.stderr)
        return 3
    print(message("commands.backup.done", line=describe_line(info)))
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.models import StoreError, open_store
    from desktop.operations.backup import backups as list_backups
    from desktop.operations.backup import check_backup, is_kept_damaged, restore_backup

    path = _sqlite_path(args)
    if path is None:
        return 2
    if args.file is None:
        backups = list_backups(path)
        if not backups:
            print(message("commands.restore.no_backups"))
        for info in backups:
            print(describe_line(info))
        return 0
    try:
        info = check_backup(Path(args.file).expanduser())
        # Holding the instance lock: no window may have the database open while it is replaced.
        store = open_store(path, upgrade=False)
        try:
            store.engine.dispose()
            safety = restore_backup(info.path, path)
        finally:
            store.close()
        with open_store(path):  # opens as the window will (an older backup was migrated on its checked copy)
            pass
    except StoreError as exc:
        print(str(exc.args[0]), file=sys.stderr)
        return 3
    print(message("commands.restore.done", line=describe_line(info)))
    if is_kept_damaged(safety):  # the damaged store's own files, kept as they were
        print(message("store.restore.damaged_kept", where=str(path), safety=str(safety)))
    elif safety is not None:
        print(message("commands.restore.safety", path=str(safety)))
    return 0
