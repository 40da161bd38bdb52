"""Filled 自评表 the fuzzer broke: each gives the data whole, or one sentence naming the place and
nothing written (never a traceback, never a form or a fund row dropped without a word)."""

from __future__ import annotations

import copy
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from self_eval_books import form, slips_forms, write_anhui_style, write_book
from sqlalchemy import select

from desktop.cli import main
from desktop.importers import SourceError
from desktop.importers.errors import Place
from desktop.importers.self_eval import looks_like_self_eval, read_self_eval
from desktop.messages import message
from desktop.models import BudgetExecution, Indicator, Project, StoreError, open_store
from desktop.models.limits import where_limited
from desktop.operations.self_eval_import import write_self_eval


def _forest():
    return slips_forms()[4]  # 森林防火: rows 6–9 funds, 10–11 goal, 12 indicator header, 13–17 indicators


def _edit(path, **cells):
    wb = load_workbook(path)
    ws = wb.active
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)
    return path


def _write(tmp_path, books, **kw):
    with open_store(tmp_path / "p.db") as store:
        return write_self_eval(store, books, year=2024, **kw)


def _stored(tmp_path):
    with open_store(tmp_path / "p.db") as store, store.session() as s:
        return {p.name: (p.sort_order, [(i.name, i.weight) for i in p.indicators],
                         {b.fund_source: (b.budget_initial, b.budget_adjusted, b.spent) for b in p.budget_executions})
                for p in s.scalars(select(Project))}


# --- 1. two fund rows of one kind -------------------------------------------------------------------


@pytest.mark.parametrize(("cell", "label", "sources"), [
    ("B9", "上年结转资金", ["total", "fiscal", "carryover", "carryover2"]),  # 其他资金 typed as a 2nd 结转 row
    ("B8", "社会投入资金", ["total", "fiscal", "other", "other2"]),  # 社会投入资金 beside 其他资金
])
def test_two_fund_rows_of_one_kind_are_both_kept(tmp_path, cell, label, sources):
    path = write_book(tmp_path / "b.xlsx", [_forest()])
    _edit(path, **{cell: label, "C8": 5, "D8": 5, "E8": 4, "C9": 3, "D9": 3, "E9": 2})
    [got] = read_self_eval(path).forms
    assert [f.source for f in got.funds] == sources
    assert got.funds[2].amounts() == (D(5), D(5), D(4)) and got.funds[3].amounts() == (D(3), D(3), D(2))
    assert got.funds[3].place == Place(sheet="森林防火", row=9)
    _write(tmp_path, [read_self_eval(path)])
    funds = _stored(tmp_path)["森林防火"][2]
    assert funds[sources[2]] == (D(5), D(5), D(4)) and funds[sources[3]] == (D(3), D(3), D(2))


# --- 2. the goal header in other wordings -----------------------------------------------------------


@pytest.mark.parametrize(("goal", "actual"), [
    ("年度预期目标", "实际完成情况"), ("年初设定目标", "全年实际完成情况"), ("年度绩效目标", "目标实际完成情况"),
])
def test_goal_header_worded_otherwise_is_read(tmp_path, goal, actual):
    path = _edit(write_anhui_style(tmp_path / "ah.xlsx"), B10=goal, E10=actual)  # A10: 年度总体目标完成情况
    [got] = read_self_eval(path).forms
    assert (got.goal, got.goal_actual) == ("完成基建工程委托业务。", "已完成。")
    assert len(got.indicators) == 5


def test_goal_and_achievement_beside_a_longer_label_on_one_row(tmp_path):
    path = write_book(tmp_path / "b.xlsx", [_forest()])
    _edit(path, A10="年度总体目标完成情况", B10="完成全年森林防火任务。", E10="全年无重大火情。", B11=None, E11=None)
    [got] = read_self_eval(path).forms
    assert (got.goal, got.goal_actual) == ("完成全年森林防火任务。", "全年无重大火情。")


def test_goal_typed_after_the_header_word_in_one_cell(tmp_path):
    path = write_book(tmp_path / "b.xlsx", [_forest()])
    _edit(path, B10="预期目标：完成全年森林防火任务。", E10="实际完成情况：全年无重大火情。", B11=None, E11=None)
    [got] = read_self_eval(path).forms
    assert (got.goal, got.goal_actual) == ("完成全年森林防火任务。", "全年无重大火情。")


