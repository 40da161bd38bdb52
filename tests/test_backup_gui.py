"""文件 → 备份数据库… / 从备份恢复… / 打开其他数据库… / 最近打开的数据库, driven as the officer would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from desktop.models import open_store
from desktop.models.backup import DAMAGED, auto_backup, backups_dir, describe
from desktop.views.app import WindowHost
from desktop.views.i18n import install_translators
from desktop.views.main_window import recent_databases
from tests.test_backup import _seed
from tests.test_restore_faults import _pieces, assert_kept, cut_in_half, malformed_schema, random_bytes


@pytest.fixture
def host(qtbot, qapp, tmp_path):
    translators = install_translators(qapp, "zh_CN")
    host = WindowHost(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    yield host
    host.close()
    for translator in translators:
        qapp.removeTranslator(translator)


def test_backup_to_a_chosen_file(qtbot, host, tmp_path, monkeypatch):
    db = tmp_path / "perfdesk.db"
    _seed(db)
    assert host.open(str(db))
    target = tmp_path / "U盘" / "备份 一.db"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    host.window.backup_action.trigger()
    qtbot.waitUntil(lambda: "已备份并校验" in host.window.statusBar().currentMessage(), timeout=20000)
    assert str(target) in host.window.statusBar().currentMessage()
    assert describe(target).indicators == 12
    assert host.settings.value("backup/folder") == str(target.parent)  # the next dialog starts there


def test_restore_lists_backups_and_replaces_the_window(qtbot, host, tmp_path):
    db = tmp_path / "perfdesk.db"
    _seed(db)
    backup = auto_backup(db, "import")
    assert host.open(str(db))
    with host.store.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM indicator")
    first = host.window
    dialog = host.window.open_restore()
    assert dialog.list.topLevelItemCount() == 1
    row = dialog.list.topLevelItem(0)
    assert (row.text(1), row.text(2), row.text(3), row.text(4)) == ("替换导入前", "2023", "3", "12")
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "confirmRestore")), timeout=5000)
    [box] = dialog.findChildren(QMessageBox, "confirmRestore")
    assert "3 个项目" in box.text() and "12 条指标" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: host.window is not first, timeout=20000)
    assert "已从" in host.window.statusBar().currentMessage()
    with host.store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM indicator").scalar() == 12
    assert str(backup) in host.window.statusBar().currentMessage()


def test_open_another_database_and_the_recent_list(qtbot, host, tmp_path, monkeypatch):
    one, two = tmp_path / "一.db", tmp_path / "二.db"
    _seed(one)
    _seed(two, projects=1, per_project=1)
    assert host.open(str(one))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(two), ""))
    host.window.findChildren(type(host.window.backup_action), "openDatabase")[0].trigger()
    qtbot.waitUntil(lambda: host.store.display_name == str(two), timeout=20000)
    assert str(two) in host.window.db_label.text()
    assert recent_databases(host.settings)[:2] == [str(two), str(one)]
    assert host.window.recent_menu.isEnabled()  # the other database is there to go back to
    host.window.recent_menu.aboutToShow.emit()
    [back] = [a for a in host.window.recent_menu.actions() if a.text() == str(one)]
    back.trigger()
    qtbot.waitUntil(lambda: host.store.display_name == str(one), timeout=20000)
    with open_store(two):  # the other file was let go: another instance may open it now
        pass


def test_a_database_that_cannot_be_opened_keeps_the_current_one(qtbot, host, tmp_path):
    db = tmp_path / "perfdesk.db"
    _seed(db)
    assert host.open(str(db))
    bad = tmp_path / "坏.db"
    bad.write_bytes(b"x" * 4096)
    window = host.window
    assert not host.switch(str(bad))
    assert host.window is window and host.store.display_name == str(db)
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "openDatabaseError")), timeout=5000)
    assert not [d for d in window.findChildren(QDialog) if d.objectName() == "restoreDialog"]


@pytest.mark.parametrize("damage", [random_bytes, cut_in_half, malformed_schema], ids=lambda d: d.__name__)
def test_restore_over_a_damaged_store_keeps_it_and_says_where(qtbot, host, tmp_path, damage):
    """The file is damaged under the open window (a disk error, another program): the officer
    restores from the list; the damaged file's bytes are kept, and the window says where."""
    db = tmp_path / "perfdesk.db"
    _seed(db)
    auto_backup(db, "import")
    assert host.open(str(db))
    first = host.window
    # (the damage is to the file, not through the window's connections; the window is not
    # repainted meanwhile: its grids read the store as they paint, and would raise on it)
    first.hide()
    host.store.engine.dispose()
    damage(db)
    damaged = _pieces(db)
    dialog = host.window.open_restore()
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "confirmRestore")), timeout=5000)
    [box] = dialog.findChildren(QMessageBox, "confirmRestore")
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: host.window is not first, timeout=20000)
    [safety] = backups_dir().glob(f"*-{DAMAGED}.db")
    assert_kept(safety, damaged)
    with host.store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM indicator").scalar() == 12
    assert str(safety) in host.window.statusBar().currentMessage()
    [told] = host.window.findChildren(QMessageBox, "damagedKept")  # a box that stays until read
    assert str(safety) in told.text() and str(db) in told.text()
    # the restore list shows the kept files for what they are, unreadable, not as a backup's counts
    again = host.window.open_restore()
    rows = [again.list.topLevelItem(i) for i in range(again.list.topLevelItemCount())]
    [row] = [r for r in rows if r.text(5) == safety.name]
    assert row.text(1) == describe(safety).reason_text and row.text(2) == "无法读取"
    assert (row.text(3), row.text(4)) == ("0", "0")
    again.reject()


