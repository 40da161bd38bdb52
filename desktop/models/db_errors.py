"""One Chinese sentence for a database that cannot be written: disk full, read-only, locked, broken.

SQLite says what went wrong in its error code (Python ≥ 3.11 exposes `sqlite_errorname`); the
message text is the fallback. OSError covers what fails before SQLite is reached (the instance
lock file in a read-only folder, a full disk while creating a file).
"""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

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


def is_database_error(exc: BaseException) -> bool:
    return isinstance(exc, (SQLAlchemyError, OSError))


def _nearly_full(where: str) -> bool:
    """A full disk often shows as an I/O error (SQLite cannot grow its -shm file): look at it."""
    folder = Path(where).parent
    try:
        return folder.is_dir() and shutil.disk_usage(folder).free < _NEARLY_FULL
    except OSError:
        return False


def describe_database_error(exc: BaseException, where: str, action: str = "导入") -> str:
    """The sentence for the officer: what happened to `where`, and that nothing was changed.

    `where` is the database file's path (or the URL of a server database).
    """
    kind = _kind(exc)
    if kind in ("io", "other") and _nearly_full(where):
        kind = "full"
    undone = f"本次{action}已全部撤销，数据库保持{action}前的样子"
    if kind == "full":
        return f"磁盘空间不足，无法写入数据库 {where}；{undone}。请腾出磁盘空间后重试。"
    if kind == "read_only":
        return (
            f"数据库 {where} 所在的文件夹或文件是只读的（或没有写入权限），无法写入；{undone}。"
            "请把数据库放到可以写入的文件夹，或去掉文件的只读属性后重试。"
        )
    if kind == "locked":
        return (
            f"数据库 {where} 正被另一个程序锁住（例如另一个窗口正在写入，或备份、同步、杀毒软件正在占用），"
            f"无法写入；{undone}。请稍后重试。"
        )
    if kind == "io":
        return f"读写磁盘时出错，无法写入数据库 {where}；{undone}。请检查磁盘或 U 盘是否仍然连接。"
    if kind == "broken":
        return f"数据库 {where} 已损坏，无法写入；{undone}。请从备份恢复。"
    detail = getattr(getattr(exc, "orig", None), "sqlite_errorname", None) or type(exc).__name__
    return f"写入数据库 {where} 时出错（{detail}）；{undone}。详细信息已记入日志。"


def opening_sentence(exc: BaseException, where: str) -> str:
    """Why a database could not be opened (nothing was changed by trying)."""
    kind = _kind(exc)
    if kind == "broken":
        return f"{where} 不是有效的数据库文件或已损坏，未作任何改动。"
    return describe_database_error(exc, where, "打开")
