"""Issue 15: first open, migration and imports are safe when clients start together."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import pytest
from sqlalchemy import text

from desktop.models import migrate, open_store

pytestmark = pytest.mark.postgres

OPEN_AT = textwrap.dedent("""
    import sys, time
    from desktop.models import open_store
    start = float(sys.argv[2])
    time.sleep(max(0.0, start - time.time()))
    with open_store(sys.argv[1], instance_lock=False) as store:
        pass
    print("opened")
""")

IMPORT_AT = textwrap.dedent("""
    import sys, time
    from desktop.importers import read_file
    from desktop.operations.imports import write_tables
    from desktop.models import open_store
    tables = read_file(sys.argv[3])
    with open_store(sys.argv[1], instance_lock=False) as store:
        time.sleep(max(0.0, float(sys.argv[2]) - time.time()))
        print(write_tables(store, tables, year=2023))
""")


def _together(script: str, *args: str) -> list[subprocess.CompletedProcess]:
    start = str(time.time() + 3.0)  # both are importing everything by then
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = [subprocess.Popen([sys.executable, "-c", script, args[0], start, *args[1:]], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    return [subprocess.CompletedProcess(p.args, p.wait(120), *p.communicate()) for p in procs]


@pytest.mark.parametrize("run", range(3))
def test_two_clients_opening_an_empty_database_at_once(pg_url, run):
    done = _together(OPEN_AT, pg_url)
    assert [d.returncode for d in done] == [0, 0], [d.stderr[-2000:] for d in done]
    with open_store(pg_url, instance_lock=False) as store, store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()


@pytest.mark.parametrize("run", range(3))
def test_two_simultaneous_imports_of_one_table(pg_url, seed_path, run):
    with open_store(pg_url, instance_lock=False):
        pass
    done = _together(IMPORT_AT, pg_url, str(seed_path("001_fef803051986e1a1")))
    assert [d.returncode for d in done] == [0, 0], [d.stderr[-2000:] for d in done]
    outputs = sorted(d.stdout for d in done)
    assert "新增 15 个项目" in outputs[0] + outputs[1] and "保留原有 15 个" in outputs[0] + outputs[1]
    with open_store(pg_url, instance_lock=False) as store, store.session() as session:
        assert session.execute(text("SELECT count(*) FROM project")).scalar() == 15
        assert session.execute(text("SELECT count(*) FROM department")).scalar() == 1


def test_a_shared_database_is_backed_up_before_migrating(pg_url):
    from desktop.models.store import make_engine

    engine = make_engine(pg_url)
    with engine.begin() as connection:
        migrate.upgrade(connection, "0004")
        connection.execute(text("INSERT INTO department (id, name) VALUES (1, '旧部门')"))
    engine.dispose()
    with open_store(pg_url, instance_lock=False) as store:
        backup = store.backup_path
        assert store.user  # the database user, shown in the status bar and written in the log
    assert backup is not None and backup.exists() and backup.stat().st_size > 0
    assert "0004" in backup.name
