"""Write imported tables into the store, all files in one transaction, and read them back out.

Projects already in the store with the same year, unit and name are either kept (the imported
copy is skipped, nothing changes) or replaced: the new targets are merged in and everything the
officer recorded on the indicators that still exist is kept (`_merge_projects`).

What a source table says about itself — title, 部门名称 as printed, the stated 合计 and unit
subtotals, the repairs — goes to `import_source` (models.ImportSource), for the export.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from desktop.domain.matching import IndicatorKey, match_indicators, normal_name
from desktop.importers.errors import ImportCancelled, Place, SourceError
from desktop.importers.model import (
    AMOUNT_KEYS,
    Amounts,
    ImportedBudgetExecution,
    ImportedIndicator,
    ImportedProject,
    ImportedTable,
    Repair,
    UnitTotals,
    default_year,
)
from desktop.messages import Message, message
from desktop.models import StoreError
from desktop.models import entities as db
from desktop.models.db_errors import describe_database_error
from desktop.models.limits import check_imported, imported_check
from desktop.models.store import sqlite_file
from desktop.operations import bulk_insert
from desktop.operations.bulk_insert import BulkInserts

log = logging.getLogger(__name__)

import_source = db.ImportSource.__table__
# New projects gathered before their rows go to the store: small enough that one batch is written
# while the next is prepared, large enough that each indicator statement is a full one.
PROJECTS_PER_BATCH = 250

_TITLE_TAIL = re.compile(r"(?:\d{4}年度?)?(?:项目支出)?$")


def department_name(table: ImportedTable) -> str:
    """The department a table belongs to: 部门名称, else 主管部门, else the title's prefix, else the file."""
    if table.department:
        return table.department
    supervisors = [p.supervisor for p in table.projects if p.supervisor]
    if supervisors:
        return supervisors[0]
    if table.title and "绩效目标表" in table.title:
        prefix = _TITLE_TAIL.sub("", table.title.split("绩效目标表")[0])
        if prefix:
            return prefix
    return Path(table.source.split("#")[0]).stem


# What the officer adds to an indicator over the year: kept through a replace-import (issue 10).
YEAR_END_FIELDS = {
    "actual": "importing.field.actual",
    "weight": "importing.field.weight",
    "sign_override": "importing.field.sign_override",
    "value_override": "importing.field.value_override",
    "unit_override": "importing.field.unit_override",
    "qualitative_override": "importing.field.qualitative_override",
    "qualitative_tier": "importing.field.qualitative_tier",
    "score_override": "importing.field.score_override",
    "score_override_reason": "importing.field.score_override_reason",
    "deviation_reason": "importing.field.deviation_reason",
}
# Corrections of the parse of a target text: they mean nothing once the text itself changes.
TARGET_CORRECTIONS = ("sign_override", "value_override", "unit_override", "qualitative_override")
# What a table says about an indicator; a value it leaves empty keeps what is stored.
_FROM_TABLE_IF_GIVEN = ("weight", "actual", "deviation_reason")


@dataclass(frozen=True)
class LostIndicator:
    """An indicator a replace-import removes although it carries the officer's year-end data."""

    unit: str
    project: str
    name: str
    fields: tuple[str, ...]  # YEAR_END_FIELDS codes that hold data

    @property
    def data_text(self) -> str:
        return "、".join(str(Message(YEAR_END_FIELDS[f])) for f in self.fields)

    def __str__(self) -> str:
        return str(message("importing.lost_indicator", unit=self.unit, project=self.project, name=self.name,
                           data=self.data_text))


class ImportConflict(StoreError):
    """A replace-import refused: rows it would change were changed by someone after the preview."""

    def __init__(self, projects: list[str], who: str | None):
        self.projects = projects
        names = "、".join(str(message("importing.quoted", name=p)) for p in projects[:3])
        if len(projects) > 3:
            names = str(message("importing.conflict.more", names=names, count=len(projects)))
        by = message("importing.conflict.by", who=who) if who else ""
        super().__init__(str(message("importing.conflict", names=names, by=by)))


class Repeated(NamedTuple):
    """A project in two files of one import: its unit and name, the file that wrote it, the later
    one, and where it is in that one."""

    unit: str
    name: str
    first: str
    second: str
    place: str | None


