"""表4 grid: add a target, type it and its result, see the 完成率; undo the add; 表3 counts it."""

from __future__ import annotations

import pytest
from grids_data import YEAR, fill
from PySide6.QtGui import QUndoStack

from desktop.models import DepartmentIndicator, open_store
from desktop.views.workspace import Workspace


@pytest.fixture
def workspace(qtbot, tmp_path):
    with open_store(tmp_path / "targets.db") as store:
        fill(store)
        stack = QUndoStack()
        workspace = Workspace(store, stack)
        workspace.undo_stack = stack
        qtbot.addWidget(workspace)
        workspace.set_year(YEAR)
        workspace.show_tab(workspace.department_targets)
        yield workspace


def _count(store):
    with store.session() as session:
        return session.query(DepartmentIndicator).count()


def test_add_type_compute_and_undo(qtmodeltester, workspace):
    grid = workspace.department_targets
    model = grid.model
    qtmodeltester.check(model)
    before = len(model.rows)
    grid.add_button.click()
    assert len(model.rows) == before + 1 and _count(workspace.store) == before + 1
    row = before
    for key, text in (("level1", "产出指标"), ("name", "参加国际、国内学术交流"),
                      ("annual_target", "青年人才参加学术会议40场"), ("actual", "45场")):
        assert model.setData(model.index(row, model.column_of(key)), text)
    assert model.index(row, model.column_of("computed")).data() == "112.50%"  # seed 003 表4

    assert model.setData(model.index(row, model.column_of("completion")), "95%")
    with workspace.store.session() as session:
        assert str(session.get(DepartmentIndicator, model.rows[row].id).completion) == "0.95"
    assert model.index(row, model.column_of("completion")).data() == "95.00%"
    assert not model.setData(model.index(row, model.column_of("completion")), "-3")

    for _ in range(6):  # the five edits, then the add
        workspace.undo_stack.undo()
    assert len(model.rows) == before and _count(workspace.store) == before
    workspace.undo_stack.redo()
    assert len(model.rows) == before + 1


def test_delete_and_undo_keep_the_row(workspace):
    grid = workspace.department_targets
    model = grid.model
    grid.add_button.click()
    row = len(model.rows) - 1
    assert model.setData(model.index(row, model.column_of("name")), "会议数量")
    ident = model.rows[row].id
    grid.view.setCurrentIndex(model.index(row, 0))
    grid.delete_button.click()
    assert all(r.id != ident for r in model.rows)
    workspace.undo_stack.undo()
    assert any(r.id == ident and r.name == "会议数量" for r in model.rows)
