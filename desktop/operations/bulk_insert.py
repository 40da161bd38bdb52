"""An import's bulk INSERTs: tens of thousands of rows, straight to the driver.

On a SQLite file they run on a second thread, a couple of thousand rows per statement, while the
importing thread prepares the next rows: SQLite does its share of the work (the larger one)
without the interpreter lock, so the two overlap. One statement per row would hand the lock
back and forth for every row, and the importing thread, busy in Python, would make the second
one wait up to the switch interval (5 ms) each time. Anything else the transaction does on the
connection first waits, by itself, for the inserts already handed over (`drain`), so statements
run in the order they were made. Elsewhere (PostgreSQL, an in-memory SQLite) the inserts run in the
calling thread, through Core.
"""

from __future__ import annotations

import itertools
import sqlite3
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from sqlalchemy import Integer, event, insert
from sqlalchemy.orm import Session

# Rows per statement at most: enough that the second thread's wait for the interpreter lock
# after each statement is small next to SQLite's own work on them.
ROWS_PER_STATEMENT = 2000
# Statements handed over and not yet done, at most: a writer further behind makes the importing
# thread wait for the oldest. While it waits the writer has the interpreter lock at once, where
# otherwise each statement waits for it up to the switch interval (5 ms), and a window's import,
# whose rows are ready before the first insert, left two thirds of its inserts for the end.
MAX_PENDING = 2


