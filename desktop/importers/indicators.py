"""Split a packed 绩效指标 cell into indicators.

Two formats (DESIGN.md §3), on text with whitespace already removed:
- coded: `1、1-产出指标；11-数量指标；名称；实施周期指标值:X；年度指标值:Y。2、…`
- plain: `1、产出指标：名称，年度指标值：Y。。2、…`
An item starts at `N、` followed by a level-1 class, so a value may itself hold 、，；and digits.
Numbering may restart inside one cell (the source system concatenated several groups).
"""

from __future__ import annotations

import re

from desktop.importers.model import Indicator

LEVEL1_WORDS = ("产出指标", "效益指标", "满意度指标", "成本指标")
_L1 = "|".join(LEVEL1_WORDS)
# The digits before 、 are matched loosely; _seq_from_digits picks the real number.
_ITEM_START = re.compile(rf"(\d+)、(?=(?:\d{{1,2}}[-－])?(?:{_L1}))")
_CODED_HEAD = re.compile(rf"^(\d{{1,2}})[-－]({_L1})[；;](?:(\d{{2,3}})[-－]([^；;]*)[；;])?")
_PLAIN_HEAD = re.compile(rf"^({_L1})[：:]?")
_CLOSERS = "。．."
_NAME_SEPARATORS = "；;，,。"


def looks_like_indicator_list(text: str) -> bool:
    m = _ITEM_START.search(text)
    return m is not None and m.start() == 0


def starts_fresh_list(text: str) -> bool:
    """True when a cell begins with item 1 (so it is not the tail of a cut-off list)."""
    m = _ITEM_START.match(text)
    return m is not None and m.group(1).endswith("1") and _seq_from_digits(m.group(1), None) == 1


def _seq_from_digits(digits: str, previous: int | None) -> int:
    """'992' after a value ending in '99' is item 2: take the suffix that continues or restarts."""
    if len(digits) == 1:
        return int(digits)
    wanted = [1] if previous is None else [previous + 1, 1]
    for target in wanted:  # continuing the numbering beats restarting it
        for k in range(1, len(digits) + 1):
            tail = digits[-k:]
            if tail[0] != "0" and int(tail) == target:
                return target
    return int(digits[-2:]) if digits[-2] != "0" else int(digits[-1])


_AFTER_MARK = re.compile(rf"(?:\d{{1,2}}[-－])?(?:{_L1})")
_DIGITS = frozenset("0123456789")


def _item_marks(text: str):
    """(body_start, digits) of each `N、<level-1 class>`; str.find is the fast path."""
    find, after = text.find, _AFTER_MARK.match
    pos = find("、")
    while pos != -1:
        j = pos
        while j > 0 and text[j - 1] in _DIGITS:
            j -= 1
        if j < pos and after(text, pos + 1):
            yield pos + 1, text[j:pos]
        pos = find("、", pos + 1)


def split_items(text: str) -> list[tuple[int, str]]:
    """(seq, body) for each item; text before the first item is ignored by the caller."""
    starts = []
    previous = None
    for body_start, digits in _item_marks(text):
        seq = _seq_from_digits(digits, previous)
        starts.append((body_start - 1 - len(str(seq)), body_start, seq))
        previous = seq
    items = []
    for i, (_, body_start, seq) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        items.append((seq, text[body_start:end]))
    return items


def leading_text(text: str) -> str:
    m = _ITEM_START.search(text)
    return text if m is None else text[: m.start()]


def _strip_closers(s: str) -> str:
    return s.rstrip(_CLOSERS)


def parse_item(seq: int, body: str) -> Indicator:
    coded = _CODED_HEAD.match(body)
    if coded:
        level1_code, level1, level2_code, level2 = coded.groups()
        rest = body[coded.end() :]
    else:
        plain = _PLAIN_HEAD.match(body)
        level1 = plain.group(1) if plain else None
        level1_code = level2_code = level2 = None
        rest = body[plain.end() :] if plain else body
    name, period, annual = _split_values(rest)
    return Indicator(
        seq=seq,
        level1=level1,
        level1_code=level1_code,
        level2=level2 or None,
        level2_code=level2_code,
        name=name,
        period_value=period,
        annual_value=annual,
    )


def _marker(rest: str, word: str) -> tuple[int, int] | None:
    """(start, end) of `word` with the separator before it and the colon after it."""
    at = rest.find(word)
    if at == -1:
        return None
    start = at - 1 if at > 0 and rest[at - 1] in _NAME_SEPARATORS else at
    end = at + len(word)
    if end < len(rest) and rest[end] in "：:":
        end += 1
    return start, end


def _split_values(rest: str) -> tuple[str, str | None, str | None]:
    """name, 实施周期指标值, 年度指标值 — the first marker of each kind ends the part before it."""
    annual_m = _marker(rest, "年度指标值")
    period_m = _marker(rest, "实施周期指标值")
    if period_m and annual_m and period_m[0] > annual_m[0]:
        period_m = None
    if period_m is None and annual_m is None:
        return _strip_closers(rest), None, None
    first = period_m or annual_m
    name = rest[: first[0]]
    period = annual = None
    if period_m and annual_m:
        period = rest[period_m[1] : annual_m[0]]
        annual = _strip_closers(rest[annual_m[1] :])
    elif period_m:
        period = _strip_closers(rest[period_m[1] :])
    else:
        annual = _strip_closers(rest[annual_m[1] :])
    return name.rstrip(_NAME_SEPARATORS), period, annual


def parse_indicators(text: str) -> list[Indicator]:
    """All indicators of one packed cell (text already cleaned of whitespace and tags)."""
    return [parse_item(seq, body) for seq, body in split_items(text)]