def test_goal_row_without_a_goal_column_is_one_sentence_naming_the_row(tmp_path):
    path = _edit(write_anhui_style(tmp_path / "ah.xlsx"), A10="说明：年度总体目标见附件", B10="见附件", E10=None)
    with pytest.raises(SourceError) as err:
        read_self_eval(path)
    e = err.value
    assert e.code == "importing.self_eval.goal_header_unread"
    assert (e.sheet, e.row, e.fields["column"]) == ("Sheet1", 10, 1)


# --- 3. values the store cannot hold: one sentence, nothing written ---------------------------------


def _refused(tmp_path, path, place, cell):
    book = read_self_eval(path)
    with pytest.raises(StoreError) as err:
        _write(tmp_path, [book])
    said = err.value.args[0]
    assert said.code == "store.limit.not_imported"
    assert said.fields["where"].fields["place"].strip() == str(place)
    assert said.fields["cell"] == cell
    with open_store(tmp_path / "p.db") as store, store.session() as s:
        assert s.query(Project).count() == 0 and s.query(Indicator).count() == 0
        assert s.query(BudgetExecution).count() == 0
    return said


def test_a_level2_longer_than_the_store_holds_is_refused_naming_its_row(tmp_path, capsys):
    path = write_book(tmp_path / "b.xlsx", [_forest()])
    _edit(path, C13="数量指标（本项目巡护里程按照林区网格化管理要求逐月统计，含专职护林员与兼职护林员的巡护记录，每月汇总上报县林业局）")
    said = _refused(tmp_path, path, Place(sheet="森林防火", row=13), _indicator("巡护里程", "store.column.level2"))
    assert "超过了上限 50 个字" in str(said)
    db = tmp_path / "cli.db"
    assert main(["--db", str(db), "import", str(path)]) == 3
    err = capsys.readouterr().err
    assert "工作表“森林防火”第 13 行 项目「森林防火」：指标“巡护里程”的二级指标" in err and "Traceback" not in err
    with open_store(db) as store, store.session() as s:
        assert s.query(Project).count() == 0


def _indicator(name, label):
    return message("importing.label.indicator_field", name=name, label=message(label))


def _fund(row, label):
    return message("importing.self_eval.fund_cell", label=message(label), row=row)


@pytest.mark.parametrize(("cells", "row", "cell"), [
    ({"G14": 1e18}, 14, _indicator("防火宣传次数", "importing.label.weight")),
    ({"H15": 12345678901234567890}, 15, _indicator("火情发现及时率", "importing.label.score")),
    ({"E6": 1e18}, 6, _fund("年度资金总额", "importing.label.spent")),
    ({"G6": 1e20}, 6, _fund("年度资金总额", "importing.self_eval.label.rate")),
    ({"H17": "8.666666666666666667"}, 17, _indicator("林区群众满意度", "importing.label.score")),  # typed
])
def test_figures_too_large_are_refused_naming_the_row_and_cell(tmp_path, cells, row, cell):
    path = _edit(write_book(tmp_path / "b.xlsx", [_forest()]), **cells)
    _refused(tmp_path, path, Place(sheet="森林防火", row=row), cell)


@pytest.mark.parametrize(("cells", "cell"), [
    ({"B4": "某" * 201}, where_limited("department", "name")),
    ({"F4": "某" * 201}, where_limited("unit", "name")),
    ({"B3": "某" * 501}, where_limited("project", "name")),
])
def test_names_too_long_are_refused_naming_the_form(tmp_path, cells, cell):
    path = _edit(write_book(tmp_path / "b.xlsx", [_forest()]), **cells)
    _refused(tmp_path, path, Place(sheet="森林防火", row=3), cell)


