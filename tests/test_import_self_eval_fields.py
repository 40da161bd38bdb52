"""Issue 11 · 1: a year-end workbook's 实际完成情况 and 其中 fund columns land in the store and print."""

from __future__ import annotations

from decimal import Decimal

import openpyxl

from desktop.importers import read_file
from desktop.importers.model import from_truth_dict
from desktop.models import BudgetExecution, Project, open_store
from desktop.operations.imports import write_tables
from desktop.operations.report_data import self_eval_figures
from desktop.reports.build import self_eval_forms

HEADER = ["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "年度总体目标实际完成情况",
          "年初预算数", "全年预算数", "全年执行数",
          "其中：当年财政拨款年初预算数", "当年财政拨款全年预算数", "当年财政拨款·全年执行数",
          "上年结转资金年初预算数", "上年结转资金全年预算数", "上年结转资金全年执行数",
          "其他资金全年执行数"]


def test_goal_achieved_and_fund_rows_import_and_print(truth, tmp_path):
    source = from_truth_dict(truth("001_fef803051986e1a1"))
    projects = source.projects[:2]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["2023年度项目支出绩效自评（年终填报）"])
    ws.append(HEADER)
    money = {0: (100, 100, 96, 80, 80, 78, 20, 20, 18, 0), 1: (50, 60, 59, 50, 60, 59, None, None, None, None)}
    for n, project in enumerate(projects):
        for k, ind in enumerate(project.indicators):
            row = [project.name, ind.level1, ind.level2, ind.name, ind.annual_target, f"完成{k}"]
            row += [f"{project.name}已按计划完成。" if k == 0 else None]
            row += list(money[n]) if k == 0 else [None] * 10
            ws.append(row)
    path = tmp_path / "year_end.xlsx"
    wb.save(path)

    [table] = read_file(path)
    first, second = table.projects
    assert first.goal_actual == f"{projects[0].name}已按计划完成。"
    assert first.funds["fiscal"].spent == Decimal(78) and first.funds["carryover"].budget_initial == Decimal(20)
    assert first.funds["other"].spent == Decimal(0) and first.funds["other"].budget_initial is None
    assert set(second.funds) == {"fiscal"}  # empty fund columns make no row

    with open_store(tmp_path / "y.db") as store:
        write_tables(store, [table], year=2023)
        with store.session() as session:
            stored = session.query(Project).filter_by(name=projects[0].name).one()
            assert stored.goal_actual == f"{projects[0].name}已按计划完成。"
            rows = {b.fund_source: b for b in session.query(BudgetExecution).filter_by(project_id=stored.id)}
            assert set(rows) == {"total", "fiscal", "carryover", "other"}
            assert (rows["carryover"].budget_adjusted, rows["carryover"].spent) == (Decimal(20), Decimal(18))
            [form] = self_eval_forms(self_eval_figures(session, 2023, projects[0].name))
    printed = {f.label: f for f in form.funds}
    assert form.goal_actual == f"{projects[0].name}已按计划完成。"
    carry = next(f for label, f in printed.items() if "上年结转" in label)
    assert carry.spent == Decimal(18) and carry.rate == Decimal("0.9")
