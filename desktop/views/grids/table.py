"""The grid view: Excel keys, copy/paste of TSV rectangles, Delete clears, right click → history."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.operations.cells import HistoryEntry, history
from desktop.operations.transaction import read
from desktop.views.grids.delegates import GridDelegate

Hint = QAbstractItemDelegate.EndEditHint


def parse_tsv(text: str) -> list[list[str]]:
    """Excel's clipboard text: tab-separated, quoted cells may hold tabs, quotes and line breaks."""
    if not text:
        return []
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n")), delimiter="\t", quotechar='"'))
    while rows and rows[-1] in ([], [""]):
        rows.pop()
    return rows


def to_tsv(rows: list[list[str]]) -> str:
    def cell(text: str) -> str:
        if any(ch in text for ch in '\t\n"'):
            return '"' + text.replace('"', '""') + '"'
        return text

    return "".join("\t".join(cell(c) for c in row) + "\n" for row in rows)


class HistoryDialog(QDialog):
    def __init__(self, title: str, entries: list[HistoryEntry], parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("cellHistory")
        layout = QVBoxLayout(self)
        if not entries:
            layout.addWidget(QLabel(self.tr("This cell has not been edited.")))
        self.table = QTableWidget(len(entries), 5)
        self.table.setHorizontalHeaderLabels([self.tr("Saved at"), self.tr("User"), self.tr("Machine"),
                                              self.tr("Old value"), self.tr("New value")])
        for row, entry in enumerate(entries):
            texts = (entry.at.strftime("%Y-%m-%d %H:%M:%S"), entry.user_name or "", entry.machine or "",
                     entry.old or "", entry.new or "")
            for col, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table)
        self.resize(640, 320)


