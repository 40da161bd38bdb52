"""Returned 填报表 that a unit's hand, Excel or a forger made odd: each is refused whole with one
sentence naming file, sheet, row and column — no traceback — and nothing is written.

The workbooks are made from a store (as tests/test_fillin.py does) and edited with openpyxl, or,
for what openpyxl cannot write (NaN, infinity), by rewriting the sheet's XML in the zip.
"""

from __future__ import annotations

import json
import re
import zipfile
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from seed003_store import build_seed003_with_college
from sqlalchemy import func, select

from desktop.cli import main
from desktop.messages import message
from desktop.models import (
    BudgetExecution,
    Department,
    EditLog,
    Indicator,
    MonthlySpending,
    Project,
    open_store,
)
from desktop.reports.fillin import INDICATOR_SHEET, META_SHEET, MONTHLY_SHEET, PROJECT_SHEET, checksum


@pytest.fixture
def db(tmp_path):
    return build_seed003_with_college(tmp_path / "office.db")


COLLEGE = "2022_填报表_广州科技职业技术大学.xlsx"  # one project (学院智慧校园建设), one indicator, row 2
REFUSED_WHOLE = "整份退回"




def _book(tmp_path, db, per="unit"):
    out = tmp_path / f"out_{per}"
    assert main(["fillin", "make", "--db", db, "--year", "2022", "--out", str(out), "--per", per]) == 0
    books = sorted(out.glob("*.xlsx"))
    return next(p for p in books if p.name == COLLEGE) if per == "unit" else books[0]


def _edit(path, change) -> None:
    wb = load_workbook(path)
    change(wb)
    wb.save(path)


def _fill(wb) -> None:
    """A value the unit really filled: refused books must not write it."""
    wb[INDICATOR_SHEET]["G2"] = "10个"
    wb[PROJECT_SHEET]["E2"] = 100.0


def _member(path, sheet: str) -> str:
    """The zip member holding `sheet`'s XML."""
    with zipfile.ZipFile(path) as zf:
        book = zf.read("xl/workbook.xml").decode()
        rels = zf.read("xl/_rels/workbook.xml.rels").decode()
    rid = re.search(rf'<sheet [^>]*name="{sheet}"[^>]*r:id="([^"]+)"', book).group(1)
    target = re.search(rf'<Relationship [^>]*Id="{rid}"[^>]*Target="([^"]+)"', rels) or re.search(
        rf'<Relationship [^>]*Target="([^"]+)"[^>]*Id="{rid}"', rels)
    return "xl/" + target.group(1).removeprefix("/xl/")


def _rewrite_xml(path, sheet: str, old: str, new: str) -> None:
    """Replace `old` (found once) by `new` in the sheet's XML, as a hand edit of the file would."""
    member = _member(path, sheet)
    with zipfile.ZipFile(path) as zf:
        parts = [(info, zf.read(info)) for info in zf.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, data in parts:
            if info.filename == member:
                text = data.decode()
                assert text.count(old) == 1, (old, text.count(old))
                data = text.replace(old, new).encode()
            zf.writestr(info, data)


def _state(db):
    """Everything a read-back could write."""
    with open_store(db) as store, store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(EditLog)),
            sorted((i.id, i.actual or "", i.qualitative_tier or 0, i.deviation_reason or "")
                   for i in session.scalars(select(Indicator))),
            sorted((b.id, b.budget_initial, b.budget_adjusted, b.spent) for b in session.scalars(select(BudgetExecution))),
            sorted((m.department_id, m.year, m.month, m.annual_budget, m.cumulative_spent)
                   for m in session.scalars(select(MonthlySpending))),
        )


def _refused(db, path, capsys, *sentences) -> str:
    """Read `path` back for real (no --dry-run): refused with each sentence, nothing written."""
    before = _state(db)
    capsys.readouterr()
    assert main(["fillin", "read", "--db", db, str(path)]) == 1
    captured = capsys.readouterr()
    out = captured.out + captured.err
    assert "Traceback" not in out
    for sentence in sentences:
        assert sentence in out, out
    assert _state(db) == before
    return out


def _row_added(sheet: str, row: int) -> str:
    return f"{COLLEGE} 工作表“{sheet}”第 {row} 行 A 列：这一行不是填报表原有的行（新增或编号被改），整份退回。"


TAMPERED = f"{COLLEGE}：隐藏的校验信息被改动，无法确认目标未被修改，整份退回。"


# --- 5, 6: a 编号 that is no key of the book ------------------------------------------------------


@pytest.mark.parametrize("key", ["i新增", "i", "i1e3", "i²", "i" + "9" * 20, "i" + "9" * 5000])
def test_an_indicator_key_that_is_not_the_books_is_refused_with_its_row(db, tmp_path, capsys, key):
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        wb[INDICATOR_SHEET]["J2"] = key

    _edit(path, change)
    _refused(db, path, capsys, _row_added(INDICATOR_SHEET, 2),
             f"{COLLEGE}：指标“学院智慧校园建设 · 智慧校园建设项目数”所在的行被删除，整份退回。")


