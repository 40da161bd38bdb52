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


class ConflictDialog(QDialog):
    def __init__(self, conflict: EditConflict, parent=None):
        super().__init__(parent)
        self.setObjectName("editConflict")
        self.setWindowTitle(self.tr("Someone else changed these cells"))
        self.conflict = conflict
        self.resolution = Resolution(KEEP_THEIRS)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Another user saved these cells after you last saw them. Nothing has been overwritten. "
            "Keep their values, save yours over them, or edit the values in the column “Mine” and save those."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = conflict.conflicts
        self.table = QTableWidget(len(rows), 5, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Cell"), self.tr("Changed by"), self.tr("At"), self.tr("Theirs"), self.tr("Mine"),
        ])
        for row, c in enumerate(rows):
            who = c.who or self.tr("another user")
            if c.machine:
                who += f" @ {c.machine}"
            theirs = self.tr("(row deleted)") if c.theirs is _GONE else _shown(c.theirs)
            at = c.at.strftime("%Y-%m-%d %H:%M:%S") if c.at else ""
            for col, text in enumerate((str(c.label), who, at, theirs, _shown(c.mine))):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if col != _MINE_COLUMN or c.theirs is _GONE:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.horizontalHeaderItem(_MINE_COLUMN).setToolTip(self.tr("Type here to save another value"))
        if rows:
            self.table.setCurrentCell(0, _MINE_COLUMN)  # the one column the officer may change
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Keep theirs"))
        self.mine_button = QPushButton(self.tr("Use mine"))
        self.edit_button = QPushButton(self.tr("Save edited"))
        self.edit_button.setEnabled(False)
        for button in (self.keep_button, self.mine_button, self.edit_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(self.keep_theirs)
        self.mine_button.clicked.connect(self.use_mine)
        self.edit_button.clicked.connect(self.save_edited)
        self.table.itemChanged.connect(lambda _item: self.edit_button.setEnabled(bool(self.edited_values())))
        layout.addWidget(buttons)
        self.resize(820, 150 + 32 * min(len(rows), 10))

    def edited_values(self) -> dict[int, str]:
        out = {}
        for row, c in enumerate(self.conflict.conflicts):
            item = self.table.item(row, _MINE_COLUMN)
            if item is not None and item.text() != _shown(c.mine):
                out[row] = item.text()
        return out

    def keep_theirs(self) -> None:
        self.resolution = Resolution(KEEP_THEIRS)
        self.accept()

    def use_mine(self) -> None:
        self.resolution = Resolution(USE_MINE)
        self.accept()

    def save_edited(self) -> None:
        self.resolution = Resolution(USE_MINE, self.edited_values())
        self.accept()

    @classmethod
    def ask(cls, conflict: EditConflict) -> Resolution:
        """Modal; closing the dialog keeps their values (nothing is overwritten by default)."""
        dialog = cls(conflict, QApplication.activeWindow())
        dialog.exec()
        return dialog.resolution


class RowConflictDialog(QDialog):
    """Rows someone else changed, deleted or moved since the officer saw them; nothing done yet."""

    def __init__(self, conflict: EditConflict, what: str = "", parent=None):
        super().__init__(parent)
        self.setObjectName("rowConflict")
        self.setWindowTitle(self.tr("Someone else changed these rows"))
        self.conflict = conflict
        self.resolution = Resolution(KEEP_THEIRS)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "“%1” was not done: another user changed these rows after you last saw them, and nothing "
            "has been changed yet. Keep their change (yours is cancelled), do it anyway (their change "
            "is replaced; the edit log keeps both), or look at the row first."
        ).replace("%1", what or self.tr("This action")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = conflict.conflicts
        self.table = QTableWidget(len(rows), 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Row"), self.tr("What changed"), self.tr("Changed by"), self.tr("At"), self.tr("Theirs now"),
            self.tr("What you saw"),
        ])
        for row, c in enumerate(rows):
            who = c.who or self.tr("another user")
            if c.machine:
                who += f" @ {c.machine}"
            theirs = self.tr("(row deleted)") if c.theirs is _GONE else _shown(c.theirs)
            at = c.at.strftime("%Y-%m-%d %H:%M:%S") if c.at else ""
            # a row action saw a whole row (nothing to show per cell) or an order; a cell it saw empty says so
            seen = "" if isinstance(c.seen, dict) or c.action != "delete" else _shown(c.seen) or self.tr("(empty)")
            for col, text in enumerate((c.row or "", c.label, who, at, theirs, seen)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, item)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        for col in (0, 1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        for col in (4, 5):  # the values share what is left, so neither is cut short
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(self)
        self.keep_button = QPushButton(self.tr("Keep theirs"))
        self.mine_button = QPushButton(self.tr("Do it anyway"))
        self.look_button = QPushButton(self.tr("Show the row"))
        for button in (self.keep_button, self.mine_button, self.look_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.keep_button.setToolTip(self.tr("Cancel this action and show their change"))
        self.mine_button.setToolTip(self.tr("Do it over their change; the edit log names you both"))
        self.look_button.setToolTip(self.tr("Cancel this action and go to the row"))
        if not can_force(conflict):  # the row is back already: there is nothing to put back
            self.mine_button.setEnabled(False)
        self.keep_button.setDefault(True)
        self.keep_button.clicked.connect(lambda: self._answer(KEEP_THEIRS))
        self.mine_button.clicked.connect(lambda: self._answer(USE_MINE))
        self.look_button.clicked.connect(lambda: self._answer(LOOK))
        layout.addWidget(buttons)
        self.resize(900, 190 + 32 * min(len(rows), 10))

    def _answer(self, choice: str) -> None:
        self.resolution = Resolution(choice)
        self.accept()

    @classmethod
    def ask(cls, conflict: EditConflict, what: str = "") -> Resolution:
        """Modal; closing the dialog keeps their change (nothing is done by default)."""
        dialog = cls(conflict, what, QApplication.activeWindow())
        dialog.exec()
        return dialog.resolution
