"""Issue 15, point 6: a grid shows others' changes on focus and every N seconds, without losing
the officer's place or an edit in progress."""

from __future__ import annotations

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLineEdit

from desktop.models import open_store
from desktop.operations.cells import edit_cell, edit_cells
from desktop.operations.changes import CellEdit
from desktop.operations.indicator_rows import delete_indicators
from desktop.operations.transaction import run
from desktop.views.grids.refresh import Refresher
from desktop.views.workspace import Workspace


@pytest.fixture
def two(db_url):
    with open_store(db_url, instance_lock=False) as mine, open_store(db_url, instance_lock=False) as other:
        mine.ids = fill(mine)
        mine.user, other.user = "张会计", "李审核"
        yield mine, other


@pytest.fixture
def screen(qtbot, two):
    mine, _other = two
    workspace = Workspace(mine, QUndoStack())
    qtbot.addWidget(workspace)
    workspace.resize(1400, 700)
    workspace.show()
    workspace.set_year(YEAR)
    workspace.set_project(mine.ids["science"])
    refresher = Refresher(workspace.editor, workspace, seconds=0)
    return workspace, refresher


def _text(model, row, key):
    return model.index(row, model.column_of(key)).data()


def test_others_edit_shows_and_the_current_cell_stays(screen, two):
    workspace, refresher = screen
    mine, other = two
    grid = workspace.indicators
    model, view = grid.model, grid.view
    view.setCurrentIndex(model.index(2, model.column_of("name")))
    run(other, edit_cells, [CellEdit("indicator", mine.ids["first"], "actual", "52", expected="45")])
    assert _text(model, 0, "actual") == "45"  # not yet looked
    assert refresher.poll() == 1
    assert _text(model, 0, "actual") == "52"
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, model.column_of("name"))
    assert refresher.poll() == 0  # seen once; my own saves are not "others' changes"
    run(mine, edit_cell, "indicator", mine.ids["first"], "actual", "53")
    assert refresher.poll() == 0


def test_a_row_deleted_elsewhere_disappears_and_the_place_follows_its_record(screen, two):
    workspace, refresher = screen
    mine, other = two
    model, view = workspace.indicators.model, workspace.indicators.view
    third = model.rows[2].id
    view.setCurrentIndex(model.index(2, 1))
    run(other, delete_indicators, [mine.ids["first"]])
    refresher.poll()
    assert [r.id for r in model.rows][:1] != [mine.ids["first"]] and len(model.rows) == 3
    assert model.rows[view.currentIndex().row()].id == third  # the same indicator, now row 2


def test_no_refresh_under_an_open_editor(qtbot, screen, two):
    workspace, refresher = screen
    mine, other = two
    model, view = workspace.indicators.model, workspace.indicators.view
    view.setFocus()
    view.setCurrentIndex(model.index(0, model.column_of("actual")))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    [line] = view.findChildren(QLineEdit)
    line.setText("49")
    run(other, edit_cells, [CellEdit("indicator", mine.ids["first"] + 1, "actual", "16万人次", expected="15万人次")])
    assert refresher.poll() == -1  # deferred
    assert line.text() == "49" and view.state() == view.State.EditingState
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.wait(20)
    assert refresher.poll() == 1
    assert _text(model, 1, "actual") == "16万人次" and _text(model, 0, "actual") == "49"


def test_typing_over_a_cell_someone_changed_asks_and_keeps_theirs(screen, two):
    """The grid's own edit path: the cell sends what it showed; the officer is asked."""
    from desktop.views.grids.commands import KEEP_THEIRS, Resolution

    workspace, _refresher = screen
    mine, other = two
    model = workspace.indicators.model
    asked = []
    workspace.editor.resolver = lambda conflict: asked.append(conflict) or Resolution(KEEP_THEIRS)
    run(other, edit_cells, [CellEdit("indicator", mine.ids["first"], "actual", "50", expected="45")])
    assert _text(model, 0, "actual") == "45"  # the grid has not looked yet
    model.setData(model.index(0, model.column_of("actual")), "48")
    [conflict] = asked
    assert (conflict.conflicts[0].theirs, conflict.conflicts[0].mine, conflict.conflicts[0].who) == ("50", "48", "李审核")
    assert _text(model, 0, "actual") == "50"  # theirs kept, and now shown
    assert workspace.editor.undo_stack.count() == 0  # nothing saved, nothing to undo
