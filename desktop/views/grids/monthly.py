"""月度执行 grid (表2 input): 年度预算 and 累计实际支出 per month; progress and rates computed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain import budget
from desktop.domain.numbers import percent
from desktop.models import grid_queries
from desktop.operations.changes import Changes
from desktop.operations.transaction import run
from desktop.operations.year_items import ensure_monthly_rows
from desktop.views.grids.base import DECIMAL, Column, DepartmentYearModel
from desktop.views.grids.commands import Editor
from desktop.views.grids.table import GridView


class MonthlyModel(DepartmentYearModel):
    entity = "monthly_spending"

    def make_columns(self) -> list[Column]:
        return [
            Column("month", self.tr("Months"), width=80),
            Column("annual_budget", self.tr("Annual budget"), "annual_budget", kind=DECIMAL, width=120, number=True, money=True),
            Column("cumulative_spent", self.tr("Spent to date"), "cumulative_spent", kind=DECIMAL, width=120, number=True, money=True),
            Column("progress", self.tr("Spending progress"), width=110, number=True,
                   tip=self.tr("Spending progress = spent to date ÷ annual budget")),
            Column("execution", self.tr("Execution rate"), width=110, number=True,
                   tip=self.tr("Execution rate = spending progress ÷ (months ÷ 12)")),
        ]

    def load(self, department_id: int | None, year: int) -> None:
        self.department_id, self.year = department_id, year
        if department_id is None:
            self.set_rows([])
            return
        run(self.editor.store, ensure_monthly_rows, department_id, year)
        with self.editor.store.session() as session:
            self.set_rows(grid_queries.monthly_rows(session, department_id, year))

    def on_changed(self, changes: Changes) -> None:
        if changes.ids(self.entity) and self.year is not None:
            with self.editor.store.session() as session:
                fresh = {r.id: r for r in grid_queries.monthly_rows(session, self.department_id, self.year)}
            self.replace_records(fresh)

    def _rates(self, rec) -> budget.MonthlyRates | None:
        if rec.annual_budget is None or rec.cumulative_spent is None:
            return None
        progress = budget.spending_progress(rec.cumulative_spent, rec.annual_budget)
        return budget.MonthlyRates(rec.month, progress, budget.spending_execution(progress, rec.month))

    def display(self, rec, column: Column):
        if column.key == "month":
            return self.tr("Jan–%1").replace("%1", str(rec.month)) if rec.month > 1 else self.tr("Jan")
        if column.key in ("progress", "execution"):
            rates = self._rates(rec)
            return percent(getattr(rates, column.key)) if rates else ""
        return getattr(rec, column.key)

    def row_label(self, row: int) -> str:
        return self.tr("month %1").replace("%1", str(self.rows[row].month))

    def average(self):
        rates = [r for r in (self._rates(rec) for rec in self.rows) if r is not None]
        return budget.average_execution_rate(rates)


class MonthlyGrid(QWidget):
    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.model = MonthlyModel(editor, self)
        self.view = GridView()
        self.view.setObjectName("monthlyGrid")
        self.view.setModel(self.model)
        self.summary = QLabel()
        self.summary.setObjectName("monthlySummary")
        note = QLabel(self.tr("Enter the cumulative spending reported at the end of each month, in 10,000 yuan."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        editor.changed.connect(lambda _t: self.refresh_summary())
        self.model.modelReset.connect(self.refresh_summary)

    def load(self, department_id: int | None, year: int) -> None:
        self.model.load(department_id, year)

    def refresh_summary(self) -> None:
        average = self.model.average()
        self.summary.setText(
            self.tr("Average execution rate for the year: %1 (each month capped at 100%)")
            .replace("%1", percent(average) or "—")
        )
