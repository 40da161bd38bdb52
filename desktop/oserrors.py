"""Operating-system errors as one Chinese phrase, for messages that name a file.

`OSError.strerror` is in the system's language (English `Permission denied` on most PCs): a
Chinese sentence must not end in it."""

from __future__ import annotations

import errno

# Windows error codes that say more than the errno they map to.
_WINERROR = {
    32: "文件正被另一个程序使用（如 Excel 或 PDF 阅读器），请先关闭它",
    33: "文件的一部分被另一个程序锁定，请先关闭它",
    5: "没有权限（文件可能是只读的，或文件夹不允许写入）",
    112: "磁盘空间不足",
    3: "路径中的文件夹不存在",
    2: "文件不存在",
}
_ERRNO = {
    errno.EACCES: "没有权限（文件可能正被其他程序打开、是只读的，或文件夹不允许写入）",
    errno.EPERM: "没有权限",
    errno.ENOENT: "文件或文件夹不存在",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.EEXIST: "文件已存在",
    errno.ENOSPC: "磁盘空间不足",
    errno.EROFS: "磁盘是只读的",
    errno.EBUSY: "文件正被使用",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.EINVAL: "文件名无效",
    errno.EIO: "读写磁盘出错",
}


def os_error_text(exc: OSError) -> str:
    """`没有权限（…）` for a PermissionError; the Windows code first, then errno."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERROR:
        return _WINERROR[winerror]
    if exc.errno in _ERRNO:
        return _ERRNO[exc.errno]
    code = winerror or exc.errno
    return f"系统错误（代码 {code}）" if code else "系统错误"
