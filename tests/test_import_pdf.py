"""PDF import: text PDFs with ruled tables, in several looks, read back into the same tables.

- this app's own 目标表 PDF (desktop/reports), from an example workbook and from seed 002;
- a hand-built reportlab table whose page breaks fall inside a project and inside a row;
- LibreOffice printing an Excel export (only where soffice is installed);
- a scan (no text layer) is refused in one sentence.
"""

from __future__ import annotations

import shutil
import subprocess
from decimal import Decimal

import pytest

from desktop.importers import SourceError, read_file, to_truth_dict
from desktop.importers.pdffile import SCANNED
from tests.conftest import REPO
from tests.test_import_layouts import write_sichuan_xlsx
from tests.test_import_seeds import _cents, _text


def _targets_pdf(source, tmp_path, year: int = 2024):
    from desktop.cli import main

    db = tmp_path / "r.db"
    assert main(["import", str(source), "--db", str(db), "--year", str(year)]) == 0
    out = tmp_path / "targets.pdf"
    assert main(["report", "targets", "--out", str(out), "--db", str(db), "--year", str(year)]) == 0
    return out


def _essence(table) -> list:
    """Projects as (name, unit, cents, goal, [(name, level1, annual)]) — what a printed 目标表 carries."""
    out = []
    for p in to_truth_dict(table)["projects"]:
        out.append(
            (
                p["name"],
                _text(p["goal"]),
                _cents(p["amounts"]),
                [(_text(i["name"]), i["level1"], _text(i["annual_value"])) for i in p["indicators"]],
            )
        )
    return out


def test_own_targets_pdf_reads_back_like_the_workbook(tmp_path):
    xlsx = tmp_path / "sichuan.xlsx"
    write_sichuan_xlsx(xlsx)
    [want] = read_file(xlsx)
    pdf = _targets_pdf(xlsx, tmp_path)
    [got] = read_file(pdf)
    assert got.layout == "pdf-per_indicator"
    assert sorted(_essence(got)) == sorted(_essence(want))
    assert got.indicator_count == 13
    assert got.amount_unit == "万元"


def test_own_targets_pdf_of_seed_002_equals_truth(tmp_path, seed_path, truth):
    want = truth("002_ab6e064b63c97b02")
    pdf = _targets_pdf(seed_path("002_ab6e064b63c97b02"), tmp_path, 2023)
    [table] = read_file(pdf)
    got = to_truth_dict(table)
    assert got["department"] == want["department"]
    assert _cents(got["stated_totals"]) == _cents(want["stated_totals"])
    # the printed form orders units and projects its own way: compare by unit and name
    assert sorted((u["name"], str(_cents(u["stated"]))) for u in got["units"]) == sorted(
        (u["name"], str(_cents(u["stated"]))) for u in want["units"]
    )
    got_projects = {(p["unit"], p["name"]): p for p in got["projects"]}
    want_projects = {(p["unit"], _text(p["name"])): p for p in want["projects"]}
    assert len(got_projects) == len(got["projects"]) == len(want["projects"])
    assert sorted(got_projects) == sorted(want_projects)
    for key, wp in want_projects.items():
        gp = got_projects[key]
        assert _text(gp["goal"]) == _text(wp["goal"]), key
        assert _cents(gp["amounts"]) == _cents(wp["amounts"]), key
        assert len(gp["indicators"]) == len(wp["indicators"]), key
        for gi, wi in zip(gp["indicators"], wp["indicators"], strict=True):
            assert gi["level1"] == wi["level1"], key
            for k in ("name", "period_value", "annual_value"):
                assert gi[k] == (_text(wi[k]) or None), (key, k)


