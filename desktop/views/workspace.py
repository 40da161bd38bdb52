"""The work area: the editing grids as tabs, and a bar that says why an edit was refused.

Tabs load when first shown after a year change: the department tree and the 检查 panel score
every project of the year, which the officer should not wait for while typing in a grid. They
score off the UI thread (views.tasks.QueryOp) and say so meanwhile; the newest result is shown.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.models import grid_queries
from desktop.models.store import Store
from desktop.operations import worker_process
from desktop.operations.changes import Changes
from desktop.views.grids.budget_lines import BudgetLinesGrid
from desktop.views.grids.checks import CheckPanel
from desktop.views.grids.commands import STRUCTURE, Editor
from desktop.views.grids.department import DepartmentEvalView
from desktop.views.grids.department_targets import DepartmentTargetsGrid
from desktop.views.grids.indicators import AllIndicatorsView, IndicatorGrid
from desktop.views.grids.legend import ColourLegend
from desktop.views.grids.monthly import MonthlyGrid
from desktop.views.grids.projects import ProjectGrid


class Workspace(QWidget):
    project_changed = Signal(int)  # the window's one current project (the tree follows it)
    status = Signal(str)  # a line for the window's status bar (what an undo or redo did)

    def __init__(self, store: Store, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.store = store
        self.undo_stack = undo_stack
        self.editor = Editor(store, undo_stack, self)
        self.year: int | None = None
        self.department_id: int | None = None
        self.project_id: int | None = None

        self.tabs = QTabWidget()
        self.tabs.setObjectName("gridTabs")
        # the filter bars are wide; a small window clips them rather than refusing to shrink
        self.tabs.setMinimumSize(320, 200)
        self.projects = ProjectGrid(self.editor)
        self.indicators = IndicatorGrid(self.editor)
        self.all_indicators = AllIndicatorsView(self.editor)
        self.monthly = MonthlyGrid(self.editor)
        self.budget_lines = BudgetLinesGrid(self.editor)
        self.department_targets = DepartmentTargetsGrid(self.editor)
        self.department = DepartmentEvalView(self.editor)
        self.checks = CheckPanel(self.editor)
        for widget, title in (
            (self.projects, self.tr("Projects")),
            (self.indicators, self.tr("Indicators")),
            (self.all_indicators, self.tr("All indicators")),
            (self.monthly, self.tr("Monthly spending")),
            (self.budget_lines, self.tr("Budget execution (table 1)")),
            (self.department_targets, self.tr("Department targets (table 4)")),
            (self.department, self.tr("Department self-evaluation")),
            (self.checks, self.tr("Checks")),
        ):
            self.tabs.addTab(widget, title)
        self._stale: set[QWidget] = set()
        self.tabs.currentChanged.connect(lambda _i: self._load_current())
        self.projects.open_project.connect(self.set_project)
        self.all_indicators.open_project.connect(self.set_project)
        self.checks.go_to.connect(self.go_to)

        self.message = QLabel()
        self.message.setObjectName("editError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #f8d0cc; color: #5a1010; padding: 4px; }")
        self.message.hide()
        self.editor.error.connect(self.show_error)
        self.editor.changed.connect(self._after_change)
        self.editor.revisited.connect(self.reveal)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        self.legend = ColourLegend()
        layout.addWidget(self.legend)
        layout.addWidget(self.message)
        if worker_process.shareable(store):
            worker_process.warm_up()  # 检查 and 部门整体自评 score the year there, off this interpreter

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _after_change(self, changes: Changes) -> None:
        """Views that rescore the whole year catch up when shown, not on every keystroke."""
        self.message.hide()
        lists = changes.structure or changes.department_structure
        behind = {self.checks}
        if changes.kinds() - {"department_eval_item"} or lists:
            behind.add(self.department)  # its computed items read indicators, months, projects
        if lists:
            behind.add(self.all_indicators)  # rows added or removed: read the year again
        self._stale |= behind
        if self.tabs.currentWidget() in behind:  # e.g. Ctrl+Z pressed while looking at it
            self._load_current()

    # -- year, project, tabs --------------------------------------------------------------------
    def set_year(self, year: int) -> None:
        self.year = year
        self.project_id = None
        with self.store.session() as session:
            self.department_id = grid_queries.department_for_year(session, year)
        self.indicators.load(year, None)
        self._stale = {self.projects, self.all_indicators, self.monthly, self.budget_lines, self.department_targets,
                       self.department, self.checks}
        self._load_current()

    def _load_current(self) -> None:
        widget = self.tabs.currentWidget()
        if widget not in self._stale or self.year is None:
            return
        self._stale.discard(widget)
        if widget in (self.monthly, self.budget_lines, self.department_targets, self.department):
            widget.load(self.department_id, self.year)
        else:
            widget.load(self.year)

    def show_tab(self, widget: QWidget) -> None:
        self.tabs.setCurrentWidget(widget)
        self._load_current()

    def set_project(self, project_id: int) -> None:
        if self.year is None:
            return
        self.project_id = project_id
        with self.store.session() as session:
            rows = grid_queries.project_rows(session, self.year, [project_id])
        title = f"{rows[0].unit_name} · {rows[0].name}" if rows else ""
        self.indicators.load(self.year, project_id, title)
        self.tabs.setCurrentWidget(self.indicators)
        self.project_changed.emit(project_id)

    def go_to(self, entity: str, entity_id: int, field: str, project_id: int) -> None:
        """Show the cell a problem is about (from the 检查 panel)."""
        self.reveal([(entity, entity_id, field)], "", project_id)

    def _home(self, entity: str, entity_id, project_id: int | None = None):
        """The grid that shows a stored cell, brought on screen (and its project made current)."""
        if entity == "indicator":
            if self.tabs.currentWidget() is self.all_indicators and self.all_indicators.model.row_of(entity_id) >= 0:
                return self.all_indicators
            if project_id is None:
                with self.store.session() as session:
                    found = grid_queries.indicators_by_id(session, [entity_id]).get(entity_id)
                project_id = found.project_id if found else None
            if project_id is not None and project_id != self.project_id:
                self.set_project(project_id)
            self.show_tab(self.indicators)
            return self.indicators
        if entity == STRUCTURE:  # rows added or removed: (STRUCTURE, project id) or (STRUCTURE, (kind, id))
            if isinstance(entity_id, tuple):
                return self._home(entity_id[0], None)
            if entity_id != self.project_id:
                self.set_project(entity_id)
            self.show_tab(self.indicators)
            return self.indicators
        if entity == "project":  # the project made current as a click in the tree makes it, its row shown
            if entity_id is not None and entity_id != self.project_id:
                self.set_project(entity_id)
            self.show_tab(self.projects)
            return self.projects
        grid = {
            "monthly_spending": self.monthly,
            "department_budget_line": self.budget_lines,
            "department_indicator": self.department_targets,
            "department_eval_item": self.department,
        }.get(entity)
        if grid is not None:
            self.show_tab(grid)
        return grid

    def reveal(self, cells: list, message: str = "", project_id: int | None = None) -> None:
        """Take the officer to the cells an undo, a redo or a 检查 line is about, selected."""
        if not cells or self.year is None:
            return
        entity, entity_id, _field = cells[0]
        grid = self._home(entity, entity_id, project_id)
        if message:
            self.status.emit(message)
        model = getattr(grid, "model", None)
        if grid is self.department:  # a tree: go to the item's cell
            index = model.index_of(entity_id, _field)
            if index.isValid():
                grid.view.setCurrentIndex(index)
                grid.view.scrollTo(index)
                grid.view.setFocus()
            return
        if grid is None or entity == STRUCTURE or not hasattr(model, "row_of"):
            return  # rows added or removed: the grid is shown, there is no one cell to select
        indexes = []
        for kind, ident, field_name in cells:
            row = model.row_of(ident) if kind == entity else -1
            if row < 0:
                continue
            try:
                col = model.column_of(field_name) if field_name else 0
            except StopIteration:
                col = 0
            indexes.append(model.index(row, col))
        if not indexes:
            return
        view = grid.view
        selection = view.selectionModel()
        view.setCurrentIndex(indexes[0])
        for index in indexes[1:]:
            selection.select(index, selection.SelectionFlag.Select)
        view.scrollTo(indexes[0])
        view.setFocus()
