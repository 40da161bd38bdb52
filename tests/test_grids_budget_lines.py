"""表1 grid: the standard lines appear empty, typed amounts are saved, the rates follow, undo works."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from desktop.models import DepartmentBudgetLine, open_store
from desktop.operations.year_items import STANDARD_BUDGET_LINES
from desktop.views.workspace import Workspace


@pytest.fixture
def workspace(qtbot, tmp_path):
    with open_store(tmp_path / "budget.db") as store:
        fill(store)
        stack = QUndoStack()
        workspace = Workspace(store, stack)
        workspace.undo_stack = stack
        qtbot.addWidget(workspace)
        workspace.set_year(YEAR)
        workspace.show_tab(workspace.budget_lines)
        yield workspace


def _cell(model, name, key):
    row = next(i for i, r in enumerate(model.rows) if r.name == name)
    return model.index(row, model.column_of(key))


def test_lines_rates_and_undo(qtbot, qtmodeltester, workspace):
    model = workspace.budget_lines.model
    qtmodeltester.check(model)
    assert [r.name for r in model.rows] == list(STANDARD_BUDGET_LINES)
    assert model.setData(_cell(model, "一、基本支出", "budget_initial"), "19904.36")
    assert model.setData(_cell(model, "一、基本支出", "budget_adjusted"), "20,392.39")
    assert model.setData(_cell(model, "一、基本支出", "spent"), "20341.08")
    assert _cell(model, "一、基本支出", "adjustment").data() == "2.45%"  # seed 003 表1
    assert _cell(model, "一、基本支出", "execution").data() == "99.75%"  # printed 99.74% (truncated)
    with workspace.store.session() as session:
        line = session.query(DepartmentBudgetLine).filter_by(name="一、基本支出").one()
        assert (line.budget_initial, line.budget_adjusted, line.spent) == (
            Decimal("19904.36"), Decimal("20392.39"), Decimal("20341.08"))
    assert not model.setData(_cell(model, "二、项目支出", "spent"), "-5")
    assert "不能为负数" in workspace.message.text()
    workspace.undo_stack.undo()
    assert _cell(model, "一、基本支出", "spent").data() in (None, "")
    assert _cell(model, "一、基本支出", "execution").data() == ""


SEED_003_TABLE1 = (  # seed 003 表1, without its 一、基本支出 and 合计 rows: the grid works them out
    "15565.06\t16411.86\t16398.38\n4339.30\t3980.53\t3942.70\n25442.00\t23887.96\t23450.78\n"
    "10881.96\t8084.50\t8083.47\n"
)


def test_totals_are_computed_read_only_and_printed(qtbot, workspace):
    from desktop.operations.report_data import budget_figures
    from desktop.reports.build import budget_table

    model, view = workspace.budget_lines.model, workspace.budget_lines.view
    view.setCurrentIndex(_cell(model, "(1)人员经费", "budget_initial"))
    assert view.paste(SEED_003_TABLE1)
    assert _cell(model, "一、基本支出", "budget_initial").data() == "19,904.36"  # (1) + (2)
    assert _cell(model, "合计", "budget_initial").data() == "45,346.36"  # 一 + 二, not the 其中 line
    assert _cell(model, "合计", "budget_adjusted").data() == "44,280.35"
    assert _cell(model, "合计", "spent").data() == "43,791.86"
    assert _cell(model, "合计", "adjustment").data() == "-2.35%"
    assert _cell(model, "合计", "execution").data() == "98.90%"
    total = _cell(model, "合计", "spent")
    assert not (total.flags() & Qt.ItemFlag.ItemIsEditable)
    assert not model.setData(total, "1")
    with workspace.store.session() as session:
        table = budget_table(budget_figures(session, YEAR))
    printed = {r.item: r for r in table.rows}
    assert printed["合计"].spent == Decimal("43791.86") and printed["合计"].is_total
    assert printed["一、基本支出"].budget_adjusted == Decimal("20392.39")
    workspace.undo_stack.undo()  # the paste, in one step
    assert _cell(model, "合计", "budget_initial").data() == ""


def test_a_stated_total_that_differs_is_coloured_and_listed(qtbot, workspace):
    with workspace.store.session() as session:  # as typed before totals were computed
        for name, value in (("二、项目支出", "100"), ("合计", "90")):
            session.query(DepartmentBudgetLine).filter_by(name=name).one().budget_initial = Decimal(value)
    workspace.set_year(YEAR)
    workspace.show_tab(workspace.budget_lines)
    model = workspace.budget_lines.model
    total = _cell(model, "合计", "budget_initial")
    assert total.data() == "100.00"
    assert total.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "90.00" in total.data(Qt.ItemDataRole.ToolTipRole)
    workspace.show_tab(workspace.checks)
    qtbot.waitUntil(lambda: not workspace.checks.busy, timeout=20000)  # computed off the UI thread
    checks = workspace.checks.model
    [row] = [i for i, r in enumerate(checks.rows) if r.entity == "department_budget_line"]
    assert "各项之和为 100.00" in checks.rows[row].message
    workspace.checks.view.doubleClicked.emit(checks.index(row, 0))
    assert workspace.tabs.currentWidget() is workspace.budget_lines
    assert workspace.budget_lines.view.currentIndex() == total
