"""The general repair rules, each on a small made-up table (no seed content)."""

from __future__ import annotations

from decimal import Decimal

import openpyxl
import pytest

from desktop.importers import read_file
from desktop.importers.headers import ROLE_LABELS, role_of
from desktop.importers.indicators import parse_indicators
from desktop.importers.reading import detect_columns
from desktop.importers.textnorm import clean, parse_amount

HEADER = ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"]


def _tsv(tmp_path, rows, encoding="utf-8", name="t.txt"):
    lines = ["项目支出绩效目标表", "部门名称：某部门", "单位：万元", "\t".join(HEADER)]
    lines += ["\t".join(r) for r in rows]
    path = tmp_path / name
    path.write_text("\n".join(lines), encoding=encoding)
    [table] = read_file(path)
    return table


def test_amounts_with_spaces_commas_and_tags():
    assert parse_amount("<p>2, 501. 00</p>") == Decimal("2501.00")
    assert parse_amount("1,200.00") == Decimal("1200.00")
    assert parse_amount(" ") is None
    assert parse_amount(12.5) == Decimal("12.5")
    with pytest.raises(ValueError):
        parse_amount("约100")


def test_clean_removes_tags_entities_and_all_whitespace():
    assert clean("<p>一 二\n三&nbsp;</p>") == "一二三"
    assert clean("≤3s") == "≤3s"
    assert clean(95.0) == "95"


@pytest.mark.parametrize(
    "label, role",
    [
        ("绩 效 目 标", "goal"),
        ("项目名称（资金使用单位）", "name"),
        ("总计（万元）", "total"),
        ("财政专户拨款", "special"),
        ("三级指标", "indicator_name"),
        ("实际完成值", "actual"),
        ("偏差原因分析及改进措施", "deviation_reason"),
        ("全年执行数", "spent"),
        ("年初预算数", "budget_initial"),
        ("分  值", "weight"),
        ("科普项目", None),  # a project name that merely contains 项目
    ],
)
def test_header_labels_by_meaning(label, role):
    assert role_of(label) == role
    if role:
        assert role in ROLE_LABELS


def test_both_indicator_formats_and_restarting_numbers():
    coded = "1、1-产出指标；11-数量指标；次数；实施周期指标值:≥2次；年度指标值:≥1次。2、2-效益指标；22-社会效益；效果；年度指标值:提升。"
    plain = "1、产出指标：场次，年度指标值：1.不少于10次。2.举办一场，发布2类。。1、满意度指标：满意度，年度指标值：90%。"
    a, b = parse_indicators(coded)
    assert (a.level1_code, a.level1, a.level2_code, a.level2) == ("1", "产出指标", "11", "数量指标")
    assert (a.name, a.period_target, a.annual_target) == ("次数", "≥2次", "≥1次")
    assert (b.period_target, b.annual_target) == (None, "提升")
    c, d = parse_indicators(plain)
    assert (c.seq, c.name, c.annual_target, c.level2) == (1, "场次", "1.不少于10次。2.举办一场，发布2类", None)
    assert (d.seq, d.level1) == (1, "满意度指标")


def test_coded_items_whose_text_holds_the_markers_first_characters():
    """A name with 实 or 实施, a value with 年 or 年度: each part still ends at its marker's first
    occurrence, whichever path of the parse reads it."""
    text = ("1、1-产出指标；11-数量指标；落实实施方案；实施周期指标值:3年完成；年度指标值:年度内完成实施。"
            "2、2-效益指标；22-社会效益；实；实施周期指标值:年年度；年度指标值:年。"
            "3、1-产出指标；12-质量指标；实施周期；实施周期指标值:≥1；年度指标值:≥2实施周期指标值。"
            "4、1-产出指标；13-时效指标；年度完成；年度指标值:5；实施周期指标值:10；年度指标值:6。")
    items = parse_indicators(text)
    assert [(i.name, i.period_target, i.annual_target) for i in items] == [
        ("落实实施方案", "3年完成", "年度内完成实施"),
        ("实", "年年度", "年"),
        ("实施周期", "≥1", "≥2实施周期指标值"),
        ("年度完成", None, "5；实施周期指标值:10；年度指标值:6"),  # the annual value first: the rest is its text
    ]


