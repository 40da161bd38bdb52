"""指标 grids: one project's indicators (with add/delete/move/split) and all indicators with filters.

Parse, 完成率 and 得分 are computed per project, lazily, for the rows Qt actually paints: the
all-indicators view holds 40,000 rows and must paint in under a second.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.cell_values import LEVEL1_CLASSES
from desktop.domain.numbers import fmt, percent
from desktop.domain.scoring import QUALITATIVE_TIERS
from desktop.domain.target_parts import suggest_split
from desktop.domain.targets import COMPOSITE
from desktop.models import grid_queries
from desktop.models.grid_queries import IndicatorRecord
from desktop.operations.changes import Changes
from desktop.operations.evaluate import (
    IndicatorEval,
    ProjectEval,
    canonical_level1,
    evaluate_project,
    grade_label,
    is_qualitative,
    tier_label,
)
from desktop.operations.indicator_rows import seen_values
from desktop.views.grids.base import (
    DECIMAL,
    FLAG,
    LEVEL1,
    LEVEL2,
    MULTILINE,
    MUTED_BRUSH,
    SIGN,
    TIER,
    Column,
    RowTableModel,
)
from desktop.views.grids.commands import AddIndicator, DeleteIndicators, Editor, MoveIndicator, SplitIndicator
from desktop.views.grids.table import GridView

COMPUTED = ("parse", "completion", "score")


class IndicatorModel(RowTableModel):
    """Indicator rows of one project (`project_id`) or of the whole year (`all_projects`)."""

    entity = "indicator"

    def __init__(self, editor: Editor, all_projects: bool = False, parent=None):
        self.all_projects = all_projects
        super().__init__(editor, parent)
        self.year: int | None = None
        self.project_id: int | None = None
        self.records: list[IndicatorRecord] = []  # everything loaded; `rows` is the filtered view
        self._by_project: dict[int, list[IndicatorRecord]] = {}
        self._evals: dict[int, ProjectEval] = {}
        self._projects: dict[int, grid_queries.ProjectRecord] = {}
        self.predicate = None
        editor.changed.connect(self.on_changed)

    def make_columns(self) -> list[Column]:
        ind = "indicator"
        # What the officer works in comes first; the corrections of the parse sit at the end,
        # so the colours that ask for action (偏差原因, 定性档次) are on screen without scrolling.
        cols = [
            Column("level1", self.tr("Level 1"), "level1", ind, LEVEL1, 84),
            Column("level2", self.tr("Level 2"), "level2", ind, LEVEL2, 100),
            Column("name", self.tr("Indicator"), "name", ind, width=170),
            Column("period_target", self.tr("Period target"), "period_target", ind, width=90),
            Column("annual_target", self.tr("Annual target"), "annual_target", ind, width=130),
            Column("parse", self.tr("Read as"), width=84,
                   tip=self.tr("How the annual target was read: sign, value and unit (correct them in the last columns)")),
            Column("weight", self.tr("Weight"), "weight", ind, DECIMAL, 50, number=True,
                   tip=self.tr("Points; empty = an equal share of what its level 1 has left (grey)")),
            Column("actual", self.tr("Actual"), "actual", ind, width=100),
            Column("completion", self.tr("Completion"), width=72, number=True, tip=self.tr("Completion rate = actual ÷ target")),
            Column("score", self.tr("Score"), width=54, number=True, tip=self.tr("Score, computed from the scheme's rules")),
            Column("qualitative_tier", self.tr("Qualitative tier"), "qualitative_tier", ind, TIER, 110),
            Column("score_override", self.tr("Score set by hand"), "score_override", ind, DECIMAL, 64, number=True,
                   tip=self.tr("For a qualitative indicator: the points within its tier. Otherwise it replaces "
                               "the computed score and needs a reason")),
            Column("score_override_reason", self.tr("Reason for the hand score"), "score_override_reason", ind,
                   MULTILINE, 120),
            Column("deviation_reason", self.tr("Reason for deviation and improvement"), "deviation_reason", ind,
                   MULTILINE, 200),
            Column("sign_override", self.tr("Sign"), "sign_override", ind, SIGN, 44),
            Column("value_override", self.tr("Value"), "value_override", ind, DECIMAL, 64, number=True, plain=True),
            Column("unit_override", self.tr("Measure unit"), "unit_override", ind, width=64),
            Column("qualitative_override", self.tr("Qualitative"), "qualitative_override", ind, FLAG, 44),
        ]
        if self.all_projects:
            cols = [Column("unit_name", self.tr("Unit"), width=110), Column("project_name", self.tr("Project"), width=180), *cols]
        return cols

    # -- loading --------------------------------------------------------------------------------
    def load(self, year: int, project_id: int | None = None) -> None:
        self.year, self.project_id = year, project_id
        if not self.all_projects and project_id is None:
            records = []
        else:
            with self.editor.store.session() as session:
                records = grid_queries.indicator_rows(session, year, None if self.all_projects else project_id)
        self._set_records(records)

    def _set_records(self, records: list[IndicatorRecord]) -> None:
        self.records = records
        self._by_project = {}
        for rec in records:
            self._by_project.setdefault(rec.project_id, []).append(rec)
        self._evals.clear()
        self._projects.clear()
        self.set_rows(self._visible())

    def _visible(self) -> list[IndicatorRecord]:
        return list(self.records) if self.predicate is None else [r for r in self.records if self.predicate(r)]

    def set_predicate(self, predicate) -> None:
        self.predicate = predicate
        self.set_rows(self._visible())

    def on_changed(self, changes: Changes) -> None:
        if self.year is None:
            return
        # Rows added or removed: one project's grid reads its rows again; the all-indicators
        # view (40,000 rows) is reloaded by the workspace when it is next shown.
        if not self.all_projects and self.project_id in changes.structure:
            self.load(self.year, self.project_id)
            return
        ids = changes.ids("indicator")
        for ident in changes.ids("project"):
            self._evals.pop(ident, None)
            self._projects.pop(ident, None)
        mine = {r.id for r in self.records} & ids if ids else set()
        if mine:
            with self.editor.store.session() as session:
                fresh = grid_queries.indicators_by_id(session, mine)
            self.records = [fresh.get(r.id, r) for r in self.records]
            self._by_project = {}
            for rec in self.records:
                self._by_project.setdefault(rec.project_id, []).append(rec)
            for rec in fresh.values():
                self._evals.pop(rec.project_id, None)
            self.replace_records(fresh)
        elif changes:
            self.repaint_all()

    # -- computed values ------------------------------------------------------------------------
    def project_eval(self, project_id: int) -> ProjectEval:
        found = self._evals.get(project_id)
        if found is None:
            project = self._projects.get(project_id)
            if project is None and not self.all_projects:
                with self.editor.store.session() as session:
                    rows = grid_queries.project_rows(session, self.year, [project_id])
                project = rows[0] if rows else None
                if project is not None:
                    self._projects[project_id] = project
            found = evaluate_project(self._by_project.get(project_id, []), project, self.year)
            self._evals[project_id] = found
        return found

    def evaluation(self, rec: IndicatorRecord) -> IndicatorEval:
        return self.project_eval(rec.project_id).indicators[rec.id]

    def evaluate_all(self) -> None:
        for project_id in self._by_project:
            self.project_eval(project_id)

    def display(self, rec, column: Column):
        key = column.key
        if key in COMPUTED or key == "weight":
            ev = self.evaluation(rec)
            if key == "parse":
                if ev.target.kind == COMPOSITE:
                    return self.tr("%1 values").replace("%1", str(len(ev.target.parts)))
                return self.tr("qualitative") if is_qualitative(ev.target) else ev.target.display()
            if key == "completion":
                return percent(ev.completion)
            if key == "score":
                return fmt(ev.score)
            return fmt(ev.weight) if rec.weight is None else rec.weight
        if key == "qualitative_tier":
            tier = rec.qualitative_tier
            return f"{tier} {tier_label(tier)}" if tier in QUALITATIVE_TIERS else ""
        if key == "qualitative_override":
            return {True: self.tr("Yes"), False: self.tr("No")}.get(rec.qualitative_override, "")
        return getattr(rec, key)

    def sort_value(self, rec, column: Column):
        if column.key in ("completion", "score"):
            ev = self.evaluation(rec)
            return ev.completion if column.key == "completion" else ev.score
        return super().sort_value(rec, column)

    def foreground(self, rec, column: Column):
        if column.key == "weight" and rec.weight is None:
            return MUTED_BRUSH
        return None

    def problems(self, rec, column: Column):
        field = "annual_target" if column.key == "parse" else column.field
        if field is None and column.key != "score":
            return ()
        if column.key == "score":
            field = "score_override"
        return [p for p in self.evaluation(rec).problems if p.field == field]

    def tooltip(self, rec, column: Column):
        if column.key == "parse":
            target = self.evaluation(rec).target
            lines = [p.message for p in self.problems(rec, column)]
            if target.is_number:
                lines.append(self.tr("sign %1 · value %2 · unit %3 · %4").replace("%1", target.sign or "")
                             .replace("%2", format(target.value.normalize(), "f")).replace("%3", target.unit or "—")
                             .replace("%4", self.tr("higher is better") if target.higher_is_better
                                      else self.tr("lower is better")))
            return "\n".join(lines) or None
        return super().tooltip(rec, column)

    def row_label(self, row: int) -> str:
        rec = self.rows[row]
        if self.all_projects:
            return self.tr("%1, row %2").replace("%1", rec.project_name).replace("%2", str(row + 1))
        return super().row_label(row)

    def summary(self) -> str:
        if self.project_id is None:
            return ""
        ev = self.project_eval(self.project_id)
        parts = [self.tr("Total score %1").replace("%1", fmt(ev.total) or "—")]
        if ev.grade:
            parts.append(self.tr("grade %1").replace("%1", grade_label(ev.grade)))
        parts.append(self.tr("budget execution %1 (score %2)").replace("%1", percent(ev.execution_rate) or "—")
                     .replace("%2", fmt(ev.execution_score) or "—"))
        return " · ".join(parts)


class SplitDialog(QDialog):
    """One line per new indicator; the first line stays on the indicator being split."""

    def __init__(self, text: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split indicator"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("One annual target per line; each line becomes an indicator:")))
        self.editor = QPlainTextEdit("\n".join(suggest_split(text)))
        layout.addWidget(self.editor)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 260)

    def parts(self) -> list[str]:
        return [line.strip() for line in self.editor.toPlainText().splitlines() if line.strip()]


class IndicatorGrid(QWidget):
    """The chosen project's indicators, with the row actions and the project's live total."""

    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.model = IndicatorModel(editor, all_projects=False, parent=self)
        self.view = GridView()
        self.view.setObjectName("indicatorGrid")
        self.view.setModel(self.model)
        self.title = QLabel()
        self.title.setObjectName("projectTitle")
        self.summary = QLabel()
        self.summary.setObjectName("projectSummary")
        bar = QHBoxLayout()
        bar.addWidget(self.title, 1)
        self.buttons = {}
        for name, text, slot in (
            ("add", self.tr("Add"), self.add_indicator),
            ("delete", self.tr("Delete"), self.delete_selected),
            ("up", self.tr("Move up"), lambda: self.move_current(-1)),
            ("down", self.tr("Move down"), lambda: self.move_current(1)),
            ("split", self.tr("Split…"), self.split_current),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{name}Indicator")
            button.clicked.connect(lambda _checked=False, s=slot: s())
            bar.addWidget(button)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        editor.changed.connect(lambda _t: self.refresh_summary())
        self.model.modelReset.connect(self.refresh_summary)
        self._enable()

    def load(self, year: int, project_id: int | None, title: str = "") -> None:
        self.title.setText(title)
        self.model.load(year, project_id)
        self._enable()

    def _enable(self) -> None:
        for button in self.buttons.values():
            button.setEnabled(self.model.project_id is not None)

    def refresh_summary(self) -> None:
        self.summary.setText(self.model.summary())

    def _current_record(self) -> IndicatorRecord | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() and index.row() < len(self.model.rows) else None

    def _select(self, indicator_id: int, column: int | None = None) -> None:
        row = self.model.row_of(indicator_id)
        if row >= 0:
            col = self.view.currentIndex().column() if column is None else column
            self.view.setCurrentIndex(self.model.index(row, max(col, 0)))

    # -- row actions, each one undo step --------------------------------------------------------
    def add_indicator(self) -> None:
        project_id = self.model.project_id
        if project_id is None:
            return
        current = self._current_record()
        # a new row takes the class of the row it follows, the usual next entry
        copy = {"level1": current.level1, "level2": current.level2} if current else {}
        command = AddIndicator(self.editor, self.tr("Add indicator"), project_id, current.id if current else None, copy)
        if self.editor.perform(command):
            self._select(command.indicator_id, self.model.column_of("name"))

    def delete_selected(self) -> None:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedIndexes()} or
                      ({self.view.currentIndex().row()} if self.view.currentIndex().isValid() else set()))
        shown = [self.model.rows[r] for r in rows if r < len(self.model.rows)]
        if not shown:
            return
        # the rows as shown: one someone else changed since is not deleted (issue 15)
        seen = {rec.id: seen_values(rec) for rec in shown}
        text = self.tr("Delete %1 indicators").replace("%1", str(len(shown)))
        self.editor.perform(DeleteIndicators(self.editor, text, self.model.project_id, [r.id for r in shown], seen))

    def move_current(self, delta: int) -> None:
        rec = self._current_record()
        if rec is None:
            return
        project_id = self.model.project_id
        # the order the grid shows: a move over someone else's reordering is refused (issue 15)
        shown = ([r.id for r in sorted(self.model.records, key=lambda r: (r.sort_order, r.id))]
                 if project_id is not None else None)
        self.editor.perform(MoveIndicator(self.editor, self.tr("Move indicator"), project_id, rec.id, delta, shown))
        self._select(rec.id)

    def split_current(self, parts: list[str] | None = None) -> bool:
        rec = self._current_record()
        if rec is None:
            return False
        if parts is None:
            dialog = SplitDialog(rec.annual_target or "", self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            parts = dialog.parts()
        command = SplitIndicator(self.editor, self.tr("Split indicator"), self.model.project_id, rec.id, parts,
                                 rec.annual_target)
        return self.editor.perform(command)


class AllIndicatorsView(QWidget):
    """Every indicator of the year, narrowed by unit, level 1 and what still needs doing."""

    open_project = Signal(int)

    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.model = IndicatorModel(editor, all_projects=True, parent=self)
        self.view = GridView()
        self.view.setObjectName("allIndicatorsGrid")
        self.view.setModel(self.model)
        self.view.setSortingEnabled(False)
        header = self.view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # no arrow until a header is clicked
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        header.sortIndicatorChanged.connect(self.model.sort)

        self.unit_box = QComboBox()
        self.unit_box.setObjectName("unitFilter")
        # unit names run long; keep the bar narrow enough for the row count to show
        self.unit_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.unit_box.setMinimumContentsLength(12)
        self.level1_box = QComboBox()
        self.level1_box.setObjectName("level1Filter")
        self.level1_box.addItem(self.tr("All level 1"), "")
        for name in LEVEL1_CLASSES:
            self.level1_box.addItem(name, name)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search project or indicator"))
        self.search.setClearButtonEnabled(True)
        self.checks = {
            "qualitative": QCheckBox(self.tr("Qualitative only")),
            "not_met": QCheckBox(self.tr("Target not met")),
            "actual_missing": QCheckBox(self.tr("Actual missing")),
            "reason_missing": QCheckBox(self.tr("Reason for deviation missing")),
        }
        self.count = QLabel()
        self.count.setObjectName("indicatorCount")
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance(self.tr("%1 of %2")) + 120)
        self.search.setMaximumWidth(360)
        bar = QHBoxLayout()
        bar.addWidget(self.unit_box)
        bar.addWidget(self.level1_box)
        for box in self.checks.values():
            bar.addWidget(box)
            box.toggled.connect(self.apply_filters)
        bar.addWidget(self.search, 1)
        bar.addStretch()
        bar.addWidget(self.count)
        self.unit_box.currentIndexChanged.connect(self.apply_filters)
        self.level1_box.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.model.modelReset.connect(self._count)
        self.model.layoutChanged.connect(self._count)
        self.view.doubleClicked.connect(self._double_clicked)

    def load(self, year: int) -> None:
        with self.editor.store.session() as session:
            units = grid_queries.units(session, year)
        self.unit_box.blockSignals(True)
        self.unit_box.clear()
        self.unit_box.addItem(self.tr("All units"), 0)
        for unit in units:
            self.unit_box.addItem(unit.name, unit.id)
        self.unit_box.blockSignals(False)
        self.model.load(year)
        self.apply_filters()

    def apply_filters(self) -> None:
        unit_id = self.unit_box.currentData() or 0
        level1 = self.level1_box.currentData() or ""
        words = self.search.text().strip()
        wanted = {name for name, box in self.checks.items() if box.isChecked()}
        if not (unit_id or level1 or words or wanted):
            self.model.set_predicate(None)
            return
        model = self.model

        def keep(rec: IndicatorRecord) -> bool:
            if unit_id and rec.unit_id != unit_id:
                return False
            if level1 and canonical_level1(rec.level1) != level1:
                return False
            if words and words not in rec.name and words not in rec.project_name:
                return False
            if "actual_missing" in wanted and (rec.actual or "").strip():
                return False
            if wanted & {"qualitative", "not_met", "reason_missing"}:
                ev = model.evaluation(rec)
                if "qualitative" in wanted and not is_qualitative(ev.target):
                    return False
                if "not_met" in wanted and ev.met is not False:
                    return False
                if "reason_missing" in wanted and not any(p.field == "deviation_reason" for p in ev.problems):
                    return False
            return True

        model.set_predicate(keep)

    def _count(self) -> None:
        self.count.setText(self.tr("%1 of %2").replace("%1", str(len(self.model.rows)))
                           .replace("%2", str(len(self.model.records))))

    def _double_clicked(self, index) -> None:
        if index.isValid() and index.column() < 2:
            self.open_project.emit(self.model.rows[index.row()].project_id)

