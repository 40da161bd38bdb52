"""Disk full, a read-only folder or file, a locked database: one Chinese sentence, nothing changed.

Disk full is made two ways: SQLite's max_page_count (everywhere) and, where this process may
mount, a real 1 MB tmpfs. A read-only folder needs chattr +i when running as root (root ignores
permission bits), else chmod.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from contextlib import contextmanager

import pytest
from sqlalchemy import event

from desktop.cli import main
from desktop.importers import read_file
from desktop.models import StoreError, open_store
from desktop.operations.cells import edit_cell
from desktop.operations.conflicts import EditError
from desktop.operations.imports import write_tables
from desktop.operations.transaction import run
from tests.test_import_store import dump

SEED_A, SEED_B = "000_42afa216e8045207", "002_ab6e064b63c97b02"


@pytest.fixture
def filled(tmp_path, seed_path):
    folder = tmp_path / "data"
    folder.mkdir()
    db = folder / "perfdesk.db"
    with open_store(db) as store:
        write_tables(store, read_file(seed_path(SEED_A)), year=2022)
    return db


def _on_every_connection(store, pragma: str) -> None:
    event.listen(store.engine, "connect", lambda con, _record: con.execute(pragma))
    store.engine.dispose()  # connections made from now on get the pragma


def test_disk_full_inside_sqlite(filled, seed_path):
    before = dump(filled)
    pages = sqlite3.connect(filled).execute("PRAGMA page_count").fetchone()[0]
    tables = read_file(seed_path(SEED_B))
    with open_store(filled) as store:
        _on_every_connection(store, f"PRAGMA max_page_count = {pages}")
        with pytest.raises(StoreError) as info:
            write_tables(store, tables, year=2023)
    message = str(info.value.args[0])
    assert message.startswith("磁盘空间不足，无法写入数据库") and str(filled) in message
    assert "已全部撤销" in message
    assert dump(filled) == before


def test_locked_database(filled, seed_path):
    before = dump(filled)
    other = sqlite3.connect(filled, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with open_store(filled, upgrade=False) as store:
            _on_every_connection(store, "PRAGMA busy_timeout = 200")
            with pytest.raises(StoreError) as info:
                write_tables(store, read_file(seed_path(SEED_B)), year=2023)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert "正被另一个程序锁住" in str(info.value.args[0])
    assert dump(filled) == before


@contextmanager
def _read_only(path):
    """`path` read-only for this process, root or not; skip where that cannot be arranged."""
    if os.geteuid() == 0:
        if shutil.which("chattr") is None:
            pytest.skip("running as root without chattr: a read-only folder cannot be made")
        done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
        if done.returncode != 0:
            pytest.skip(f"chattr +i is not permitted here: {done.stderr.decode(errors='replace')}")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(path)], check=True)
    else:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)


@pytest.mark.parametrize("which", ["folder", "file"])
def test_read_only_folder_or_file(filled, seed_path, capsys, which):
    before = dump(filled)
    files_before = sorted(p.name for p in filled.parent.iterdir())
    with _read_only(filled.parent if which == "folder" else filled):
        code = main(["import", str(seed_path(SEED_B)), "--db", str(filled), "--year", "2023"])
    err = capsys.readouterr().err
    assert code == 3
    assert f"数据库 {filled} 所在的文件夹或文件是只读的" in err and "Traceback" not in err
    assert dump(filled) == before
    assert sorted(p.name for p in filled.parent.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [
        n for n in files_before if not n.endswith(("-wal", "-shm"))
    ]


@pytest.fixture
def tiny_disk(tmp_path):
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a 1 MB tmpfs needs root: disk full is covered by max_page_count above")
    folder = tmp_path / "tiny"
    folder.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=1m", "tmpfs", str(folder)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"mount is not permitted here: {done.stderr.decode(errors='replace')}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_real_disk_full(tiny_disk, seed_path, capsys):
    db = tiny_disk / "perfdesk.db"
    assert main(["import", str(seed_path(SEED_A)), "--db", str(db), "--year", "2022"]) == 0
    capsys.readouterr()
    before = dump(db)
    filler = tiny_disk / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT)
    try:  # take every free block that is left
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    code = main(["import", str(seed_path(SEED_B)), "--db", str(db), "--year", "2023"])
    err = capsys.readouterr().err
    assert code == 3 and "磁盘空间不足" in err and "Traceback" not in err
    filler.unlink()
    assert dump(db) == before


def test_import_dialog_says_the_disk_is_full(qtbot, qapp, tmp_path, seed_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QDialog, QMessageBox

    from desktop.views.i18n import install_translators
    from desktop.views.main_window import MainWindow

    translators = install_translators(qapp, "zh_CN")
    db = tmp_path / "gui.db"
    store = open_store(db)
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
        _on_every_connection(store, f"PRAGMA max_page_count = {pages}")
        window.import_targets([str(seed_path(SEED_B))])
        qtbot.waitUntil(lambda: bool(window.findChildren(QDialog, "importPreviewDialog")), timeout=20000)
        [dialog] = window.findChildren(QDialog, "importPreviewDialog")
        dialog.accept()
        qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "importError")), timeout=20000)
        [box] = window.findChildren(QMessageBox, "importError")
        assert box.text().startswith("磁盘空间不足，无法写入数据库")
    finally:
        store.close()
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_grid_edit_on_a_full_disk_is_refused_with_a_sentence(tmp_path):
    from desktop.models import Indicator
    from tests.grids_data import fill

    db = tmp_path / "edit.db"
    with open_store(db) as store:
        ids = fill(store)
        before = dump(db)
        pages = sqlite3.connect(db).execute("PRAGMA page_count").fetchone()[0]
        _on_every_connection(store, f"PRAGMA max_page_count = {pages}")
        with pytest.raises(EditError) as caught:
            run(store, edit_cell, "indicator", ids["first"], "deviation_reason", "原因" * 5000)
        assert str(caught.value).startswith("磁盘空间不足，无法写入数据库")
        assert "已全部撤销" in str(caught.value)
        with store.session() as session:
            assert session.get(Indicator, ids["first"]).deviation_reason is None
    assert dump(db) == before
