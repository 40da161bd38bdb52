"""Excel and CSV written from the truth data import back equal, in both layouts and encodings."""

from __future__ import annotations

import csv
from decimal import Decimal

import openpyxl
import pytest

from desktop.importers import read_file, to_truth_dict
from desktop.importers.model import ImportedBudgetExecution, ImportedTable, from_truth_dict
from desktop.importers.packing import pack_indicators
from tests.conftest import SEED_NAMES
from tests.test_import_seeds import assert_matches_truth

# Odd spacing and wording on purpose: columns are found by meaning.
PACKED_HEADER = {
    "supervisor": "主 管 部 门",
    "unit": "预算单位",
    "name": "项目名称（资金使用单位）",
    "total": "总  计",
    "fiscal": "财政拨款",
    "special": "财政专户拨款",
    "other": "其他资金",
    "goal": "绩 效 目 标",
    "indicators": "绩效指标",
}


def _has_amounts(table: ImportedTable) -> bool:
    return not table.stated_totals.is_empty() or any(not p.amounts.is_empty() for p in table.projects)


def _num(v: Decimal | None):
    return None if v is None else float(v)


def _preamble(ws, table: ImportedTable, width: int) -> None:
    ws.append([table.title])
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    if table.department:
        ws.append([f"部门名称：{table.department}"])
    if table.amount_unit:
        ws.append([None] * (width - 1) + [f"单位：{table.amount_unit}"])
    ws.append([None])


def packed_rows(table: ImportedTable) -> tuple[list[str], list[list]]:
    """Header roles and data rows of the packed layout, as the budget system exports it."""
    with_amounts = _has_amounts(table)
    roles = ["name", "total", "fiscal", "special", "other", "goal", "indicators"]
    if not with_amounts:
        roles = ["supervisor", "unit", "name", "goal", "indicators"]
    rows: list[list] = []

    def amounts(a):
        return [_num(v) for v in a.as_tuple()]

    if with_amounts:
        rows.append(["合计", *amounts(table.stated_totals), "", ""])
    units = {u.name: u for u in table.units}
    current = None
    for p in table.projects:
        if with_amounts and p.unit != current and p.unit in units:
            rows.append([p.unit, *amounts(units[p.unit].stated), "", ""])
            current = p.unit
        packed = pack_indicators(p.indicators)
        if with_amounts:
            rows.append([p.name, *amounts(p.amounts), p.goal, packed])
        else:
            rows.append([p.supervisor, p.unit, p.name, p.goal, packed])
    return roles, rows


def write_packed_xlsx(table: ImportedTable, path) -> None:
    roles, rows = packed_rows(table)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "项目支出绩效目标表"
    _preamble(ws, table, len(roles))
    ws.append([PACKED_HEADER[r] for r in roles])
    top = ws.max_row
    for row in rows:
        ws.append(row)
    if roles[0] == "supervisor" and rows:  # one merged 主管部门 cell down the whole table
        ws.merge_cells(start_row=top + 1, start_column=1, end_row=top + len(rows), end_column=1)
    wb.save(path)


PER_INDICATOR_HEADER = [
    ("supervisor", "主管部门"),
    ("unit", "单 位"),
    ("name", "项目 名称"),
    ("total", "总计（万元）"),
    ("fiscal", "财政拨款"),
    ("special", "财政专户拨款"),
    ("other", "其他资金"),
    ("goal", "年度绩效目标"),
    ("indicator_seq", "指标序号"),
    ("level1", "一级指标"),
    ("level2", "二级 指标"),
    ("indicator_name", "三级指标"),
    ("period_target", "实施周期指标值"),
    ("annual_target", "年度指标值"),
]
YEAR_END_HEADER = [
    ("weight", "分 值"),
    ("actual", "实际完成值"),
    ("deviation_reason", "偏差原因分析及改进措施"),
    ("budget_initial", "年初预算数"),
    ("budget_adjusted", "全年预算数"),
    ("spent", "全年执行数"),
]
PROJECT_COLUMNS = 8  # supervisor … goal are merged down over the project's indicator rows


def _coded(code, text):
    return None if text is None else f"{code}-{text}" if code else text