class BulkInserts:
    """Use as a context manager around the transaction's inserts: leaving it waits for every
    insert handed over (so a rollback never meets a statement still running), and an error in
    one of them is raised here, in the importing thread."""

    def __init__(self, session: Session):
        self.session = session
        self.connection = session.connection()
        self.dialect = self.connection.dialect
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future] = []
        self._failed = False
        self._sql: dict[tuple, str] = {}
        self._caller = threading.get_ident()
        if self.dialect.name == "sqlite":
            database = self.connection.engine.url.database
            raw = self.connection.connection.driver_connection
            self.max_variables = raw.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER)
            if database and database != ":memory:" and not database.startswith("file::memory:"):
                self._pool = ThreadPoolExecutor(1, thread_name_prefix="import-insert")
                # any other statement of this transaction, ORM flushes included, waits for them
                event.listen(self.connection, "before_execute", self._before_execute)

    def __enter__(self) -> BulkInserts:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.drain()
            else:
                self._failed = True  # statements not yet started are skipped
                for future in self._pending:
                    future.exception()  # wait; the error already on its way wins
        finally:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                event.remove(self.connection, "before_execute", self._before_execute)

    def _before_execute(self, *_args) -> None:
        if threading.get_ident() == self._caller:
            self.drain()

    def defer_foreign_keys(self) -> None:
        """On SQLite, check this transaction's foreign keys at its commit, not at each statement
        (the pragma ends with the transaction): a row may then be written before the row it
        points at. A row left pointing at nothing still fails the commit, and nothing is kept."""
        if self.dialect.name == "sqlite":
            self.connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")

    def drain(self) -> None:
        """Wait for every insert handed over; raise the first error among them."""
        pending, self._pending = self._pending, []
        for future in pending:
            future.result()

    def insert(self, table, keys: tuple[str, ...], rows: list[tuple]) -> None:
        """INSERT value tuples in `keys` order (see insert_values)."""
        width = len(keys)
        if any(len(row) != width for row in rows):
            raise ValueError(f"{table.name}: a row without exactly the {width} values of {keys}")
        self.insert_values(table, keys, list(itertools.chain.from_iterable(rows)))

    def insert_values(self, table, keys: tuple[str, ...], values: list) -> None:
        """INSERT rows given as one list of values, row after row, `len(keys)` values each (an
        import's 40,000 indicators never become 40,000 tuples), column defaults filled in as Core
        fills them.

        On SQLite each value is bound as SQLAlchemy binds it (Money as its canonical text), column
        by column: Core's per-row work cost more than SQLite's own for 40,000 indicators.
        """
        width = len(keys)
        count, rest = divmod(len(values), width)
        if rest:
            raise ValueError(f"{table.name}: {len(values)} values are no whole number of rows of {keys}")
        if not count:
            return
        columns = [values[i::width] for i in range(width)]  # column by column: sliced in C
        # A column NULL in every row, with no default to stand in for it, is left out: the same
        # rows, fewer values to bind (a targets-only table leaves 8 of an indicator's 18 empty).
        kept = [i for i, (k, column) in enumerate(zip(keys, columns, strict=True))
                if not _empty(column) or table.c[k].default is not None or table.c[k].server_default is not None]
        if 0 < len(kept) < len(keys):
            keys, columns = tuple(keys[i] for i in kept), [columns[i] for i in kept]
        unset = [c for c in table.columns if c.key not in keys and c.default is not None]
        if any(not c.default.is_scalar for c in unset):  # a callable default would be left NULL here
            raise TypeError(f"{table.name}: give {[c.key for c in unset if not c.default.is_scalar]} explicitly")
        defaults = [(c.key, c.default.arg) for c in unset]
        sqlite = self.dialect.name == "sqlite"
        # On SQLite a whole-number default (the row version) is written into the statement: the
        # same value a bound 1 stores, without a copy of each of 40,000 rows to append it.
        literal = {k: str(v) for k, v in defaults
                   if sqlite and type(v) is int and isinstance(table.c[k].type, Integer)}
        bound_defaults = [(k, v) for k, v in defaults if k not in literal]
        if bound_defaults:
            keys = (*keys, *(k for k, _ in bound_defaults))
            columns += [[v] * count for _, v in bound_defaults]
        if not sqlite:
            self.session.execute(insert(table), [dict(zip(keys, r, strict=True)) for r in zip(*columns, strict=True)])
            return
        self.session.flush()  # rows added through the ORM go first, as session.execute would
        # The values row after row again, as the statement takes them: each kept column laid into
        # its place by one slice assignment (in C), no tuple per row.
        width = len(keys)
        values = [None] * (width * count)
        for i, column in enumerate(self._bound(table, keys, columns)):
            values[i::width] = column
        per = max(1, min(ROWS_PER_STATEMENT, self.max_variables // width))
        for start in range(0, count, per):
            end = min(start + per, count)
            sql = self._statement(table, keys, literal, end - start)
            self._run(sql, tuple(values[start * width : end * width]))

    def _bound(self, table, keys: tuple[str, ...], columns: list[list]) -> list[list]:
        """The columns with each value as SQLAlchemy binds it."""
        dialect = self.dialect
        for i, k in enumerate(keys):
            process = table.c[k].type.dialect_impl(dialect).bind_processor(dialect)
            if process and not _empty(columns[i]):
                columns[i] = list(map(_by_identity(process), columns[i]))
        return columns

    def _statement(self, table, keys: tuple[str, ...], literal: dict[str, str], count: int) -> str:
        """INSERT of `count` rows: `keys` bound, `literal` columns written in."""
        key = (table.name, keys, tuple(literal.items()), count)
        sql = self._sql.get(key)
        if sql is None:
            quote = self.dialect.identifier_preparer.quote
            row = f"({', '.join(['?'] * len(keys) + list(literal.values()))})"
            sql = self._sql[key] = (
                f"INSERT INTO {quote(table.name)} ({', '.join(map(quote, (*keys, *literal)))}) "
                f"VALUES {', '.join([row] * count)}"
            )
        return sql

    def _run(self, sql: str, params: tuple) -> None:
        if self._pool is None:
            self.connection.exec_driver_sql(sql, params)
            return
        running = []
        for future in self._pending:
            if future.done():
                future.result()  # an insert that failed stops the import here
            else:
                running.append(future)
        while len(running) >= MAX_PENDING:
            running.pop(0).result()
        running.append(self._pool.submit(self._execute, sql, params))
        self._pending = running

    def _execute(self, sql: str, params: tuple) -> None:
        if self._failed:  # one before it failed: the transaction is rolled back anyway
            return
        try:
            self.connection.exec_driver_sql(sql, params)
        except BaseException:
            self._failed = True
            raise


def _empty(column: list) -> bool:
    """Every value None. A list comparison tries identity first, in C, and stops at the first value
    that is not None: `column.count(None)` would compare each Decimal with None, and Decimal asks
    the numbers ABCs first (a microsecond a value, 40 ms for an import)."""
    return column == [None] * len(column)


def _by_identity(process):
    """`process` once per value object: a reader parses each printed figure once, so one Decimal
    stands in thousands of rows (10 分, 1.5 万元). Keyed by id, not value: Decimal('10') and
    Decimal('10.0') are equal but bound as different text. The rows hold every value alive."""
    done: dict[int, object] = {}

    def bound(value):
        if value is None:
            return None
        key = id(value)
        out = done.get(key)
        if out is None:
            out = done[key] = process(value)
        return out

    return bound
