"""Layouts officers receive from other provinces, as example files made here (the real ones are held back).

- a Sichuan-style budget-system export: one row per indicator, merged project cells, a department
  subtotal row first, unit names with codes, 指标性质 / 指标值 / 度量单位 / 权重 / 指标方向性 columns,
  amounts in 元;
- a one-row-per-indicator workbook whose total column is headed 项目总额（万元）;
- columns the import does not read are named, never dropped silently.
"""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal

import openpyxl
import openpyxl.styles
import openpyxl.utils
import pytest

from desktop.importers import read_file, to_truth_dict
from desktop.importers.model import from_truth_dict
from tests.test_import_excel import PER_INDICATOR_HEADER, write_per_indicator_xlsx

SICHUAN_HEADER = [
    "单位名称",
    "项目名称",
    "预算数（元）",
    "年度目标",
    "一级指标",
    "二级指标",
    "三级指标",
    "指标性质",
    "指标值",
    "度量单位",
    "权重",
    "指标方向性",
    "备注",
]
# (一级, 二级, 三级, 指标性质, 指标值, 度量单位, 权重, 方向)
SICHUAN_A = [
    ("产出指标", "数量指标", "培训基层干部人次", "≥", 1200, "人次", 22.5, "正向"),
    ("产出指标", "质量指标", "培训合格率", "≥", 95, "%", 22.5, "正向"),
    ("产出指标", "时效指标", "培训完成时间", "≤", 10, "月", 10, "反向"),
    ("产出指标", "成本指标", "人均培训成本", "≤", 1500, "元", 10, "反向"),
    ("效益指标", "社会效益指标", "基层治理能力", "定性", "明显提升", "", 10, "正向"),
    ("效益指标", "可持续影响指标", "安全事故次数", "=", 0, "次", 5, "反向"),
    ("满意度指标", "服务对象满意度指标", "参训人员满意度", "≧", 90, "%", 10, "正向"),
]
SICHUAN_B = [
    ("产出指标", "数量指标", "设备购置数量", "=", 8, "台", "30分", "正向"),
    ("产出指标", "质量指标", "验收合格率", ">=", 100, "%", 20, "正向"),
    ("产出指标", "时效指标", "到货时间", "≦", 3, "个月", 10, "反向"),
    ("效益指标", "社会效益指标", "业务办理时长缩短", "≥", 20, "%", 10, "正向"),
    ("效益指标", "可持续影响指标", "设备使用年限", "≥", 5, "年", 10, "正向"),
    ("满意度指标", "服务对象满意度指标", "使用人员满意度", "≥", 95, "%", 10, "正向"),
]
SICHUAN_PROJECTS = [
    ("820001-四川省示例培训中心", "基层干部能力提升培训", "1234567.89", "完成全年基层干部培训任务。", SICHUAN_A),
    ("820002-四川省示例信息中心", "政务设备更新", "2000000", "更新政务服务设备，缩短办理时长。", SICHUAN_B),
]


_SIDE = openpyxl.styles.Side(style="thin")
_THIN = openpyxl.styles.Border(left=_SIDE, right=_SIDE, top=_SIDE, bottom=_SIDE)
_WRAP = openpyxl.styles.Alignment(wrap_text=True, vertical="center")


def write_sichuan_xlsx(path, *, amounts_in_header: bool = True) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目绩效目标"
    ws.append(["2024年部门预算项目支出绩效目标表"])
    ws.append([None if amounts_in_header else "金额单位：元"])
    header = list(SICHUAN_HEADER)
    if not amounts_in_header:
        header[2] = "预算数"
    ws.append(header)
    total = sum(Decimal(a) for *_, a, _, _ in [(p[0], p[1], p[2], p[3], p[4]) for p in SICHUAN_PROJECTS])
    ws.append(["820-四川省示例厅", None, float(total)])  # the department subtotal, first
    for unit, name, amount, goal, rows in SICHUAN_PROJECTS:
        first = ws.max_row + 1
        for k, (l1, l2, l3, op, value, measure, weight, direction) in enumerate(rows):
            head = [unit, name, float(Decimal(amount)), goal] if k == 0 else [None] * 4
            ws.append([*head, l1, l2, l3, op, value, measure, weight, direction, "已审核" if k == 0 else None])
        last = ws.max_row
        for col in range(1, 5):
            ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
        # ruled like the budget system's export (what a printer or PDF converter draws as lines)
        for r in ws.iter_rows(min_row=3, max_row=last, max_col=len(SICHUAN_HEADER)):
            for c in r:
                c.border = _THIN
                c.alignment = _WRAP
                if c.column == 3:
                    c.number_format = "#,##0.00"
        # 一级指标 merged over its rows, as the budget system prints it
        start = first
        for k in range(1, len(rows) + 1):
            if k == len(rows) or rows[k][0] != rows[k - 1][0]:
                if first + k - 1 > start:
                    ws.merge_cells(start_row=start, start_column=5, end_row=first + k - 1, end_column=5)
                start = first + k
    for k, width in enumerate((24, 16, 14, 18, 10, 14, 16, 8, 8, 8, 6, 8, 8)):
        ws.column_dimensions[openpyxl.utils.get_column_letter(k + 1)].width = width
    ws.page_setup.orientation = "landscape"  # printed one page wide, as offices print it
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    wb.save(path)


