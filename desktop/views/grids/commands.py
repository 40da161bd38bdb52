"""Undo commands: every grid action is one QUndoCommand on the window's single QUndoStack.

Each command calls operations (desktop.operations), each step one transaction, and holds its own
undo state; the Editor tells every grid what changed as one typed `Changes`. A step that meets
someone else's change asks the officer (the conflict dialog), never writes over it silently.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from desktop.models.store import Store
from desktop.operations.cells import edit_cells
from desktop.operations.changes import NOT_SEEN, CellEdit, Changes
from desktop.operations.conflicts import _GONE, EditConflict, EditError
from desktop.operations.department_rows import (
    add_department_indicator,
    delete_department_indicator,
    department_seen,
    new_department_indicator,
    restore_department_indicator,
)
from desktop.operations.indicator_rows import (
    add_indicator,
    delete_indicators,
    move_indicator,
    restore_indicators,
    seen_values_of,
    snapshot_indicators,
)
from desktop.operations.split import SplitResult, Unsplit, redo_split, split_indicator, unsplit_indicator
from desktop.operations.transaction import run

# In the cells an undo or redo revisits: a list whose rows changed, (STRUCTURE, project id) or
# (STRUCTURE, ("department_indicator", department id)); the workspace shows that list.
STRUCTURE = "structure"

# The officer's answers to a conflict: keep theirs (nothing done), use mine (done anyway, logged),
# look (nothing done; the row is shown, to look before deciding).
KEEP_THEIRS, USE_MINE, LOOK = "theirs", "mine", "look"


@dataclass
class Resolution:
    """The officer's answer to an EditConflict: keep their values, or save mine (as typed in
    the dialog: `values` maps a conflict's index to the value the officer edited it to)."""

    choice: str = KEEP_THEIRS
    values: dict[int, object] = field(default_factory=dict)


def ask_officer(conflict: EditConflict) -> Resolution:
    from desktop.views.conflict_dialog import ConflictDialog  # a widget: only when one is needed

    return ConflictDialog.ask(conflict)


def ask_about_rows(conflict: EditConflict, what: str) -> Resolution:
    from desktop.views.conflict_dialog import RowConflictDialog

    return RowConflictDialog.ask(conflict, what)


def can_force(conflict: EditConflict) -> bool:
    """Whether "use mine" means anything: not for a row someone already put back."""
    return all(c.action != "restore" for c in conflict.conflicts)