@pytest.mark.parametrize("key", ["p新增", "p", "p1e3", "p" + "9" * 20, "p" + "9" * 5000])
def test_a_project_key_or_an_added_row_that_is_not_the_books_is_refused(db, tmp_path, capsys, key):
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        ws = wb[PROJECT_SHEET]
        ws.append(["新增项目", "目标", 1, 2, 3, "完成", key])  # row 3: a row the unit added
        ws["G2"] = key

    _edit(path, change)
    _refused(db, path, capsys, _row_added(PROJECT_SHEET, 2), _row_added(PROJECT_SHEET, 3),
             f"{COLLEGE}：项目“学院智慧校园建设”所在的行被删除，整份退回。")


# --- 7, 10: the hidden sheet changed or forged --------------------------------------------------


def _own_keys(path) -> dict[str, str]:
    """The book's own row keys by kind ("i", "p")."""
    meta = load_workbook(path)[META_SHEET]
    return {r[1].value[0]: r[1].value for r in meta.iter_rows() if r[0].value == "locked"}


def _forge(wb, old_key: str, key: str, values) -> None:
    """Put `values` (any JSON) in the hidden sheet as row `key`'s locked cells, in place of row
    `old_key` (added when there is none), and sign the hidden sheet anew."""
    meta = wb[META_SHEET]
    rows = [row for row in meta.iter_rows() if row[0].value == "locked"]
    target = next((row for row in rows if row[1].value == old_key), None)
    if target is None:
        meta.append(["locked", key, json.dumps(values, ensure_ascii=False)])
    else:
        target[1].value, target[2].value = key, json.dumps(values, ensure_ascii=False)
    locked = {row[1].value: json.loads(row[2].value) for row in meta.iter_rows() if row[0].value == "locked"}
    for row in meta.iter_rows():
        if row[0].value == "checksum":
            row[1].value = checksum(locked)


@pytest.mark.parametrize(("key", "values"), [
    ("i", ["学院智慧校园建设", "产出指标"]),  # too few cells: no 三级指标 to name
    ("i", ["学院智慧校园建设", None, None, None, None, None]),  # nulls, not texts
    ("i", [["学院智慧校园建设"], "", "", "", "", ""]),  # a list inside
    ("p", {"name": "学院智慧校园建设"}),  # not a list
    ("i" + "9" * 20, ["学院智慧校园建设", "产出指标", "数量指标", "智慧校园建设项目数", "不少于12个", ""]),
    ("m13", ["1-13月"]),  # no such month
    ("x1", ["学院智慧校园建设"]),  # no such kind of row
])
def test_a_hidden_sheet_forged_with_a_matching_checksum_is_refused(db, tmp_path, capsys, key, values):
    path = _book(tmp_path, db)
    own = _own_keys(path)
    old_key = own.get(key[0], key)
    key = old_key if len(key) == 1 else key

    def change(wb):
        _fill(wb)
        _forge(wb, old_key, key, values)
        if key[0] == "i":
            wb[INDICATOR_SHEET]["J2"] = key  # the sheet agrees with the forged key

    _edit(path, change)
    _refused(db, path, capsys, TAMPERED)


def test_deeply_nested_hidden_data_is_refused_not_parsed(db, tmp_path, capsys):
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        row = next(r for r in wb[META_SHEET].iter_rows() if r[0].value == "locked")
        row[2].value = "[" * 10_000 + "]" * 10_000

    _edit(path, change)
    _refused(db, path, capsys, TAMPERED)


@pytest.mark.parametrize("year", [1e20, 2023, 1.5, -2022, True])
def test_a_changed_hidden_year_is_refused(db, tmp_path, capsys, year):
    """The year is not under the checksum (books already sent out were made so): an impossible
    year is refused, and so is another real one, which the book's own projects contradict."""
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        for row in wb[META_SHEET].iter_rows():
            if row[0].value == "year":
                row[1].value = year

    _edit(path, change)
    out = _refused(db, path, capsys, TAMPERED)
    assert "已不在" not in out  # not blamed on rows deleted from the store


@pytest.mark.parametrize("value", ["1e999", "-1e999"])
def test_an_infinite_hidden_year_in_the_xml_is_refused(db, tmp_path, capsys, value):
    path = _book(tmp_path, db)
    _edit(path, _fill)
    _rewrite_xml(path, META_SHEET, "<v>2022</v>", f"<v>{value}</v>")
    _refused(db, path, capsys, TAMPERED)


def test_a_department_book_renamed_to_another_department_writes_no_months(db, tmp_path, capsys):
    """The months of a department's book are written to the department its hidden sheet names:
    named another department of the store, they would land there."""
    with open_store(db) as store, store.session() as session:
        session.add(Department(name="广州市另一个局"))
    path = _book(tmp_path, db, per="department")

    def change(wb):
        wb[MONTHLY_SHEET]["B3"] = 45000
        for row in wb[META_SHEET].iter_rows():
            if row[0].value == "department":
                row[1].value = "广州市另一个局"

    _edit(path, change)
    _refused(db, path, capsys, f"{path.name}：隐藏的校验信息被改动，无法确认目标未被修改，整份退回。")


