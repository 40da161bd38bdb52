"""Cell text clean-up shared by every format."""

from __future__ import annotations

import math
import re
from decimal import Decimal

from desktop.domain.numbers import float_decimal, parse_decimal
from desktop.importers.limits import MAX_CELL_CHARS, MAX_INDICATOR_SEQ, MAX_NUMBER_DIGITS
from desktop.messages import Message, message

_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>")
_ENTITIES = {"&nbsp;": "", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&"}
_ENTITY = re.compile("|".join(map(re.escape, _ENTITIES)))


class CellTooLong(Exception):
    """A cell longer than any real target table has (args[0] = its length)."""


class NumberOutOfRange(ValueError):
    """A number no table means: NaN, infinity, or more integer digits than money can have.

    A ValueError, so callers that only know "not a number" still refuse it; `problem` is the
    message for callers that name the column (e.g. "数值 1E+40 过大…").
    """

    def __init__(self, value: object, problem: Message):
        super().__init__(value)
        self.problem = problem


_LIMIT = Decimal(10) ** MAX_NUMBER_DIGITS


def _shown(value: object) -> str | Message:
    text = str(value)
    return text if len(text) <= 24 else message("importing.number.long_shown", head=text[:10], digits=len(text))


def bounded(number: Decimal, value: object) -> Decimal:
    """`number` if finite and below 10^14 in size, else NumberOutOfRange naming it."""
    if not number.is_finite():
        raise NumberOutOfRange(value, message("importing.number.not_finite", value=_shown(value)))
    if number.adjusted() >= MAX_NUMBER_DIGITS or abs(number) >= _LIMIT:
        raise NumberOutOfRange(value, message("importing.number.too_big", value=_shown(value), digits=MAX_NUMBER_DIGITS))
    return number


def parse_seq(value: object) -> int | None:
    """指标序号: a whole number, None when the cell holds no number; NumberOutOfRange when absurd.

    The size is checked on the decimal exponent before int() is called: int(Decimal('1e999999999'))
    would build a billion-digit integer.
    """
    text = clean(value)
    if not text:
        return None
    try:
        number = Decimal(text)
    except ArithmeticError:
        return None
    if not number.is_finite():
        raise NumberOutOfRange(value, message("importing.number.seq_not_finite", value=_shown(text)))
    if number.adjusted() >= 7 or abs(number) > MAX_INDICATOR_SEQ:
        raise NumberOutOfRange(value, message("importing.number.seq_too_big", value=_shown(text)))
    return int(number)


def clean(text: object) -> str:
    """Drop HTML tags, entities and every whitespace character (conversion artefacts)."""
    if text.__class__ is str:
        s = text
    elif text is None:
        return ""
    elif text.__class__ is float and text.is_integer() and abs(text) < 1e15:
        return str(int(text))  # spreadsheet readers give 95.0 for the 95 typed in a text column
    else:
        s = str(text)
    if len(s) > MAX_CELL_CHARS:
        raise CellTooLong(len(s))
    if "<" in s:
        s = _TAG.sub("", s)
    if "&" in s:
        s = _ENTITY.sub(lambda m: _ENTITIES[m.group(0)], s)
    parts = s.split()  # every whitespace character, as \s would, but faster
    return parts[0] if len(parts) == 1 else "".join(parts)  # most cells hold none: no copy


_UNIT_CODE = re.compile(r"^(\d{3,12})\s*[-－—_]\s*(\S.*)$")


def split_unit_code(text: str) -> tuple[str | None, str]:
    """'820001-四川省某中心' → ('820001', '四川省某中心'); a name without a code stays as it is."""
    m = _UNIT_CODE.match(text or "")
    return (m.group(1), m.group(2)) if m else (None, text)


def had_html(text: object) -> bool:
    return text is not None and _TAG.search(str(text)) is not None


def parse_amount(value: object) -> Decimal | None:
    """'2, 501. 00' and '<p>875. 00</p>' are amounts; '' is None. Raises ValueError otherwise."""
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int):
        if value.bit_length() > 64:  # str() of a huge int is itself slow; 2^64 is far out anyway
            raise NumberOutOfRange(value, message("importing.number.too_many_bits", bits=value.bit_length()))
        return bounded(Decimal(value), value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise NumberOutOfRange(value, message("importing.number.not_finite", value=str(value)))
        return bounded(float_decimal(value), value)
    s = clean(value)
    try:  # a printed table's cell: "—" is blank, "1e5" is no amount
        number = parse_decimal(s, dashes=True, exponent=False)
    except ValueError:
        raise ValueError(value) from None
    return None if number is None else bounded(number, s)




def display_width(s: str) -> int:
    """Columns a line takes on the printed page: CJK and full-width characters count 2."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in s)


def cell_too_long(path, place: str, column: int, exc: CellTooLong):
    from desktop.importers.errors import SourceError

    return SourceError(path, message("importing.column_too_long", column=column + 1, chars=exc.args[0]), place)
