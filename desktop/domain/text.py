"""Small wording helpers for messages."""

from __future__ import annotations

_OPEN, _CLOSE = "“「『\"", "”」』\""


def quoted(name: str) -> str:
    """A name in “…”, unless it already carries its own quotes: “科创中国”项目 stays as it is."""
    name = (name or "").strip()
    if name[:1] in _OPEN and any(ch in name for ch in _CLOSE):
        return name
    return f"“{name}”"
