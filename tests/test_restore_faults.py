"""A restore refuses a bad backup before the officer's store is touched (fuzz findings of
`perfdesk restore`): each bad backup is made here from a seed-003 store, and after every refusal
the live store is byte-identical and still opens."""

from __future__ import annotations

import errno
import logging
import random
import shutil
import sqlite3
from pathlib import Path

import pytest
from seed003_store import build_seed003

from desktop.cli import main
from desktop.models import StoreError, migrate, open_store
from desktop.models import backup as backups
from desktop.models.backup import (
    DAMAGED,
    auto_backup,
    backups_dir,
    check_backup,
    copy_database,
    describe,
    is_kept_damaged,
    keep_damaged,
    list_backups,
    prune,
    restore,
)
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


def _disk_full_when_replacing(live, monkeypatch):
    """The rename that puts the checked copy in `live`'s place fails as on a full disk."""
    real = backups.os.replace

    def full_disk(src, dst):
        if Path(dst) == live:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(src, dst)

    monkeypatch.setattr(backups.os, "replace", full_disk)


def test_a_failed_replace_names_the_safety_copy_and_leaves_the_store(live, tmp_path, monkeypatch):
    good = _backup(live, tmp_path)
    _sql(good, "UPDATE indicator SET actual='恢复后'")
    before = _files(live)
    _disk_full_when_replacing(live, monkeypatch)
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


# --- a damaged live store: its own files kept byte for byte, then the restore goes on ------------

def random_bytes(path):
    """Not a database at all (overwritten by another program, a disk gone bad)."""
    _sql(path, "PRAGMA journal_mode=DELETE")
    path.write_bytes(random.Random(3).randbytes(path.stat().st_size))


def cut_in_half(path):
    """Cut short: a copy to a USB drive pulled out halfway."""
    _sql(path, "PRAGMA journal_mode=DELETE")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def malformed_schema(path):
    """A sound SQLite file whose schema text is broken: every statement fails."""
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=DELETE")
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET sql='CREATE TABLE project (id INTEGER PRIMARY' WHERE name='project'")
    con.close()


