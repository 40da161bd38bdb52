"""Issue 10 point 2: backups the officer can use — consistent, verified, listed, restorable."""

from __future__ import annotations

import errno
import shutil
import sqlite3
import threading

import pytest

from desktop.cli import main
from desktop.models import StoreError, open_store
from desktop.models import backup as backups
from desktop.models.backup import (
    auto_backup,
    backups_dir,
    copy_database,
    describe,
    list_backups,
    prune,
    restore,
)


def _seed(path, projects=3, per_project=4, year=2023):
    with open_store(path) as store, store.engine.begin() as c:
        c.exec_driver_sql("INSERT INTO department (id, name) VALUES (1, '部门')")
        c.exec_driver_sql("INSERT INTO unit (id, department_id, name) VALUES (1, 1, '单位')")
        for p in range(1, projects + 1):
            c.exec_driver_sql("INSERT INTO project (id, unit_id, year, name, sort_order) VALUES (?, 1, ?, ?, ?)", (p, year, f"项目{p}", p))
            c.exec_driver_sql(
                "INSERT INTO indicator (project_id, sort_order, name) VALUES (?, ?, ?)",
                [(p, k, f"指标{k}") for k in range(per_project)],
            )


def _edits(path) -> int:
    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM edit_log").fetchone()[0]
    finally:
        con.close()


def test_a_backup_holds_what_is_still_in_the_wal(tmp_path):
    """A plain file copy of a live database loses committed edits; the backup API does not."""
    db = tmp_path / "live.db"
    _seed(db)
    with open_store(db) as store:
        with store.engine.connect() as c:
            c.exec_driver_sql("PRAGMA wal_autocheckpoint=0")  # keep the edits in the -wal file
            for k in range(50):
                c.exec_driver_sql("INSERT INTO edit_log (entity, entity_id, field, new) VALUES ('indicator', 1, 'actual', ?)", (str(k),))
                c.commit()
            shutil.copyfile(db, tmp_path / "copied.db")
            copy_database(db, tmp_path / "backup.db")
    assert _edits(tmp_path / "copied.db") < 50  # what an officer's Explorer copy would have kept
    assert _edits(tmp_path / "backup.db") == 50
    assert not (tmp_path / "backup.db-wal").exists()  # one self-contained file


def test_backup_while_another_connection_writes(tmp_path):
    db = tmp_path / "busy.db"
    _seed(db)
    stop = threading.Event()
    written = []

    def writer():
        con = sqlite3.connect(db, timeout=15)
        k = 0
        while not stop.is_set() and k < 5000:
            with con:
                con.execute("INSERT INTO edit_log (entity, entity_id, field, new) VALUES ('indicator', 1, 'actual', ?)", (str(k),))
                con.execute("UPDATE indicator SET actual = ? WHERE id = 1", (str(k),))
            k += 1
            written.append(k)
        con.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        counts = []
        for i in range(8):
            out = copy_database(db, tmp_path / f"b{i}.db")
            con = sqlite3.connect(out)
            try:
                assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
                n = con.execute("SELECT count(*) FROM edit_log").fetchone()[0]
                # one transaction is all or nothing in the copy: the log and the cell agree
                last = con.execute("SELECT actual FROM indicator WHERE id = 1").fetchone()[0]
                assert (n == 0 and last is None) or last == str(n - 1)
                counts.append(n)
            finally:
                con.close()
    finally:
        stop.set()
        thread.join()
    assert counts == sorted(counts) and written  # later backups see later edits


def test_a_full_disk_leaves_no_file_and_a_sentence(tmp_path, monkeypatch):
    db = tmp_path / "full.db"
    _seed(db, projects=40, per_project=40)
    real_connect = sqlite3.connect

    def tiny_disk(target, *args, **kwargs):
        con = real_connect(target, *args, **kwargs)
        if str(target).endswith(".partial"):
            con.execute("PRAGMA max_page_count=3")  # what SQLite reports when the disk is full
        return con

    monkeypatch.setattr(backups.sqlite3, "connect", tiny_disk)
    out = tmp_path / "out" / "b.db"
    with pytest.raises(StoreError, match="磁盘空间不足"):
        copy_database(db, out)
    assert list(out.parent.iterdir()) == []  # neither a 0-byte backup nor a partial one


