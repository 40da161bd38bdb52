"""PDF forms: every form builds, fonts are embedded subsets, figures print, long forms paginate."""

from __future__ import annotations

import io
import re
import shutil
from decimal import Decimal

import pytest
from pypdf import PdfReader

from desktop.reports import samples
from desktop.reports.data import IndicatorRow
from desktop.reports.fonts import MISSING_MARK, font_set, shipped_font_dir
from desktop.reports.forms import (
    budget_sheet,
    dept_completion_sheet,
    dept_score_sheet,
    monthly_sheet,
    self_eval_sheet,
    sheets_for,
    targets_sheet,
)
from desktop.reports.grid import STYLE, layout
from desktop.reports.linebreak import NO_LINE_START
from desktop.reports.pdf import write_pdf


def render(sheets) -> PdfReader:
    buf = io.BytesIO()
    write_pdf(sheets, buf)
    buf.seek(0)
    return PdfReader(buf)


def text_of(reader: PdfReader) -> str:
    return "\n".join(p.extract_text() for p in reader.pages)


def pdf_fonts(reader: PdfReader) -> dict[str, dict]:
    """BaseFont -> font dictionary, from every page's own resources."""
    out = {}
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            out[str(font["/BaseFont"])] = font
    return out


FORMS = {
    "targets": (samples.targets_table, targets_sheet, ["8,234.33", "1,200.00", "不少于1000次", "项目支出绩效目标表"]),
    "self-eval": (samples.self_eval_form, self_eval_sheet,
                  ["项目支出绩效自评表", "科普经费", "98.75%", "9.88", "95.38", "等级：优", "1,165.25", "2100万人次"]),
    "dept-score": (samples.dept_score_table, dept_score_sheet, ["97.79", "4.84", "9.95", "履职效能", "管理效率"]),
    "dept-completion": (samples.dept_completion_table, dept_completion_sheet, ["112.50%", "83.33%", "116.67%"]),
    "budget": (samples.budget_table, budget_sheet, ["19,904.36", "2.45%", "-2.35%", "98.90%", "-25.71%"]),
    "monthly": (samples.monthly_table, monthly_sheet, ["27.30%", "109.19%", "96.79%", "43,792.00"]),
}


@pytest.mark.parametrize("name", list(FORMS))
def test_form_prints_its_figures_with_embedded_subset_fonts(name):
    make, to_sheet, expected = FORMS[name]
    reader = render([to_sheet(make())])
    text = text_of(reader)
    for figure in expected:
        assert figure in text, figure
    for label in ("填报单位（盖章）", "单位负责人", "填报人", "联系电话", "填报日期", "第 1 页 共 1 页"):
        assert label in text
    fonts = pdf_fonts(reader)
    assert fonts
    for base, font in fonts.items():
        assert re.fullmatch(r"/[A-Z]{6}\+.+", base), f"{base} is not a subset"
        assert font["/Subtype"] == "/TrueType"
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), f"{base} not embedded"


def test_all_forms_in_one_document_number_pages_per_form():
    reader = render(sheets_for(samples.all_forms()))
    assert len(reader.pages) == 6
    assert all("第 1 页 共 1 页" in p.extract_text() for p in reader.pages)


def test_sixty_indicators_repeat_header_and_merged_labels():
    form = samples.self_eval_form("科普长项目", samples.many_indicators(60))
    sheet = self_eval_sheet(form)
    lay = layout(sheet, font_set())
    assert len(lay.pages) >= 3
    reader = render([sheet])
    assert len(reader.pages) == len(lay.pages)
    page2 = reader.pages[1].extract_text()
    assert "项目支出绩效自评表（续表）" in page2
    assert "项目名称：科普长项目" in page2
    for head in ("一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值"):
        assert head in page2
    assert f"第 2 页 共 {len(lay.pages)} 页" in page2
    # the first indicator of page 2 continues a merged run: its labels are printed again
    first = next(r for r in lay.pages[1].rows if not r.header)
    indicator = form.indicators[first.source - (len(sheet.rows) - 1 - len(form.indicators))]
    flat = "".join(page2.split())  # narrow merged cells wrap their labels
    assert indicator.level1 in flat and indicator.level2 in flat
    assert "绩效指标" in flat
    # the totals come once, at the end
    assert "95" not in page2 or "总分" not in page2
    assert "总分" in reader.pages[-1].extract_text()


def test_pages_are_never_overfilled_and_rows_never_cut():
    form = samples.self_eval_form("长", samples.many_indicators(60))
    sheet = self_eval_sheet(form)
    lay = layout(sheet, font_set())
    _, ph = lay.page_size
    bottom = STYLE.margin
    for i, page in enumerate(lay.pages):
        top = lay.cont_top if i else lay.table_top
        assert sum(page.heights) <= top - bottom
    sources = [r.source for p in lay.pages for r in p.rows if not r.header]
    assert sources == sorted(set(sources))  # every body row once, in order, whole


