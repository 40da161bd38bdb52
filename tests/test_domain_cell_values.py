"""What the officer types into a cell, as the store takes it: odd input is refused in words."""

from __future__ import annotations

import pytest

from desktop.domain.cell_values import to_decimal, to_flag, to_sign, to_tier
from desktop.messages import render


def test_a_tier_is_a_digit_one_to_three_or_its_label():
    assert to_tier("2") == 2 and to_tier(3) == 3 and to_tier(" 1 ") == 1 and to_tier("") is None


@pytest.mark.parametrize("typed", ["²", "٣", "9" * 5000, "4", "0"])
def test_anything_else_is_refused_in_the_officers_words(typed):
    # '²' and '٣' are digits to str.isdigit, which int() refuses in English; 5,000 digits too
    with pytest.raises(ValueError) as caught:
        to_tier(typed)
    said = caught.value.args[0]
    assert said.code == "store.value.not_a_tier"
    assert "int()" not in render(said) and len(render(said)) < 200


@pytest.mark.parametrize("convert", [to_decimal, to_sign, to_flag])
def test_a_long_paste_is_named_by_its_start_not_printed_whole(convert):
    with pytest.raises(ValueError) as caught:
        convert("不是" * 20_000)
    assert len(render(caught.value.args[0])) < 200


def test_control_characters_are_dropped_and_line_breaks_kept():
    from desktop.domain.cell_values import to_text

    assert to_text("原因\x07说明\x00\r\n第二行\t完\x1b") == "原因说明\n第二行\t完"
    assert to_text("\x07\x1b") is None


def test_a_text_longer_than_an_excel_cell_is_refused_not_cut_when_printed():
    from desktop.domain.cell_values import MAX_TEXT_CHARS, to_text

    assert len(to_text("字" * MAX_TEXT_CHARS)) == MAX_TEXT_CHARS
    with pytest.raises(ValueError) as caught:
        to_text("字" * (MAX_TEXT_CHARS + 1))
    assert caught.value.args[0].code == "store.limit.too_long"
