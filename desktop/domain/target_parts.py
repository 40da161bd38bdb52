"""Cutting a composite target text into its parts (the 拆分 dialog's first suggestion)."""

from __future__ import annotations

import re

_PART_MARKER = re.compile(r"(?:^|(?<=[。；;\n]))\s*(?:\(?\d{1,2}[.、)）]|[①-⑳])")


def suggest_split(text: str | None) -> list[str]:
    """A composite target text cut where it is numbered (1. 2、 ①) or at 。；/ line breaks."""
    text = (text or "").strip()
    if not text:
        return []
    parts = [p for p in _PART_MARKER.split(text) if p and p.strip()]
    if len(parts) <= 1:
        parts = re.split(r"[。；;\n]+", text)
    return [p.strip(" 。；;，,\n") for p in parts if p.strip(" 。；;，,\n")]

