"""The store side of editing: one transaction per batch, validation naming the cell, the edit log."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import fill

from desktop.domain.target_parts import suggest_split
from desktop.models import BudgetExecution, EditLog, Indicator, open_store
from desktop.operations.cells import edit_cell, edit_cells, edit_count, history
from desktop.operations.changes import CellEdit, Change, Changes
from desktop.operations.conflicts import EditConflict, EditError
from desktop.operations.indicator_rows import (
    add_indicator,
    delete_indicators,
    indicator_order,
    move_indicator,
    restore_indicators,
)
from desktop.operations.split import redo_split, split_indicator, unsplit_indicator
from desktop.operations.transaction import read, run


@pytest.fixture
def store(db_url):
    with open_store(db_url) as store:
        store.ids = fill(store)
        yield store


def _get(store, model, ident):
    with store.session() as session:
        return session.get(model, ident)


def test_edit_is_saved_converted_and_logged(store):
    first = store.ids["first"]
    changes = run(store, edit_cell, "indicator", first, "weight", "１２.５")
    assert changes.cells == (Change("indicator", first, "weight", Decimal("25"), Decimal("12.5")),)
    assert changes.ids("indicator") == {first} and not changes.structure
    assert _get(store, Indicator, first).weight == Decimal("12.5")
    [entry] = read(store, history, "indicator", first, "weight")
    assert (entry.old, entry.new) == ("25", "12.5")


def test_unchanged_value_writes_nothing(store):
    assert not run(store, edit_cell, "indicator", store.ids["first"], "actual", "45")
    assert read(store, edit_count) == 0


def test_bad_value_in_a_batch_names_the_cell_and_changes_nothing(store):
    first = store.ids["first"]
    edits = [CellEdit("indicator", first, "actual", "50"),
             CellEdit("indicator", first, "weight", "abc", "第 1 行「分值」")]
    with pytest.raises(EditError) as caught:
        run(store, edit_cells, edits)
    assert "第 1 行「分值」" in str(caught.value) and "abc" in str(caught.value)
    assert caught.value.index == 1
    assert _get(store, Indicator, first).actual == "45"
    assert read(store, edit_count) == 0


@pytest.mark.parametrize(
    ("field", "raw", "stored"),
    [("qualitative_tier", "2", 2), ("qualitative_tier", "达成年度指标", 1), ("sign_override", ">=", "≥"),
     ("qualitative_override", "是", True), ("deviation_reason", "  原因\r\n措施 ", "原因\n措施"), ("weight", "", None)],
)
def test_converters(store, field, raw, stored):
    run(store, edit_cell, "indicator", store.ids["first"], field, raw)
    assert getattr(_get(store, Indicator, store.ids["first"]), field) == stored


@pytest.mark.parametrize(("field", "raw"), [("qualitative_tier", "5"), ("sign_override", "大约"), ("weight", "120")])
def test_refused_values(store, field, raw):
    with pytest.raises(EditError):
        run(store, edit_cell, "indicator", store.ids["first"], field, raw)


def test_level_names_carry_their_codes(store):
    run(store, edit_cell, "indicator", store.ids["first"], "level2", "质量指标")
    row = _get(store, Indicator, store.ids["first"])
    assert (row.level2, row.level2_code) == ("质量指标", "12")


def test_budget_fields_create_the_total_row(store):
    exchange = store.ids["exchange"]
    run(store, edit_cell, "project", exchange, "spent", "30")
    with store.session() as session:
        row = session.query(BudgetExecution).filter_by(project_id=exchange, fund_source="total").one()
        assert row.spent == Decimal("30")
        assert session.query(EditLog).filter_by(entity="project", entity_id=exchange, field="spent").count() == 1


def test_undo_is_the_old_values_applied_again(store):
    first = store.ids["first"]
    changes = run(store, edit_cell, "indicator", first, "actual", "30")
    run(store, edit_cells, [c.reverted() for c in changes.cells])
    assert _get(store, Indicator, first).actual == "45"
    assert [(e.old, e.new) for e in read(store, history, "indicator", first, "actual")] == [("30", "45"), ("45", "30")]


def test_add_delete_restore_move(store):
    project = store.ids["science"]
    before = read(store, indicator_order, project)
    new = run(store, add_indicator, project, before[0], level1="产出指标").id
    assert read(store, indicator_order, project) == [before[0], new, *before[1:]]
    assert run(store, move_indicator, new, -1).changes.structure == {project}
    assert read(store, indicator_order, project)[0] == new
    assert not run(store, move_indicator, new, -1).changes
    snapshots = run(store, delete_indicators, [new]).snapshots
    assert read(store, indicator_order, project) == before
    run(store, restore_indicators, snapshots)
    assert read(store, indicator_order, project)[0] == new


def test_split_and_unsplit(store):
    composite = store.ids["composite"]
    text = _get(store, Indicator, composite).annual_target
    parts = suggest_split(text)
    assert parts == ["举办会议不少于3场", "出版论文集1本"]
    result = run(store, split_indicator, composite, parts)
    order = read(store, indicator_order, store.ids["exchange"])
    assert order[:2] == [composite, result.new_ids[0]]
    assert _get(store, Indicator, result.new_ids[0]).annual_target == "出版论文集1本"
    assert _get(store, Indicator, result.new_ids[0]).name == "学术会议场次"
    run(store, unsplit_indicator, result)
    assert _get(store, Indicator, composite).annual_target == text
    assert len(read(store, indicator_order, store.ids["exchange"])) == 3


def test_duplicate_project_name_is_refused_in_chinese(store):
    with pytest.raises(EditError) as caught:
        run(store, edit_cell, "project", store.ids["exchange"], "name", "科普专项", "项目“学术交流”「项目」")
    assert "重复" in str(caught.value)
    with store.session() as session:
        from desktop.models import Project

        assert session.get(Project, store.ids["exchange"]).name == "学术交流"
    assert read(store, edit_count) == 0


def test_changes_say_what_changed_and_merge():
    cell = Change("indicator", 3, "actual", "45", "50")
    rows = Changes(structure=frozenset({7}), added=frozenset({("indicator", 9)}))
    both = Changes.of_cells([cell]) | rows
    assert both.ids("indicator") == {3, 9} and both.structure == {7} and both.kinds() == {"indicator"}
    assert both.cells == (cell,) and both and not Changes()
    assert not Changes().ids("indicator")


def test_split_undo_and_redo_bring_back_the_same_rows_each_in_one_step(store):
    composite, project = store.ids["composite"], store.ids["exchange"]
    result = run(store, split_indicator, composite, ["举办会议不少于3场", "出版论文集1本"])
    after = read(store, indicator_order, project)
    assert result.changes.structure == {project} and result.changes.added == {("indicator", result.new_ids[0])}
    undone = run(store, unsplit_indicator, result)
    assert [r["id"] for r in undone.rows] == result.new_ids and tuple(after) == undone.order
    redone = run(store, redo_split, result, undone)
    assert read(store, indicator_order, project) == after  # same ids, same places
    assert _get(store, Indicator, composite).annual_target == "举办会议不少于3场"
    assert redone.structure == {project} and ("indicator", result.new_ids[0]) in redone.added


def test_a_refused_redo_of_a_split_changes_nothing(store):
    composite, project = store.ids["composite"], store.ids["exchange"]
    result = run(store, split_indicator, composite, ["举办会议不少于3场", "出版论文集1本"])
    undone = run(store, unsplit_indicator, result)
    before = read(store, indicator_order, project)
    run(store, edit_cell, "indicator", composite, "annual_target", "举办会议不少于5场")  # someone else, meanwhile
    with pytest.raises(EditConflict):
        run(store, redo_split, result, undone)
    assert read(store, indicator_order, project) == before  # the rows it had put back are gone again: one transaction
    assert _get(store, Indicator, composite).annual_target == "举办会议不少于5场"
