"""新建下一年度: targets copied without year-end data; twice copies nothing; re-import matches by name."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from seed003_store import PROJECT_INDICATORS, build_seed003
from sqlalchemy import func, select
from test_domain_department import TABLE4

from desktop.cli import main
from desktop.models import (
    BudgetExecution,
    DepartmentEvalItem,
    DepartmentIndicator,
    Indicator,
    MonthlySpending,
    Project,
    open_store,
)
from desktop.operations.rollover import RolloverError, plan_rollover, run_rollover


@pytest.fixture
def db(tmp_path):
    path = build_seed003(tmp_path / "office.db")
    with open_store(path) as store, store.session() as session:
        ind = session.scalars(select(Indicator).where(Indicator.name == "科普受益人次")).one()
        ind.sign_override, ind.value_override, ind.unit_override, ind.weight = "≥", D("1500"), "万人次", D("20")
    return path


def _count(session, model, year):
    return session.scalar(select(func.count()).select_from(model).where(model.year == year))


def test_rollover_round_trip(db, capsys):
    with open_store(db) as store, store.session() as session:
        preview = plan_rollover(session, 2022, 2023)
        assert _count(session, Project, 2023) == 0  # a preview writes nothing
    assert [(p.unit, p.name, p.indicators) for p in preview.projects] == [
        ("广州市科学技术协会本级", "二、项目支出", len(PROJECT_INDICATORS))]
    assert preview.department_targets == len(TABLE4) and preview.eval_items == 28
    assert any("两年相同" in line for line in preview.lines())

    assert main(["rollover", "--db", db, "--from", "2022", "--to", "2023"]) == 0
    out = capsys.readouterr().out
    assert "1 个单位的 1 个项目，4 条绩效指标" in out and "已写入" in out
    with open_store(db) as store, store.session() as session:
        new = session.scalars(select(Project).where(Project.year == 2023)).one()
        assert (new.name, new.goal, new.total, new.goal_actual) == ("二、项目支出", "着力提升科普工作能力和服务水平。",
                                                                    None, None)
        assert session.scalar(select(func.count()).select_from(BudgetExecution)
                              .where(BudgetExecution.project_id == new.id)) == 0
        inds = {i.name: i for i in new.indicators}
        assert list(inds) == [row[2] for row in PROJECT_INDICATORS]
        moved = inds["科普受益人次"]
        assert (moved.level1, moved.level2, moved.annual_target) == ("产出指标", "数量指标", "1500万人次以上")
        assert (moved.sign_override, moved.value_override, moved.unit_override, moved.weight) == (
            "≥", D("1500"), "万人次", D("20"))
        assert all(i.actual is None and i.qualitative_tier is None and i.score_override is None
                   and i.deviation_reason is None for i in new.indicators)
        targets = session.scalars(select(DepartmentIndicator).where(DepartmentIndicator.year == 2023)).all()
        assert len(targets) == len(TABLE4) and all(t.actual is None and t.completion is None for t in targets)
        assert targets[0].annual_target.startswith("《科学大求真》每周播出一期")
        items = session.scalars(select(DepartmentEvalItem).where(DepartmentEvalItem.year == 2023)).all()
        assert len(items) == 28 and sum(i.weight for i in items) == 100
        assert all(i.manual_score is None and i.evidence is None for i in items)
        assert _count(session, MonthlySpending, 2023) == 0
        # the old year is untouched
        assert session.scalar(select(func.count()).select_from(Indicator).where(Indicator.actual.is_not(None))) == 4

    # twice: nothing more
    assert main(["rollover", "--db", db, "--from", "2022"]) == 0
    assert "未复制任何行" in capsys.readouterr().out
    with open_store(db) as store, store.session() as session:
        assert _count(session, Project, 2023) == 1 and _count(session, DepartmentIndicator, 2023) == len(TABLE4)
        assert _count(session, DepartmentEvalItem, 2023) == 28
        assert session.scalar(select(func.count()).select_from(Indicator).join(Project)
                              .where(Project.year == 2023)) == 4


def test_the_approved_targets_then_replace_the_copied_project(db, tmp_path, capsys):
    assert main(["rollover", "--db", db, "--from", "2022"]) == 0
    table = tmp_path / "2023目标表.tsv"
    table.write_text(
        "部门名称：广州市科学技术协会\n"
        "单位名称\t项目名称\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n"
        "广州市科学技术协会本级\t二、项目支出\t300\t300\t\t\t继续提升科普能力。\t"
        "1、产出指标：开展科普活动场次，年度指标值：不少于1100次。\n", encoding="utf-8")
    assert main(["import", str(table), "--db", db, "--year", "2023", "--replace"]) == 0
    capsys.readouterr()
    with open_store(db) as store, store.session() as session:
        [project] = session.scalars(select(Project).where(Project.year == 2023)).all()
        assert project.unit.name == "广州市科学技术协会本级"
        assert project.total == D("300") and [i.annual_target for i in project.indicators] == ["不少于1100次"]


def test_rollover_refuses_an_empty_year_and_the_same_year(db, capsys):
    with open_store(db) as store, store.session() as session:
        with pytest.raises(RolloverError):
            run_rollover(session, 2022, 2022)
    assert main(["rollover", "--db", db, "--from", "2022", "--to", "2022"]) == 2
    assert "相同" in capsys.readouterr().err
