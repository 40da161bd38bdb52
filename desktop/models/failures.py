"""One Chinese sentence for the OS and database errors that reach the officer from the store."""

from __future__ import annotations

import errno
from pathlib import Path


def failure_sentence(exc: BaseException, where: Path | str) -> str:
    """Disk full, no permission, locked, not a database: what happened to `where`, in one sentence."""
    code = getattr(exc, "errno", None)
    text = str(getattr(exc, "orig", None) or exc).lower()
    if code == errno.ENOSPC or "database or disk is full" in text or "no space" in text:
        return f"磁盘空间不足，无法写入 {where}。"
    if code in (errno.EACCES, errno.EPERM, errno.EROFS) or "readonly" in text or "read-only" in text:
        return f"没有写入 {where} 的权限（文件夹只读或被保护）。"
    if "locked" in text or "busy" in text:
        return f"{where} 正被其他程序占用，请稍后再试。"
    if "not a database" in text or "malformed" in text or "file is encrypted" in text:
        return f"{where} 不是有效的数据库文件或已损坏。"
    if "unable to open" in text:
        return f"无法打开 {where}（文件夹不存在或没有权限）。"
    return f"无法读写 {where}。"