def write_per_indicator_xlsx(table: ImportedTable, path, year_end: bool = False) -> None:
    header = PER_INDICATOR_HEADER + (YEAR_END_HEADER if year_end else [])
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "指标"
    _preamble(ws, table, len(header))
    ws.append([label for _, label in header])
    if not table.stated_totals.is_empty():
        ws.append([None, None, "合计", *[_num(v) for v in table.stated_totals.as_tuple()]])
    units = {u.name: u for u in table.units}
    current = None
    for p in table.projects:
        if p.unit != current and p.unit in units:
            ws.append([None, p.unit, "小计", *[_num(v) for v in units[p.unit].stated.as_tuple()]])
            current = p.unit
        first = ws.max_row + 1
        project_cells = [p.supervisor, p.unit, p.name, *[_num(v) for v in p.amounts.as_tuple()], p.goal]
        for k, ind in enumerate(p.indicators):
            row = (project_cells if k == 0 else [None] * PROJECT_COLUMNS) + [
                ind.seq,
                _coded(ind.level1_code, ind.level1),
                _coded(ind.level2_code, ind.level2),
                ind.name,
                ind.period_target,
                ind.annual_target,
            ]
            if year_end:
                budget = p.budget
                row += [_num(ind.weight), ind.actual, ind.deviation_reason]
                row += (
                    [_num(budget.budget_initial), _num(budget.budget_adjusted), _num(budget.spent)]
                    if k == 0
                    else []
                )
            ws.append(row)
        last = ws.max_row
        if last > first:
            for col in range(1, PROJECT_COLUMNS + 1):
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    wb.save(path)


def write_csv(table: ImportedTable, path, encoding: str) -> None:
    roles, rows = packed_rows(table)
    with open(path, "w", encoding=encoding, newline="") as f:
        writer = csv.writer(f)
        writer.writerow([table.title])
        if table.department:
            writer.writerow([f"部门名称：{table.department}"])
        if table.amount_unit:
            writer.writerow([f"单位：{table.amount_unit}"])
        writer.writerow([PACKED_HEADER[r] for r in roles])
        writer.writerows([["" if c is None else c for c in row] for row in rows])


def _empty_is_null(data: dict) -> dict:
    for p in data["projects"]:
        for i in p["indicators"]:
            for k in ("period_value", "annual_value"):
                if i[k] == "":
                    i[k] = None
    return data


@pytest.mark.parametrize("name", SEED_NAMES)
def test_packed_workbook_round_trip(name, truth, tmp_path):
    want = truth(name)
    path = tmp_path / "packed.xlsx"
    write_packed_xlsx(from_truth_dict(want), path)
    [table] = read_file(path)
    assert table.layout == "packed"
    assert_matches_truth(to_truth_dict(table), want)
    assert all(c.matches for c in table.sum_checks())


@pytest.mark.parametrize("name", SEED_NAMES)
def test_per_indicator_workbook_round_trip(name, truth, tmp_path):
    want = truth(name)
    path = tmp_path / "rows.xlsx"
    write_per_indicator_xlsx(from_truth_dict(want), path)
    [table] = read_file(path)
    assert table.layout == "per_indicator"
    # one cell cannot tell an empty value ('') from a missing one (null)
    assert_matches_truth(_empty_is_null(to_truth_dict(table)), _empty_is_null(want))


def test_per_indicator_workbook_with_actuals_and_budget(truth, tmp_path):
    source = from_truth_dict(truth("001_fef803051986e1a1"))
    for n, p in enumerate(source.projects):
        p.budget = ImportedBudgetExecution(
            p.amounts.total, p.amounts.total + Decimal("1.5"), Decimal(n) + Decimal("0.25")
        )
        for k, ind in enumerate(p.indicators):
            ind.weight = Decimal(50) / len(p.indicators)
            ind.actual = f"完成{k}项"
            ind.deviation_reason = "无偏差" if k % 2 else None
    path = tmp_path / "year_end.xlsx"
    write_per_indicator_xlsx(source, path, year_end=True)
    [table] = read_file(path)
    assert len(table.projects) == len(source.projects)
    for got, want in zip(table.projects, source.projects, strict=True):
        assert got.budget == want.budget
        for gi, wi in zip(got.indicators, want.indicators, strict=True):
            assert float(gi.weight) == pytest.approx(float(wi.weight))
            assert (gi.actual, gi.deviation_reason) == (wi.actual, wi.deviation_reason)
    exported = to_truth_dict(table)["projects"][0]
    assert set(exported["budget"]) == {"budget_initial", "budget_adjusted", "spent"}
    assert "actual" in exported["indicators"][0]