def _reportlab_table(path, rows, col_widths, split_in_row: bool, repeat_rows: int = 1, note: str | None = None):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    from desktop.reports.fonts import font_set

    font = font_set().body.names[0]
    style = ParagraphStyle("cell", fontName=font, fontSize=9, leading=11, wordWrap="CJK")
    title = ParagraphStyle("title", fontName=font, fontSize=14, leading=18)
    data = [[Paragraph(str(c), style) for c in row] for row in rows]
    kwargs = {"splitInRow": 1} if split_in_row else {}
    table = Table(data, colWidths=col_widths, repeatRows=repeat_rows, **kwargs)
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    doc = SimpleDocTemplate(str(path), pagesize=landscape(A4))
    doc.build(
        [
            Paragraph("示例局2024年项目支出绩效目标表", title),
            Paragraph("部门名称：示例局", style),
            Paragraph("单位：万元", style),
            Spacer(1, 6),
            table,
            *([Paragraph(note, style)] if note else []),
        ]
    )


HEADER = ["项目名称", "总计", "财政拨款", "绩效目标", "一级指标", "三级指标", "年度指标值"]


def _project_rows(name, total, n, long_at=None):
    rows = []
    for k in range(n):
        value = f"不少于{k + 10}次" if k != long_at else "；".join(f"第{j}项要求全面完成并通过验收" for j in range(60))
        head = [name, total, total, f"{name}的年度绩效目标。"] if k == 0 else ["", "", "", ""]
        rows.append([*head, "产出指标" if k % 2 == 0 else "效益指标", f"{name}指标{k + 1}", value])
    return rows


@pytest.mark.parametrize(
    ("split_in_row", "repeat_rows"),
    [(False, 1), (True, 0)],
    ids=["header-repeated-rows-whole", "rows-cut-by-page-breaks"],
)
def test_reportlab_table_with_page_breaks_inside_a_project(tmp_path, split_in_row, repeat_rows):
    path = tmp_path / "hand.pdf"
    rows = [HEADER, *_project_rows("甲项目", "100.50", 30), *_project_rows("乙项目", "20.00", 25, long_at=8)]
    _reportlab_table(
        path, rows, [80, 50, 50, 120, 60, 120, 300], split_in_row, repeat_rows, note="注：本表由示例局编制。"
    )
    [table] = read_file(path)
    assert table.department == "示例局"
    assert table.title == "示例局2024年项目支出绩效目标表"
    assert [(p.name, p.amounts.total) for p in table.projects] == [
        ("甲项目", Decimal("100.50")),
        ("乙项目", Decimal("20.00")),
    ]
    assert [len(p.indicators) for p in table.projects] == [30, 25]
    # every indicator whole, including the long one (949 characters) that spans a page break
    for p, want in zip(table.projects, (rows[1:31], rows[31:]), strict=True):
        assert [(i.name, i.annual_target) for i in p.indicators] == [(r[5], r[6]) for r in want]
    # the note under the table is no part of it, and is said so
    assert [r.what for r in table.flagged] == ["表格外的文字“注：本表由示例局编制。”未导入"]


def test_rows_cut_by_a_page_break_are_joined_and_headers_dropped():
    from desktop.importers.packed import SourceRow
    from desktop.importers.pdffile import stitch

    header = ["项目名称", "总计", "绩效目标", "三级指标", "年度指标值"]
    pages = [
        [SourceRow(header, "p1r1"), SourceRow(["甲", "1.00", "目标", "指标1", "不少于"], "p1r2")],
        [SourceRow(header, "p2r1"), SourceRow(["", "", "", "", "10次"], "p2r2"), SourceRow(["", "", "", "指标2", "5个"], "p2r3")],
        [SourceRow(["", "", "", "指标3", "6个"], "p3r1"), SourceRow(header, "p3r2")],
    ]
    rows = stitch(pages)
    assert [r.cells for r in rows] == [
        header,
        ["甲", "1.00", "目标", "指标1", "不少于10次"],
        ["", "", "", "指标2", "5个"],
        ["", "", "", "指标3", "6个"],
    ]