def repeated_projects(tables: list[ImportedTable]) -> list[Repeated]:
    """The projects that more than one of `tables` brings (the same department, unit and name, as
    the write finds them): the write refuses such an import (WriteResult.refuse_repeated), the
    window's preview names them first. A name repeated inside one table is not among them: the
    write keeps both, the second renamed （2）."""
    first: dict[tuple[str, str, str], ImportedTable] = {}
    out: list[Repeated] = []
    for table in tables:
        department = department_name(table)
        own: set[tuple[str, str, str]] = set()
        for project in table.projects:
            key = (department, project.unit or department, project.name)
            if key in own:
                continue
            own.add(key)
            earlier = first.setdefault(key, table)
            if earlier is not table:  # (the same file chosen twice is two tables, as the write sees it)
                out.append(Repeated(key[1], project.name, earlier.source, table.source, project.place))
    return out


@dataclass
class WriteResult:
    added: int = 0
    replaced: int = 0
    kept: int = 0
    indicators: int = 0
    renamed: list[str] = field(default_factory=list)
    lost: list[LostIndicator] = field(default_factory=list)
    retargeted: int = 0  # matched indicators whose 年度指标值 changed (re-scored)
    corrections_cleared: int = 0  # of those, how many lost a correction of the old text's parse
    backup: Path | None = None
    # (table, id) → version of every stored row a replace reads: what the preview showed, so the
    # write can refuse if someone changed those rows in between (a shared database, issue 15)
    seen: dict[tuple[str, int], int] = field(default_factory=dict)
    # (unit id, name) → the file that wrote the project in this import; a later file holding it
    # too is a conflict (which version is right?): the import is refused, naming them
    written_by: dict[tuple[int, str], str] = field(default_factory=dict)
    repeated: list[Repeated] = field(default_factory=list)

    def refuse_repeated(self) -> None:
        """SourceError when a project came in more than one file of this import."""
        if self.repeated:
            r = self.repeated[0]
            raise SourceError(r.second, message("importing.repeated_across_files", count=len(self.repeated),
                                                unit=r.unit, name=r.name, first=r.first, second=r.second), r.place)

    def __str__(self) -> str:
        parts = [message("importing.result", added=self.added, replaced=self.replaced, kept=self.kept,
                         indicators=self.indicators)]
        if self.retargeted:
            parts.append(message("importing.result.retargeted", count=self.retargeted))
        if self.corrections_cleared:
            parts.append(message("importing.result.corrections_cleared", count=self.corrections_cleared))
        if self.lost:
            parts.append(message("importing.result.lost", count=len(self.lost)))
        if self.renamed:
            parts.append(message("importing.result.renamed", count=len(self.renamed)))
        if self.backup is not None:
            parts.append(message("importing.result.backup", path=str(self.backup)))
        return "".join(map(str, parts))


def _database_errors_as_sentences(write):
    """A database that cannot be written (disk full, read-only, locked) raises StoreError with the
    sentence for the officer; the session's rollback has left it as it was."""

    @functools.wraps(write)
    def wrapper(store, *args, **kwargs):
        with _as_sentences(store):
            return write(store, *args, **kwargs)

    return wrapper


@_database_errors_as_sentences
def write_tables(
    store,
    tables: list[ImportedTable],
    *,
    year: int,
    replace: bool = False,
    progress: Callable[[float, str], None] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    dry_run: bool = False,
    expected: dict[tuple[str, int], int] | None = None,
) -> WriteResult:
    """All tables or nothing: one session, committed at the end, rolled back on any error.

    `replace` merges a project already stored with the imported one (see `_merge_projects`);
    before it writes, a SQLite store is backed up to the 备份 folder. `dry_run` does the whole
    write and rolls it back: the preview of a replace lists exactly what the write would remove.
    `expected` (the preview's `seen`) makes the write refuse, with ImportConflict, when a row it
    would change has another version now than when the officer looked.
    """
    check_imported(tables)  # lengths and amounts the store holds, named in Chinese (issue 15)
    result = WriteResult()
    path = sqlite_file(store.url)
    if replace and not dry_run and path is not None and _has_year(store, year):
        from desktop.models.backup import auto_backup

        result.backup = auto_backup(path, "import")
    with (
        store.write_session(exclusive=True) as session,  # one import at a time on a shared database
        BulkInserts(session) as bulk,
    ):
        for i, table in enumerate(tables):
            if cancelled():
                raise ImportCancelled()
            if progress:
                progress(i / max(len(tables), 1), str(message("importing.progress.writing", source=table.source)))
            writer = _TableWriter(session, bulk, table, year, replace, result)
            for project in table.projects:
                writer.add(project)
            writer.finish()
        result.refuse_repeated()
        bulk.drain()
        if expected is not None:
            _check_versions(session, result.seen, expected)
        if dry_run:
            session.rollback()
    if progress:
        progress(1.0, str(result))
    return result


