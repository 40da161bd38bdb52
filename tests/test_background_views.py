"""Issue 16 point 2 and issue 15's leftover: 检查 and 部门整体自评 catch up off the UI thread, and
the 单位 → 项目 tree shows what another officer imported on the refresh tick, selection kept."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import QSettings
from PySide6.QtGui import QUndoStack

from desktop.domain.numbers import fmt
from desktop.models import Department, Project, Unit, open_store
from desktop.views.main_window import PROJECT_ID_ROLE, MainWindow
from desktop.views.workspace import Workspace


@pytest.fixture
def two(tmp_path):
    path = tmp_path / "shared.db"
    with open_store(path, instance_lock=False) as mine, open_store(path, instance_lock=False) as other:
        mine.ids = fill(mine)
        yield mine, other


def _tree_projects(window) -> dict[str, list[str]]:
    model = window.tree_model
    return {model.item(u).text(): [model.item(u).child(p).text() for p in range(model.item(u).rowCount())]
            for u in range(model.rowCount())}


def test_the_tree_shows_projects_imported_elsewhere_and_keeps_the_selection(qtbot, two, tmp_path):
    mine, other = two
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", YEAR)
    window = MainWindow(mine, settings)
    qtbot.addWidget(window)
    window.show()
    before = _tree_projects(window)
    unit = window.tree_model.item(0)
    chosen = unit.child(unit.rowCount() - 1)
    window.tree.setCurrentIndex(chosen.index())
    chosen_id = chosen.data(PROJECT_ID_ROLE)
    first_unit = unit.text()

    with other.session() as session:  # another officer imports: a project in a known unit, a new unit
        known = session.query(Unit).filter_by(name=first_unit).one()
        session.add(Project(unit=known, year=YEAR, name="新增项目甲", sort_order=99, total=Decimal(1)))
        department = session.query(Department).first()
        session.add(Unit(name="新单位", department=department,
                         projects=[Project(year=YEAR, name="新增项目乙", sort_order=0, total=Decimal(1))]))
    assert _tree_projects(window) == before  # not yet looked

    window.refresher.poll()  # the periodic / focus tick, not 视图 → 刷新
    qtbot.waitUntil(lambda: "新单位" in _tree_projects(window), timeout=10000)
    after = _tree_projects(window)
    assert after[first_unit] == before[first_unit] + ["新增项目甲"]
    assert after["新单位"] == ["新增项目乙"]
    assert window.tree.currentIndex().data(PROJECT_ID_ROLE) == chosen_id  # the officer's place stays
    assert window.tree.isExpanded(window.tree_model.indexFromItem(
        next(window.tree_model.item(u) for u in range(window.tree_model.rowCount())
             if window.tree_model.item(u).text() == "新单位")))

    with other.session() as session:  # and a project removed elsewhere goes
        session.delete(session.query(Project).filter_by(name="新增项目甲").one())
    window.refresher.poll()
    qtbot.waitUntil(lambda: "新增项目甲" not in _tree_projects(window)[first_unit], timeout=10000)
    assert window.tree.currentIndex().data(PROJECT_ID_ROLE) == chosen_id


def test_checks_and_department_follow_an_edit_off_the_ui_thread(qtbot, two):
    mine, _other = two
    workspace = Workspace(mine, QUndoStack())
    qtbot.addWidget(workspace)
    workspace.show()
    workspace.set_year(YEAR)
    workspace.show_tab(workspace.checks)
    panel = workspace.checks
    assert panel.busy and panel.count.text() in ("Checking…", "正在检查…")  # said, not frozen
    qtbot.waitUntil(lambda: not panel.busy, timeout=20000)
    before = {(r.entity_id, r.field) for r in panel.model.rows}
    missing = next(r for r in panel.model.rows if r.entity == "indicator" and r.field == "deviation_reason")

    workspace.set_project(missing.project_id)
    model = workspace.indicators.model
    row = model.row_of(missing.entity_id)
    assert model.setData(model.index(row, model.column_of("deviation_reason")), "受天气影响，活动延期")
    workspace.show_tab(workspace.checks)
    qtbot.waitUntil(lambda: not panel.busy, timeout=20000)
    after = {(r.entity_id, r.field) for r in panel.model.rows}
    assert (missing.entity_id, "deviation_reason") in before - after

    workspace.show_tab(workspace.department)
    tree = workspace.department
    qtbot.waitUntil(lambda: not tree.busy, timeout=20000)
    total = tree.model.total
    manual = next(n for n in tree.model._walk(tree.model.root) if n.manual)
    score = next(i for i, c in enumerate(tree.model.columns) if c.key == "score")
    index = tree.model.createIndex(manual.row, score, manual)
    tree.view.setCurrentIndex(index)
    assert tree.model.setData(index, "1")
    qtbot.waitUntil(lambda: not tree.busy, timeout=20000)
    assert tree.model.total == total + Decimal(1)
    assert tree.view.currentIndex() == index  # rescored in place: the officer's cell stays
    shown = tree.model.data(index)  # what is painted follows (the kept texts were let go)
    assert shown == fmt(manual.score) and Decimal(shown) == Decimal(1)
    parent = manual.parent
    parent_index = tree.model.createIndex(parent.row, score, parent)
    assert tree.model.data(parent_index) == fmt(parent.score)


def test_a_new_check_with_as_many_problems_repaints_only_changed_lines_in_place(qtbot, two):
    mine, _other = two
    from desktop.views.grids.checks import CheckModel
    from desktop.views.grids.commands import Editor

    model = CheckModel(Editor(mine, QUndoStack()))
    rows = [(i, "error", 1, "项目", f"指标{i}", "列", f"问题{i}", "indicator", i, "actual") for i in range(50)]
    model.set_rows(rows)
    resets, changed = [], []
    model.modelReset.connect(lambda: resets.append(True))
    model.dataChanged.connect(lambda first, last, *_: changed.append((first.row(), last.row())))
    message = model.index(20, model.columns.index(next(c for c in model.columns if c.key == "message")))
    assert model.data(message) == "问题20"

    again = list(rows)
    again[20] = again[20][:6] + ("另一个问题",) + again[20][7:]
    model.set_rows(again)
    assert resets == [] and changed == [(20, 20)]  # the list stays where the officer is
    assert model.data(message) == "另一个问题"

    model.set_rows(again[:-1])  # one problem fewer: the list is laid out again
    assert resets == [True] and model.rowCount() == 49

    from PySide6.QtCore import Qt

    model.sort(message.column(), Qt.SortOrder.DescendingOrder)  # sorted, a new check stays sorted
    texts = [model.data(model.index(r, message.column())) for r in range(model.rowCount())]
    assert texts == sorted(texts, reverse=True)
    model.set_rows(rows[:-1])
    assert [model.data(model.index(r, message.column())) for r in range(model.rowCount())] == sorted(
        (r[6] for r in rows[:-1]), reverse=True)


def test_tree_sync_follows_any_order_and_keeps_untouched_items(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QTreeView

    from desktop.models.queries import ProjectRow, UnitNode
    from desktop.views.grids.refresh import sync_unit_tree

    tree = QTreeView()
    qtbot.addWidget(tree)
    tree.setModel(QStandardItemModel())

    def units(*spec):
        return [UnitNode(i, "部门", name, tuple(ProjectRow(pid, f"项目{pid}") for pid in pids))
                for i, (name, pids) in enumerate(spec)]

    def shown():
        model = tree.model()
        return [(model.item(u).text(), [model.item(u).child(p).data(PROJECT_ID_ROLE) for p in range(model.item(u).rowCount())])
                for u in range(model.rowCount())]

    sync_unit_tree(tree, units(("甲", [1, 2, 3]), ("乙", [4])), PROJECT_ID_ROLE)
    assert shown() == [("甲", [1, 2, 3]), ("乙", [4])]
    kept = tree.model().item(1).child(0)  # project 4, in a unit nothing happens to
    sync_unit_tree(tree, units(("丙", [7]), ("甲", [3, 2, 5]), ("乙", [4])), PROJECT_ID_ROLE)
    assert shown() == [("丙", [7]), ("甲", [3, 2, 5]), ("乙", [4])]  # a new unit, a reordering, an addition
    assert tree.model().item(2).child(0) is kept  # the same item, not a copy: a selection on it stays
    sync_unit_tree(tree, units(("乙", [4])), PROJECT_ID_ROLE)
    assert shown() == [("乙", [4])]
