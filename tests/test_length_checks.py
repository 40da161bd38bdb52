"""Migration 0010: SQLite's text limits as one CHECK per column instead of 0009's triggers (an
import's bulk insert paid for the triggers). A text past its limit is still refused, with the
limits' sentence; the upgrade from 0009 keeps every row."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import CheckConstraint, inspect, text
from sqlalchemy.exc import DBAPIError

from desktop.models import migrate, open_store
from desktop.models.db_errors import describe_database_error, length_refusal
from desktop.models.entities import Base
from desktop.models.store import make_engine
from desktop.operations.conflicts import EditError
from desktop.operations.transaction import run

# every table 0009 guarded with triggers, and a limited column of each
LIMITED = {
    "department": "name", "unit": "name", "project": "supervisor", "indicator": "level1_code",
    "budget_execution": "fund_source", "department_budget_line": "name", "department_indicator": "unit_override",
    "department_eval_item": "method", "edit_log": "machine", "import_source": "layout",
}
TABLES = (*LIMITED, "monthly_spending", "printed_figure")


def _at_0009(path):
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection, migrate.migration_transaction(connection):
            migrate.upgrade(connection, "0009")
    finally:
        engine.dispose()


def _fill(path, long_name=False):
    """Rows in every table, children of every parent (ON DELETE CASCADE all the way down)."""
    con = sqlite3.connect(path)
    try:
        if long_name:  # as a version before 0009 could write it
            con.execute("DROP TRIGGER trg_project_lengths_insert")
        con.executescript("""
            PRAGMA foreign_keys = ON;
            INSERT INTO department (id, name) VALUES (1, '市科协'), (2, '市财政局');
            INSERT INTO unit (id, department_id, name, code) VALUES (1, 1, '市科协本级', '820001'), (2, 2, '本级', NULL);
            INSERT INTO project (id, unit_id, year, name, supervisor, sort_order, total, source)
                VALUES (1, 1, 2024, '科普经费', '市科协', 1, '12.5', 'a.xlsx'), (2, 2, 2024, '培训经费', NULL, 2, NULL, NULL);
            INSERT INTO indicator (id, project_id, sort_order, seq, level1, level1_code, level2, name, annual_target, actual, weight)
                VALUES (1, 1, 0, 1, '产出指标', '1', '数量指标', '科普活动次数', '≥40场', '45场', '10'),
                       (2, 1, 1, 2, '效益指标', '2', '社会效益', '受众人次', '≥1000人次', NULL, '20'),
                       (3, 2, 0, 1, '产出指标', '1', '质量指标', '合格率', '100%', '100%', NULL);
            INSERT INTO budget_execution (project_id, fund_source, spent) VALUES (1, 'total', '1.00'), (1, 'fiscal', '0.5');
            INSERT INTO printed_figure (project_id, indicator_id, item, value, text) VALUES (1, 1, 'score', '10', '10分'), (1, NULL, 'total', '12.5', NULL);
            INSERT INTO department_budget_line (department_id, year, sort_order, name, spent) VALUES (1, 2024, 0, '基本支出', '3');
            INSERT INTO monthly_spending (department_id, year, month, annual_budget, cumulative_spent) VALUES (1, 2024, 6, '10', '4');
            INSERT INTO department_indicator (department_id, year, sort_order, level1, name, unit_override) VALUES (1, 2024, 0, '产出指标', '覆盖率', '%');
            INSERT INTO department_eval_item (id, department_id, year, parent_id, code, sort_order, level, name, method)
                VALUES (1, 1, 2024, NULL, 'A', 0, 1, '决策', 'sum'), (2, 1, 2024, 1, 'A1', 0, 2, '目标设定', 'manual');
            INSERT INTO edit_log (entity, entity_id, field, old, new, user_name, machine) VALUES ('indicator', 1, 'actual', '44场', '45场', '张会计', 'PC-A');
            INSERT INTO import_source (year, department_id, source, department, amount_unit, layout) VALUES (2024, 1, 'a.xlsx', '市科协', '万元', 'units');
        """)
        if long_name:
            con.execute("INSERT INTO project (id, unit_id, year, name, sort_order) VALUES (3, 1, 2024, ?, 3)", ("长" * 600,))
            con.execute("INSERT INTO indicator (project_id, sort_order, name) VALUES (3, 0, '旧指标')")
        con.commit()
    finally:
        con.close()


def _rows(path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {t: con.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall() for t in TABLES}
    finally:
        con.close()


def _schema_objects(path, kind) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = ? ORDER BY name", (kind,))]
    finally:
        con.close()


@pytest.fixture(params=["new", "from_0009"])
def store(request, tmp_path):
    path = tmp_path / f"{request.param}.db"
    if request.param == "from_0009":
        _at_0009(path)
    else:
        open_store(path).close()  # made from the schema script
    _fill(path)
    with open_store(path) as opened:
        yield opened


def _refused_by_the_schema(store, statement, **values) -> str:
    """A write that bypasses the limits' check before the flush, as an operation: the sentence."""
    with pytest.raises(EditError) as refused:
        run(store, lambda session: session.execute(text(statement), values))
    return str(refused.value)


