"""Others' changes reach the grids (issue 15, point 6): on focus and every N seconds.

Reads the edit log past the last entry seen, leaves out this officer's own saves (the grids
already show them), and tells the grids through the Editor's `changed` signal — the same path
as a local edit, so changed rows are re-read in place. The current cell of every grid is kept,
and while a cell is being edited the refresh waits for the next tick.

The 单位 → 项目 tree follows too (`follow_tree`): projects another officer imported appear, and
removed ones go, item by item, so the current project stays selected. Imports write no edit log,
so the tree is read again (off the UI thread) on every tick.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QApplication, QTreeView, QWidget

from desktop.models import StoreError, queries
from desktop.models.queries import UnitNode
from desktop.operations import others
from desktop.operations.changes import Changes
from desktop.views.grids.base import RowTableModel
from desktop.views.grids.commands import Editor
from desktop.views.grids.table import GridView
from desktop.views.tasks import Latest, QueryOp

log = logging.getLogger(__name__)

SETTING = "shared/refresh_seconds"
DEFAULT_SECONDS = 30


def refresh_seconds(settings: QSettings) -> int:
    """How often to look; 0 = only on focus. Set in QSettings `shared/refresh_seconds`."""
    return max(0, settings.value(SETTING, DEFAULT_SECONDS, type=int))


class Refresher(QObject):
    def __init__(self, editor: Editor, window: QWidget, seconds: int = DEFAULT_SECONDS):
        super().__init__(window)
        self.editor = editor
        self.window = window
        self.last_id = others.last_log_id(editor.store)
        self.refreshed = 0  # rows refreshed so far (for the status bar and the tests)
        self._tree: tuple[QTreeView, Callable[[], int], int] | None = None
        self._tree_read = Latest()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        if seconds > 0:
            self.timer.start(seconds * 1000)
        app = QApplication.instance()
        if app is not None:
            app.focusWindowChanged.connect(self._on_focus_window)

    def _on_focus_window(self, focus_window) -> None:
        if focus_window is not None and self.window.windowHandle() is focus_window:
            self.poll()

    def tree_rebuilt(self) -> None:
        """The window rebuilt the tree itself: a read started before is older, its result dropped."""
        self._tree_read.drop()

    def follow_tree(self, tree: QTreeView, year: Callable[[], int], id_role: int) -> None:
        """Keep `tree` (a QStandardItemModel of 单位 → 项目, project ids under `id_role`) up to date."""
        self._tree = (tree, year, id_role)

    def _read_tree(self) -> None:
        tree, year_of, role = self._tree
        store, year = self.editor.store, year_of()

        def read(_progress) -> list[UnitNode]:
            with store.session() as session:
                return queries.unit_tree(session, year)

        def apply(units: list[UnitNode]) -> None:
            if year == year_of():  # not a tree of the year the officer has since left
                sync_unit_tree(tree, units, role)

        QueryOp(parent=tree, op=read, success=apply).failure(
            lambda exc: log.warning("could not read the project tree: %r", exc)).superseding(self._tree_read).run_in_background()

    def _grids(self) -> list[GridView]:
        return [g for g in self.window.findChildren(GridView) if isinstance(g.model(), RowTableModel)]

    def poll(self) -> int:
        """Refresh what others changed; returns how many rows were touched (−1: deferred)."""
        if not self.window.isVisible():  # a closed window (its store may be closed too)
            return 0
        if self._tree is not None:
            self._read_tree()
        grids = self._grids()
        if any(g.state() == QAbstractItemView.State.EditingState for g in grids):
            return -1  # never under an open editor: next tick
        store = self.editor.store
        try:
            found = others.changes_since(store, self.last_id, store.user, store.machine)
        except StoreError as exc:  # the server is away for a moment: try again next tick
            log.warning("could not look for others' changes: %s", type(exc).__name__)
            return -1
        self.last_id = found.last_id
        lists: dict[str, set[int]] = {"indicator": set(), "department_indicator": set()}
        for key in found.rows:
            parent = found.parents.get(key)
            if parent is None:
                for grid in grids:  # a deleted row: the grids that list it read their rows again
                    model = grid.model()
                    if model.entity == key[0] and model.row_of(key[1]) >= 0:
                        parent = _list_of(model)
            if parent is not None and key[0] in lists:
                lists[key[0]].add(parent)
        changes = Changes(rows=frozenset(found.cells | found.rows), structure=frozenset(lists["indicator"]),
                          department_structure=frozenset(lists["department_indicator"]))
        if not changes:
            return 0
        places = [(g, _place(g)) for g in grids]
        self.editor.notify(changes)
        for grid, place in places:
            _restore(grid, place)
        self.refreshed += len(found.cells) + len(found.rows)
        return len(found.cells) + len(found.rows)


def _list_of(model: RowTableModel) -> int | None:
    """The project (indicators) or department (表4) whose rows a grid lists."""
    if model.entity == "indicator":
        return getattr(model, "project_id", None)
    return getattr(model, "department_id", None)


def _place(grid: GridView):
    index = grid.currentIndex()
    model = grid.model()
    if not index.isValid() or index.row() >= len(model.rows):
        return None
    return model.rows[index.row()].id, index.column(), grid.verticalScrollBar().value()


def _restore(grid: GridView, place) -> None:
    if place is None:
        return
    record_id, column, scroll = place
    model = grid.model()
    row = model.row_of(record_id)
    if row >= 0 and grid.currentIndex().row() != row:
        grid.setCurrentIndex(model.index(row, column))
    grid.verticalScrollBar().setValue(scroll)


def sync_unit_tree(tree: QTreeView, units: list[UnitNode], id_role: int) -> None:
    """Make the tree list `units`, inserting and removing items only where they differ.

    Untouched items stay the same items, so the selection and the current project stay. Units
    are known by (name, department), projects by id; both come in the order `unit_tree` gives."""
    model: QStandardItemModel = tree.model()
    root = model.invisibleRootItem()
    wanted = {(u.name, u.department): u for u in units}
    for row in reversed(range(root.rowCount())):
        if _unit_key(root.child(row)) not in wanted:
            root.removeRow(row)
    for row, unit in enumerate(units):
        item = root.child(row) if row < root.rowCount() else None
        if item is None or _unit_key(item) != (unit.name, unit.department):
            item = QStandardItem(unit.name)
            item.setToolTip(unit.department)
            root.insertRow(row, [item])  # the list form: PySide6 lets the single-item form free the item
            tree.expand(item.index())
        _sync_projects(item, unit, id_role)


def _unit_key(item: QStandardItem) -> tuple[str, str]:
    return item.text(), item.toolTip()


def _sync_projects(item: QStandardItem, unit: UnitNode, id_role: int) -> None:
    wanted = {p.id for p in unit.projects}
    for row in reversed(range(item.rowCount())):
        if item.child(row).data(id_role) not in wanted:
            item.removeRow(row)
    for row, project in enumerate(unit.projects):
        child = item.child(row) if row < item.rowCount() else None
        if child is not None and child.data(id_role) == project.id:
            if child.text() != project.name:  # renamed elsewhere
                child.setText(project.name)
                child.setToolTip(project.name)
            continue
        if any(item.child(r).data(id_role) == project.id for r in range(row + 1, item.rowCount())):
            # the order changed elsewhere: the stale rows in between go (rare; kept simple)
            while item.child(row).data(id_role) != project.id:
                item.removeRow(row)
            continue
        child = QStandardItem(project.name)
        child.setData(project.id, id_role)
        child.setToolTip(project.name)
        item.insertRow(row, [child])
