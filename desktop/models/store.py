"""The store: where the data lives and how it is opened.

A plain path means a SQLite file; anything with `://` is a SQLAlchemy URL (e.g. PostgreSQL for a
shared office database). The schema is created and upgraded only by the Alembic migrations in
`desktop/migrations`, after a backup of the SQLite file.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import platform
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout
from sqlalchemy import Engine, MetaData, create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, configure_mappers, sessionmaker

from desktop.messages import message
from desktop.models import credentials, limits, migrate  # noqa: F401  (limits: the before-flush check)
from desktop.models.db_errors import describe_database_error, is_broken, opening_sentence
from desktop.models.entities import EditLog
from desktop.oserrors import os_error_text
from desktop.paths import data_dir, default_database

log = logging.getLogger(__name__)

SQLITE_PRAGMAS = ("PRAGMA foreign_keys=ON", "PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL")
# pg_advisory_lock key serialising migration and first-open seeding of a shared database
MIGRATION_LOCK_KEY = 0x70657266  # "perf"
# ... and one serialising whole-table writes (imports): two at once would both create a unit
IMPORT_LOCK_KEY = 0x70657267
# ... and one serialising the rows a grid lays out when first shown (表1/表2/表3 of a year)
SEED_LOCK_KEY = 0x70657268


class StoreError(Exception):
    """A store problem the user must be told about: `args[0]` is a `Message` (or a sentence)."""


class StoreLocked(StoreError):
    """Another running instance of the app has this database open."""


class StoreDamaged(StoreError):
    """SQLite finds the database file itself damaged (not a database, cut short, a broken schema):
    only a backup can stand in for it. `path` is the file."""

    def __init__(self, sentence, path: Path):
        super().__init__(sentence)
        self.path = path


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
        # A write takes the write lock at BEGIN, so its check "the cell still holds what the
        # officer saw" and its write see the same database (a deferred BEGIN would fail with
        # SQLITE_BUSY_SNAPSHOT when another process wrote in between).
        write = connection.get_execution_options().get("perfdesk_write")
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"timeout": 15})
        _install_sqlite_hooks(engine)
        return engine
    if make_url(url).get_backend_name() == "postgresql":
        # every client writes CURRENT_TIMESTAMP in UTC, whatever its own or the server's zone
        return create_engine(url, pool_pre_ping=True, connect_args={"options": "-c timezone=UTC"})
    return create_engine(url, pool_pre_ping=True)


class Store:
    """An open database: engine, session factory and, for a SQLite file, the instance lock."""

    def __init__(self, url: str, engine: Engine, lock: FileLock | None):
        self.url = url
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._write_sessions = sessionmaker(engine.execution_options(perfdesk_write=True), expire_on_commit=False)
        self.backup_path: Path | None = None
        self.machine = platform.node() or None
        self.user = os_user()  # the database user on PostgreSQL, set by open_store

    @property
    def is_shared(self) -> bool:
        return sqlite_file(self.url) is None and make_url(self.url).get_backend_name() != "sqlite"

    @property
    def display_name(self) -> str:
        path = sqlite_file(self.url)
        return str(path) if path else make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One short unit of work: committed on success, rolled back whole on any error."""
        with self._unit(self._sessions) as session:
            yield session

    @contextmanager
    def write_session(self, *, exclusive: bool | int = False) -> Iterator[Session]:
        """A unit of work that writes: on SQLite it holds the write lock from its first statement.

        `exclusive` (imports): on a shared database, one such unit at a time; the next waits for
        the commit and then sees what the first wrote (no duplicate department or unit).
        """
        with self._unit(self._write_sessions) as session:
            if exclusive is not False and self.is_shared:
                key = IMPORT_LOCK_KEY if exclusive is True else int(exclusive)
                session.execute(text(f"SELECT pg_advisory_xact_lock({key})"))
            yield session

    @contextmanager
    def _unit(self, factory) -> Iterator[Session]:
        session = factory()
        session.info["user"] = self.user
        session.info["machine"] = self.machine
        try:
            yield session
            session.commit()
        except OperationalError as exc:
            # Disk full, a read-only folder, a file locked by another program: nothing was
            # written (the transaction rolls back whole); the officer gets one sentence.
            session.rollback()
            log.warning("write to %s failed", self.display_name, exc_info=True)
            raise StoreError(describe_database_error(exc, self.display_name, "save")) from exc
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


def os_user() -> str | None:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment (a service account)
        return None


@event.listens_for(Session, "before_flush")
def _sign_edit_log(session: Session, _context, _instances) -> None:
    """Every edit-log entry names who saved it and on which machine (issue 15)."""
    for obj in session.new:
        if isinstance(obj, EditLog):
            if obj.user_name is None:
                obj.user_name = session.info.get("user")
            if obj.machine is None:
                obj.machine = session.info.get("machine")


