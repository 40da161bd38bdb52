"""Issue 11 · 9: an empty database opens on a start page; 帮助 → 评分规则 shows the year's scheme."""

from __future__ import annotations

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog

from desktop.models import open_store
from desktop.views.app import WindowHost
from desktop.views.main_window import MainWindow
from desktop.views.rules_dialog import RulesDialog


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_empty_database_shows_the_start_page_and_opens_another(qtbot, tmp_path, settings, monkeypatch):
    other = tmp_path / "office.db"
    with open_store(other) as store:
        fill(store)
    settings.setValue("year", YEAR)
    with open_store(tmp_path / "empty.db") as store:
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.show()
        assert window.central.currentWidget() is window.placeholder
        assert window.start_import.isVisible() and window.start_open.isVisible()
        called = []
        monkeypatch.setattr(window, "import_targets", lambda paths=None: called.append("import"))
        qtbot.mouseClick(window.start_import, Qt.MouseButton.LeftButton)
        assert called == ["import"]

        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(other), "")))
        requested = []
        window.database_requested.connect(requested.append)  # the application's WindowHost opens it
        qtbot.mouseClick(window.start_open, Qt.MouseButton.LeftButton)
        assert requested == [str(other)]
    host = WindowHost(settings)
    try:
        assert host.open(requested[0])
        new = host.window
        assert str(new.store.display_name).endswith("office.db")
        assert new.central.currentWidget() is new.workspace
        assert new.tree_model.rowCount() == 2  # 市科协本级, 科学馆
    finally:
        host.close()


def test_after_an_import_the_work_area_replaces_the_start_page(qtbot, tmp_path, settings):
    with open_store(tmp_path / "later.db") as store:
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        assert window.central.currentWidget() is window.placeholder
        fill(store)
        window.refresh_years()
        assert window.central.currentWidget() is window.workspace


def test_help_shows_the_scoring_rules_of_the_year(qtbot, tmp_path, settings):
    settings.setValue("year", YEAR)
    with open_store(tmp_path / "rules.db") as store:
        fill(store)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        [action] = [a for a in window.help_menu.actions() if a.objectName() == "help_rules"]
        action.trigger()
        dialog = window.findChild(RulesDialog, "rulesDialog")
        assert dialog is not None and dialog.isVisible()
        text = dialog.text.toPlainText()
        assert str(YEAR) in dialog.windowTitle()
        assert "预算执行率：分值 10.00" in text
        assert "产出指标 50.00，效益指标 30.00，满意度指标 10.00" in text
        assert "130%" in text and "偏差原因" in text
        assert "专项资金绩效完成情况（20.00 分）" in text  # the department scheme of the year
        assert "差 < 60.00" in text and "比率 ≤ 5.00% 得满分" in text
