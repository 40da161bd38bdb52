"""Target values (年度指标值) and actuals (实际完成值): text → sign, value, unit, direction.

DESIGN §4. The parse is a suggestion shown beside the text: any field can be overridden
(`parse_target(text, sign=…, value=…, unit=…)` or `override(parsed, …)`), and text that cannot
be read is 定性 (qualitative), never an error.

Rules, in the order they are applied:
- clean the text: HTML, full-width forms (NFKC), spaces, thousands separators, list markers
  (1. 2. ①), formula notes in brackets ("(投诉率=投诉次数÷…×100%)"), 《titles》, years (2022年);
- find the quantities: a number (or a range 3-5, or 一/两/三 before a unit), 万/亿, a unit;
- none → 定性; one → that one; several → composite, unless they share one clause and exactly
  one carries a comparison word (支持3档国际学术会议≥18场 → ≥18场);
- the sign comes from the words around the number (不少于 / 以上 / 超过 / 内 / 约 …);
  bare numbers are ≥, bare 0 is "= 0", and bare durations of responses/completion are ≤.
"""

from __future__ import annotations

import html
import logging
import re
import unicodedata
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache

from desktop.domain.numbers import decimal_or_none, round_half_up

log = logging.getLogger(__name__)

NUMBER = "number"
QUALITATIVE = "定性"
COMPOSITE = "composite"

GE, GT, EQ, LT, LE, APPROX = "≥", ">", "=", "<", "≤", "≈"
SIGNS = (GE, GT, EQ, LT, LE, APPROX)
LOWER_SIGNS = (LT, LE)

MULTIPLIERS = {"万": Decimal(10_000), "亿": Decimal(100_000_000)}

# Unit spellings → normalised unit. Longest spellings are tried first.
_UNIT_ALIASES = {
    "秒": "s",
    "秒钟": "s",
    "s": "s",
    "S": "s",
    "平米": "平方米",
    "m2": "平方米",
    "平方米": "平方米",
    "分钟": "分钟",
    "min": "分钟",
    "小时": "小时",
    "h": "小时",
    "个工作日": "工作日",
    "工作日": "工作日",
    "人/年": "人",
}
_UNITS = sorted(
    {
        "人次",
        "人天",
        "人时",
        "人课时",
        "课时",
        "学时",
        "场次",
        "趟次",
        "篇次",
        "字段",
        "个月",
        "人",
        "次",
        "场",
        "个",
        "家",
        "项",
        "件",
        "篇",
        "名",
        "本",
        "册",
        "部",
        "期",
        "条",
        "类",
        "种",
        "份",
        "台",
        "门",
        "套",
        "间",
        "支",
        "张",
        "卷",
        "页",
        "幅",
        "班",
        "天",
        "日",
        "年",
        "月",
        "周",
        "元",
        "位",
        "所",
        "批",
        "辆",
        "座",
        "处",
        "节",
        "档",
        "届",
        "组",
        "户",
        "亩",
        "公里",
        "米",
        "吨",
        "岁",
        "倍",
        "分",
        "%",
        "‰",
        *_UNIT_ALIASES,
    },
    key=len,
    reverse=True,
)
_UNIT_RE = "|".join(re.escape(u) for u in _UNITS)
TIME_UNITS = frozenset({"s", "分钟", "小时", "天", "日", "工作日", "周", "个月", "月", "年"})
# Units that qualify a noun rather than state the target (32岁以下科技人才…70人).
# 3档国际学术会议18场: 档 names tiers of meetings, not a count to reach.
_QUALIFIER_UNITS = frozenset({"岁", "档"})

# Units that count the same thing and may be compared (20次 vs 超40场).
_UNIT_FAMILIES = (
    frozenset({"次", "场", "场次", "期", "篇次"}),
    frozenset({"人", "人次", "名", "位"}),
    frozenset({"个", "家", "项", "件"}),
)

