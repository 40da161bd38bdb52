"""项目 grid: money, goal and budget execution per project; 执行率, 总分 and 等级 computed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.domain.numbers import fmt, percent
from desktop.domain.text import quoted
from desktop.models import grid_queries
from desktop.models.grid_queries import ProjectRecord
from desktop.operations.changes import Changes
from desktop.operations.evaluate import ProjectEval, evaluate_project, grade_label
from desktop.views.grids.base import DECIMAL, MULTILINE, Column, RowTableModel
from desktop.views.grids.commands import Editor
from desktop.views.grids.table import GridView

MONEY_FIELDS = ("total", "fiscal", "special", "other", "budget_initial", "budget_adjusted", "spent")
# 总计 = 财政拨款 + 财政专户拨款 + 其他资金; 年度资金总额 = the three 其中 rows, per money column
TOTAL_PARTS = {
    "total": ("fiscal", "special", "other"),
    **{column: tuple(f"{source}_{column}" for source in ("fiscal", "carryover", "other"))
       for column in ("budget_initial", "budget_adjusted", "spent")},
}


class ProjectModel(RowTableModel):
    entity = "project"

    def __init__(self, editor: Editor, parent=None):
        super().__init__(editor, parent)
        self.year: int | None = None
        self._evals: dict[int, ProjectEval] = {}
        editor.changed.connect(self.on_changed)

    def make_columns(self) -> list[Column]:

        def money(key, title, width=84):
            return Column(key, title, key, "project", DECIMAL, width, number=True, money=True)

        funds = []
        for source, fund_title in (("fiscal", self.tr("of which current-year fiscal")),
                                   ("carryover", self.tr("of which carried over")),
                                   ("other", self.tr("of which other funds"))):
            for key, title in (("budget_initial", self.tr("Initial budget")),
                               ("budget_adjusted", self.tr("Adjusted budget")),
                               ("spent", self.tr("Spent"))):
                funds.append(money(f"{source}_{key}", f"{fund_title}\n{title}", 116))

        return [
            Column("unit_name", self.tr("Unit"), width=110),
            Column("name", self.tr("Project"), "name", "project", width=180),
            money("total", self.tr("Total")),
            money("fiscal", self.tr("Fiscal")),
            money("special", self.tr("Special account")),
            money("other", self.tr("Other funds")),
            Column("goal", self.tr("Performance goal"), "goal", "project", MULTILINE, 160),
            Column("goal_actual", self.tr("Goal achieved"), "goal_actual", "project", MULTILINE, 160,
                   tip=self.tr("Annual overall goal: what was actually achieved (printed on the self-evaluation form)")),
            money("budget_initial", self.tr("Initial budget")),
            money("budget_adjusted", self.tr("Adjusted budget")),
            money("spent", self.tr("Spent")),
            Column("execution", self.tr("Execution rate"), width=80, number=True,
                   tip=self.tr("Budget execution rate = spent ÷ adjusted budget")),
            Column("score", self.tr("Total score"), width=70, number=True,
                   tip=self.tr("Execution score plus the indicators' scores, by the year's scheme")),
            Column("grade", self.tr("Grade"), width=46),
            *funds,
        ]

    def load(self, year: int) -> None:
        self.year = year
        with self.editor.store.session() as session:
            rows = grid_queries.project_rows(session, year)
        self._evals.clear()
        self.set_rows(rows)

    def on_changed(self, changes: Changes) -> None:
        if self.year is None:
            return
        projects = changes.ids("project")
        if changes.ids("indicator") or changes.structure:
            self._evals.clear()  # recomputed lazily for the rows on screen
        for ident in projects:
            self._evals.pop(ident, None)
        mine = projects & {r.id for r in self.rows}
        if mine:
            with self.editor.store.session() as session:
                fresh = {r.id: r for r in grid_queries.project_rows(session, self.year, mine)}
            self.replace_records(fresh)
        elif changes:
            self.repaint_all()

    def evaluation(self, rec: ProjectRecord) -> ProjectEval:
        found = self._evals.get(rec.id)
        if found is None:
            with self.editor.store.session() as session:
                indicators = grid_queries.indicator_rows(session, self.year, rec.id)
            found = self._evals[rec.id] = evaluate_project(indicators, rec, self.year)
        return found

    def display(self, rec, column: Column):
        if column.key == "execution":
            return percent(self.evaluation(rec).execution_rate)
        if column.key == "score":
            return fmt(self.evaluation(rec).total)
        if column.key == "grade":
            return grade_label(self.evaluation(rec).grade)
        return getattr(rec, column.key)

    def sort_value(self, rec, column: Column):
        if column.key == "execution":
            return self.evaluation(rec).execution_rate
        if column.key == "score":
            return self.evaluation(rec).total
        return super().sort_value(rec, column)

    def is_editable(self, row: int, col: int) -> bool:
        """A total is worked out from its parts once any part is filled in (shown grey, read only)."""
        column = self.columns[col]
        parts = TOTAL_PARTS.get(column.field or "")
        if parts and any(getattr(self.rows[row], part) is not None for part in parts):
            return False
        return super().is_editable(row, col)

    def problems(self, rec, column: Column):
        if column.field is None:
            return ()
        return [p for p in self.evaluation(rec).problems if p.field == column.field]

    def row_label(self, row: int) -> str:
        return self.tr("project %1").replace("%1", quoted(self.rows[row].name))


class ProjectGrid(QWidget):
    open_project = Signal(int)

    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.model = ProjectModel(editor, self)
        self.view = GridView()
        self.view.setObjectName("projectGrid")
        self.view.setModel(self.model)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # no arrow until a header is clicked
        header.setSortIndicatorShown(True)
        header.sortIndicatorChanged.connect(self.model.sort)
        self.view.doubleClicked.connect(self._double_clicked)
        hint = QLabel(self.tr("Double-click the unit or a computed cell to open the project's indicators."))
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def load(self, year: int) -> None:
        self.model.load(year)

    def _double_clicked(self, index) -> None:
        if index.isValid() and not self.model.is_editable(index.row(), index.column()):
            self.open_project.emit(self.model.rows[index.row()].id)