@pytest.mark.parametrize("amounts_in_header", [True, False], ids=["label-元", "preamble-元"])
def test_sichuan_export_reads_targets_weights_and_amounts(tmp_path, amounts_in_header):
    path = tmp_path / "sichuan.xlsx"
    write_sichuan_xlsx(path, amounts_in_header=amounts_in_header)
    [table] = read_file(path)
    assert table.layout == "per_indicator"
    assert [p.name for p in table.projects] == ["基层干部能力提升培训", "政务设备更新"]
    assert table.indicator_count == 13
    # codes before unit names are kept apart from the name
    assert [(p.unit_code, p.unit) for p in table.projects] == [
        ("820001", "四川省示例培训中心"),
        ("820002", "四川省示例信息中心"),
    ]
    # 元 → 万元 exactly, with the unit said
    assert table.amount_unit == "万元"
    assert [p.amounts.total for p in table.projects] == [Decimal("123.456789"), Decimal("200")]
    assert any("换算为万元" in r.what for r in table.repairs)
    # the department subtotal row is the department's total, not a unit without projects
    assert table.units == []
    assert table.stated_totals.total == Decimal("323.456789")
    assert table.department == "四川省示例厅"
    assert all(c.matches for c in table.sum_checks())
    a = table.projects[0].indicators
    assert [i.annual_target for i in a] == ["≥1200人次", "≥95%", "≤10月", "≤1500元", "明显提升", "=0次", "≥90%"]
    assert [(i.sign, i.value, i.unit) for i in a[:2]] == [("≥", Decimal(1200), "人次"), ("≥", Decimal(95), "%")]
    assert a[4].qualitative is True and a[4].sign is None
    assert [i.weight for i in a] == [Decimal(x) for x in ("22.5", "22.5", "10", "10", "10", "5", "10")]
    assert [i.direction for i in a][:3] == ["正向", "正向", "反向"]
    # merged 一级指标 cells fill down; codes stay absent where none is printed
    assert [i.level1 for i in a] == ["产出指标"] * 4 + ["效益指标"] * 2 + ["满意度指标"]
    b = table.projects[1].indicators
    assert [i.annual_target for i in b][:3] == ["=8台", "≥100%", "≤3个月"]
    assert sum(i.weight for i in b) == 90
    # the 备注 column is read by nothing: it is named
    assert table.unused_columns == ["备注"]


