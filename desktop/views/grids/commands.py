"""Undo commands: every grid edit is one QUndoCommand on the window's single QUndoStack."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.models import editing
from desktop.models.editing import CellEdit, Change, EditError
from desktop.models.store import Store, StoreError

# What a change touched: (entity, id) pairs; ("structure", project_id) for added/removed rows.
STRUCTURE = "structure"


class Editor(QObject):
    """Saves edits through desktop.models.editing and tells every grid what changed."""

    changed = Signal(object)  # set[tuple[str, int]]
    error = Signal(str)
    # after an undo or redo: the cells it changed [(entity, id, field)] and what to tell the officer
    revisited = Signal(object, str)

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack

    def edit(self, edits: Sequence[CellEdit], text: str = "") -> bool:
        """Save now (one transaction) and push the undo step; False, and `error`, when refused."""
        try:
            changes = editing.apply_edits(self.store, edits)
        except EditError as exc:
            self.error.emit(str(exc))
            return False
        except StoreError as exc:  # disk full, file locked: nothing saved, the cell keeps its old value
            self.error.emit(str(exc.args[0]))
            return False
        if changes:
            self.undo_stack.push(EditCommand(self, changes, text or self.tr("Edit")))
        return True

    def run(self, text: str, do: Callable[[], set], undo: Callable[[], set]) -> None:
        """A structural change (add, delete, move, split): done now, undone by `undo`."""
        touched = do()
        if touched is None:  # nothing happened (e.g. the first row moved up)
            return
        self.undo_stack.push(StructureCommand(self, text, do, undo, touched))

    def notify(self, touched: set) -> None:
        self.changed.emit(set(touched))

    def revisit(self, cells: list, text: str, undone: bool) -> None:
        message = (self.tr("Undone: %1") if undone else self.tr("Redone: %1")).replace("%1", text)
        self.revisited.emit(list(cells), message)


def touched_by(changes: Sequence[Change]) -> set[tuple[str, int]]:
    return {(c.entity, c.entity_id) for c in changes}


class EditCommand(QUndoCommand):
    """Cell values old → new; the first redo() is a no-op because the edit was saved on push."""

    def __init__(self, editor: Editor, changes: list[Change], text: str):
        super().__init__(text)
        self.editor = editor
        self.changes = changes
        self._saved = True
        editor.notify(touched_by(changes))

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        edits = [CellEdit(c.entity, c.entity_id, c.field, c.new) for c in self.changes]
        self._apply(edits)
        self.editor.revisit(self._cells(), self.text(), undone=False)

    def undo(self) -> None:
        self._apply([c.reverted() for c in reversed(self.changes)])
        self.editor.revisit(self._cells(), self.text(), undone=True)

    def _cells(self) -> list[tuple[str, int, str]]:
        return [(c.entity, c.entity_id, c.field) for c in self.changes]

    def _apply(self, edits: list[CellEdit]) -> None:
        try:
            editing.apply_edits(self.editor.store, edits)
        except EditError as exc:  # the row was deleted meanwhile (e.g. by another window)
            self.editor.error.emit(str(exc))
            self.setObsolete(True)
        except StoreError as exc:  # disk full, file locked: this step stays where it was
            self.editor.error.emit(str(exc.args[0]))
            self.setObsolete(True)
        self.editor.notify(touched_by(self.changes))


class StructureCommand(QUndoCommand):
    def __init__(self, editor: Editor, text: str, do, undo, touched: set):
        super().__init__(text)
        self.editor, self._do, self._undo = editor, do, undo
        self._saved = True
        editor.notify(touched)

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        touched = self._do()
        self.editor.notify(touched)
        self.editor.revisit([(kind, ident, "") for kind, ident in touched or ()], self.text(), undone=False)

    def undo(self) -> None:
        touched = self._undo()
        self.editor.notify(touched)
        self.editor.revisit([(kind, ident, "") for kind, ident in touched or ()], self.text(), undone=True)