def test_a_deleted_month_row_is_named_as_a_month(db, tmp_path, capsys):
    path = _book(tmp_path, db, per="department")
    _edit(path, lambda wb: wb[MONTHLY_SHEET].delete_rows(4))  # 1-3月
    out = _refused(db, path, capsys, str(message("importing.fillin.month_row_deleted", file=path.name,
                                                 sheet=MONTHLY_SHEET, month="1-3月")))
    assert "项目“1-3月”" not in out


# --- 8, 9: numbers no book writes ----------------------------------------------------------------


def test_a_huge_number_in_a_locked_cell_is_a_changed_target(db, tmp_path, capsys):
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        wb[INDICATOR_SHEET]["E2"] = 1e30

    _edit(path, change)
    _refused(db, path, capsys, f"{COLLEGE} 工作表“绩效指标”第 2 行 E 列（年度指标值）：目标被改动，"
                               "原为“不少于12个”，现为“1E+30”，整份退回。")


@pytest.mark.parametrize(("value", "shown"), [("1e999", "inf"), ("NaN", "nan")])
def test_an_infinite_number_in_a_locked_cell_is_a_changed_target(db, tmp_path, capsys, value, shown):
    path = _book(tmp_path, db)
    _edit(path, lambda wb: wb[INDICATOR_SHEET].cell(2, 5, 123456789))
    _rewrite_xml(path, INDICATOR_SHEET, "<v>123456789</v>", f"<v>{value}</v>")
    _refused(db, path, capsys, f"{COLLEGE} 工作表“绩效指标”第 2 行 E 列（年度指标值）：目标被改动，"
                               f"原为“不少于12个”，现为“{shown}”，整份退回。")


def test_a_huge_number_as_filler_and_phone_is_read_as_written(db, tmp_path, capsys):
    """Open cells of the guide, typed as numbers: shown as written, and the book's values are written."""
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        wb["填报说明"]["B9"] = 1e30
        wb["填报说明"]["B10"] = 13800138000.0

    _edit(path, change)
    assert main(["fillin", "read", "--db", db, str(path)]) == 0
    assert "填报人 1E+30（13800138000）" in capsys.readouterr().out
    with open_store(db) as store, store.session() as session:
        assert session.scalar(select(Indicator.actual).where(Indicator.name == "智慧校园建设项目数")) == "10个"
        spent = session.scalars(select(BudgetExecution).join(Project).where(Project.name == "学院智慧校园建设")).one()
        assert spent.spent == D("100")


@pytest.mark.parametrize(("sheet", "cell", "place", "value", "shown"), [
    (INDICATOR_SHEET, "G2", "第 2 行 G 列（实际完成值）", "NaN", "nan"),
    (INDICATOR_SHEET, "I2", "第 2 行 I 列（偏差原因分析及改进措施）", "1e999", "inf"),
    (PROJECT_SHEET, "E2", "第 2 行 E 列（全年执行数（万元））", "-inf", "-inf"),
    (PROJECT_SHEET, "C2", "第 2 行 C 列（年初预算数（万元））", "nan", "nan"),
])
def test_nan_or_infinity_in_an_open_cell_is_refused_with_its_cell(db, tmp_path, capsys, sheet, cell, place, value,
                                                                    shown):
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        wb[sheet][cell] = 123456789

    _edit(path, change)
    _rewrite_xml(path, sheet, "<v>123456789</v>", f"<v>{value}</v>")
    _refused(db, path, capsys, f"{COLLEGE} 工作表“{sheet}”{place}：数值“{shown}”不是有限的数（NaN 或无穷大），整份退回。")


@pytest.mark.parametrize(("typed", "shown"), [("²", "²"), ("9" * 5000, "999999999999…（共 5000 个字符）")])
def test_digits_no_tier_is_named_in_words(db, tmp_path, capsys, typed, shown):
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        wb[INDICATOR_SHEET]["H2"] = typed

    _edit(path, change)
    out = _refused(db, path, capsys, f"{COLLEGE} 工作表“绩效指标”第 2 行 H 列（定性档次）：")
    line = next(x for x in out.splitlines() if "H 列" in x)
    assert str(message("store.value.not_a_tier", raw=shown)) in line and "int()" not in line


# --- 11 and the file itself ---------------------------------------------------------------------


def test_a_date_cell_that_makes_calamine_panic_is_a_damaged_sheet(db, tmp_path, capsys):
    path = _book(tmp_path, db)

    def change(wb):
        _fill(wb)
        cell = wb[PROJECT_SHEET]["E2"]
        cell.value, cell.number_format = -1e12, "yyyy-mm-dd"

    _edit(path, change)
    _refused(db, path, capsys, f"{COLLEGE} 工作表“项目资金与完成情况”已损坏，无法读取。")


def test_a_file_that_is_not_there_is_named(db, tmp_path, capsys):
    _refused(db, tmp_path / "没有这个文件.xlsx", capsys, "无法读取“没有这个文件.xlsx”：文件不存在")