_NUM = r"\d+(?:\.\d+)?"
_QUANTITY_RE = re.compile(
    rf"(?P<neg>[-−])?(?P<num>{_NUM})(?:\s*(?:[-~～至到])\s*(?P<hi>{_NUM}))?"
    rf"(?P<mult>[万亿])?(?P<more>余|多)?"
    rf"(?:\((?P<punit>[^()]{{1,6}})\)|(?P<unit>{_UNIT_RE}))?"
)
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = "小时|个月|分钟|天|周|次|场|个|家|项|篇|份|名|位|人|期|门|台|套|本|部"
_CN_QUANTITY_RE = re.compile(rf"(?<!第)(?P<cn>[一二两三四五六七八九十]{{1,3}})(?P<unit>{_CN_UNITS})(?!性)")

# Comparison words before the number (checked longest first) and after it.
_PREFIX_SIGNS = [
    ("大于或等于", GE),
    ("大于等于", GE),
    ("不少于", GE),
    ("不低于", GE),
    ("不小于", GE),
    ("不得少于", GE),
    ("至少", GE),
    ("最少", GE),
    ("≥", GE),
    (">=", GE),
    ("小于或等于", LE),
    ("小于等于", LE),
    ("不超过", LE),
    ("不高于", LE),
    ("不多于", LE),
    ("不大于", LE),
    ("最多", LE),
    ("控制在", LE),
    ("≤", LE),
    ("<=", LE),
    ("超过", GT),
    ("高于", GT),
    ("大于", GT),
    ("多于", GT),
    ("超出", GT),
    ("超", GT),
    (">", GT),
    ("低于", LT),
    ("少于", LT),
    ("小于", LT),
    ("<", LT),
    ("大约", APPROX),
    ("约", APPROX),
    ("接近", APPROX),
    ("近", APPROX),
    ("≈", APPROX),
    ("=", EQ),
    ("等于", EQ),
]
_FILLER_RE = re.compile(r"(?:达到|达|为|在|共|计|合计|累计|预计|分别|每年|全年|年均)+$")
_SUFFIX_SIGNS = [
    ("及以上", GE),
    ("或以上", GE),
    ("以上", GE),
    ("+", GE),
    ("及以下", LE),
    ("以下", LE),
    ("以内", LE),
    ("之内", LE),
    ("内", LE),
    ("左右", APPROX),
]
# A bare duration is a ceiling when it times a response or a completion (应急响应时间10分钟, 2年完工).
_DEADLINE_WORDS = re.compile(r"响应|回复|时间|时限|完成|完工|处理|到场|到位")
# A bare number counting bad events is a ceiling (投诉率3%).
_BAD_WORDS = re.compile(r"事故|故障|投诉|损失|差错|中断|失误|违规|违纪|超支")
_GOOD_HANDLING = re.compile(r"处理率|解决率|修复率|办结率|响应率|整改率|排除率|完成率")

_SEPARATORS = "，,；;。、:/\n"
_CIRCLED = {chr(0x2460 + i): ";" for i in range(20)}  # ①…⑳ are list markers (NFKC would make them digits)


@dataclass(frozen=True, slots=True)
class TargetValue:
    """One parsed target or actual. `value` is in base units (1500万人次 → 15000000, 人次)."""

    kind: str = QUALITATIVE  # NUMBER | QUALITATIVE | COMPOSITE
    sign: str | None = None
    value: Decimal | None = None
    unit: str = ""
    higher_is_better: bool = True
    multiplier: Decimal = Decimal(1)  # 万/亿 as written, for display (15000000 → 1500万)
    explicit_sign: bool = False  # a comparison word was written (bare "100%" → False)
    parts: tuple[TargetValue, ...] = ()  # the quantities of a composite text
    text: str = ""

    @property
    def is_number(self) -> bool:
        return self.kind == NUMBER and self.value is not None

    @property
    def direction(self) -> str:
        return "higher" if self.higher_is_better else "lower"

    def display(self) -> str:
        """'≥1500万人次', '定性', 'composite(3)'."""
        if self.kind == COMPOSITE:
            return f"{COMPOSITE}({len(self.parts)})"
        if not self.is_number:
            return QUALITATIVE
        shown = self.value / self.multiplier
        shown = round_half_up(shown, 0) if shown == shown.to_integral_value() else shown.normalize()
        mult = next((k for k, v in MULTIPLIERS.items() if v == self.multiplier), "")
        return f"{self.sign}{shown}{mult}{self.unit}"


