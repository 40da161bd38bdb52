"""Which indicator of a corrected table is which indicator already kept.

Budget systems re-send corrected 目标表 all the time; the officer's year-end work (actuals,
weights, corrections, 偏差原因 …) hangs on the indicators already stored. An indicator is the same
one when it has the same 三级指标 name in the same project; failing that, the same 一级/二级 class at
the same position among the ones left over (a renamed indicator keeps its place).
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict, deque
from collections.abc import Sequence
from dataclasses import dataclass

_CODE = re.compile(r"^\d+[-－.、]?")


@dataclass(frozen=True)
class IndicatorKey:
    """What matching looks at: the name and the class as printed."""

    name: str | None
    level1: str | None = None
    level2: str | None = None


def normal_name(text: str | None) -> str:
    """Half-width, no spaces: 「满意度 ；」 and 「满意度;」 are one name. (str.split drops the
    characters \\s would, at a fifth of the regex's cost: a replace compares 40,000 names twice.)"""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def normal_level(text: str | None) -> str:
    """'22-社会效益指标', '社会效益' and '社会效益指标' are one class (DESIGN.md §2)."""
    text = _CODE.sub("", normal_name(text))
    return text.removesuffix("指标")


def match_indicators(old: Sequence[IndicatorKey], new: Sequence[IndicatorKey]) -> dict[int, int]:
    """{index in new: index in old} — each old indicator used at most once, in order."""
    by_name: dict[str, deque[int]] = defaultdict(deque)
    for i, key in enumerate(old):
        name = normal_name(key.name)
        if name:
            by_name[name].append(i)
    matched: dict[int, int] = {}
    used: set[int] = set()
    for j, key in enumerate(new):
        candidates = by_name.get(normal_name(key.name))
        if candidates:
            i = candidates.popleft()
            matched[j] = i
            used.add(i)

    def level(key: IndicatorKey) -> tuple[str, str]:
        return normal_level(key.level1), normal_level(key.level2)

    left_old: dict[tuple[str, str], deque[int]] = defaultdict(deque)
    for i, key in enumerate(old):
        if i not in used:
            left_old[level(key)].append(i)
    for j, key in enumerate(new):
        if j in matched:
            continue
        slot = left_old.get(level(key))
        if slot:
            matched[j] = slot.popleft()
    return matched