def _start_on_damaged(qtbot, host, db):
    """Start the window on `db`; the box offering a restore, once it shows."""
    host.start(str(db))
    window = host.window
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox, "damagedAtStart")), timeout=60000)
    [box] = [b for b in window.findChildren(QMessageBox, "damagedAtStart") if b.isVisible()]
    return window, box


def _backup_list(qtbot, window, box):
    """从备份恢复… clicked: the list of backups it opens."""
    _button(box, "从备份恢复…").click()
    qtbot.waitUntil(lambda: bool(window.findChildren(QDialog, "restoreAtStart")), timeout=5000)
    [dialog] = window.findChildren(QDialog, "restoreAtStart")
    return dialog


def _button(box: QMessageBox, text: str):
    [button] = [b for b in box.buttons() if b.text() == text]
    return button


@pytest.mark.parametrize("damage", [random_bytes, cut_in_half, malformed_schema], ids=lambda d: d.__name__)
def test_a_store_damaged_before_the_start_is_restored_from_the_window(qtbot, host, tmp_path, damage):
    """The officer starts the app on a store damaged since the last time (a power cut, a disk
    error): the window stays and offers the backups; the damaged file is kept, the backup opens."""
    db = tmp_path / "perfdesk.db"
    _seed(db)
    auto_backup(db, "import")
    damage(db)
    damaged = _pieces(db)
    first, box = _start_on_damaged(qtbot, host, db)
    assert first.isVisible() and host.store is None
    assert str(db) in box.text() and "已损坏" in box.text()
    assert "已损坏" in first.loading_text.text()  # not "opening the database…" behind the box
    dialog = _backup_list(qtbot, first, box)
    assert dialog.list.topLevelItemCount() == 1
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "confirmRestore")), timeout=5000)
    [confirm] = dialog.findChildren(QMessageBox, "confirmRestore")
    with qtbot.waitSignal(host.started, timeout=20000):
        confirm.button(QMessageBox.StandardButton.Yes).click()
    assert host.window is not first and host.window.isVisible()
    [safety] = backups_dir().glob(f"*-{DAMAGED}.db")
    assert_kept(safety, damaged)
    with host.store.engine.connect() as c:
        assert c.exec_driver_sql("SELECT count(*) FROM indicator").scalar() == 12
    assert host.window.tree_model.rowCount() > 0  # the year's projects, as after any start
    [told] = host.window.findChildren(QMessageBox, "damagedKept")
    assert str(safety) in told.text() and str(db) in told.text()


def test_a_damaged_store_at_the_start_is_left_untouched_when_the_officer_quits(qtbot, host, tmp_path):
    """Cancelling the list offers the choice again; 退出 closes the window and leaves the file as
    it was, byte for byte."""
    db = tmp_path / "perfdesk.db"
    _seed(db)
    auto_backup(db, "import")
    cut_in_half(db)
    before = db.read_bytes()
    first, box = _start_on_damaged(qtbot, host, db)
    dialog = _backup_list(qtbot, first, box)
    dialog.reject()
    qtbot.waitUntil(lambda: any(b.isVisible() for b in first.findChildren(QMessageBox, "damagedAtStart")),
                    timeout=5000)
    [again] = [b for b in first.findChildren(QMessageBox, "damagedAtStart") if b.isVisible()]
    with qtbot.waitSignal(host.start_failed, timeout=5000):
        _button(again, "退出").click()
    assert host.window is None and host.store is None
    assert db.read_bytes() == before
    assert not list(backups_dir().glob(f"*-{DAMAGED}.db"))


def test_a_damaged_backup_chosen_at_the_start_is_refused_and_the_choice_offered_again(qtbot, host, tmp_path):
    db = tmp_path / "perfdesk.db"
    _seed(db)
    backup = auto_backup(db, "import")
    random_bytes(backup)
    random_bytes(db)
    before = db.read_bytes()
    first, box = _start_on_damaged(qtbot, host, db)
    dialog = _backup_list(qtbot, first, box)
    dialog.restore_button.click()  # the backup is checked first, off the window, and refused
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "backupError")), timeout=10000)
    [refused] = dialog.findChildren(QMessageBox, "backupError")
    assert "已损坏" in refused.text() and str(backup) in refused.text()
    assert db.read_bytes() == before and host.store is None and host.window is first


def test_the_restore_list_holds_this_databases_backups_only(qtbot, host, tmp_path, capsys):
    """Another database's automatic backup (its 2026 data) was listed as if it were this one's:
    one double-click replaced the open data with it. Only this database's are listed, in the
    window and by `perfdesk restore`; any other file stays reachable through 其他文件…."""
    from desktop.cli import main

    db, other = tmp_path / "perfdesk.db", tmp_path / "其他单位.db"
    _seed(db)
    _seed(other, projects=1, per_project=1)
    mine, theirs = auto_backup(db, "import"), auto_backup(other, "import")
    assert host.open(str(db))
    dialog = host.window.open_restore()
    assert [dialog.list.topLevelItem(i).text(5) for i in range(dialog.list.topLevelItemCount())] == [mine.name]
    dialog.reject()
    capsys.readouterr()
    assert main(["restore", "--db", str(other)]) == 0
    listed = capsys.readouterr().out
    assert theirs.name in listed and mine.name not in listed
