"""Cell editors: drop-downs for the indicator classes, 定性 tiers and signs; multi-line text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QStyledItemDelegate

from desktop.domain.cell_values import LEVEL1_CLASSES
from desktop.domain.scoring import QUALITATIVE_TIERS
from desktop.domain.targets import SIGNS
from desktop.operations.evaluate import tier_label
from desktop.views.grids.base import FLAG, LEVEL1, LEVEL2, MULTILINE, SIGN, TIER


class MultiLineEditor(QPlainTextEdit):
    """Enter saves (as everywhere in the grid); Alt+Enter or Shift+Enter breaks the line, as in Excel."""

    def __init__(self, delegate, parent):
        super().__init__(parent)
        self._delegate = delegate
        self.setTabChangesFocus(True)

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & (Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier):
                self.insertPlainText("\n")
                return
            self._delegate.commitData.emit(self)
            self._delegate.closeEditor.emit(self, QStyledItemDelegate.EndEditHint.SubmitModelCache)
            return
        super().keyPressEvent(event)


class GridDelegate(QStyledItemDelegate):
    def _column(self, index):
        return index.model().columns[index.column()]

    def createEditor(self, parent, option, index):  # noqa: N802
        kind = self._column(index).kind
        if kind == MULTILINE:
            editor = MultiLineEditor(self, parent)
            editor.setMinimumHeight(90)
            return editor
        choices = self.choices(kind, index)
        if choices is None:
            return super().createEditor(parent, option, index)
        box = QComboBox(parent)
        box.setEditable(kind in (LEVEL1, LEVEL2))
        for value, label in choices:
            box.addItem(label, value)
        return box

    def choices(self, kind: str, index) -> list[tuple[object, str]] | None:
        if kind == LEVEL1:
            return [("", "")] + [(name, name) for name in LEVEL1_CLASSES]
        if kind == LEVEL2:
            level1 = getattr(index.model().rows[index.row()], "level1", None) or ""
            classes = LEVEL1_CLASSES.get(level1)
            groups = [classes] if classes else list(LEVEL1_CLASSES.values())
            return [("", "")] + [(name, name) for _code, pairs in groups for _c, name in pairs]
        if kind == TIER:
            return [("", "")] + [(str(tier), f"{tier} {tier_label(tier)}") for tier in QUALITATIVE_TIERS]
        if kind == SIGN:
            return [("", "")] + [(s, s) for s in SIGNS]
        if kind == FLAG:
            return [("", ""), ("是", self.tr("Yes")), ("否", self.tr("No"))]  # stored as typed: 是/否
        return None

    def setEditorData(self, editor, index):  # noqa: N802
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(text)
            editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif isinstance(editor, QComboBox):
            if self._column(index).kind == FLAG:
                text = {"True": "是", "False": "否"}.get(text, text)
            found = editor.findData(text)
            if found >= 0:
                editor.setCurrentIndex(found)
            elif editor.isEditable():
                editor.setEditText(text)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):  # noqa: N802
        if isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())
        elif isinstance(editor, QComboBox):
            value = editor.currentData() if not editor.isEditable() else editor.currentText()
            if editor.isEditable() and editor.currentIndex() >= 0 and editor.currentText() == editor.itemText(editor.currentIndex()):
                value = editor.currentData()
            model.setData(index, value)
        else:
            super().setModelData(editor, model, index)

    def updateEditorGeometry(self, editor, option, index):  # noqa: N802
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, max(0, 360 - rect.width()), 90 - rect.height())
        editor.setGeometry(rect)

    def eventFilter(self, editor, event):  # noqa: N802
        # Tab leaves the editor and moves right without opening the next one (as in Excel).
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Tab:
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.EditNextItem)
            return True
        return super().eventFilter(editor, event)
