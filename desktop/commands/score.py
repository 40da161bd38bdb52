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


# How each score was worked out, in the officer's words (the scoring rules' internal names → 中文).
METHOD_NAMES = {
    "none": "未评分",
    "override": "手工调整",
    "定性": "定性评分",
    "manual": "填报人评分",
    "indicator_completion": "按部门整体指标完成率",
    "average_execution": "按年度平均执行率",
    "project_scores": "按专项项目自评平均分",
    "project_execution": "按专项资金执行率",
    "ceiling_rate": "按比率控制标准",
}


def method_name(method: str) -> str:
    """'≥' → '≥ 达标满分'; '≤ ratio' → '≤ 比例计分'; unknown names are shown as they are."""
    if method in METHOD_NAMES:
        return METHOD_NAMES[method]
    words = {"ratio": "比例计分", "linear": "线性计分"}
    return " ".join(words.get(part, part) for part in method.split())


def run(args: argparse.Namespace) -> int:
    from desktop.commands.output import quietly_piped, store_location
    from desktop.models import StoreError, open_store
    from desktop.operations.scoring import latest_year, score_year, year_dict

    try:
        with open_store(args.db, **store_location(args.db)) as store, store.session() as session:
            if args.year is not None and not _has_projects(session, args.year):
                latest = latest_year(session)
                hint = f"（最近有项目的年度为 {latest} 年）" if latest is not None else ""
                print(f"{args.year} 年度没有项目数据，无可评分{hint}。", file=sys.stderr)
                return 1
            scores = score_year(session, args.year)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    if scores is None:
        print("数据库中没有项目，无可评分。", file=sys.stderr)
        return 1
    if args.json:
        def write() -> None:
            json.dump(year_dict(scores), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")

        return quietly_piped(write)
    return quietly_piped(lambda: _print_text(scores))


def _basis(item) -> str:
    if item.basis is None:
        return ""
    if getattr(item, "basis_unit", "rate") == "points":
        left = f"，{item.left_out} 个未评分项目未计入" if item.left_out else ""
        return f"，依据：平均 {fmt(item.basis)} 分{left}"
    return f"，依据：{percent(item.basis)}"


def _has_projects(session, year: int) -> bool:
    from desktop.models import queries

    return year in queries.years(session)


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
                f"    {ind.name}: 分值 {fmt(ind.weight)}，完成率 {rate}，得分 {fmt(ind.score)}（{method_name(ind.method)}）"
            )
        for problem in p.problems:
            print(f"    ! {problem.message}")
    if scores.department is not None:
        d = scores.department
        print(f"\n{scores.department_name} 部门整体支出绩效自评")
        for item in d.items:
            print(
                f"  {item.level1} / {item.level2} / {item.name}: 分值 {fmt(item.weight)}，得分 {fmt(item.score)}"
                f"（{method_name(item.method)}{_basis(item)}）"
            )
        for level, total in d.level1_totals.items():
            print(f"  {level} 合计 {fmt(total)}")
        print(f"  总分 {fmt(d.total)}，等级 {d.grade}")
        for problem in d.problems:
            print(f"  ! {problem}")