def test_sichuan_department_row_spread_over_unit_and_name(tmp_path):
    """The department row with its name in both 单位名称 and 项目名称 (a merge across) is no project."""
    path = tmp_path / "sichuan2.xlsx"
    write_sichuan_xlsx(path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    ws.cell(4, 2).value = "820-四川省示例厅"
    ws.cell(6, 9).value = "≥95"  # 指标值 printed with its operator as well
    wb.save(path)
    [table] = read_file(path)
    assert [p.name for p in table.projects] == ["基层干部能力提升培训", "政务设备更新"]
    assert table.stated_totals.total == Decimal("323.456789") and table.department == "四川省示例厅"
    assert table.projects[0].indicators[1].annual_target == "≥95%"


def test_per_indicator_total_headed_xiangmu_zonge(truth, tmp_path):
    """The one-row-per-indicator workbook with 项目总额（万元）: every total lands."""
    want = truth("002_ab6e064b63c97b02")
    path = tmp_path / "rows.xlsx"
    write_per_indicator_xlsx(from_truth_dict(want), path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    col = [label for _, label in PER_INDICATOR_HEADER].index("总计（万元）") + 1
    header_row = next(r for r in range(1, 10) if ws.cell(r, col).value == "总计（万元）")
    ws.cell(header_row, col).value = "项目总额（万元）"
    wb.save(path)
    [table] = read_file(path)
    got = to_truth_dict(table)
    assert [p["amounts"]["total"] for p in got["projects"]] == [
        p["amounts"]["total"] for p in want["projects"]
    ]
    assert all(p.amounts.total is not None for p in table.projects)
    assert table.unused_columns == []


def test_missing_total_is_derived_from_its_parts(tmp_path):
    path = tmp_path / "parts.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "财政拨款", "其他资金", "绩效目标", "三级指标", "年度指标值"])
    ws.append(["示例项目", 12.5, 0.25, "目标", "完成数量", "≥10个"])
    wb.save(path)
    [table] = read_file(path)
    [p] = table.projects
    assert p.amounts.total == Decimal("12.75")
    assert any("总计" in r.what and "12.75" in r.what for r in table.repairs)


def test_unused_columns_named_in_the_command_output(tmp_path):
    path = tmp_path / "sichuan.xlsx"
    write_sichuan_xlsx(path)
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "import", str(path), "--dry-run", "--db", str(tmp_path / "x.db")],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "未使用的列：备注" in out.stdout
    assert "换算为万元" in out.stdout


def test_export_gives_weight_sign_value_unit_and_direction(tmp_path):
    from desktop.commands.export import export_data
    from desktop.models import open_store
    from desktop.operations.imports import write_tables

    path = tmp_path / "sichuan.xlsx"
    write_sichuan_xlsx(path)
    tables = read_file(path)
    with open_store(tmp_path / "s.db") as store:
        write_tables(store, tables, year=2024)
        [data] = export_data(store, 2024)
    assert [p["unit_code"] for p in data["projects"]] == ["820001", "820002"]
    assert data["projects"][0]["unit"] == "四川省示例培训中心"
    first = data["projects"][0]["indicators"]
    assert first[1]["annual_value"] == "≥95%"
    assert (first[1]["sign"], first[1]["value"], first[1]["unit"]) == ("≥", 95.0, "%")
    assert first[1]["weight"] == 22.5 and first[1]["direction"] == "正向"
    assert (first[2]["sign"], first[2]["value"], first[2]["direction"]) == ("≤", 10.0, "反向")
    assert first[4]["target_kind"] != "number" and first[4]["sign"] is None  # 定性 from its column
    assert (first[5]["sign"], first[5]["value"]) == ("=", 0.0)
    assert data["stated_totals"]["total"] == pytest.approx(323.456789)
    assert sum(i["weight"] for i in data["projects"][1]["indicators"]) == 90
    assert "表头：未使用的列：备注" in data["notes"]  # kept with the import, for the record


# (一级, 二级, 三级, 指标值); None = an empty placeholder row for an unused 二级 class
HUNAN_ROWS = [
    ("产出指标", "数量指标", "养护道路里程", "≥120公里"),
    ("产出指标", "质量指标", "养护合格率", "≥95%"),
    ("产出指标", "时效指标", "完成时间", "2024年12月底前"),
    ("产出指标", "成本指标", "养护成本", "≤250万元"),
    ("效益指标", "经济效益指标", None, None),
    ("效益指标", "社会效益指标", "群众出行便利度", "明显提升"),
    ("效益指标", "生态效益指标", None, None),
    ("效益指标", "可持续影响指标", "道路使用年限", "≥10年"),
    ("效益指标", "满意度", "沿线群众满意度", "≥90%"),  # older template: 满意度 as a 二级 under 效益
]


def write_hunan_xlsx(path, sheets: int = 1) -> None:
    wb = openpyxl.Workbook()
    for n in range(sheets):
        ws = wb.active if n == 0 else wb.create_sheet()
        ws.title = f"项目{n + 1}"
        ws.append(["项目支出绩效目标申报表"])
        ws.merge_cells("A1:E1")
        ws.append(["（2024年度）"])
        ws.append(["项目支出名称", f"乡村道路养护{'' if n == 0 else n + 1}", None, "预算部门", "430001-湖南省示例局"])
        ws.append(["预算单位", "湖南省示例道路中心", None, "项目属性", "经常性项目"])
        ws.append(["年度本级预算金额", "250万", None, "其中：财政拨款", "2,000,000元"])
        ws.append(["实施期绩效目标", "三年内完成全县乡村道路养护。"])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=5)
        ws.append(["本年度绩效目标", "完成120公里乡村道路养护，合格率不低于95%。"])
        ws.merge_cells(start_row=ws.max_row, start_column=2, end_row=ws.max_row, end_column=5)
        ws.append(["绩效指标", "一级指标", "二级指标", "三级指标", "指标值"])
        first = ws.max_row + 1
        for l1, l2, l3, value in HUNAN_ROWS:
            ws.append([None, l1, l2, l3, value])
        last = ws.max_row
        ws.merge_cells(start_row=first - 1, start_column=1, end_row=last, end_column=1)
        ws.merge_cells(start_row=first, start_column=2, end_row=first + 3, end_column=2)
        ws.merge_cells(start_row=first + 4, start_column=2, end_row=last, end_column=2)
        ws.append(["填报人：张三", None, "联系电话：0731-1234567"])
    wb.save(path)


