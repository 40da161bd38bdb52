"""`perfdesk recheck FIGURES.json|xlsx [--db URL] [--year N]`: 复核 a published report;
`perfdesk recheck 自评表.xlsx [--json] [--scheme ID] [--out 复核意见.pdf|xlsx]`: 复核 filled 自评表."""

from __future__ import annotations

import argparse
import sys

from desktop.messages import message


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "recheck",
        parents=[common],
        help=str(message("commands.recheck.help")),
        description=str(message("commands.recheck.description")),
    )
    parser.add_argument("figures", metavar="FILE", help=str(message("commands.recheck.file_help")))
    parser.add_argument("--year", type=int, help=str(message("commands.year_help_latest")))
    parser.add_argument("--json", action="store_true", help=str(message("commands.recheck.json_help")))
    parser.add_argument("--scheme", metavar="ID_OR_FILE", help=str(message("commands.recheck.scheme_help")))
    parser.add_argument("--out", metavar="FILE", help=str(message("commands.recheck.out_help")))
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
            print(message("commands.recheck.cannot_write_opinion", path=args.out, reason=exc.strerror or str(exc)),
                  file=sys.stderr)
            return 2
    if args.json:
        print(json.dumps(findings_json(checks), ensure_ascii=False, indent=1))
    else:
        for note in book.notes:
            print(message("commands.note", note=note))
        for check in checks:
            print(message("commands.recheck.project", project=check.project, scheme=check.scheme_name))
            if check.error:
                print("  " + str(message("commands.recheck.cannot_check", error=check.error)))
            for f in check.findings:
                print("  " + str(message("commands.recheck.finding", item=f.item, printed=_num(f.printed),
                                         computed=_num(f.computed), kind=KIND_NAMES[f.kind], note=f.note)))
            if check.unchecked:
                print("  " + str(message("commands.recheck.unchecked", items="、".join(check.unchecked))))
        count = sum(len(c.findings) for c in checks)
        print(message("commands.recheck.total", projects=len(checks), indicators=book.indicator_count, count=count))
        if args.out:
            print(message("commands.recheck.opinion_written", path=args.out))
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
        print(message("commands.recheck.figures_kind", path=args.figures), file=sys.stderr)
        return 2
    notes: list = []
    try:
        published = load_published(args.figures, notes)
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    for note in notes:
        print(message("commands.note", note=note))
    try:
        with open_store(args.db) as store, store.session() as session:
            found = recheck_year(session, published, args.year)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    for item in found:
        if item.computed is None:
            print(message("commands.recheck.figure_unchecked", key=item.key, published=str(item.published)))
        else:
            print(message("commands.recheck.figure", key=item.key, published=str(item.published),
                          computed=str(item.computed)))
    print(message("commands.recheck.figures_total", figures=len(published), count=len(found)))
    if notes:  # a value not compared: not "all agree"
        print(message("commands.recheck.not_compared", count=len(notes)))
    return 1 if found or notes else 0
