"""Faults a fuzzer found in 复核 and the narrative draft: each input is refused or read in one
clear sentence, never a traceback, and no figure is lost or invented on the way."""

from __future__ import annotations

import json
import zipfile
from decimal import Decimal as D

import pytest
from docx import Document
from openpyxl import Workbook

from desktop.domain.numbers import parse_decimal
from desktop.domain.recheck import Discrepancy, figures_from_rows, recheck
from desktop.importers.errors import SourceError
from desktop.importers.published import as_shown, load_published
from desktop.reports.narrative import UnreadableDocument, officer_paragraphs, report_text


def _json(tmp_path, text: str, name="figures.json", bom=False):
    path = tmp_path / name
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def _book(tmp_path, rows, name="figures.xlsx", formats=None):
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    path = tmp_path / name
    book.save(path)
    return path


# --- parse_decimal: ValueError for anything it cannot read ----------------------------------------


def test_an_exponent_decimal_cannot_hold_is_a_value_error():
    for text in ("1e-9999999999999999999", "1e9999999999999999999", "-1E+99999999999999999999"):
        with pytest.raises(ValueError):
            parse_decimal(text)


def test_thousands_separators_stand_between_groups_of_three():
    assert parse_decimal("1,234") == D("1234")
    assert parse_decimal("12,345.6") == D("12345.6")
    assert parse_decimal("-1,234,567.25") == D("-1234567.25")
    assert parse_decimal("１２，３４５．５") == D("12345.5")
    for text in ("1,2,3", "1,23", "1,2345", "12,34,567", ",123", "1.234,5", "1,234,56"):
        with pytest.raises(ValueError):
            parse_decimal(text)


def test_a_typed_number_decimal_cannot_hold_is_refused_in_words():
    from desktop.domain.cell_values import to_decimal

    with pytest.raises(ValueError) as refused:
        to_decimal("1e-9999999999999999999")
    assert refused.value.args[0].code == "store.value.not_a_number_quoted"


# --- published figures: JSON -------------------------------------------------------------------


def test_an_exponent_decimal_cannot_hold_is_no_figure(tmp_path):
    path = _json(tmp_path, '{"表3/合计": "1e-9999999999999999999", "表3/履职效能": 49.79}')
    notes: list = []
    assert load_published(path, notes) == {"表3/履职效能": 49.79}
    assert [n.code for n in notes] == ["importing.published.not_a_number"]
    with pytest.raises(SourceError):  # nothing else in the file: refused, in words
        load_published(_json(tmp_path, '{"表3/合计": "1e-9999999999999999999"}', "only.json"))


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_deeply_nested_figures_are_refused(tmp_path, depth):
    path = _json(tmp_path, '{"a":' * depth + "1" + "}" * depth)
    with pytest.raises(SourceError) as refused:
        load_published(path)
    assert refused.value.code == "importing.published.too_deep"


def test_shallow_nesting_still_reads(tmp_path):
    path = _json(tmp_path, json.dumps({"表1": {"一、基本支出": {"预算控制率": "99.74%"}}}, ensure_ascii=False))
    assert load_published(path) == {"表1/一、基本支出/预算控制率": "99.74%"}


def test_a_figure_with_a_billion_decimals_is_refused_not_printed(tmp_path):
    notes: list = []
    path = _json(tmp_path, '{"表3/合计": "1e-999999999", "表3/管理效率": 48, "表4/x": 1e-999}')
    assert load_published(path, notes) == {"表3/管理效率": 48}
    assert [n.code for n in notes] == ["importing.published.too_long", "importing.published.too_long"]
    # and the comparison itself stays short whatever it is given
    found = recheck({"表3/合计": "1e-999999999"}, {"表3/合计": D("97.79")})
    assert found == [Discrepancy("表3/合计", D("0E-10"), D("97.7900000000"), D("97.79"))]
    assert len(str(found[0])) < 100  # (a billion places took 24 s and printed 1 GB)


def test_a_key_given_twice_with_different_values_is_refused(tmp_path):
    for text in ('{"表3/合计": 50, "表3/合计": 97.79}', '{"表3/合计": 50, "表3": {"合计": 97.79}}'):
        with pytest.raises(SourceError) as refused:
            load_published(_json(tmp_path, text))
        assert refused.value.code == "importing.published.duplicate"
        assert "50" in str(refused.value) and "97.79" in str(refused.value)
    # the same figure twice says the same thing: read once
    assert load_published(_json(tmp_path, '{"表3/合计": 97.79, "表3/合计": "97.79"}')) == {"表3/合计": 97.79}


def test_a_json_with_a_bom_is_read(tmp_path):
    path = _json(tmp_path, '{"表3/合计": 97.79}', bom=True)
    assert load_published(path) == {"表3/合计": 97.79}


def test_a_value_that_is_no_number_is_said_not_dropped(tmp_path):
    notes: list = []
    path = _json(tmp_path, '{"表3/合计": "1,2,3", "表3/履职效能": "49.79", "表3/空": null, "表3/横线": "—"}')
    assert load_published(path, notes) == {"表3/履职效能": "49.79"}
    assert [(n.code, n.fields["key"]) for n in notes] == [("importing.published.not_a_number", "表3/合计")]


# --- published figures: workbook ---------------------------------------------------------------