def parse_target(
    text: str | None,
    *,
    sign: str | None = None,
    value=None,
    unit: str | None = None,
    qualitative: bool | None = None,
    higher_is_better: bool | None = None,
    name: str = "",
) -> TargetValue:
    """Parse a target (or actual) text; keyword arguments override the parsed fields.

    `name` is the indicator's name, used as context only: a unit it states in brackets
    (正常运行率(%) + "99" → 99%) and words that make a bare number a ceiling (事故发生率 + "3%").
    """
    try:
        parsed = _parse(text or "", name or "")
    except Exception:  # the contract is "never an error": log it and fall back to 定性
        log.exception("target parse failed: %r", text)
        parsed = TargetValue(text=text or "")
    return override(
        parsed, sign=sign, value=value, unit=unit, qualitative=qualitative, higher_is_better=higher_is_better
    )


parse_actual = parse_target


def override(
    parsed: TargetValue,
    *,
    sign: str | None = None,
    value=None,
    unit: str | None = None,
    qualitative: bool | None = None,
    higher_is_better: bool | None = None,
) -> TargetValue:
    """Apply the officer's corrections on top of a parse. Direction follows the sign unless set."""
    if qualitative:
        return replace(parsed, kind=QUALITATIVE, sign=None, value=None, unit="", parts=())
    if sign is None and value is None and unit is None and higher_is_better is None:
        return parsed
    if sign is not None and sign not in SIGNS:
        raise ValueError(f"unknown sign {sign!r}; expected one of {SIGNS}")
    new_value = parsed.value if value is None else decimal_or_none(value)
    if new_value is None:
        return parsed if higher_is_better is None else replace(parsed, higher_is_better=higher_is_better)
    new_sign = sign or parsed.sign or GE
    multiplier = parsed.multiplier if value is None else Decimal(1)
    result = TargetValue(
        kind=NUMBER,
        sign=new_sign,
        value=new_value,
        unit=parsed.unit if unit is None else normalise_unit(unit),
        multiplier=multiplier,
        explicit_sign=parsed.explicit_sign or sign is not None,
        text=parsed.text,
    )
    lower = _lower_is_better(result.sign, result.value) if sign is not None else not parsed.higher_is_better
    if parsed.kind != NUMBER and sign is None:
        lower = _lower_is_better(result.sign, result.value)
    if higher_is_better is not None:
        lower = not higher_is_better
    return replace(result, higher_is_better=not lower)


@lru_cache(maxsize=1024)
def normalise_unit(unit: str) -> str:
    unit = unicodedata.normalize("NFKC", unit or "").strip()
    for suffix in ("/年", "/月"):
        if unit.endswith(suffix) and len(unit) > len(suffix):
            unit = unit[: -len(suffix)]
    return _UNIT_ALIASES.get(unit, unit)


def units_comparable(a: str, b: str) -> bool:
    """Can a target in unit `a` be compared with an actual in unit `b`? A blank unit fits any."""
    if not a or not b or a == b:
        return True
    if "%" in (a, b):
        return False
    return any(a in family and b in family for family in _UNIT_FAMILIES)


def units_incompatible(a: str, b: str) -> bool:
    """A percentage against a count: the ratio would mean nothing."""
    return a != b and bool(a) and bool(b) and (a == "%" or b == "%")


# --- internals ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Quantity:
    start: int
    end: int
    value: Decimal
    unit: str
    multiplier: Decimal
    sign: str | None  # written sign, None when bare
    ranged_sign: str | None  # the sign a range implies when no word is written
    clause: int = 0


