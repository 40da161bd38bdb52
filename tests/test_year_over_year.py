"""A project's indicators beside last year's, matched by name; new and dropped ones marked."""

from __future__ import annotations

from decimal import Decimal as D

from seed003_store import build_seed003
from sqlalchemy import select

from desktop.cli import main
from desktop.models import Indicator, Project, open_store
from desktop.operations.year_over_year import DROPPED, NEW, SAME, compare_with_last_year


def test_compare_after_rollover(tmp_path, capsys):
    db = build_seed003(tmp_path / "office.db")
    assert main(["rollover", "--db", db, "--from", "2022"]) == 0
    with open_store(db) as store, store.session() as session:
        project = session.scalars(select(Project).where(Project.year == 2023)).one()
        project.indicators[1].actual = "2500万人次"
        dropped = session.scalars(select(Indicator).where(Indicator.project_id == project.id,
                                                          Indicator.name == "科普重点人群满意度")).one()
        session.delete(dropped)
        project.indicators.append(Indicator(sort_order=9, level1="产出指标", level2="数量指标",
                                            name="科普基地数量", annual_target="不少于20个", actual="22个"))
        project_id = project.id
    with open_store(db) as store, store.session() as session:
        comparison = compare_with_last_year(session, project_id)
    assert (comparison.year, comparison.last_year, comparison.found_last_year) == (2023, 2022, True)
    rows = {r.name: r for r in comparison.rows}
    assert [r.status for r in comparison.rows] == [SAME, SAME, SAME, NEW, DROPPED]
    visitors = rows["科普受益人次"]
    assert visitors.last_year.actual == "超2100万人次" and visitors.this_year.actual == "2500万人次"
    assert round(visitors.last_year.completion_rate, 4) == D("1.4")
    assert round(visitors.this_year.completion_rate, 4) == round(D(2500) / D(1500), 4)
    assert rows["科普基地数量"].last_year is None and rows["科普基地数量"].this_year.completion_rate == D("1.1")
    assert rows["科普重点人群满意度"].this_year is None and round(rows["科普重点人群满意度"].last_year.score, 2) == D("9.44")
    assert round(comparison.last_total, 2) == D("97.26")


def test_a_project_new_this_year_has_nothing_to_compare(tmp_path):
    db = build_seed003(tmp_path / "office.db")
    with open_store(db) as store, store.session() as session:
        project_id = session.scalar(select(Project.id))
        comparison = compare_with_last_year(session, project_id)
    assert not comparison.found_last_year and {r.status for r in comparison.rows} == {NEW}
