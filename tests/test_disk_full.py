"""Issue 10 point 3: a full disk gives a Chinese sentence and leaves the database as it was.

SQLite reports a full disk as SQLITE_FULL; `PRAGMA max_page_count` at the current size makes every
write that grows the file meet exactly that error, on any machine and without a real full disk.
"""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import event, select

from desktop.cli import main
from desktop.importers import read_file
from desktop.models import Indicator, StoreError, open_store
from desktop.operations.changes import CellEdit
from desktop.operations.imports import write_tables
from tests.test_backup import _seed


def _fill_disk(store) -> None:
    """Every new connection of `store` may not grow the file any more."""
    with store.engine.connect() as c:
        pages = c.exec_driver_sql("PRAGMA page_count").scalar()
    store.engine.dispose()

    @event.listens_for(store.engine, "connect")
    def _full(dbapi_connection, _record):
        dbapi_connection.execute(f"PRAGMA max_page_count={pages}")


def _dump(path) -> list:
    con = sqlite3.connect(path)
    try:
        return [con.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in ("project", "indicator", "edit_log")]
    finally:
        con.close()


def test_import_on_a_full_disk_writes_nothing_and_says_so(tmp_path, seed_path):
    db = tmp_path / "full.db"
    _seed(db)
    before = _dump(db)
    with open_store(db) as store:
        _fill_disk(store)
        with pytest.raises(StoreError, match="磁盘空间不足.*数据库保持"):
            write_tables(store, read_file(seed_path("001_fef803051986e1a1")), year=2023)
    assert _dump(db) == before


def test_cli_import_on_a_full_disk(tmp_path, seed_path, capsys, monkeypatch):
    db = tmp_path / "full.db"
    _seed(db)
    before = _dump(db)
    from desktop.models import store as store_module

    real_open = store_module.open_store

    def full_open(*args, **kwargs):
        store = real_open(*args, **kwargs)
        _fill_disk(store)
        return store

    monkeypatch.setattr("desktop.models.open_store", full_open)
    code = main(["import", str(seed_path("001_fef803051986e1a1")), "--year", "2023", "--db", str(db)])
    err = capsys.readouterr().err
    assert code != 0 and "磁盘空间不足" in err and "Traceback" not in err
    assert _dump(db) == before


def test_a_grid_edit_on_a_full_disk_is_refused_with_a_sentence(qtbot, tmp_path):
    from PySide6.QtGui import QUndoStack

    from desktop.views.grids.commands import Editor

    db = tmp_path / "full.db"
    _seed(db)
    store = open_store(db)
    try:
        with store.session() as session:
            indicator = session.scalar(select(Indicator.id).limit(1))
        _fill_disk(store)
        stack = QUndoStack()
        editor = Editor(store, stack)
        said = []
        editor.error.connect(said.append)
        # the longest text a cell takes (an Excel cell's): the file may not grow by its pages
        assert not editor.edit([CellEdit("indicator", indicator, "actual", "完成" + "很多" * 16_000)])
        assert said and "磁盘空间不足" in said[0] and stack.count() == 0
    finally:
        store.close()
    assert _dump(db)[2] == []  # no edit-log entry for an edit that was not saved
