"""The indicator grids driven as a user would: typing, Enter/Tab, undo, paste, delete, filters."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.models import Indicator, open_store
from desktop.views.workspace import Workspace


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "grids.db") as store:
        store.ids = fill(store)
        yield store


@pytest.fixture
def workspace(qtbot, store):
    stack = QUndoStack()
    workspace = Workspace(store, stack)
    workspace.undo_stack = stack
    qtbot.addWidget(workspace)
    workspace.resize(1400, 700)
    workspace.show()
    workspace.set_year(YEAR)
    workspace.set_project(store.ids["science"])
    return workspace


def _db(store, ident):
    with store.session() as session:
        return session.get(Indicator, ident)


def _cell(model, row, key):
    return model.index(row, model.column_of(key))


def _type(qtbot, view, index, text, finish=Qt.Key.Key_Return):
    """Type into a cell: an ASCII first key starts editing, as in Excel; otherwise F2 first."""
    view.setFocus()
    view.setCurrentIndex(index)
    typed_first = text[0].isascii()
    if typed_first:
        qtbot.keyClicks(view, text[0])  # the key replaces the cell's text
        text = text[1:]
    else:
        qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == view.State.EditingState
    [editor] = view.findChildren(QLineEdit)
    if not typed_first:
        editor.selectAll()
    editor.insert(text)  # QTest types ASCII only; Chinese arrives through the input method
    qtbot.keyClick(editor, finish)
    qtbot.wait(20)  # Qt commits the editor on a queued call


def test_typing_saves_and_enter_moves_down_and_undo_restores(qtbot, workspace, store):
    grid = workspace.indicators
    model, view = grid.model, grid.view
    first = store.ids["first"]
    _type(qtbot, view, _cell(model, 0, "actual"), "50次")
    assert _db(store, first).actual == "50次"
    assert view.currentIndex().row() == 1 and view.currentIndex().column() == model.column_of("actual")
    assert _cell(model, 0, "actual").data() == "50次"

    workspace.undo_stack.undo()
    assert _db(store, first).actual == "45"
    assert _cell(model, 0, "actual").data() == "45"
    workspace.undo_stack.redo()
    assert _db(store, first).actual == "50次"


def test_tab_moves_right_and_f2_edits(qtbot, workspace, store):
    grid = workspace.indicators
    model, view = grid.model, grid.view
    _type(qtbot, view, _cell(model, 0, "name"), "新名称", Qt.Key.Key_Tab)
    assert _db(store, store.ids["first"]).name == "新名称"
    assert view.currentIndex().column() == model.column_of("name") + 1
    view.setCurrentIndex(_cell(model, 1, "actual"))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert view.state() == view.State.EditingState
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)


def test_delete_clears_selected_cells_in_one_step(qtbot, workspace, store):
    grid = workspace.indicators
    view, model = grid.view, grid.model
    view.setCurrentIndex(_cell(model, 0, "actual"))
    view.selectionModel().select(_cell(model, 1, "actual"), view.selectionModel().SelectionFlag.Select)
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    ids = [model.rows[0].id, model.rows[1].id]
    assert [_db(store, i).actual for i in ids] == [None, None]
    workspace.undo_stack.undo()
    assert [_db(store, i).actual for i in ids] == ["45", "15万人次"]


def test_paste_3x4_block_is_one_undo_step(qtbot, workspace, store):
    grid = workspace.indicators
    view, model = grid.view, grid.model
    view.setCurrentIndex(_cell(model, 0, "actual"))
    before = workspace.undo_stack.count()
    # actual | 完成率 is computed … so paste over 分值..? use the editable run: name, period, annual, (parse)
    start = model.column_of("sign_override")  # 符号, 数值, 计量单位, 定性: four editable columns in a row
    view.setCurrentIndex(model.index(0, start))
    block = "≥\t1\t次\t否\n>=\t2\t人次\t否\n\t3\t%\t是\n"
    assert view.paste(block)
    assert workspace.undo_stack.count() == before + 1
    rows = [_db(store, model.rows[r].id) for r in range(3)]
    assert [(r.sign_override, r.value_override, r.unit_override, r.qualitative_override) for r in rows] == [
        ("≥", Decimal(1), "次", False), ("≥", Decimal(2), "人次", False), (None, Decimal(3), "%", True)]
    assert _cell(model, 0, "parse").data() == "≥1次"
    workspace.undo_stack.undo()
    rows = [_db(store, model.rows[r].id) for r in range(3)]
    assert [(r.sign_override, r.value_override, r.unit_override, r.qualitative_override) for r in rows] == [
        (None, None, None, None)] * 3
    assert _cell(model, 0, "parse").data() == "≥40次"


def test_bad_pasted_value_is_refused_and_named(qtbot, workspace, store):
    grid = workspace.indicators
    view, model = grid.view, grid.model
    view.setCurrentIndex(_cell(model, 0, "weight"))
    before = workspace.undo_stack.count()
    assert not view.paste("10\n二十\n")
    assert workspace.message.isVisible()
    assert "第 2 行" in workspace.message.text() or "row 2" in workspace.message.text()
    assert "二十" in workspace.message.text()
    assert _db(store, model.rows[0].id).weight == Decimal(25)
    assert workspace.undo_stack.count() == before


def test_paste_over_computed_cell_is_refused(qtbot, workspace, store):
    grid = workspace.indicators
    view, model = grid.view, grid.model
    view.setCurrentIndex(_cell(model, 0, "actual"))
    assert not view.paste("1\t2\n")  # the second value would land in 完成率
    assert workspace.message.isVisible()
    assert _db(store, model.rows[0].id).actual == "45"


def test_copy_is_tsv(qtbot, workspace):
    grid = workspace.indicators
    view, model = grid.view, grid.model
    view.setCurrentIndex(_cell(model, 0, "name"))
    view.selectionModel().select(_cell(model, 1, "period_target"), view.selectionModel().SelectionFlag.Select)
    view.selectionModel().select(_cell(model, 0, "period_target"), view.selectionModel().SelectionFlag.Select)
    view.selectionModel().select(_cell(model, 1, "name"), view.selectionModel().SelectionFlag.Select)
    assert view.copy_selection() == "科普活动次数\t\n活动覆盖人数\t\n"
    assert QApplication.clipboard().text() == "科普活动次数\t\n活动覆盖人数\t\n"


def test_changing_an_actual_updates_completion_score_and_total(qtbot, workspace, store):
    grid = workspace.indicators
    model = grid.model
    row = 1  # 不少于18万人次, actual 15万人次, weight 25
    assert _cell(model, row, "completion").data() == "83.33%"
    assert _cell(model, row, "score").data() == "20.83"
    assert _cell(model, row, "deviation_reason").data(Qt.ItemDataRole.BackgroundRole) is not None
    total_before = grid.summary.text()
    assert model.setData(_cell(model, row, "actual"), "18万人次")
    assert _cell(model, row, "completion").data() == "100.00%"
    assert _cell(model, row, "score").data() == "25.00"
    assert grid.summary.text() != total_before
    assert "总分" in grid.summary.text() or "Total score" in grid.summary.text()
    ev = model.project_eval(store.ids["science"])
    assert ev.total == Decimal("95") * 10 / 100 + 25 + 25  # 执行率 95% → 9.5; two scored indicators


def test_history_of_a_cell(qtbot, workspace, store):
    grid = workspace.indicators
    model = grid.model
    model.setData(_cell(model, 0, "actual"), "46")
    model.setData(_cell(model, 0, "actual"), "47")
    dialog = grid.view.show_history(0, model.column_of("actual"))
    assert dialog.table.rowCount() == 2
    assert [dialog.table.item(0, c).text() for c in (3, 4)] == ["46", "47"]
    assert [dialog.table.item(0, c).text() for c in (1, 2)] == [store.user or "", store.machine or ""]  # issue 15
    dialog.close()


def test_add_move_delete_split_are_undoable(qtbot, workspace, store):
    grid = workspace.indicators
    model, view = grid.model, grid.view
    view.setCurrentIndex(_cell(model, 0, "name"))
    grid.add_indicator()
    assert len(model.rows) == 5 and model.rows[1].level1 == "产出指标"
    new_id = model.rows[1].id
    grid.move_current(-1)
    assert model.rows[0].id == new_id
    workspace.undo_stack.undo()
    assert model.rows[1].id == new_id
    workspace.undo_stack.undo()
    assert len(model.rows) == 4
    workspace.undo_stack.redo()
    assert model.rows[1].id == new_id  # the same row comes back
    view.setCurrentIndex(_cell(model, 1, "name"))
    grid.delete_selected()
    assert len(model.rows) == 4
    workspace.undo_stack.undo()
    assert len(model.rows) == 5

    workspace.set_project(store.ids["exchange"])
    view.setCurrentIndex(_cell(model, 0, "annual_target"))
    assert _cell(model, 0, "parse").data(Qt.ItemDataRole.BackgroundRole) is not None  # composite flagged
    assert grid.split_current(["举办会议不少于3场", "出版论文集1本"])
    assert [r.annual_target for r in model.rows[:2]] == ["举办会议不少于3场", "出版论文集1本"]
    assert _cell(model, 0, "parse").data() == "≥3场"
    workspace.undo_stack.undo()
    assert len(model.rows) == 3
    workspace.undo_stack.redo()
    assert len(model.rows) == 4


def test_filters_narrow_the_rows(qtbot, workspace, store):
    view = workspace.all_indicators
    workspace.show_tab(view)
    model = view.model
    assert len(model.rows) == 12

    def count_with(setup):
        setup()
        n = len(model.rows)
        view.unit_box.setCurrentIndex(0)
        view.level1_box.setCurrentIndex(0)
        for box in view.checks.values():
            box.setChecked(False)
        return n

    assert count_with(lambda: view.unit_box.setCurrentIndex(view.unit_box.findData(store.ids["other"]))) == 5
    assert count_with(lambda: view.level1_box.setCurrentIndex(view.level1_box.findData("效益指标"))) == 2
    assert count_with(lambda: view.checks["qualitative"].setChecked(True)) == 3  # 2 定性 + 1 composite
    assert count_with(lambda: view.checks["not_met"].setChecked(True)) == 1
    assert count_with(lambda: view.checks["actual_missing"].setChecked(True)) == 4
    assert count_with(lambda: view.checks["reason_missing"].setChecked(True)) == 1
    assert len(model.rows) == 12
    assert "12" in view.count.text()


def test_all_view_sorts_in_python_and_follows_edits(qtbot, workspace, store):
    view = workspace.all_indicators
    workspace.show_tab(view)
    model = view.model
    col = model.column_of("name")
    model.sort(col, Qt.SortOrder.DescendingOrder)
    names = [r.name for r in model.rows]
    assert names == sorted(names, reverse=True)
    row = model.row_of(store.ids["first"])
    model.setData(model.index(row, model.column_of("actual")), "30")
    assert model.index(row, model.column_of("completion")).data() == "75.00%"
    # the project grid shows the same change
    assert _cell(workspace.indicators.model, 0, "actual").data() == "30"


def test_models_pass_qtmodeltester(qtmodeltester, workspace):
    workspace.show_tab(workspace.all_indicators)
    qtmodeltester.check(workspace.indicators.model)
    qtmodeltester.check(workspace.all_indicators.model)


def test_drop_downs_for_classes_and_tiers(qtbot, workspace, store):
    from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QStyleOptionViewItem

    grid = workspace.indicators
    model, view = grid.model, grid.view
    delegate = view.itemDelegate()
    index = _cell(model, 0, "level2")
    box = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), index)
    assert isinstance(box, QComboBox)
    assert [box.itemText(i) for i in range(box.count())] == ["", "数量指标", "质量指标", "时效指标", "成本指标"]
    delegate.setEditorData(box, index)
    assert box.currentText() == "数量指标"
    box.setCurrentIndex(box.findText("时效指标"))
    delegate.setModelData(box, model, index)
    assert _db(store, store.ids["first"]).level2_code == "13"

    tier = _cell(model, 2, "qualitative_tier")  # 有效提升: 定性
    box = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), tier)
    box.setCurrentIndex(box.findData("2"))
    delegate.setModelData(box, model, tier)
    assert _db(store, model.rows[2].id).qualitative_tier == 2
    assert tier.data() == "2 部分达成年度指标并具有一定效果"
    assert _cell(model, 2, "score").data() == "18.00"  # the band's floor: 60% of 30

    reason = _cell(model, 1, "deviation_reason")
    editor = delegate.createEditor(view.viewport(), QStyleOptionViewItem(), reason)
    assert isinstance(editor, QPlainTextEdit)
    editor.setPlainText("宣传不足\n下年加强")
    delegate.setModelData(editor, model, reason)
    assert _db(store, model.rows[1].id).deviation_reason == "宣传不足\n下年加强"
    assert reason.data(Qt.ItemDataRole.BackgroundRole) is None  # the required reason is now there


def test_excel_clipboard_with_quoted_line_breaks_and_ctrl_v(qtbot, workspace, store):
    from desktop.views.grids.table import parse_tsv, to_tsv

    assert parse_tsv('a\t"two\nlines"\r\nb\t"say ""hi"""\r\n') == [["a", "two\nlines"], ["b", 'say "hi"']]
    assert parse_tsv(to_tsv([["x\ty", "z"]])) == [["x\ty", "z"]]
    grid = workspace.indicators
    model, view = grid.model, grid.view
    view.setFocus()
    view.setCurrentIndex(_cell(model, 0, "deviation_reason"))
    QApplication.clipboard().setText('"原因一\n措施一"\r\n原因二\r\n')
    qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _db(store, model.rows[0].id).deviation_reason == "原因一\n措施一"
    assert _db(store, model.rows[1].id).deviation_reason == "原因二"
    view.selectionModel().setCurrentIndex(_cell(model, 0, "deviation_reason"),
                                          view.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == '"原因一\n措施一"\n'


def test_hand_score_needs_a_reason(qtbot, workspace, store):
    model = workspace.indicators.model
    score = _cell(model, 0, "score_override")
    assert model.setData(score, "20")
    assert _cell(model, 0, "score").data() == "20.00"
    assert score.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "理由" in score.data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(_cell(model, 0, "score_override_reason"), "活动质量未达要求")
    assert score.data(Qt.ItemDataRole.BackgroundRole) is None
