"""`perfdesk import 自评表.xlsx …`: filled 项目支出绩效自评表 workbooks, read and written in one go."""

from __future__ import annotations

import argparse
import sys

from desktop.messages import message


def summary(book) -> list[str]:
    lines = [f"{book.source}", "  " + str(message("commands.self_eval.counts", forms=len(book.forms),
                                                   indicators=book.indicator_count))]
    for form in book.forms:
        code = "commands.self_eval.form" if form.amount_unit == "万元" else "commands.self_eval.form_converted"
        lines.append("  " + str(message(code, place=form.place, name=form.name, indicators=len(form.indicators),
                                        unit=form.amount_unit)))
    lines.extend("  " + str(message("commands.note", note=note)) for note in book.notes)
    return lines


def run_self_eval_import(args: argparse.Namespace) -> int:
    from desktop.importers import SourceError
    from desktop.importers.self_eval import looks_like_self_eval, read_self_eval

    others = [f for f in args.files if not looks_like_self_eval(f)]
    if others:
        print(message("commands.self_eval.others", files="、".join(others)), file=sys.stderr)
        print(message("commands.nothing_written"), file=sys.stderr)
        return 2
    try:
        books = [read_self_eval(f) for f in args.files]
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        print(message("commands.nothing_written"), file=sys.stderr)
        return 2
    for book in books:
        print("\n".join(summary(book)))
    if args.dry_run:
        print(message("commands.self_eval.previewed"))
        return 0
    from desktop.models import StoreError, open_store
    from desktop.operations.self_eval_import import write_self_eval

    try:
        with open_store(getattr(args, "db", None)) as store:
            result = write_self_eval(store, books, year=args.year, replace=args.replace)
            where = store.display_name
    except StoreError as exc:
        print(str(exc.args[0] if exc.args else exc), file=sys.stderr)
        print(message("commands.nothing_written"), file=sys.stderr)
        return 3
    print(message("commands.self_eval.done", where=where, result=result))
    return 0
