"""Decimal helpers. Full precision inside; round half-up to 2 places only for display."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

HUNDRED = Decimal(100)
ZERO = Decimal(0)
ONE = Decimal(1)
CENT = Decimal("0.01")


def to_decimal(value) -> Decimal | None:
    """Decimal from int/str/Decimal (floats go through str so 0.1 stays 0.1); None when not a number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    try:
        result = Decimal(str(value).strip().replace(",", ""))
    except (InvalidOperation, ValueError):
        return None
    return result if result.is_finite() else None


def round_half_up(value: Decimal, places: int = 2) -> Decimal:
    """Round as printed on official forms (0.005 → 0.01), not banker's rounding."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def percent(rate: Decimal | None, places: int = 2) -> str:
    """A fraction shown as a percentage: 1.125 → '112.50%'. None → ''."""
    if rate is None:
        return ""
    return f"{round_half_up(rate * HUNDRED, places)}%"


def fmt(value: Decimal | None, places: int = 2) -> str:
    """A score or amount shown with fixed decimals: 4.8395 → '4.84'."""
    if value is None:
        return ""
    return str(round_half_up(value, places))


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