def test_a_percent_cell_is_the_percentage_it_shows(tmp_path):
    path = _book(tmp_path, [["表1/合计/预算控制率", 0.98897], ["表3/合计", 97.79]], formats={"B1": "0.00%"})
    figures = load_published(path)
    assert figures == {"表1/合计/预算控制率": "98.90%", "表3/合计": 97.79}
    computed = {"表1/合计/预算控制率": D("98.89682"), "表3/合计": D("97.79")}
    assert recheck(figures, computed) == []
    # a truncated figure is still a real slip, flagged
    slip = load_published(_book(tmp_path, [["表1/合计/预算控制率", 0.9889]], "slip.xlsx", {"B1": "0.00%"}))
    assert recheck(slip, computed) == [Discrepancy("表1/合计/预算控制率", D("98.89"), D("98.90"), D("98.89682"))]


def test_number_formats_read_as_shown():
    assert as_shown(0.98897, "0.00%") == "98.90%"
    assert as_shown(0.98897, "0%") == "99%"
    assert as_shown(0.5, "0.0#%") == "50.0%"
    assert as_shown(97.7899, "#,##0.00") == D("97.79")
    assert as_shown(97.7899, "General") == 97.7899
    assert as_shown(97.7899, "0.00E+00") == 97.7899


def test_a_workbook_key_given_twice_with_different_values_is_refused(tmp_path):
    path = _book(tmp_path, [["表3/合计", 50], ["表3/合计", 97.79]])
    with pytest.raises(SourceError) as refused:
        load_published(path)
    assert refused.value.code == "importing.published.duplicate_rows"
    assert refused.value.message.fields["row"] == 1 and refused.value.message.fields["other_row"] == 2


def test_a_formula_never_calculated_is_said(tmp_path):
    path = _book(tmp_path, [["表3/合计", "=97.79"], ["表3/结转结余率", 2]])
    notes: list = []
    assert load_published(path, notes) == {"表3/结转结余率": 2}
    assert [(n.code, n.fields["key"], n.fields["row"]) for n in notes] == [
        ("importing.published.formula_not_computed", "表3/合计", 1)]


def test_rows_after_the_header_that_are_no_number_are_said():
    notes: list = []
    rows = [("项目", "数值"), ("表3/合计", "1,2,3"), ("表3/履职效能", "49.79"), (None, 5)]
    assert figures_from_rows(rows, notes) == {"表3/履职效能": "49.79"}
    assert [n.code for n in notes] == ["importing.published.not_a_number", "importing.published.no_key"]


def test_the_recheck_command_says_what_it_did_not_compare(tmp_path, capsys):
    from seed003_store import build_seed003

    from desktop.cli import main

    db = build_seed003(tmp_path / "office.db")
    path = _book(tmp_path, [["表3/合计", "=97.79"], ["表3/结转结余率", 2]])
    assert main(["recheck", "--db", db, str(path)]) == 1  # not "all agree": one value unread
    assert "表3/合计" in capsys.readouterr().out
    percent = _book(tmp_path, [["表1/合计/预算控制率", 0.98897], ["表3/合计", 97.79]], "p.xlsx", {"B1": "0.00%"})
    assert main(["recheck", "--db", db, str(percent)]) == 0
    dup = _book(tmp_path, [["表3/合计", 50], ["表3/合计", 97.79]], "dup.xlsx")
    assert main(["recheck", "--db", db, str(dup)]) == 2
    assert "Traceback" not in capsys.readouterr().err


# --- the narrative draft: a file that is no readable .docx ------------------------------------


def _bad_crc(tmp_path):
    good = tmp_path / "good.docx"
    Document().save(str(good))
    bad = tmp_path / "bad.docx"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w", zipfile.ZIP_STORED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
    data = bad.read_bytes()
    at = data.index(b"<w:style ")  # a byte of word/styles.xml changed: its CRC no longer matches
    bad.write_bytes(data[:at + 1] + b"W" + data[at + 2:])
    return bad


def test_report_text_refuses_a_file_that_is_no_docx(tmp_path):
    not_docx = tmp_path / "report.docx"
    not_docx.write_text("这不是 Word 文档", encoding="utf-8")
    for path, code in ((not_docx, "reports.narrative.not_docx"), (_bad_crc(tmp_path), "reports.narrative.damaged")):
        for read in (report_text, officer_paragraphs):
            with pytest.raises(UnreadableDocument) as refused:
                read(path)
            assert refused.value.reason.code == code and refused.value.path == path


def test_the_narrative_command_refuses_and_keeps_a_file_that_is_no_docx(tmp_path, capsys):
    from seed003_store import build_seed003

    from desktop.cli import main

    db = build_seed003(tmp_path / "office.db")
    out = tmp_path / "自评报告.docx"
    out.write_bytes(b"not a word document")
    assert main(["report", "narrative", "--db", db, "--out", str(out)]) == 2
    assert out.read_bytes() == b"not a word document"
    assert "自评报告.docx" in capsys.readouterr().err
    check = _bad_crc(tmp_path)
    fresh = tmp_path / "new.docx"
    assert main(["report", "narrative", "--db", db, "--out", str(fresh), "--check", str(check)]) == 2
    err = capsys.readouterr().err
    assert "bad.docx" in err and "Traceback" not in err
    assert not fresh.exists()  # refused before anything was written
