"""Extreme values on the printed forms (found by fuzzing): a rate from an absurd budget, 14-digit
amounts, a project name of hundreds of characters. Each must print readably: plain digits, a
number on one line inside its cell, everything inside the page."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from decimal import Decimal as D

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from desktop.reports import samples
from desktop.reports.data import FundsRow, TargetsProject
from desktop.reports.excel import write_xlsx
from desktop.reports.fonts import font_set
from desktop.reports.forms import (
    budget_sheet,
    dept_completion_sheet,
    monthly_sheet,
    rate,
    score,
    self_eval_sheet,
    targets_sheet,
)
from desktop.reports.grid import STYLE, layout
from desktop.reports.pdf import write_pdf

BIG = D("99999999999999.99")  # 14 integer digits: the most the store keeps
TINY = D("0.0000000001")  # the store's smallest positive amount
AMOUNT = "99,999,999,999,999.99"
HUGE_RATE = BIG / TINY  # 9.99…E+23: printed ×100 as 99999999999999990000000000.00%
HUGE_PERCENT = "99999999999999990000000000.00%"


def absurd_self_eval(project: str = "科普经费", indicators=None):
    f = samples.self_eval_form(project, indicators)
    f.funds = [
        FundsRow("年度资金总额", BIG, TINY, BIG, D(10), HUGE_RATE, D(10)),
        FundsRow("其中：当年财政拨款", -BIG, BIG, BIG, None, D(1)),
        FundsRow("上年结转资金", D(0), D(0), D(0), None, D("1.125")),
        FundsRow("其他资金", D(0), D(0), D(0)),
    ]
    return f


def absurd_budget():
    b = samples.budget_table()
    b.rows[0] = replace(b.rows[0], budget_initial=BIG, budget_adjusted=-BIG, spent=BIG,
                        adjust_rate=HUGE_RATE, control_rate=-HUGE_RATE)
    return b


def absurd_monthly():
    m = samples.monthly_table()
    m.rows[0] = replace(m.rows[0], budget=-BIG, spent_to_date=BIG, progress=HUGE_RATE, execution_rate=HUGE_RATE)
    return m


def absurd_completion():
    c = samples.dept_completion_table()
    c.rows[0] = replace(c.rows[0], completion_rate=HUGE_RATE)
    return c


def absurd_targets():
    t = samples.targets_table()
    t.projects[0] = TargetsProject("合计", BIG, -BIG, BIG, BIG, is_subtotal=True)
    return t


SHEETS = {
    "self-eval": lambda: self_eval_sheet(absurd_self_eval()),
    "budget": lambda: budget_sheet(absurd_budget()),
    "monthly": lambda: monthly_sheet(absurd_monthly()),
    "completion": lambda: dept_completion_sheet(absurd_completion()),
    "targets": lambda: targets_sheet(absurd_targets()),
}
WITH_RATES = ["self-eval", "budget", "monthly", "completion"]
WITH_AMOUNTS = ["self-eval", "budget", "monthly", "targets"]


def pdf_pages(sheets) -> list[pdfium.PdfPage]:
    buf = io.BytesIO()
    write_pdf(sheets, buf)
    return list(pdfium.PdfDocument(buf.getvalue()))


def page_text(page: pdfium.PdfPage) -> str:
    return page.get_textpage().get_text_range()


def hits(page: pdfium.PdfPage, text: str) -> list[list[tuple[float, float, float, float]]]:
    """The character boxes of each place `text` is printed on the page."""
    tp = page.get_textpage()
    found = []
    searcher = tp.search(text, match_case=True)
    while (hit := searcher.get_next()) is not None:
        start, count = hit
        found.append([tp.get_charbox(i) for i in range(start, start + count)])
    return found


# --- 1. rates print as plain digits ------------------------------------------------------------


def test_rate_and_score_text_is_plain_fixed_point():
    assert rate(HUGE_RATE) == HUGE_PERCENT
    assert rate(D("1E+27")) == "1" + "0" * 29 + ".00%"
    assert rate(D("0.987484")) == "98.75%" and rate(D("-0.2571")) == "-25.71%" and rate(None) == ""
    assert score(D("1E+20")) == "1" + "0" * 20 + ".00" and score(D("4.8395")) == "4.84" and score(None) == ""


@pytest.mark.parametrize("name", WITH_RATES)
def test_a_rate_from_an_absurd_budget_prints_in_plain_digits(name):
    [page] = pdf_pages([SHEETS[name]()])
    text = page_text(page)
    assert not re.search(r"\dE[+-]\d", text), text
    assert HUGE_PERCENT in text  # whole, on one line


@pytest.mark.parametrize("name", WITH_RATES)
def test_a_huge_rate_is_a_number_with_the_rate_format_in_excel(name, tmp_path):
    write_xlsx([SHEETS[name]()], tmp_path / "r.xlsx")
    ws = load_workbook(tmp_path / "r.xlsx").active
    cells = [c for row in ws.iter_rows() for c in row if isinstance(c.value, float) and c.value > 1e20]
    assert cells
    for c in cells:
        assert c.number_format == "0.00%"  # Excel prints a fixed format as digits, never 1E+25
        assert c.alignment.shrink_to_fit and not c.alignment.wrap_text  # not ####


# --- 2. a long number is never broken, never wider than its cell --------------------------------


@pytest.mark.parametrize("name", list(SHEETS))
def test_numbers_are_laid_on_one_line_inside_their_cell(name):
    sheet = SHEETS[name]()
    fonts = font_set()
    lay = layout(sheet, fonts)
    numbers = 0
    for page in lay.pages:
        for row in page.rows:
            for c in row.cells:
                text = "".join(c.lines)
                if not re.fullmatch(r"-?[\d,]+\.\d\d%?", text):
                    continue
                numbers += 1
                assert len(c.lines) == 1, c.lines
                size = c.size or STYLE.size
                assert fonts.body.width(text, size) * c.scale <= c.w - 2 * STYLE.pad_x + 0.01
                assert size >= 3  # still a print, not a smudge
    assert numbers


@pytest.mark.parametrize("name", WITH_AMOUNTS)
def test_a_fourteen_digit_amount_prints_on_one_line(name):
    [page] = pdf_pages([SHEETS[name]()])
    found = hits(page, AMOUNT)
    assert len(found) >= 2  # every one of them whole, none cut in two
    for boxes in found:
        bottoms = [b[1] for b in boxes]
        assert max(bottoms) - min(bottoms) < 2  # one baseline
        lefts = [b[0] for b in boxes]
        assert lefts == sorted(lefts)


def test_an_ordinary_rate_wider_than_the_self_eval_column_shrinks_instead_of_wrapping():
    # 执行率 is 12 mm: 112.50% at 9 pt would not fit
    lay = layout(self_eval_sheet(absurd_self_eval()), font_set())
    [cell] = [c for r in lay.pages[0].rows for c in r.cells if c.lines == ["112.50%"]]
    assert cell.size is not None and 7 < cell.size < STYLE.size and cell.scale == 1.0


@pytest.mark.parametrize("name", WITH_AMOUNTS)
def test_excel_amounts_shrink_to_fit_rather_than_wrap_or_hash(name, tmp_path):
    write_xlsx([SHEETS[name]()], tmp_path / "a.xlsx")
    ws = load_workbook(tmp_path / "a.xlsx").active
    amounts = [c for row in ws.iter_rows() for c in row if c.number_format == "#,##0.00" and c.value is not None]
    huge = [c for c in amounts if abs(c.value) > 1e13]
    assert huge
    for c in amounts:
        assert c.alignment.shrink_to_fit and not c.alignment.wrap_text
    for c in huge:
        assert ws.row_dimensions[c.row].height == 18  # one line: no row grown for a wrapped number


# --- 3. everything stays inside the page -------------------------------------------------------


def test_a_very_long_project_name_stays_inside_the_continuation_pages():
    name = "超长项目名称" * 80
    sheet = self_eval_sheet(absurd_self_eval(name, samples.many_indicators(60)))
    pages = pdf_pages([sheet])
    assert len(pages) >= 3
    lay = layout(sheet, font_set())
    for i, page in enumerate(pages):
        width, _ = page.get_size()
        tp = page.get_textpage()
        boxes = [tp.get_charbox(k) for k in range(tp.count_chars())]
        assert min(b[0] for b in boxes) >= STYLE.margin - 1, i
        assert max(b[2] for b in boxes) <= width - STYLE.margin + 1, i
        if i:
            # the note: two lines at most, cut with …, above the table
            assert 1 <= len(lay.cont_lines) <= 2 and lay.cont_lines[-1].endswith("…")
            note = [b for b in boxes if b[1] > lay.cont_top]
            assert len(note) > 40 + 2  # the title and a good part of the name
            assert page_text(page).count("项目名称：") == 1


def test_an_ordinary_project_name_is_the_whole_continuation_note():
    sheet = self_eval_sheet(samples.self_eval_form("科普经费", samples.many_indicators(60)))
    lay = layout(sheet, font_set())
    assert lay.cont_lines == ["项目名称：科普经费"]
    pages = pdf_pages([sheet])
    assert "项目名称：科普经费" in page_text(pages[1])
