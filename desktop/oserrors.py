"""Operating-system errors as one phrase in the UI's language, for messages that name a file.

`OSError.strerror` is in the system's language (English `Permission denied` on most PCs): a
Chinese sentence must not end in it. The phrases are the catalogue's `store.os.*`."""

from __future__ import annotations

import errno

from desktop.messages import message

# Windows error codes that say more than the errno they map to.
_WINERROR = {
    32: "in_use",
    33: "locked_part",
    5: "access_denied",
    112: "disk_full",
    3: "no_folder",
    2: "no_file",
}
_ERRNO = {
    errno.EACCES: "no_permission",
    errno.EPERM: "not_permitted",
    errno.ENOENT: "not_found",
    errno.ENOTDIR: "not_a_folder",
    errno.EISDIR: "is_a_folder",
    errno.EEXIST: "exists",
    errno.ENOSPC: "disk_full",
    errno.EROFS: "read_only",
    errno.EBUSY: "busy",
    errno.ENAMETOOLONG: "name_too_long",
    errno.EINVAL: "bad_name",
    errno.EIO: "io",
}


def os_error_text(exc: OSError) -> str:
    """`没有权限（…）` for a PermissionError; the Windows code first, then errno."""
    winerror = getattr(exc, "winerror", None)
    if winerror in _WINERROR:
        return str(message(f"store.os.{_WINERROR[winerror]}"))
    if exc.errno in _ERRNO:
        return str(message(f"store.os.{_ERRNO[exc.errno]}"))
    code = winerror or exc.errno
    return str(message("store.os.code", code=code) if code else message("store.os.other"))
