"""An import's bulk inserts (operations.bulk_insert): on a SQLite file they run on a second thread,
many rows per statement. Same rows as Core would store, in order, and an error there is an error
of the import: raised in the importing thread, the whole transaction rolled back."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError

from desktop.models import entities as db
from desktop.models import open_store
from desktop.operations import bulk_insert
from desktop.operations.bulk_insert import BulkInserts

KEYS = ("project_id", "sort_order", "name", "weight", "period_target")


def _store_with_project(url):
    store = open_store(url)
    with store.write_session() as session:
        department = db.Department(name="部门")
        session.add(department)
        session.flush()
        unit = db.Unit(department_id=department.id, name="单位")
        session.add(unit)
        session.flush()
        project = db.Project(unit_id=unit.id, year=2024, name="项目", sort_order=1)
        session.add(project)
        session.flush()
        project_id = project.id
    return store, project_id


def _rows(project_id: int, count: int) -> list[tuple]:
    weights = [Decimal("10"), Decimal("10.0"), Decimal("2.50"), None]
    return [(project_id, k, f"指标{k}", weights[k % 4], f"≥{k}次") for k in range(count)]


def _stored(store) -> list[tuple]:
    indicator = db.Indicator.__table__
    with store.session() as session:
        return session.execute(
            select(indicator.c.sort_order, indicator.c.name, indicator.c.weight, indicator.c.period_target,
                   indicator.c.version).order_by(indicator.c.id)
        ).all()


def test_rows_land_whole_and_in_order_as_core_stores_them(db_url, tmp_path, monkeypatch):
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 7)  # many statements, the last one short
    store, project_id = _store_with_project(db_url)
    core, core_project = _store_with_project(tmp_path / "core.db")
    rows = _rows(project_id, 100)
    try:
        with store.write_session() as session, BulkInserts(session) as bulk:
            bulk.insert(db.Indicator.__table__, KEYS, rows)
            bulk.insert(db.Indicator.__table__, KEYS, [])
        with core.write_session() as session:
            session.execute(insert(db.Indicator.__table__),
                            [dict(zip(KEYS, (core_project, *r[1:]), strict=True)) for r in rows])
        stored = _stored(store)
        assert len(stored) == 100
        assert stored == _stored(core)  # Decimal('10') and Decimal('10.0') each as Core binds it
        assert stored[0].version == 1
    finally:
        store.close()
        core.close()


def test_a_column_empty_in_every_row_is_stored_empty_as_core_stores_it(db_url, tmp_path):
    """Left out of the statement when no default stands in for it (actual); bound as given when
    one would (sort_order's 0 is not what the rows say, and NOT NULL refuses them on both)."""
    keys = ("project_id", "sort_order", "name", "actual", "weight")
    store, project_id = _store_with_project(db_url)
    indicator = db.Indicator.__table__
    try:
        with store.write_session() as session, BulkInserts(session) as bulk:
            bulk.insert(indicator, keys, [(project_id, k, f"指标{k}", None, None) for k in range(30)])
        with store.session() as session:
            stored = session.execute(select(indicator.c.name, indicator.c.actual, indicator.c.weight,
                                            indicator.c.version).order_by(indicator.c.id)).all()
        assert stored == [(f"指标{k}", None, None, 1) for k in range(30)]
        with pytest.raises(IntegrityError):
            with store.write_session() as session, BulkInserts(session) as bulk:
                bulk.insert(indicator, keys, [(project_id, None, "空序号", "完成", None)] * 3)
    finally:
        store.close()


def test_a_statement_of_the_transaction_waits_for_the_inserts_handed_over(tmp_path, monkeypatch):
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 50)
    store, project_id = _store_with_project(tmp_path / "store.db")
    try:
        with store.write_session() as session, BulkInserts(session) as bulk:
            bulk.insert(db.Indicator.__table__, KEYS, _rows(project_id, 5000))
            assert bulk._pool is not None  # a SQLite file: the second thread writes
            assert len(bulk._pending) <= bulk_insert.MAX_PENDING  # 100 statements, never a pile
            # asked in this thread at once: it sees every row, not those written so far
            assert session.scalar(select(func.count()).select_from(db.Indicator)) == 5000
    finally:
        store.close()


