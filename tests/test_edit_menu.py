"""编辑 menu: 复制 / 粘贴 / 清除 act on the grid that has focus, as the keys do."""

from __future__ import annotations

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import QItemSelectionModel, QSettings
from PySide6.QtWidgets import QApplication

from desktop.models import Indicator, open_store
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    with open_store(tmp_path / "menu.db") as store:
        ids = fill(store)
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        settings.setValue("year", YEAR)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.show()
        window.workspace.set_project(ids["science"])
        window.ids = ids
        yield window


def _action(window, name):
    return next(a for a in window.edit_menu.actions() if a.objectName() == name)


def test_menu_copy_and_clear_use_the_focused_grid(qtbot, window):
    grid = window.workspace.indicators
    view, model = grid.view, grid.model
    view.setFocus()
    qtbot.waitUntil(lambda: window.focused_grid() is view, timeout=5000)
    name = model.index(0, model.column_of("name"))
    view.selectionModel().setCurrentIndex(name, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    _action(window, "edit_copy_selection").trigger()
    assert QApplication.clipboard().text() == name.data() + "\n"  # TSV, as Excel puts it

    actual = model.index(0, model.column_of("actual"))
    view.selectionModel().setCurrentIndex(actual, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    _action(window, "edit_clear_selection").trigger()
    assert actual.data() in (None, "")
    with window.store.session() as session:
        assert session.get(Indicator, window.ids["first"]).actual is None
