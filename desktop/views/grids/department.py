"""部门整体自评 tree (表3): computed items read-only with their formula; manual items scored by hand.

Scores come from desktop.domain.department under the year's department scheme; level totals are
always summed there, never typed.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass, field
from decimal import Decimal

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHeaderView, QMenu, QTreeView, QVBoxLayout, QWidget

from desktop.domain.department import (
    MANUAL,
    MANUAL_BASIS_MISSING,
    DepartmentResult,
    DepartmentScheme,
)
from desktop.domain.numbers import fmt, percent
from desktop.models import StoreError, grid_queries
from desktop.models.grid_queries import EvalItemRecord
from desktop.operations.cells import history
from desktop.operations.changes import NOT_SEEN, CellEdit, Changes
from desktop.operations.conflicts import EditError
from desktop.operations.evaluate import grade_label, method_formula
from desktop.operations.scoring import DepartmentItemsScored, score_department_items
from desktop.operations.transaction import read
from desktop.operations.worker_process import in_worker
from desktop.views.grids.base import (
    COMPUTED_BRUSH,
    DECIMAL,
    ERROR_BRUSH,
    MULTILINE,
    WARNING_BRUSH,
    Column,
    show,
)
from desktop.views.grids.commands import Editor
from desktop.views.grids.delegates import GridDelegate
from desktop.views.grids.status_line import StatusLine
from desktop.views.grids.table import HistoryDialog
from desktop.views.tasks import Latest, QueryOp

log = logging.getLogger(__name__)


@dataclass
class Node:
    record: EvalItemRecord | None
    parent: Node | None = None
    children: list[Node] = field(default_factory=list)
    score: Decimal | None = None
    basis: Decimal | None = None
    basis_unit: str = "rate"
    left_out: int = 0
    problems: list = field(default_factory=list)  # Messages (codes checks.department.*)
    formula: str = ""
    _row: int = field(default=0, repr=False, compare=False)

    @property
    def row(self) -> int:
        """Its place under its parent (asked for every painted cell: kept, not searched for)."""
        parent = self.parent
        if parent is None:
            return 0
        row = self._row
        if row >= len(parent.children) or parent.children[row] is not self:
            row = self._row = parent.children.index(self)
        return row

    @property
    def manual(self) -> bool:
        return self.record is not None and self.record.level == 3 and self.record.method == MANUAL


def _shown(node: Node) -> tuple:
    """What a row shows (to repaint only the rows that changed)."""
    return (node.record, node.score, node.basis, node.basis_unit, node.left_out, tuple(node.problems), node.formula)


_DISPLAY, _EDIT, _TOOLTIP, _BACKGROUND, _FONT, _ALIGNMENT = (int(role.value) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole))
_PAINT_SLOTS = {_DISPLAY: 0, _BACKGROUND: 1, _FONT: 2, _ALIGNMENT: 3}  # places in a _painted tuple
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable


@functools.cache
def _bold() -> QFont:
    """The totals' font (asked for every painted cell of a level-1 or level-2 row)."""
    font = QFont()
    font.setBold(True)
    return font