def test_an_error_in_the_second_thread_rolls_the_whole_import_back(db_url, monkeypatch):
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 10)
    store, project_id = _store_with_project(db_url)
    rows = _rows(project_id, 100)
    rows[55] = (project_id + 999, *rows[55][1:])  # no such project: the foreign key refuses it
    try:
        with pytest.raises(IntegrityError):
            with store.write_session() as session, BulkInserts(session) as bulk:
                bulk.insert(db.Indicator.__table__, KEYS, rows)
                bulk.insert(db.Indicator.__table__, KEYS, _rows(project_id, 30))  # after the bad one
        assert _stored(store) == []
    finally:
        store.close()


def test_an_in_memory_store_is_written_in_this_thread():
    store, project_id = _store_with_project("sqlite://")
    try:
        with store.write_session() as session, BulkInserts(session) as bulk:
            assert bulk._pool is None  # another thread would not see the same database
            bulk.insert(db.Indicator.__table__, KEYS, _rows(project_id, 20))
        assert len(_stored(store)) == 20
    finally:
        store.close()


def test_values_laid_row_after_row_land_as_the_same_rows_would(tmp_path):
    """insert_values (the import's indicators, never made into tuples) stores what insert stores;
    values that are no whole number of rows, or a row of another width, are refused before any
    statement, not shifted into the neighbouring columns."""
    store, project_id = _store_with_project(tmp_path / "values.db")
    other, other_project = _store_with_project(tmp_path / "rows.db")
    indicator = db.Indicator.__table__
    try:
        with store.write_session() as session, BulkInserts(session) as bulk:
            bulk.insert_values(indicator, KEYS, [v for row in _rows(project_id, 40) for v in row])
            with pytest.raises(ValueError):
                bulk.insert_values(indicator, KEYS, [v for row in _rows(project_id, 3) for v in row][:-1])
            with pytest.raises(ValueError):
                bulk.insert(indicator, KEYS, [*_rows(project_id, 2), (project_id, 9, "短行")])
        with other.write_session() as session, BulkInserts(session) as bulk:
            bulk.insert(indicator, KEYS, _rows(other_project, 40))
        assert len(_stored(store)) == 40
        assert _stored(store) == _stored(other)
    finally:
        store.close()
        other.close()


def test_a_column_is_empty_only_when_every_value_is_none():
    assert bulk_insert._empty([None] * 5)
    assert not bulk_insert._empty([None, None, Decimal("0"), None])
    assert not bulk_insert._empty([None, "", None])
    assert not bulk_insert._empty([False])


def test_with_foreign_keys_deferred_a_row_may_precede_its_parent_but_not_outlive_it(tmp_path):
    """The importer writes indicators before their projects' rows; a row still pointing at nothing
    when the transaction commits fails the commit, and nothing of the transaction is kept."""
    store, project_id = _store_with_project(tmp_path / "deferred.db")
    indicator, project = db.Indicator.__table__, db.Project.__table__
    unit_id = 1
    keys = ("id", "unit_id", "year", "name", "sort_order")
    try:
        with store.write_session() as session, BulkInserts(session) as bulk:
            bulk.defer_foreign_keys()
            bulk.insert(indicator, KEYS, _rows(project_id + 1, 5))  # its project comes next
            bulk.insert(project, keys, [(project_id + 1, unit_id, 2024, "后写的项目", 2)])
        assert len(_stored(store)) == 5
        with pytest.raises(IntegrityError):
            with store.write_session() as session, BulkInserts(session) as bulk:
                bulk.defer_foreign_keys()
                bulk.insert(indicator, KEYS, _rows(project_id + 99, 3))  # no such project, ever
                bulk.insert(project, keys, [(project_id + 2, unit_id, 2024, "另一个项目", 3)])
        assert len(_stored(store)) == 5
        with store.session() as session:
            assert session.scalar(select(func.count()).select_from(project)) == 2
    finally:
        store.close()
