"""Pathological workbooks end in a sentence, in bounded time and memory, never in an abort.

calamine reads a sheet as a dense grid from A1 to its last cell and sizes it from the declared
<dimension> first: one cell at XFD1048576 makes it allocate ~550 GB and abort the whole process.
Those cases run in a child process, so a regression shows as a failed test, not a dead test run.
"""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from desktop.importers import SourceError, read_file

HEADER = ["项目名称", "总计", "绩效目标", "绩效指标"]
PROJECT = ["项目一", 1, "目标", "1、产出指标：数量，年度指标值：1个。"]


def _workbook(path, rows=(HEADER, PROJECT), far_cell=None):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标表"
    for row in rows:
        ws.append(list(row))
    if far_cell:
        ws[far_cell] = "x"
    wb.save(path)
    return path


def _rewrite_sheet(src, dst, edit) -> None:
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = edit(data)
            zout.writestr(info.filename, data)


def _read_in_child(path, timeout=60) -> subprocess.CompletedProcess:
    code = (
        "import sys\n"
        "from desktop.importers import SourceError, read_file\n"
        "try:\n"
        f"    read_file({str(path)!r})\n"
        "except SourceError as exc:\n"
        "    print(exc.place or '', exc.problem, sep='|')\n"
        "    sys.exit(3)\n"
        "print('imported')\n"
    )
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=timeout, check=False
    )


def _refused_in_child(path) -> str:
    done = _read_in_child(path)
    assert done.returncode == 3, f"exit {done.returncode}: {done.stdout} {done.stderr[-2000:]}"
    assert done.stderr == ""
    place, problem = done.stdout.strip().split("|")
    assert place == "工作表“目标表”"
    assert "大得不合理" in problem
    return problem


def test_declared_cell_at_the_last_column_and_row(tmp_path):
    path = _workbook(tmp_path / "xfd.xlsx", far_cell="XFD1048576")
    problem = _refused_in_child(path)
    assert "A1:XFD1048576" in problem and "16,384 列 × 1,048,576 行" in problem


def test_cell_far_away_behind_a_small_declared_dimension(tmp_path):
    src = _workbook(tmp_path / "src.xlsx", far_cell="XFD1048576")
    path = tmp_path / "liar.xlsx"
    _rewrite_sheet(src, path, lambda d: d.replace(b'ref="A1:XFD1048576"', b'ref="A1:D2"'))
    problem = _refused_in_child(path)
    assert "单元格范围 A1:XFD1048576" in problem


def test_cell_far_away_without_any_dimension(tmp_path):
    src = _workbook(tmp_path / "src.xlsx", far_cell="XFD1048576")
    path = tmp_path / "nodim.xlsx"
    _rewrite_sheet(src, path, lambda d: re.sub(rb"<dimension [^>]*/>", b"", d))
    _refused_in_child(path)


def test_cells_without_references_are_counted(tmp_path):
    """Some generators omit r="A1": the reader then places cells by counting, so do we."""
    src = _workbook(tmp_path / "src.xlsx")
    wide = b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * 1_500 + b"</row>"
    path = tmp_path / "wide.xlsx"
    _rewrite_sheet(
        src,
        path,
        lambda d: re.sub(rb"<dimension [^>]*/>", b"", d).replace(b"</sheetData>", wide + b"</sheetData>"),
    )
    problem = _refused_in_child(path)
    assert "1,500 列" in problem


def test_two_hundred_thousand_rows_declared(tmp_path):
    path = _workbook(tmp_path / "z.xlsx", far_cell="Z200000")
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "A1:Z200000" in info.value.problem and info.value.place == "工作表“目标表”"