def import_files(
    paths: list,
    open_store: Callable[[], AbstractContextManager],
    *,
    year: int | None = None,
) -> FilesImported:
    """Read files and write them in one transaction, as `perfdesk import` does (no preview, no
    replace): each project is written as soon as it is read, so that on SQLite one batch is
    inserted while the next project's indicators are split.

    `open_store()` is entered at the first project: a file that cannot be read leaves no new
    database behind. The year is the given one, else the one the first table's title names;
    when that title names none, the projects wait for the end of the read and the year is
    chosen from all the tables (`default_year`). Anything refused, in the read or the write,
    leaves the store as it was: the transaction is rolled back whole.
    """
    from desktop.importers import read_files

    result = WriteResult()
    writers: dict[int, _TableWriter] = {}
    held: list[tuple[ImportedTable, ImportedProject, list]] = []
    chosen = year
    check = imported_check()  # lengths and amounts the store holds (issue 15), before each write
    with contextlib.ExitStack() as stack:
        opened: list = []  # [store, session, bulk] once the first project arrives

        def write(table: ImportedTable, project: ImportedProject, indicators: list) -> None:
            _store, session, bulk = opened
            writer = writers.get(id(table))
            if writer is None:
                for earlier in writers.values():  # its projects first, as write_tables has them
                    earlier.flush()
                writer = writers[id(table)] = _TableWriter(session, bulk, table, chosen, False, result)
            writer.add(project, indicators)

        def on_project(table: ImportedTable, project: ImportedProject) -> None:
            nonlocal chosen
            check(table, project)
            if not opened:
                store = stack.enter_context(open_store())
                stack.enter_context(_as_sentences(store))
                session = stack.enter_context(store.write_session(exclusive=True))
                opened.extend((store, session, stack.enter_context(BulkInserts(session))))
                if chosen is None:
                    chosen = table.title_year  # the first table's: as default_year would choose
            if chosen is None:
                held.append((table, project, project.indicators))  # the read keeps no copy
            else:
                write(table, project, project.indicators)

        tables = read_files(paths, on_project=on_project)
        if chosen is None:
            chosen = default_year(tables)
            for table, project, indicators in held:
                write(table, project, indicators)
        store, session, bulk = opened
        for table in tables:
            writer = writers.get(id(table)) or _TableWriter(session, bulk, table, chosen, False, result)
            writer.finish()
        result.refuse_repeated()
        bulk.drain()
    return FilesImported(tables, chosen, result, store.display_name)


@dataclass
class FilesImported:
    tables: list[ImportedTable]
    year: int
    result: WriteResult
    where: str  # the store, as the officer knows it (its file, or the server)


@contextlib.contextmanager
def _as_sentences(store):
    """A database error inside it (disk full, read-only, locked) becomes StoreError with the
    officer's sentence; the session's rollback has left the store as it was."""
    try:
        yield
    except (SQLAlchemyError, OSError) as exc:
        log.error("writing into %s failed: %r", store.display_name, exc)
        raise StoreError(describe_database_error(exc, store.display_name)) from exc


def replace_preview(store, tables: list[ImportedTable], *, year: int) -> WriteResult:
    """What a replace-import would do, without writing: the same code path, rolled back."""
    return write_tables(store, tables, year=year, replace=True, dry_run=True)


def _has_year(store, year: int) -> bool:
    with store.session() as session:
        return session.scalar(select(db.Project.id).where(db.Project.year == year).limit(1)) is not None


def _department(session: Session, name: str) -> db.Department:
    department = session.scalar(select(db.Department).where(db.Department.name == name))
    if department is None:
        department = db.Department(name=name)
        session.add(department)
        session.flush()
    return department


