"""The main window as a user sees it, in Chinese, offscreen."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.models import Department, Project, Unit, open_store
from desktop.views.crash import CrashDialog
from desktop.views.i18n import install_translators
from desktop.views.main_window import MainWindow


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    assert len(translators) >= 2, "Qt's qtbase and our own zh_CN translations must both load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "window.db") as store:
        with store.session() as session:
            department = Department(name="广州市科学技术协会")
            unit = Unit(name="市科协本级", department=department)
            for order, name in enumerate(["科普专项", "学术交流"]):
                unit.projects.append(Project(year=2022, name=name, sort_order=order, total=Decimal("10.00")))
            session.add(department)
        yield store


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _menu_titles(window):
    return [action.text() for action in window.menuBar().actions()]


def test_title_menus_and_status_bar_in_chinese(qtbot, chinese, store, settings):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    assert window.windowTitle() == "绩效自评 Desk"
    assert _menu_titles(window) == ["文件(&F)", "编辑(&E)", "视图(&V)", "报表(&R)", "帮助(&H)"]
    assert window.db_label.text() == f"数据库：{store.display_name} · 登录用户：{store.user}"  # issue 15
    assert str(store.display_name).endswith("window.db")


def test_year_selector_and_unit_project_tree(qtbot, chinese, store, settings):
    settings.setValue("year", 2022)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert window.year == 2022
    unit = window.tree_model.item(0)
    assert unit.text() == "市科协本级"
    assert [unit.child(i).text() for i in range(unit.rowCount())] == ["科普专项", "学术交流"]
    assert window.statusBar().currentMessage() == "2022 年度：1 个单位，2 个项目"

    with qtbot.waitSignal(window.project_selected) as blocker:
        window.tree.setCurrentIndex(unit.child(1).index())
    assert blocker.args[0] > 0

    other = window.year_box.findData(window.year_box.itemData(0) if window.year_box.itemData(0) != 2022 else window.year_box.itemData(1))
    window.year_box.setCurrentIndex(other)
    assert window.tree_model.rowCount() == 0  # no projects in the other year
    assert settings.value("year", type=int) == window.year


def test_geometry_is_remembered(qtbot, store, settings):
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    window.resize(700, 500)
    window.close()
    again = MainWindow(store, settings)
    qtbot.addWidget(again)
    assert (again.width(), again.height()) == (700, 500)


def test_about_box_names_the_version(qtbot, chinese, store, settings):
    from desktop import __version__

    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    box = window.show_about()
    assert f"绩效自评 Desk {__version__}" in box.text()
    box.close()


def test_crash_dialog_says_one_sentence_and_copies_details(qtbot, chinese):
    dialog = CrashDialog("Traceback (most recent call last):\nValueError: boom")
    qtbot.addWidget(dialog)
    assert dialog.text() == "程序出现意外错误。已保存的数据不受影响，详细信息已记录在日志文件中。"
    assert dialog.copy_button.text() == "复制详情"
    dialog.copy_button.click()
    assert "ValueError: boom" in QApplication.clipboard().text()
    assert dialog.detailedText().endswith("boom")


def test_unhandled_exception_is_logged_and_shown(qtbot, chinese, monkeypatch, tmp_path):
    import logging

    from desktop.views import crash

    shown = []
    monkeypatch.setattr(crash.CrashDialog, "exec", lambda self: shown.append(self.details) or 0)
    records = []
    handler = logging.Handler()
    handler.emit = records.append
    logging.getLogger("desktop.crash").addHandler(handler)
    try:
        try:
            raise KeyError("missing")
        except KeyError as exc:
            crash._excepthook(type(exc), exc, exc.__traceback__)
    finally:
        logging.getLogger("desktop.crash").removeHandler(handler)
    assert "KeyError: 'missing'" in shown[0]
    assert "KeyError: 'missing'" in records[0].getMessage()


def test_a_store_damaged_under_the_window_is_said_once_and_how_to_restore(qtbot, chinese, monkeypatch):
    """The file is damaged while the window is open: its grids fail at every repaint. The officer
    reads once what happened and where the restore is; the later failures only go to the log, and
    no box is stacked on another."""
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    from desktop.views import crash

    monkeypatch.setattr(crash, "_showing", False)
    monkeypatch.setattr(crash, "_damage_said", False)
    shown = []

    def exec_(self):
        shown.append(self.text())
        again = ValueError("boom while the box is up")  # a repaint under the box fails too
        crash._excepthook(type(again), again, None)
        return 0

    monkeypatch.setattr(crash.CrashDialog, "exec", exec_)
    damaged = DatabaseError("SELECT …", {}, sqlite3.DatabaseError("database disk image is malformed"))
    for _ in range(3):
        crash._excepthook(type(damaged), damaged, None)
    assert shown == ["数据库文件已损坏，无法读取。请从备份恢复（文件 → 从备份恢复…），损坏的文件会先原样保留。"]
    other = KeyError("malformed")  # the word alone in another error is no damaged store
    crash._excepthook(type(other), other, None)
    assert len(shown) == 2 and shown[1].startswith("程序出现意外错误")
    crash.forget_damage()  # another store opened (restored): its damage is said again
    crash._excepthook(type(damaged), damaged, None)
    assert len(shown) == 3 and shown[2] == shown[0]


def test_units_of_one_name_in_two_departments_are_told_apart(qtbot, chinese, store, settings):
    """A table naming its department 广州市科学技术协会（本级） brings a second department whose unit has
    the first one's name: the tree says which department each is."""
    with store.session() as session:
        other = Department(name="广州市科学技术协会（本级）")
        unit = Unit(name="市科协本级", department=other)
        unit.projects.append(Project(year=2022, name="保密项目", sort_order=0))
        session.add(other)
        session.commit()
    settings.setValue("year", 2022)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    labels = {window.tree_model.item(i).text() for i in range(window.tree_model.rowCount())}
    assert labels == {"市科协本级（广州市科学技术协会）", "市科协本级（广州市科学技术协会（本级））"}
