"""检查 panel: every problem of the year, errors first; double-click (or Enter) goes to the cell."""

from __future__ import annotations

import logging
from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.models import StoreError
from desktop.operations.evaluate import ERROR, INFO, WARNING
from desktop.operations.worker_process import in_worker
from desktop.operations.year_check import ID, SEVERITY, CheckRecord, check_rows
from desktop.views.grids.base import ERROR_BRUSH, WARNING_BRUSH, Column, RowTableModel
from desktop.views.grids.commands import Editor
from desktop.views.grids.status_line import StatusLine
from desktop.views.grids.table import GridView
from desktop.views.tasks import Latest, QueryOp

log = logging.getLogger(__name__)


TODO_BRUSH = QBrush(QColor("#e4eefa"))
_LEVEL_BRUSHES = {ERROR: ERROR_BRUSH, WARNING: WARNING_BRUSH}


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class CheckRows(Sequence):
    """The model's rows over plain tuples: a row is made a CheckRecord only when it is read."""

    def __init__(self, found: list[tuple]):
        self.found = found

    def __len__(self) -> int:
        return len(self.found)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [CheckRecord._make(t) for t in self.found[i]]
        return CheckRecord._make(self.found[i])


class CheckModel(RowTableModel):
    def __init__(self, editor: Editor, parent=None):
        super().__init__(editor, parent)
        self.rows = CheckRows([])

    def make_columns(self) -> list[Column]:
        return [
            Column("level", self.tr("Level"), width=50),
            Column("project", self.tr("Project"), width=200),
            Column("where", self.tr("Indicator"), width=200),
            Column("column", self.tr("Column"), width=120),
            Column("message", self.tr("Problem"), width=520),
        ]

    def display(self, rec, column: Column):
        if column.key == "level":
            return {ERROR: self.tr("Error"), WARNING: self.tr("Check"), INFO: self.tr("To do")}.get(rec.severity, "")
        return getattr(rec, column.key)

    def background(self, rec, column: Column, row: int, col: int):
        if col == 0:
            return _LEVEL_BRUSHES.get(rec.severity, TODO_BRUSH)
        return None

    def set_rows(self, rows) -> None:
        """A new check of the year: when it lists as many problems as the shown one (an edit
        mostly changes a few lines), the changed lines are repainted in place, so the list keeps
        its scroll position and selection and the view does not redraw every visible line."""
        rows = rows if isinstance(rows, CheckRows) else CheckRows([tuple(r) for r in rows])
        old = self.rows.found if isinstance(self.rows, CheckRows) else None
        new = self.sorted_rows(rows)
        if old is None or len(old) != len(new.found) or not new.found:
            super().set_rows(rows)
            return
        self.rows = new
        changed = [i for i, (a, b) in enumerate(zip(old, new.found, strict=True)) if a != b]
        for i in changed:
            self._paint_cache.pop(old[i][ID], None)
            self._paint_cache.pop(new.found[i][ID], None)
        for first, last in _runs(changed):
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))

    def sorted_rows(self, rows: CheckRows) -> CheckRows:
        if self._sort is None:
            return rows
        return CheckRows([tuple(record) for record in super().sorted_rows(list(rows))])


class CheckPanel(QWidget):
    go_to = Signal(str, int, str, int)  # entity, id, field, project id

    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.year: int | None = None
        self._latest = Latest()
        self._found: list[tuple] = []  # the last check, to-dos included (CheckRecord fields)
        self.model = CheckModel(editor, self)
        self.view = GridView()
        self.view.setObjectName("checkList")
        self.view.setModel(self.model)
        self.view.setEditTriggers(GridView.EditTrigger.NoEditTriggers)
        self.view.setSelectionBehavior(GridView.SelectionBehavior.SelectRows)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        self.show_todo = QCheckBox(self.tr("Also list what is not recorded yet"))
        self.show_todo.toggled.connect(lambda _on: self._show(self._found))
        self.count = StatusLine()  # not a QLabel: a new text would repaint the whole tab
        self.count.setObjectName("checkCount")
        refresh = QPushButton(self.tr("Check again"))
        refresh.clicked.connect(self.refresh)
        bar = QHBoxLayout()
        bar.addWidget(self.count, 1)
        bar.addWidget(self.show_todo)
        bar.addWidget(refresh)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def load(self, year: int) -> None:
        self.year = year
        self.refresh()

    @property
    def busy(self) -> bool:
        """A check is running in the background (the list shows the previous result meanwhile)."""
        return self._latest.running

    def refresh(self) -> None:
        """Check the year again off the UI thread: 40,000 indicators take seconds to evaluate."""
        if self.year is None:
            return
        store, year, table1 = self.editor.store, self.year, self.tr("Table 1")
        self.count.setText(self.tr("Checking…"))
        QueryOp(parent=self, op=in_worker(store, check_rows, year, table1),
                success=self._show).failure(self._failed).superseding(self._latest).run_in_background()

    def _show(self, found: list[tuple]) -> None:
        self._found = found
        todo = self.show_todo.isChecked()
        rows = found if todo else [r for r in found if r[SEVERITY] != INFO]
        self.model.set_rows(CheckRows(rows))
        errors = sum(1 for r in rows if r[SEVERITY] == ERROR)
        self.count.setText(self.tr("%1 problems, %2 of them errors").replace("%1", str(len(rows)))
                           .replace("%2", str(errors)))

    def _failed(self, exc: Exception) -> None:
        log.warning("the year could not be checked: %r", exc)
        text = str(exc.args[0]) if isinstance(exc, StoreError) else self.tr("The check failed; the details are in the log file.")
        self.count.setText(text)

    def _activated(self, index) -> None:
        if index.isValid():
            rec = self.model.rows[index.row()]
            self.go_to.emit(rec.entity, rec.entity_id, rec.field, rec.project_id)
