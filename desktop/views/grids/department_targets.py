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
from desktop.operations import editing
from desktop.views.grids.base import Column, DepartmentYearModel
from desktop.views.grids.commands import STRUCTURE, Editor
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

    def on_changed(self, touched: set) -> None:
        if self.department_id is None:
            return
        if any(kind == STRUCTURE and ident == ("department_indicator", self.department_id) for kind, ident in touched):
            self.set_rows(self._read())
        elif any(kind == self.entity for kind, _ in touched):
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

    def _touched(self) -> set:
        return {(STRUCTURE, ("department_indicator", self.model.department_id))}

    def add_row(self) -> None:
        store, department_id, year = self.editor.store, self.model.department_id, self.model.year
        if department_id is None:
            return
        state: dict = {}

        def do():
            if "snapshot" in state:  # redo after undo: the same row, same id
                editing.restore_department_indicator(store, state.pop("snapshot"))
            else:
                state["id"] = editing.add_department_indicator(store, department_id, year)
            return self._touched()

        def undo():  # refused when someone has typed into the new row meanwhile (issue 15)
            state["snapshot"] = editing.delete_department_indicator(
                store, state["id"], editing.department_seen(editing.new_department_indicator(department_id, year)))
            return self._touched()

        self.editor.run(self.tr("Add target"), do, undo)

    def delete_current(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.rows):
            return
        store, ident = self.editor.store, self.model.rows[index.row()].id
        state: dict = {"seen": editing.department_seen(self.model.rows[index.row()])}

        def do():  # not over someone else's change to the row (issue 15)
            seen = editing.department_seen(state["snapshot"]) if state.get("snapshot") else state["seen"]
            state["snapshot"] = editing.delete_department_indicator(store, ident, seen)
            return self._touched() if state["snapshot"] else None

        def undo():
            editing.restore_department_indicator(store, state["snapshot"])
            return self._touched()

        self.editor.run(self.tr("Delete target"), do, undo)