def test_values_holding_numbers_and_separators():
    text = "1、产出指标：数量，年度指标值：应用软件系统数3、硬件设备系统2。2、产出指标：率，年度指标值：99"
    text += "3、效益指标：效果，年度指标值：有效"
    items = parse_indicators(text)
    assert [i.seq for i in items] == [1, 2, 3]
    assert items[0].annual_target == "应用软件系统数3、硬件设备系统2"
    assert items[1].annual_target == "99"  # '993、' is value 99 then item 3


def test_name_separator_variants():
    text = "1、产出指标：甲。年度指标值：1。2、产出指标:乙,年度指标值:2。3、产出指标：丙年度指标值：。4、产出指标：丁（%）。"
    items = parse_indicators(text)
    assert [(i.name, i.annual_target) for i in items] == [
        ("甲", "1"),
        ("乙", "2"),
        ("丙", ""),
        ("丁（%）", None),
    ]


def test_dropped_empty_column_is_reinserted_by_arithmetic(tmp_path):
    table = _tsv(
        tmp_path,
        [
            ["合计", "30.00", "20.00", "10.00", "", "", ""],
            ["甲项目", "20.00", "20.00", "", "目标甲", "1、产出指标：数量，年度指标值：1个。"],  # 6 cells
            ["乙项目", "10.00", "", "10.00", "目标乙", "1、产出指标：数量，年度指标值：2个。"],  # 6 cells
        ],
    )
    a, b = table.projects
    assert a.amounts.as_tuple() == (Decimal("20.00"), Decimal("20.00"), None, None)
    assert b.amounts.as_tuple() == (Decimal("10.00"), None, Decimal("10.00"), None)
    assert (a.goal, b.goal) == ("目标甲", "目标乙")
    assert all(c.matches for c in table.sum_checks())
    assert sum("少 1 列" in r.what for r in table.repairs) == 2


def test_row_split_by_page_break_both_ways(tmp_path):
    table = _tsv(
        tmp_path,
        [
            ["甲项目", "1.00", "1.00", "", "", "目标甲前半", "1、产出指标：数量，年度指标值：1"],
            ["", "", "", "", "", "", "0个。2、产出指标：质量，年度指标值：合格。"],  # tail of 甲
            ["", "", "", "", "", "目标乙前半", "1、效益指标：效果，年度指标值：提"],  # head of 乙
            ["乙项目", "2.00", "2.00", "", "", "目标乙后半", "升。2、满意度指标：满意度，年度指标值：90%。"],
        ],
    )
    a, b = table.projects
    assert [(i.name, i.annual_target) for i in a.indicators] == [("数量", "10个"), ("质量", "合格")]
    assert b.goal == "目标乙前半目标乙后半"
    assert [(i.name, i.annual_target) for i in b.indicators] == [("效果", "提升"), ("满意度", "90%")]
    assert {r.place for r in table.repairs} >= {"第 6 行", "第 7 行"}


def test_name_broken_over_rows_and_repeated_header(tmp_path):
    table = _tsv(
        tmp_path,
        [
            ["某单位", "3.00", "3.00", "", "", "", ""],
            ["很长的项目名称的前", "3.00", "3.00", "", "", "目标", "1、产出指标：数量，年度指标值：1个。"],
            ["半和后半", "", "", "", "", "", ""],
            HEADER,  # the header printed again on the next page
        ],
    )
    [project] = table.projects
    assert (project.unit, project.name) == ("某单位", "很长的项目名称的前半和后半")
    assert [u.name for u in table.units] == ["某单位"]


