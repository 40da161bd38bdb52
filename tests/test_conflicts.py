"""Issue 15: two officers on one database — a save over a value someone else changed is refused,
the officer is told who, when, theirs and mine; the edit log names them; the limits hold on both
back ends. Every test runs on SQLite and (marker `postgres`) on PostgreSQL."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import fill
from PySide6.QtGui import QUndoStack
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from desktop.models import EditLog, Indicator, Project, StoreError, open_store
from desktop.operations import editing
from desktop.operations.editing import CellEdit, EditConflict, EditError
from desktop.views.grids.commands import KEEP_THEIRS, USE_MINE, Editor, Resolution


@pytest.fixture
def two(db_url):
    """Officer A and officer B, each with their own connection to the same database."""
    with open_store(db_url, instance_lock=False) as a, open_store(db_url, instance_lock=False) as b:
        a.ids = fill(a)
        a.user, a.machine = "张会计", "PC-A"
        b.user, b.machine = "李审核", "PC-B"
        yield a, b


def _value(store, model, ident, field):
    with store.session() as session:
        return getattr(session.get(model, ident), field)


def test_a_save_over_a_changed_cell_is_refused_with_who_when_theirs_and_mine(two):
    a, b = two
    first = a.ids["first"]
    seen = _value(a, Indicator, first, "actual")  # both grids show "45"
    assert seen == "45"
    editing.apply_edits(b, [CellEdit("indicator", first, "actual", "50", "第 1 行「实际完成值」", expected=seen)])
    with pytest.raises(EditConflict) as refused:
        editing.apply_edits(a, [CellEdit("indicator", first, "actual", "48", "第 1 行「实际完成值」", expected=seen)])
    [conflict] = refused.value.conflicts
    assert (conflict.theirs, conflict.mine, conflict.seen) == ("50", "48", "45")
    assert (conflict.who, conflict.machine) == ("李审核", "PC-B") and conflict.at is not None
    assert "李审核（PC-B）" in str(refused.value) and "“50”" in str(refused.value) and "“48”" in str(refused.value)
    assert _value(a, Indicator, first, "actual") == "50"  # B's value stands


def test_a_batch_with_one_conflict_saves_nothing(two):
    a, b = two
    first, composite = a.ids["first"], a.ids["composite"]
    editing.apply_edits(b, [CellEdit("indicator", first, "weight", "20", expected=Decimal("25"))])
    with pytest.raises(EditConflict):
        editing.apply_edits(a, [
            CellEdit("indicator", composite, "actual", "3场", expected=None),
            CellEdit("indicator", first, "weight", "30", expected=Decimal("25")),
        ])
    assert _value(a, Indicator, composite, "actual") is None
    assert _value(a, Indicator, first, "weight") == Decimal("20")


def test_same_amount_written_differently_is_not_a_conflict(two):
    a, _b = two
    first = a.ids["first"]
    # the grid read 25 while the store holds 25.000000 (PostgreSQL) or "25" (SQLite): one amount
    editing.apply_edits(a, [CellEdit("indicator", first, "weight", "26", expected=Decimal("25.000"))])
    assert _value(a, Indicator, first, "weight") == Decimal("26")


def test_undo_of_an_edit_someone_changed_since_is_a_conflict(two, qapp):
    """Scripted in the issue: A saves, B saves, A presses undo → B's value was gone without a word."""
    a, b = two
    first = a.ids["first"]
    asked = []
    editor = Editor(a, QUndoStack())
    editor.resolver = lambda conflict: asked.append(conflict) or Resolution(KEEP_THEIRS)
    assert editor.edit([CellEdit("indicator", first, "actual", "46", expected="45")])
    editing.apply_edits(b, [CellEdit("indicator", first, "actual", "47", expected="46")])
    editor.undo_stack.undo()
    assert len(asked) == 1 and asked[0].conflicts[0].theirs == "47" and asked[0].conflicts[0].mine == "45"
    assert _value(a, Indicator, first, "actual") == "47"  # kept, as the officer chose


def test_use_mine_and_edited_values_are_saved_over_theirs_knowingly(two, qapp):
    a, b = two
    first, second = a.ids["first"], a.ids["first"] + 1
    editor = Editor(a, QUndoStack())
    editing.apply_edits(b, [CellEdit("indicator", first, "actual", "50", expected="45"),
                            CellEdit("indicator", second, "actual", "16万人次", expected="15万人次")])
    editor.resolver = lambda conflict: Resolution(USE_MINE, {1: "17万人次"})
    assert editor.edit([CellEdit("indicator", first, "actual", "48", expected="45"),
                        CellEdit("indicator", second, "actual", "15.5万人次", expected="15万人次")])
    assert _value(a, Indicator, first, "actual") == "48"
    assert _value(a, Indicator, second, "actual") == "17万人次"
    with a.session() as session:  # the log says what was replaced: B's value, not the one A had seen
        olds = session.scalars(select(EditLog.old).where(EditLog.entity_id == first).order_by(EditLog.id)).all()
    assert olds == ["45", "50"]