class _TableWriter:
    """One table's projects into the store, project by project as they come.

    New projects gather into batches; each batch's project, indicator and budget rows are handed
    to `BulkInserts` (plain executemany-style INSERTs, not ORM objects: the ORM's bookkeeping for
    45,000 objects would cost more than reading the workbook), which on SQLite writes one batch
    while the next is prepared. A project the store already holds is kept, or merged at the end.
    """

    def __init__(self, session: Session, bulk: BulkInserts, table: ImportedTable, year: int, replace: bool,
                 result: WriteResult):
        self.session, self.bulk, self.table, self.year, self.replace, self.result = (
            session, bulk, table, year, replace, result)
        department = self.department = _department(session, department_name(table))
        self.units: dict[str, int] = {}
        self.coded: set[int] = set()  # units whose code the store holds
        for unit_id, name, code in session.execute(
            select(db.Unit.id, db.Unit.name, db.Unit.code).where(db.Unit.department_id == department.id)
        ):
            self.units[name] = unit_id
            if code is not None:
                self.coded.add(unit_id)
        self.existing = {
            (unit_id, name): pid
            for pid, unit_id, name in session.execute(
                select(db.Project.id, db.Project.unit_id, db.Project.name)
                .join(db.Unit)
                .where(db.Unit.department_id == department.id, db.Project.year == year)
            )
        }
        self.by_name: dict[str, list[int]] = {}
        for (_unit_id, project_name), pid in self.existing.items():
            self.by_name.setdefault(project_name, []).append(pid)
        self.order = (
            session.scalar(
                select(func.max(db.Project.sort_order))
                .join(db.Unit)
                .where(db.Unit.department_id == department.id, db.Project.year == year)
            )
            or 0
        )
        self.next_id = None  # SQLite: the ids of new projects, given up front (see flush)
        if session.connection().dialect.name == "sqlite":
            table_ = db.Project.__table__
            self.next_id = (session.scalar(select(func.max(table_.c.id))) or 0) + 1
            bulk.defer_foreign_keys()  # an indicator's row may go before its project's (held_rows)
        self.merges: list[tuple[int, str, ImportedProject, list[ImportedIndicator]]] = []
        self.created_units: set[int] = set()
        self.used_units: set[int] = set()
        # The batch: project rows (PROJECT_KEYS, on SQLite led by the id) and the rows of their
        # indicators and budget lines. On PostgreSQL, which gives the ids, the projects and their
        # indicator lists wait beside their rows until it has (side by side: a pair per project
        # would be 5,000 more objects for the collector to walk).
        self.new_rows: list[tuple] = []
        self.new_projects: list[ImportedProject] = []
        self.new_indicators: list[list[ImportedIndicator]] = []
        self.indicator_values: list = []  # INDICATOR_KEYS' values, row after row (no tuple per row)
        # On SQLite the projects' own rows wait for a full statement: one statement of a batch's
        # 250 is under a millisecond of SQLite's work, and costs the second thread a wait of up to
        # 5 ms for the interpreter lock (the import's foreign keys are checked at its commit).
        self.held_rows: list[tuple] = []
        self.budget_rows: list[tuple] = []
        self.seen: set[tuple[int, str]] = set()
        self.next_suffix: dict[tuple[int, str], int] = {}  # the next （k） to try per name: linear, not n²

    def add(self, project: ImportedProject, indicators: list[ImportedIndicator] | None = None) -> None:
        """`indicators`: the project's, when a streamed read has taken them from it."""
        session, result = self.session, self.result
        unit_name = project.unit or self.department.name
        if unit_name not in self.units:
            unit = db.Unit(department_id=self.department.id, name=unit_name, code=project.unit_code)
            session.add(unit)
            session.flush()
            self.units[unit_name] = unit.id
            self.created_units.add(unit.id)
            if project.unit_code:
                self.coded.add(unit.id)
        elif project.unit_code and self.units[unit_name] not in self.coded:  # a code the store did not have yet
            session.execute(
                db.Unit.__table__.update()
                .where(db.Unit.id == self.units[unit_name], db.Unit.code.is_(None))
                .values(code=project.unit_code)
            )
            self.coded.add(self.units[unit_name])
        unit_id = self.units[unit_name]
        name = project.name
        if (unit_id, name) in self.seen:  # the same name twice in one unit of one file
            k = self.next_suffix.get((unit_id, name), 2)  # where the last search stopped: linear, not n²
            while (unit_id, f"{name}（{k}）") in self.seen:
                k += 1
            self.next_suffix[(unit_id, name)] = k + 1
            name = f"{name}（{k}）"
            result.renamed.append(name)
        self.seen.add((unit_id, name))
        first = result.written_by.get((unit_id, name))
        if first is not None:  # an earlier file of this import wrote it: said at the end, nothing kept
            result.repeated.append(Repeated(unit_name, name, first, self.table.source, project.place))
            return
        old = self.existing.get((unit_id, name))
        if old is None and self.replace and not project.unit:
            # A table that names no unit (only the department) still corrects the project of
            # that name, when the department has exactly one such project this year.
            same_name = self.by_name.get(name, [])
            old = same_name[0] if len(same_name) == 1 else None
        if old is not None:
            if not self.replace:
                result.kept += 1
                return
            self.merges.append((old, unit_name, project, project.indicators if indicators is None else indicators))
            result.replaced += 1
            result.written_by[(unit_id, name)] = self.table.source
            return
        result.added += 1
        result.written_by[(unit_id, name)] = self.table.source
        self.order += 1
        a = project.amounts
        self.used_units.add(unit_id)
        row = (unit_id, self.year, name, project.supervisor, self.order, a.total, a.fiscal, a.special, a.other,
               project.goal, project.goal_actual or None, self.table.source)
        indicators = project.indicators if indicators is None else indicators
        if self.next_id is None:
            self.new_rows.append(row)
            self.new_projects.append(project)
            self.new_indicators.append(indicators)
        else:
            # The id SQLite itself would give an INTEGER PRIMARY KEY without AUTOINCREMENT (the
            # largest plus one, in turn), given up front: the write session holds the lock from its
            # BEGIN IMMEDIATE, so no one else can take it. The indicator records become rows now
            # and die young: kept to the end of the batch, the collector would move them into its
            # oldest generation and walk the whole heap for them.
            pid = self.next_id
            self.next_id += 1
            self.new_rows.append((pid, *row))
            self._gather(pid, project, indicators)
        if len(self.new_rows) >= PROJECTS_PER_BATCH:
            self._write_batch()

    def _gather(self, pid: int, project: ImportedProject, indicators: list[ImportedIndicator]) -> None:
        """A new project's indicator and budget rows, into the batch."""
        extend = self.indicator_values.extend
        for k, ind in enumerate(indicators):
            extend(_indicator_values(pid, k, ind))
        budget_rows = self.budget_rows
        if project.budget is not None and not project.budget.is_empty():
            budget_rows.append((pid, "total", *_budget_tuple(project.budget)))
        for source, b in project.funds.items():  # the 自评表's 其中 rows
            budget_rows.append((pid, source, *_budget_tuple(b)))

    def flush(self) -> None:
        """Everything gathered into the store: at the table's end, or before another table's
        writer asks the store for the next project id."""
        self._write_batch()
        if self.held_rows:
            rows, self.held_rows = self.held_rows, []
            self.bulk.insert(db.Project.__table__, ("id", *PROJECT_KEYS), rows)

    def _write_batch(self) -> None:
        """The batch into the store: its projects (on SQLite, held for a full statement), then
        their indicators and budget lines."""
        rows = self.new_rows
        if not rows:
            return
        self.new_rows = []
        table = db.Project.__table__
        if self.next_id is None:
            ids = self.session.scalars(
                insert(table).returning(table.c.id, sort_by_parameter_order=True),
                [dict(zip(PROJECT_KEYS, r, strict=True)) for r in rows],
            ).all()
            projects, lists = self.new_projects, self.new_indicators
            self.new_projects, self.new_indicators = [], []
            for pid, project, indicators in zip(ids, projects, lists, strict=True):
                self._gather(pid, project, indicators)
        else:
            self.held_rows.extend(rows)
            if len(self.held_rows) >= bulk_insert.ROWS_PER_STATEMENT:
                rows, self.held_rows = self.held_rows, []
                self.bulk.insert(table, ("id", *PROJECT_KEYS), rows)
        indicator_values, budget_rows = self.indicator_values, self.budget_rows
        self.indicator_values, self.budget_rows = [], []
        self.bulk.insert_values(db.Indicator.__table__, INDICATOR_KEYS, indicator_values)
        self.bulk.insert(db.BudgetExecution.__table__, BUDGET_KEYS, budget_rows)
        self.result.indicators += len(indicator_values) // len(INDICATOR_KEYS)

    def finish(self) -> None:
        self.flush()
        session = self.session
        if self.merges:
            _merge_projects(session, self.merges, self.table.source, self.result)
        for unit_id in self.created_units - self.used_units:  # made for a project merged into another unit's
            session.execute(delete(db.Unit.__table__).where(db.Unit.id == unit_id))
        _write_source(session, self.table, self.year, self.department.id, self.replace)