def test_scanned_pdf_is_refused_in_one_sentence(tmp_path):
    from reportlab.pdfgen import canvas

    path = tmp_path / "scan.pdf"
    c = canvas.Canvas(str(path))
    c.rect(50, 50, 400, 600, fill=1)  # a page with a picture of something, no text
    c.showPage()
    c.save()
    with pytest.raises(SourceError) as err:
        read_file(path)
    assert err.value.code == SCANNED.code and str(SCANNED) in str(err.value) and "scan.pdf" in str(err.value)


def test_pdf_extension_without_pdf_content(tmp_path):
    path = tmp_path / "fake.pdf"
    path.write_text("不是 PDF", encoding="utf-8")
    with pytest.raises(SourceError, match="不是 PDF"):
        read_file(path)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed here")
def test_libreoffice_print_of_an_excel_export(tmp_path):
    xlsx = tmp_path / "sichuan.xlsx"
    write_sichuan_xlsx(xlsx)
    [want] = read_file(xlsx)
    # LibreOffice finds fonts through fontconfig: give it the bundled Song font (no system CJK font
    # on a bare CI machine, where it would print every character with one wrong glyph)
    home = tmp_path / "home"
    home.mkdir()
    (home / ".fonts").symlink_to(REPO / "resources" / "fonts")
    done = subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(xlsx)],
        capture_output=True,
        timeout=180,
        env={"HOME": str(home), "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    [got] = read_file(tmp_path / "sichuan.pdf")
    assert [p.name for p in got.projects] == [p.name for p in want.projects]
    assert [[(i.name, i.annual_target, i.weight) for i in p.indicators] for p in got.projects] == [
        [(i.name, i.annual_target, i.weight) for i in p.indicators] for p in want.projects
    ]
    assert [p.amounts.total for p in got.projects] == [p.amounts.total for p in want.projects]


def _plain_pdf(path, text: str) -> None:
    """`text` as plain lines on A4 pages, no ruling."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from desktop.reports.fonts import font_set

    font = font_set().body.names[0]
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for line in text.splitlines():
        if y < 60:
            c.showPage()
            y = 800
        c.setFont(font, 9)
        c.drawString(30, y, line)
        y -= 13
    c.showPage()
    c.save()


def test_pdf_without_ruling_is_read_as_layout_text(tmp_path):
    """A PDF of plain lines (no table ruling): its text layer goes to the layout-text reader."""
    from tests.test_import_layout_amounts import example_table, render

    want = example_table()
    path = tmp_path / "plain.pdf"
    _plain_pdf(path, render(want))
    [got] = read_file(path)
    assert got.layout == "pdf-text"
    assert [(p.name, p.amounts) for p in got.projects] == [(p.name, p.amounts) for p in want.projects]
    assert [len(p.indicators) for p in got.projects] == [len(p.indicators) for p in want.projects]
    assert got.stated_totals == want.stated_totals


def test_text_between_two_tables_is_not_a_row(tmp_path):
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    from desktop.importers.pdfgrid import read_page
    from desktop.reports.fonts import font_set

    style = ParagraphStyle("c", fontName=font_set().body.names[0], fontSize=9, leading=11)

    def table(rows):
        t = Table([[Paragraph(c, style) for c in r] for r in rows], colWidths=[100, 100, 100])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
        return t

    path = tmp_path / "two.pdf"
    SimpleDocTemplate(str(path)).build(
        [table([["项目", "总计", "目标"], ["甲", "1.00", "好"]]), Paragraph("说明文字", style), table([["乙", "2.00", "优"]])]
    )
    doc = pdfium.PdfDocument(str(path))
    grid = read_page(doc[0], raw)
    doc.close()
    assert grid.rows == [["项目", "总计", "目标"], ["甲", "1.00", "好"], ["乙", "2.00", "优"]]
    assert grid.outside == ["说明文字"]


def test_page_shown_turned_by_rotate_is_read_upright(tmp_path):
    """Content drawn sideways on a portrait page and shown upright through /Rotate 90."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    flat = tmp_path / "flat.pdf"
    rows = [HEADER, *_project_rows("甲项目", "100.50", 12)]
    _reportlab_table(flat, rows, [80, 50, 50, 120, 60, 120, 300], False)
    writer = PdfWriter(clone_from=str(flat))
    for page in writer.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        page.add_transformation(Transformation().rotate(90).translate(tx=height, ty=0))
        page.mediabox = RectangleObject([0, 0, height, width])
        page.rotate(90)
    turned = tmp_path / "turned.pdf"
    writer.write(str(turned))
    [table] = read_file(turned)
    [p] = table.projects
    assert (p.name, p.amounts.total) == ("甲项目", Decimal("100.50"))
    assert [(i.name, i.annual_target) for i in p.indicators] == [(r[5], r[6]) for r in rows[1:]]


def test_table_drawn_inside_a_form_xobject(tmp_path):
    """Ruling inside a form XObject placed on the page: lines and text meet in page space."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw
    from reportlab.pdfgen import canvas

    from desktop.importers.pdfgrid import read_page

    path = tmp_path / "form.pdf"
    c = canvas.Canvas(str(path))
    c.beginForm("table")
    for y in (0, 50, 100):
        c.line(0, y, 200, y)
    for x in (0, 100, 200):
        c.line(x, 0, x, 100)
    c.setFont("Helvetica", 10)
    for x, y, text in ((10, 70, "A"), (110, 70, "B"), (10, 20, "C"), (110, 20, "D")):
        c.drawString(x, y, text)
    c.endForm()
    c.saveState()
    c.translate(100, 400)
    c.scale(1.5, 1.5)
    c.doForm("table")
    c.restoreState()
    c.showPage()
    c.save()
    doc = pdfium.PdfDocument(str(path))
    grid = read_page(doc[0], raw)
    doc.close()
    assert grid.rows == [["A", "B"], ["C", "D"]]


def test_plain_lines_shown_turned_by_rotate_are_read_in_reading_order(tmp_path):
    """A PDF of plain lines (no ruling), drawn sideways and shown upright through /Rotate 90 or
    270: PDFium breaks its text into lines as drawn; the lines are taken as shown."""
    from pypdf import PdfWriter, Transformation
    from pypdf.generic import RectangleObject

    from tests.test_import_layout_amounts import example_table, render

    want = example_table()
    flat = tmp_path / "plain.pdf"
    _plain_pdf(flat, render(want))
    for turn in (90, 270):
        writer = PdfWriter(clone_from=str(flat))
        for page in writer.pages:
            width, height = float(page.mediabox.width), float(page.mediabox.height)
            # drawn turned the other way, so that /Rotate shows it upright
            moved = Transformation().rotate(turn).translate(tx=height, ty=0) if turn == 90 else (
                Transformation().rotate(turn).translate(tx=0, ty=width))
            page.add_transformation(moved)
            page.mediabox = RectangleObject([0, 0, height, width])
            page.rotate(turn)
        turned = tmp_path / f"turned{turn}.pdf"
        writer.write(str(turned))
        [got] = read_file(turned)
        assert got.layout == "pdf-text"
        assert [(p.name, p.amounts) for p in got.projects] == [(p.name, p.amounts) for p in want.projects], turn
        assert [len(p.indicators) for p in got.projects] == [len(p.indicators) for p in want.projects]


def test_a_pdf_that_names_itself_a_self_evaluation_report_is_named_when_refused(tmp_path):
    # its text layer says what it is (the file's bytes do not): the officer is told which
    # document this is, not only that no header was found
    path = tmp_path / "report.pdf"
    _plain_pdf(path, "广州市示例协会2022年部门整体支出绩效自评报告\n一、部门概况\n（一）部门职能\n"
                     "本会是党领导下的人民团体，主要职责是开展科普工作。\n二、部门整体支出管理及使用情况\n")
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert caught.value.code == "importing.not_a_target_table"