def cut_with_its_wal(path):
    """Cut short while its -wal holds committed edits (a crash mid-write): the -wal is kept too,
    and never replayed into the restored store."""
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE indicator SET actual='只在 wal 里'")
    main_file, wal = path.read_bytes(), Path(str(path) + "-wal").read_bytes()
    writer.close()
    Path(str(path) + "-shm").unlink(missing_ok=True)
    path.write_bytes(main_file[: len(main_file) // 2])
    Path(str(path) + "-wal").write_bytes(wal)
    assert wal


def random_with_a_journal(path):
    """Not a database, an interrupted write's -journal beside it."""
    random_bytes(path)
    Path(str(path) + "-journal").write_bytes(random.Random(4).randbytes(4096))


LIVE_DAMAGES = [random_bytes, cut_in_half, malformed_schema, cut_with_its_wal, random_with_a_journal]
LIVE_IDS = [d.__name__ for d in LIVE_DAMAGES]


def _pieces(path: Path) -> dict[str, bytes]:
    """A database's files by what follows its name ("", "-wal", "-journal"); the -shm is an index
    SQLite rebuilds, not part of it."""
    return {p.name[len(path.name):]: p.read_bytes() for p in path.parent.glob(path.name + "*")
            if p.is_file() and p.name[len(path.name):] in ("", "-wal", "-journal")}


def assert_kept(safety: Path, damaged: dict[str, bytes]) -> None:
    """The damaged store's files are in the backup folder, byte for byte, under the kept name (any
    other file there is an empty one SQLite made while trying to read it)."""
    assert safety.parent == backups_dir() and is_kept_damaged(safety) and safety.name.endswith(f"-{DAMAGED}.db")
    kept = _pieces(safety)
    assert {k: kept.get(k) for k in damaged} == damaged
    assert not any(kept[k] for k in kept.keys() - damaged.keys())
    assert not list(backups_dir().glob("*partial*"))


def assert_restored(live: Path, rows: list[str], *, opened: bool = False) -> None:
    """The store holds the backup's rows (the old -wal not replayed into it) and opens."""
    assert _dump(live) == rows
    beside = {p.name[len(live.name):] for p in live.parent.glob(live.name + "*")} - {"", ".lock"}
    # no old -wal or -journal left to be replayed, nothing set aside left (once opened, the app's own -wal)
    assert beside <= ({"-wal", "-shm"} if opened else set())
    with open_store(live) as store, store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM indicator").scalar() > 0
        assert "只在 wal 里" not in {r[0] for r in c.exec_driver_sql("SELECT actual FROM indicator")}


@pytest.mark.parametrize("entry", [restore, restore_backup], ids=["restore", "window"])  # the window calls restore_backup
@pytest.mark.parametrize("damage", LIVE_DAMAGES, ids=LIVE_IDS)
def test_a_damaged_store_is_kept_byte_for_byte_and_restored(live, tmp_path, damage, entry):
    good = _backup(live, tmp_path)
    rows = _dump(good)
    damage(live)
    damaged = _pieces(live)
    safety = entry(good, live)
    assert_kept(safety, damaged)
    assert_restored(live, rows)
    # listed and described for what it is, never read as if it were a backup
    info = describe(safety)
    assert not info.readable and info.reason == DAMAGED and info.reason_text
    assert (info.years, info.projects, info.indicators) == ((), 0, 0)
    assert [b.path for b in list_backups() if b.reason == DAMAGED] == [safety]
    with pytest.raises(StoreError):  # offered back, it is refused as a backup, and left as it was
        check_backup(safety)
    assert_kept(safety, damaged)


@pytest.mark.parametrize("damage", LIVE_DAMAGES, ids=LIVE_IDS)
def test_cli_restores_over_a_damaged_store_and_says_where_it_was_kept(live, tmp_path, capsys, damage):
    good = _backup(live, tmp_path)
    rows = _dump(good)
    damage(live)
    damaged = _pieces(live)
    assert main(["restore", str(good), "--db", str(live)]) == 0
    said = capsys.readouterr()
    [safety] = backups_dir().glob(f"*-{DAMAGED}.db")
    assert said.err == "" and str(safety) in said.out and str(live) in said.out
    assert_kept(safety, damaged)
    assert_restored(live, rows, opened=True)
    assert main(["restore", "--db", str(live)]) == 0  # the list names it, as unreadable, with why
    listed = [line for line in capsys.readouterr().out.splitlines() if str(safety) in line]
    assert len(listed) == 1 and describe(safety).reason_text in listed[0]
    assert main(["score", "--db", str(live)]) == 0


def _refuse_writes_in(folder: Path, monkeypatch, sqlite_error: str, os_errno: int) -> None:
    """The 备份 folder cannot be written (as root, a folder's mode does not stop writes)."""
    real_connect, real_copy = sqlite3.connect, shutil.copyfile

    def connect(database, *args, **kwargs):
        if str(database).startswith(str(folder)):
            raise sqlite3.OperationalError(sqlite_error)
        return real_connect(database, *args, **kwargs)

    def copyfile(source, target, *args, **kwargs):
        if str(target).startswith(str(folder)):
            raise OSError(os_errno, "refused")
        return real_copy(source, target, *args, **kwargs)

    monkeypatch.setattr(backups.sqlite3, "connect", connect)
    monkeypatch.setattr(backups.shutil, "copyfile", copyfile)


@pytest.mark.parametrize(("sqlite_error", "os_errno", "code"), [
    ("unable to open database file", errno.EACCES, "store.db.read_only"),
    ("database or disk is full", errno.ENOSPC, "store.db.full"),
], ids=["folder_not_writable", "disk_full"])
def test_a_sound_store_that_cannot_be_backed_up_still_refuses(live, tmp_path, monkeypatch, sqlite_error, os_errno, code):
    good = _backup(live, tmp_path)
    _sql(live, "PRAGMA journal_mode=DELETE")  # one file: byte-identical means unchanged
    before = _files(live)
    _refuse_writes_in(backups_dir(), monkeypatch, sqlite_error, os_errno)
    with pytest.raises(StoreError) as refused:
        restore(good, live)
    assert refused.value.args[0].code == code
    assert _files(live) == before
    assert not list(backups_dir().iterdir()) and not list(live.parent.glob("*partial*"))


@pytest.mark.parametrize("damage", [random_bytes, cut_with_its_wal], ids=["random_bytes", "cut_with_its_wal"])
def test_a_damaged_store_that_cannot_be_kept_is_not_replaced(live, tmp_path, monkeypatch, damage):
    good = _backup(live, tmp_path)
    damage(live)
    damaged = _pieces(live)
    _refuse_writes_in(backups_dir(), monkeypatch, "database or disk is full", errno.ENOSPC)
    with pytest.raises(StoreError) as refused:
        restore(good, live)
    msg = refused.value.args[0]
    assert msg.code == "store.restore.cannot_keep_damaged" and msg.fields["where"] == str(live)
    assert _pieces(live) == damaged
    assert not list(backups_dir().iterdir()) and not list(live.parent.glob("*partial*"))


def test_a_failed_replace_of_a_damaged_store_puts_its_files_back(live, tmp_path, monkeypatch):
    good = _backup(live, tmp_path)
    cut_with_its_wal(live)
    damaged = _pieces(live)
    _disk_full_when_replacing(live, monkeypatch)
    with pytest.raises(StoreError) as refused:
        restore(good, live)
    msg = refused.value.args[0]
    assert msg.code == "store.restore.replace_failed"
    assert_kept(Path(msg.fields["safety"]), damaged)
    assert _pieces(live) == damaged  # its -wal back beside it, nothing set aside left
    assert not list(live.parent.glob("*restore-old*")) and not list(live.parent.glob("*partial*"))


def test_a_damaged_stores_kept_files_are_never_pruned(live, tmp_path):
    other = _backup(live, tmp_path, "perfdesk.db")  # a sound database of the same name
    random_bytes(live)
    kept = keep_damaged(live)
    for _ in range(3):
        auto_backup(other, "import")
    assert len(prune("perfdesk", keep=1)) == 2
    assert kept.is_file() and [b.path for b in list_backups() if b.reason == DAMAGED] == [kept]


@pytest.mark.parametrize("damage", [malformed_check, cut_in_half], ids=["malformed_check", "cut_in_half"])
def test_a_damaged_backup_is_refused_in_the_officers_words_only(live, tmp_path, caplog, damage):
    """SQLite's own words (`database disk image is malformed`) go to the log, not into the sentence."""
    bad = _backup(live, tmp_path, "坏的备份.db")
    damage(bad)
    with caplog.at_level(logging.WARNING, logger="desktop.models.backup"), pytest.raises(StoreError) as refused:
        restore(bad, live)
    msg = refused.value.args[0]
    assert msg.code in ("store.backup.damaged", "store.db.not_a_database_file")
    assert set(msg.fields) <= {"path", "where"} and str(bad) in str(msg)
    said = str(msg).replace(str(bad), "")
    assert not [w for w in ("malformed", "disk image", "file is not a database", "integrity", "constraint") if w in said]
    assert "malformed" in caplog.text
