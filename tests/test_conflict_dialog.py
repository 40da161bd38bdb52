"""The conflict dialog (issue 15): who, when, theirs and mine; keep theirs / use mine / edit."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.operations.changes import CellEdit
from desktop.operations.conflicts import _GONE, Conflict, EditConflict
from desktop.views.conflict_dialog import ConflictDialog, RowConflictDialog
from desktop.views.grids.commands import KEEP_THEIRS, LOOK, USE_MINE


def _conflict() -> EditConflict:
    at = datetime(2026, 11, 30, 21, 40, 12)
    return EditConflict([
        Conflict(CellEdit("indicator", 1, "actual", "48"), "48", "50", "45", "李审核", "PC-B", at, "第 1 行「实际完成值」"),
        Conflict(CellEdit("indicator", 2, "actual", "7"), "7", _GONE, "6", "李审核", None, at, "第 2 行「实际完成值」"),
    ])


def _row(dialog, row):
    return [dialog.table.item(row, c).text() for c in range(dialog.table.columnCount())]


def test_the_dialog_shows_who_when_theirs_and_mine(qtbot):
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    assert _row(dialog, 0) == ["第 1 行「实际完成值」", "李审核 @ PC-B", "2026-11-30 21:40:12", "50", "48"]
    assert _row(dialog, 1)[3] == dialog.tr("(row deleted)") != ""
    assert dialog.keep_button.isDefault() and not dialog.edit_button.isEnabled()


def test_each_button_gives_its_answer(qtbot):
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    dialog.keep_button.click()
    assert dialog.resolution.choice == KEEP_THEIRS
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    dialog.mine_button.click()
    assert (dialog.resolution.choice, dialog.resolution.values) == (USE_MINE, {})
    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    dialog.table.item(0, 4).setText("49")
    assert dialog.edit_button.isEnabled()
    dialog.edit_button.click()
    assert (dialog.resolution.choice, dialog.resolution.values) == (USE_MINE, {0: "49"})


def test_a_deleted_row_cannot_be_given_a_value(qtbot):
    from PySide6.QtCore import Qt

    dialog = ConflictDialog(_conflict())
    qtbot.addWidget(dialog)
    assert not dialog.table.item(1, 4).flags() & Qt.ItemFlag.ItemIsEditable
    assert dialog.table.item(0, 4).flags() & Qt.ItemFlag.ItemIsEditable


# -- the row-conflict dialog: a delete, move or split over someone else's change ------------------


def _row_conflict() -> EditConflict:
    at = datetime(2026, 11, 30, 21, 40, 12)
    return EditConflict([
        Conflict(CellEdit("indicator", 1, "deviation_reason", None, "要删除的指标「偏差原因分析及改进措施」"), None,
                 "已说明：受疫情影响延期", None, "李审核", "PC-B", at, "要删除的指标「偏差原因分析及改进措施」", "delete",
                 row="科普活动次数"),
        Conflict(CellEdit("indicator", 2, "*row", None, "要删除的指标"), None, _GONE, {"name": "培训人数"},
                 "李审核", None, at, "要删除的指标", "delete", row="培训人数"),
    ])


def test_the_row_dialog_shows_who_when_theirs_and_what_was_seen(qtbot):
    dialog = RowConflictDialog(_row_conflict(), "删除 2 个指标")
    qtbot.addWidget(dialog)
    assert _row(dialog, 0) == ["科普活动次数", "要删除的指标「偏差原因分析及改进措施」", "李审核 @ PC-B",
                               "2026-11-30 21:40:12", "已说明：受疫情影响延期", dialog.tr("(empty)")]
    assert _row(dialog, 1)[:1] + _row(dialog, 1)[4:] == ["培训人数", dialog.tr("(row deleted)"), ""]
    assert dialog.keep_button.isDefault() and dialog.mine_button.isEnabled()
    assert not dialog.table.item(0, 5).flags() & Qt.ItemFlag.ItemIsEditable  # nothing to type: a row action


@pytest.mark.parametrize(("button", "choice"), [("keep_button", KEEP_THEIRS), ("mine_button", USE_MINE),
                                                ("look_button", LOOK)])
def test_each_row_button_gives_its_answer(qtbot, button, choice):
    dialog = RowConflictDialog(_row_conflict(), "移动指标")
    qtbot.addWidget(dialog)
    getattr(dialog, button).click()
    assert dialog.resolution.choice == choice and dialog.result() == dialog.DialogCode.Accepted


def test_closing_the_row_dialog_keeps_theirs(qtbot):
    dialog = RowConflictDialog(_row_conflict())
    qtbot.addWidget(dialog)
    dialog.reject()
    assert dialog.resolution.choice == KEEP_THEIRS


def test_a_row_someone_put_back_cannot_be_forced(qtbot):
    conflict = EditConflict([Conflict(CellEdit("indicator", 1, "*row", None), None, "（已恢复）", None, "李审核", "PC-B",
                                      None, "要恢复的指标", "restore")])
    dialog = RowConflictDialog(conflict, "撤销删除 1 个指标")
    qtbot.addWidget(dialog)
    assert not dialog.mine_button.isEnabled() and dialog.keep_button.isEnabled()


def test_the_row_dialog_in_chinese_names_the_action_and_fits(qtbot, qapp, tmp_path):
    from desktop.views.fonts import ensure_chinese_font
    from desktop.views.i18n import install_translators

    ensure_chinese_font(qapp)
    translators = install_translators(qapp, "zh_CN")
    try:
        dialog = RowConflictDialog(_row_conflict(), "删除 2 个指标")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert dialog.windowTitle() == "这些行已被他人修改"
        assert [dialog.keep_button.text(), dialog.mine_button.text(), dialog.look_button.text()] == [
            "保留对方的修改", "仍然执行", "查看该行"]
        intro = dialog.findChildren(QLabel)[0].text()
        assert intro.startswith("“删除 2 个指标”未执行")
        for button in (dialog.keep_button, dialog.mine_button, dialog.look_button):  # no clipped label
            assert button.width() >= button.fontMetrics().horizontalAdvance(button.text())
        dialog.grab().save(str(tmp_path / "rowconflict.png"))
        assert (tmp_path / "rowconflict.png").stat().st_size > 0
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
