"""项目, 月度执行, 部门整体自评 and 检查, driven as a user would; the main window shows them."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QUndoStack

from desktop.models import BudgetExecution, DepartmentEvalItem, MonthlySpending, Project, open_store
from desktop.views.grids.base import COMPUTED_BRUSH, ERROR_BRUSH
from desktop.views.workspace import Workspace


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "grids.db") as store:
        store.ids = fill(store)
        yield store


@pytest.fixture
def workspace(qtbot, store):
    stack = QUndoStack()
    workspace = Workspace(store, stack)
    qtbot.addWidget(workspace)
    workspace.resize(1400, 700)
    workspace.show()
    workspace.set_year(YEAR)
    return workspace


def _cell(model, row, key):
    return model.index(row, model.column_of(key))


def test_project_grid_edits_money_and_flags_the_sum(qtbot, workspace, store):
    workspace.show_tab(workspace.projects)
    model = workspace.projects.model
    names = [r.name for r in model.rows]
    assert names == ["科普专项", "学术交流", "场馆运行"]  # by unit name, then order
    exchange = model.row_of(store.ids["exchange"])
    total = _cell(model, exchange, "total")
    assert total.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH  # the stated 50 ≠ 40 + 0 + 0
    assert "≠" in total.data(Qt.ItemDataRole.ToolTipRole)
    assert not total.flags() & Qt.ItemFlag.ItemIsEditable  # worked out from its parts
    assert model.setData(_cell(model, exchange, "fiscal"), "45")
    with store.session() as session:
        project = session.get(Project, store.ids["exchange"])
        assert (project.fiscal, project.total) == (Decimal(45), Decimal(45))  # the total follows
    assert total.data() == "45.00"
    assert total.data(Qt.ItemDataRole.BackgroundRole) == COMPUTED_BRUSH
    workspace.undo_stack.undo()  # one step: the part and its total
    assert total.data() == "50.00" and total.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    with store.session() as session:
        assert session.get(Project, store.ids["exchange"]).fiscal == Decimal(40)


def test_project_grid_budget_execution_and_total_score(qtbot, workspace, store):
    workspace.show_tab(workspace.projects)
    model = workspace.projects.model
    row = model.row_of(store.ids["science"])
    assert _cell(model, row, "execution").data() == "95.00%"
    before = _cell(model, row, "score").data()
    assert model.setData(_cell(model, row, "spent"), "100")
    assert _cell(model, row, "execution").data() == "100.00%"
    assert Decimal(_cell(model, row, "score").data()) == Decimal(before) + Decimal("0.5")
    with store.session() as session:
        assert session.query(BudgetExecution).filter_by(project_id=store.ids["science"]).one().spent == 100
    # an indicator's actual moves the project's total too
    workspace.set_project(store.ids["science"])
    indicators = workspace.indicators.model
    indicators.setData(_cell(indicators, 1, "actual"), "18万人次")
    assert Decimal(_cell(model, row, "score").data()) > Decimal(before) + Decimal("0.5")


def test_monthly_grid_rates_and_average(qtbot, workspace, store):
    workspace.show_tab(workspace.monthly)
    grid = workspace.monthly
    model = grid.model
    assert len(model.rows) == 12
    view = grid.view
    view.setCurrentIndex(_cell(model, 2, "annual_budget"))
    assert view.paste("45456\t12408\n")
    assert _cell(model, 2, "progress").data() == "27.30%"
    assert _cell(model, 2, "execution").data() == "109.19%"
    assert "100.00%" in grid.summary.text()  # one month, capped at 100%
    with store.session() as session:
        row = session.query(MonthlySpending).filter_by(month=3).one()
        assert (row.annual_budget, row.cumulative_spent) == (Decimal(45456), Decimal(12408))
    assert not view.paste("-5\n")
    assert "不能为负数" in workspace.message.text()


def test_department_tree_manual_items_editable_computed_read_only(qtbot, workspace, store):
    workspace.show_tab(workspace.department)
    qtbot.waitUntil(lambda: not workspace.department.busy, timeout=20000)  # computed off the UI thread
    tree = workspace.department
    model = tree.model
    assert model.rowCount() == 2  # 履职效能, 管理效率
    computed = model.find("部门预算资金支出率")
    manual = model.find("财务管理合规性")
    score_col = 2
    assert not model.flags(computed.siblingAtColumn(score_col)) & Qt.ItemFlag.ItemIsEditable
    assert "年度平均执行率" in computed.siblingAtColumn(score_col).data(Qt.ItemDataRole.ToolTipRole)
    assert model.flags(manual.siblingAtColumn(score_col)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(manual.siblingAtColumn(score_col), "1.5")
    assert model.setData(manual.siblingAtColumn(4), "财务检查无问题")
    qtbot.waitUntil(lambda: not tree.busy, timeout=20000)  # the year is scored again off the UI thread
    assert manual.siblingAtColumn(score_col).data() == "1.50"
    with store.session() as session:
        item = session.query(DepartmentEvalItem).filter_by(name="财务管理合规性").one()
        assert (item.manual_score, item.evidence) == (Decimal("1.5"), "财务检查无问题")
    level1 = model.find("管理效率")
    assert Decimal(level1.siblingAtColumn(score_col).data()) >= Decimal("1.5")
    assert not model.setData(manual.siblingAtColumn(score_col), "abc")
    assert "abc" in workspace.message.text()
    workspace.undo_stack.undo()
    workspace.undo_stack.undo()
    qtbot.waitUntil(lambda: not tree.busy, timeout=20000)
    assert manual.siblingAtColumn(score_col).data() == ""


def test_check_panel_lists_problems_and_links_to_cells(qtbot, workspace, store):
    workspace.show_tab(workspace.checks)
    qtbot.waitUntil(lambda: not workspace.checks.busy, timeout=20000)  # computed off the UI thread
    panel = workspace.checks
    messages = [r.message for r in panel.model.rows]
    assert any("≠" in m for m in messages)  # 学术交流 总计 ≠ sum
    assert any("多个数值" in m for m in messages)  # the composite target
    composite = next(i for i, r in enumerate(panel.model.rows) if "多个数值" in r.message)
    panel.view.doubleClicked.emit(panel.model.index(composite, 0))
    assert workspace.tabs.currentWidget() is workspace.indicators
    current = workspace.indicators.view.currentIndex()
    assert workspace.indicators.model.rows[current.row()].id == store.ids["composite"]
    assert workspace.indicators.model.columns[current.column()].field == "annual_target"
    before = len(panel.model.rows)
    panel.show_todo.setChecked(True)
    assert len(panel.model.rows) > before


def test_every_model_passes_qtmodeltester(qtmodeltester, workspace):
    for tab in (workspace.projects, workspace.monthly, workspace.department, workspace.checks):
        workspace.show_tab(tab)
        qtmodeltester.check(tab.model)


def test_main_window_shows_the_workspace(qtbot, store, tmp_path):
    from desktop.views.main_window import MainWindow

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", YEAR)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    assert window.central.currentWidget() is window.workspace
    unit = window.tree_model.item(0)
    window.tree.setCurrentIndex(unit.child(0).index())
    assert window.workspace.project_id is not None
    assert window.workspace.indicators.model.rowCount() > 0
    model = window.workspace.indicators.model
    model.setData(model.index(0, model.column_of("actual")), "999")
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()


def test_views_that_score_the_year_catch_up_when_shown(qtbot, workspace, store):
    workspace.show_tab(workspace.department)
    qtbot.waitUntil(lambda: not workspace.department.busy, timeout=20000)  # computed off the UI thread
    item = workspace.department.model.find("部门预算资金支出率")
    assert item.siblingAtColumn(2).data() == "0.00"  # no months yet
    workspace.show_tab(workspace.all_indicators)
    assert len(workspace.all_indicators.model.rows) == 12
    workspace.show_tab(workspace.monthly)
    workspace.monthly.view.setCurrentIndex(_cell(workspace.monthly.model, 2, "annual_budget"))
    assert workspace.monthly.view.paste("45456\t12408\n")
    workspace.set_project(store.ids["science"])
    workspace.indicators.view.setCurrentIndex(workspace.indicators.model.index(0, 0))
    workspace.indicators.add_indicator()
    workspace.show_tab(workspace.department)
    qtbot.waitUntil(lambda: not workspace.department.busy, timeout=20000)  # computed off the UI thread
    item = workspace.department.model.find("部门预算资金支出率")
    assert item.siblingAtColumn(2).data() == "5.00"  # 109.19% capped at 100% × 5
    workspace.show_tab(workspace.all_indicators)
    assert len(workspace.all_indicators.model.rows) == 13
    workspace.undo_stack.undo()  # while looking at the all-indicators view
    assert len(workspace.all_indicators.model.rows) == 12


def test_department_tree_shows_what_perfdesk_score_computes(qtbot, workspace, store):
    from desktop.operations.scoring import score_year

    workspace.show_tab(workspace.department)
    qtbot.waitUntil(lambda: not workspace.department.busy, timeout=20000)  # computed off the UI thread
    model = workspace.department.model
    with store.session() as session:
        scored = score_year(session, YEAR).department
    for item in scored.items:
        shown = model.find(item.name).siblingAtColumn(2).data()
        if item.score is not None and (item.method != "manual"):
            assert Decimal(shown) == item.score.quantize(Decimal("0.01")), item.name
    assert model.total == scored.total