def test_hunan_form_sheet_is_one_project(tmp_path):
    path = tmp_path / "hunan.xlsx"
    write_hunan_xlsx(path)
    [table] = read_file(path)
    assert table.layout == "form"
    [p] = table.projects
    assert p.name == "乡村道路养护"
    assert (p.unit, p.supervisor, p.unit_code) == ("湖南省示例道路中心", "湖南省示例局", None)
    assert table.department == "湖南省示例局"
    assert (p.amounts.total, p.amounts.fiscal) == (Decimal(250), Decimal(200))
    assert p.goal == "完成120公里乡村道路养护，合格率不低于95%。"
    assert len(p.indicators) == 7
    assert [i.name for i in p.indicators][-1] == "沿线群众满意度"
    assert [(i.level1, i.level2) for i in p.indicators][-1] == ("效益指标", "满意度")
    assert [i.annual_target for i in p.indicators][:2] == ["≥120公里", "≥95%"]
    assert sum("占位行" in r.what for r in table.repairs) == 2
    # what the app has no place for is named; the 绩效指标 caption column is not data
    assert table.unused_columns == ["项目属性", "实施期绩效目标"]
    assert table.title == "项目支出绩效目标申报表"


def test_form_with_goals_side_by_side_values_below(tmp_path):
    """实施期 / 本年度绩效目标 printed as two headed columns, their texts in the row below."""
    path = tmp_path / "hunan_cols.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目支出绩效目标申报表"])
    ws.append(["项目名称", "农村饮水安全巩固提升", "主管部门", "湖南省示例水利局"])
    ws.append(["项目资金（万元）", "年度资金总额：", 80, "项目类型", "一次性项目"])
    ws.append([None, "其中：财政拨款", 60])
    ws.merge_cells("A3:A4")
    ws.append(["实施期绩效目标", None, "本年度绩效目标", None])
    ws.append(["五年内解决全县饮水安全问题。", None, "本年度解决3个村饮水问题。", None])
    ws.append(["一级指标", "二级指标", "指标内容", "绩效指标值"])
    ws.append(["产出指标", "数量指标", "解决饮水问题村数", "3个"])
    ws.append([None, "质量指标", "水质达标率", "100%"])
    ws.merge_cells("A8:A9")
    ws.append(["满意度指标", "服务对象满意度指标", "受益群众满意度", "≥90%"])
    wb.save(path)
    [table] = read_file(path)
    [p] = table.projects
    assert (p.name, p.supervisor, p.amounts.total) == ("农村饮水安全巩固提升", "湖南省示例水利局", Decimal(80))
    assert p.amounts.fiscal == Decimal(60)
    assert [i.annual_target for i in p.indicators] == ["3个", "100%", "≥90%"]
    assert p.goal == "本年度解决3个村饮水问题。"
    assert [i.name for i in p.indicators] == ["解决饮水问题村数", "水质达标率", "受益群众满意度"]
    assert [i.level1 for i in p.indicators] == ["产出指标", "产出指标", "满意度指标"]
    assert table.unused_columns == ["项目类型", "实施期绩效目标"]