_TAG_RE = re.compile(r"<[^>]*>")
_SPACE_RE = re.compile(r"\s+")
_THOUSANDS_RE = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # 60,826.91
# ═ (a box-drawing character) and ﹦ (NFKC makes it "=") print "=" in real tables; ≧ ≦ are ≥ ≤.
_DASHES = str.maketrans({"≧": "≥", "≦": "≤", "═": "=", "〓": "=", "—": "-", "–": "-", "~": "-"})
_CIRCLED_TABLE = str.maketrans(_CIRCLED)
_NOISE_RES = (
    re.compile(r"\([^()]*[=÷×][^()]*\)"),  # (活动投诉率=投诉次数÷…)
    re.compile(r"\((?:其中|含|包括)[^()]*\)"),  # (其中技术需求项目161个…)
    re.compile(r"×100%"),
    re.compile(r"《[^》]*》"),
    re.compile(r"(?:19|20)\d{2}(?:-(?:19|20)\d{2})?(?:年度|年底|年末|年初|年)"),
    # list markers: "1." "2、" "(1)" "1)" at the start of a clause
    re.compile(rf"(?:^|(?<=[{_SEPARATORS}]))\(?\d{{1,2}}[.、)](?!\d)"),
)
_QUOTED_END_RE = re.compile(r"“[^“”]*”$")
_HAS_NUMBER_RE = re.compile(r"[\d一二两三四五六七八九十¹²³⁰-⁹₀-₉]")


def clean_text(text: str) -> str:
    """The text as the parser sees it (also useful to show why a parse came out as it did)."""
    if "<" in text:
        text = _TAG_RE.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    text = unicodedata.normalize("NFKC", text.translate(_CIRCLED_TABLE)).translate(_DASHES)
    text = _SPACE_RE.sub("", text)
    if "," in text:
        text = _THOUSANDS_RE.sub("", text)
    return text


def _blank(match: re.Match) -> str:
    return "　" * len(match.group(0))  # ideographic space: not a digit, not a separator


def _strip_noise(text: str) -> str:
    """Blank out what holds digits but is not a target, keeping positions (same length)."""
    for pattern in _NOISE_RES:
        text = pattern.sub(_blank, text)
    return text


def _prefix_sign(text: str, start: int) -> str | None:
    before = text[max(0, start - 12) : start].rstrip("　")
    if before.endswith("”"):
        before = _QUOTED_END_RE.sub("", before)  # 高于“十三五”17.4%
    before = _FILLER_RE.sub("", before)
    # longest word wins, as in the table order (不少于 before 少于)
    for word, sign in _PREFIX_SIGNS:
        if before.endswith(word):
            return sign
    return None


def _unit_before_sign(text: str, start: int) -> str:
    before = text[max(0, start - 12) : start]
    for word, _sign in _PREFIX_SIGNS:
        if before.endswith(word):
            m = re.search(rf"(?:{_UNIT_RE})(?:/[年月])?$", before[: -len(word)])
            return normalise_unit(m.group(0)) if m and len(m.group(0)) > 1 else ""
    return ""


def _suffix_sign(text: str, end: int) -> str | None:
    after = text[end : end + 4]
    for word, sign in _SUFFIX_SIGNS:
        if after.startswith(word):
            return sign
    return None