def test_a_text_past_its_limit_is_refused_on_insert_and_update_with_the_sentence(store):
    said = _refused_by_the_schema(
        store, "INSERT INTO indicator (project_id, sort_order, name, level1) VALUES (1, 9, '新指标', :v)", v="产" * 51)
    assert all(w in said for w in ("绩效指标", "一级指标", "50", "未作任何修改")), said
    said = _refused_by_the_schema(store, "UPDATE unit SET name = :v WHERE id = 1", v="单" * 201)
    assert all(w in said for w in ("预算单位", "名称", "200", "未作任何修改")), said
    said = _refused_by_the_schema(store, "UPDATE indicator SET unit_override = :v", v="人" * 21)
    assert "计量单位" in said and "20" in said, said
    # the limit itself still fits, and nothing refused was written
    run(store, lambda session: session.execute(text("UPDATE unit SET name = :v WHERE id = 1"), {"v": "单" * 200}))
    with store.session() as session:
        assert session.execute(text("SELECT count(*) FROM indicator WHERE name = '新指标'")).scalar() == 0


@pytest.mark.parametrize(("table", "column"), LIMITED.items())
def test_every_guarded_column_is_refused_by_name(store, table, column):
    with pytest.raises(DBAPIError) as refused, store.engine.begin() as connection:
        connection.exec_driver_sql(f"UPDATE {table} SET {column} = ?", ("字" * 501,))
    assert f"ck_{table}_{column}_length" in str(refused.value)
    said = str(describe_database_error(refused.value, "x.db"))  # an import or the command line says it so
    assert "未作任何修改" in said and str(length_refusal(refused.value)) == said


def test_other_refusals_are_not_taken_for_a_length():
    assert length_refusal(sqlite3.IntegrityError("CHECK constraint failed: ck_indicator_tier")) is None
    assert length_refusal(sqlite3.IntegrityError("UNIQUE constraint failed: project.name")) is None


def test_the_upgrade_from_0009_keeps_every_row_and_drops_the_triggers(tmp_path):
    path = tmp_path / "old.db"
    _at_0009(path)
    _fill(path, long_name=True)
    before = _rows(path)
    assert all(before[t] for t in TABLES)
    assert len(_schema_objects(path, "trigger")) == 37  # 0009's 38 but the one dropped above
    with open_store(path) as store:
        assert store.backup_path is not None
        with store.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.head_revision()
            assert connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert connection.exec_driver_sql("PRAGMA ignore_check_constraints").scalar() == 0
    assert _rows(path) == before
    with open_store(path) as store:
        # the name an older version wrote past the limit stays, and its row stays editable
        run(store, lambda session: session.execute(text("UPDATE project SET goal = '目标' WHERE id = 3")))
        with pytest.raises(EditError, match="500"):
            run(store, lambda session: session.execute(text("UPDATE project SET name = :v WHERE id = 3"), {"v": "长" * 501}))
    assert _schema_objects(path, "trigger") == []