def test_gbk_text_equals_utf8(tmp_path, seed_path):
    text = seed_path("001_fef803051986e1a1").read_text(encoding="utf-8")
    for encoding in ("gb18030", "utf-8-sig"):
        other = tmp_path / f"{encoding}.txt"
        other.write_bytes(text.encode(encoding))
        [a] = read_file(other)
        [b] = read_file(seed_path("001_fef803051986e1a1"))
        assert a.projects == b.projects and a.units == b.units and a.stated_totals == b.stated_totals


def test_layout_text_page_numbers_and_short_lines(tmp_path):
    lines = [
        "某部门2024年项目支出绩效目标表",
        "主管部门 预算单位 项目名称 绩效目标 绩效指标",
        "某部门",
        "某部门下属的很长的单位名",
        "称",
        "第一个项目",
        "这是绩效目标的第一行，它比项目名称那一栏宽得多，所以是绩效目标。",
        "- 2 -",
        "目标的第二行。",
        "1、产出指标：数量，年度指标值：1",
        "0个。2",
        "、效益指标：效果，年度指标值：好。",
        "某部门 某部门 第二个项目",
        "第二个项目的目标也是一行很长的文字，长到不可能是名称栏里的字。",
        "1、满意度指标：满意度，年度指标值：90%。",
    ]
    path = tmp_path / "layout.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    [table] = read_file(path)
    a, b = table.projects
    assert (a.supervisor, a.unit, a.name) == ("某部门", "某部门下属的很长的单位名称", "第一个项目")
    assert a.goal.endswith("目标的第二行。")
    assert [(i.seq, i.annual_target) for i in a.indicators] == [(1, "10个"), (2, "好")]
    assert (b.unit, b.name, len(b.indicators)) == ("某部门", "第二个项目", 1)


def test_detect_columns_and_mapping(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "目标"
    ws.append(["标题"])
    ws.append(["项目名称", "总  计", "说明", "绩效指标"])
    ws.append(["甲", 1, "目标甲", "1、产出指标：数量，年度指标值：1个。"])
    path = tmp_path / "d.xlsx"
    wb.save(path)
    [found] = detect_columns(path)
    assert found.sheet == "目标" and found.header_place == "工作表“目标”第 2 行"
    assert found.labels == ["项目名称", "总计", "说明", "绩效指标"]
    assert found.roles == {"name": 0, "total": 1, "indicators": 3}
    [table] = read_file(path, mapping={"goal": found.labels.index("说明")})
    assert table.projects[0].goal == "目标甲"


@pytest.mark.parametrize("name", ["001_fef803051986e1a1", "002_ab6e064b63c97b02"])
def test_seed_text_pasted_into_excel_equals_truth(name, seed_path, truth, tmp_path):
    """Short rows padded by the spreadsheet: text in an amount column triggers the realignment."""
    from desktop.importers import to_truth_dict
    from tests.test_import_seeds import assert_matches_truth

    wb = openpyxl.Workbook()
    ws = wb.active
    for line in seed_path(name).read_text(encoding="utf-8").split("\n"):
        ws.append(line.split("\t"))
    path = tmp_path / "pasted.xlsx"
    wb.save(path)
    [table] = read_file(path)
    assert_matches_truth(to_truth_dict(table), truth(name))


@pytest.mark.parametrize("name", ["001_fef803051986e1a1", "002_ab6e064b63c97b02"])
def test_seed_with_trailing_tabs_trimmed_equals_truth(name, seed_path, truth, tmp_path):
    """Editors strip trailing whitespace: 合计 and subtotal rows then lose their empty cells."""
    from desktop.importers import to_truth_dict
    from tests.test_import_seeds import assert_matches_truth

    text = "\n".join(line.rstrip() for line in seed_path(name).read_text(encoding="utf-8").split("\n"))
    path = tmp_path / "trimmed.txt"
    path.write_text(text, encoding="utf-8")
    [table] = read_file(path)
    assert_matches_truth(to_truth_dict(table), truth(name))
    assert all(c.matches for c in table.sum_checks())
