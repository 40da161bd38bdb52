"""Issue 11 · 3–4: one current project for the whole window; undo and redo show what they change."""

from __future__ import annotations

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import QSettings, Qt

from desktop.models import Indicator, open_store
from desktop.views.main_window import PROJECT_ID_ROLE, MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", YEAR)
    with open_store(tmp_path / "current.db") as store:
        store.ids = fill(store)
        window = MainWindow(store, settings)
        qtbot.addWidget(window)
        window.resize(1400, 800)
        window.show()
        qtbot.waitExposed(window)
        yield window


def _tree_index(window, project_id):
    return window._tree_index_of(project_id)


def _click_tree(qtbot, window, project_id):
    index = _tree_index(window, project_id)
    window.tree.scrollTo(index)
    qtbot.mouseClick(window.tree.viewport(), Qt.MouseButton.LeftButton, pos=window.tree.visualRect(index).center())


def _shown_project(window):
    return window.workspace.indicators.model.project_id


def test_tree_follows_a_check_jump_and_a_click_goes_back(qtbot, window):
    ids = window.store.ids
    workspace = window.workspace
    _click_tree(qtbot, window, ids["science"])
    assert _shown_project(window) == ids["science"]
    assert window.tree.currentIndex().data(PROJECT_ID_ROLE) == ids["science"]

    workspace.show_tab(workspace.checks)
    qtbot.waitUntil(lambda: not workspace.checks.busy, timeout=20000)  # computed off the UI thread
    checks = workspace.checks.model
    row = next(i for i, r in enumerate(checks.rows) if r.entity_id == ids["composite"])
    workspace.checks.view.doubleClicked.emit(checks.index(row, 0))
    assert _shown_project(window) == ids["exchange"]
    assert window.tree.currentIndex().data(PROJECT_ID_ROLE) == ids["exchange"]  # the tree agrees
    assert window.current_project_name == "学术交流"  # and so does 报表's “this project”

    _click_tree(qtbot, window, ids["science"])  # clicking A again works
    assert _shown_project(window) == ids["science"]
    assert window.current_project_name == "科普专项"


def test_a_check_about_a_project_makes_that_project_current(qtbot, window):
    ids = window.store.ids
    workspace = window.workspace
    _click_tree(qtbot, window, ids["science"])
    workspace.show_tab(workspace.checks)
    qtbot.waitUntil(lambda: not workspace.checks.busy, timeout=20000)  # computed off the UI thread
    checks = workspace.checks.model
    row = next(i for i, r in enumerate(checks.rows)
               if r.entity == "project" and r.entity_id == ids["museum"] and "满意度指标" in r.message)
    workspace.checks.view.doubleClicked.emit(checks.index(row, 0))
    assert workspace.tabs.currentWidget() is workspace.projects  # the 项目 tab, on the project's row
    grid = workspace.projects
    assert grid.model.rows[grid.view.currentIndex().row()].id == ids["museum"]
    assert workspace.project_id == ids["museum"]  # and it is the window's current project
    assert window.tree.currentIndex().data(PROJECT_ID_ROLE) == ids["museum"]
    assert window.current_project_name == "场馆运行"
    workspace.show_tab(workspace.indicators)  # 绩效指标 next shows its indicators, not 科普专项's
    assert _shown_project(window) == ids["museum"]


def test_undo_goes_to_the_changed_cells_and_says_so(qtbot, window):
    ids = window.store.ids
    workspace = window.workspace
    workspace.show_tab(workspace.department_targets)
    _click_tree(qtbot, window, ids["science"])
    grid = workspace.indicators
    view, model = grid.view, grid.model
    view.setCurrentIndex(model.index(0, model.column_of("actual")))
    assert view.paste("41\n39\n")
    workspace.show_tab(workspace.projects)  # the officer moves on elsewhere …
    _click_tree(qtbot, window, ids["museum"])
    assert _shown_project(window) == ids["museum"]

    window.activateWindow()
    workspace.projects.view.setFocus()
    qtbot.keyClick(workspace.projects.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # … presses Ctrl+Z
    with window.store.session() as session:
        assert session.get(Indicator, ids["first"]).actual == "45"
    assert workspace.tabs.currentWidget() is grid
    assert _shown_project(window) == ids["science"]
    assert window.tree.currentIndex().data(PROJECT_ID_ROLE) == ids["science"]
    selected = {(i.row(), i.column()) for i in view.selectionModel().selectedIndexes()}
    actual = model.column_of("actual")
    assert selected == {(0, actual), (1, actual)}
    assert view.currentIndex().row() == 0
    message = window.statusBar().currentMessage()
    assert message.startswith("Undone") or message.startswith("已撤销")
    assert "Paste" in message or "粘贴" in message

    workspace.show_tab(workspace.monthly)
    window.undo_stack.redo()
    assert workspace.tabs.currentWidget() is grid
    assert window.statusBar().currentMessage().startswith(("Redone", "已重做"))


def test_undo_of_a_project_cell_opens_the_projects_tab(qtbot, window):
    workspace = window.workspace
    workspace.show_tab(workspace.projects)
    model = workspace.projects.model
    row = model.row_of(window.store.ids["museum"])
    assert model.setData(model.index(row, model.column_of("fiscal_spent")), "7")
    workspace.show_tab(workspace.budget_lines)
    window.undo_stack.undo()
    assert workspace.tabs.currentWidget() is workspace.projects
    current = workspace.projects.view.currentIndex()
    assert (current.row(), current.column()) == (row, model.column_of("fiscal_spent"))


def test_undo_of_a_department_score_opens_its_item(qtbot, window):
    workspace = window.workspace
    workspace.show_tab(workspace.department)
    qtbot.waitUntil(lambda: not workspace.department.busy, timeout=20000)  # computed off the UI thread
    model = workspace.department.model
    item = model.find("财务管理合规性")
    score = item.siblingAtColumn(2)
    assert model.setData(score, "1.5")
    workspace.show_tab(workspace.projects)
    window.undo_stack.undo()
    assert workspace.tabs.currentWidget() is workspace.department
    current = workspace.department.view.currentIndex()
    assert current.internalPointer() is item.internalPointer() and current.column() == 2
    assert score.data() == ""