def test_deleted_row_is_a_conflict_for_an_edit_that_saw_it(two):
    a, b = two
    first = a.ids["first"]
    editing.delete_indicators(b, [first])
    with pytest.raises(EditConflict) as refused:
        editing.apply_edits(a, [CellEdit("indicator", first, "actual", "48", "第 1 行", expected="45")])
    assert "已被李审核（PC-B）" in str(refused.value) and "删除" in str(refused.value)


def test_edit_log_names_user_and_machine(two):
    a, _b = two
    editing.apply_edit(a, "indicator", a.ids["first"], "actual", "44")
    [entry] = editing.history(a, "indicator", a.ids["first"], "actual")
    assert (entry.old, entry.new, entry.user_name, entry.machine) == ("45", "44", "张会计", "PC-A")


def test_every_write_bumps_the_row_version(two):
    a, _b = two
    before = _value(a, Indicator, a.ids["first"], "version")
    editing.apply_edit(a, "indicator", a.ids["first"], "actual", "44")
    editing.move_indicator(a, a.ids["first"], 1)
    assert _value(a, Indicator, a.ids["first"], "version") == before + 2


# --- limits: the same Chinese sentence on both back ends, and exact round trips -------------------


@pytest.mark.parametrize(
    ("entity", "field", "raw", "words"),
    [
        ("project", "name", "项" * 600, ["项目名称", "600", "500"]),
        ("indicator", "value_override", "1e20", ["指标数值", "过大"]),
        ("indicator", "unit_override", "人" * 30, ["计量单位", "30", "20"]),
        ("indicator", "value_override", "1.123456789012", ["指标数值", "小数位"]),
    ],
)
def test_limits_are_checked_at_entry_with_a_chinese_sentence(two, entity, field, raw, words):
    a, _b = two
    ident = a.ids["science"] if entity == "project" else a.ids["first"]
    with pytest.raises(EditError) as refused:
        editing.apply_edit(a, entity, ident, field, raw)
    assert all(w in str(refused.value) for w in words), str(refused.value)
    assert "未作任何修改" in str(refused.value)


@pytest.mark.parametrize("raw", ["1.23456789", "12345678901234.56", "0.0000000001"])
def test_numbers_round_trip_exactly_and_the_log_says_the_same(two, raw):
    a, b = two
    editing.apply_edit(a, "project", a.ids["science"], "total", raw)
    assert _value(b, Project, a.ids["science"], "total") == Decimal(raw)
    [entry] = editing.history(b, "project", a.ids["science"], "total")
    assert Decimal(entry.new) == _value(b, Project, a.ids["science"], "total")


def test_the_schema_itself_refuses_overlong_text(two):
    """Not only the app: a row written past it (another tool, an old client) is refused too."""
    a, _b = two
    with pytest.raises(DBAPIError), a.session() as session:
        session.execute(text("UPDATE unit SET name = :n WHERE id = :i"), {"n": "单" * 300, "i": a.ids["own"]})
    with a.session() as session:
        assert session.execute(text("SELECT name FROM unit WHERE id = :i"), {"i": a.ids["own"]}).scalar() == "市科协本级"


def test_a_newer_database_is_refused_with_a_sentence(db_url):
    with open_store(db_url) as store, store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    with pytest.raises(StoreError, match="更新版本"):
        open_store(db_url)


def test_deleting_a_row_someone_changed_since_is_refused(two):
    a, b = two
    first = a.ids["first"]
    with a.session() as session:
        shown = editing.seen_values_of({c: getattr(session.get(Indicator, first), c) for c in editing._SNAPSHOT_FIELDS})
    editing.apply_edits(b, [CellEdit("indicator", first, "deviation_reason", "已说明", expected=None)])
    with pytest.raises(EditConflict) as refused:
        editing.delete_indicators(a, [first], {first: shown})
    assert "已说明" in str(refused.value) and "未删除该行" in str(refused.value)
    assert _value(a, Indicator, first, "deviation_reason") == "已说明"  # the row is still there
    assert editing.delete_indicators(a, [first], {first: {**shown, "deviation_reason": "已说明"}})


def test_undo_of_a_delete_someone_already_undid_is_refused(two):
    a, b = two
    first = a.ids["first"]
    saved = editing.delete_indicators(a, [first])
    editing.restore_indicators(b, saved)
    with pytest.raises(EditConflict, match="恢复"):
        editing.restore_indicators(a, saved)


def test_an_import_past_the_limits_is_refused_whole_with_a_sentence(db_url):
    from desktop.importers.model import ImportedProject, ImportedTable
    from desktop.operations.imports import write_tables

    table = ImportedTable(source="units.xlsx", department="某部门")
    table.projects = [ImportedProject(unit="甲单位", supervisor=None, name="运维经费", place="第 3 行"),
                      ImportedProject(unit="单" * 300, supervisor=None, name="培训经费", place="第 4 行")]
    with open_store(db_url) as store:
        with pytest.raises(StoreError) as refused:
            write_tables(store, [table], year=2024)
        with store.session() as session:
            assert session.execute(text("SELECT count(*) FROM project")).scalar() == 0
    message = str(refused.value)
    assert all(w in message for w in ("units.xlsx", "第 4 行", "培训经费", "预算单位", "300", "200", "未导入任何内容"))


