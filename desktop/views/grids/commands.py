"""Undo commands: every grid edit is one QUndoCommand on the window's single QUndoStack."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.models.store import Store, StoreError
from desktop.operations import editing
from desktop.operations.editing import CellEdit, Change, EditConflict, EditError

# What a change touched: (entity, id) pairs; ("structure", project_id) for added/removed rows.
STRUCTURE = "structure"

KEEP_THEIRS, USE_MINE = "theirs", "mine"


@dataclass
class Resolution:
    """The officer's answer to an EditConflict: keep their values, or save mine (as typed in
    the dialog: `values` maps a conflict's index to the value the officer edited it to)."""

    choice: str = KEEP_THEIRS
    values: dict[int, object] = field(default_factory=dict)


def ask_officer(conflict: EditConflict) -> Resolution:
    from desktop.views.conflict_dialog import ConflictDialog  # a widget: only when one is needed

    return ConflictDialog.ask(conflict)


class Editor(QObject):
    """Saves edits through desktop.operations.editing and tells every grid what changed."""

    changed = Signal(object)  # set[tuple[str, int]]
    error = Signal(str)
    # after an undo or redo: the cells it changed [(entity, id, field)] and what to tell the officer
    revisited = Signal(object, str)
    conflicted = Signal(object)  # EditConflict, after the officer chose

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        # Asked when a save meets someone else's change; the conflict dialog by default.
        self.resolver: Callable[[EditConflict], Resolution] = ask_officer

    def edit(self, edits: Sequence[CellEdit], text: str = "") -> bool:
        """Save now (one transaction) and push the undo step; False, and `error`, when refused."""
        try:
            changes = self.save(edits)
        except EditError as exc:
            self.error.emit(str(exc))
            return False
        except StoreError as exc:  # disk full, file locked: nothing saved, the cell keeps its old value
            self.error.emit(str(exc.args[0]))
            return False
        if changes:
            self.undo_stack.push(EditCommand(self, changes, text or self.tr("Edit")))
        return True

    def save(self, edits: Sequence[CellEdit]) -> list[Change]:
        """apply_edits, asking the officer about every conflict until the batch is saved.

        Cells the officer lets the other user keep are left out; the rest of the batch is saved.
        Nothing is ever written over a value the officer has not seen.
        """
        edits = list(edits)
        while edits:
            try:
                return editing.apply_edits(self.store, edits)
            except EditConflict as conflict:
                answer = self.resolver(conflict)
                self.conflicted.emit(conflict)
                edits = self._resolved(edits, conflict, answer)
                self.notify({(c.edit.entity, c.edit.entity_id) for c in conflict.conflicts})
        return []

    @staticmethod
    def _resolved(edits: list[CellEdit], conflict: EditConflict, answer: Resolution) -> list[CellEdit]:
        by_cell = {(c.edit.entity, c.edit.entity_id, c.edit.field): (i, c) for i, c in enumerate(conflict.conflicts)}
        out = []
        for edit in edits:
            found = by_cell.get((edit.entity, edit.entity_id, edit.field))
            if found is None:
                out.append(edit)
                continue
            index, c = found
            if answer.choice == KEEP_THEIRS or c.theirs is editing._GONE:
                continue
            value = answer.values.get(index, c.mine)
            out.append(CellEdit(edit.entity, edit.entity_id, edit.field, value, edit.label, expected=c.theirs))
        return out

    def run(self, text: str, do: Callable[[], set], undo: Callable[[], set]) -> None:
        """A structural change (add, delete, move, split): done now, undone by `undo`."""
        try:
            touched = do()
        except EditConflict as exc:  # the rows changed since they were shown: nothing done
            self.error.emit(str(exc))
            self.notify({(c.edit.entity, c.edit.entity_id) for c in exc.conflicts})
            return
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
    """Cell values old → new; the first redo() is a no-op because the edit was saved on push.

    Undo puts the old values back only where the cells still hold what this step saved; a cell
    someone else has changed since is a conflict the officer decides, never silently overwritten.
    """

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
        self._apply([c.reapplied() for c in self.changes])
        self.editor.revisit(self._cells(), self.text(), undone=False)

    def undo(self) -> None:
        self._apply([c.reverted() for c in reversed(self.changes)])
        self.editor.revisit(self._cells(), self.text(), undone=True)

    def _cells(self) -> list[tuple[str, int, str]]:
        return [(c.entity, c.entity_id, c.field) for c in self.changes]

    def _apply(self, edits: list[CellEdit]) -> None:
        try:
            self.editor.save(edits)
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
        self._guarded(self._do, undone=False)

    def undo(self) -> None:
        self._guarded(self._undo, undone=True)

    def _guarded(self, step, undone: bool) -> None:
        try:
            touched = step()
        except EditConflict as exc:  # someone changed these rows since: refused, and said so
            self.editor.error.emit(str(exc))
            self.setObsolete(True)
            self.editor.notify({(c.edit.entity, c.edit.entity_id) for c in exc.conflicts})
            return
        self.editor.notify(touched)
        self.editor.revisit([(kind, ident, "") for kind, ident in touched or ()], self.text(), undone=undone)
