"""Re-check: published figures typed in, or read from JSON / xlsx."""

import json
from decimal import Decimal as D

from openpyxl import Workbook

from desktop.domain.recheck import Discrepancy, published_value, recheck
from desktop.importers.published import load_published


def test_published_values_as_printed():
    assert published_value("99.74%") == D("99.74")
    assert published_value(" 4.84分 ") == D("4.84")
    assert published_value(99.74) == D("99.74")
    assert published_value("1,234.50") == D("1234.50")
    assert published_value("—") is None


def test_rounds_like_the_print_and_reports_both_values():
    computed = {"a": D("99.7484"), "b": D("97.79"), "c": D("9.96"), "d": D("0.5")}
    published = {"a": "99.74", "b": 97.79, "c": "10", "d": "0.5", "e": "1"}
    assert recheck(published, computed) == [
        Discrepancy("a", D("99.74"), D("99.75"), D("99.7484")),
        Discrepancy("c", D("10"), D("9.96"), D("9.96")),
        Discrepancy("e", D("1"), None, None),  # printed, but nothing to recompute it from
    ]
    assert str(recheck({"a": "99.74"}, computed)[0]) == "a: 报告 99.74，复核 99.75"


def test_load_published_json_nested_and_flat(tmp_path):
    path = tmp_path / "report.json"
    path.write_text(
        json.dumps({"表3": {"合计": "97.79", "履职效能": 49.64}, "正文/得分": "95.64"}, ensure_ascii=False),
        encoding="utf-8",
    )
    assert load_published(path) == {"表3/合计": "97.79", "表3/履职效能": 49.64, "正文/得分": "95.64"}


def test_load_published_xlsx(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["项目", "数值"])  # a header row is skipped: its value is not a number
    sheet.append(["表1/一、基本支出/预算控制率", "99.74%"])
    sheet.append(["表3/合计", 97.79])
    path = tmp_path / "report.xlsx"
    book.save(path)
    assert load_published(path) == {"表1/一、基本支出/预算控制率": "99.74%", "表3/合计": 97.79}


def _bomb(path, member_bytes=25_000_000):
    """A workbook whose sheet inflates far beyond what its zip declares is worth (a zip bomb)."""
    import zipfile

    book = Workbook()
    book.active.append(["表3/合计", 97.79])
    book.save(path)
    with zipfile.ZipFile(path) as zin:
        members = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    members["xl/worksheets/sheet1.xml"] += b" " * member_bytes
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in members.items():
            zout.writestr(name, data)
    return path


def test_a_figures_workbook_that_is_a_zip_bomb_is_refused_with_the_importers_sentence(tmp_path):
    import pytest

    from desktop.importers.errors import SourceError

    path = _bomb(tmp_path / "report.xlsx")
    with pytest.raises(SourceError) as refused:
        load_published(path)
    assert str(refused.value).startswith("无法导入“report.xlsx”：")
    assert "疑似压缩炸弹" in str(refused.value)



def test_a_figures_file_with_no_figure_is_an_error_not_a_pass(tmp_path):
    """Nothing compared must not read as "all agree": {} and a workbook of headers only are refused."""
    import pytest
    from openpyxl import Workbook

    from desktop.importers.errors import SourceError

    empty = tmp_path / "figures.json"
    empty.write_text("{}", encoding="utf-8")
    book = Workbook()
    book.active.append(["项目", "数值"])  # a header, no figure
    headers = tmp_path / "figures.xlsx"
    book.save(headers)
    for path in (empty, headers):
        with pytest.raises(SourceError) as refused:
            load_published(path)
        assert refused.value.code == "importing.no_figures"