class Editor(QObject):
    """Saves edits and row actions through desktop.operations and tells every grid what changed."""

    changed = Signal(object)  # Changes
    error = Signal(str)
    # after an undo or redo: the cells it changed [(entity, id, field)] and what to tell the officer
    revisited = Signal(object, str)
    conflicted = Signal(object)  # EditConflict, after the officer chose

    def __init__(self, store: Store, undo_stack: QUndoStack, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self.undo_stack = undo_stack
        # Asked when a save or a row action meets someone else's change; the conflict dialogs by default.
        self.resolver: Callable[[EditConflict], Resolution] = ask_officer
        self.row_resolver: Callable[[EditConflict, str], Resolution] = ask_about_rows

    # -- cells ----------------------------------------------------------------------------------
    def edit(self, edits: Sequence[CellEdit], text: str = "") -> bool:
        """Save now (one transaction) and push the undo step; False, and `error`, when refused."""
        try:
            changes = self.save(edits)
        except EditError as exc:  # a typo, disk full, a locked file (transaction.run says which)
            self.error.emit(str(exc))
            return False
        if changes:
            self.undo_stack.push(EditCells(self, changes, text or self.tr("Edit")))
        return True

    def save(self, edits: Sequence[CellEdit]) -> Changes:
        """edit_cells, asking the officer about every conflict until the batch is saved.

        Cells the officer lets the other user keep are left out; the rest of the batch is saved.
        Nothing is ever written over a value the officer has not seen.
        """
        edits = list(edits)
        while edits:
            try:
                return run(self.store, edit_cells, edits)
            except EditConflict as conflict:
                answer = self.resolver(conflict)
                self.conflicted.emit(conflict)
                edits = self._resolved(edits, conflict, answer)
                self.notify(_conflicted_rows(conflict))
        return Changes()

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
            if answer.choice != USE_MINE or c.theirs is _GONE:
                continue
            value = answer.values.get(index, c.mine)
            out.append(CellEdit(edit.entity, edit.entity_id, edit.field, value, edit.label, expected=c.theirs))
        return out

    # -- rows -----------------------------------------------------------------------------------
    def perform(self, command: RowCommand) -> bool:
        """A row action (add, delete, move, split): done now, then pushed as one undo step.

        False when nothing was done (refused, kept theirs, or nothing to do such as moving the
        first row up).
        """
        changes = self.attempt(command, command.forward, command.text())
        if not changes:
            return False
        self.notify(changes)
        command.done = True
        self.undo_stack.push(command)
        return True

    def attempt(self, command: RowCommand, step: Callable[..., Changes], what: str) -> Changes | None:
        """One step of a row command in one transaction; on a conflict the officer decides.

        `what`: the step as the officer knows it ("删除 2 个指标", "撤销拆分指标"), for the dialog.

        None when nothing was done: their change is kept (and shown), or the step was refused.
        """
        force = False
        while True:
            try:
                return run(self.store, step, force)
            except EditConflict as conflict:
                if force:  # only a row put back meanwhile resists "use mine"; never loop
                    self.error.emit(str(conflict))
                    return None
                answer = self.row_resolver(conflict, what)
                self.conflicted.emit(conflict)
                self.notify(command.scope | _conflicted_rows(conflict))  # show their change now
                if answer.choice == USE_MINE and can_force(conflict):
                    force = True
                    continue
                self.error.emit(str(conflict))
                if answer.choice == LOOK:
                    self.revisited.emit([(c.edit.entity, c.edit.entity_id, "" if c.edit.field.startswith("*")
                                          else c.edit.field) for c in conflict.conflicts], "")
                return None
            except EditError as exc:  # e.g. the row was deleted meanwhile, disk full
                self.error.emit(str(exc))
                return None

    # -- telling the grids ----------------------------------------------------------------------
    def notify(self, changes: Changes) -> None:
        self.changed.emit(changes)

    def revisit(self, cells: list, text: str, undone: bool) -> None:
        message = (self.tr("Undone: %1") if undone else self.tr("Redone: %1")).replace("%1", text)
        self.revisited.emit(list(cells), message)


def _conflicted_rows(conflict: EditConflict) -> Changes:
    return Changes.of_rows((c.edit.entity, c.edit.entity_id) for c in conflict.conflicts)


def structure_cells(changes: Changes) -> list[tuple[str, object, str]]:
    """The lists a row step changed, as the cells an undo or redo takes the officer to."""
    return ([(STRUCTURE, project, "") for project in changes.structure]
            + [(STRUCTURE, ("department_indicator", d), "") for d in changes.department_structure])


class EditCells(QUndoCommand):
    """Cell values old → new; the first redo() is a no-op because the edit was saved on push.

    Undo puts the old values back only where the cells still hold what this step saved; a cell
    someone else has changed since is a conflict the officer decides, never silently overwritten.
    """

    def __init__(self, editor: Editor, changes: Changes, text: str):
        super().__init__(text)
        self.editor = editor
        self.changes = changes
        self._saved = True
        editor.notify(changes)

    def redo(self) -> None:
        if self._saved:
            self._saved = False
            return
        self._apply([c.reapplied() for c in self.changes.cells])
        self.editor.revisit(self._cells(), self.text(), undone=False)

    def undo(self) -> None:
        self._apply([c.reverted() for c in reversed(self.changes.cells)])
        self.editor.revisit(self._cells(), self.text(), undone=True)

    def _cells(self) -> list[tuple[str, int, str]]:
        return [(c.entity, c.entity_id, c.field) for c in self.changes.cells]

    def _apply(self, edits: list[CellEdit]) -> None:
        try:
            self.editor.save(edits)
        except EditError as exc:  # the row was deleted meanwhile (e.g. by another window)
            self.editor.error.emit(str(exc))
            self.setObsolete(True)
        self.editor.notify(Changes.of_rows((c.entity, c.entity_id) for c in self.changes.cells))


class RowCommand(QUndoCommand):
    """A row action: `forward` does (and redoes) it, `backward` undoes it, each one operation in
    one transaction. `force`: the officer chose "use mine" over someone else's change."""

    def __init__(self, editor: Editor, text: str, scope: Changes):
        super().__init__(text)
        self.editor = editor
        self.scope = scope  # the list whose rows this command adds, removes or moves
        self.done = False  # done by Editor.perform before the push: the push's redo() does nothing

    def forward(self, session, force: bool) -> Changes:
        raise NotImplementedError

    def backward(self, session, force: bool) -> Changes:
        raise NotImplementedError

    def redo(self) -> None:
        if self.done:
            self.done = False
            return
        self._step(self.forward, undone=False)

    def undo(self) -> None:
        self._step(self.backward, undone=True)

    def _step(self, step, undone: bool) -> None:
        what = (self.editor.tr("Undo %1") if undone else self.editor.tr("Redo %1")).replace("%1", self.text())
        changes = self.editor.attempt(self, step, what)
        if changes is None:  # their change stands: this step can no longer be undone or redone
            self.setObsolete(True)
            return
        changes = changes | self.scope
        self.editor.notify(changes)
        self.editor.revisit(structure_cells(changes), self.text(), undone=undone)


class AddIndicator(RowCommand):
    def __init__(self, editor: Editor, text: str, project_id: int, after_id: int | None, values: dict):
        super().__init__(editor, text, Changes(structure=frozenset({project_id})))
        self.project_id, self.after_id, self.values = project_id, after_id, values
        self.indicator_id: int | None = None
        self.added: dict = {}  # the new row's values: its undo is refused once someone typed into it
        self.snapshot: dict | None = None  # the row as its undo deleted it (redo puts it back, same id)

    def forward(self, session, force: bool) -> Changes:
        if self.snapshot is not None:
            return restore_indicators(session, [self.snapshot])
        added = add_indicator(session, self.project_id, self.after_id, **self.values)
        self.indicator_id = added.id
        self.added = seen_values_of(snapshot_indicators(session, [added.id])[0])
        return added.changes

    def backward(self, session, force: bool) -> Changes:
        deleted = delete_indicators(session, [self.indicator_id], None if force else {self.indicator_id: self.added})
        if deleted.snapshots:
            self.snapshot = deleted.snapshots[0]
        return deleted.changes


class DeleteIndicators(RowCommand):
    def __init__(self, editor: Editor, text: str, project_id: int | None, ids: list[int], seen: dict[int, dict]):
        scope = Changes(structure=frozenset({project_id})) if project_id is not None else Changes()
        super().__init__(editor, text, scope)
        self.ids = ids
        self.seen = seen  # the rows as shown: one someone else changed since is not deleted (issue 15)
        self.saved: tuple[dict, ...] = ()  # the rows as deleted (undo puts them back)

    def forward(self, session, force: bool) -> Changes:
        # a redo: the rows must still hold what the undo put back
        check = {s["id"]: seen_values_of(s) for s in self.saved} if self.saved else self.seen
        deleted = delete_indicators(session, self.ids, None if force else check)
        self.saved = deleted.snapshots
        return deleted.changes

    def backward(self, session, force: bool) -> Changes:
        return restore_indicators(session, self.saved)


class MoveIndicator(RowCommand):
    def __init__(self, editor: Editor, text: str, project_id: int | None, indicator_id: int, delta: int,
                 shown_order: list[int] | None):
        scope = Changes(structure=frozenset({project_id})) if project_id is not None else Changes()
        super().__init__(editor, text, scope)
        self.indicator_id, self.delta = indicator_id, delta
        # the order the grid shows: a move over someone else's reordering is refused (issue 15)
        self.before: tuple[int, ...] | None = tuple(shown_order) if shown_order is not None else None
        self.after: tuple[int, ...] | None = None

    def forward(self, session, force: bool) -> Changes:
        moved = move_indicator(session, self.indicator_id, self.delta, None if force else self.before)
        if moved.order:
            self.after = moved.order
        return moved.changes

    def backward(self, session, force: bool) -> Changes:
        moved = move_indicator(session, self.indicator_id, -self.delta, None if force else self.after)
        if moved.order:
            self.before = moved.order
        return moved.changes


class SplitIndicator(RowCommand):
    def __init__(self, editor: Editor, text: str, project_id: int | None, indicator_id: int, parts: list[str],
                 seen_target: object = NOT_SEEN):
        scope = Changes(structure=frozenset({project_id})) if project_id is not None else Changes()
        super().__init__(editor, text, scope)
        self.indicator_id, self.parts, self.seen_target = indicator_id, parts, seen_target
        self.result: SplitResult | None = None
        self.undone: Unsplit | None = None

    def forward(self, session, force: bool) -> Changes:
        if self.result is None:
            self.result = split_indicator(session, self.indicator_id, self.parts,
                                          NOT_SEEN if force else self.seen_target)
            return self.result.changes
        return redo_split(session, self.result, self.undone, check=not force)

    def backward(self, session, force: bool) -> Changes:
        self.undone = unsplit_indicator(session, self.result, check=not force)
        return self.undone.changes


class AddDepartmentTarget(RowCommand):
    def __init__(self, editor: Editor, text: str, department_id: int, year: int):
        super().__init__(editor, text, Changes(department_structure=frozenset({department_id})))
        self.department_id, self.year = department_id, year
        self.target_id: int | None = None
        self.snapshot: dict | None = None

    def forward(self, session, force: bool) -> Changes:
        if self.snapshot is not None:  # redo after undo: the same row, same id
            changes = restore_department_indicator(session, self.snapshot)
            self.snapshot = None
            return changes
        added = add_department_indicator(session, self.department_id, self.year)
        self.target_id = added.id
        return added.changes

    def backward(self, session, force: bool) -> Changes:
        # refused when someone has typed into the new row meanwhile (issue 15)
        seen = None if force else department_seen(new_department_indicator(self.department_id, self.year))
        deleted = delete_department_indicator(session, self.target_id, seen)
        if deleted.snapshots:
            self.snapshot = deleted.snapshots[0]
        return deleted.changes


class DeleteDepartmentTarget(RowCommand):
    def __init__(self, editor: Editor, text: str, department_id: int, target_id: int, seen: dict):
        super().__init__(editor, text, Changes(department_structure=frozenset({department_id})))
        self.target_id, self.seen = target_id, seen
        self.snapshot: dict | None = None

    def forward(self, session, force: bool) -> Changes:  # not over someone else's change to the row
        seen = department_seen(self.snapshot) if self.snapshot else self.seen
        deleted = delete_department_indicator(session, self.target_id, None if force else seen)
        if deleted.snapshots:
            self.snapshot = deleted.snapshots[0]
        return deleted.changes

    def backward(self, session, force: bool) -> Changes:
        return restore_department_indicator(session, self.snapshot)
