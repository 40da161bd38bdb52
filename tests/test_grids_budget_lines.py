"""表1 grid: the standard lines appear empty, typed amounts are saved, the rates follow, undo works."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import YEAR, fill
from PySide6.QtGui import QUndoStack

from desktop.models import DepartmentBudgetLine, open_store
from desktop.models.editing import STANDARD_BUDGET_LINES
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
    assert not model.setData(_cell(model, "合计", "spent"), "-5")
    assert "不能为负数" in workspace.message.text()
    workspace.undo_stack.undo()
    assert _cell(model, "一、基本支出", "spent").data() in (None, "")
    assert _cell(model, "一、基本支出", "execution").data() == ""