class DepartmentEvalModel(QAbstractItemModel):
    entity = "department_eval_item"
    busy_changed = Signal(bool)  # scoring started (True) or its result applied (False)

    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.columns = [
            Column("name", self.tr("Indicator"), width=300),
            Column("weight", self.tr("Weight"), width=60, number=True),
            Column("score", self.tr("Score"), "manual_score", kind=DECIMAL, width=70, number=True),
            Column("basis", self.tr("Basis"), width=150, number=True),
            Column("evidence", self.tr("Evidence"), "evidence", kind=MULTILINE, width=360),
        ]
        self.root = Node(None)
        self.total: Decimal | None = None
        self.grade = ""
        self.problems: list[str] = []
        self.error = ""  # why the last scoring failed, one sentence
        self._latest = Latest()
        self._paint_cache: dict[tuple[int, int], tuple] = {}  # (id of a node, column) → _painted
        self.department_id: int | None = None
        self.year: int | None = None
        editor.changed.connect(self.on_changed)

    # -- loading and scoring --------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """The year is being scored in the background (the tree shows the previous scores meanwhile)."""
        return self._latest.running

    def load(self, department_id: int | None, year: int) -> None:
        self.department_id, self.year = department_id, year
        if department_id is None:
            self._latest.drop()  # anything still scoring is for another year
            self.beginResetModel()
            self._paint_cache.clear()
            self.root = Node(None)
            self.total, self.grade, self.problems, self.error = None, "", [], ""
            self.endResetModel()
            return
        # the items now (a few dozen rows), their scores when the year is scored: the tree is
        # there at once to go to, and keeps its current cell while the scores come in (a year
        # shown for the first time has its items laid out by the scoring, and appears with it)
        with self.editor.store.session() as session:
            records = grid_queries.eval_item_rows(session, department_id, year)
        if not self._same_tree(records):
            self._build(records, None, None)
        self._rescore()

    def _rescore(self) -> None:
        """Read the items and score the year off the UI thread (the whole year: seconds at 40,000
        indicators); the result is applied here, and only the newest one."""
        store, department_id, year = self.editor.store, self.department_id, self.year
        QueryOp(parent=self, op=in_worker(store, score_department_items, department_id, year),
                success=self._apply).failure(self._failed).superseding(self._latest).run_in_background()
        self.busy_changed.emit(True)

    def _apply(self, found: DepartmentItemsScored) -> None:
        scheme, records, result = found
        self.error = ""
        if self._same_tree(records):  # new values in place: the current cell stays
            nodes = {n.record.id: n for n in self._walk(self.root) if n.record is not None}
            before = {ident: _shown(node) for ident, node in nodes.items()}
            for record in records:
                nodes[record.id].record = record
            self._score(scheme, result)
            # only the rows whose values moved: repainting the whole tree costs ~35 ms of the UI
            # thread, while an edit changes an item and its two totals
            self._repaint_rows([n for ident, n in nodes.items() if _shown(n) != before[ident]])
        else:
            self._build(records, scheme, result)
        self.busy_changed.emit(False)

    def _same_tree(self, records: list[EvalItemRecord]) -> bool:
        ids = {n.record.id for n in self._walk(self.root) if n.record is not None}
        return bool(records) and ids == {r.id for r in records}

    def _build(self, records: list[EvalItemRecord], scheme: DepartmentScheme | None,
               result: DepartmentResult | None) -> None:
        self.beginResetModel()
        self._paint_cache.clear()
        self.root = Node(None)
        nodes = {r.id: Node(r) for r in records}
        for node in nodes.values():
            parent = nodes.get(node.record.parent_id, self.root)
            node.parent = parent
            parent.children.append(node)
        self._score(scheme, result)
        self.endResetModel()

    def _failed(self, exc: Exception) -> None:
        log.warning("the department could not be scored: %r", exc)
        self.error = (str(exc.args[0]) if isinstance(exc, StoreError | EditError)
                      else self.tr("Scoring failed; the details are in the log file."))
        self.busy_changed.emit(False)

    def _score(self, scheme: DepartmentScheme | None, result: DepartmentResult | None) -> None:
        # The same computation as `perfdesk score` and the 表3 form, so the three never disagree.
        if scheme is None or result is None:
            self.total, self.grade, self.problems = None, "", []
            return
        by_name = {r.name: r for r in result.items}
        params = {item.name: item.params for item in scheme.items}
        for node in self._walk(self.root):
            rec = node.record
            if rec is None:
                continue
            if rec.level == 3:
                item = by_name.get(rec.name)
                node.formula = method_formula(rec.method, params.get(rec.name, {}))
                if item is not None:
                    node.score = item.score if (item.method != MANUAL or rec.manual_score is not None) else None
                    node.basis, node.problems = item.basis, list(item.problems)
                    node.basis_unit, node.left_out = item.basis_unit, item.left_out
            elif rec.level == 2:
                node.score = result.level2_totals.get((node.parent.record.name, rec.name))
                node.formula = self.tr("Sum of its items")
            else:
                node.score = result.level1_totals.get(rec.name)
                node.formula = self.tr("Sum of its items")
        self.total, self.grade, self.problems = result.total, result.grade, result.problems

    def _walk(self, node: Node):
        for child in node.children:
            yield child
            yield from self._walk(child)

    def on_changed(self, changes: Changes) -> None:
        # Edits of other data reach computed items through the workspace, which reloads this
        # tree when it is next shown; here only its own cells: rescore, keep the tree.
        ids = changes.ids(self.entity)
        if self.year is None or self.department_id is None or not ids:
            return
        # the typed values at once (a few rows), so a second edit of the cell compares with them
        with self.editor.store.session() as session:
            fresh = {r.id: r for r in grid_queries.eval_item_rows(session, self.department_id, self.year)}
        moved = []
        for node in self._walk(self.root):
            if node.record and node.record.id in fresh and fresh[node.record.id] != node.record:
                node.record = fresh[node.record.id]
                moved.append(node)
        self._repaint_rows(moved)
        self._rescore()

    def _repaint_rows(self, nodes: list[Node]) -> None:
        self._paint_cache.clear()  # a total or a formula may move with any item
        # a cell at a time: a range of cells makes the view repaint its whole viewport
        for node in nodes:
            for col in range(len(self.columns)):
                cell = self.createIndex(node.row, col, node)
                self.dataChanged.emit(cell, cell)

    # -- Qt model API ---------------------------------------------------------------------------
    def node(self, index) -> Node:
        return index.internalPointer() if index.isValid() else self.root

    def index(self, row, column, parent=None):  # noqa: A003
        parent_node = self.node(parent) if parent is not None else self.root
        if not 0 <= row < len(parent_node.children) or not 0 <= column < len(self.columns):
            return QModelIndex()
        return self.createIndex(row, column, parent_node.children[row])

    def parent(self, index=None):
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid():
            return QModelIndex()
        node = index.internalPointer()
        if node.parent is None or node.parent is self.root:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent=None) -> int:  # noqa: N802
        node = self.node(parent) if parent is not None else self.root
        if parent is not None and parent.isValid() and parent.column() != 0:
            return 0
        return len(node.children)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self.columns):
            return self.columns[section].title
        return None

    def is_editable(self, index) -> bool:
        return self.node(index).manual and self.columns[index.column()].field is not None

    def flags(self, index):  # asked for every painted cell: constants, no enum arithmetic
        if not index.isValid():
            return _NO_FLAGS
        return _EDITABLE if self.is_editable(index) else _READ_ONLY

    def _value(self, node: Node, key: str):
        rec = node.record
        if key == "name":
            return rec.name
        if key == "weight":
            return fmt(rec.weight) if rec.weight is not None else ""
        if key == "score":
            return fmt(node.score)
        if key == "basis":
            if node.basis is None:
                return ""
            if node.basis_unit == "points":  # an average 自评 score, out of 100
                text = self.tr("average %1 points").replace("%1", fmt(node.basis))
                if node.left_out:
                    text += self.tr(" (%1 not scored, left out)").replace("%1", str(node.left_out))
                return text
            return percent(node.basis)
        if key == "evidence":
            return rec.evidence or ""
        return ""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        node, col = index.internalPointer(), index.column()
        role = int(role)
        slot = _PAINT_SLOTS.get(role)
        if slot is not None:
            return self._painted(node, col)[slot]
        column = self.columns[col]
        if role == _EDIT:
            if column.key == "score":
                value = node.record.manual_score
                return "" if value is None else format(value, "f")
            return self._value(node, column.key)
        if role == _TOOLTIP:
            lines = [str(p) for p in node.problems] if column.key in ("score", "evidence") else []
            if column.key in ("name", "score"):
                lines.append(node.formula)
            if column.key == "evidence" and node.record.evidence:
                lines.append(node.record.evidence)
            return "\n".join(line for line in lines if line) or None
        return None

    def multiData(self, index, roles) -> None:  # noqa: N802
        """Every role a delegate asks of a cell in one call from Qt (see RowTableModel.multiData)."""
        if not index.isValid():
            return
        painted = self._painted(index.internalPointer(), index.column())
        for role_data in roles:
            role = role_data.role()
            slot = _PAINT_SLOTS.get(role)
            if slot is not None:
                role_data.setData(painted[slot])
            elif role in (_EDIT, _TOOLTIP):
                role_data.setData(self.data(index, role))

    def _painted(self, node: Node, col: int) -> tuple:
        """What a cell shows (text, background, font, alignment), worked out once per change:
        painting asks for it role by role, for every visible cell, on every frame."""
        key = (id(node), col)
        found = self._paint_cache.get(key)
        if found is None:
            column = self.columns[col]
            background = self._problem_brush(node, column.key)
            if background is None and not (node.manual and column.field is not None):
                background = COMPUTED_BRUSH
            found = self._paint_cache[key] = (
                show(self._value(node, column.key)).replace("\n", " ⏎ "),
                background,
                _bold() if node.record.level < 3 else None,
                _RIGHT if column.number else None,
            )
        return found

    @staticmethod
    def _problem_brush(node: Node, key: str):
        """Red for a hand score that breaks a rule; yellow for a computed item missing its data.

        A manual item not scored yet is a to-do (listed in the summary), not an error.
        """
        if not node.problems or key not in ("score", "evidence"):
            return None
        if node.manual:
            if node.record.manual_score is None:
                return None
            wrong = [p for p in node.problems if (p.code == MANUAL_BASIS_MISSING) == (key == "evidence")]
            return ERROR_BRUSH if wrong else None
        return WARNING_BRUSH if key == "score" else None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(index):
            return False
        node, column = index.internalPointer(), self.columns[index.column()]
        label = f"「{node.record.name}」{column.title}"
        edit = CellEdit(self.entity, node.record.id, column.field, value, label,
                        expected=getattr(node.record, column.field, NOT_SEEN))  # issue 15: no silent overwrite
        return self.editor.edit([edit], self.tr("Edit %1").replace("%1", column.title))

    def index_of(self, item_id: int, field_name: str = "") -> QModelIndex:
        """The cell of an item (by id) and stored field, for undo and 检查 to go to."""
        col = next((i for i, c in enumerate(self.columns) if field_name and c.field == field_name), 0)
        for node in self._walk(self.root):
            if node.record and node.record.id == item_id:
                return self.createIndex(node.row, col, node)
        return QModelIndex()

    def find(self, name: str) -> QModelIndex:
        for node in self._walk(self.root):
            if node.record and node.record.name == name:
                return self.createIndex(node.row, 0, node)
        return QModelIndex()


