"""What an operation was asked to do and what it changed (the one protocol of every grid).

Modelled on Anki's OpChanges: each operation returns a typed `Changes`, the Editor emits it, and
every grid reads from it what to re-read — cells, rows, or a whole list whose rows were added,
removed or moved. No Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

RowKey = tuple[str, int]  # (entity, id): ("indicator", 12)
ProjectId = int
DepartmentId = int


class _NotSeen:
    def __repr__(self) -> str:
        return "NOT_SEEN"


NOT_SEEN = _NotSeen()  # an edit that states no expectation of the stored value (scripts, imports)


@dataclass(frozen=True, slots=True)
class CellEdit:
    entity: str  # "indicator", "project", "monthly_spending", "department_eval_item"
    entity_id: int
    field: str
    value: object  # text as typed, or an already typed value (undo passes the old value back)
    label: str = ""  # how the view names the cell in an error ("第 3 行「分值」")
    # The stored value the officer was looking at when typing (as stored, typed). When the store
    # holds something else now, someone else changed it: the edit is refused as a conflict.
    expected: object = NOT_SEEN


@dataclass(frozen=True, slots=True)
class Change:
    entity: str
    entity_id: int
    field: str
    old: object
    new: object

    def reverted(self, label: str = "") -> CellEdit:
        """Undo: put the old value back, provided the cell still holds what we saved."""
        return CellEdit(self.entity, self.entity_id, self.field, self.old, label, expected=self.new)

    def reapplied(self, label: str = "") -> CellEdit:
        """Redo: save the new value again, provided the cell still holds the old one."""
        return CellEdit(self.entity, self.entity_id, self.field, self.new, label, expected=self.old)



@dataclass(frozen=True, slots=True)
class Changes:
    """What one operation (or one refresh) changed in the store."""

    cells: tuple[Change, ...] = ()  # values saved, old → new, in the order saved (undo reverses them)
    rows: frozenset[RowKey] = frozenset()  # rows whose values changed, fields not known (others' saves)
    added: frozenset[RowKey] = frozenset()  # rows added or put back
    removed: frozenset[RowKey] = frozenset()  # rows deleted
    structure: frozenset[ProjectId] = frozenset()  # projects whose indicator rows were added, removed or moved
    department_structure: frozenset[DepartmentId] = frozenset()  # departments whose 表4 rows were added or removed

    def __bool__(self) -> bool:
        return bool(self.cells or self.rows or self.added or self.removed or self.structure
                    or self.department_structure)

    def __or__(self, other: Changes) -> Changes:
        return Changes(self.cells + other.cells, self.rows | other.rows, self.added | other.added,
                       self.removed | other.removed, self.structure | other.structure,
                       self.department_structure | other.department_structure)

    @property
    def touched(self) -> frozenset[RowKey]:
        """Every row whose values, presence or place changed."""
        return frozenset((c.entity, c.entity_id) for c in self.cells) | self.rows | self.added | self.removed

    def ids(self, entity: str) -> set[int]:
        return {ident for kind, ident in self.touched if kind == entity}

    def kinds(self) -> set[str]:
        return {kind for kind, _ in self.touched}

    @classmethod
    def of_cells(cls, changes: Iterable[Change]) -> Changes:
        return cls(cells=tuple(changes))

    @classmethod
    def of_rows(cls, rows: Iterable[RowKey]) -> Changes:
        return cls(rows=frozenset(rows))


# Results of operations that make something the undo step needs (like Anki's OpChangesWithId).


@dataclass(frozen=True, slots=True)
class Added:
    id: int  # the new row
    changes: Changes


@dataclass(frozen=True, slots=True)
class Deleted:
    snapshots: tuple[dict, ...]  # the rows as they were: restoring them puts them back, same ids, same places
    changes: Changes


@dataclass(frozen=True, slots=True)
class Moved:
    order: tuple[int, ...]  # the project's rows after the move (what its undo expects); () when not moved
    changes: Changes