class GridView(QTableView):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setItemDelegate(GridDelegate(self))
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed heights: no per-row measuring
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        rows.setMinimumWidth(36)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(50)
        header.setHighlightSections(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        self.last_history: HistoryDialog | None = None

    def setModel(self, model) -> None:  # noqa: N802
        super().setModel(model)
        for col, column in enumerate(model.columns):
            self.setColumnWidth(col, column.width)

    # -- keys -----------------------------------------------------------------------------------
    def move_current(self, drow: int, dcol: int) -> None:
        current = self.currentIndex()
        model = self.model()
        if not current.isValid() or model is None:
            return
        row = min(max(current.row() + drow, 0), model.rowCount() - 1)
        col = min(max(current.column() + dcol, 0), model.columnCount() - 1)
        target = model.index(row, col)
        self.selectionModel().setCurrentIndex(target, QItemSelectionModel.SelectionFlag.ClearAndSelect)

    def closeEditor(self, editor, hint) -> None:  # noqa: N802
        move = {Hint.SubmitModelCache: (1, 0), Hint.EditNextItem: (0, 1), Hint.EditPreviousItem: (0, -1)}.get(hint)
        super().closeEditor(editor, Hint.NoHint)
        if move:
            self.move_current(*move)

    _OWN_KEYS = (QKeySequence.StandardKey.Copy, QKeySequence.StandardKey.Paste, QKeySequence.StandardKey.Delete)

    def event(self, event) -> bool:
        # Copy, paste and delete belong to the grid while it has focus, even when a window menu
        # binds the same keys.
        if (event.type() == QEvent.Type.ShortcutOverride and self.state() != QAbstractItemView.State.EditingState
                and any(event.matches(k) for k in self._OWN_KEYS)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.move_current(-1 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1, 0)
                return
            if key == Qt.Key.Key_Tab:
                self.move_current(0, 1)
                return
            if key == Qt.Key.Key_Backtab:
                self.move_current(0, -1)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection()
                return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802
        # Tab stays in the grid (moves a cell), as in Excel.
        if self.state() == QAbstractItemView.State.EditingState:
            return super().focusNextPrevChild(forward)
        self.move_current(0, 1 if forward else -1)
        return True

    # -- rectangles -----------------------------------------------------------------------------
    def _selected_rect(self) -> tuple[int, int, int, int] | None:
        indexes = self.selectionModel().selectedIndexes() if self.selectionModel() else []
        if not indexes:
            current = self.currentIndex()
            if not current.isValid():
                return None
            indexes = [current]
        rows = [i.row() for i in indexes]
        cols = [i.column() for i in indexes]
        return min(rows), min(cols), max(rows), max(cols)

    def copy_selection(self) -> str:
        rect = self._selected_rect()
        if rect is None:
            return ""
        top, left, bottom, right = rect
        model = self.model()
        rows = [
            [model.index(r, c).data(Qt.ItemDataRole.EditRole) or "" for c in range(left, right + 1)]
            for r in range(top, bottom + 1)
        ]
        text = to_tsv(rows)
        QGuiApplication.clipboard().setText(text)
        return text

    def paste(self, text: str | None = None) -> bool:
        """Paste a TSV rectangle at the current cell: one undo step, all cells or none."""
        model = self.model()
        rect = self._selected_rect()
        if rect is None:
            return False
        block = parse_tsv(QGuiApplication.clipboard().text() if text is None else text)
        if not block:
            return False
        top, left, bottom, right = rect
        if len(block) == 1 and len(block[0]) == 1 and (bottom > top or right > left):
            # one value over a selection: fill it, as Excel does
            block = [[block[0][0]] * (right - left + 1) for _ in range(bottom - top + 1)]
        edits = []
        for dr, values in enumerate(block):
            for dc, value in enumerate(values):
                row, col = top + dr, left + dc
                if row >= model.rowCount() or col >= model.columnCount():
                    model.editor.error.emit(
                        self.tr("The pasted block (%1 rows × %2 columns) does not fit below and right of the "
                                "current cell; nothing was changed.")
                        .replace("%1", str(len(block))).replace("%2", str(max(len(r) for r in block)))
                    )
                    return False
                edit = model.cell_edit(row, col, value)
                if edit is None:
                    model.editor.error.emit(
                        self.tr("%1 is computed or read-only; nothing was changed.").replace("%1", model.cell_label(row, col))
                    )
                    return False
                edits.append(edit)
        rows = len(block)
        cols = max(len(r) for r in block)
        saved = model.editor.edit(edits, self.tr("Paste %1 × %2").replace("%1", str(rows)).replace("%2", str(cols)))
        if saved:
            selection = self.selectionModel()
            selection.select(
                QItemSelection(model.index(top, left), model.index(top + rows - 1, left + cols - 1)),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        return saved

    def clear_selection(self) -> bool:
        model = self.model()
        indexes = self.selectionModel().selectedIndexes() or [self.currentIndex()]
        edits = [e for i in indexes if i.isValid() for e in [model.cell_edit(i.row(), i.column(), None)] if e]
        if not edits:
            return False
        return model.editor.edit(edits, self.tr("Clear %1 cells").replace("%1", str(len(edits))))

    # -- history --------------------------------------------------------------------------------
    def _context_menu(self, pos) -> None:
        index = self.indexAt(pos)
        if not index.isValid():
            return
        menu = QMenu(self)
        history = menu.addAction(self.tr("Cell history…"))
        history.setEnabled(self.model().cell_key(index.row(), index.column()) is not None)
        history.triggered.connect(lambda: self.show_history(index.row(), index.column()))
        menu.addSeparator()
        menu.addAction(self.tr("Copy"), self.copy_selection)
        menu.addAction(self.tr("Paste"), self.paste)
        menu.popup(self.viewport().mapToGlobal(pos))

    def show_history(self, row: int, col: int) -> HistoryDialog | None:
        model = self.model()
        key = model.cell_key(row, col)
        if key is None:
            return None
        entries = read(model.editor.store, history, *key)
        dialog = HistoryDialog(self.tr("History of %1").replace("%1", model.cell_label(row, col)), entries, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.last_history = dialog
        return dialog
