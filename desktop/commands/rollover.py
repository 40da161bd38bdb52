"""`perfdesk rollover --from 2024 --to 2025 [--dry-run]`: 新建下一年度 from this year's targets."""

from __future__ import annotations

import argparse
import sys


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "rollover",
        parents=[common],
        help="新建下一年度：复制项目、指标、部门整体目标与指标体系（不含实际值和得分）",
        description="把一个年度的单位、项目、绩效指标（类别、指标值、分值、修正）、部门整体绩效目标（表4）"
        "和自评指标体系（表3）复制到新年度；不复制金额、实际完成值、得分和预算执行数。重复运行不会重复复制。",
    )
    parser.add_argument("--from", dest="from_year", type=int, required=True, metavar="YEAR", help="源年度")
    parser.add_argument("--to", dest="to_year", type=int, metavar="YEAR", help="新年度（默认：源年度 + 1）")
    parser.add_argument("--dry-run", action="store_true", help="只列出将复制的内容，不写入")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.models import StoreError, open_store
    from desktop.operations.rollover import RolloverError, plan_rollover, run_rollover

    to_year = args.to_year if args.to_year is not None else args.from_year + 1
    try:
        with open_store(args.db) as store, store.session() as session:
            action = plan_rollover if args.dry_run else run_rollover
            plan = action(session, args.from_year, to_year)
    except (StoreError, RolloverError) as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    for line in plan.lines():
        print(line)
    if plan.nothing_to_copy:
        print(f"{to_year} 年度已有全部内容，未复制任何行。")
    elif args.dry_run:
        print("（预览，未写入）")
    else:
        print("已写入。")
    return 0