def test_the_migrated_file_has_the_checks_the_model_declares(tmp_path):
    """The entities declare each CHECK for SQLite only (PostgreSQL's VARCHAR(n) enforces it)."""
    path = tmp_path / "old.db"
    _at_0009(path)
    with open_store(path) as store, store.engine.connect() as connection:
        found = {(t, c["name"], c["sqltext"]) for t in inspect(connection).get_table_names()
                 for c in inspect(connection).get_check_constraints(t) if c["name"].endswith("_length")}
    declared = {(table.name, constraint.name, str(constraint.sqltext)) for table in Base.metadata.tables.values()
                for constraint in table.constraints
                if isinstance(constraint, CheckConstraint) and constraint.name.endswith("_length")}
    assert found == declared
    assert len(found) == 28 and {(t, f"ck_{t}_{c}_length") for t, c in LIMITED.items()} <= {f[:2] for f in found}
    limits = {(table.name, column.name): column.type.length for table in Base.metadata.tables.values()
              for column in table.columns if getattr(column.type, "length", None)}
    for table, name, sqltext in declared:  # the CHECK says what VARCHAR(n) says
        column = name.removeprefix(f"ck_{table}_").removesuffix("_length")
        assert sqltext == f"length({column}) <= {limits[table, column]}"


def test_the_downgrade_brings_the_triggers_back_and_keeps_the_rows(tmp_path):
    from alembic import command

    path = tmp_path / "down.db"
    _at_0009(path)
    _fill(path)
    before = _rows(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as connection, migrate.migration_transaction(connection):
            migrate.upgrade(connection)
        with engine.connect() as connection, migrate.migration_transaction(connection):
            command.downgrade(migrate.alembic_config(connection), "0009")
    finally:
        engine.dispose()
    assert len(_schema_objects(path, "trigger")) == 38
    assert _rows(path) == before
    con = sqlite3.connect(path)
    try:
        assert "_length CHECK" not in " ".join(r[0] for r in con.execute("SELECT sql FROM sqlite_master WHERE type = 'table'"))
        with pytest.raises(sqlite3.IntegrityError, match="value too long for a column of unit"):
            con.execute("UPDATE unit SET name = ?", ("单" * 201,))
    finally:
        con.close()


def test_the_upgrade_refuses_to_copy_tables_with_foreign_keys_on(tmp_path):
    """Outside migrate.migration_transaction, dropping the old `department` would delete every child row."""
    path = tmp_path / "fk.db"
    _at_0009(path)
    _fill(path)
    before = _rows(path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with pytest.raises(RuntimeError, match="migration_transaction"), engine.begin() as connection:
            migrate.upgrade(connection)
    finally:
        engine.dispose()
    assert _rows(path) == before


def test_every_limited_field_is_named_in_the_officers_words():
    # a refusal says 项目的「财政拨款」…, never the store's own key 「fiscal」
    from desktop.messages import Message, render
    from desktop.models.limits import COLUMN_NAMES, TABLE_NAMES, column_limits, where_limited

    for table in Base.metadata.sorted_tables:
        assert table.name in TABLE_NAMES, table.name
        for column in column_limits(table):
            where = where_limited(table.name, column)
            assert column in COLUMN_NAMES, f"{table.name}.{column}"
            assert isinstance(where.fields["column"], Message) and column not in render(where)


def test_an_amount_with_more_decimals_than_the_store_keeps_is_refused_by_its_column_name(tmp_path):
    from desktop.importers import read_file
    from desktop.models.store import StoreError
    from desktop.operations.imports import write_tables

    path = tmp_path / "t.txt"
    path.write_text("项目支出绩效目标表\n项目名称\t总计\t财政拨款\t绩效目标\t绩效指标\n"
                    "业务经费\t1200.000000000001\t1200\t开展工作。\t1、产出指标：活动场次，年度指标值：≥10次。\n",
                    encoding="utf-8")
    with open_store(tmp_path / "s.db") as store, pytest.raises(StoreError) as caught:
        write_tables(store, read_file(path), year=2024, replace=False)
    said = str(caught.value)
    assert "总计" in said and "total" not in said
