"""`perfdesk recheck FIGURES.json|xlsx [--db URL] [--year N]`: 复核 a published report."""

from __future__ import annotations

import argparse
import sys

from desktop.oserrors import os_error_text


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "recheck",
        parents=[common],
        help="复核已发布报告中的数字（表1–表4）",
        description="读取报告中印出的数字（JSON，或 xlsx 的“项目 | 数值”两列，如 “表1/合计/预算控制率 | 98.90”），"
        "与按规则重新计算的结果比较，列出每一处不一致。",
    )
    parser.add_argument("figures", metavar="FIGURES", help="报告数字文件：.json 或 .xlsx")
    parser.add_argument("--year", type=int, help="年度（默认：有项目的最近年度）")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.domain.recheck import load_published
    from desktop.models import StoreError, open_store
    from desktop.services.recheck import recheck_year

    try:
        published = load_published(args.figures)
    except OSError as exc:
        print(f"无法读取报告数字文件 {args.figures}：{os_error_text(exc)}", file=sys.stderr)
        return 2
    except ValueError as exc:
        print(f"无法读取报告数字文件 {args.figures}：{exc}", file=sys.stderr)
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
