"""A table model over a list of plain rows, with validation colours and tooltips.

Sorting happens on the Python list (ENGINEERING.md: a QSortFilterProxyModel over 100k rows
took seconds; sorting the list takes milliseconds). Subclasses say what each column shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desktop.domain.numbers import fmt, fmt_money
from desktop.operations.changes import NOT_SEEN, CellEdit
from desktop.operations.evaluate import ERROR, INFO, CellProblem
from desktop.views.grids.commands import Editor

ERROR_BRUSH = QBrush(QColor("#f8d0cc"))
WARNING_BRUSH = QBrush(QColor("#fdf0c4"))
COMPUTED_BRUSH = QBrush(QColor("#f2f2f2"))
MUTED_BRUSH = QBrush(QColor("#808080"))

_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_PAINT_SLOTS = {
    Qt.ItemDataRole.DisplayRole: 0,
    Qt.ItemDataRole.BackgroundRole: 1,
    Qt.ItemDataRole.ForegroundRole: 2,
    Qt.ItemDataRole.TextAlignmentRole: 3,
}
_PAINT_SLOTS.update({int(k.value): v for k, v in list(_PAINT_SLOTS.items())})
_OTHER_ROLES = {Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole}
_OTHER_ROLES |= {int(r.value) for r in _OTHER_ROLES}

# Column kinds: how the cell is edited (see delegates.py) and shown.
TEXT, MULTILINE, DECIMAL, LEVEL1, LEVEL2, TIER, SIGN, FLAG = (
    "text", "multiline", "decimal", "level1", "level2", "tier", "sign", "flag",
)


@dataclass(frozen=True)
class Column:
    key: str  # the record field (stored) or a name the model computes
    title: str
    field: str | None = None  # the stored field this column edits; None = read only
    entity: str = ""
    kind: str = TEXT
    width: int = 90
    number: bool = False  # right aligned
    tip: str = ""  # header tooltip (for computed columns: the formula)
    money: bool = False  # 万元: shown 1,234.50 (else a number shows with two decimals)
    plain: bool = False  # a number shown as typed (an indicator's target value: 1000 次)


def show_in(value, column: Column) -> str:
    """The one display format (desktop.domain.numbers): money 1,234.50, weights and scores 7.60."""
    if isinstance(value, Decimal) and not column.plain:
        return fmt_money(value) if column.money else fmt(value)
    return show(value)


def show(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return fmt(value) if value != value.to_integral_value() or value.as_tuple().exponent < 0 else str(value)
    return str(value)


class RowTableModel(QAbstractTableModel):
    """Rows are plain tuples (NamedTuples); `self.rows` is what is shown, in display order."""

    entity = ""

    def __init__(self, editor: Editor, parent=None):
        super().__init__(parent)
        self.editor = editor
        self.columns: list[Column] = self.make_columns()
        self.rows: list = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._paint_cache: dict = {}

    # -- what subclasses provide -----------------------------------------------------------------
    def make_columns(self) -> list[Column]:
        raise NotImplementedError

    def display(self, record, column: Column) -> object:
        return getattr(record, column.key, None)

    def problems(self, record, column: Column) -> Sequence[CellProblem]:
        return ()

    def entity_id(self, record, column: Column) -> int:
        return record.id

    def row_label(self, row: int) -> str:
        return self.tr("row %1").replace("%1", str(row + 1))

    # -- Qt model API ---------------------------------------------------------------------------
    def rowCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent=None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.tip or column.title
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index):
        if not index.isValid():
            return _NO_FLAGS
        return _EDITABLE if self.is_editable(index.row(), index.column()) else _READ_ONLY

    def is_editable(self, row: int, col: int) -> bool:
        return self.columns[col].field is not None

    # Painting asks ~8 roles of every visible cell on every frame; a row's texts and colours are
    # worked out once and kept until the row changes (see `forget`).
    def _painted(self, row: int) -> tuple[tuple, tuple, tuple]:
        record = self.rows[row]
        found = self._paint_cache.get(record.id)
        if found is None:
            texts, backs, fores = [], [], []
            for col, column in enumerate(self.columns):
                text = show_in(self.display(record, column), column)
                if "\n" in text or len(text) > 300:
                    text = text[:300].replace("\n", " ⏎ ") + ("…" if len(text) > 300 else "")
                texts.append(text)
                backs.append(self.background(record, column, row, col))
                fores.append(self.foreground(record, column))
            found = self._paint_cache[record.id] = (tuple(texts), tuple(backs), tuple(fores))
        return found

    def background(self, record, column: Column, row: int, col: int):
        """Red or yellow for a cell with a problem, grey for one that is not typed in."""
        bad = [p for p in self.problems(record, column) if p.severity != INFO]
        if bad:
            return ERROR_BRUSH if any(p.severity == ERROR for p in bad) else WARNING_BRUSH
        return None if self.is_editable(row, col) else COMPUTED_BRUSH

    def forget(self) -> None:
        self._paint_cache.clear()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        slot = _PAINT_SLOTS.get(role)
        if slot is not None:
            row = index.row()
            if row >= len(self.rows) or not index.isValid():
                return None
            if slot == 3:
                return _RIGHT if self.columns[index.column()].number else _LEFT
            return self._painted(row)[slot][index.column()]
        if role not in _OTHER_ROLES or not index.isValid() or index.row() >= len(self.rows):
            return None  # decoration, font, check state …: asked for every cell, never set here
        record = self.rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(record, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(record, column)
        return None

    def multiData(self, index, roles) -> None:  # noqa: N802
        """Every role a delegate asks of a cell (~8 per painted cell) answered in one call from Qt
        rather than one call each: the crossing into Python costs more than most answers. The
        painted roles come from the row's kept texts and colours."""
        row, col = index.row(), index.column()
        if not index.isValid() or row >= len(self.rows):
            return
        painted = None
        for role_data in roles:
            role = role_data.role()
            slot = _PAINT_SLOTS.get(role)
            if slot is None:
                if role in _OTHER_ROLES:
                    role_data.setData(self.data(index, role))
            elif slot == 3:
                role_data.setData(_RIGHT if self.columns[col].number else _LEFT)
            else:
                painted = painted or self._painted(row)
                role_data.setData(painted[slot][col])

    def foreground(self, record, column: Column):
        return None

    def edit_text(self, record, column: Column) -> str:
        value = getattr(record, column.field or column.key, None)
        if isinstance(value, Decimal):
            return format(value.normalize(), "f") if value == value.to_integral_value() else format(value, "f")
        return "" if value is None else str(value)

    def tooltip(self, record, column: Column) -> str | None:
        found = self.problems(record, column)
        text = show_in(self.display(record, column), column)
        lines = [p.message for p in found]
        if len(text) > 20 or "\n" in text:
            lines.append(text)
        return "\n".join(lines) or None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        edit = self.cell_edit(index.row(), index.column(), value)
        if edit is None:
            return False
        title = self.columns[index.column()].title.replace("\n", " ")
        return self.editor.edit([edit], self.tr("Edit %1").replace("%1", title))

    # -- editing helpers used by the view (paste, delete, history) -------------------------------
    def cell_label(self, row: int, col: int) -> str:
        return f"{self.row_label(row)}「{self.columns[col].title.replace(chr(10), ' ')}」"

    def cell_edit(self, row: int, col: int, value) -> CellEdit | None:
        column = self.columns[col]
        if column.field is None or not self.is_editable(row, col):
            return None
        record = self.rows[row]
        # what the officer sees in the cell: saving over anything else is a conflict (issue 15)
        seen = getattr(record, column.field, NOT_SEEN)
        return CellEdit(column.entity or self.entity, self.entity_id(record, column), column.field, value,
                        self.cell_label(row, col), expected=seen)

    def cell_key(self, row: int, col: int) -> tuple[str, int, str] | None:
        """(entity, id, field) of a stored cell, for its history."""
        column = self.columns[col]
        if column.field is None:
            return None
        record = self.rows[row]
        return column.entity or self.entity, self.entity_id(record, column), column.field

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key or c.field == key)

    def row_of(self, record_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)

    # -- sorting in Python ----------------------------------------------------------------------
    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        ids = [self.rows[i.row()].id if i.row() < len(self.rows) else None for i in persistent]
        self.rows = self.sorted_rows(self.rows)
        where = {r.id: i for i, r in enumerate(self.rows)}
        self.changePersistentIndexList(
            persistent,
            [self.index(where.get(ident, -1), p.column()) if ident in where else QModelIndex()
             for ident, p in zip(ids, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    def sorted_rows(self, rows: list) -> list:
        if self._sort is None:
            return rows
        col, order = self._sort
        column = self.columns[col]
        key = self.sort_key(column)
        ordered = sorted(rows, key=key)
        return ordered[::-1] if order == Qt.SortOrder.DescendingOrder else ordered

    def sort_value(self, record, column: Column):
        return self.display(record, column)

    def sort_key(self, column: Column) -> Callable:
        def key(record):
            value = self.sort_value(record, column)
            if value is None or value == "":
                return (1, 0, "")
            if isinstance(value, (int, Decimal)):
                return (0, value, "")
            return (0, 0, str(value))

        return key

    def set_rows(self, rows: list) -> None:
        self.beginResetModel()
        self.forget()
        self.rows = self.sorted_rows(rows)
        self.endResetModel()

    def replace_records(self, fresh: dict[int, object]) -> None:
        """Swap in re-read records (same ids) and repaint their rows."""
        for i, record in enumerate(self.rows):
            if record.id in fresh:
                self.rows[i] = fresh[record.id]
        self.repaint_all()

    def repaint_all(self) -> None:
        self.forget()
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1))


class DepartmentYearModel(RowTableModel):
    """The rows of one department's year (表1, 表2, 表4); `load` sets both, a store change refreshes."""

    def __init__(self, editor: Editor, parent=None):
        super().__init__(editor, parent)
        self.department_id: int | None = None
        self.year: int | None = None
        editor.changed.connect(self.on_changed)  # each grid says what of a change concerns it
