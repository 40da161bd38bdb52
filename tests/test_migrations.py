"""Migrations: the only way the schema is made or changed."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from desktop.models import migrate, open_store
from desktop.models.backup import backups_dir
from desktop.models.entities import Base
from desktop.models.store import make_engine


def test_schema_is_built_from_empty_with_no_drift(tmp_path):
    with open_store(tmp_path / "new.db") as store, store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    assert store.backup_path is None  # nothing to back up in a new file


def test_old_revision_is_upgraded_and_backed_up(tmp_path):
    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001")
        connection.exec_driver_sql("INSERT INTO department (id, name) VALUES (1, '旧部门')")
    engine.dispose()

    with open_store(path) as store:
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert connection.exec_driver_sql("SELECT name FROM department").scalar() == "旧部门"
            assert connection.exec_driver_sql("SELECT count(*) FROM edit_log").scalar() == 0
        backup = store.backup_path
    # the automatic backup lands in the 备份 folder of the user's data folder, named for its reason
    assert backup is not None and backup.exists() and backup.parent == backups_dir()
    assert backup.name.startswith("old-") and backup.name.endswith("-upgrade.db")
    old = sqlite3.connect(backup)
    assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert old.execute("SELECT name FROM department").fetchone() == ("旧部门",)
    assert old.execute("SELECT name FROM sqlite_master WHERE name='edit_log'").fetchone() is None


def test_migrations_run_in_one_transaction(tmp_path):
    """DDL is transactional on our SQLite connections: a failed upgrade leaves the old schema."""
    path = tmp_path / "tx.db"
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            migrate.upgrade(connection, "0001")
            raise RuntimeError("power cut")
    except RuntimeError:
        pass
    engine.dispose()
    plain = create_engine(f"sqlite:///{path}")
    with plain.connect() as connection:
        assert connection.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'").all() == []


def _full_database(path, projects=30, per_project=40):
    with open_store(path) as store, store.engine.begin() as connection:
        connection.exec_driver_sql("INSERT INTO department (id, name) VALUES (1, '部门')")
        connection.exec_driver_sql("INSERT INTO unit (id, department_id, name) VALUES (1, 1, '单位')")
        for p in range(1, projects + 1):
            connection.exec_driver_sql(
                "INSERT INTO project (id, unit_id, year, name, sort_order) VALUES (?, 1, 2023, ?, ?)",
                (p, f"项目{p}", p),
            )
            connection.exec_driver_sql(
                "INSERT INTO budget_execution (project_id, fund_source, spent) VALUES (?, 'total', '1.00')", (p,)
            )
            connection.exec_driver_sql(
                "INSERT INTO indicator (project_id, sort_order, name, actual) VALUES (?, ?, ?, '1')",
                [(p, k, f"指标{k}") for k in range(per_project)],
            )
    return projects * per_project


def _copy_project_table(connection):
    """What a future migration adding a column to `project` does on SQLite: copy the table."""
    from alembic.operations import Operations
    from sqlalchemy import Column, Text

    ops = Operations(MigrationContext.configure(connection, opts={"render_as_batch": True}))
    with ops.batch_alter_table("project", recreate="always") as batch:
        batch.add_column(Column("note", Text))


def _count(path, table):
    con = sqlite3.connect(path)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_table_copying_migration_keeps_the_children(tmp_path):
    """Issue 10 point 5: a batch copy of `project` on the app's migration connection deletes nothing."""
    path = tmp_path / "full.db"
    indicators = _full_database(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection, migrate.migration_transaction(connection):
            _copy_project_table(connection)
        with engine.connect() as connection:  # foreign keys are on again for the app's work
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    finally:
        engine.dispose()
    assert _count(path, "indicator") == indicators
    assert _count(path, "budget_execution") == 30


def test_the_hazard_is_real_without_the_guard(tmp_path):
    """The same copy in a plain transaction with foreign keys on deletes every indicator: the guard matters."""
    path = tmp_path / "hazard.db"
    _full_database(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.begin() as connection:
            _copy_project_table(connection)
    finally:
        engine.dispose()
    assert _count(path, "indicator") == 0


def test_a_migration_leaving_orphans_is_rolled_back(tmp_path):
    path = tmp_path / "orphans.db"
    indicators = _full_database(path, projects=3, per_project=2)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(migrate.ForeignKeyViolation):
            with engine.connect() as connection, migrate.migration_transaction(connection):
                connection.exec_driver_sql("DELETE FROM project WHERE id = 1")  # children left behind
    finally:
        engine.dispose()
    assert _count(path, "project") == 3 and _count(path, "indicator") == indicators


def _schema(path) -> tuple[list[str], list[tuple], list[tuple]]:
    """What a SQLite file's schema is: its CREATE statements, the revision stamped, and every
    table's columns as SQLite reads them."""
    con = sqlite3.connect(path)
    try:
        statements = sorted(r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE sql IS NOT NULL"))
        revision = con.execute("SELECT * FROM alembic_version").fetchall()
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        columns = [(t, *c) for t in tables for c in con.execute(f"PRAGMA table_xinfo('{t}')")]
        return statements, revision, columns
    finally:
        con.close()


def test_new_file_from_the_schema_script_equals_the_migrated_schema(tmp_path, monkeypatch):
    """A new SQLite file is made from desktop/migrations/current_sqlite.py, not by replaying the
    migrations; both must give the same schema. After a new migration, run
    tools/write_sqlite_schema.py."""
    migrated = tmp_path / "migrated.db"
    engine = make_engine(f"sqlite:///{migrated}")
    with engine.connect() as connection, migrate.migration_transaction(connection):
        migrate.upgrade(connection)
    engine.dispose()

    def no_replay(*_args, **_kwargs):
        raise AssertionError("a new file replayed the migrations")

    monkeypatch.setattr(migrate, "upgrade", no_replay)
    with open_store(tmp_path / "scripted.db") as store:
        assert store.backup_path is None
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    assert _schema(tmp_path / "scripted.db") == _schema(migrated)


def test_schema_script_is_current():
    import importlib.util

    from desktop.migrations import current_sqlite

    spec = importlib.util.spec_from_file_location("write_sqlite_schema", migrate.__file__.replace(
        "desktop/models/migrate.py", "tools/write_sqlite_schema.py"))
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    assert current_sqlite.REVISION == migrate.head_revision()
    assert open(current_sqlite.__file__, encoding="utf-8").read() == tool.render(), (
        "run tools/write_sqlite_schema.py after changing a migration"
    )