def _budget_values(b: ImportedBudgetExecution) -> dict:
    return {"budget_initial": b.budget_initial, "budget_adjusted": b.budget_adjusted, "spent": b.spent}


BUDGET_KEYS = ("project_id", "fund_source", "budget_initial", "budget_adjusted", "spent")
PROJECT_KEYS = ("unit_id", "year", "name", "supervisor", "sort_order", "total", "fiscal", "special", "other", "goal",
                "goal_actual", "source")


def _budget_tuple(b: ImportedBudgetExecution) -> tuple:
    return b.budget_initial, b.budget_adjusted, b.spent


def _given(value) -> bool:
    return value is not None and value != ""


def _merge_projects(
    session: Session, merges: list[tuple[int, str, ImportedProject, list[ImportedIndicator]]], source: str,
    result: WriteResult,
) -> None:
    """Replace the targets of stored projects and keep the officer's work on them.

    What the new table says (amounts, goal, indicator texts, classes and order) is taken; what it
    leaves empty keeps the stored value; budget execution, monthly spending and 实际完成情况 are
    not in a target table and stay. Indicators are matched by `match_indicators`; a stored one
    that has no counterpart any more is removed (the caller listed it and backed up first).
    """
    ids = [pid for pid, _, _, _ in merges]
    stored: dict[int, list[db.Indicator]] = {pid: [] for pid in ids}
    budgets: dict[tuple[int, str], db.BudgetExecution] = {}
    projects: dict[int, db.Project] = {}
    for chunk in _chunks(ids, 500):
        for p in session.scalars(select(db.Project).where(db.Project.id.in_(chunk))):
            projects[p.id] = p
        for ind in session.scalars(
            select(db.Indicator)
            .where(db.Indicator.project_id.in_(chunk))
            .order_by(db.Indicator.project_id, db.Indicator.sort_order, db.Indicator.id)
        ):
            stored[ind.project_id].append(ind)
        for b in session.scalars(select(db.BudgetExecution).where(db.BudgetExecution.project_id.in_(chunk))):
            budgets[(b.project_id, b.fund_source)] = b
    for row in (*projects.values(), *(i for rows in stored.values() for i in rows), *budgets.values()):
        result.seen[(row.__tablename__, row.id)] = row.version
    log_rows: list[dict] = []
    new_rows: list[dict] = []
    for pid, unit_name, project, indicators in merges:
        p = projects[pid]
        _assign(p, "source", source)
        if _given(project.supervisor):
            _assign(p, "supervisor", project.supervisor)
        if _given(project.goal):
            _assign(p, "goal", project.goal)
        for key, value in zip(AMOUNT_KEYS, project.amounts.as_tuple(), strict=True):
            if value is not None:
                _assign(p, key, value)
        if _given(project.goal_actual):
            _assign(p, "goal_actual", project.goal_actual)
        stated_funds = dict(project.funds)
        if project.budget is not None and not project.budget.is_empty():
            stated_funds["total"] = project.budget
        for source, stated in stated_funds.items():  # what the table says; the rest stays as entered
            budget = budgets.get((pid, source))
            if budget is None:
                session.add(db.BudgetExecution(project_id=pid, fund_source=source, **_budget_values(stated)))
                continue
            for key, value in _budget_values(stated).items():
                if value is not None:
                    _assign(budget, key, value)
        old = stored[pid]
        pairs = match_indicators(
            [IndicatorKey(i.name, i.level1, i.level2) for i in old],
            [IndicatorKey(i.name, i.level1, i.level2) for i in indicators],
        )
        for k, ind in enumerate(indicators):
            if k not in pairs:
                new_rows.append(_indicator_row(pid, k, ind))
                continue
            row = old[pairs[k]]
            if normal_name(row.annual_target) != normal_name(ind.annual_target):
                result.retargeted += 1
                cleared = [f for f in TARGET_CORRECTIONS if getattr(row, f) is not None]
                if cleared:
                    result.corrections_cleared += 1
                for f in cleared:  # kept in the cell history, so the officer can see what it was
                    log_rows.append(_log(row.id, f, getattr(row, f), None))
                    setattr(row, f, None)
            for key, value in (
                ("sort_order", k),
                ("seq", ind.seq),
                ("level1", ind.level1),
                ("level1_code", ind.level1_code),
                ("level2", ind.level2),
                ("level2_code", ind.level2_code),
                ("name", ind.name),
                ("period_target", ind.period_target),
                ("annual_target", ind.annual_target),
            ):
                _assign(row, key, value)
            for f in _FROM_TABLE_IF_GIVEN:
                value = getattr(ind, f)
                if _given(value) and value != getattr(row, f):
                    log_rows.append(_log(row.id, f, getattr(row, f), value))
                    setattr(row, f, value)
            # a table with 指标性质 / 指标值 / 度量单位 columns states the parse itself
            stated = _indicator_row(pid, k, ind)
            for f in (*TARGET_CORRECTIONS, "direction"):
                if stated[f] is not None and stated[f] != getattr(row, f):
                    setattr(row, f, stated[f])
        kept = set(pairs.values())
        for i, row in enumerate(old):
            if i in kept:
                continue
            carried = tuple(f for f in YEAR_END_FIELDS if _given(getattr(row, f)))
            if carried:
                result.lost.append(LostIndicator(unit_name, p.name, row.name, carried))
            session.delete(row)
        result.indicators += len(indicators)
    session.flush()
    if new_rows:
        session.execute(insert(db.Indicator.__table__), new_rows)
    if log_rows:  # Core skips the store's hook that signs ORM entries: sign them here (issue 15)
        signed = {"user_name": session.info.get("user"), "machine": session.info.get("machine")}
        session.execute(insert(db.EditLog.__table__), [{**row, **signed} for row in log_rows])


