"""`perfdesk backup OUT` and `perfdesk restore [FILE]`: the database's backups from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    backup = subparsers.add_parser(
        "backup",
        parents=[common],
        help="把数据库备份到一个文件（程序开着时也可以）",
        description="通过 SQLite 的在线备份接口写出完整、一致的数据库副本，写完后校验。",
    )
    backup.add_argument("out", metavar="OUT", help="备份文件的路径，例如 D:\\备份\\perfdesk-2023.db")
    backup.set_defaults(func=run_backup)
    restore = subparsers.add_parser(
        "restore",
        parents=[common],
        help="从备份恢复数据库；不带文件时列出自动备份",
        description="先把当前数据库自动备份，再用所选备份替换它。须先关闭程序窗口。",
    )
    restore.add_argument("file", nargs="?", metavar="FILE", help="要恢复的备份文件")
    restore.set_defaults(func=run_restore)


def _sqlite_path(args) -> Path | None:
    from desktop.models.store import database_url, sqlite_file

    path = sqlite_file(database_url(getattr(args, "db", None)))
    if path is None:
        print("备份和恢复只适用于本机的 SQLite 数据库；共享数据库请由管理员用 pg_dump 备份。", file=sys.stderr)
    return path


def describe_line(info) -> str:
    years = "、".join(map(str, info.years)) or "无"
    why = f"，{info.reason_text}" if info.reason_text else ""
    if not info.readable:
        return f"{info.taken_at:%Y-%m-%d %H:%M:%S}  {info.path}（无法读取）"
    return (
        f"{info.taken_at:%Y-%m-%d %H:%M:%S}{why}  年度 {years}，{info.projects} 个项目，"
        f"{info.indicators} 条指标  {info.path}"
    )


def run_backup(args: argparse.Namespace) -> int:
    from desktop.models import StoreError
    from desktop.operations.backup import back_up

    path = _sqlite_path(args)
    if path is None:
        return 2
    if not path.exists():
        print(f"找不到数据库文件 {path}，没有可备份的内容。", file=sys.stderr)
        return 2
    out = Path(args.out).expanduser()
    if out.resolve() == path.resolve():
        print("备份文件不能就是数据库本身，请换一个路径。", file=sys.stderr)
        return 2
    try:
        info = back_up(path, out)
    except StoreError as exc:
        print(str(exc.args[0]), file=sys.stderr)
        return 3
    print(f"已备份并校验：{describe_line(info)}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from desktop.models import StoreError, open_store
    from desktop.operations.backup import backups as list_backups
    from desktop.operations.backup import check_backup, restore_backup

    path = _sqlite_path(args)
    if path is None:
        return 2
    if args.file is None:
        backups = list_backups()
        if not backups:
            print("备份文件夹中还没有自动备份。")
        for info in backups:
            print(describe_line(info))
        return 0
    try:
        info = check_backup(Path(args.file).expanduser())
        # Holding the instance lock: no window may have the database open while it is replaced.
        store = open_store(path, upgrade=False)
        try:
            store.engine.dispose()
            info, safety = restore_backup(info.path, path)
        finally:
            store.close()
        with open_store(path):  # a backup from an older version is brought up to date
            pass
    except StoreError as exc:
        print(str(exc.args[0]), file=sys.stderr)
        return 3
    print(f"已从备份恢复：{describe_line(info)}")
    if safety is not None:
        print(f"恢复前的数据已备份到 {safety}")
    return 0
