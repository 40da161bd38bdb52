"""The one reading of a typed or printed number (desktop.domain.numbers.parse_decimal) and the
options by which its readers differ."""

from decimal import Decimal as D

import pytest

from desktop.domain.numbers import decimal_or_none, float_decimal, parse_decimal


def test_full_width_digits_separators_and_spaces():
    assert parse_decimal(" １２，３４５．５ ") == D("12345.5")
    assert parse_decimal("2, 501. 00") == D("2501.00")
    assert parse_decimal("+.5") == D("0.5")
    assert parse_decimal("－３") == D("-3")
    for text in ("10²", "①", "1_000"):  # look like numbers to Unicode or Python, not to an officer
        with pytest.raises(ValueError):
            parse_decimal(text)


def test_blank_and_dashes():
    assert parse_decimal(None) is None and parse_decimal("  ") is None
    with pytest.raises(ValueError):
        parse_decimal("—")  # typed: a dash is no number
    assert parse_decimal("—", dashes=True) is None and parse_decimal("－", dashes=True) is None


def test_suffixes_are_dropped_only_when_asked():
    assert parse_decimal("99.74％", suffixes="%") == D("99.74")
    assert parse_decimal("4.84分", suffixes="%分") == D("4.84")
    with pytest.raises(ValueError):
        parse_decimal("99%")


def test_exponent_only_where_typed():
    assert parse_decimal("1e5") == D("1E+5")
    with pytest.raises(ValueError):
        parse_decimal("1e5", exponent=False)


def test_not_numbers():
    for text in ("约100", "NaN", "Infinity", "1.2.3", True):
        with pytest.raises(ValueError):
            parse_decimal(text)
    assert decimal_or_none("约100") is None and decimal_or_none(float("nan")) is None


def test_float_noise_past_the_store_scale_is_rounded_off():
    assert float_decimal(0.1 + 0.2) == D("0.3")
    assert parse_decimal(12.5) == D("12.5") and parse_decimal(10**13) == D(10**13)
    assert float_decimal(1 / 3) == D("0.3333333333")