def test_column_mapping_override(truth, tmp_path):
    """A header the importer cannot read is fixed by the officer's mapping."""
    want = truth("002_ab6e064b63c97b02")
    source = from_truth_dict(want)
    path = tmp_path / "odd.xlsx"
    write_packed_xlsx(source, path)
    wb = openpyxl.load_workbook(path)
    ws = wb.active
    for row in ws.iter_rows():
        for cell in row:
            if cell.value == "绩 效 目 标":
                cell.value = "说明"  # means nothing to the importer
    wb.save(path)
    [table] = read_file(path)
    assert all(p.goal == "" for p in table.projects)
    [table] = read_file(path, mapping={"goal": "说明"})
    assert_matches_truth(to_truth_dict(table), want)
    [table] = read_file(path, mapping={"goal": 5})
    assert_matches_truth(to_truth_dict(table), want)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_gbk_csv_equals_utf8_twin(name, truth, tmp_path):
    source = from_truth_dict(truth(name))
    tables = {}
    for encoding in ("utf-8", "utf-8-sig", "gb18030"):
        path = tmp_path / f"{encoding}.csv"
        write_csv(source, path, encoding)
        [tables[encoding]] = read_file(path)
    dicts = {k: to_truth_dict(t) for k, t in tables.items()}
    for d in dicts.values():
        d.pop("source")
    assert dicts["utf-8"] == dicts["utf-8-sig"] == dicts["gb18030"]
    assert_matches_truth(to_truth_dict(tables["utf-8"]), truth(name))


@pytest.mark.parametrize("delimiter", ["\t", ";"])
def test_a_csv_of_tabs_or_semicolons_under_a_title_reads_as_its_comma_twin(delimiter, tmp_path):
    # a title line and a blank one above the table leave csv.Sniffer unsure; Excel's 另存为
    # "文本文件（制表符分隔）" named .csv, or a European list separator, is still a table
    rows = [
        ["项目支出绩效目标表"],
        [],
        ["项目名称", "总计", "财政拨款", "绩效目标", "绩效指标"],
        ["科普经费", "10.00", "10.00", "提升科学素质", "1、产出指标：活动场次，年度指标值：不少于1000次。"],
        ["工作经费", "5.00", "5.00", "服务发展", "1、效益指标：服务对象，年度指标值：≥90%。"],
    ]
    twins = {}
    for name, sep in (("comma", ","), ("other", delimiter)):
        path = tmp_path / f"{name}.csv"
        with open(path, "w", encoding="utf-8", newline="") as f:
            csv.writer(f, delimiter=sep).writerows(rows)
        [twins[name]] = read_file(path)
    assert len(twins["other"].projects) == 2
    assert twins["other"].projects == twins["comma"].projects


def test_plain_gbk_csv(tmp_path):
    """GBK proper (not only GB18030): the encoding Excel uses for CSV on a Chinese Windows."""
    rows = [
        ["项目名称", "总计", "财政拨款", "绩效目标", "绩效指标"],
        ["合计", "10.00", "10.00", "", ""],
        ["科普经费", "10.00", "10.00", "提升科学素质", "1、产出指标：活动场次，年度指标值：不少于1000次。"],
    ]
    twins = {}
    for encoding in ("gbk", "utf-8"):
        path = tmp_path / f"{encoding}.csv"
        with open(path, "w", encoding=encoding, newline="") as f:
            csv.writer(f).writerows(rows)
        [twins[encoding]] = read_file(path)
    assert twins["gbk"].projects == twins["utf-8"].projects
    assert twins["gbk"].projects[0].indicators[0].annual_target == "不少于1000次"


def test_two_row_header_and_units_column(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目支出绩效目标表"])
    ws.append(["序号", "单位名称", "项目名称", "资金（万元）", None, None, None, "绩效目标", "绩效指标"])
    ws.append([None, None, None, "总计", "财政拨款", "财政专户拨款", "其他资金", None, None])
    ws.merge_cells("D2:G2")
    ws.append([1, "甲单位", "项目一", 3, 1, 2, None, "目标一", "1、产出指标：数量，年度指标值：1个。"])
    ws.append([2, "乙单位", "项目二", 5, 5, None, None, "目标二", "1、效益指标：效果，年度指标值：较好。"])
    path = tmp_path / "two.xlsx"
    wb.save(path)
    [table] = read_file(path)
    assert [(p.unit, p.name, p.amounts.total, p.amounts.special) for p in table.projects] == [
        ("甲单位", "项目一", Decimal(3), Decimal(2)),
        ("乙单位", "项目二", Decimal(5), None),
    ]


def test_read_files_progress_and_cancel(truth, tmp_path):
    from desktop.importers import ImportCancelled, read_files

    paths = []
    for name in SEED_NAMES:
        path = tmp_path / f"{name}.xlsx"
        write_packed_xlsx(from_truth_dict(truth(name)), path)
        paths.append(path)
    seen = []
    tables = read_files(paths, progress=lambda f, msg: seen.append(f))
    assert len(tables) == 3 and seen[-1] == 1.0 and seen == sorted(seen)
    calls = iter([False, True])
    with pytest.raises(ImportCancelled):
        read_files(paths, cancelled=lambda: next(calls, True))
