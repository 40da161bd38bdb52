"""部门整体绩效目标 grid (表4 input): targets and what was achieved; 完成率 computed where it can be.

Where a target or result is several numbers or words, the officer writes the 完成率; 表3's
产出/效益 items then count it (domain.department).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.domain.numbers import percent
from desktop.domain.scoring import completion_rate
from desktop.domain.targets import stored_actual, stored_target
from desktop.models import grid_queries
from desktop.operations.changes import Changes
from desktop.operations.department_rows import department_seen
from desktop.views.grids.base import Column, DepartmentYearModel
from desktop.views.grids.commands import AddDepartmentTarget, DeleteDepartmentTarget, Editor
from desktop.views.grids.table import GridView


def _computed_completion(rec):
    target = stored_target(rec.annual_target, rec.name, rec.sign_override, rec.value_override, rec.unit_override)
    return completion_rate(target, stored_actual(rec.actual, rec.name, rec.actual_value_override))


class DepartmentTargetsModel(DepartmentYearModel):
    entity = "department_indicator"

    def make_columns(self) -> list[Column]:
        return [
            Column("level1", self.tr("Level 1"), "level1", width=90),
            Column("level2", self.tr("Level 2"), "level2", width=90),
            Column("name", self.tr("Indicator"), "name", width=200),
            Column("annual_target", self.tr("Annual target"), "annual_target", width=260),
            Column("actual", self.tr("Achieved"), "actual", width=260),
            Column("computed", self.tr("Completion"), width=90, number=True,
                   tip=self.tr("Completion = achieved ÷ target (uncapped); target ÷ achieved when lower is better")),
            Column("completion", self.tr("Completion (entered)"), "completion", width=110, number=True,
                   tip=self.tr("For a target or result of several numbers or words: the completion you assess")),
        ]

    def _read(self) -> list:
        with self.editor.store.session() as session:
            return grid_queries.department_indicator_rows(session, self.department_id, self.year)

    def load(self, department_id: int | None, year: int) -> None:
        self.department_id, self.year = department_id, year
        self.set_rows(self._read() if department_id is not None else [])

    def on_changed(self, changes: Changes) -> None:
        if self.department_id is None:
            return
        if self.department_id in changes.department_structure:
            self.set_rows(self._read())
        elif changes.ids(self.entity):
            self.replace_records({r.id: r for r in self._read()})

    def display(self, rec, column: Column):
        if column.key == "computed":
            return percent(_computed_completion(rec))
        if column.key == "completion":
            return percent(rec.completion)
        return getattr(rec, column.key)

    def edit_text(self, record, column: Column) -> str:
        if column.key == "completion":
            return percent(record.completion).rstrip("%")
        return super().edit_text(record, column)

    def row_label(self, row: int) -> str:
        return self.rows[row].name or str(row + 1)


class DepartmentTargetsGrid(QWidget):
    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.model = DepartmentTargetsModel(editor, self)
        self.view = GridView()
        self.view.setObjectName("departmentTargetsGrid")
        self.view.setModel(self.model)
        self.add_button = QPushButton(self.tr("Add"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.add_button.clicked.connect(self.add_row)
        self.delete_button.clicked.connect(self.delete_current)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Table 4: the department's own performance targets and what was achieved.")), 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)

    def load(self, department_id: int | None, year: int) -> None:
        self.model.load(department_id, year)
        self.add_button.setEnabled(department_id is not None)

    def add_row(self) -> None:
        department_id, year = self.model.department_id, self.model.year
        if department_id is None:
            return
        self.editor.perform(AddDepartmentTarget(self.editor, self.tr("Add target"), department_id, year))

    def delete_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows) or self.model.department_id is None:
            return
        rec = self.model.rows[index.row()]
        self.editor.perform(DeleteDepartmentTarget(self.editor, self.tr("Delete target"), self.model.department_id,
                                                   rec.id, department_seen(rec)))