def test_sheet_name_with_markup_characters(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "A&B<表>"
    ws.append(HEADER)
    ws["XFD1048576"] = "x"
    path = tmp_path / "named.xlsx"
    wb.save(path)
    done = _read_in_child(path)
    assert done.returncode == 3 and "工作表“A&B<表>”" in done.stdout


def test_an_ordinary_workbook_still_imports(tmp_path):
    rows = [HEADER] + [[f"项目{k}", k, "目标", PROJECT[3]] for k in range(1, 2001)]
    tables = read_file(_workbook(tmp_path / "ok.xlsx", rows=rows))
    assert [len(t.projects) for t in tables] == [2000]


# -- numbers no table means: NaN, infinity, 1e999999999, 10^20, 40 digits -------------------------


def _numeric_cell(tmp_path, name: str, value: bytes):
    """A workbook whose 总计 cell holds `value` as a stored number (t="n"), as Excel would write it."""
    src = _workbook(tmp_path / "src.xlsx", rows=(HEADER, ["项目一", 7, "目标", PROJECT[3]]))
    path = tmp_path / name
    _rewrite_sheet(
        src, path, lambda d: re.sub(rb'(<c r="B2" t="n"><v>)7(</v>)', rb"\g<1>" + value + rb"\2", d)
    )
    assert zipfile.ZipFile(path).read("xl/worksheets/sheet1.xml").count(value) == 1
    return path


@pytest.mark.parametrize(
    ("stored", "says"),
    [
        (b"inf", "不是有限的数"),
        (b"NaN", "不是有限的数"),
        (b"1e999999999", "不是有限的数"),  # the reader makes it infinity
        (b"1E20", "过大"),
        (b"1" * 40, "过大"),
    ],
)
def test_absurd_number_in_an_amount_cell(tmp_path, stored, says):
    path = _numeric_cell(tmp_path, "n.xlsx", stored)
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert info.value.place == "工作表“目标表”第 2 行"
    assert info.value.problem.startswith("“总计”列的数值") and says in info.value.problem


@pytest.mark.parametrize("text", ["1" * 40, "-" + "9" * 20])
def test_forty_digit_amount_in_text(tmp_path, text):
    path = tmp_path / "t.txt"
    path.write_text(
        f"项目名称\t总计\t绩效目标\t绩效指标\n项目一\t{text}\t目标\t1、产出指标：数量，年度指标值：1个。\n",
        encoding="utf-8",
    )
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert info.value.place == "第 2 行" and "过大" in info.value.problem and "“总计”列" in info.value.problem


PER_INDICATOR = [
    "项目名称",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标序号",
    "年度指标值",
    "实际完成值",
    "分值",
]


@pytest.mark.parametrize(
    ("seq", "says"),
    [
        ("1e999999999", "过大"),
        ("NaN", "不是有限的数"),
        ("inf", "不是有限的数"),
        ("1E20", "过大"),
        (1e20, "过大"),
    ],
)
def test_absurd_indicator_number(tmp_path, seq, says):
    """int(Decimal('1e999999999')) would build a billion-digit integer: minutes and 430 MB."""
    rows = (PER_INDICATOR, ["项目一", "产出指标", "数量指标", "次数", seq, "1000次", "900次", 10])
    path = _workbook(tmp_path / "seq.xlsx", rows=rows)
    done = _read_in_child(path, timeout=30)
    assert done.returncode == 3, done.stderr[-2000:]
    place, problem = done.stdout.strip().split("|")
    assert place == "工作表“目标表”第 2 行第 5 列"
    assert problem.startswith("指标序号") and says in problem


@pytest.mark.parametrize(("weight", "says"), [(1e300, "过大"), ("NaN", "不是数字"), (float("nan"), "")])
def test_absurd_weight(tmp_path, weight, says):
    rows = (PER_INDICATOR, ["项目一", "产出指标", "数量指标", "次数", 1, "1000次", "900次", weight])
    path = _workbook(tmp_path / "w.xlsx", rows=rows)
    if isinstance(weight, float) and weight != weight:  # openpyxl cannot store NaN: write it raw
        path = tmp_path / "w2.xlsx"
        src = _workbook(tmp_path / "w1.xlsx", rows=rows[:1] + (rows[1][:7] + [5],))
        _rewrite_sheet(
            src, path, lambda d: d.replace(b'<c r="H2" t="n"><v>5</v>', b'<c r="H2" t="n"><v>nan</v>')
        )
        says = "不是有限的数"
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert info.value.place == "工作表“目标表”第 2 行第 8 列"
    assert "“分值”列" in info.value.problem and says in info.value.problem


def test_ordinary_numbers_still_read():
    from desktop.importers.textnorm import parse_amount, parse_seq

    assert parse_amount("99,999,999,999,999.99") == Decimal("99999999999999.99")
    assert parse_amount(12.5) == Decimal("12.5") and parse_amount(10**13) == Decimal(10**13)
    assert parse_seq("3") == 3 and parse_seq(4.0) == 4 and parse_seq("一") is None and parse_seq("") is None


# -- no input makes the parse quadratic; long parses can be cancelled ------------------------------
# (speed figures are in benchmarks/bench_pathological.py; here the results and the bounds)

LAYOUT_HEAD = ["主管部门 预算单位 项目名称 绩效目标 绩效指标", "广州市科协 广州市科协 科普经费"]


def test_layout_text_without_tabs_of_many_lines_reads_whole(tmp_path):
    path = tmp_path / "layout.txt"
    goal = "以实施全民科学素质行动计划纲要为主线以科普信息化科普服务乡村振兴"
    path.write_text(
        "\n".join(LAYOUT_HEAD + [goal] * 16_000 + ["1、产出指标：数量，年度指标值：1个。"]), "utf-8"
    )
    [table] = read_file(path)
    [project] = table.projects
    assert project.name == "科普经费" and len(project.goal) == len(goal) * 16_000
    assert [i.name for i in project.indicators] == ["数量"]


def test_a_million_lines_is_refused_at_once(tmp_path):
    path = tmp_path / "million.txt"
    path.write_text("\n".join(LAYOUT_HEAD + ["科普经费"] * 1_000_000), "utf-8")
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "1,000,002 行" in info.value.problem and "上限 60,000 行" in info.value.problem


def test_lines_split_by_unicode_separators_count_too(tmp_path):
    path = tmp_path / "seps.txt"
    path.write_text("\u2028".join(LAYOUT_HEAD + ["科普经费"] * 200_000), "utf-8")
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "200,002 行" in info.value.problem


def test_csv_of_too_many_rows_is_refused(tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("项目名称,总计,绩效目标,绩效指标\n" + "a,1,b,c\n" * 60_001, "utf-8")
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "超过 60,000 行" in info.value.problem


def test_layout_parse_checks_for_cancel(tmp_path):
    from desktop.importers import ImportCancelled

    path = tmp_path / "layout.txt"
    path.write_text("\n".join(LAYOUT_HEAD + ["科普经费"] * 50_000), "utf-8")
    polls = []

    def cancelled() -> bool:
        polls.append(1)
        return len(polls) > 5  # after the file-level polls, during the parse itself

    with pytest.raises(ImportCancelled):
        read_file(path, cancelled=cancelled)
    assert len(polls) == 6


def test_five_thousand_projects_of_one_name_are_numbered_in_order(tmp_path):
    from desktop.importers.model import ImportedProject, ImportedTable
    from desktop.models import open_store
    from desktop.operations.imports import write_tables

    table = ImportedTable(source="dup.xlsx", department="某部门")
    table.projects = [ImportedProject(unit="甲单位", supervisor=None, name="运维经费") for _ in range(5_000)]
    table.projects.insert(1, ImportedProject(unit="甲单位", supervisor=None, name="运维经费（3）"))
    with open_store(tmp_path / "dup.db") as store:
        result = write_tables(store, [table], year=2024)
    assert result.added == 5_001 and len(result.renamed) == 4_999
    assert result.renamed[:3] == ["运维经费（2）", "运维经费（4）", "运维经费（5）"]
    assert result.renamed[-1] == "运维经费（5001）"  # 3 was taken
    assert len(set(result.renamed)) == 4_999


# -- a file that yields no project is an error that says what the file is -------------------------


def _self_evaluation_form(path):
    """A 项目支出绩效自评表 typed in Excel in the 财预〔2020〕10号 layout (DESIGN.md §8)."""
    rows = [
        ["项目支出绩效自评表"],
        ["（2022年度）"],
        ["项目名称", "科普经费"],
        ["主管部门", "广州市科学技术协会", None, None, "实施单位", "广州市科学技术协会"],
        ["项目资金（万元）", None, "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"],
        [None, "年度资金总额", 1200, 1200, 1180, 10, "98.33%", 9.83],
        ["年度总体目标", "预期目标", None, None, "实际完成情况"],
        [None, "开展科普活动", None, None, "已开展"],
        [
            "绩效指标",
            "一级指标",
            "二级指标",
            "三级指标",
            "年度指标值",
            "实际完成值",
            "分值",
            "得分",
            "偏差原因分析及改进措施",
        ],
        [None, "产出指标", "数量指标", "科普活动次数", "≥1000次", "1100次", 50, 50, None],
        [None, "效益指标", "社会效益指标", "公众科学素质", "有效提升", "有效提升", 30, 28, None],
        ["总分", None, None, None, None, None, 100, 97.83],
    ]
    return _workbook(path, rows=rows)


def _declaration_form(path):
    """A per-project 项目支出绩效目标申报表: a key-value block above the indicator rows."""
    rows = [
        ["项目支出绩效目标申报表"],
        ["（2023年度）"],
        ["项目名称", "科普经费"],
        ["主管部门及代码", "广州市科学技术协会"],
        ["项目资金（万元）", "年度资金总额", 250],
        ["年度绩效目标", "开展科普活动"],
        ["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"],
        [None, "产出指标", "数量指标", "科普活动次数", "≥1000次"],
    ]
    return _workbook(path, rows=rows)


@pytest.mark.parametrize(
    ("make", "says"),
    [(_self_evaluation_form, "自评表")],
)
def test_a_form_that_is_not_a_target_table_is_named(tmp_path, make, says):
    """A filled 自评表 given to the target-table reader is named, and sent to its own import."""
    path = make(tmp_path / "form.xlsx")
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "这是" in info.value.problem and says in info.value.problem


def test_a_declaration_form_is_read_as_its_one_project(tmp_path):
    """A per-project 申报表 is a target table of one project (issue 13), not an error."""
    [table] = read_file(_declaration_form(tmp_path / "form.xlsx"))
    assert [p.name for p in table.projects] == ["科普经费"]


def test_header_without_project_rows(tmp_path):
    path = _workbook(tmp_path / "head.xlsx", rows=(HEADER, [None, None, None, None]))
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "没有读到任何项目" in info.value.problem


def test_layout_text_with_a_header_and_nothing_below(tmp_path):
    path = tmp_path / "head.txt"
    path.write_text("项目支出绩效自评表\n主管部门 预算单位 项目名称 绩效目标 绩效指标\n", "utf-8")
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "这是项目支出绩效自评表" in info.value.problem


def test_cli_import_of_a_self_evaluation_form_goes_to_the_self_evaluation_import(tmp_path, capsys):
    """`perfdesk import` of a filled 自评表 reads it as one (issue 12), never as an empty target table."""
    from desktop.cli import main

    db = tmp_path / "p.db"
    path = _self_evaluation_form(tmp_path / "自评表.xlsx")
    code = main(["import", str(path), "--db", str(db), "--year", "2022"])
    out, err = capsys.readouterr()
    assert code == 0 and "Traceback" not in err
    assert "已导入自评表" in out and "新增 1 个项目" in out and "科普经费" in out


def test_a_folder_given_as_a_file(tmp_path):
    with pytest.raises(SourceError) as info:
        read_file(tmp_path)
    assert "文件夹" in info.value.problem


def test_an_unreadable_file(tmp_path, monkeypatch):
    """A file another program holds exclusively (Windows) or without read permission."""
    path = _workbook(tmp_path / "locked.xlsx")
    real_open = type(path).open

    def refuse(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(type(path), "open", refuse)
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "正被其他程序独占" in info.value.problem and "Permission" not in info.value.problem


def test_the_grid_is_checked_again_before_it_becomes_python_lists(tmp_path, monkeypatch):
    """An old .xls has no zip to look into first: the grid calamine read is checked before use."""
    from desktop.importers import xlsxfile

    monkeypatch.setattr(xlsxfile, "check_zip", lambda path: None)
    path = _workbook(tmp_path / "z.xlsx", far_cell="Z200000")
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "单元格范围 A1:Z200000" in info.value.problem and info.value.place == "工作表“目标表”"


def test_csv_sniffing_reads_a_bounded_sample(tmp_path, monkeypatch):
    """csv.Sniffer is quadratic in its sample: `,"` repeated 10,000 times took 10 s to sniff."""
    import csv

    sniffed = []
    real = csv.Sniffer.sniff

    def sniff(self, sample, delimiters=None):
        sniffed.append(len(sample))
        return real(self, sample, delimiters)

    monkeypatch.setattr(csv.Sniffer, "sniff", sniff)
    path = tmp_path / "quotes.csv"
    path.write_text("项目名称,总计,绩效目标,绩效指标\n" + ',"' * 10_000 + "\n", "utf-8")
    with pytest.raises(SourceError):
        read_file(path)
    assert sniffed and max(sniffed) <= 2_000


@pytest.mark.parametrize("digits", [50, 5_000, 30_000])
def test_a_long_run_of_digits_before_an_item_mark(digits):
    """Every tail of the digits used to be tried as the item number: quadratic, and past 4,300
    digits int() raised ValueError (a traceback)."""
    from desktop.importers.indicators import parse_indicators

    [item] = parse_indicators("2" * digits + "、产出指标：数量，年度指标值：1个。")
    assert item.seq == 22 and item.name == "数量" and item.annual_target == "1个"


def test_overlapping_merged_ranges_are_refused(tmp_path, monkeypatch):
    """Each merged range is filled cell by cell: 100,000 copies of one range (3 MB of XML) took
    minutes. Real merged ranges never overlap, so together they cover at most the grid."""
    from desktop.importers import xlsxfile

    monkeypatch.setattr(xlsxfile, "MAX_SHEET_CELLS", 100_000)
    rows = [HEADER] + [PROJECT] * 2_000
    src = _workbook(tmp_path / "src.xlsx", rows=rows)
    merges = b'<mergeCells count="20">' + b'<mergeCell ref="A2:D2001"/>' * 20 + b"</mergeCells>"
    path = tmp_path / "merges.xlsx"
    _rewrite_sheet(src, path, lambda d: d.replace(b"</sheetData>", b"</sheetData>" + merges))
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "20 个合并区域互相重叠" in info.value.problem and info.value.place == "工作表“目标表”"


def test_one_merged_range_still_fills_down(tmp_path):
    rows = [HEADER, PROJECT, [None, None, None, "1、产出指标：质量，年度指标值：好。"]]
    src = _workbook(tmp_path / "src.xlsx", rows=rows)
    path = tmp_path / "merged.xlsx"
    merges = b'<mergeCells count="1"><mergeCell ref="A2:A3"/></mergeCells>'
    _rewrite_sheet(src, path, lambda d: d.replace(b"</sheetData>", b"</sheetData>" + merges))
    [table] = read_file(path)
    assert [p.name for p in table.projects] == ["项目一", "项目一"]


def test_a_project_of_thousands_of_indicators_is_refused(tmp_path):
    path = tmp_path / "many.txt"
    items = "".join(f"{k}、产出指标：数量{k}，年度指标值：1个。" for k in range(1, 2_502))
    path.write_text(f"项目名称\t总计\t绩效目标\t绩效指标\n科普经费\t1\t目标\t{items[:32_000]}\n", "utf-8")
    [table] = read_file(path)  # 32,000 characters hold fewer than 2,000 items: imported
    assert 1_000 < table.indicator_count < 2_000
    layout = tmp_path / "layout.txt"
    layout.write_text("\n".join(LAYOUT_HEAD + ["1、产出指标：数量，年度指标值：1个。"] * 2_001), "utf-8")
    with pytest.raises(SourceError) as info:
        read_file(layout)
    assert "项目“科普经费”有 2,001 条指标" in info.value.problem and info.value.place == "第 2 行"


def test_thousands_of_page_break_pieces_join_in_order(tmp_path):
    """Each piece used to be found by a scan of the rest and joined by copying the whole text:
    7,900 pieces of a 10 MB cell took 30 s. Now one pass; the text comes out the same."""
    pieces = [f"第{k}段；" for k in range(3_000)]
    lines = [
        "项目名称\t总计\t绩效目标\t绩效指标",
        "科普经费\t1\t目标开头\t1、产出指标：数量，年度指标值：1个",
    ]
    lines += [f"\t\t\t{p}" for p in pieces]
    lines += ["运维经费\t2\t目标\t1、产出指标：质量，年度指标值：好。"]
    path = tmp_path / "pieces.txt"
    path.write_text("\n".join(lines), "utf-8")
    [table] = read_file(path)
    first, second = table.projects
    assert first.indicators[0].annual_target == "1个" + "".join(pieces)
    assert second.name == "运维经费" and second.indicators[0].annual_target == "好"
    assert sum("跨页拆出的后半部分" in r.what for r in table.repairs) == 3_000


def _forged_dimensions(rows: int, cols: int = 8) -> bytes:
    import struct

    return b"\x00\x02\x0e\x00" + struct.pack("<IIHHH", 0, rows, 0, cols, 0)


def test_old_xls_claiming_more_rows_than_the_format_has(tmp_path):
    """calamine sizes an .xls sheet from its DIMENSIONS record and aborts on rwMac 0x7FFFFFFF."""
    path = tmp_path / "forged.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600 + _forged_dimensions(0x7FFFFFFF))
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "2,147,483,647 行" in info.value.problem and "65,536 行" in info.value.problem


def test_a_real_xls_with_a_forged_dimensions_record(tmp_path):
    """The whole way, in a child process: LibreOffice writes the .xls, its record is forged."""
    import shutil

    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed: no way to write a real .xls here")
    src = _workbook(tmp_path / "small.xlsx")
    done = subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--headless",
            "--convert-to",
            "xls",
            "--outdir",
            str(tmp_path),
            str(src),
        ],
        capture_output=True,
        timeout=180,
        check=False,
    )
    xls = tmp_path / "small.xls"
    if not xls.exists():
        pytest.skip(f"LibreOffice could not convert here: {done.stderr[-300:]!r}")
    data = xls.read_bytes()
    at = data.find(b"\x00\x02\x0e\x00")
    assert at > 0, "no DIMENSIONS record in LibreOffice's .xls"
    forged = tmp_path / "forged.xls"
    forged.write_bytes(data[:at] + _forged_dimensions(0x7FFFFFFF) + data[at + 18 :])
    done = _read_in_child(forged)
    assert done.returncode == 3, f"exit {done.returncode}: {done.stderr[-500:]}"
    assert "超过旧版 Excel 格式的上限" in done.stdout
    assert _read_in_child(xls).stdout.strip() == "imported"


def test_zip_of_a_future_version(tmp_path):
    """zipfile raises NotImplementedError (not BadZipFile) for a 'version needed' it does not know."""
    data = bytearray(_workbook(tmp_path / "ok.xlsx").read_bytes())
    at = data.rfind(b"PK\x01\x02")  # the last central directory entry
    data[at + 6] = 254  # version needed to extract: 25.4
    path = tmp_path / "future.xlsx"
    path.write_bytes(bytes(data))
    with pytest.raises(SourceError) as info:
        read_file(path)
    assert "损坏" in info.value.problem
