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

from desktop.models import DepartmentIndicator, EditLog, Indicator, Project, StoreError, open_store
from desktop.operations.cells import edit_cell, edit_cells, history
from desktop.operations.changes import CellEdit
from desktop.operations.conflicts import EditConflict, EditError
from desktop.operations.department_rows import (
    add_department_indicator,
    delete_department_indicator,
    department_seen,
    new_department_indicator,
    restore_department_indicator,
)
from desktop.operations.indicator_rows import (
    _SNAPSHOT_FIELDS,
    add_indicator,
    delete_indicators,
    indicator_order,
    move_indicator,
    restore_indicators,
    seen_values_of,
)
from desktop.operations.split import split_indicator, unsplit_indicator
from desktop.operations.transaction import read, run
from desktop.views.grids.commands import (
    KEEP_THEIRS,
    LOOK,
    USE_MINE,
    AddDepartmentTarget,
    DeleteDepartmentTarget,
    DeleteIndicators,
    Editor,
    MoveIndicator,
    Resolution,
    SplitIndicator,
)


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
    run(b, edit_cells, [CellEdit("indicator", first, "actual", "50", "第 1 行「实际完成值」", expected=seen)])
    with pytest.raises(EditConflict) as refused:
        run(a, edit_cells, [CellEdit("indicator", first, "actual", "48", "第 1 行「实际完成值」", expected=seen)])
    [conflict] = refused.value.conflicts
    assert (conflict.theirs, conflict.mine, conflict.seen) == ("50", "48", "45")
    assert (conflict.who, conflict.machine) == ("李审核", "PC-B") and conflict.at is not None
    assert "李审核（PC-B）" in str(refused.value) and "“50”" in str(refused.value) and "“48”" in str(refused.value)
    assert _value(a, Indicator, first, "actual") == "50"  # B's value stands


def test_a_batch_with_one_conflict_saves_nothing(two):
    a, b = two
    first, composite = a.ids["first"], a.ids["composite"]
    run(b, edit_cells, [CellEdit("indicator", first, "weight", "20", expected=Decimal("25"))])
    with pytest.raises(EditConflict):
        run(a, edit_cells, [
            CellEdit("indicator", composite, "actual", "3场", expected=None),
            CellEdit("indicator", first, "weight", "30", expected=Decimal("25")),
        ])
    assert _value(a, Indicator, composite, "actual") is None
    assert _value(a, Indicator, first, "weight") == Decimal("20")


def test_same_amount_written_differently_is_not_a_conflict(two):
    a, _b = two
    first = a.ids["first"]
    # the grid read 25 while the store holds 25.000000 (PostgreSQL) or "25" (SQLite): one amount
    run(a, edit_cells, [CellEdit("indicator", first, "weight", "26", expected=Decimal("25.000"))])
    assert _value(a, Indicator, first, "weight") == Decimal("26")


def test_undo_of_an_edit_someone_changed_since_is_a_conflict(two, qapp):
    """Scripted in the issue: A saves, B saves, A presses undo → B's value was gone without a word."""
    a, b = two
    first = a.ids["first"]
    asked = []
    editor = Editor(a, QUndoStack())
    editor.resolver = lambda conflict: asked.append(conflict) or Resolution(KEEP_THEIRS)
    assert editor.edit([CellEdit("indicator", first, "actual", "46", expected="45")])
    run(b, edit_cells, [CellEdit("indicator", first, "actual", "47", expected="46")])
    editor.undo_stack.undo()
    assert len(asked) == 1 and asked[0].conflicts[0].theirs == "47" and asked[0].conflicts[0].mine == "45"
    assert _value(a, Indicator, first, "actual") == "47"  # kept, as the officer chose


