"""A restore refuses a bad backup before the officer's store is touched (fuzz findings of
`perfdesk restore`): each bad backup is made here from a seed-003 store, and after every refusal
the live store is byte-identical and still opens."""

from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

import pytest
from seed003_store import build_seed003

from desktop.cli import main
from desktop.models import StoreError, migrate, open_store
from desktop.models import backup as backups
from desktop.models.backup import check_backup, copy_database, describe, restore
from desktop.models.store import make_engine
from desktop.operations.backup import restore_backup


def _files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in path.parent.glob(path.name + "*") if p.is_file() and not p.name.endswith(".lock")}


def _dump(path: Path) -> list[str]:
    con = sqlite3.connect(f"file:{path.as_posix()}?mode=ro", uri=True)
    try:
        return list(con.iterdump())
    finally:
        con.close()


@pytest.fixture
def live(tmp_path) -> Path:
    return Path(build_seed003(tmp_path / "perfdesk.db"))


def _backup(live: Path, tmp_path: Path, name: str = "backup.db") -> Path:
    return copy_database(live, tmp_path / "saved" / name)


def _sql(path: Path, *statements, params=()) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    try:
        for statement in statements:
            con.execute(statement, params) if "?" in statement else con.execute(statement)
    finally:
        con.close()


# --- the bad backups, each as the fuzzer found it ---------------------------------------------

def malformed_check(path):
    """A bit flip in a CHECK constraint: `<= 50` became `<= u0`; an immutable open still passed
    integrity_check, the restored store could not be opened."""
    con = sqlite3.connect(path, isolation_level=None)
    sql = con.execute("SELECT sql FROM sqlite_master WHERE name='department_indicator'").fetchone()[0]
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql=? WHERE name='department_indicator'", (sql.replace("<= 50)", "<= u0)", 1),))
    con.close()