class _RowsAsTallAsTheGrids(GridDelegate):
    """The grids' row height, from the delegate: a style sheet for it would route the painting of
    every cell through the style-sheet engine (a tenth of a repaint)."""

    def __init__(self, height: int, parent=None):
        super().__init__(parent)
        self._height = height

    def sizeHint(self, option, index):  # noqa: N802 - uniform rows: asked of the first row only
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(size.height(), self._height))


class DepartmentEvalView(QWidget):
    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.model = DepartmentEvalModel(editor, self)
        self.view = QTreeView()
        self.view.setObjectName("departmentTree")
        self.view.setModel(self.model)
        self.view.setItemDelegate(_RowsAsTallAsTheGrids(self.view.fontMetrics().height() + 8, self.view))
        self.view.setUniformRowHeights(True)  # fixed heights, as in the grids
        self.view.setAlternatingRowColors(True)
        self.view.setEditTriggers(
            QTreeView.EditTrigger.DoubleClicked | QTreeView.EditTrigger.EditKeyPressed | QTreeView.EditTrigger.AnyKeyPressed
        )
        header = self.view.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, column in enumerate(self.model.columns):
            self.view.setColumnWidth(col, column.width)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.summary = StatusLine()  # not a QLabel: a new text would repaint the whole tab
        self.summary.setObjectName("departmentSummary")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        self.model.modelReset.connect(self._after_load)
        self.model.dataChanged.connect(lambda *_: self.refresh_summary())
        self.model.busy_changed.connect(lambda _busy: self.refresh_summary())

    @property
    def busy(self) -> bool:
        return self.model.busy

    def load(self, department_id: int | None, year: int) -> None:
        self.model.load(department_id, year)

    def _after_load(self) -> None:
        self.view.expandAll()
        self.refresh_summary()

    def refresh_summary(self) -> None:
        if self.model.busy:
            self.summary.setText(self.tr("Scoring the year…"))
            return
        if self.model.error:
            self.summary.setText(self.model.error)
            return
        if self.model.total is None:
            self.summary.setText("")
            return
        self.summary.setText(self.tr("Department total %1 · grade %2 · %3 items still to check")
                             .replace("%1", fmt(self.model.total)).replace("%2", grade_label(self.model.grade) or "—")
                             .replace("%3", str(len(self.model.problems))))

    def _menu(self, pos) -> None:
        index = self.view.indexAt(pos)
        if not index.isValid() or self.model.columns[index.column()].field is None:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Cell history…"), lambda: self.show_history(index))
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def show_history(self, index) -> HistoryDialog:
        node, column = index.internalPointer(), self.model.columns[index.column()]
        entries = read(self.editor.store, history, self.model.entity, node.record.id, column.field)
        dialog = HistoryDialog(self.tr("History of %1").replace("%1", node.record.name), entries, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

