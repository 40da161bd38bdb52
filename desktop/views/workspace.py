"""The work area: the editing grids as tabs, and a bar that says why an edit was refused."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.models import grid_queries
from desktop.models.store import Store
from desktop.views.grids.commands import Editor
from desktop.views.grids.indicators import AllIndicatorsView, IndicatorGrid


class Workspace(QWidget):
    def __init__(self, store: Store, undo_stack: QUndoStack, parent=None):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.store = store
        self.editor = Editor(store, undo_stack, self)
        self.year: int | None = None
        self.project_id: int | None = None

        self.tabs = QTabWidget()
        self.tabs.setObjectName("gridTabs")
        self.indicators = IndicatorGrid(self.editor)
        self.all_indicators = AllIndicatorsView(self.editor)
        self.tabs.addTab(self.indicators, self.tr("Indicators"))
        self.tabs.addTab(self.all_indicators, self.tr("All indicators"))
        self.all_indicators.open_project.connect(self.set_project)

        self.message = QLabel()
        self.message.setObjectName("editError")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { background: #f8d0cc; color: #5a1010; padding: 4px; }")
        self.message.hide()
        self.editor.error.connect(self.show_error)
        self.editor.changed.connect(lambda _t: self.message.hide())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def set_year(self, year: int) -> None:
        self.year = year
        self.project_id = None
        self.indicators.load(year, None)
        self.all_indicators.load(year)

    def set_project(self, project_id: int) -> None:
        if self.year is None:
            return
        self.project_id = project_id
        with self.store.session() as session:
            rows = grid_queries.project_rows(session, self.year, [project_id])
        title = f"{rows[0].unit_name} · {rows[0].name}" if rows else ""
        self.indicators.load(self.year, project_id, title)
        self.tabs.setCurrentWidget(self.indicators)