def _acquire_instance_lock(path: Path, shown: str | None = None) -> FileLock:
    # not thread-local: the window opens its store on a worker thread and closes it on the UI thread
    lock = FileLock(str(path) + ".lock", timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise StoreLocked(message("store.open.locked", where=shown or str(path))) from exc
    return lock


def _server_lock_file(url: str) -> Path:
    """A shared database: one window per officer and machine (others on other machines are fine)."""
    shown = make_url(url).render_as_string(hide_password=True)
    folder = data_dir() / "locks"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / hashlib.sha1(shown.encode("utf-8")).hexdigest()[:16]


def open_store(
    db: str | Path | None = None, *, upgrade: bool = True, make_folder: bool = True, instance_lock: bool = True
) -> Store:
    """Open (or create) the database and bring its schema to the newest migration.

    `make_folder=False` (the command line with an explicit --db) refuses a folder that does not
    exist rather than creating it: a mistyped path must not become a new, empty database.
    `instance_lock=False` lets several processes share one SQLite file (the concurrency tests).
    """
    url = database_url(db)
    path = sqlite_file(url)
    if path is None:
        url = credentials.with_password(url)  # a shared database's password from the OS keyring
    lock = None
    if path is not None and not make_folder and not path.parent.is_dir():
        raise StoreError(message("store.open.no_folder", folder=str(path.parent)))
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(message("store.open.cannot_make_folder", folder=str(path.parent), why=os_error_text(exc))) from exc
        if instance_lock:
            lock = _acquire_instance_lock(path)
    elif instance_lock and make_url(url).get_backend_name() != "sqlite":
        lock = _acquire_instance_lock(_server_lock_file(url), make_url(url).render_as_string(hide_password=True))
    try:
        engine = make_engine(url)
    except (ImportError, NoSuchModuleError, ArgumentError) as exc:
        if lock is not None:
            lock.release()
        shown = make_url(url).render_as_string(hide_password=True) if "://" in url else url
        raise StoreError(message("store.open.no_driver", where=shown)) from exc
    store = Store(url, engine, lock)
    try:
        if store.is_shared:
            store.user = _database_user(store)
        if upgrade:
            store.backup_path = _upgrade(store, path)
    except SQLAlchemyError as exc:
        store.close()
        log.warning("cannot open %s", store.display_name, exc_info=True)
        if path is not None and is_broken(exc):
            raise StoreDamaged(opening_sentence(exc, store.display_name), path) from exc
        raise StoreError(opening_sentence(exc, store.display_name)) from exc
    except BaseException:
        store.close()
        raise
    # on the opening thread (the window's worker), not in the first query on the UI thread
    configure_mappers()
    return store


def _database_user(store: Store) -> str | None:
    try:
        with store.engine.connect() as connection:
            return connection.execute(text("SELECT current_user")).scalar()
    except OperationalError as exc:
        raise StoreError(message("store.open.cannot_connect", where=store.display_name, why=_first_line(exc))) from exc


def _first_line(exc: Exception) -> str:
    return str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__


def _check_revision(store: Store, connection) -> str | None:
    current = migrate.current_revision(connection)
    if current == migrate.head_revision():
        return current
    if current is None and inspect(connection).get_table_names():
        raise StoreError(message("store.open.foreign_tables", where=store.display_name))
    if current is not None and not migrate.is_known(current):
        raise StoreError(message("store.open.newer_version", where=store.display_name, revision=current))
    return current


def _upgrade(store: Store, path: Path | None) -> Path | None:
    if store.is_shared:
        return _upgrade_shared(store)
    if path is not None:
        with store.engine.connect() as connection:
            empty = not connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
        if empty:  # a new file: the newest schema in one script, no migration to replay
            with store.engine.execution_options(perfdesk_write=True).connect() as connection:
                migrate.create_new_sqlite(connection)
    with store.engine.connect() as connection:
        current = _check_revision(store, connection)
        if current == migrate.head_revision():
            return None
    from desktop.models.backup import auto_backup

    backup = auto_backup(path, "upgrade") if (path is not None and current is not None) else None
    try:
        with store.engine.connect() as connection, migrate.migration_transaction(connection):
            migrate.upgrade(connection)
    except migrate.ForeignKeyViolation as exc:
        log.error("migration rolled back: %s", exc)
        raise StoreError(message("store.open.upgrade_broken_links", where=store.display_name)) from exc
    return backup


def _upgrade_shared(store: Store) -> Path | None:
    """PostgreSQL: every client opening at once waits on one advisory lock; the first migrates
    (after a backup), the others then find the schema current. The lock is the transaction's, so
    it is released with the commit or the rollback, also when the client dies."""
    with store.engine.connect() as connection:
        if _check_revision(store, connection) == migrate.head_revision():
            return None
    with store.engine.begin() as connection:
        connection.execute(select(text(f"pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")))
        current = _check_revision(store, connection)  # again: another client may have migrated
        if current == migrate.head_revision():
            return None
        backup = backup_shared(store, current) if current is not None else None
        migrate.upgrade(connection)
    return backup


def backup_shared(store: Store, label: str) -> Path:
    """Before migrating a shared database: `pg_dump` when it is installed, else every table as JSON."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    from desktop.models.backup import backups_dir

    folder = backups_dir()  # beside the automatic backups of SQLite files
    url = make_url(store.url)
    name = f"{url.database or 'shared'}.backup-{label}-{stamp}"
    pg_dump = shutil.which("pg_dump")
    if pg_dump and url.get_backend_name() == "postgresql":
        target = folder / f"{name}.dump"
        env = dict(os.environ)
        if url.password:
            env["PGPASSWORD"] = str(url.password)  # to the child only, never on its command line
        command = [pg_dump, "--format=custom", f"--file={target}", "--no-password"]
        for flag, value in (("--host", url.host), ("--port", url.port), ("--username", url.username)):
            if value:
                command.append(f"{flag}={value}")
        command.append(url.database or "")
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=3600)
        if done.returncode == 0:
            log.info("backed up %s to %s before upgrading", store.display_name, target)
            return target
        log.warning("pg_dump failed (%s); writing a JSON backup instead", done.stderr.strip()[:500])
    target = folder / f"{name}.json"
    meta = MetaData()
    with store.engine.connect() as connection:
        meta.reflect(connection)
        tables = {
            table.name: [dict(row._mapping) for row in connection.execute(table.select())]
            for table in meta.sorted_tables
        }
    target.write_text(json.dumps(tables, ensure_ascii=False, default=str), encoding="utf-8")
    log.info("backed up %s to %s before upgrading", store.display_name, target)
    return target
