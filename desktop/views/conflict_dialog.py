"""The conflict dialogs: someone else saved a cell, or changed a row, after the officer last saw
it (issue 15).

Cells: per cell who changed it, when, their value and the officer's; the officer keeps theirs,
saves theirs over with mine, or edits the value to save (typed in the "Mine" column).
Rows (delete, move, split and their undo): per row who changed it, when, their value and what the
officer saw; keep theirs (the action is cancelled), do it anyway (logged), or look at the row.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.operations.conflicts import _GONE, EditConflict, _log_text
from desktop.views.grids.commands import KEEP_THEIRS, LOOK, USE_MINE, Resolution, can_force

_MINE_COLUMN = 4


def _shown(value) -> str:
    return "" if value is None else (_log_text(value) or "")


class _ConflictDialog(QDialog):
    """What both dialogs share: the sentence above, a table of what the others changed (who,
    when, their value), buttons below; closing answers "keep theirs" (nothing is overwritten)."""

    def __init__(self, conflict: EditConflict, name: str, title: str, intro: str, headers: list[str], parent):
        super().__init__(parent)
        self.setObjectName(name)
        self.setWindowTitle(title)
        self.conflict = conflict
        self.resolution = Resolution(KEEP_THEIRS)
        self._layout = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        self._layout.addWidget(label)
        self.table = QTableWidget(len(conflict.conflicts), len(headers), self)
        self.table.setHorizontalHeaderLabels(headers)

    def _who_at_theirs(self, c) -> tuple[str, str, str]:
        who = c.who or self.tr("another user")
        if c.machine:
            who += f" @ {c.machine}"
        at = c.at.strftime("%Y-%m-%d %H:%M:%S") if c.at else ""
        theirs = self.tr("(row deleted)") if c.theirs is _GONE else _shown(c.theirs)
        return who, at, theirs

    def _fill(self, row: int, texts, editable_column: int | None = None) -> None:
        for col, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if col != editable_column:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, col, item)

    def _buttons(self, *labels: str) -> list[QPushButton]:
        self._layout.addWidget(self.table)
        box = QDialogButtonBox(self)
        buttons = [QPushButton(label) for label in labels]
        for button in buttons:
            box.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons[0].setDefault(True)  # keep theirs
        self._layout.addWidget(box)
        self.resize(self.width(), 170 + 32 * min(len(self.conflict.conflicts), 10))
        return buttons

    def _answer(self, choice: str, values: dict | None = None) -> None:
        self.resolution = Resolution(choice, values or {})
        self.accept()


class ConflictDialog(_ConflictDialog):
    def __init__(self, conflict: EditConflict, parent=None):
        super().__init__(
            conflict, "editConflict", self.tr("Someone else changed these cells"),
            self.tr("Another user saved these cells after you last saw them. Nothing has been overwritten. "
                    "Keep their values, save yours over them, or edit the values in the column “Mine” and save those."),
            [self.tr("Cell"), self.tr("Changed by"), self.tr("At"), self.tr("Theirs"), self.tr("Mine")], parent)
        rows = conflict.conflicts
        for row, c in enumerate(rows):
            who, at, theirs = self._who_at_theirs(c)
            mine_editable = None if c.theirs is _GONE else _MINE_COLUMN
            self._fill(row, (str(c.label), who, at, theirs, _shown(c.mine)), mine_editable)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.horizontalHeaderItem(_MINE_COLUMN).setToolTip(self.tr("Type here to save another value"))
        if rows:
            self.table.setCurrentCell(0, _MINE_COLUMN)  # the one column the officer may change
        self.keep_button, self.mine_button, self.edit_button = self._buttons(
            self.tr("Keep theirs"), self.tr("Use mine"), self.tr("Save edited"))
        self.edit_button.setEnabled(False)
        self.keep_button.clicked.connect(self.keep_theirs)
        self.mine_button.clicked.connect(self.use_mine)
        self.edit_button.clicked.connect(self.save_edited)
        self.table.itemChanged.connect(lambda _item: self.edit_button.setEnabled(bool(self.edited_values())))
        self.resize(820, self.height())

    def edited_values(self) -> dict[int, str]:
        out = {}
        for row, c in enumerate(self.conflict.conflicts):
            item = self.table.item(row, _MINE_COLUMN)
            if item is not None and item.text() != _shown(c.mine):
                out[row] = item.text()
        return out

    def keep_theirs(self) -> None:
        self._answer(KEEP_THEIRS)

    def use_mine(self) -> None:
        self._answer(USE_MINE)

    def save_edited(self) -> None:
        self._answer(USE_MINE, self.edited_values())

    @classmethod
    def ask(cls, conflict: EditConflict) -> Resolution:
        """Modal; closing the dialog keeps their values (nothing is overwritten by default)."""
        dialog = cls(conflict, QApplication.activeWindow())
        dialog.exec()
        return dialog.resolution


class RowConflictDialog(_ConflictDialog):
    """Rows someone else changed, deleted or moved since the officer saw them; nothing done yet."""

    def __init__(self, conflict: EditConflict, what: str = "", parent=None):
        super().__init__(
            conflict, "rowConflict", self.tr("Someone else changed these rows"),
            self.tr("“%1” was not done: another user changed these rows after you last saw them, and nothing "
                    "has been changed yet. Keep their change (yours is cancelled), do it anyway (their change "
                    "is replaced; the edit log keeps both), or look at the row first."
                    ).replace("%1", what or self.tr("This action")),
            [self.tr("Row"), self.tr("What changed"), self.tr("Changed by"), self.tr("At"), self.tr("Theirs now"),
             self.tr("What you saw")], parent)
        for row, c in enumerate(conflict.conflicts):
            who, at, theirs = self._who_at_theirs(c)
            # a row action saw a whole row (nothing to show per cell) or an order; a cell it saw empty says so
            seen = "" if isinstance(c.seen, dict) or c.action != "delete" else _shown(c.seen) or self.tr("(empty)")
            self._fill(row, (c.row or "", str(c.label), who, at, theirs, seen))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (4, 5):  # the values share what is left, so neither is cut short
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.keep_button, self.mine_button, self.look_button = self._buttons(
            self.tr("Keep theirs"), self.tr("Do it anyway"), self.tr("Show the row"))
        self.keep_button.setToolTip(self.tr("Cancel this action and show their change"))
        self.mine_button.setToolTip(self.tr("Do it over their change; the edit log names you both"))
        self.look_button.setToolTip(self.tr("Cancel this action and go to the row"))
        if not can_force(conflict):  # the row is back already: there is nothing to put back
            self.mine_button.setEnabled(False)
        self.keep_button.clicked.connect(lambda: self._answer(KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self._answer(USE_MINE))
        self.look_button.clicked.connect(lambda: self._answer(LOOK))
        self.resize(900, self.height() + 40)

    @classmethod
    def ask(cls, conflict: EditConflict, what: str = "") -> Resolution:
        """Modal; closing the dialog keeps their change (nothing is done by default)."""
        dialog = cls(conflict, what, QApplication.activeWindow())
        dialog.exec()
        return dialog.resolution
