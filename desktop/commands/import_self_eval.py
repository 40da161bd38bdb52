"""`perfdesk import 自评表.xlsx …`: filled 项目支出绩效自评表 workbooks, read and written in one go."""

from __future__ import annotations

import argparse
import sys


def summary(book) -> list[str]:
    lines = [f"{book.source}", f"  项目支出绩效自评表 {len(book.forms)} 张，{book.indicator_count} 条指标"]
    for form in book.forms:
        unit = f"（金额单位：{form.amount_unit}，已折算为万元）" if form.amount_unit != "万元" else ""
        lines.append(f"  {form.place}：{form.name}，{len(form.indicators)} 条指标{unit}")
    lines.extend(f"  注意：{note}" for note in book.notes)
    return lines


def run_self_eval_import(args: argparse.Namespace) -> int:
    from desktop.importers import SourceError
    from desktop.importers.self_eval import looks_like_self_eval, read_self_eval

    others = [f for f in args.files if not looks_like_self_eval(f)]
    if others:
        print(f"无法导入：{'、'.join(others)} 不是项目支出绩效自评表，请与自评表分开导入。", file=sys.stderr)
        print("未写入任何数据。", file=sys.stderr)
        return 2
    try:
        books = [read_self_eval(f) for f in args.files]
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        print("未写入任何数据。", file=sys.stderr)
        return 2
    for book in books:
        print("\n".join(summary(book)))
    if args.dry_run:
        print("预览完毕，未写入数据库。")
        return 0
    from desktop.models import StoreError, open_store
    from desktop.operations.self_eval_import import write_self_eval

    try:
        with open_store(getattr(args, "db", None)) as store:
            result = write_self_eval(store, books, year=args.year, replace=args.replace)
            where = store.display_name
    except StoreError as exc:
        print(str(exc.args[0] if exc.args else exc), file=sys.stderr)
        print("未写入任何数据。", file=sys.stderr)
        return 3
    print(f"已导入自评表（{where}）：{result}")
    return 0
