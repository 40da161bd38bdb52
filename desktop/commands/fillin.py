"""`perfdesk fillin make --out DIR` / `perfdesk fillin read FILE... [--dry-run]`: 填报表 for the units."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "fillin",
        parents=[common],
        help="生成发给各单位的填报表，或读回交回的填报表",
        description="make：每个单位（或每个项目）一份 xlsx，目标锁定，只开放年底填报的单元格；"
        "read：读回交回的填报表，列出每一处将改变的数值（原值 → 新值），目标被改动的整份退回；全部写入或全不写入。",
    )
    actions = parser.add_subparsers(dest="fillin_action", metavar="ACTION", required=True)
    make = actions.add_parser("make", parents=[common], help="生成填报表")
    make.add_argument("--out", required=True, metavar="DIR", help="输出文件夹")
    make.add_argument("--year", type=int, help="年度（默认：有项目的最近年度）")
    make.add_argument("--per", choices=("unit", "project", "department"), default="unit",
                      help="每个单位一份（默认）、每个项目一份，或整个部门一份（另含每月支出进度，表2）")
    make.add_argument("--unit", metavar="NAME", help="只生成这个单位的")
    make.add_argument("--project", metavar="NAME", help="只生成这个项目的")
    make.set_defaults(func=run_make)
    read = actions.add_parser("read", parents=[common], help="读回填报表并写入")
    read.add_argument("files", nargs="+", metavar="FILE", help="交回的填报表 .xlsx")
    read.add_argument("--dry-run", action="store_true", help="只列出将改变的数值，不写入")
    read.set_defaults(func=run_read)


def run_make(args: argparse.Namespace) -> int:
    from desktop.models import StoreError, open_store
    from desktop.operations.fillin import NothingToFill, load_books
    from desktop.operations.scoring import latest_year
    from desktop.reports.fillin import write_books

    try:
        with open_store(args.db) as store, store.session() as session:
            year = args.year if args.year is not None else latest_year(session)
            if year is None:
                print("数据库中没有项目。", file=sys.stderr)
                return 1
            books = load_books(session, year, args.per, args.unit, args.project)
        written = write_books(books, Path(args.out))
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    except NothingToFill as exc:
        print(exc.args[0], file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"无法写入 {args.out}：{exc.strerror}", file=sys.stderr)
        return 2
    for path, book, rows in written:
        print(f"{path}：{book.unit}，{len(book.projects)} 个项目，{rows} 条指标")
    print(f"共 {len(written)} 份填报表。")
    return 0


def run_read(args: argparse.Namespace) -> int:
    from desktop.models import StoreError, open_store
    from desktop.operations.fillin import FillinRefused, apply_fillin, conflicts, read_fillins

    try:
        with open_store(args.db) as store:
            with store.session() as session:
                readings = read_fillins(session, [Path(f) for f in args.files])
            for reading in readings:
                print(reading.summary())
                for reason in reading.refused:
                    print(f"  ! {reason}")
                for change in reading.changes:
                    print(f"  {change.line()}")
            total = sum(len(r.changes) for r in readings)
            clashes = conflicts(readings)
            for clash in clashes:
                print(f"! {clash}")
            if any(not r.accepted for r in readings) or clashes:
                print("有填报表被退回，未写入任何数值。", file=sys.stderr)
                return 1
            if args.dry_run:
                print(f"共 {total} 处数值将改变（预览，未写入）。")
                return 0
            changes = apply_fillin(store, readings)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    except FillinRefused as exc:
        print(exc.args[0], file=sys.stderr)
        return 1
    print(f"已写入 {len(changes)} 处数值（{len(readings)} 份填报表）。")
    return 0