def _assign(row, key: str, value) -> None:
    """Set a value that differs, only: a row left as it was stays clean, so the flush and the
    limits check before it pass over the thousands of rows a re-import leaves unchanged (an equal
    value would not have been written either)."""
    if getattr(row, key) != value:
        setattr(row, key, value)


def _check_versions(session: Session, seen: dict, expected: dict) -> None:
    """Refuse the write when the rows it read are not the ones the preview read, version for version."""
    changed = {key for key in seen.keys() | expected.keys() if seen.get(key) != expected.get(key)}
    if not changed:
        return
    project_ids = set()
    for table, ident in changed:
        if table == "project":
            project_ids.add(ident)
        elif table == "indicator":
            project_ids.add(session.scalar(select(db.Indicator.project_id).where(db.Indicator.id == ident)))
        elif table == "budget_execution":
            project_ids.add(session.scalar(select(db.BudgetExecution.project_id).where(db.BudgetExecution.id == ident)))
    names = sorted(n for n in session.scalars(select(db.Project.name).where(db.Project.id.in_(project_ids - {None}))))
    who = session.execute(
        select(db.EditLog.user_name, db.EditLog.machine).order_by(db.EditLog.id.desc()).limit(1)
    ).first()
    raise ImportConflict(names or [str(message("importing.conflict.deleted"))], "@".join(x for x in who if x) if who else None)


