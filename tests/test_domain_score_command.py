"""`perfdesk score` on a small database built through the store API."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest

from desktop.cli import main
from desktop.models import (
    BudgetExecution,
    Department,
    DepartmentBudgetLine,
    DepartmentEvalItem,
    DepartmentIndicator,
    Indicator,
    MonthlySpending,
    Project,
    Unit,
    open_store,
)

MONTHS = [
    (3, 45456, 12408),
    (4, 46660, 15084),
    (5, 45713, 19144),
    (6, 45816, 24273),
    (7, 46830, 25747),
    (8, 47008, 29753),
    (9, 47031, 34888),
    (10, 47031, 36164),
    (11, 46569, 39125),
    (12, 44280, 43792),
]


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "office.db"
    with open_store(path) as store, store.session() as session:
        department = Department(name="广州市科学技术协会")
        unit = Unit(name="广州市科学技术协会本级", department=department)
        project = Project(unit=unit, year=2022, name="科普经费", sort_order=0)
        project.budget_executions.append(
            BudgetExecution(
                fund_source="total", budget_initial=D("120"), budget_adjusted=D("100"), spent=D("96.79")
            )
        )
        rows = [
            ("产出指标", "开展科普活动场次", "不少于1000次", "1061场次", None, None),
            ("产出指标", "科普受益人次", "1500万人次以上", "超2100万人次", None, None),
            ("效益指标", "公益性科普宣传效果", "有效提升", "有效提升", 1, D("28")),
            ("满意度指标", "科普重点人群满意度", "满意度超过90%", "85%", None, None),
        ]
        for order, (level1, name, target, actual, tier, points) in enumerate(rows):
            project.indicators.append(
                Indicator(
                    sort_order=order,
                    level1=level1,
                    name=name,
                    annual_target=target,
                    actual=actual,
                    qualitative_tier=tier,
                    score_override=points,
                )
            )
        other = Project(unit=unit, year=2021, name="旧项目", sort_order=0)
        session.add_all([department, other])
        session.flush()
        for month, budget, spent in MONTHS:
            session.add(
                MonthlySpending(
                    department_id=department.id,
                    year=2022,
                    month=month,
                    annual_budget=D(budget),
                    cumulative_spent=D(spent),
                )
            )
        session.add(
            DepartmentIndicator(
                department_id=department.id,
                year=2022,
                level1="产出指标",
                name="会议数量",
                annual_target="支持3档国际学术会议18场",
                actual="15场",
            )
        )
        session.add(
            DepartmentIndicator(
                department_id=department.id,
                year=2022,
                level1="效益指标",
                name="科普受益人次",
                annual_target="1500万人次以上",
                actual="2100万人次",
            )
        )
        session.add(
            DepartmentBudgetLine(
                department_id=department.id,
                year=2022,
                name="合计",
                budget_adjusted=D("44280.35"),
                spent=D("43791.86"),
            )
        )
        session.add(
            DepartmentBudgetLine(
                department_id=department.id,
                year=2022,
                name="(2)公用经费",
                budget_adjusted=D("3980.53"),
                spent=D("3942.70"),
            )
        )
        session.add(
            DepartmentEvalItem(
                department_id=department.id,
                year=2022,
                code="管理效率/绩效管理/绩效结果应用",
                level=3,
                name="绩效结果应用",
                weight=D(3),
                method="manual",
                manual_score=D(2),
                evidence="评价结果未全部用于预算安排",
            )
        )
    return str(path)


def test_score_json_shape_and_figures(db, capsys):
    assert main(["score", "--db", db, "--year", "2022", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out) == {"year", "projects", "department"}
    assert out["year"] == 2022
    [project] = out["projects"]
    assert set(project) == {
        "unit",
        "name",
        "execution_rate",
        "execution_score",
        "indicators",
        "total",
        "grade",
    }
    assert (project["unit"], project["name"]) == ("广州市科学技术协会本级", "科普经费")
    assert project["execution_rate"] == 0.9679 and project["execution_score"] == 9.68
    keys = {"name", "sign", "target_value", "unit", "actual_value", "completion_rate", "weight", "score"}
    assert all(set(i) == keys for i in project["indicators"])
    activities, beneficiaries, publicity, satisfaction = project["indicators"]
    assert activities == {
        "name": "开展科普活动场次",
        "sign": "≥",
        "target_value": 1000,
        "unit": "次",
        "actual_value": 1061,
        "completion_rate": 1.061,
        "weight": 25,
        "score": 25,
    }
    assert beneficiaries["target_value"] == 15000000 and beneficiaries["actual_value"] == 21000000
    assert beneficiaries["completion_rate"] == 1.4 and beneficiaries["score"] == 25
    assert publicity == {
        "name": "公益性科普宣传效果",
        "sign": None,
        "target_value": None,
        "unit": None,
        "actual_value": None,
        "completion_rate": None,
        "weight": 30,
        "score": 28,
    }
    assert satisfaction["sign"] == ">" and satisfaction["score"] == 9.44  # 85 ÷ 90 × 10
    assert project["total"] == 97.12 and project["grade"] == "优"  # 9.679 + 25 + 25 + 28 + 9.444
    department = out["department"]
    items = {i["name"]: i for i in department["items"]}
    assert len(department["items"]) == 28
    assert set(department["items"][0]) == {"level1", "level2", "name", "weight", "score", "method"}
    assert items["部门预算资金支出率"]["score"] == 4.84
    assert items["部门整体绩效目标产出指标完成情况"]["score"] == 8.33  # 15 ÷ 18
    assert items["部门整体绩效目标效益指标完成情况"]["score"] == 10
    assert items["专项资金绩效完成情况"]["score"] == 20  # 97.12 ≥ 90
    assert items["专项资金支出率"]["score"] == 5  # 96.79% ≥ 95%
    assert items["结转结余率"]["score"] == 2 and items["公用经费控制率"]["score"] == 2
    assert items["绩效结果应用"] == {
        "level1": "管理效率",
        "level2": "绩效管理",
        "name": "绩效结果应用",
        "weight": 3,
        "score": 2,
        "method": "manual",
    }
    assert items["新增预算项目事前绩效评估"]["score"] == 0  # not scored yet
    # 8.3333 + 10 + 4.8395 + 20 + 5 + 2 + 2 + 2, the other manual items not scored yet
    assert department["total"] == 54.17


def test_score_defaults_to_the_latest_year_and_prints_text(db, capsys):
    assert main(["score", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2022 年度项目支出绩效自评")
    assert "科普经费: 预算执行率 96.79%，执行得分 9.68，总分 97.12，等级 优" in out
    assert "部门预算资金支出率: 分值 5.00，得分 4.84" in out


def test_score_other_year_and_empty_database(db, tmp_path, capsys):
    assert main(["score", "--db", db, "--year", "2021", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["projects"][0]["name"] == "旧项目" and out["projects"][0]["total"] == 0
    assert main(["score", "--db", str(tmp_path / "empty.db")]) == 1
    assert "没有项目" in capsys.readouterr().err


def test_officer_completion_counts_for_a_composite_department_row(db, capsys):
    """A 表4 row whose target is several numbers is scored by the officer's 完成率 (migration 0003)."""
    from sqlalchemy import select

    with open_store(db) as store, store.session() as session:
        department_id = session.scalars(select(Department.id)).one()
        session.add(
            DepartmentIndicator(
                department_id=department_id,
                year=2022,
                sort_order=5,
                level1="产出指标",
                name="开展国际港澳台交流",
                annual_target="1.全年开展科技人员交流活动次数5场次以上。2.组织参加IT应用系统开发大赛的人次500人以上。",
                actual="1.全年开展交流5场次。2.参赛9934人。",
                completion=D("1"),
            )
        )
    assert main(["score", "--db", db, "--year", "2022", "--json"]) == 0
    items = {i["name"]: i for i in json.loads(capsys.readouterr().out)["department"]["items"]}
    assert items["部门整体绩效目标产出指标完成情况"]["score"] == 9.17  # mean(15 ÷ 18, 100%) × 10


def test_recheck_flags_the_slips_of_a_published_report(db, tmp_path, capsys):
    published = {
        "表2": {"年度平均执行率": "96.79%", "1-3月": {"支出执行率": 109.19}, "1-11月": {"支出进度": 84.01}},
        "表1": {"合计": {"预算控制率": "98.90%"}, "(2)公用经费": {"预算控制率": 99.04}},
        "表3": {"部门预算资金支出率": 4.84, "合计": "60.00"},
        "表4": {"会议数量": "83.33%"},
    }
    path = tmp_path / "report.json"
    path.write_text(json.dumps(published, ensure_ascii=False), encoding="utf-8")
    assert main(["recheck", str(path), "--db", db, "--year", "2022"]) == 1
    out = capsys.readouterr().out.splitlines()
    assert sorted(out[:-1]) == [
        "表1/(2)公用经费/预算控制率: 报告 99.04，复核 99.05",  # printed truncated, not rounded
        "表2/1-11月/支出进度: 报告 84.01，复核 84.02",
        "表3/合计: 报告 60.00，复核 54.17",
    ]
    assert out[-1] == "共 8 个数字，3 处不一致"