def test_a_folder_that_cannot_be_written_gives_a_sentence(tmp_path, monkeypatch):
    db = tmp_path / "ro.db"
    _seed(db)

    def refused(*_args):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(backups.os, "replace", refused)
    with pytest.raises(StoreError, match="没有写入"):
        copy_database(db, tmp_path / "b.db")
    assert not (tmp_path / "b.db").exists() and not (tmp_path / "b.db.partial").exists()


def test_automatic_backups_are_listed_and_the_newest_twenty_kept(tmp_path):
    db = tmp_path / "perfdesk.db"
    _seed(db, projects=2, per_project=3)
    made = [auto_backup(db, "import") for _ in range(22)]
    kept = list_backups()
    assert len(kept) == 20 and all(b.path.parent == backups_dir() for b in kept)
    assert {b.path for b in kept} == set(made[2:])
    info = kept[0]
    assert (info.years, info.projects, info.indicators, info.reason_text) == ((2023,), 2, 6, "替换导入前")
    assert prune("perfdesk", keep=5) and len(list_backups()) == 5


def test_restore_brings_back_the_old_state_and_backs_up_the_current(tmp_path):
    db = tmp_path / "perfdesk.db"
    _seed(db)
    saved = copy_database(db, tmp_path / "saved.db")
    with open_store(db) as store, store.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM indicator")
    safety = restore(saved, db)
    assert describe(db).indicators == 12
    assert safety is not None and describe(safety).indicators == 0 and safety.parent == backups_dir()
    with open_store(db) as store, store.engine.connect() as c:  # the app opens it as before
        assert c.exec_driver_sql("SELECT count(*) FROM indicator").scalar() == 12


def test_restore_refuses_a_file_that_is_not_a_backup(tmp_path):
    db = tmp_path / "perfdesk.db"
    _seed(db)
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError, match="不是有效的数据库文件"):
        restore(bogus, db)
    assert describe(db).indicators == 12


def test_cli_backup_and_restore(tmp_path, capsys):
    db = tmp_path / "perfdesk.db"
    _seed(db)
    out = tmp_path / "备份 2023.db"
    assert main(["backup", str(out), "--db", str(db)]) == 0
    assert "年度 2023，3 个项目，12 条指标" in capsys.readouterr().out
    with open_store(db) as store, store.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM project WHERE id = 1")
    with open_store(db):  # a window has the database open: restore waits for it to close
        assert main(["restore", str(out), "--db", str(db)]) == 3
        assert "已被另一个正在运行的" in capsys.readouterr().err
    assert main(["restore", str(out), "--db", str(db)]) == 0
    said = capsys.readouterr().out
    assert "已从备份恢复" in said and "恢复前的数据已备份到" in said
    assert describe(db).projects == 3
    assert main(["restore", "--db", str(db)]) == 0  # no FILE: the list of automatic backups
    assert "恢复前" in capsys.readouterr().out


def test_a_copy_of_a_store_with_lost_pages_is_refused_in_the_officers_words(tmp_path, caplog):
    """SQLite's backup copies the pages as they are: a store with pages no table owns copies
    fine and fails the copy's integrity check. The officer reads that the database itself may be
    damaged; SQLite's English verdict goes to the log."""
    source = tmp_path / "pages.db"
    with sqlite3.connect(source) as c:
        c.execute("CREATE TABLE t(x)")
        c.execute("CREATE INDEX ix ON t(x)")
        c.executemany("INSERT INTO t VALUES (?)", [(f"第{i}行",) for i in range(2000)])
    c.close()
    with sqlite3.connect(source) as c:  # the index's pages stay, nothing points at them any more
        c.execute("PRAGMA writable_schema=ON")
        c.execute("DELETE FROM sqlite_master WHERE name = 'ix'")
    c.close()
    target = tmp_path / "备份.db"
    with pytest.raises(StoreError) as refused:
        backups.copy_database(source, target)
    sentence = str(refused.value.args[0])
    assert str(target) in sentence and "数据库本身可能已损坏" in sentence
    assert "never used" not in sentence and "{verdict}" not in sentence
    assert "never used" in caplog.text
    assert not target.exists() and not list(tmp_path.glob("备份.db*"))