def _log(indicator_id: int, field_name: str, old, new) -> dict:
    text = lambda v: None if v is None else format(v, "f") if isinstance(v, Decimal) else str(v)  # noqa: E731
    return {"entity": "indicator", "entity_id": indicator_id, "field": field_name, "old": text(old), "new": text(new)}


def _chunks(items: list, size: int):
    for i in range(0, len(items), size):
        yield items[i : i + size]


INDICATOR_KEYS = (
    "project_id", "sort_order", "seq", "level1", "level1_code", "level2", "level2_code", "name",
    "period_target", "annual_target", "weight", "actual", "deviation_reason", "sign_override",
    "value_override", "unit_override", "qualitative_override", "direction",
)  # fmt: skip


def _indicator_values(project_id: int, k: int, ind: ImportedIndicator) -> tuple:
    """An indicator's row, in INDICATOR_KEYS order."""
    return (
        project_id,
        k,
        ind.seq,
        ind.level1,
        ind.level1_code,
        ind.level2,
        ind.level2_code,
        ind.name,
        ind.period_target,
        ind.annual_target,
        ind.weight,
        ind.actual,
        ind.deviation_reason,
        # separate 指标性质 / 指标值 / 度量单位 columns: the parse comes from them, as an officer's would
        ind.sign,
        ind.value,
        ind.unit if ind.value is not None and len(ind.unit or "") <= 20 else None,
        True if ind.qualitative else None,
        ind.direction,
    )


def _indicator_row(project_id: int, k: int, ind: ImportedIndicator) -> dict:
    return dict(zip(INDICATOR_KEYS, _indicator_values(project_id, k, ind), strict=True))


def _amount_text(v: Decimal | None) -> str | None:
    return None if v is None else format(v, "f")


def _write_source(
    session: Session, table: ImportedTable, year: int, department_id: int, replace: bool
) -> None:
    key = (
        (import_source.c.year == year)
        & (import_source.c.department_id == department_id)
        & (import_source.c.source == table.source)
    )
    present = session.execute(select(import_source.c.id).where(key)).first()
    if present is not None and not replace:
        return  # keep: what is there stays exactly as it was
    values = {
        "year": year,
        "department_id": department_id,
        "source": table.source,
        "title": table.title,
        "department": table.department,
        "amount_unit": table.amount_unit,
        "layout": table.layout,
        **{f"stated_{k}": v for k, v in zip(AMOUNT_KEYS, table.stated_totals.as_tuple(), strict=True)},
        "units_stated": json.dumps(
            [
                {
                    "name": u.name,
                    "stated": dict(zip(AMOUNT_KEYS, map(_amount_text, u.stated.as_tuple()), strict=True)),
                }
                for u in table.units
            ],
            ensure_ascii=False,
        ),
        "repairs": json.dumps(
            [[r.place, r.what] for r in table.repairs]
            + [[r.place, str(message("importing.stored.flagged", what=r.what))] for r in table.flagged]
            + ([[Place(part="header"), str(message("importing.stored.unused", columns="、".join(table.unused_columns)))]]
               if table.unused_columns else []),
            ensure_ascii=False,
        ),
    }
    if present is None:
        session.execute(insert(import_source).values(**values))
    else:
        session.execute(import_source.update().where(import_source.c.id == present.id).values(**values))