def _find_quantities(text: str) -> list[_Quantity]:
    found: list[_Quantity] = []
    for m in _QUANTITY_RE.finditer(text):
        start, end = m.start(), m.end()
        negative = bool(m.group("neg")) and not (start > 0 and text[start - 1].isdigit())
        if m.group("neg") and not negative:
            start += 1
        if start > 0 and text[start - 1].isascii() and text[start - 1].isalpha():
            continue  # G20, IT2: codes glued to letters are not quantities
        low = Decimal(m.group("num"))
        high = Decimal(m.group("hi")) if m.group("hi") else None
        if negative:
            low = -low
        unit = m.group("unit") or ""
        punit = m.group("punit")
        if punit is not None:
            if re.fullmatch(rf"(?:{_UNIT_RE})(?:/[年月天人])?", punit):
                unit = punit
            else:
                end = m.start("punit") - 1  # a bracket that is not a unit ends the quantity
        mult = MULTIPLIERS.get(m.group("mult") or "", Decimal(1))
        unit = normalise_unit(unit)
        sign = _prefix_sign(text, start) or _suffix_sign(text, end)
        if m.group("more"):  # 1000余次, 70多场
            sign = sign or GE
        if not unit and sign:
            unit = _unit_before_sign(text, start)  # 人课时/年≥24000
        value, ranged_sign = low, None
        if high is not None:  # 3-5天内 → ≤5; 1-2名 → ≥1
            lower = sign in LOWER_SIGNS or unit in TIME_UNITS
            value, ranged_sign = (high, LE) if lower else (low, GE)
        if mult != 1 and not unit and _is_money(text, mult):
            unit = "元"
        found.append(_Quantity(start, end, value * mult, unit, mult, sign, ranged_sign))
    for m in _CN_QUANTITY_RE.finditer(text):
        value = _cn_number(m.group("cn"))
        if value is None:
            continue
        unit = normalise_unit(m.group("unit"))
        sign = _prefix_sign(text, m.start()) or _suffix_sign(text, m.end())
        found.append(_Quantity(m.start(), m.end(), Decimal(value), unit, Decimal(1), sign, None))
    found.sort(key=lambda q: q.start)
    return [q for q in found if q.unit not in _QUALIFIER_UNITS]


def _is_money(text: str, mult: Decimal) -> bool:
    """万/亿 with no unit: money when the text speaks of money, or a bare 亿 (96.6亿)."""
    if re.search(r"金额|资金|经费|交易额|投资|收入|产值|效益|元", text):
        return True
    return mult == MULTIPLIERS["亿"] and not re.search(r"量|人|次|数", text)


def _cn_number(cn: str) -> int | None:
    if cn == "十":
        return 10
    if "十" in cn:
        tens, _, ones = cn.partition("十")
        t = _CN_DIGITS.get(tens, 1) if tens else 1
        o = _CN_DIGITS.get(ones, 0) if ones else 0
        return t * 10 + o if (not tens or tens in _CN_DIGITS) and (not ones or ones in _CN_DIGITS) else None
    return _CN_DIGITS.get(cn) if len(cn) == 1 else None


def _lower_is_better(sign: str | None, value: Decimal | None) -> bool:
    return sign in LOWER_SIGNS or (sign == EQ and value == 0)


def _to_value(q: _Quantity, text: str) -> TargetValue:
    sign = q.sign or q.ranged_sign
    explicit = q.sign is not None
    if sign is None:
        if q.value == 0:
            sign = EQ
        elif (q.unit in TIME_UNITS and _DEADLINE_WORDS.search(text)) or (
            _BAD_WORDS.search(text) and not _GOOD_HANDLING.search(text)
        ):
            sign = LE
        else:
            sign = GE
    return TargetValue(
        kind=NUMBER,
        sign=sign,
        value=q.value,
        unit=q.unit,
        higher_is_better=not _lower_is_better(sign, q.value),
        multiplier=q.multiplier,
        explicit_sign=explicit,
        text=text,
    )


def _parse(raw: str, name: str = "") -> TargetValue:
    if not _HAS_NUMBER_RE.search(raw):
        return TargetValue(text=raw)  # no digit and no 一/两/三…: 定性 without further work
    text = clean_text(raw)
    scan = _strip_noise(text)
    quantities = _find_quantities(scan)
    if not quantities:
        return TargetValue(text=raw)
    name = clean_text(name)
    name_unit = re.search(rf"\((?P<u>{_UNIT_RE})\)$", name)
    for q in quantities:
        if not q.unit and name_unit:
            q.unit = normalise_unit(name_unit.group("u"))
    scan_with_name = f"{name}:{scan}" if name else scan
    if len(quantities) > 1:
        boundaries = [i for i, ch in enumerate(scan) if ch in _SEPARATORS]
        for q in quantities:
            q.clause = sum(1 for b in boundaries if b < q.start)
    if len(quantities) == 1:
        return replace(_to_value(quantities[0], scan_with_name), text=raw)
    first = quantities[0]
    if scan[: first.start].strip("　") == "" and scan[first.end : first.end + 1] == ":":
        return replace(
            _to_value(first, scan_with_name), text=raw
        )  # "10份: 2021年新建立10家…" headline figure
    signed = [q for q in quantities if q.sign is not None]
    if len({q.clause for q in quantities}) == 1 and len(signed) == 1:
        return replace(_to_value(signed[0], scan_with_name), text=raw)
    parts = tuple(replace(_to_value(q, scan_with_name), text="") for q in quantities)
    return TargetValue(kind=COMPOSITE, parts=parts, text=raw)


