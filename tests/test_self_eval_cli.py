"""`perfdesk recheck 自评表.xlsx [--json] [--out]` and `perfdesk import 自评表.xlsx` end to end."""

from __future__ import annotations

import json
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from self_eval_books import slips_forms, write_book
from sqlalchemy import select

from desktop.cli import main
from desktop.models import BudgetExecution, Indicator, Project, open_store
from desktop.models.entities import PrintedFigure


@pytest.fixture
def slips(tmp_path):
    return write_book(tmp_path / "自评表.xlsx", slips_forms())


def test_recheck_json_lists_each_slip_with_rates_in_percent(slips, capsys):
    assert main(["recheck", str(slips), "--json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    assert findings[0] == {"project": "乡村道路建设", "item": "执行率", "printed": 86.19, "computed": 86.18,
                           "kind": "arithmetic", "note": "全年执行数 215457.6 元 ÷ 全年预算数 250000 元 = 86.18%"}
    assert {(f["project"], f["item"], f["computed"]) for f in findings} >= {
        ("农村饮水安全", "预算执行得分", 10.0), ("学校维修改造", "预算执行得分", 8.62),
        ("学校维修改造", "维修资金支付进度", 8.62), ("文化惠民演出", "分值", 110.0), ("森林防火", "森林覆盖率", 30.0),
        ("环境监测", "数据有效率", 9.8), ("环境监测", "总分", 97.0),
    }
    assert len(findings) == 16


def test_recheck_with_another_scheme_and_a_sound_workbook(tmp_path, capsys):
    forms = slips_forms()
    forms[4]["indicators"] = [(*r[:6], r[5], r[7]) for r in forms[4]["indicators"]]  # full marks where met
    forms[4]["total_score"] = 100
    path = write_book(tmp_path / "ok.xlsx", [forms[4]])
    assert main(["recheck", str(path)]) == 0
    out = capsys.readouterr().out
    assert "森林防火（评分方案：财预〔2020〕10号 项目支出绩效自评）" in out and "0 处不一致" in out
    water = write_book(tmp_path / "water.xlsx", [slips_forms()[1]])
    assert main(["recheck", str(water), "--json", "--scheme", "budget-initial"]) == 1
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [f["computed"] for f in found if f["item"] == "预算执行得分"] == [6.56]
    assert main(["recheck", str(water), "--scheme", "no-such-scheme"]) == 2
    assert "找不到评分方案“no-such-scheme”" in capsys.readouterr().err


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_recheck_opinion_is_printed(slips, tmp_path, suffix, capsys):
    out = tmp_path / f"复核意见{suffix}"
    assert main(["recheck", str(slips), "--out", str(out)]) == 1
    assert f"复核意见已写入 {out}" in capsys.readouterr().out
    if suffix == ".pdf":
        text = "".join(page.extract_text() for page in PdfReader(out).pages).replace("\n", "").replace(" ", "")
        assert "项目支出绩效自评表复核意见" in text and "数据有效率" in text and "达标扣分且无偏差原因" in text
    else:
        ws = load_workbook(out).active
        cells = [str(c) for row in ws.iter_rows(values_only=True) for c in row if c is not None]
        assert "数据有效率" in cells and "总分不等于各项之和" in cells
        assert any("评分方案：财预〔2020〕10号 项目支出绩效自评" in c for c in cells)


def test_a_broken_workbook_is_one_sentence(tmp_path, capsys):
    path = tmp_path / "坏.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["recheck", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("无法导入“坏.xlsx”") and "Traceback" not in err


def test_import_brings_in_projects_funds_indicators_and_printed_figures_apart(slips, tmp_path, capsys):
    db = tmp_path / "p.db"
    assert main(["--db", str(db), "import", str(slips)]) == 0
    assert "新增 6 个项目" in capsys.readouterr().out
    with open_store(db) as store, store.session() as s:
        road = s.scalar(select(Project).where(Project.name == "乡村道路建设"))
        assert (road.year, road.goal, road.goal_actual) == (2022, "完成年度建设任务。", "已完成年度建设任务。")
        assert road.unit.name == "某县某中心" and road.unit.department.name == "某县财政局"
        funds = {b.fund_source: (b.budget_initial, b.budget_adjusted, b.spent) for b in road.budget_executions}
        assert funds == {"total": (D(25), D(25), D("21.54576")), "fiscal": (D(25), D(25), D("21.54576")),
                         "carryover": (D(0), D(0), D(0)), "other": (D(0), D(0), D(0))}
        first = road.indicators[0]
        assert (first.name, first.annual_target, first.actual, first.weight) == (
            "指标1：新建道路长度", "≥266米", "≥266米", D(20))
        qualitative = next(i for i in road.indicators if i.name == "群众出行条件")
        assert (qualitative.qualitative_tier, qualitative.score_override) == (1, D(18))  # 18 of 20: 达成 band
        printed = {(f.indicator_id is None, f.item): (f.value, f.text)
                   for f in s.scalars(select(PrintedFigure).where(PrintedFigure.project_id == road.id))}
        assert printed[(True, "execution_rate")] == (D("86.19"), None)  # as printed, not recomputed
        assert printed[(True, "total_score")] == (D("96.62"), None)
        assert printed[(True, "grade")] == (None, "优")
        assert s.scalar(select(PrintedFigure.value).where(PrintedFigure.indicator_id == first.id,
                                                          PrintedFigure.item == "score")) == D(20)
        assert s.query(Indicator).count() == 34 and s.query(BudgetExecution).count() == 4 + 2 * 5
    # the app scores the imported projects itself and says which scheme did
    assert main(["--db", str(db), "score"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[1] == "评分方案：财预〔2020〕10号 项目支出绩效自评"
    assert "群众出行条件: 分值 20.00，完成率 —，得分 18.00（定性评分）" in out  # the printed hand score kept
    # a second import keeps what is there, --replace replaces it (with its printed figures)
    assert main(["--db", str(db), "import", str(slips)]) == 0
    assert "保留原有 6 个" in capsys.readouterr().out
    assert main(["--db", str(db), "import", str(slips), "--replace"]) == 0
    with open_store(db) as store, store.session() as s:
        assert s.query(Project).count() == 6 and s.query(Indicator).count() == 34
        assert s.query(PrintedFigure).filter(PrintedFigure.item == "total_score").count() == 6


def test_import_refuses_a_mix_and_writes_nothing(slips, tmp_path, capsys):
    other = tmp_path / "t.txt"
    other.write_text("项目名称\t绩效目标\n", encoding="utf-8")
    db = tmp_path / "p.db"
    assert main(["--db", str(db), "import", str(slips), str(other)]) == 2
    assert "请与自评表分开导入" in capsys.readouterr().err
    assert not db.exists()


def test_an_import_lands_whole_or_not_at_all(slips, tmp_path, capsys):
    from openpyxl import Workbook

    bad = tmp_path / "坏表.xlsx"
    wb = Workbook()
    wb.active.title = "表1"
    wb.active.append(["项目名称", "道路"])
    wb.active.append(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分"])
    wb.active.append(["产出指标", "数量指标", "里程", "≥10公里", "10公里", "满分", 10])
    wb.active.append(["总分", None, None, None, None, 100, "执行率"])
    wb.save(bad)
    db = tmp_path / "p.db"
    assert main(["--db", str(db), "import", str(slips), str(bad)]) == 2
    err = capsys.readouterr().err
    assert "无法导入“坏表.xlsx”：工作表“表1”第 3 行 F 列，指标“里程”的分值应为数字，而不是“满分”" in err
    assert "未写入任何数据" in err and not db.exists()