@pytest.mark.parametrize(("money", "value", "stored", "said"), [
    ("元", 800000 / 3, D("26.666667"), "266666.6666666667 元 has a part smaller than one fen; rounded to the fen: "
                                       "266666.67 元"),  # a formula's result, printed 266666.67
    ("万元", 80 / 3, D("26.666667"), "rounded to the fen: 26.666667 万元"),
])
def test_an_amount_finer_than_a_fen_is_rounded_to_the_fen_and_said(tmp_path, monkeypatch, money, value, stored, said):
    monkeypatch.setenv("PERFDESK_LANG", "en")  # the note in the catalogue's own words
    path = _edit(write_book(tmp_path / "b.xlsx", [_forest()], money=money), E6=value)
    book = read_self_eval(path)
    assert book.forms[0].funds[0].spent == stored
    [note] = book.notes
    assert note.startswith(str(Place(sheet="森林防火", row=6, column=5, letter=True))) and said in note
    _write(tmp_path, [book])
    assert _stored(tmp_path)["森林防火"][2]["total"][2] == stored
    # an amount printed to the fen is exact, and nothing is said
    exact = _edit(write_book(tmp_path / "c.xlsx", [_forest()], money="元"), E6=266666.67, D6="266666.600")
    book = read_self_eval(exact)
    assert book.forms[0].funds[0].spent == D("26.666667") and book.notes == []


# --- 4. two forms of one project in one workbook ----------------------------------------------------


def test_two_forms_of_one_project_are_both_imported_the_second_numbered(tmp_path, capsys):
    f = _forest()
    g = copy.deepcopy(f)
    g["indicators"] = g["indicators"][:2]
    g["total_score"] = 50
    path = write_book(tmp_path / "b.xlsx", [f, g], per_sheet=False)
    result = _write(tmp_path, [read_self_eval(path)])
    assert (result.added, result.kept, result.indicators) == (2, 0, 7)
    assert result.renamed == ["森林防火（2）"]
    assert result.renamed_forms == [(str(Place(sheet="自评表", row=23)), str(Place(sheet="自评表", row=3)), "森林防火",
                                     "森林防火（2）")]
    stored = _stored(tmp_path)
    assert [len(stored[n][1]) for n in ("森林防火", "森林防火（2）")] == [5, 2]
    assert sorted(v[0] for v in stored.values()) == [1, 2]  # each its own place in the unit's order
    # the same workbook again: both kept (none doubled), or both replaced
    again = _write(tmp_path, [read_self_eval(path)])
    assert (again.added, again.kept) == (0, 2)
    again = _write(tmp_path, [read_self_eval(path)], replace=True)
    assert (again.added, again.replaced) == (0, 2)
    assert {n: len(v[1]) for n, v in _stored(tmp_path).items()} == {"森林防火": 5, "森林防火（2）": 2}
    # the command line says where both are
    db = tmp_path / "cli.db"
    assert main(["--db", str(db), "import", str(path)]) == 0
    out = capsys.readouterr().out
    assert "新增 2 个项目" in out and "保留原有 0 个" in out and "森林防火（2）" in out
    assert "工作表“自评表”第 23 行" in out.splitlines()[-1] and "工作表“自评表”第 3 行" in out.splitlines()[-1]


def test_the_indicators_direction_column_lands_in_the_store(tmp_path):
    f = form("污水处理", [(10, 10, 10, 10, "100", 10)], [
        ("产出指标", "数量指标", "处理污水量", ("≥", 5000, "吨", "正向"), "5200", 40, 40, ""),
        ("产出指标", "成本指标", "吨水处理成本", (None, "1.2", "元", "反向"), "1.1", 20, 20, ""),
    ], total_weight=100, total_score=100)
    _write(tmp_path, [read_self_eval(write_book(tmp_path / "b.xlsx", [f], split_columns=True))])
    with open_store(tmp_path / "p.db") as store, store.session() as s:
        assert [i.direction for i in s.scalars(select(Indicator).order_by(Indicator.sort_order))] == ["正向", "反向"]


# --- a cell calamine cannot convert -----------------------------------------------------------------


def test_a_date_cell_out_of_range_is_one_sentence_through_the_command_line(tmp_path, capfd):
    path = write_book(tmp_path / "b.xlsx", [_forest()])
    wb = load_workbook(path)
    wb.active["E6"] = -1e12  # a date-formatted cell calamine's Rust code panics on
    wb.active["E6"].number_format = "yyyy-mm-dd"
    wb.save(path)
    assert looks_like_self_eval(path)
    db = tmp_path / "p.db"
    assert main(["--db", str(db), "import", str(path)]) == 2
    err = capfd.readouterr().err
    assert "无法导入“b.xlsx”：工作表“森林防火”第 6 行 E 列" in err and "Traceback" not in err
    assert not db.exists()
