"""`perfdesk score [--db URL] [--year N] [--json]`: score every project and the department."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.domain.numbers import fmt, percent


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "score",
        parents=[common],
        help="计算项目自评得分与部门整体自评得分",
        description="按年度评分方案计算每个项目的自评得分和部门整体自评得分。",
    )
    parser.add_argument("--year", type=int, help="年度（默认：有项目的最近年度）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出（比率为小数，得分保留两位小数）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.models import StoreError, open_store
    from desktop.services.scoring import score_year, year_dict

    try:
        with open_store(args.db) as store, store.session() as session:
            scores = score_year(session, args.year)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    if scores is None:
        print("数据库中没有项目，无可评分。", file=sys.stderr)
        return 1
    if args.json:
        json.dump(year_dict(scores), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    _print_text(scores)
    return 0


def _print_text(scores) -> None:
    print(f"{scores.year} 年度项目支出绩效自评")
    schemes = sorted({p.scheme_name for p in scores.projects if p.scheme_name})
    if schemes:
        print(f"评分方案：{'、'.join(schemes)}")  # which scheme scored these projects
    for p in scores.projects:
        print(
            f"{p.unit} / {p.name}: 预算执行率 {percent(p.execution_rate) or '—'}，执行得分 {fmt(p.execution_score)}，"
            f"总分 {fmt(p.total)}，等级 {p.grade}"
        )
        for ind in p.indicators:
            rate = percent(ind.completion_rate) or "—"
            print(
                f"    {ind.name}: 分值 {fmt(ind.weight)}，完成率 {rate}，得分 {fmt(ind.score)}（{ind.method}）"
            )
        for problem in p.problems:
            print(f"    ! {problem.message}")
    if scores.department is not None:
        d = scores.department
        print(f"\n{scores.department_name} 部门整体支出绩效自评")
        for item in d.items:
            print(
                f"  {item.level1} / {item.level2} / {item.name}: 分值 {fmt(item.weight)}，得分 {fmt(item.score)}（{item.method}）"
            )
        for level, total in d.level1_totals.items():
            print(f"  {level} 合计 {fmt(total)}")
        print(f"  总分 {fmt(d.total)}，等级 {d.grade}")
        for problem in d.problems:
            print(f"  ! {problem}")
