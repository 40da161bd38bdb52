"""`perfdesk fillin make --out DIR` / `perfdesk fillin read FILE... [--dry-run]`: 填报表 for the units."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.messages import message


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "fillin",
        parents=[common],
        help=str(message("commands.fillin.help")),
        description=str(message("commands.fillin.description")),
    )
    actions = parser.add_subparsers(dest="fillin_action", metavar="ACTION", required=True)
    make = actions.add_parser("make", parents=[common], help=str(message("commands.fillin.make_help")))
    make.add_argument("--out", required=True, metavar="DIR", help=str(message("commands.fillin.out_help")))
    make.add_argument("--year", type=int, help=str(message("commands.year_help_latest")))
    make.add_argument("--per", choices=("unit", "project", "department"), default="unit",
                      help=str(message("commands.fillin.per_help")))
    make.add_argument("--unit", metavar="NAME", help=str(message("commands.fillin.unit_help")))
    make.add_argument("--project", metavar="NAME", help=str(message("commands.fillin.project_help")))
    make.set_defaults(func=run_make)
    read = actions.add_parser("read", parents=[common], help=str(message("commands.fillin.read_help")))
    read.add_argument("files", nargs="+", metavar="FILE", help=str(message("commands.fillin.files_help")))
    read.add_argument("--dry-run", action="store_true", help=str(message("commands.fillin.dry_run_help")))
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
                print(message("commands.fillin.no_projects"), file=sys.stderr)
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
        print(message("commands.cannot_write", path=args.out, reason=exc.strerror), file=sys.stderr)
        return 2
    for path, book, rows in written:
        print(message("commands.fillin.written", path=str(path), unit=book.unit, projects=len(book.projects),
                      indicators=rows))
    print(message("commands.fillin.total", count=len(written)))
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
                print(message("commands.fillin.refused"), file=sys.stderr)
                return 1
            if args.dry_run:
                print(message("commands.fillin.previewed", count=total))
                return 0
            changes = apply_fillin(store, readings)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    except FillinRefused as exc:
        print(exc.args[0], file=sys.stderr)
        return 1
    print(message("commands.fillin.done", count=len(changes), books=len(readings)))
    return 0
