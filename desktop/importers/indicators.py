"""Split a packed 绩效指标 cell into indicators.

Two formats (DESIGN.md §3), on text with whitespace already removed:
- coded: `1、1-产出指标；11-数量指标；名称；实施周期指标值:X；年度指标值:Y。2、…`
- plain: `1、产出指标：名称，年度指标值：Y。。2、…`
An item starts at `N、` followed by a level-1 class, so a value may itself hold 、，；and digits.
Numbering may restart inside one cell (the source system concatenated several groups).
"""

from __future__ import annotations

import re

from desktop.importers.model import ImportedIndicator

LEVEL1_WORDS = ("产出指标", "效益指标", "满意度指标", "成本指标")
_L1 = "|".join(LEVEL1_WORDS)
# The digits before 、 are matched loosely; _seq_from_digits picks the real number.
_ITEM_START = re.compile(rf"(\d+)、(?=(?:\d{{1,2}}[-－])?(?:{_L1}))")
_CLOSERS = "。．"
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
        for k in range(1, min(len(digits), 6) + 1):  # no item number has 7 digits: keeps this linear
            tail = digits[-k:]
            if tail[0] != "0" and int(tail) == target:
                return target
    return int(digits[-2:]) if digits[-2] != "0" else int(digits[-1])


_MARK = re.compile(rf"、(?=(?:\d{{1,2}}[-－])?(?:{_L1}))")  # the 、 of an item, digits before it not yet checked
_DIGIT_STRING = "0123456789"
_DIGITS = frozenset(_DIGIT_STRING)


def leading_text(text: str) -> str:
    m = _ITEM_START.search(text)
    return text if m is None else text[: m.start()]


_CODED = re.compile(rf"(\d{{1,2}})[-－]({_L1})[；;](?:(\d{{2,3}})[-－]([^；;]*)[；;])?")
_PLAIN = re.compile(rf"({_L1})[：:]?")


def _up_to(marker: str, without: str = "") -> str:
    """A group of everything before `marker`'s first occurrence, as str.find finds it: runs without
    its first character taken whole (a tight loop in C), that character alone only where the
    marker does not follow; a lazy `.*?` would try the marker at every character instead. With
    `without`, the group may not hold that word either (the match fails instead)."""
    heads = [(re.escape(w[0]), re.escape(w[1:])) for w in (marker, without) if w]
    run = "".join(h for h, _ in heads)
    alone = "|".join(f"{h}(?!{r})" for h, r in heads)
    return rf"((?:[^{run}]++|{alone})*+){re.escape(marker)}"


_ANNUAL, _PERIOD = "年度指标值", "实施周期指标值"
_ANNUAL_LEN, _PERIOD_LEN = len(_ANNUAL), len(_PERIOD)
# The usual coded item whole, in one match: classes, name, 实施周期指标值 then 年度指标值, each
# group ending at its marker's first occurrence, as str.find does below; a name holding
# 年度指标值 (the annual value comes first) does not match: the general path reads it.
_CODED_BOTH = re.compile(
    _CODED.pattern + _up_to(_PERIOD, without=_ANNUAL) + "[：:]?" + _up_to(_ANNUAL) + "[：:]?(.*)", re.DOTALL)


def parse_indicators(text: str) -> list[ImportedIndicator]:
    """All indicators of one packed cell (text already cleaned of whitespace and tags).

    An item's name ends at the first 实施周期指标值 or 年度指标值 (with the separator before
    it); the period value ends at the 年度指标值 marker; the closing 。 are stripped from the last
    value. The usual cell is read by `_usual_items`; any other by `_any_items`, which gives the
    same result on the usual cell (a property test holds the two together).
    """
    items = _usual_items(text)
    return _any_items(text) if items is None else items


_split_at_marks = _MARK.split