_DIRECTIONS = {"正向": True, "正向指标": True, "越大越好": True, "反向": False, "反向指标": False, "越小越好": False}


def direction_of(text: str | None) -> bool | None:
    """指标方向性 as printed (正向 / 反向) → higher_is_better, None when blank or unknown."""
    return _DIRECTIONS.get(clean_text(text or ""))


def compose_target(operator, value, unit) -> str:
    """The target text of a row that prints operator, value and unit in their own columns
    ("≥" | 95 | "%" → "≥95%"); floats from a workbook lose their binary tails (0.1 stays 0.1)."""
    parts = []
    for part in (operator, value, unit):
        if part is None:
            continue
        if isinstance(part, float):
            part = format(Decimal(repr(part)).normalize(), "f")
        parts.append(str(part).strip())
    return "".join(parts)


def parse_columns(
    operator, value, unit, direction: str | None = None, name: str = ""
) -> TargetValue:
    """A target from separate 运算符 / 指标值 / 度量单位 / 指标方向性 columns.

    The columns are composed into one text and parsed like any target, so every spelling of the
    operator (≧ ═ ＞＝ …) is read the same way; 反向 with no operator makes the number a ceiling (≤).
    """
    text = compose_target(operator, value, unit)
    parsed = parse_target(text, name=name)
    higher = direction_of(direction)
    if higher is None or not parsed.is_number:
        return parsed
    if not parsed.explicit_sign and not higher:
        return override(parsed, sign=LE)
    return override(parsed, higher_is_better=higher)


def parse_cached(text: str, name: str = "") -> TargetValue:
    """`parse_target` for stored texts: many indicators share them (100%, ≥90%), so parse each once.

    The cache keeps each parse as a plain tuple of its fields (str, Decimal, bool): such tuples
    are left alone by the cyclic collector, whereas 70,000 kept TargetValues (40,000 indicators'
    targets and actuals) made every full collection, which holds the UI thread, 100 ms longer.
    A value is made from its fields when asked for (~3 µs); the common ones are kept too."""
    return _from_fields(_parsed_fields(text, name))


@lru_cache(maxsize=1 << 18)
def _parsed_fields(text: str, name: str) -> tuple:
    return _fields(parse_target(text, name=name))


def _fields(value: TargetValue) -> tuple:
    return (value.kind, value.sign, value.value, value.unit, value.higher_is_better, value.multiplier,
            value.explicit_sign, tuple(_fields(p) for p in value.parts), value.text)


@lru_cache(maxsize=2048)  # 100%, ≥90%, 定性 …: shared by many indicators
def _from_fields(fields: tuple) -> TargetValue:
    kind, sign, value, unit, higher, multiplier, explicit, parts, text = fields
    return TargetValue(kind, sign, value, unit, higher, multiplier, explicit, tuple(_from_fields(p) for p in parts), text)


def stored_target(text, name, sign=None, value=None, unit=None, qualitative=None) -> TargetValue:
    """A stored target (or actual) text with the officer's overrides on top; a bad stored sign is ignored."""
    parsed = parse_cached(text or "", name or "")
    if qualitative:
        return override(parsed, qualitative=True)
    try:
        return override(parsed, sign=sign, value=value, unit=unit)
    except ValueError:
        return parsed


def stored_actual(text, name, value=None) -> TargetValue | None:
    """A stored 实际完成值 (None when blank), with the officer's figure replacing the parsed one."""
    parsed = parse_cached(text, name or "") if (text or "").strip() else None
    if value is not None:
        return override(parsed or TargetValue(), value=value)
    return parsed
