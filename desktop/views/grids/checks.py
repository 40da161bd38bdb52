"""检查 panel: every problem of the year, errors first; double-click (or Enter) goes to the cell."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.models import StoreError, grid_queries
from desktop.models.store import Store
from desktop.operations.evaluate import (
    ERROR,
    INFO,
    WARNING,
    YearProblem,
    evaluate_budget_lines,
    severity_rank,
    year_problems,
)
from desktop.operations.fields import field_label
from desktop.views.grids.base import ERROR_BRUSH, WARNING_BRUSH, Column, RowTableModel
from desktop.views.grids.commands import Editor
from desktop.views.grids.status_line import StatusLine
from desktop.views.grids.table import GridView
from desktop.views.tasks import Latest, Progress, QueryOp

log = logging.getLogger(__name__)


class CheckRecord(NamedTuple):
    id: int
    severity: str
    project_id: int
    project: str
    where: str
    column: str
    message: str
    entity: str
    entity_id: int
    field: str


# A found problem travels and is kept as a plain tuple in CheckRecord's field order: 25,000 of
# them as NamedTuples stayed tracked by the cyclic collector and made each full collection (which
# holds the UI thread) ~20 ms longer; an exact tuple of str and int is untracked after one pass.
ID, SEVERITY, PROJECT_ID, PROJECT = 0, 1, 2, 3


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

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.BackgroundRole and index.isValid() and index.column() == 0:
            severity = self.rows.found[index.row()][SEVERITY]
            return {ERROR: ERROR_BRUSH, WARNING: WARNING_BRUSH}.get(severity, QBrush(QColor("#e4eefa")))
        if role == Qt.ItemDataRole.BackgroundRole:
            return None
        return super().data(index, role)

    def set_rows(self, rows) -> None:
        super().set_rows(rows if isinstance(rows, CheckRows) else CheckRows([tuple(r) for r in rows]))

    def sorted_rows(self, rows: CheckRows) -> CheckRows:
        if self._sort is None:
            return rows
        col, order = self._sort
        column = self.columns[col]
        key = self.sort_key(column)
        ordered = sorted(rows.found, key=lambda t: key(CheckRecord._make(t)))
        return CheckRows(ordered[::-1] if order == Qt.SortOrder.DescendingOrder else ordered)


def check_rows(store: Store, year: int, table1: str, progress: Progress) -> list[tuple]:
    """Every problem of the year as the panel lists it, errors first (runs off the UI thread).

    A project at a time, read as it is checked, each problem made a plain-tuple row at once: what
    the evaluation makes for one project is let go before the next, so few objects survive long
    enough to reach the collector's oldest generation and start a full pass (a cyclic-GC pass
    holds the interpreter, the UI thread's too)."""
    rows: list[tuple] = []
    with store.session() as session:
        department_id = grid_queries.department_for_year(session, year)
        lines = grid_queries.budget_line_rows(session, department_id, year) if department_id else []
        for i, (project, indicators) in enumerate(grid_queries.projects_with_indicators(session, year)):
            if i % 200 == 0:
                progress(i, 0)  # a newer check started meanwhile: stop here
            rows += [_row(y) for y in year_problems([project], indicators, year)]
    line_problems = evaluate_budget_lines(lines).problems
    rows += [_row(YearProblem(0, table1, line.name, p)) for line in lines for p in line_problems.get(line.id, ())]
    rows.sort(key=lambda r: severity_rank(r[SEVERITY]))  # stable: project and indicator order within
    return [(i, *r[1:]) for i, r in enumerate(rows)]


def _row(y: YearProblem) -> tuple:
    """A CheckRecord's fields as a plain tuple (see CheckRows)."""
    p = y.problem
    column = "" if (p.entity, p.field) == ("project", "name") else field_label(p.entity, p.field)  # about the project
    return (0, p.severity, y.project_id, y.project, y.where, column, p.message, p.entity, p.entity_id, p.field)


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
        QueryOp(parent=self, op=lambda progress: check_rows(store, year, table1, progress),
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