# -- reading back ---------------------------------------------------------------------------------


def _dec(v) -> Decimal | None:
    return None if v is None else Decimal(v)


def read_tables(store, year: int | None = None) -> list[tuple[int, ImportedTable]]:
    """(year, table) per imported source (and per department for projects made by hand)."""
    with store.session() as session:
        return _read_tables(session, year)


def _read_tables(session: Session, year: int | None) -> list[tuple[int, ImportedTable]]:
    query = (
        select(db.Project, db.Unit.name, db.Department.id, db.Department.name, db.Unit.code)
        .join(db.Unit, db.Project.unit_id == db.Unit.id)
        .join(db.Department, db.Unit.department_id == db.Department.id)
        .order_by(db.Project.year, db.Department.name, db.Project.sort_order, db.Project.id)
    )
    if year is not None:
        query = query.where(db.Project.year == year)
    rows = session.execute(query).all()
    projects_by_id = {p.id: p for p, *_ in rows}
    indicators: dict[int, list] = {}
    budgets: dict[int, object] = {}
    if projects_by_id:
        ind_query = select(db.Indicator).order_by(
            db.Indicator.project_id, db.Indicator.sort_order, db.Indicator.id
        )
        bud_query = select(db.BudgetExecution).where(db.BudgetExecution.fund_source == "total")
        if year is not None:
            ind_query = ind_query.join(db.Project).where(db.Project.year == year)
            bud_query = bud_query.join(db.Project).where(db.Project.year == year)
        for ind in session.scalars(ind_query):
            indicators.setdefault(ind.project_id, []).append(ind)
        for b in session.scalars(bud_query):
            budgets[b.project_id] = b
    sources = {}
    sources_query = select(import_source)
    if year is not None:
        sources_query = sources_query.where(import_source.c.year == year)
    sources = {(s.year, s.department_id, s.source): s for s in session.execute(sources_query)}

    tables: dict[tuple, ImportedTable] = {}
    for project, unit_name, department_id, department, unit_code in rows:
        key = (project.year, department_id, project.source)
        if key not in tables:
            tables[key] = _table_head(sources.get(key), department, project.source)
        read = _project(project, unit_name, indicators.get(project.id, []), budgets.get(project.id))
        read.unit_code = unit_code
        tables[key].projects.append(read)
    return [(key[0], table) for key, table in tables.items()]


def _table_head(source, department: str, file_name: str | None) -> ImportedTable:
    if source is None:
        return ImportedTable(source=file_name or "", department=department)
    units = [
        UnitTotals(u["name"], Amounts(*(_dec(u["stated"].get(k)) for k in AMOUNT_KEYS)))
        for u in json.loads(source.units_stated or "[]")
    ]
    return ImportedTable(
        source=source.source,
        title=source.title,
        department=source.department,
        amount_unit=source.amount_unit,
        stated_totals=Amounts(*(getattr(source, f"stated_{k}") for k in AMOUNT_KEYS)),
        units=units,
        repairs=[Repair(place, what) for place, what in json.loads(source.repairs or "[]")],
        layout=source.layout or "",
    )


def _project(p: db.Project, unit_name: str, indicators: list, budget) -> ImportedProject:
    return ImportedProject(
        unit=unit_name,
        supervisor=p.supervisor,
        name=p.name,
        amounts=Amounts(p.total, p.fiscal, p.special, p.other),
        goal=p.goal or "",
        indicators=[
            ImportedIndicator(
                seq=i.seq,
                level1=i.level1,
                level1_code=i.level1_code,
                level2=i.level2,
                level2_code=i.level2_code,
                name=i.name,
                period_target=i.period_target,
                annual_target=i.annual_target,
                weight=i.weight,
                actual=i.actual,
                deviation_reason=i.deviation_reason,
                sign=i.sign_override,
                value=i.value_override,
                unit=i.unit_override,
                qualitative=i.qualitative_override,
                direction=i.direction,
            )
            for i in indicators
        ],
        budget=None
        if budget is None
        else ImportedBudgetExecution(budget.budget_initial, budget.budget_adjusted, budget.spent),
    )