def test_department_target_rows_are_not_deleted_over_someone_elses_change(two):
    a, b = two
    department = a.ids["department"]
    new = editing.add_department_indicator(a, department, 2022)
    editing.apply_edits(b, [CellEdit("department_indicator", new, "actual", "45场", expected=None)])
    with pytest.raises(EditConflict, match="45场"):  # A's undo of the add would throw B's entry away
        editing.delete_department_indicator(a, new, editing.department_seen(editing.new_department_indicator(department, 2022)))
    snapshot = editing.delete_department_indicator(b, new)
    editing.restore_department_indicator(a, snapshot)
    with pytest.raises(EditConflict, match="恢复"):
        editing.restore_department_indicator(b, snapshot)


def test_split_and_its_undo_refuse_a_target_someone_else_changed(two):
    a, b = two
    composite = a.ids["composite"]
    shown = _value(a, Indicator, composite, "annual_target")
    editing.apply_edits(b, [CellEdit("indicator", composite, "annual_target", "举办会议不少于4场", expected=shown)])
    with pytest.raises(EditConflict, match="不少于4场"):
        editing.split_indicator(a, composite, ["举办会议不少于3场", "出版论文集1本"], expected_target=shown)
    assert _value(a, Indicator, composite, "annual_target") == "举办会议不少于4场"
    result = editing.split_indicator(a, composite, ["举办会议不少于4场", "出版论文集1本"],
                                     expected_target="举办会议不少于4场")
    editing.apply_edits(b, [CellEdit("indicator", result.new_ids[0], "actual", "1本", expected=None)])
    with pytest.raises(EditConflict, match="1本"):  # undoing the split would delete B's entry
        editing.unsplit_indicator(a, result)
    assert _value(a, Indicator, result.new_ids[0], "actual") == "1本"


def test_a_move_over_someone_elses_reordering_is_refused(two):
    a, b = two
    first = a.ids["first"]
    shown = editing.indicator_order(a, a.ids["science"])
    editing.add_indicator(b, a.ids["science"], first, name="新指标")
    with pytest.raises(EditConflict, match="未移动"):
        editing.move_indicator(a, shown[2], -1, shown)
    assert editing.move_indicator(a, shown[2], -1, editing.indicator_order(a, a.ids["science"]))


def test_an_old_over_long_value_does_not_block_editing_the_rest_of_its_row(tmp_path):
    """A SQLite project imported before 0009 with a name past the limit (PostgreSQL never held
    one): its other cells stay editable."""
    with open_store(tmp_path / "old.db") as store:
        ids = fill(store)
        with store.engine.begin() as connection:  # as an older version could write it
            connection.exec_driver_sql("DROP TRIGGER trg_project_name_length_update")
            connection.exec_driver_sql(f"UPDATE project SET name = '{'长' * 600}' WHERE id = {ids['science']}")
            connection.exec_driver_sql(
                "CREATE TRIGGER trg_project_name_length_update BEFORE UPDATE OF name ON project FOR EACH ROW "
                "WHEN length(NEW.name) > 500 BEGIN SELECT RAISE(ABORT, 'value too long'); END")
        editing.apply_edit(store, "project", ids["science"], "goal", "新的目标")
        assert _value(store, Project, ids["science"], "goal") == "新的目标"
        with pytest.raises(EditError, match="500"):
            editing.apply_edit(store, "project", ids["science"], "name", "长" * 501)


def test_a_server_the_app_cannot_reach_or_drive_is_a_sentence(tmp_path):
    with pytest.raises(StoreError, match="驱动"):
        open_store("postgresql+nosuchdriver://officer@127.0.0.1:1/perfdesk")
    pytest.importorskip("psycopg", reason="psycopg comes with the postgres extra")
    with pytest.raises(StoreError, match="无法连接共享数据库") as refused:
        open_store("postgresql+psycopg://officer:secret@127.0.0.1:1/perfdesk?connect_timeout=3")
    assert "secret" not in str(refused.value)


def test_times_are_on_this_pcs_clock_on_both_back_ends(two):
    from datetime import datetime, timedelta

    a, b = two
    editing.apply_edit(b, "indicator", a.ids["first"], "actual", "44")
    [entry] = editing.history(a, "indicator", a.ids["first"], "actual")
    assert abs(entry.at - datetime.now()) < timedelta(minutes=2)
    with pytest.raises(EditConflict) as refused:
        editing.apply_edits(a, [CellEdit("indicator", a.ids["first"], "actual", "43", expected="45")])
    assert abs(refused.value.conflicts[0].at - datetime.now()) < timedelta(minutes=2)
