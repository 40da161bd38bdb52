"""Migrations: the only way the schema is made or changed."""

from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from desktop.models import migrate, open_store
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
    assert backup is not None and backup.exists() and backup.name.startswith("old.backup-0001-")
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