def bad_bytes_in_schema(path):
    """A bit flip in a table's name in the schema: SQLite's own error message is not UTF-8."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET name=CAST(? AS TEXT) WHERE name='edit_log'", (b"ed\xe9t_log",))
    con.close()


def bad_bytes_in_a_row(path):
    """A bit flip inside a text value: integrity_check passes, the store then cannot be read."""
    _sql(path, "UPDATE indicator SET actual=CAST(? AS TEXT) WHERE id=(SELECT min(id) FROM indicator)",
         params=(b"1\xe9\xff.5",))


def two_versions(path):
    _sql(path, "INSERT INTO alembic_version VALUES ('0009')")


def version(label):
    def damage(path):
        if label is None:
            _sql(path, "DELETE FROM alembic_version")
        else:
            _sql(path, "UPDATE alembic_version SET version_num=?", params=(label,))
    damage.__name__ = f"version_{label!r}"
    return damage


def missing_table(path):
    _sql(path, "PRAGMA foreign_keys=OFF", "DROP TABLE printed_figure")


def extra_column(path):
    _sql(path, "ALTER TABLE project ADD COLUMN spare TEXT")


def unreadable_wal(path):
    Path(str(path) + "-wal").mkdir()  # present, and cannot be read as a file


DAMAGES = [
    (malformed_check, "store.backup.damaged"),
    (bad_bytes_in_schema, "store.backup.damaged"),
    (bad_bytes_in_a_row, "store.restore.bad_text"),
    (two_versions, "store.restore.several_versions"),
    (version("0099"), "store.restore.newer_version"),
    (version("9999"), "store.restore.newer_version"),
    (version("abc"), "store.restore.newer_version"),
    (version("001"), "store.restore.newer_version"),  # a prefix of 0010 is not a revision
    (version(""), "store.restore.no_version"),
    (version(None), "store.restore.no_version"),
    (version("0001"), "store.restore.upgrade_failed"),  # an old label on the current schema
    (version("0004"), "store.restore.upgrade_failed"),
    (missing_table, "store.restore.schema_mismatch"),
    (extra_column, "store.restore.schema_mismatch"),
    (unreadable_wal, "store.restore.journal_unreadable"),
]
IDS = [d.__name__ for d, _ in DAMAGES]


@pytest.mark.parametrize(("damage", "code"), DAMAGES, ids=IDS)
def test_a_bad_backup_is_refused_and_the_store_is_unchanged(live, tmp_path, damage, code):
    bad = _backup(live, tmp_path)
    damage(bad)
    before = _files(live)
    indicators = describe(live).indicators
    with pytest.raises(StoreError) as refused:
        restore(bad, live)
    assert refused.value.args[0].code == code
    assert refused.value.args[0].fields["path"] == str(bad)  # the sentence names the backup
    assert _files(live) == before
    assert not list(live.parent.glob("*partial*"))
    with open_store(live) as store, store.engine.connect() as c:  # and it opens as before
        assert c.exec_driver_sql("SELECT count(*) FROM indicator").scalar() == indicators > 0
        assert migrate.current_revision(c) == migrate.head_revision()


@pytest.mark.parametrize(("damage", "code"), DAMAGES, ids=IDS)
def test_the_window_asks_the_same_check_before_confirming(live, tmp_path, damage, code):
    """The restore dialog's confirm calls check_backup; the window's restore calls restore_backup."""
    bad = _backup(live, tmp_path)
    damage(bad)
    with pytest.raises(StoreError) as refused:
        check_backup(bad)
    assert refused.value.args[0].code == code
    before = _files(live)
    with pytest.raises(StoreError):
        restore_backup(bad, live)
    assert _files(live) == before


@pytest.mark.parametrize(("damage", "code"), DAMAGES, ids=IDS)
def test_cli_refuses_in_one_sentence_and_later_commands_work(live, tmp_path, capsys, damage, code):
    bad = _backup(live, tmp_path)
    damage(bad)
    before = _files(live)
    assert main(["restore", str(bad), "--db", str(live)]) == 3
    said = capsys.readouterr()
    assert said.out == "" and said.err.count("\n") == 1 and "Traceback" not in said.err
    assert bad.name in said.err
    assert _files(live) == before
    assert main(["score", "--db", str(live)]) == 0


def test_a_wal_beside_the_backup_is_applied_and_left_as_it_was(live, tmp_path):
    """A database copied with its -wal (the app was running): its committed changes are part of it."""
    source = _backup(live, tmp_path, "source.db")
    writer = sqlite3.connect(source, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE indicator SET actual='写在 wal 里的实际值'")
    writer.execute("DELETE FROM indicator WHERE id=(SELECT max(id) FROM indicator)")
    copied = tmp_path / "copied"
    copied.mkdir()
    for name in ("source.db", "source.db-wal"):
        shutil.copyfile(source.parent / name, copied / name)
    writer.close()
    backup = copied / "source.db"
    kept = _files(backup)
    assert len(kept) == 2 and kept["source.db-wal"]

    assert check_backup(backup).indicators == describe(source).indicators
    restore(backup, live)
    with open_store(live) as store, store.engine.connect() as c:
        actuals = {r[0] for r in c.exec_driver_sql("SELECT actual FROM indicator")}
        count = c.exec_driver_sql("SELECT count(*) FROM indicator").scalar()
    assert actuals == {"写在 wal 里的实际值"} and count == describe(source).indicators
    assert _files(backup) == kept  # the backup and its -wal only read, no -shm left beside them


def test_an_old_backup_is_migrated_on_the_copy_before_it_replaces_the_store(live, tmp_path):
    old = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{old}")
    with engine.begin() as connection:
        migrate.upgrade(connection, "0001")
        connection.exec_driver_sql("INSERT INTO department (id, name) VALUES (1, '旧部门')")
    engine.dispose()
    kept = old.read_bytes()
    indicators = describe(live).indicators
    safety = restore(old, live)
    assert old.read_bytes() == kept
    con = sqlite3.connect(live)  # migrated already, not only when the app next opens it
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(migrate.head_revision(),)]
        assert con.execute("SELECT name FROM department").fetchall() == [("旧部门",)]
    finally:
        con.close()
    assert safety is not None and describe(safety).indicators == indicators > 0


def test_a_failed_replace_names_the_safety_copy_and_leaves_the_store(live, tmp_path, monkeypatch):
    good = _backup(live, tmp_path)
    _sql(good, "UPDATE indicator SET actual='恢复后'")
    before = _files(live)
    real = backups.os.replace

    def full_disk(src, dst):
        if Path(dst) == live:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(backups.os, "replace", full_disk)
    rows = _dump(live)
    with pytest.raises(StoreError) as refused:
        restore(good, live)
    msg = refused.value.args[0]
    assert msg.code == "store.restore.replace_failed" and msg.fields["path"] == str(good)
    assert Path(msg.fields["safety"]).is_file() and _dump(Path(msg.fields["safety"])) == rows
    # the live -wal was checkpointed into the file (empty -wal and -shm removed): same rows, same file
    assert _dump(live) == rows and live.read_bytes() == before[live.name]
    assert not list(live.parent.glob("*partial*"))


def test_a_store_naming_two_versions_opens_with_a_sentence(live):
    _sql(live, "INSERT INTO alembic_version VALUES ('0009')")
    with pytest.raises(StoreError) as refused:
        open_store(live)
    assert refused.value.args[0].code == "store.restore.live_several_versions"
    assert refused.value.args[0].fields["where"] == str(live)


def test_a_good_backup_still_restores(live, tmp_path):
    good = _backup(live, tmp_path)
    with open_store(live) as store, store.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM indicator")
    replaced = live.stat().st_ino
    safety = restore(good, live)
    assert live.stat().st_ino != replaced  # a checked copy renamed into place, not written into the live file
    assert describe(live).indicators == describe(good).indicators > 0
    assert safety is not None and describe(safety).indicators == 0
    assert not list(live.parent.glob("*partial*")) and not Path(str(live) + "-wal").exists()
