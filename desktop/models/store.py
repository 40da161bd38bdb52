"""The store: where the data lives and how it is opened.

A plain path means a SQLite file; anything with `://` is a SQLAlchemy URL (e.g. PostgreSQL for a
shared office database). The schema is created and upgraded only by the Alembic migrations in
`desktop/migrations`, after a backup of the SQLite file.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import migrate
from desktop.oserrors import os_error_text
from desktop.paths import default_database

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL")


class StoreError(Exception):
    """A store problem the user must be told about, with a Chinese sentence in `args[0]`."""


class StoreLocked(StoreError):
    """Another running instance of the app has this database open."""


def database_url(db: str | Path | None) -> str:
    """`None` → the default file in the user's data folder; a path → a SQLite file; else a URL."""
    if db is None:
        return f"sqlite:///{default_database()}"
    text = str(db)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


def sqlite_file(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not the driver, decide where transactions begin, so DDL in migrations
        # is transactional too and PRAGMAs run outside any transaction.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        for pragma in SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection):
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 15})
        _install_sqlite_hooks(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def backup_sqlite(path: Path, label: str) -> Path:
    """Copy a live SQLite file consistently (the backup API also copies what is still in the WAL)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{label}-{stamp}{path.suffix}")
    source = sqlite3.connect(path)
    try:
        dest = sqlite3.connect(target)
        try:
            source.backup(dest)
        finally:
            dest.close()
    finally:
        source.close()
    log.info("backed up %s to %s before upgrading", path, target)
    return target


class Store:
    """An open database: engine, session factory and, for a SQLite file, the instance lock."""

    def __init__(self, url: str, engine: Engine, lock: FileLock | None):
        self.url = url
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self.backup_path: Path | None = None

    @property
    def display_name(self) -> str:
        path = sqlite_file(self.url)
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short unit of work: committed on success, rolled back whole on any error."""
        session = self._sessions()
        try:
            yield session
            session.commit()
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _acquire_instance_lock(path: Path) -> FileLock:
    lock = FileLock(str(path) + ".lock", timeout=0)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreLocked(f"数据库 {path} 已被另一个正在运行的绩效自评 Desk 打开，请先关闭那个窗口。") from exc
    return lock


def open_store(db: str | Path | None = None, *, upgrade: bool = True) -> Store:
    """Open (or create) the database and bring its schema to the newest migration."""
    url = database_url(db)
    path = sqlite_file(url)
    lock = None
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"无法创建数据库所在的文件夹 {path.parent}：{os_error_text(exc)}") from exc
        lock = _acquire_instance_lock(path)
    engine = make_engine(url)
    store = Store(url, engine, lock)
    try:
        if upgrade:
            store.backup_path = _upgrade(store, path)
    except BaseException:
        store.close()
        raise
    return store


def _upgrade(store: Store, path: Path | None) -> Path | None:
    with store.engine.connect() as connection:
        current = migrate.current_revision(connection)
        head = migrate.head_revision()
        if current == head:
            return None
        if current is None and inspect(connection).get_table_names():
            raise StoreError(f"{store.display_name} 不是绩效自评 Desk 的数据库（其中已有其他数据表），为保护数据未作任何改动。")
        if current is not None and not migrate.is_known(current):
            raise StoreError(f"数据库 {store.display_name} 来自更新版本的绩效自评 Desk（版本 {current}），请升级本程序后再打开。")
    backup = backup_sqlite(path, current) if (path is not None and current is not None) else None
    with store.engine.begin() as connection:
        migrate.upgrade(connection)
    return backup