def test_hunan_workbook_one_project_per_sheet(tmp_path):
    path = tmp_path / "hunan3.xlsx"
    write_hunan_xlsx(path, sheets=3)
    tables = read_file(path)
    assert [t.projects[0].name for t in tables] == ["乡村道路养护", "乡村道路养护2", "乡村道路养护3"]
    assert all(t.indicator_count == 7 for t in tables)


def test_sheet_with_indicators_but_no_project_is_an_error(tmp_path):
    from desktop.importers import SourceError

    path = tmp_path / "nameless.csv"
    path.write_text("一级指标,二级指标,三级指标,年度指标值\n产出指标,数量指标,里程,≥1公里\n", encoding="utf-8")
    with pytest.raises(SourceError, match="没有读到任何项目"):
        read_file(path)


def test_a_stray_tab_in_a_goal_is_joined_not_taken_for_the_indicator_list(seed_path, truth, tmp_path):
    # seed 002 with a tab typed inside one project's 绩效目标: its indicator list stood one cell
    # right of the header's last column, and its 9 indicators were dropped in silence
    lines = seed_path("002_ab6e064b63c97b02").read_text(encoding="utf-8").splitlines()
    want = from_truth_dict(truth("002_ab6e064b63c97b02"))
    k, n = next((k, n) for n, line in enumerate(lines, 1) if len(k := line.split("\t")) == 7
                and len(k[5]) > 20 and k[6].startswith("1、"))
    k[5] = k[5][:10] + "\t" + k[5][10:]
    lines[n - 1] = "\t".join(k)
    path = tmp_path / "002.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [got] = read_file(path)
    assert got.indicator_count == want.indicator_count
    assert [len(p.indicators) for p in got.projects] == [len(p.indicators) for p in want.projects]
    assert [p.goal for p in got.projects] == [p.goal for p in want.projects]
    [said] = [r for r in got.repairs if r.place.row == n]
    assert said.code == "importing.repair.goal_split"


def test_text_right_of_the_header_is_named_not_dropped_in_silence(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "总计", "绩效目标", "绩效指标"])
    ws.append(["科普经费", 10, "提升科学素质", "1、产出指标：活动场次，年度指标值：不少于1000次。", "请财政局审核后再下达"])
    path = tmp_path / "notes.xlsx"
    wb.save(path)
    [got] = read_file(path)
    assert got.indicator_count == 1
    [said] = [r for r in got.repairs if r.place.row == 2]
    assert "请财政局审核后再下达" in said.what


def _one_line_rows(tmp_path, second_list: str):
    lines = [
        "示例局2024年项目支出绩效目标表", "",
        "项目名称 总计 财政拨款 绩效目标 绩效指标",
        "合计 15.00 15.00",
        "科普经费 10.00 10.00 以科普信息化为重点，提升全市公民科学素质，完成年度科普任务。 1、1-产出指标；11-数量指标；活动场次；实施周期指标值:不少于10次；年度指标值:不少于10次。",
        f"工作经费 5.00 5.00 开展对外科技交流，聚集创新要素，服务广州经济社会发展。 {second_list}",
    ]
    path = tmp_path / "spaces.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [table] = read_file(path)
    return table


def test_a_row_on_one_line_has_its_indicator_list_read_behind_its_goal(tmp_path):
    # a TSV whose tabs became spaces: each row one line, the list behind the goal
    table = _one_line_rows(tmp_path, "1、2-效益指标；22-社会效益；服务对象；实施周期指标值:≥90%；年度指标值:≥90%。"
                                     "2、1-产出指标；11-数量指标；报告；实施周期指标值:1篇；年度指标值:1篇。")
    assert [(p.name, p.goal, len(p.indicators)) for p in table.projects] == [
        ("科普经费", "以科普信息化为重点，提升全市公民科学素质，完成年度科普任务。", 1),
        ("工作经费", "开展对外科技交流，聚集创新要素，服务广州经济社会发展。", 2)]
    assert table.projects[1].indicators[1].annual_target == "1篇"
    assert table.flagged == []


def test_a_project_without_indicators_among_projects_with_theirs_is_marked(tmp_path):
    table = _one_line_rows(tmp_path, "")
    assert [len(p.indicators) for p in table.projects] == [1, 0]
    [marked] = table.flagged
    assert marked.code == "importing.repair.no_indicators" and marked.place.row == 6
