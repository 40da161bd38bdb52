"""Every unreadable file gets one clear Chinese sentence naming the file and, where known, the place."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pytest

from desktop.importers import SourceError, read_file, read_files, xlsxfile


def _small_workbook(path, rows=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    for row in rows or [
        ["项目名称", "总计", "绩效目标", "绩效指标"],
        ["项目一", 1, "目标", "1、产出指标：数量，年度指标值：1个。"],
    ]:
        ws.append(row)
    wb.save(path)
    return path


def _error(path) -> SourceError:
    with pytest.raises(SourceError) as info:
        read_file(path)
    message = str(info.value)
    assert message.startswith(f"无法导入“{path.name}”：")
    assert any("\u4e00" <= c <= "\u9fff" for c in info.value.problem)
    return info.value


@pytest.mark.parametrize("suffix", [".xlsx", ".txt", ".csv", ".xls"])
def test_empty_file(tmp_path, suffix):
    path = tmp_path / f"empty{suffix}"
    path.write_bytes(b"")
    assert "空" in _error(path).problem


def test_missing_file(tmp_path):
    assert "不存在" in _error(tmp_path / "nope.xlsx").problem


def test_text_renamed_xlsx(tmp_path):
    path = tmp_path / "renamed.xlsx"
    path.write_text("项目名称\t总计\n", encoding="utf-8")
    assert "不是 Excel 工作簿" in _error(path).problem


def test_truncated_zip(tmp_path):
    whole = _small_workbook(tmp_path / "whole.xlsx").read_bytes()
    path = tmp_path / "cut.xlsx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "损坏" in _error(path).problem


def test_corrupted_member(tmp_path):
    data = bytearray(_small_workbook(tmp_path / "whole.xlsx").read_bytes())
    at = data.find(b"xl/worksheets/sheet1.xml") + 200  # inside the compressed sheet
    data[at : at + 40] = b"\x00" * 40
    path = tmp_path / "bad.xlsx"
    path.write_bytes(bytes(data))
    assert "损坏" in _error(path).problem


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "other.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    assert "不是 Excel 工作簿" in _error(path).problem


def test_workbook_without_header(tmp_path):
    path = _small_workbook(tmp_path / "noheader.xlsx", [["姓名", "年龄"], ["张三", 30]])
    err = _error(path)
    assert "找不到表头" in err.problem and err.place == "工作表“表”"


def test_text_without_header(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("今天天气很好。\n明天也是。\n", encoding="utf-8")
    assert "找不到表头" in _error(path).problem


def test_five_megabyte_cell(tmp_path):
    # openpyxl cuts cells to Excel's 32,767 characters, so the 5 MB cell is put into the XML by hand
    src = _small_workbook(
        tmp_path / "src.xlsx",
        [["项目名称", "总计", "绩效目标", "绩效指标"], ["项目一", 1, "目" * 32_767, "1、产出指标：数量。"]],
    )
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    # openpyxl writes 目 as UTF-8, or as &#30446; when lxml is installed (python-docx needs it)
    glyph = next(g for g in ("目".encode(), b"&#30446;") if sheet.count(g * 32_767) == 1)
    path = tmp_path / "big.xlsx"
    _replace_member(
        src,
        path,
        "xl/worksheets/sheet1.xml",
        sheet.replace(glyph * 32_767, glyph * 1_700_000),
    )
    assert path.stat().st_size < 1_000_000 and len("目".encode() * 1_700_000) > 5_000_000
    err = _error(path)
    assert "过长" in err.problem and err.place == "工作表“表”第 2 行"
    assert "第 3 列" in err.problem


def _with_a_long_cell(tmp_path, rows) -> Path:
    """The workbook of `rows`, its one cell of 32,767 目 made 40,000 (past Excel's own limit)."""
    src = _small_workbook(tmp_path / "src.xlsx", rows)
    with zipfile.ZipFile(src) as zf:
        sheet = zf.read("xl/worksheets/sheet1.xml")
    glyph = next(g for g in ("目".encode(), b"&#30446;") if sheet.count(g * 32_767) == 1)
    path = tmp_path / "long.xlsx"
    _replace_member(src, path, "xl/worksheets/sheet1.xml", sheet.replace(glyph * 32_767, glyph * 40_000))
    return path


def test_a_too_long_name_in_the_first_column_is_named(tmp_path):
    """The first cell of a row is also what tells a blank row: too long, it is refused as a
    sentence with its place and column, not as an exception out of the blank-row test."""
    header = ["项目名称", "总计", "绩效目标", "绩效指标"]
    path = _with_a_long_cell(tmp_path, [header, ["目" * 32_767, 1, "目标", "1、产出指标：数量，年度指标值：1个。"]])
    err = _error(path)
    assert "过长" in err.problem and "第 1 列" in err.problem and err.place == "工作表“表”第 2 行"


def test_a_too_long_cell_in_a_column_no_role_reads_is_left_unread(tmp_path):
    header = ["项目名称", "总计", "绩效目标", "绩效指标", "备注"]
    path = _with_a_long_cell(tmp_path, [header, ["项目一", 1, "目标", "1、产出指标：数量，年度指标值：1个。", "目" * 32_767]])
    [table] = read_file(path)
    assert [p.name for p in table.projects] == ["项目一"] and table.unused_columns == ["备注"]


def test_five_megabyte_line_in_text(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text(
        "项目名称\t总计\t绩效目标\t绩效指标\n项目一\t1\t" + "目" * 5_000_000 + "\t\n", encoding="utf-8"
    )
    err = _error(path)
    assert "过长" in err.problem and err.place == "第 2 行"


def _replace_member(src, dst, name: str, data: bytes, compress=zipfile.ZIP_DEFLATED) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", compress) as zout:
        for info in zin.infolist():
            if info.filename != name:
                zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr(name, data)


def test_zip_bomb(tmp_path):
    """A sheet that inflates ~1000× to 30 MB is refused before calamine reads it."""
    src = _small_workbook(tmp_path / "ok.xlsx")
    path = tmp_path / "bomb.xlsx"
    _replace_member(src, path, "xl/worksheets/sheet1.xml", b"<" + b"\x00" * 30_000_000)
    err = _error(path)
    assert "压缩炸弹" in err.problem


def test_zip_bomb_over_total_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(xlsxfile, "MAX_TOTAL_BYTES", 1_000_000)
    src = _small_workbook(tmp_path / "ok.xlsx")
    path = tmp_path / "bomb2.xlsx"
    _replace_member(src, path, "xl/worksheets/sheet2.xml", b" " * 2_000_000)
    assert "压缩炸弹" in _error(path).problem


def test_zip_member_lying_about_its_size(tmp_path):
    """Declared sizes are not trusted: the member is streamed and its CRC checked."""
    src = _small_workbook(tmp_path / "ok.xlsx")
    buf = io.BytesIO()
    big = b"<x>" + b"a" * 500_000 + b"</x>"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr("xl/media/huge.xml", big)
    data = bytearray(buf.getvalue())
    # patch the declared uncompressed size (local header and central directory) down to 100 bytes
    size = len(big).to_bytes(4, "little")
    assert data.count(size) >= 2
    data = data.replace(size, (100).to_bytes(4, "little"))
    path = tmp_path / "liar.xlsx"
    path.write_bytes(bytes(data))
    assert "损坏" in _error(path).problem


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">
<si><t>&lol9;</t></si></sst>"""


@pytest.mark.parametrize(
    "member", ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml"]
)
def test_xml_entity_bomb(tmp_path, member):
    src = _small_workbook(tmp_path / "ok.xlsx")
    path = tmp_path / "laughs.xlsx"
    _replace_member(src, path, member, BILLION_LAUGHS)
    err = _error(path)
    assert "实体" in err.problem and member in err.problem


def test_amount_that_is_not_a_number(tmp_path):
    path = _small_workbook(
        tmp_path / "amount.xlsx",
        [["项目名称", "总计", "绩效目标", "绩效指标"], ["项目一", "一百万", "目标", "1、产出指标：数量。"]],
    )
    err = _error(path)
    assert "不是金额" in err.problem and err.place == "工作表“表”第 2 行"


def test_pdf_is_refused_clearly(tmp_path):
    path = tmp_path / "table.pdf"
    path.write_bytes(b"%PDF-1.7\n...")
    assert "PDF" in _error(path).problem


def test_binary_garbage_as_text(tmp_path):
    path = tmp_path / "garbage.txt"
    path.write_bytes(bytes(range(256)) * 10)
    _error(path)


def test_read_files_stops_at_first_bad_file(tmp_path):
    good = _small_workbook(tmp_path / "good.xlsx")
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(b"")
    with pytest.raises(SourceError) as info:
        read_files([good, bad])
    assert "bad.xlsx" in str(info.value)


def test_encrypted_or_renamed_xls(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "密码" in _error(path).problem


def test_broken_old_xls(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    assert "损坏" in _error(path).problem


def test_a_self_evaluation_report_whose_budget_table_reads_like_a_project_is_refused(tmp_path):
    # the 部门整体支出绩效自评报告's budget table has a 项目 column: read as a target table it gave
    # one project "序号(万元)(万元)(万元)率制率", written without a word
    lines = [
        "广州市示例协会 2022 年部门 整体支出绩效自评报告", "",
        " 项目 年初预算数 全年预算数 决算数 预算调整 预算控",
        "序号  (万元) (万元) (万元) 率 制率",
        "1 一、基本支出 19904.36 20392.39 20341.08 2.45% 99.74%",
        "2 (1)人员经费 15565.06 16411.86 16398.38 5.44% 99.91%",
        "4 二、项目支出 25442.00 23887.96 23450.78 -6.11% 98.16%",
        "8 合计 45346.36 44280.35 43791.86 -2.35% 98.90%",
    ]
    path = tmp_path / "report.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert caught.value.code == "importing.not_a_target_table"
