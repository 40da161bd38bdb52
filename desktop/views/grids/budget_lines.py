"""预算调整及执行 grid (表1 input): 年初预算数, 全年预算数 and 决算数 per line; rates computed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain import budget
from desktop.domain.numbers import percent
from desktop.models import grid_queries
from desktop.operations.changes import Changes
from desktop.operations.evaluate import evaluate_budget_lines
from desktop.operations.transaction import run
from desktop.operations.year_items import ensure_budget_lines
from desktop.views.grids.base import DECIMAL, Column, DepartmentYearModel, show_in
from desktop.views.grids.commands import Editor
from desktop.views.grids.table import GridView


class BudgetLinesModel(DepartmentYearModel):
    entity = "department_budget_line"

    def __init__(self, editor: Editor, parent=None):
        super().__init__(editor, parent)
        self.evaluation = evaluate_budget_lines([])

    def make_columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Line"), width=180),
            Column("budget_initial", self.tr("Initial budget"), "budget_initial", kind=DECIMAL, width=120, number=True, money=True),
            Column("budget_adjusted", self.tr("Adjusted budget"), "budget_adjusted", kind=DECIMAL, width=120,
                   number=True, money=True),
            Column("spent", self.tr("Final accounts"), "spent", kind=DECIMAL, width=120, number=True, money=True),
            Column("adjustment", self.tr("Adjustment rate"), width=110, number=True,
                   tip=self.tr("Adjustment rate = (adjusted budget − initial budget) ÷ initial budget")),
            Column("execution", self.tr("Control rate"), width=110, number=True,
                   tip=self.tr("Control rate = final accounts ÷ adjusted budget")),
        ]

    def _read(self) -> list:
        with self.editor.store.session() as session:
            rows = grid_queries.budget_line_rows(session, self.department_id, self.year)
        self.evaluation = evaluate_budget_lines(rows)
        return rows

    def is_total(self, rec) -> bool:
        return rec.id in self.evaluation.computed

    def is_editable(self, row: int, col: int) -> bool:
        return super().is_editable(row, col) and not self.is_total(self.rows[row])

    def problems(self, rec, column: Column):
        return [p for p in self.evaluation.problems.get(rec.id, ()) if p.field == column.field]

    def load(self, department_id: int | None, year: int) -> None:
        self.department_id, self.year = department_id, year
        if department_id is None:
            self.set_rows([])
            return
        run(self.editor.store, ensure_budget_lines, department_id, year)
        self.set_rows(self._read())

    def on_changed(self, changes: Changes) -> None:
        if changes.ids(self.entity) and self.department_id is not None:
            self.replace_records({r.id: r for r in self._read()})

    def display(self, rec, column: Column):
        initial, adjusted, spent = self.evaluation.figures(rec)
        if column.key == "adjustment":
            return percent(budget.adjustment_rate(initial, adjusted)) or ""
        if column.key == "execution":
            return percent(budget.execution_rate(spent, adjusted)) or ""
        if column.key in ("budget_initial", "budget_adjusted", "spent"):
            return {"budget_initial": initial, "budget_adjusted": adjusted, "spent": spent}[column.key]
        return getattr(rec, column.key)

    def edit_text(self, rec, column: Column) -> str:
        if self.is_total(rec):
            return show_in(self.display(rec, column), column)
        return super().edit_text(rec, column)

    def row_label(self, row: int) -> str:
        return self.rows[row].name


class BudgetLinesGrid(QWidget):
    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.model = BudgetLinesModel(editor, self)
        self.view = GridView()
        self.view.setObjectName("budgetLinesGrid")
        self.view.setModel(self.model)
        note = QLabel(self.tr("Table 1: the department's budget and final accounts, in 10,000 yuan. "
                              "Grey rows are totals, worked out from the lines they add up."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)

    def load(self, department_id: int | None, year: int) -> None:
        self.model.load(department_id, year)
