"""填报表: made per unit with targets locked, filled by a script as a unit would, read back all or nothing."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from seed003_store import build_seed003_with_college
from sqlalchemy import select

from desktop.cli import main
from desktop.models import BudgetExecution, EditLog, Indicator, Project, open_store
from desktop.operations.fillin import FillinRefused, apply_fillin, read_fillins
from desktop.reports.fillin import INDICATOR_SHEET, META_SHEET, PROJECT_SHEET


@pytest.fixture
def db(tmp_path):
    return build_seed003_with_college(tmp_path / "office.db")


def _books(tmp_path, db):
    out = tmp_path / "out"
    assert main(["fillin", "make", "--db", db, "--year", "2022", "--out", str(out)]) == 0
    return {p.name: p for p in out.glob("*.xlsx")}


def test_made_workbook_locks_targets_and_opens_year_end_cells(db, tmp_path, capsys):
    books = _books(tmp_path, db)
    assert sorted(books) == ["2022_填报表_广州市科学技术协会本级.xlsx", "2022_填报表_广州科技职业技术大学.xlsx"]
    assert "共 2 份填报表" in capsys.readouterr().out
    wb = load_workbook(books["2022_填报表_广州市科学技术协会本级.xlsx"])
    ws = wb[INDICATOR_SHEET]
    assert ws.protection.sheet and wb[PROJECT_SHEET].protection.sheet
    assert wb[META_SHEET].sheet_state == "veryHidden"
    rows = {ws.cell(r, 4).value: r for r in range(2, ws.max_row + 1)}
    r = rows["开展科普活动场次"]
    assert ws.cell(r, 5).value == "不少于1000次" and ws.cell(r, 7).value == "1061场次"
    assert ws.cell(r, 5).protection.locked and not ws.cell(r, 7).protection.locked
    assert ws.cell(r, 8).protection.locked  # a number target has no 定性档次 to pick
    q = rows["公益性科普宣传效果"]
    assert not ws.cell(q, 8).protection.locked and ws.cell(q, 8).value == "达成年度指标"
    assert any(f"H{q}" in str(dv.sqref) and dv.type == "list" for dv in ws.data_validations.dataValidation)
    ps = wb[PROJECT_SHEET]
    assert ps.cell(2, 5).value == pytest.approx(23450.78) and not ps.cell(2, 5).protection.locked
    assert any("E2" in str(dv.sqref) and dv.type == "decimal" for dv in ps.data_validations.dataValidation)


def _fill(path, *, target=None, money="23500"):
    """What a unit does in Excel: type actuals, reasons, money; optionally change a target."""
    wb = load_workbook(path)
    wb["填报说明"]["B9"] = "王芳"
    ws = wb[INDICATOR_SHEET]
    for r in range(2, ws.max_row + 1):
        if ws.cell(r, 4).value == "科普受益人次":
            ws.cell(r, 7).value = "2300万人次"
        if ws.cell(r, 4).value == "智慧校园建设项目数":
            ws.cell(r, 7).value = "10个"
            ws.cell(r, 9).value = "两个子项目延期至次年。"
            if target:
                ws.cell(r, 5).value = target
    if money is not None:
        ps = wb[PROJECT_SHEET]
        ps.cell(2, 5).value = float(money) if money.replace(".", "").isdigit() else money
        ps.cell(2, 6).value = "已完成建设。"
    wb.save(path)


def test_filled_workbooks_read_back_and_write_all(db, tmp_path, capsys):
    books = _books(tmp_path, db)
    for path in books.values():
        _fill(path)
    assert main(["fillin", "read", "--db", db, "--dry-run", *map(str, books.values())]) == 0
    out = capsys.readouterr().out
    assert "填报人 王芳" in out
    assert "科普受益人次 · 实际完成值：超2100万人次 → 2300万人次" in out
    assert "二、项目支出 · 项目 · 全年执行数（万元）：23450.78 → 23500" in out
    assert "智慧校园建设项目数 · 实际完成值：（空） → 10个" in out
    with open_store(db) as store, store.session() as session:  # a dry run writes nothing
        assert session.scalar(select(Indicator.actual).where(Indicator.name == "科普受益人次")) == "超2100万人次"

    assert main(["fillin", "read", "--db", db, *map(str, books.values())]) == 0
    assert "已写入 7 处数值" in capsys.readouterr().out
    with open_store(db) as store, store.session() as session:
        assert session.scalar(select(Indicator.actual).where(Indicator.name == "科普受益人次")) == "2300万人次"
        smart = session.scalars(select(Indicator).where(Indicator.name == "智慧校园建设项目数")).one()
        assert (smart.actual, smart.deviation_reason) == ("10个", "两个子项目延期至次年。")
        spent = session.scalars(select(BudgetExecution).join(Project).where(Project.name == "学院智慧校园建设")).one()
        assert spent.spent == D("23500") and spent.budget_adjusted is None
        logged = session.scalars(select(EditLog).where(EditLog.field == "actual")).all()
        assert {(e.old, e.new) for e in logged} == {("超2100万人次", "2300万人次"), (None, "10个")}
    # the same workbooks again: nothing left to change
    assert main(["fillin", "read", "--db", db, *map(str, books.values())]) == 0
    assert "已写入 0 处数值" in capsys.readouterr().out


def test_a_changed_target_refuses_the_workbook_and_nothing_is_written(db, tmp_path, capsys):
    books = _books(tmp_path, db)
    _fill(books["2022_填报表_广州市科学技术协会本级.xlsx"])
    college = books["2022_填报表_广州科技职业技术大学.xlsx"]
    _fill(college, target="不少于10个")
    assert main(["fillin", "read", "--db", db, *map(str, books.values())]) == 1
    out = capsys.readouterr().out
    assert ("2022_填报表_广州科技职业技术大学.xlsx 工作表“绩效指标”第 2 行 E 列（年度指标值）：目标被改动，"
            "原为“不少于12个”，现为“不少于10个”，整份退回。") in out
    with open_store(db) as store:
        with store.session() as session:
            readings = read_fillins(session, list(books.values()))
            assert session.scalar(select(Indicator.actual).where(Indicator.name == "科普受益人次")) == "超2100万人次"
        assert {r.path.name: r.accepted for r in readings} == {
            "2022_填报表_广州市科学技术协会本级.xlsx": True, "2022_填报表_广州科技职业技术大学.xlsx": False}
        with pytest.raises(FillinRefused):
            apply_fillin(store, readings)


def test_text_in_a_money_cell_and_a_foreign_file_are_named(db, tmp_path, capsys):
    books = _books(tmp_path, db)
    college = books["2022_填报表_广州科技职业技术大学.xlsx"]
    _fill(college, money="约两万")
    stray = tmp_path / "别的表.xlsx"
    load_workbook(college).save(stray)
    wb = load_workbook(stray)
    del wb[META_SHEET]
    wb.save(stray)
    assert main(["fillin", "read", "--db", db, str(college), str(stray)]) == 1
    out = capsys.readouterr().out
    assert "工作表“项目资金与完成情况”第 2 行 E 列（全年执行数（万元））：“约两万”不是数字，整份退回。" in out
    assert "别的表.xlsx 不是本程序生成的填报表" in out


def test_the_department_book_collects_monthly_spending(db, tmp_path, capsys):
    out = tmp_path / "dept"
    assert main(["fillin", "make", "--db", db, "--year", "2022", "--out", str(out), "--per", "department"]) == 0
    [book] = out.glob("*.xlsx")
    assert book.name == "2022_填报表_广州市科学技术协会_部门.xlsx"
    wb = load_workbook(book)
    ms = wb["每月支出进度"]
    assert [ms.cell(r, 1).value for r in (2, 4, 13)] == ["1-1月", "1-3月", "1-12月"]
    assert ms.cell(4, 3).value == 12408 and ms.cell(2, 3).value is None  # seed 003 starts in March
    assert len(list(wb["绩效指标"].iter_rows(min_row=2))) == 5  # both units' indicators
    ms.cell(3, 2).value = 45000  # February, not recorded before
    ms.cell(3, 3).value = 8000.5
    ms.cell(13, 3).value = 43800
    wb.save(book)
    assert main(["fillin", "read", "--db", db, str(book)]) == 0
    text = capsys.readouterr().out
    assert "1-12月 · 累计实际支出（万元）：43792 → 43800" in text and "1-2月 · 年度预算（万元）：（空） → 45000" in text
    with open_store(db) as store, store.session() as session:
        from desktop.models import MonthlySpending

        months = {m.month: (m.annual_budget, m.cumulative_spent) for m in session.scalars(select(MonthlySpending))}
        assert months[2] == (D("45000"), D("8000.5")) and months[12][1] == D("43800") and len(months) == 11


def test_two_workbooks_giving_one_value_differently_are_not_written(db, tmp_path, capsys):
    unit_books = _books(tmp_path, db)
    dept = tmp_path / "dept"
    assert main(["fillin", "make", "--db", db, "--year", "2022", "--out", str(dept), "--per", "department"]) == 0
    [dept_book] = dept.glob("*.xlsx")
    _fill(unit_books["2022_填报表_广州市科学技术协会本级.xlsx"])
    wb = load_workbook(dept_book)
    ws = wb[INDICATOR_SHEET]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, 4).value == "科普受益人次")
    ws.cell(row, 7).value = "2400万人次"
    wb.save(dept_book)
    paths = [str(unit_books["2022_填报表_广州市科学技术协会本级.xlsx"]), str(dept_book)]
    assert main(["fillin", "read", "--db", db, *paths]) == 1
    assert "对“二、项目支出 · 科普受益人次 · 实际完成值”填写不同（2300万人次 / 2400万人次）" in capsys.readouterr().out
    with open_store(db) as store, store.session() as session:
        assert session.scalar(select(Indicator.actual).where(Indicator.name == "科普受益人次")) == "超2100万人次"


def test_per_project_books_and_the_excel_author_as_filler(db, tmp_path, capsys):
    out = tmp_path / "per"
    assert main(["fillin", "make", "--db", db, "--year", "2022", "--out", str(out), "--per", "project"]) == 0
    names = sorted(p.name for p in out.glob("*.xlsx"))
    assert names == ["2022_填报表_广州市科学技术协会本级_二、项目支出.xlsx",
                     "2022_填报表_广州科技职业技术大学_学院智慧校园建设.xlsx"]
    book = out / names[1]
    assert main(["fillin", "read", "--db", db, "--dry-run", str(book)]) == 0
    assert "没有任何数值改变" in capsys.readouterr().out  # returned as sent: said so, not an error
    wb = load_workbook(book)
    wb[INDICATOR_SHEET].cell(2, 7).value = "11个"
    wb.properties.lastModifiedBy = "李四"  # Excel records who saved it; 填报人 left empty
    wb.save(book)
    assert main(["fillin", "read", "--db", db, "--dry-run", str(book)]) == 0
    assert "填报人 李四）：1 处数值将改变" in capsys.readouterr().out


def test_a_book_is_written_and_read_back_without_any_store(tmp_path):
    """reports/fillin writes from plain data and importers/fillin reads the file: neither needs a session."""
    from types import SimpleNamespace

    from desktop.importers.fillin import read_returned
    from desktop.reports.fillin import FillinBook, FillinProject, write_book

    rec = SimpleNamespace(id=7, level1="产出指标", level2="数量指标", name="开展科普活动场次",
                          annual_target="不少于1000次", weight=D(50), sign_override=None, value_override=None,
                          unit_override=None, qualitative_override=None, qualitative_tier=None, actual="",
                          deviation_reason="")
    book = FillinBook(2022, "科协", "本级", [FillinProject(3, "本级", "科普经费", "目标", "", None, D(100), None, [rec])])
    path = tmp_path / "book.xlsx"
    assert write_book(book, path) == 1
    returned = read_returned(path)
    assert not returned.tampered and returned.year == 2022 and returned.unit == "本级"
    assert returned.locked["i7"] == ["科普经费", "产出指标", "数量指标", "开展科普活动场次", "不少于1000次", "50"]
    wb = load_workbook(path)
    meta = wb[META_SHEET]
    for row in meta.iter_rows():
        if row[0].value == "locked" and row[1].value == "i7":
            row[2].value = row[2].value.replace("不少于1000次", "不少于10次")
    wb.save(path)
    assert read_returned(path).tampered


def test_a_value_saved_by_someone_else_after_reading_is_not_overwritten(db, tmp_path):
    """The window reads the books, an officer saves the same cell in the grid, then 写入: refused."""
    from desktop.operations.cells import edit_cells
    from desktop.operations.changes import CellEdit
    from desktop.operations.transaction import run

    books = _books(tmp_path, db)
    for path in books.values():
        _fill(path)
    with open_store(db) as store:
        with store.session() as session:
            readings = read_fillins(session, list(books.values()))
            benefit = session.scalars(select(Indicator).where(Indicator.name == "科普受益人次")).one()
        run(store, edit_cells, [CellEdit("indicator", benefit.id, "actual", "2200万人次", expected="超2100万人次")])
        with pytest.raises(FillinRefused) as refused:
            apply_fillin(store, readings)
        assert "填报表未写入" in str(refused.value.args[0])
        with store.session() as session:  # theirs kept, and nothing else of the books written
            assert session.get(Indicator, benefit.id).actual == "2200万人次"
            smart = session.scalars(select(Indicator).where(Indicator.name == "智慧校园建设项目数")).one()
            assert smart.actual is None
