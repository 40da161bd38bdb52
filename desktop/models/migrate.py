"""Alembic, driven from inside the app: the migrations ship as `desktop:migrations`."""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

SCRIPT_LOCATION = "desktop:migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    if connection is not None:
        config.attributes["connection"] = connection
    return config


@functools.cache  # the scripts do not change while the app runs; each load parses them all
def _script() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    return _script().get_current_head()


def is_known(revision: str) -> bool:
    try:
        return _script().get_revision(revision) is not None
    except Exception:
        return False


def known_revisions() -> frozenset[str]:
    """Every revision of this app's migrations, exactly (no partial-id matching as in `is_known`)."""
    return frozenset(script.revision for script in _script().walk_revisions())


def current_revision(connection: Connection) -> str | None:
    """The database's migration version; a StoreError (a sentence) when it names several at once
    (a damaged version table: Alembic would raise "more than one head")."""
    heads = MigrationContext.configure(connection).get_current_heads()
    if len(heads) > 1:
        from desktop.messages import message
        from desktop.models.store import StoreError

        url = connection.engine.url
        where = url.database if url.get_backend_name() == "sqlite" else url.render_as_string(hide_password=True)
        raise StoreError(message("store.restore.live_several_versions", where=str(where),
                                 revisions="、".join(str(h) for h in heads)))
    return heads[0] if heads else None


class ForeignKeyViolation(Exception):
    """A migration left rows pointing at nothing; the transaction is rolled back."""

    def __init__(self, rows: list):
        super().__init__(f"PRAGMA foreign_key_check: {rows[:10]}")
        self.rows = rows


@contextmanager
def migration_transaction(connection: Connection) -> Iterator[Connection]:
    """One transaction for a schema change that can never cascade-delete.

    SQLite copies a table to alter it (Alembic batch mode); with foreign keys on, dropping the old
    copy deletes every child row through ON DELETE CASCADE. SQLite ignores `PRAGMA foreign_keys`
    inside a transaction, so it is switched off on the driver connection before BEGIN, and
    `PRAGMA foreign_key_check` must come back empty before the commit.
    """
    raw = connection.connection.driver_connection if connection.dialect.name == "sqlite" else None
    if raw is not None:
        raw.execute("PRAGMA foreign_keys=OFF")
    try:
        with connection.begin():
            yield connection
            if raw is not None:
                rows = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if rows:
                    raise ForeignKeyViolation(rows)
    finally:
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")


def sqlite_schema(connection: Connection) -> list[str]:
    """The CREATE statements of a SQLite database as it stores them: tables, then indexes, then
    triggers and views, each in the order they were made (what `create_new_sqlite` replays)."""
    kinds = {"table": 0, "index": 1, "trigger": 2, "view": 3}
    rows = connection.exec_driver_sql(
        "SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%' ORDER BY rowid"
    ).fetchall()
    return [sql for kind, sql in sorted(rows, key=lambda r: kinds[r[0]])]


def create_new_sqlite(connection: Connection) -> bool:
    """Make the newest schema in an empty SQLite file from one script, stamped with its revision:
    replaying every migration cost a new file more than its import's whole write. The script is
    `desktop/migrations/current_sqlite.py`, made by tools/write_sqlite_schema.py from a file the
    migrations built (tests/test_migrations.py proves both schemas equal). False, and nothing
    done, when the file is not empty any more (another process made it meanwhile)."""
    from desktop.migrations import current_sqlite

    with connection.begin():  # BEGIN IMMEDIATE on a write connection: no one else makes it too
        if connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar():
            return False
        for statement in current_sqlite.STATEMENTS:
            connection.exec_driver_sql(statement)
        connection.exec_driver_sql("INSERT INTO alembic_version (version_num) VALUES (?)", (current_sqlite.REVISION,))
    return True


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Run inside the caller's transaction, so a failed step leaves the old schema untouched."""
    command.upgrade(alembic_config(connection), revision)
