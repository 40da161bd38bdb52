"""Store + scoring → form data → `perfdesk report` files, on a small database (seed 003 figures)."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

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
from desktop.operations import report_data as figures
from desktop.reports import build, registry
from desktop.reports.samples import MONTHS

BUDGET_LINES = [
    ("一、基本支出", "19904.36", "20392.39", "20341.08"),
    ("(1)人员经费", "15565.06", "16411.86", "16398.38"),
    ("(2)公用经费", "4339.30", "3980.53", "3942.70"),
    ("二、项目支出", "25442.00", "23887.96", "23450.78"),
    ("合计", "45346.36", "44280.35", "43791.86"),
]


@pytest.fixture
def db(db_url):
    path = db_url  # a SQLite file, and (marker postgres) a PostgreSQL database
    with open_store(path) as store, store.session() as session:
        department = Department(name="广州市科学技术协会")
        unit = Unit(name="广州市科学技术协会本级", department=department)
        project = Project(unit=unit, year=2022, name="科普经费", sort_order=0, supervisor="广州市科学技术协会",
                          total=D("1200"), fiscal=D("1200"), goal="着力提升科普工作能力和服务水平。",
                          goal_actual="全年开展科普活动1061场次。")
        project.budget_executions += [
            BudgetExecution(fund_source="total", budget_initial=D("1200"), budget_adjusted=D("100"),
                            spent=D("96.79")),
            BudgetExecution(fund_source="fiscal", budget_initial=D("1200"), budget_adjusted=D("100"),
                            spent=D("96.79")),
        ]
        rows = [
            ("产出指标", "数量指标", "开展科普活动场次", "不少于1000次", "1061场次", None, None, ""),
            ("产出指标", "数量指标", "科普受益人次", "1500万人次以上", "超2100万人次", None, None, ""),
            ("效益指标", "社会效益指标", "公益性科普宣传效果", "有效提升", "有效提升", 1, D("28"), ""),
            ("满意度指标", "服务对象满意度指标", "科普重点人群满意度", "满意度超过90%", "85%", None, None,
             "线上活动互动不足，下一年度增加现场答疑。"),
        ]
        for order, (l1, l2, name, target, actual, tier, points, why) in enumerate(rows):
            project.indicators.append(Indicator(
                sort_order=order, level1=l1, level1_code=None, level2=l2, name=name, annual_target=target,
                period_target=target, actual=actual, qualitative_tier=tier, score_override=points,
                deviation_reason=why))
        session.add(department)
        session.flush()
        for month, budget, spent in MONTHS:
            session.add(MonthlySpending(department_id=department.id, year=2022, month=month,
                                        annual_budget=D(budget), cumulative_spent=D(spent)))
        for order, (name, a, b, c) in enumerate(BUDGET_LINES):
            session.add(DepartmentBudgetLine(department_id=department.id, year=2022, sort_order=order, name=name,
                                             budget_initial=D(a), budget_adjusted=D(b), spent=D(c)))
        for order, (l1, name, target, actual) in enumerate([
            ("产出指标", "会议数量", "支持3档国际学术会议18场", "15场"),
            ("产出指标", "参加国际、国内学术交流", "40场", "45场"),
        ]):
            session.add(DepartmentIndicator(department_id=department.id, year=2022, sort_order=order, level1=l1,
                                            level2="数量指标", name=name, annual_target=target, actual=actual))
        session.add(DepartmentEvalItem(
            department_id=department.id, year=2022, code="管理效率/绩效管理/绩效结果应用", level=3,
            name="绩效结果应用", weight=D(3), method="manual", manual_score=D(2),
            evidence="评价结果未全部用于预算安排"))
    return str(path)


def test_builder_fills_every_form(db):
    with open_store(db) as store, store.session() as session:
        [form] = build.self_eval_forms(figures.self_eval_figures(session, 2022))
        assert form.project == "科普经费" and form.unit == "广州市科学技术协会本级"
        assert form.funds[0].rate == D("0.9679") and form.funds[0].weight == 10
        assert form.funds[1].label == "其中：当年财政拨款" and form.funds[1].weight is None
        assert [i.name for i in form.indicators][0] == "开展科普活动场次"
        assert form.indicators[3].deviation.startswith("线上活动")
        assert form.total_weight == 100
        assert form.grade in {"优", "良", "中", "差"}
        budget = build.budget_table(figures.budget_figures(session, 2022))
        assert budget.rows[-1].is_total
        assert round(budget.rows[0].adjust_rate, 4) == D("0.0245")
        monthly = build.monthly_table(figures.monthly_figures(session, 2022))
        assert round(monthly.average_rate, 4) == D("0.9679")
        completion = build.dept_completion_table(figures.dept_completion_figures(session, 2022))
        assert round(completion.rows[0].completion_rate, 4) == D("0.8333")
        assert round(completion.rows[1].completion_rate, 4) == D("1.125")
        score = build.dept_score_table(figures.dept_score_figures(session, 2022))
        assert score.total_score == sum(r.score for r in score.rows)
        targets = build.targets_table(figures.targets_figures(session, 2022))
        assert [p.name for p in targets.projects] == ["合计", "广州市科学技术协会本级", "科普经费"]
        assert targets.projects[0].total == D("1200")


@pytest.mark.parametrize("form", registry.FORMS)
def test_report_command_writes_pdf_and_xlsx(db, tmp_path, form, capsys):
    pdf = tmp_path / f"{form}.pdf"
    assert main(["report", form, "--db", db, "--year", "2022", "--out", str(pdf), "--filler", "李敏"]) == 0
    text = "".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert "填报人：李敏" in text
    xlsx = tmp_path / f"{form}.xlsx"
    assert main(["report", form, "--db", db, "--year", "2022", "--out", str(xlsx)]) == 0
    assert load_workbook(xlsx).worksheets


def test_report_command_figures_and_errors(db, tmp_path, capsys):
    out = tmp_path / "self.pdf"
    assert main(["report", "self-eval", "--db", db, "--project", "科普经费", "--out", str(out)]) == 0
    text = "".join(PdfReader(out).pages[0].extract_text().split())
    assert "96.79%" in text and "9.68" in text and "科普重点人群满意度" in text
    assert main(["report", "budget", "--db", db, "--year", "2022", "--out", str(tmp_path / "b.pdf")]) == 0
    text = PdfReader(tmp_path / "b.pdf").pages[0].extract_text()
    assert "2.45%" in text and "98.90%" in text and "-2.35%" in text
    assert main(["report", "self-eval", "--db", db, "--project", "没有这个", "--out", str(out)]) == 1
    assert main(["report", "monthly", "--db", db, "--year", "2019", "--out", str(out)]) == 1
    assert main(["report", "monthly", "--db", db, "--out", str(tmp_path / "x.doc")]) == 2
    err = capsys.readouterr().err
    assert "没有项目" in err and ".pdf 或 .xlsx" in err


def test_indicators_are_grouped_by_level_for_printing():
    from desktop.reports.data import IndicatorRow

    rows = [IndicatorRow(l1, l2, n, "", "") for l1, l2, n in [
        ("1-产出指标", "11-数量指标", "a"), ("2-效益指标", "22-社会效益", "b"), ("1-产出指标", "12-质量指标", "c"),
        ("3-满意度指标", "31-服务对象满意度", "d"), ("1-产出指标", "11-数量指标", "e"),
        ("2-效益指标", "22-社会效益指标", "f")]]
    assert [r.name for r in build.grouped(rows)] == ["a", "e", "c", "b", "f", "d"]


def test_imported_seeds_print_every_project(tmp_path, seed_path, db_url):
    """Seeds 001/002 through the importer into a store, then 目标表 and 自评表 from the store."""
    db = db_url
    seeds = [str(seed_path("001_fef803051986e1a1")), str(seed_path("002_ab6e064b63c97b02"))]
    assert main(["import", *seeds, "--db", db, "--year", "2023"]) == 0
    with open_store(db) as store, store.session() as session:
        names = [p.name for p in session.query(Project).filter(Project.year == 2023)]
        n_indicators = session.query(Indicator).count()
    assert names and n_indicators
    targets = tmp_path / "targets.pdf"
    assert main(["report", "targets", "--db", db, "--year", "2023", "--out", str(targets)]) == 0
    reader = PdfReader(targets)
    flat = "".join("".join(p.extract_text().split()) for p in reader.pages)
    for name in names:
        assert "".join(name.split()) in flat, name
    assert len(reader.pages) > 1 and "项目支出绩效目标表（续表）" in flat
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            font = ref.get_object()
            assert "/FontFile2" in font["/FontDescriptor"].get_object(), font["/BaseFont"]
    self_eval = tmp_path / "self.pdf"
    assert main(["report", "self-eval", "--db", db, "--year", "2023", "--out", str(self_eval)]) == 0
    text = "".join(p.extract_text() for p in PdfReader(self_eval).pages)
    assert text.count("项目支出绩效自评表") - text.count("项目支出绩效自评表（续表）") == len(names)
    # targets only, nothing entered yet: a form to fill in, not a 0.00 · 差 verdict
    with open_store(db) as store, store.session() as session:
        forms = build.self_eval_forms(figures.self_eval_figures(session, 2023))
    assert forms and all(f.total_score is None and f.grade == "" for f in forms)
    assert "等级：差" not in text
    # nor rows of 0.00 under that blank total
    assert all(r.score is None for f in forms for r in f.indicators)
    assert all(f.funds[0].score is None for f in forms)  # 年度资金总额: no 0.00 before any spending


def test_completion_form_prints_the_officers_rate_for_a_composite_row(db):
    from sqlalchemy import select

    from desktop.models import Department

    with open_store(db) as store, store.session() as session:
        department_id = session.scalars(select(Department.id)).first()
        session.add(DepartmentIndicator(
            department_id=department_id, year=2022, sort_order=99, level1="产出指标", level2="数量指标",
            name="开展国际港澳台交流", annual_target="1.交流活动5场次以上。2.参赛500人以上。",
            actual="1.交流5场次。2.参赛9934人。", completion=D("1")))
    with open_store(db) as store, store.session() as session:
        rows = build.dept_completion_table(figures.dept_completion_figures(session, 2022)).rows
    assert rows[-1].name == "开展国际港澳台交流" and rows[-1].completion_rate == D("1")
    assert rows[0].completion_rate is not None  # a computed row keeps its computed rate


def test_form_rows_pair_with_their_scores_by_id_not_by_position(db):
    """The scoring may list projects and indicators in any order: each row still gets its own score."""
    with open_store(db) as store, store.session() as session:
        unit = session.query(Unit).one()
        other = Project(unit=unit, year=2022, name="学术交流", sort_order=1, goal="办好学术会议。")
        other.budget_executions.append(BudgetExecution(fund_source="total", budget_adjusted=D("50"), spent=D("10")))
        other.indicators.append(Indicator(sort_order=0, level1="产出指标", level2="数量指标", name="会议场次",
                                          annual_target="10场", actual="2场"))
        session.add(other)
    with open_store(db) as store, store.session() as session:
        gathered = figures.self_eval_figures(session, 2022)
    in_order = build.self_eval_forms(gathered)
    assert [f.project for f in in_order] == ["科普经费", "学术交流"]
    assert in_order[0].total_score != in_order[1].total_score
    gathered.scores.projects.reverse()
    for result in gathered.scores.projects:
        result.indicators.reverse()
    assert build.self_eval_forms(gathered) == in_order
    scores = {i.name: i.score for i in in_order[0].indicators}
    assert scores["公益性科普宣传效果"] == D("28") and scores["科普重点人群满意度"] != D("28")


@pytest.mark.parametrize(("form", "sentence"), [
    ("budget", "没有预算调整及执行数据（表1）"),
    ("monthly", "没有每月执行进度数据（表2）"),
    ("dept-completion", "没有部门整体绩效目标"),
])
@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_report_command_fails_when_it_writes_nothing(tmp_path, capsys, form, sentence, suffix):
    """A store with projects but no 表1/表2/表4 rows: the sentence, no file, and an exit a script sees."""
    from grids_data import YEAR, fill

    db = str(tmp_path / "grids.db")
    with open_store(db) as store:
        fill(store)
    out = tmp_path / f"x{suffix}"
    assert main(["report", form, "--db", db, "--year", str(YEAR), "--out", str(out)]) == 1
    assert main(["report", form, "--db", db, "--out", str(out)]) == 1  # the latest year, the same
    assert not out.exists()
    assert sentence in capsys.readouterr().err
    assert main(["report", form, "--db", str(tmp_path / "empty.db"), "--out", str(out)]) == 1  # no projects at all
    assert not out.exists()
    assert "没有项目" in capsys.readouterr().err
