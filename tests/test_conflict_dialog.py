"""The conflict dialog (issue 15): who, when, theirs and mine; keep theirs / use mine / edit."""

from __future__ import annotations

from datetime import datetime

from desktop.operations.changes import CellEdit
from desktop.operations.conflicts import _GONE, Conflict, EditConflict
from desktop.views.conflict_dialog import ConflictDialog
from desktop.views.grids.commands import KEEP_THEIRS, USE_MINE


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
