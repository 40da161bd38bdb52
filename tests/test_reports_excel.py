"""Excel export of the same forms: merged cells, borders, number formats, print setup."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook

from desktop.reports import samples
from desktop.reports.excel import write_xlsx
from desktop.reports.forms import budget_sheet, self_eval_sheet, sheets_for


def workbook(tmp_path, sheets):
    path = tmp_path / "forms.xlsx"
    write_xlsx(sheets, path)
    return load_workbook(path)


def find(ws, text):
    for row in ws.iter_rows():
        for c in row:
            if c.value == text or (isinstance(text, Decimal) and c.value == float(text)):
                return c
    raise AssertionError(f"{text!r} not in {ws.title}")


def merged_range_of(ws, cell):
    for rng in ws.merged_cells.ranges:
        if cell.coordinate in rng:
            return rng
    return None


def test_every_form_gets_a_sheet(tmp_path):
    wb = workbook(tmp_path, sheets_for(samples.all_forms()))
    assert len(wb.sheetnames) == 6
    assert "科普经费" in wb.sheetnames
    for ws in wb.worksheets:
        assert int(ws.page_setup.paperSize) == 9  # A4
        assert ws.sheet_properties.pageSetUpPr.fitToPage
        assert ws.page_setup.fitToWidth == 1
        assert ws.print_title_rows
        assert "&P" in ws.oddFooter.center.text and "&N" in ws.oddFooter.center.text
        assert find(ws, "单位负责人：张立    填报人：李敏    联系电话：020-83540000    填报日期：2023年3月15日")


def test_self_eval_merges_levels_and_formats_numbers(tmp_path):
    form = samples.self_eval_form()
    wb = workbook(tmp_path, [self_eval_sheet(form)])
    ws = wb.active
    out = find(ws, "产出指标")
    rng = merged_range_of(ws, out)
    assert rng is not None and rng.max_row - rng.min_row + 1 == 5  # five 产出 indicators
    quantity = find(ws, "数量指标")
    assert merged_range_of(ws, quantity).max_row - merged_range_of(ws, quantity).min_row == 3
    rate = find(ws, Decimal("0.9875"))
    assert rate.number_format == "0.00%"
    spent = find(ws, Decimal("1165.25"))
    assert spent.number_format == "#,##0.00"
    assert spent.border.left.style == "thin"
    total = find(ws, Decimal("95.38"))
    assert total.number_format == "0.00"
    header = find(ws, "一级指标")
    assert ws.print_title_rows.replace("$", "") == f"{header.row}:{header.row}"
    assert ws.page_setup.orientation == "portrait"
    assert ws.column_dimensions["I"].width > ws.column_dimensions["G"].width


def test_budget_table_figures(tmp_path):
    ws = workbook(tmp_path, [budget_sheet(samples.budget_table())]).active
    assert find(ws, Decimal("19904.36")).number_format == "#,##0.00"
    assert find(ws, Decimal("0.0245")).number_format == "0.00%"
    assert find(ws, Decimal("-0.0235"))
    assert find(ws, "合计").font.b


def test_many_forms_down_one_sheet_break_pages(tmp_path):
    forms = [samples.self_eval_form(f"项目{i}") for i in range(3)]
    wb = workbook_one(tmp_path, [self_eval_sheet(f) for f in forms])
    [ws] = wb.worksheets
    assert len(ws.row_breaks.brk) == 3
    titles = [c for c in ws["A"] if c.value == "项目支出绩效自评表"]
    assert len(titles) == 3
    assert find(ws, "项目2")


def workbook_one(tmp_path, sheets):
    path = tmp_path / "one.xlsx"
    write_xlsx(sheets, path, one_sheet=True)
    return load_workbook(path)