def _usual_items(text: str) -> list[ImportedIndicator] | None:
    """The cell as the budget system writes it, or None: every item numbered in order (its `N`
    exactly the digits before its 、, none taken from a value ending in digits) and coded with
    both values. Split in C at each 、 of an item and matched a piece at a time, it costs two
    thirds of `_any_items` (a department workbook has 40,000 items)."""
    pieces = _split_at_marks(text)  # lead + N₁ | item₁ + N₂ | … | itemₖ
    if len(pieces) < 2:
        return None
    lead = pieces[0]
    body = lead.rstrip(_DIGIT_STRING)
    digits = lead[len(body) :]
    out: list[ImportedIndicator] = []
    append, match, seps, closers = out.append, _CODED_BOTH.match, _NAME_SEPARATORS, _CLOSERS
    last = len(pieces) - 1
    seq = None
    for k in range(1, last + 1):
        if not digits:  # a 、 with no number before it does not start an item
            return None
        if len(digits) == 1:
            seq = int(digits)
        else:
            seq = _seq_from_digits(digits, seq)
            if len(str(seq)) != len(digits):  # some digits end the value before
                return None
        piece = pieces[k]
        if k < last:
            body = piece.rstrip(_DIGIT_STRING)
            digits = piece[len(body) :]
        else:
            body = piece
        m = match(body)
        if m is None:
            return None
        level1_code, level1, level2_code, level2, name, period, annual = m.groups()
        if period and period[-1] in seps:
            period = period[:-1]
        append(
            ImportedIndicator(
                seq, level1, level1_code, level2 or None, level2_code, name.rstrip(seps), period,
                annual.rstrip(closers),
            )
        )
    return out


def _any_items(text: str) -> list[ImportedIndicator]:
    """parse_indicators for any cell. Works on positions in the one string (no substring per
    item), each item's end found from the next item's number."""
    # where each item starts (after its 、), its number, and where the one before it ends: before
    # this one's `N、`, N as read (a value may end in digits)
    starts, seqs, ends, previous = [], [], [], None
    find, digit_chars = text.find, _DIGITS
    for mark in _MARK.finditer(text):  # each `N、<level-1 class>`; a value's own 、 is skipped in C
        pos = j = mark.start()
        while j > 0 and text[j - 1] in digit_chars:
            j -= 1
        if j < pos:
            digits = text[j:pos]
            previous = int(digits) if len(digits) == 1 else _seq_from_digits(digits, previous)
            if starts:
                ends.append(pos - (1 if previous < 10 else len(str(previous))))
            starts.append(pos + 1)
            seqs.append(previous)
    ends.append(len(text))
    out = []
    append, both, coded, plain = out.append, _CODED_BOTH.match, _CODED.match, _PLAIN.match
    seps, closers, colons = _NAME_SEPARATORS, _CLOSERS, "：:"
    count = len(starts)
    for k in range(count):
        start, end = starts[k], ends[k]
        m = both(text, start, end)
        if m is not None:
            level1_code, level1, level2_code, level2, name, period, annual = m.groups()
            if period and period[-1] in seps:
                period = period[:-1]
            append(
                ImportedIndicator(
                    seqs[k], level1, level1_code, level2 or None, level2_code, name.rstrip(seps), period,
                    annual.rstrip(closers),
                )
            )
            continue
        m = coded(text, start, end)
        if m:
            level1_code, level1, level2_code, level2 = m.groups()
            rest = m.end()
        else:
            m = plain(text, start, end)
            level1 = m.group(1) if m else None
            level1_code = level2_code = level2 = None
            rest = m.end() if m else start
        annual_at = find(_ANNUAL, rest, end)
        period_at = find(_PERIOD, rest, end)
        if period_at != -1 and annual_at != -1 and period_at > annual_at:
            period_at = -1  # a 实施周期 word inside the annual value
        period = annual = None
        if period_at == -1 and annual_at == -1:
            name = text[rest:end].rstrip(closers)
        else:
            first = period_at if period_at != -1 else annual_at
            name_end = first - 1 if first > rest and text[first - 1] in seps else first
            name = text[rest:name_end].rstrip(seps)
            if annual_at != -1:
                value_at = annual_at + _ANNUAL_LEN  # then the colon that may follow
                if value_at < end and text[value_at] in colons:
                    value_at += 1
                annual = text[value_at:end].rstrip(closers)
            if period_at != -1:
                period_start = period_at + _PERIOD_LEN
                if period_start < end and text[period_start] in colons:
                    period_start += 1
                if annual_at == -1:
                    period = text[period_start:end].rstrip(closers)
                else:
                    before = annual_at - 1
                    period = text[
                        period_start : before
                        if text[before] in seps and before >= period_start
                        else annual_at
                    ]
        append(ImportedIndicator(seqs[k], level1, level1_code, level2 or None, level2_code, name, period, annual))
    return out