def test_use_mine_and_edited_values_are_saved_over_theirs_knowingly(two, qapp):
    a, b = two
    first, second = a.ids["first"], a.ids["first"] + 1
    editor = Editor(a, QUndoStack())
    run(b, edit_cells, [CellEdit("indicator", first, "actual", "50", expected="45"),
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
    run(b, delete_indicators, [first])
    with pytest.raises(EditConflict) as refused:
        run(a, edit_cells, [CellEdit("indicator", first, "actual", "48", "第 1 行", expected="45")])
    assert "已被李审核（PC-B）" in str(refused.value) and "删除" in str(refused.value)


def test_edit_log_names_user_and_machine(two):
    a, _b = two
    run(a, edit_cell, "indicator", a.ids["first"], "actual", "44")
    [entry] = read(a, history, "indicator", a.ids["first"], "actual")
    assert (entry.old, entry.new, entry.user_name, entry.machine) == ("45", "44", "张会计", "PC-A")


def test_every_write_bumps_the_row_version(two):
    a, _b = two
    before = _value(a, Indicator, a.ids["first"], "version")
    run(a, edit_cell, "indicator", a.ids["first"], "actual", "44")
    run(a, move_indicator, a.ids["first"], 1)
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
        run(a, edit_cell, entity, ident, field, raw)
    assert all(w in str(refused.value) for w in words), str(refused.value)
    assert "未作任何修改" in str(refused.value)


@pytest.mark.parametrize("raw", ["1.23456789", "12345678901234.56", "0.0000000001"])
def test_numbers_round_trip_exactly_and_the_log_says_the_same(two, raw):
    a, b = two
    run(a, edit_cell, "project", a.ids["science"], "total", raw)
    assert _value(b, Project, a.ids["science"], "total") == Decimal(raw)
    [entry] = read(b, history, "project", a.ids["science"], "total")
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
        shown = seen_values_of({c: getattr(session.get(Indicator, first), c) for c in _SNAPSHOT_FIELDS})
    run(b, edit_cells, [CellEdit("indicator", first, "deviation_reason", "已说明", expected=None)])
    with pytest.raises(EditConflict) as refused:
        run(a, delete_indicators, [first], {first: shown})
    assert "已说明" in str(refused.value) and "未删除该行" in str(refused.value)
    assert _value(a, Indicator, first, "deviation_reason") == "已说明"  # the row is still there
    assert run(a, delete_indicators, [first], {first: {**shown, "deviation_reason": "已说明"}}).snapshots


def test_undo_of_a_delete_someone_already_undid_is_refused(two):
    a, b = two
    first = a.ids["first"]
    saved = run(a, delete_indicators, [first]).snapshots
    run(b, restore_indicators, saved)
    with pytest.raises(EditConflict, match="恢复"):
        run(a, restore_indicators, saved)


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
    new = run(a, add_department_indicator, department, 2022).id
    run(b, edit_cells, [CellEdit("department_indicator", new, "actual", "45场", expected=None)])
    with pytest.raises(EditConflict, match="45场"):  # A's undo of the add would throw B's entry away
        run(a, delete_department_indicator, new, department_seen(new_department_indicator(department, 2022)))
    [snapshot] = run(b, delete_department_indicator, new).snapshots
    run(a, restore_department_indicator, snapshot)
    with pytest.raises(EditConflict, match="恢复"):
        run(b, restore_department_indicator, snapshot)


def test_split_and_its_undo_refuse_a_target_someone_else_changed(two):
    a, b = two
    composite = a.ids["composite"]
    shown = _value(a, Indicator, composite, "annual_target")
    run(b, edit_cells, [CellEdit("indicator", composite, "annual_target", "举办会议不少于4场", expected=shown)])
    with pytest.raises(EditConflict, match="不少于4场"):
        run(a, split_indicator, composite, ["举办会议不少于3场", "出版论文集1本"], expected_target=shown)
    assert _value(a, Indicator, composite, "annual_target") == "举办会议不少于4场"
    result = run(a, split_indicator, composite, ["举办会议不少于4场", "出版论文集1本"],
                    expected_target="举办会议不少于4场")
    run(b, edit_cells, [CellEdit("indicator", result.new_ids[0], "actual", "1本", expected=None)])
    with pytest.raises(EditConflict, match="1本"):  # undoing the split would delete B's entry
        run(a, unsplit_indicator, result)
    assert _value(a, Indicator, result.new_ids[0], "actual") == "1本"


def test_a_move_over_someone_elses_reordering_is_refused(two):
    a, b = two
    first = a.ids["first"]
    shown = read(a, indicator_order, a.ids["science"])
    run(b, add_indicator, a.ids["science"], first, name="新指标")
    with pytest.raises(EditConflict, match="未移动"):
        run(a, move_indicator, shown[2], -1, shown)
    assert run(a, move_indicator, shown[2], -1, read(a, indicator_order, a.ids["science"])).order


def test_an_old_over_long_value_does_not_block_editing_the_rest_of_its_row(tmp_path):
    """A SQLite project imported before 0009 with a name past the limit (PostgreSQL never held
    one): its other cells stay editable."""
    with open_store(tmp_path / "old.db") as store:
        ids = fill(store)
        with store.engine.begin() as connection:  # as an older version could write it
            connection.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
            connection.exec_driver_sql(f"UPDATE project SET name = '{'长' * 600}' WHERE id = {ids['science']}")
            connection.exec_driver_sql("PRAGMA ignore_check_constraints=OFF")
        run(store, edit_cell, "project", ids["science"], "goal", "新的目标")
        assert _value(store, Project, ids["science"], "goal") == "新的目标"
        with pytest.raises(EditError, match="500"):
            run(store, edit_cell, "project", ids["science"], "name", "长" * 501)


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
    run(b, edit_cell, "indicator", a.ids["first"], "actual", "44")
    [entry] = read(a, history, "indicator", a.ids["first"], "actual")
    assert abs(entry.at - datetime.now()) < timedelta(minutes=2)
    with pytest.raises(EditConflict) as refused:
        run(a, edit_cells, [CellEdit("indicator", a.ids["first"], "actual", "43", expected="45")])
    assert abs(refused.value.conflicts[0].at - datetime.now()) < timedelta(minutes=2)


# -- row actions meet someone else's change: the officer decides (keep theirs / use mine / look) --


def _row_editor(store, choice):
    """An Editor whose row-conflict dialog answers `choice`; it records what it was asked."""
    editor = Editor(store, QUndoStack())
    editor.asked, editor.errors, editor.changes, editor.shown = [], [], [], []
    editor.row_resolver = lambda conflict, what: editor.asked.append((conflict, what)) or Resolution(choice)
    editor.error.connect(editor.errors.append)
    editor.changed.connect(editor.changes.append)
    editor.revisited.connect(lambda cells, _text: editor.shown.append(cells))
    return editor


def _delete_first_after_b_changed_it(a, b, choice):
    first, project = a.ids["first"], a.ids["science"]
    with a.session() as session:
        shown = seen_values_of({c: getattr(session.get(Indicator, first), c) for c in _SNAPSHOT_FIELDS})
    run(b, edit_cells, [CellEdit("indicator", first, "deviation_reason", "已说明", expected=None)])
    editor = _row_editor(a, choice)
    done = editor.perform(DeleteIndicators(editor, "删除 1 个指标", project, [first], {first: shown}))
    [(conflict, what)] = editor.asked
    assert what == "删除 1 个指标"
    [c] = conflict.conflicts
    assert (c.who, c.machine, c.theirs, c.seen, c.edit.entity_id) == ("李审核", "PC-B", "已说明", None, first)
    assert c.row == shown["name"] != ""  # which row, by the name the officer saw
    assert c.at is not None
    return editor, done


def _users_in_log(store, entity, ident):
    with store.session() as session:
        return set(session.scalars(select(EditLog.user_name).where(EditLog.entity == entity,
                                                                   EditLog.entity_id == ident)))


def test_keep_theirs_cancels_a_delete_of_a_row_someone_changed_and_refreshes(two, qapp):
    a, b = two
    editor, done = _delete_first_after_b_changed_it(a, b, KEEP_THEIRS)
    assert not done and editor.undo_stack.count() == 0
    assert _value(a, Indicator, a.ids["first"], "deviation_reason") == "已说明"  # their change stands
    assert editor.changes and a.ids["science"] in editor.changes[-1].structure  # the grid reads its rows again
    assert "未删除该行" in editor.errors[-1]


def test_use_mine_deletes_anyway_logged_with_both_names_and_undo_gives_their_value_back(two, qapp):
    a, b = two
    first = a.ids["first"]
    editor, done = _delete_first_after_b_changed_it(a, b, USE_MINE)
    assert done and editor.undo_stack.count() == 1
    with a.session() as session:
        assert session.get(Indicator, first) is None
    assert _users_in_log(a, "indicator", first) == {"张会计", "李审核"}
    editor.undo_stack.undo()  # nothing lost: the row comes back with B's words in it
    assert _value(a, Indicator, first, "deviation_reason") == "已说明"


def test_look_cancels_and_shows_the_row(two, qapp):
    a, b = two
    editor, done = _delete_first_after_b_changed_it(a, b, LOOK)
    assert not done and editor.undo_stack.count() == 0
    assert editor.shown == [[("indicator", a.ids["first"], "deviation_reason")]]
    assert _value(a, Indicator, a.ids["first"], "deviation_reason") == "已说明"


def test_a_move_over_someone_elses_added_row_names_them_and_each_choice_holds(two, qapp):
    a, b = two
    project = a.ids["science"]
    shown = read(a, indicator_order, project)
    run(b, add_indicator, project, shown[0], name="新指标")
    now = read(a, indicator_order, project)
    editor = _row_editor(a, KEEP_THEIRS)
    assert not editor.perform(MoveIndicator(editor, "移动指标", project, shown[1], -1, shown))
    [(conflict, _what)] = editor.asked
    assert (conflict.conflicts[0].who, conflict.conflicts[0].machine) == ("李审核", "PC-B")
    assert read(a, indicator_order, project) == now  # not moved
    editor = _row_editor(a, USE_MINE)
    assert editor.perform(MoveIndicator(editor, "移动指标", project, shown[1], -1, shown))
    moved = read(a, indicator_order, project)
    assert moved.index(shown[1]) == now.index(shown[1]) - 1 and sorted(moved) == sorted(now)  # nothing lost
    assert _users_in_log(a, "indicator", shown[1]) == {"张会计"}
    editor.undo_stack.undo()
    assert read(a, indicator_order, project) == now


def test_undo_of_a_split_over_someone_elses_entry_each_choice(two, qapp):
    a, b = two
    composite, project = a.ids["composite"], a.ids["exchange"]
    shown = _value(a, Indicator, composite, "annual_target")
    editor = _row_editor(a, KEEP_THEIRS)
    assert editor.perform(SplitIndicator(editor, "拆分指标", project, composite, ["举办会议不少于3场", "出版论文集1本"],
                                         shown))
    [new] = editor.undo_stack.command(0).result.new_ids
    run(b, edit_cells, [CellEdit("indicator", new, "actual", "1本", expected=None)])
    editor.undo_stack.undo()  # keep theirs: the split stays, B's entry too
    [(conflict, what)] = editor.asked
    assert what.endswith("拆分指标") and what != "拆分指标"  # "Undo …", not the split itself
    assert _value(a, Indicator, new, "actual") == "1本"
    assert _value(a, Indicator, composite, "annual_target") == "举办会议不少于3场"
    # use mine: a fresh split, then the same story
    run(a, edit_cells, [CellEdit("indicator", composite, "actual", "3场", expected=None)])
    editor = _row_editor(a, USE_MINE)
    assert editor.perform(SplitIndicator(editor, "拆分指标", project, new, ["出版论文集1本", "印刷500册"], None))
    [newer] = editor.undo_stack.command(0).result.new_ids
    run(b, edit_cells, [CellEdit("indicator", newer, "actual", "500册", expected=None)])
    editor.undo_stack.undo()
    with a.session() as session:
        assert session.get(Indicator, newer) is None  # undone anyway, as the officer chose
    assert _users_in_log(a, "indicator", newer) == {"张会计", "李审核"}
    editor.undo_stack.redo()  # redo puts the row back, B's entry with it: nothing lost
    assert _value(a, Indicator, newer, "actual") == "500册"


def test_department_target_undo_of_add_over_someone_elses_entry(two, qapp):
    a, b = two
    department = a.ids["department"]
    editor = _row_editor(a, KEEP_THEIRS)
    assert editor.perform(AddDepartmentTarget(editor, "添加目标", department, 2022))
    new = editor.undo_stack.command(0).target_id
    run(b, edit_cells, [CellEdit("department_indicator", new, "actual", "45场", expected=None)])
    editor.undo_stack.undo()
    assert _value(a, DepartmentIndicator, new, "actual") == "45场"
    assert "45场" in editor.errors[-1] and department in editor.changes[-1].department_structure
    editor = _row_editor(a, USE_MINE)
    with a.session() as session:
        record = session.get(DepartmentIndicator, new)
        seen = department_seen({k: getattr(record, k) for k in ("department_id", "year", "name", "actual")})
    run(b, edit_cells, [CellEdit("department_indicator", new, "actual", "46场")])
    assert editor.perform(DeleteDepartmentTarget(editor, "删除目标", department, new, seen))
    assert _users_in_log(a, "department_indicator", new) == {"张会计", "李审核"}
    editor.undo_stack.undo()
    assert _value(a, DepartmentIndicator, new, "actual") == "46场"


def test_a_row_put_back_by_someone_else_cannot_be_put_back_again(two, qapp):
    a, b = two
    first = a.ids["first"]
    editor = _row_editor(a, USE_MINE)
    assert editor.perform(DeleteIndicators(editor, "删除 1 个指标", a.ids["science"], [first], {}))
    snapshots = editor.undo_stack.command(0).saved
    run(b, restore_indicators, snapshots)
    editor.undo_stack.undo()  # "use mine" means nothing here: refused, said, nothing doubled
    assert editor.asked and "恢复" in editor.errors[-1]
    assert read(a, indicator_order, a.ids["science"]).count(first) == 1
