"""Shared fixtures. Seeds and truth files are read from ../shared beside the clone, never copied."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property tests draw the same examples on every run: CI is never red by chance. The random,
# longer runs are on demand (tools/fuzz_import.py, or HYPOTHESIS_PROFILE=random).
from hypothesis import settings  # noqa: E402

settings.register_profile("repeatable", derandomize=True)
settings.register_profile("random", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERFDESK_SHARED", REPO.parent / "shared"))
SEED_NAMES = ["000_42afa216e8045207", "001_fef803051986e1a1", "002_ab6e064b63c97b02"]
REPORT_SEED = "003_83b62fd26cda6339"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep data, logs and QSettings of every test out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): seed and truth files are not available here")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir):
    def _path(name: str) -> Path:
        return shared_dir / "seeds" / f"{name}.txt"

    return _path


@pytest.fixture(scope="session")
def truth(shared_dir):
    def _truth(name: str) -> dict:
        return json.loads((shared_dir / "truth" / f"{name}.json").read_text(encoding="utf-8"))

    return _truth


# --- PostgreSQL (issue 15): tests marked `postgres` need a server; PERFDESK_TEST_DB_URL names it --

PG_URL = os.environ.get("PERFDESK_TEST_DB_URL", "")
PG_SKIP = "PERFDESK_TEST_DB_URL is not set: no PostgreSQL server to run this test against"


def fresh_pg_database() -> str:
    """A new empty database on the test server; its URL. Dropped by `drop_pg_database`."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    name = f"perfdesk_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'CREATE DATABASE "{name}"')
    admin.dispose()
    return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)


def drop_pg_database(url: str) -> None:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path):
    """The same test on a SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    if not PG_URL:
        pytest.skip(PG_SKIP)
    url = fresh_pg_database()
    try:
        yield url
    finally:
        drop_pg_database(url)


@pytest.fixture
def pg_url():
    """A fresh PostgreSQL database only (tests of what SQLite does not have)."""
    if not PG_URL:
        pytest.skip(PG_SKIP)
    url = fresh_pg_database()
    try:
        yield url
    finally:
        drop_pg_database(url)
