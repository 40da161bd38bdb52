"""The store side of editing: one transaction per batch, validation naming the cell, the edit log."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import fill

from desktop.models import BudgetExecution, EditLog, Indicator, open_store
from desktop.operations import editing
from desktop.operations.editing import CellEdit, EditError


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
    changes = editing.apply_edit(store, "indicator", first, "weight", "１２.５")
    assert changes == [editing.Change("indicator", first, "weight", Decimal("25"), Decimal("12.5"))]
    assert _get(store, Indicator, first).weight == Decimal("12.5")
    [entry] = editing.history(store, "indicator", first, "weight")
    assert (entry.old, entry.new) == ("25", "12.5")


def test_unchanged_value_writes_nothing(store):
    assert editing.apply_edit(store, "indicator", store.ids["first"], "actual", "45") == []
    assert editing.edit_count(store) == 0


def test_bad_value_in_a_batch_names_the_cell_and_changes_nothing(store):
    first = store.ids["first"]
    edits = [CellEdit("indicator", first, "actual", "50"),
             CellEdit("indicator", first, "weight", "abc", "第 1 行「分值」")]
    with pytest.raises(EditError) as caught:
        editing.apply_edits(store, edits)
    assert "第 1 行「分值」" in str(caught.value) and "abc" in str(caught.value)
    assert caught.value.index == 1
    assert _get(store, Indicator, first).actual == "45"
    assert editing.edit_count(store) == 0


@pytest.mark.parametrize(
    ("field", "raw", "stored"),
    [("qualitative_tier", "2", 2), ("qualitative_tier", "达成年度指标", 1), ("sign_override", ">=", "≥"),
     ("qualitative_override", "是", True), ("deviation_reason", "  原因\r\n措施 ", "原因\n措施"), ("weight", "", None)],
)
def test_converters(store, field, raw, stored):
    editing.apply_edit(store, "indicator", store.ids["first"], field, raw)
    assert getattr(_get(store, Indicator, store.ids["first"]), field) == stored


@pytest.mark.parametrize(("field", "raw"), [("qualitative_tier", "5"), ("sign_override", "大约"), ("weight", "120")])
def test_refused_values(store, field, raw):
    with pytest.raises(EditError):
        editing.apply_edit(store, "indicator", store.ids["first"], field, raw)


def test_level_names_carry_their_codes(store):
    editing.apply_edit(store, "indicator", store.ids["first"], "level2", "质量指标")
    row = _get(store, Indicator, store.ids["first"])
    assert (row.level2, row.level2_code) == ("质量指标", "12")


def test_budget_fields_create_the_total_row(store):
    exchange = store.ids["exchange"]
    editing.apply_edit(store, "project", exchange, "spent", "30")
    with store.session() as session:
        row = session.query(BudgetExecution).filter_by(project_id=exchange, fund_source="total").one()
        assert row.spent == Decimal("30")
        assert session.query(EditLog).filter_by(entity="project", entity_id=exchange, field="spent").count() == 1


def test_undo_is_the_old_values_applied_again(store):
    first = store.ids["first"]
    changes = editing.apply_edit(store, "indicator", first, "actual", "30")
    editing.apply_edits(store, [c.reverted() for c in changes])
    assert _get(store, Indicator, first).actual == "45"
    assert [(e.old, e.new) for e in editing.history(store, "indicator", first, "actual")] == [("30", "45"), ("45", "30")]


def test_add_delete_restore_move(store):
    project = store.ids["science"]
    before = editing.indicator_order(store, project)
    new = editing.add_indicator(store, project, before[0], level1="产出指标")
    assert editing.indicator_order(store, project) == [before[0], new, *before[1:]]
    assert editing.move_indicator(store, new, -1)
    assert editing.indicator_order(store, project)[0] == new
    assert not editing.move_indicator(store, new, -1)
    snapshots = editing.delete_indicators(store, [new])
    assert editing.indicator_order(store, project) == before
    editing.restore_indicators(store, snapshots)
    assert editing.indicator_order(store, project)[0] == new


def test_split_and_unsplit(store):
    composite = store.ids["composite"]
    text = _get(store, Indicator, composite).annual_target
    parts = editing.suggest_split(text)
    assert parts == ["举办会议不少于3场", "出版论文集1本"]
    result = editing.split_indicator(store, composite, parts)
    order = editing.indicator_order(store, store.ids["exchange"])
    assert order[:2] == [composite, result.new_ids[0]]
    assert _get(store, Indicator, result.new_ids[0]).annual_target == "出版论文集1本"
    assert _get(store, Indicator, result.new_ids[0]).name == "学术会议场次"
    editing.unsplit_indicator(store, result)
    assert _get(store, Indicator, composite).annual_target == text
    assert len(editing.indicator_order(store, store.ids["exchange"])) == 3


def test_duplicate_project_name_is_refused_in_chinese(store):
    with pytest.raises(EditError) as caught:
        editing.apply_edit(store, "project", store.ids["exchange"], "name", "科普专项", "项目“学术交流”「项目」")
    assert "重复" in str(caught.value)
    with store.session() as session:
        from desktop.models import Project

        assert session.get(Project, store.ids["exchange"]).name == "学术交流"
    assert editing.edit_count(store) == 0
