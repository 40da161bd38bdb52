"""What a grid cell may hold: the indicator classes, the 定性 tiers, and the converters from what
the officer typed to the value stored (ValueError with the reason in Chinese). Pure: no SQL."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal
from functools import lru_cache

from desktop.domain.numbers import (
    MAX_DECIMALS,
    MAX_NUMBER_DIGITS,
    MAX_TYPED_DIGITS,
    oversized_number,
    parse_decimal,
)
from desktop.domain.scoring import QUALITATIVE_TIERS
from desktop.domain.targets import SIGNS
from desktop.i18n import language
from desktop.messages import catalogue, message, render

# DESIGN §2 indicator classes: level1 → (code, level2 names with their codes).
LEVEL1_CLASSES: dict[str, tuple[str | None, tuple[tuple[str | None, str], ...]]] = {
    "产出指标": ("1", (("11", "数量指标"), ("12", "质量指标"), ("13", "时效指标"), ("14", "成本指标"))),
    "效益指标": (
        "2",
        (("21", "经济效益指标"), ("22", "社会效益指标"), ("23", "生态效益指标"), ("24", "可持续影响指标")),
    ),
    "满意度指标": ("3", (("31", "服务对象满意度指标"),)),
    "成本指标": (None, ((None, "经济成本指标"), (None, "社会成本指标"), (None, "生态环境成本指标"))),
}
LEVEL2_CODES = {name: code for _c, pairs in LEVEL1_CLASSES.values() for code, name in pairs}
# --- converters: raw cell input → stored value; raise ValueError with the reason in Chinese ---


def _blank(raw) -> bool:
    return raw is None or (isinstance(raw, str) and not raw.strip())


# Excel's limit per cell: every text the officer keeps must print whole into the Excel forms (an
# import refuses longer cells by the same figure).
MAX_TEXT_CHARS = 32_767
# Control characters other than tab and line break: pasted from a PDF or a terminal, they print as
# 〓 and no spreadsheet may hold them.
_CONTROL = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def to_text(raw) -> str | None:
    if _blank(raw):
        return None
    text = str(raw).replace("\r\n", "\n").replace("\r", "\n").translate(_CONTROL).strip()
    if len(text) > MAX_TEXT_CHARS:
        raise ValueError(message("store.limit.too_long", length=len(text), limit=MAX_TEXT_CHARS))
    return text or None


def to_name(raw) -> str:
    return to_text(raw) or ""


def to_decimal(raw) -> Decimal | None:
    if _blank(raw):
        return None
    if isinstance(raw, Decimal):
        return raw
    try:
        value = parse_decimal(raw)
    except ValueError:
        raise ValueError(message("store.value.not_a_number_quoted", raw=_short(raw))) from None
    if value and value.adjusted() >= MAX_NUMBER_DIGITS:  # 1e999999999 would be stored as a billion digits
        raise ValueError(message("store.value.too_large", raw=_short(raw), digits=MAX_NUMBER_DIGITS))
    if value.as_tuple().exponent < -MAX_DECIMALS:
        raise ValueError(message("store.value.too_many_decimals", raw=_short(raw), places=MAX_DECIMALS))
    return value


def _short(raw) -> str:
    text = str(raw)
    return text if len(text) <= 20 else str(message("store.value.shortened", start=text[:12], length=len(text)))


def to_target_text(raw) -> str | None:
    """A 指标值 or 实际完成值: text, whose numbers must be of a size the scoring can mean."""
    text = to_text(raw)
    number = oversized_number(text)
    if number is not None:
        raise ValueError(message("store.value.number_too_long", number=number, digits=MAX_TYPED_DIGITS))
    return text


def to_weight(raw) -> Decimal | None:
    value = to_decimal(raw)
    if value is not None and not Decimal(0) <= value <= Decimal(100):
        raise ValueError(message("store.value.weight_range", value=str(value)))
    return value


def to_sign(raw) -> str | None:
    if _blank(raw):
        return None
    text = unicodedata.normalize("NFKC", str(raw)).strip()
    text = {">=": "≥", "<=": "≤", "~": "≈"}.get(text, text)
    if text not in SIGNS:
        raise ValueError(message("store.value.not_a_sign", raw=_short(raw), signs=" ".join(SIGNS)))
    return text


# The short words the refusal offers ("1 达成 / 2 部分达成 / 3 未达成", "1 met / 2 partly met / 3 not met").
_TIER_SHORT_WORDS = {1: ("达成", "met"), 2: ("部分达成", "partly met"), 3: ("未达成", "not met")}
# Full-width forms (１, ＡＢ) as their ASCII twins, as numbers are read; not NFKC, which makes '²' a 2.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_NUMBERED_TIER = re.compile(r"(\d+) (.+)")  # "1 达成年度指标": what the grid shows (spaces already single)


def _tier_words_key(text: str) -> str:
    """A tier as typed, compared: full-width forms as ASCII, each run of spaces one space, any case."""
    return " ".join(text.translate(_FULL_WIDTH).split()).casefold()


@lru_cache(maxsize=8)
def _tier_words(lang: str) -> dict[str, int]:
    """Every word a 定性档次 cell takes for a tier: the store's and the schemes' label (达成年度指标),
    the label the grid shows in the UI's language and in the catalogue's English, and the short words."""
    words: dict[str, int] = {}
    for tier, label in QUALITATIVE_TIERS.items():
        code = f"checks.tier_label.{tier}"
        for word in (label, render(message(code)), catalogue()[code], *_TIER_SHORT_WORDS[tier]):
            words[_tier_words_key(word)] = tier
    return words


def to_tier(raw) -> int | None:
    """A 定性档次 as typed or pasted: the number (1), the label (达成年度指标, or its short word 达成),
    or the number, white space and the label, as the grid shows it (1 达成年度指标)."""
    if _blank(raw):
        return None
    if isinstance(raw, int) and not isinstance(raw, bool):
        value = raw
    else:
        text = _tier_words_key(str(raw))
        words = _tier_words(language())
        value = words.get(text) or _ascii_int(text)
        numbered = None if value else _NUMBERED_TIER.fullmatch(text)
        # the number and the label must name the same tier: "2 达成年度指标" is none
        if numbered and words.get(numbered.group(2)) == _ascii_int(numbered.group(1)):
            value = words[numbered.group(2)]
    if value not in QUALITATIVE_TIERS:
        raise ValueError(message("store.value.not_a_tier", raw=_short(raw)))
    return value


def _ascii_int(text: str) -> int:
    """ASCII digits only, and few: int() refuses '²' (a digit to isdigit) and 5,000 digits in English."""
    return int(text) if text.isascii() and text.isdigit() and len(text) < 5 else 0


def to_flag(raw) -> bool | None:
    if _blank(raw):
        return None
    if isinstance(raw, bool):
        return raw
    text = str(raw).strip().lower()
    if text in ("1", "true", "是", "定性", "y", "yes"):
        return True
    if text in ("0", "false", "否", "定量", "n", "no"):
        return False
    raise ValueError(message("store.value.not_yes_no", raw=_short(raw)))


def to_month_amount(raw) -> Decimal | None:
    value = to_decimal(raw)
    if value is not None and value < 0:
        raise ValueError(message("store.value.amount_negative", value=str(value)))
    return value


BUDGET_FIELDS = ("budget_initial", "budget_adjusted", "spent")
# The 自评表's 其中 rows: "<fund source>_<budget field>" → kept in the BudgetExecution row of that source.
FUND_ROW_NAMES = {"fiscal": "当年财政拨款", "carryover": "上年结转资金", "other": "其他资金"}
FUND_FIELDS = {
    f"{source}_{field}": (source, field) for source in FUND_ROW_NAMES for field in BUDGET_FIELDS
}


def budget_field(field: str) -> tuple[str, str] | None:
    """(fund source, BudgetExecution column) a project field is kept in; None for the project's own."""
    if field in BUDGET_FIELDS:
        return "total", field
    return FUND_FIELDS.get(field)


def to_percent(raw) -> Decimal | None:
    """The officer's 完成率 as printed (“100%”, “95.5”) → a fraction (1, 0.955)."""
    text = "" if raw is None else str(raw).strip().rstrip("%％").strip()
    value = to_decimal(text)
    if value is None:
        return None
    if value < 0:
        raise ValueError(message("store.value.completion_negative", value=str(value)))
    return value / 100


# A total is worked out from its parts: 总计 = 财政拨款 + 财政专户拨款 + 其他资金, and the 自评表's
# 年度资金总额 = 当年财政拨款 + 上年结转资金 + 其他资金 for each money column. Typing a part
# updates its total in the same step (one undo); a total typed or undone explicitly is kept.
AMOUNT_PARTS = ("fiscal", "special", "other")


def total_parts(field_name: str) -> tuple[str, tuple[str, ...]] | None:
    """(total field, its part fields) for a project part field; None when it is no part."""
    if field_name in AMOUNT_PARTS:
        return "total", AMOUNT_PARTS
    kept = FUND_FIELDS.get(field_name)
    if kept is not None:
        return kept[1], tuple(f"{source}_{kept[1]}" for source in FUND_ROW_NAMES)
    return None

