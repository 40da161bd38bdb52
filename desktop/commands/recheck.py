"""`perfdesk recheck FIGURES.json|xlsx [--db URL] [--year N]`: 复核 a published report;
`perfdesk recheck 自评表.xlsx [--json] [--scheme ID] [--out 复核意见.pdf|xlsx]`: 复核 filled 自评表."""

from __future__ import annotations

import argparse
import sys


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "recheck",
        parents=[common],
        help="复核已填好的项目支出绩效自评表，或已发布报告中的数字（表1–表4）",
        description="给出填好的项目支出绩效自评表（Excel）时：按评分方案重算每个数字，列出每一处不一致"
        "（项目、复核项目、表中数、复核数、原因）。给出报告数字文件（JSON，或 xlsx 的“项目 | 数值”两列，"
        "如 “表1/合计/预算控制率 | 98.90”）时：与数据库中的数据重新计算的结果比较。"
        "退出码：0 全部一致，1 有不一致，2 文件无法读取。",
    )
    parser.add_argument("figures", metavar="FILE", help="自评表 .xlsx，或报告数字文件 .json / .xlsx")
    parser.add_argument("--year", type=int, help="年度（默认：有项目的最近年度）")
    parser.add_argument("--json", action="store_true", help="以 JSON 输出自评表的复核结果")
    parser.add_argument("--scheme", metavar="ID_OR_FILE", help="评分方案（默认：按自评表年度选用）")
    parser.add_argument("--out", metavar="FILE", help="把复核意见写成 .pdf 或 .xlsx")
    parser.set_defaults(func=run)


def run_self_eval(args: argparse.Namespace) -> int:
    import json

    from desktop.domain.recheck import KIND_NAMES
    from desktop.importers import SourceError
    from desktop.operations.recheck import findings_json, recheck_self_eval_file

    try:
        book, checks = recheck_self_eval_file(args.figures, args.scheme)
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.out:
        from desktop.reports.recheck_opinion import write_opinion

        try:
            write_opinion(book.source, checks, args.out)
        except OSError as exc:
            print(f"无法写入复核意见 {args.out}：{exc.strerror or exc}", file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(findings_json(checks), ensure_ascii=False, indent=1))
    else:
        for note in book.notes:
            print(f"注意：{note}")
        for check in checks:
            print(f"{check.project}（评分方案：{check.scheme_name}）")
            if check.error:
                print(f"  无法复核：{check.error}")
            for f in check.findings:
                print(f"  {f.item}：表中 {_num(f.printed)}，复核 {_num(f.computed)}（{KIND_NAMES[f.kind]}）—— {f.note}")
            if check.unchecked:
                print(f"  无法重算（目标或实际不是单个数字）：{'、'.join(check.unchecked)}")
        count = sum(len(c.findings) for c in checks)
        print(f"共 {len(checks)} 个项目、{book.indicator_count} 条指标，{count} 处不一致")
        if args.out:
            print(f"复核意见已写入 {args.out}")
    return 1 if any(c.findings for c in checks) else 0


def _num(v) -> str:
    from desktop.domain.numbers import fmt

    return "—" if v is None else fmt(v)


def _is_self_eval(path: str) -> bool:
    from pathlib import Path

    if Path(path).suffix.lower() not in (".xlsx", ".xlsm", ".xls") or not Path(path).exists():
        return False
    from desktop.importers.self_eval import looks_like_self_eval, readable_workbook

    # a broken workbook goes the 自评表 way too: its reader says what is wrong in one sentence
    return looks_like_self_eval(path) or not readable_workbook(path)


def run(args: argparse.Namespace) -> int:
    if _is_self_eval(args.figures):
        return run_self_eval(args)
    from pathlib import Path

    from desktop.importers.errors import SourceError
    from desktop.importers.published import load_published
    from desktop.models import StoreError, open_store
    from desktop.operations.recheck import recheck_year

    if Path(args.figures).suffix.lower() not in (".json", ".xlsx", ".xlsm"):
        print(f"报告数字文件须为 .json 或 .xlsx（“项目 | 数值”两列）：{args.figures}", file=sys.stderr)
        return 2
    try:
        published = load_published(args.figures)
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    try:
        with open_store(args.db) as store, store.session() as session:
            found = recheck_year(session, published, args.year)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    for item in found:
        if item.computed is None:
            print(f"{item.key}: 报告 {item.published}，无法复核（缺少数据或名称不符）")
        else:
            print(f"{item.key}: 报告 {item.published}，复核 {item.computed}")
    print(f"共 {len(published)} 个数字，{len(found)} 处不一致")
    return 1 if found else 0
