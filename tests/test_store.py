"""The store: round trips through a file, exact money, live pragmas, one instance per file."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from desktop.models import Department, Indicator, Project, StoreLocked, Unit, database_url, open_store
from desktop.models.store import StoreError


def _project() -> Department:
    department = Department(name="广州市科学技术协会")
    unit = Unit(name="广州市科学技术协会本级", department=department)
    project = Project(
        unit=unit, year=2022, name="科普专项财政经费", total=Decimal("2501.00"), fiscal=Decimal("2501.00"),
        special=None, other=Decimal("0.01"), goal="提升全民科学素质",
    )
    for order, (name, target) in enumerate([("科普活动次数", "不少于1000次"), ("满意度", "≥90%")]):
        project.indicators.append(
            Indicator(sort_order=order, seq=order + 1, level1="产出指标", level2="数量指标", name=name, annual_target=target)
        )
    return department


def test_project_with_indicators_survives_close_and_reopen(tmp_path):
    path = tmp_path / "office.db"
    with open_store(path) as store, store.session() as session:
        session.add(_project())
    with open_store(path) as store, store.session() as session:
        project = session.scalars(select(Project)).one()
        assert project.unit.department.name == "广州市科学技术协会"
        assert [(i.seq, i.name, i.annual_target) for i in project.indicators] == [
            (1, "科普活动次数", "不少于1000次"),
            (2, "满意度", "≥90%"),
        ]
        assert project.special is None


@pytest.mark.parametrize("amount", ["0.01", "2501.00", "12345678901234.56", "0.1", "96600000000.123456"])
def test_money_keeps_every_cent(tmp_path, amount):
    with open_store(tmp_path / "m.db") as store:
        with store.session() as session:
            department = _project()
            department.units[0].projects[0].total = Decimal(amount)
            session.add(department)
        with store.session() as session:
            total = session.scalars(select(Project.total)).one()
    assert isinstance(total, Decimal)
    assert total == Decimal(amount)


def test_money_sums_exactly(tmp_path):
    with open_store(tmp_path / "sum.db") as store:
        with store.session() as session:
            department = _project()
            project = department.units[0].projects[0]
            project.fiscal, project.special, project.other = Decimal("0.1"), Decimal("0.2"), Decimal("0")
            session.add(department)
        with store.session() as session:
            project = session.scalars(select(Project)).one()
            assert project.fiscal + project.special + project.other == Decimal("0.3")


def test_pragmas_take_effect_on_every_live_connection(tmp_path):
    with open_store(tmp_path / "p.db") as store:
        for _ in range(2):  # a fresh pool connection each time
            with store.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            store.engine.dispose()


def test_foreign_keys_are_enforced(tmp_path):
    from sqlalchemy.exc import IntegrityError

    with open_store(tmp_path / "fk.db") as store:
        with pytest.raises(IntegrityError), store.session() as session:
            session.add(Indicator(project_id=999, name="孤儿指标"))


def test_failed_unit_of_work_leaves_nothing(tmp_path):
    with open_store(tmp_path / "tx.db") as store:
        with pytest.raises(RuntimeError), store.session() as session:
            session.add(_project())
            session.flush()
            raise RuntimeError("boom")
        with store.session() as session:
            assert session.scalars(select(Project)).all() == []


def test_second_instance_on_the_same_file_is_refused(tmp_path):
    path = tmp_path / "shared.db"
    with open_store(path) as store:
        with store.session() as session:
            session.add(_project())
        with pytest.raises(StoreLocked, match="另一个正在运行"):
            open_store(path)
        with store.session() as session:  # the first instance is unharmed
            assert session.scalars(select(Project.name)).one() == "科普专项财政经费"
    with open_store(path):  # and once closed, the file opens again
        pass


def test_a_foreign_database_is_left_alone(tmp_path):
    import sqlite3

    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE customers (id INTEGER)")
    connection.commit()
    connection.close()
    with pytest.raises(StoreError, match="不是绩效自评 Desk 的数据库"):
        open_store(path)
    assert sqlite3.connect(path).execute("SELECT name FROM sqlite_master").fetchall() == [("customers",)]


def test_database_url_forms(tmp_path):
    assert database_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    assert database_url("postgresql://u@h/db") == "postgresql://u@h/db"
    assert database_url(None).startswith("sqlite:///") and database_url(None).endswith("perfdesk.db")