def test_a_row_taller_than_a_page_is_split_not_lost():
    long_text = "受疫情影响，部分线下活动取消。" * 220
    ind = [IndicatorRow("产出指标", "数量指标", "科普活动次数", "不少于1000次", "980次",
                        Decimal(50), Decimal(49), long_text)]
    sheet = self_eval_sheet(samples.self_eval_form("超长说明", ind))
    lay = layout(sheet, font_set())
    assert len(lay.pages) >= 2
    reader = render([sheet])
    assert text_of(reader).count("疫") == 220  # every piece printed once
    deviation = [c for p in lay.pages for r in p.rows for c in r.cells if c.col == 8 and not r.header]
    assert "".join(line for c in deviation for line in c.lines).count("受疫情影响") == 220


def test_printed_lines_never_start_with_closing_punctuation():
    form = samples.dept_completion_table()
    lay = layout(dept_completion_sheet(form), font_set())
    for page in lay.pages:
        for row in page.rows:
            for cell in row.cells:
                for line in cell.lines[1:]:
                    assert line[:1] not in NO_LINE_START, cell.lines


def test_character_missing_from_first_font_prints_from_fallback():
    fonts = font_set()
    body = fonts.body
    first = body.fonts[0]
    assert 0x5803 not in first.face.charToGlyph  # 堃 is outside GB2312
    runs = body.runs("负责人：王堃")
    assert runs[0][0] == first.fontName
    assert runs[-1] == (body.fonts[1].fontName, "堃")
    sig = samples.SIGN.__class__(unit="广州市科学技术协会", head="王堃", filler="李喆", phone="1", date="2023年")
    form = samples.budget_table()
    form.signature = sig
    reader = render([budget_sheet(form)])
    text = text_of(reader)
    assert "王堃" in text and "李喆" in text
    names = " ".join(pdf_fonts(reader))
    assert "DroidSansFallback" in names  # the glyph came from the fallback font, embedded


def test_character_in_no_font_prints_the_missing_mark_not_a_box():
    body = font_set().body
    assert body.clean("满意度\U0002A6D6") == "满意度" + MISSING_MARK


def test_pc_fonts_come_first(tmp_path):
    # a PC with 仿宋 installed: simfang.ttf leads the body chain, shipped fonts follow
    shutil.copy(shipped_font_dir() / "DejaVuSans.ttf", tmp_path / "simfang.ttf")
    fs = font_set(system_dirs=[tmp_path])
    assert "simfang" in fs.body.names[0]
    assert any("gbsn00lp" in n for n in fs.body.names[1:])
    assert fs.body.runs("中")[0][0] != fs.body.names[0]  # DejaVu has no 中: falls through


def test_level_names_with_and_without_zhibiao_merge_as_one():
    ind = [IndicatorRow("效益指标", "社会效益", "甲", "1次", "1次", Decimal(15), Decimal(15)),
           IndicatorRow("效益指标", "社会效益指标", "乙", "1次", "1次", Decimal(15), Decimal(15))]
    sheet = self_eval_sheet(samples.self_eval_form("合并", ind))
    body = [r for r in sheet.rows if r.cells[0].merge == "ind" and not r.header]
    assert body[0].cells[2].merge == body[1].cells[2].merge


def test_progress_is_reported_and_cancel_stops_before_writing(tmp_path):
    seen = []

    class Cancelled(Exception):
        pass

    def progress(done, total, name):
        seen.append((done, total))
        if done == 2:
            raise Cancelled

    out = tmp_path / "cancelled.pdf"
    sheets = [self_eval_sheet(samples.self_eval_form(f"项目{i}")) for i in range(4)]
    with pytest.raises(Cancelled):
        write_pdf(sheets, out, progress=progress)
    assert seen == [(0, 4), (1, 4), (2, 4)]
    assert not out.exists()


def test_a_merged_goal_longer_than_half_a_page_is_printed_once_as_text():
    from desktop.reports.data import TargetIndicator, TargetsProject

    table = samples.targets_table()
    goal = "推动全市公民科学素质全面提升。" * 160
    table.projects.append(TargetsProject("长目标项目", Decimal(1), Decimal(1), goal=goal, indicators=[
        TargetIndicator("1-产出指标", "11-数量指标", f"指标{i}", "1次", "1次") for i in range(3)]))
    sheet = targets_sheet(table)
    lay = layout(sheet, font_set())
    _, ph = lay.page_size
    for i, page in enumerate(lay.pages):
        assert sum(page.heights) <= (lay.cont_top if i else lay.table_top) - STYLE.margin
    text = text_of(render([sheet]))
    assert text.count("推") == 160  # every sentence once: not lost, not repeated
