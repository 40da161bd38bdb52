"""Decimal helpers. Full precision inside; round half-up to 2 places only for display."""

from __future__ import annotations

import re
from decimal import MAX_EMAX, ROUND_HALF_UP, Context, Decimal, localcontext

from desktop.messages import message

HUNDRED = Decimal(100)
ZERO = Decimal(0)
ONE = Decimal(1)
CENT = Decimal("0.01")


# Marks a table prints in an empty number cell; only readers of printed tables take them as blank.
DASHES = frozenset({"-", "—", "－", "/"})
_NUMBER_TEXT = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)")
_EXPONENT = re.compile(r"[-+]?(\d+(\.\d*)?|\.\d+)[eE][-+]?\d+")
_SPACES = re.compile(r"\s")
# Thousands separators stand between groups of three digits, in the integer part only: 1,234 and
# 12,345.6 are numbers, "1,2,3" and "1,23" are not (a list, or a European decimal comma).
_GROUPED = re.compile(r"[-+]?\d{1,3}(,\d{3})+(\.\d*)?([eE][-+]?\d+)?")
# Full-width forms (１２，３４５．５％) as their ASCII twins; not NFKC, which would read 10² as 102.
_FULL_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def float_decimal(value: float) -> Decimal:
    """A float (a spreadsheet's number cell) as the decimal it stands for: its shortest repr, with
    binary noise past the store's scale (=0.1+0.2 caches 0.30000000000000004) rounded off."""
    number = Decimal(repr(value))
    if number.is_finite() and number.as_tuple().exponent < -MAX_DECIMALS:
        number = number.quantize(Decimal(1).scaleb(-MAX_DECIMALS)).normalize()
    return number


def parse_decimal(value, *, dashes: bool = False, suffixes: str = "", exponent: bool = True) -> Decimal | None:
    """The one reading of a number an officer typed or a table printed; None when blank.

    Full-width digits, points and signs count, whitespace is dropped and so are thousands separators
    (a comma before each group of three digits of the integer part: "1,2,3" is no number), floats
    go through their repr. Options say where readers differ: `dashes` takes the marks of an
    empty printed cell ("-", "—", "/") as blank; `suffixes` are units printed after the number
    ("%", "分") and dropped; `exponent` allows "1e5" (typed values) — a cell of a printed table never
    holds one, so there it is not a number. ValueError for anything else, NaN and infinity included.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, Decimal):
        number = value
    elif isinstance(value, int):
        number = Decimal(value)
    elif isinstance(value, float):
        number = float_decimal(value)
    else:
        text = _SPACES.sub("", str(value).translate(_FULL_WIDTH))
        if suffixes:
            text = text.rstrip(suffixes)
        if not text or (dashes and text in DASHES):
            return None
        if "," in text:
            if not _GROUPED.fullmatch(text):
                raise ValueError(value)
            text = text.replace(",", "")
        if not (_NUMBER_TEXT.fullmatch(text) or (exponent and _EXPONENT.fullmatch(text))):
            raise ValueError(value)
        try:
            number = Decimal(text)
        except ArithmeticError:  # decimal.InvalidOperation: an exponent past what Decimal can hold
            raise ValueError(value) from None
    if not number.is_finite():
        raise ValueError(value)
    return number


def decimal_or_none(value) -> Decimal | None:
    """Decimal from int/float/str/Decimal, read as `parse_decimal` reads it; None when not a number."""
    try:
        return parse_decimal(value)
    except ValueError:
        return None


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    """Round as printed on official forms (0.005 → 0.01), not banker's rounding.

    Exact for any size: the default context's 28 digits would make quantize fail on a rate of
    10^27 (a 30-digit 实际完成值 over its target); the precision is raised to what the result needs.
    """
    if not value.is_finite():
        raise ValueError(f"not a finite number: {value}")
    digits = max(value.adjusted(), 0) + places + 2
    with localcontext(Context(prec=max(28, digits), Emax=MAX_EMAX, Emin=-MAX_EMAX)):
        return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


SHOWN_DIGITS = 15  # integer digits shown in full; larger values are shown as 1.23E+29


def shown(value: Decimal, places: int = 2, plain: bool = False) -> str:
    """`value` rounded half-up to `places` as text.

    On screen never longer than ~20 characters: a rate from a far-off actual (10^27 %) would
    otherwise overrun a grid cell, so it is shown in scientific notation. `plain` (a printed form
    or report, where an officer reads digits, and a form's cell shrinks its font to fit them)
    always gives plain digits.
    """
    if not value.is_finite():
        return "—"
    if value.adjusted() >= SHOWN_DIGITS and not plain:
        return f"{value:.{places}E}"
    return f"{round_half_up(value, places):f}"


def percent(rate: Decimal | None, places: int = 2, plain: bool = False) -> str:
    """A fraction shown as a percentage: 1.125 → '112.50%'. None → ''."""
    if rate is None:
        return ""
    return f"{shown(rate.scaleb(2), places, plain)}%"


def fmt(value: Decimal | None, places: int = 2, plain: bool = False) -> str:
    """A score or amount shown with fixed decimals: 4.8395 → '4.84'."""
    if value is None:
        return ""
    return shown(value, places, plain)


# -- what an officer may type or import -------------------------------------------------------------

MAX_NUMBER_DIGITS = 14  # integer digits of an amount, weight or score (the store keeps NUMERIC(28, 10))
MAX_DECIMALS = 10  # the scale the store keeps on PostgreSQL (migration 0009)

MAX_TYPED_DIGITS = 15  # integer digits of one number in a target or actual text (10^15 次 is absurd)
# Read as the target parser reads numbers: a comma before exactly three digits is a thousands
# separator (60,826.91); other commas separate numbers. Digits after a decimal point do not count.
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")
# A run of digits is found whole (greedy, leftmost); a run right after a decimal point is passed
# over by hand: a pattern opening with a lookbehind makes the regex engine try every position.
_LONG_NUMBER = re.compile(rf"\d{{{MAX_TYPED_DIGITS + 1},}}")


def oversized_number(text: str | None) -> str | None:
    """The first number in `text` with more than 15 integer digits (thousands separators ignored),
    shortened for a sentence; None when every number is of a sane size. One C-level scan for an
    ordinary text: this runs on every target and actual of an import."""
    if not text:
        return None
    text = _THOUSANDS.sub("", text) if "," in text else text
    m = next((m for m in _LONG_NUMBER.finditer(text) if m.start() == 0 or text[m.start() - 1] not in ".．"), None)
    if m is None:
        return None
    run = m.group(0)
    digits = len(run)
    return run if len(run) <= 20 else str(message("checks.number_shortened", start=run[:12], digits=digits))


def fmt_money(value: Decimal | None, places: int = 2) -> str:
    """Money (万元) as every grid, form and workbook shows it: 37331.7249 → '37,331.72'."""
    if value is None:
        return ""
    return f"{round_half_up(value, places):,.{places}f}"


def ratio(numerator: Decimal | None, denominator: Decimal | None) -> Decimal | None:
    """numerator ÷ denominator, None when either is missing or the denominator is zero."""
    if numerator is None or denominator is None or denominator == 0:
        return None
    return numerator / denominator
