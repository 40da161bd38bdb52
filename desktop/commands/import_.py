"""`perfdesk import FILE... [--db URL] [--year N] [--replace]`: read and write in one go, then summarise."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.importers.model import ImportedTable

from desktop.messages import message


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help=str(message("commands.import.help")),
        description=str(message("commands.import.description")),
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help=str(message("commands.import.files_help")))
    parser.add_argument("--year", type=int, help=str(message("commands.import.year_help")))
    parser.add_argument(
        "--replace",
        action="store_true",
        help=str(message("commands.import.replace_help")),
    )
    parser.add_argument("--dry-run", action="store_true", help=str(message("commands.import.dry_run_help")))
    parser.set_defaults(func=run)


def _money(v) -> str:
    return "—" if v is None else f"{v:,.2f}"


def summary(table: ImportedTable) -> list[str]:
    """The text form of the GUI preview: counts, sums against stated figures, repairs with places."""
    units = list(dict.fromkeys(p.unit for p in table.projects if p.unit))
    lines = [
        f"{table.source}",
        "  " + str(message("commands.import.department", department=table.department
                               or message("commands.import.no_department")))
        + ("  " + str(message("commands.import.title", title=table.title)) if table.title else ""),
        "  " + str(message("commands.import.counts_in_unit" if table.amount_unit else "commands.import.counts",
                           units=len(units), projects=len(table.projects), indicators=table.indicator_count,
                           unit=table.amount_unit)),
    ]
    for check in table.sum_checks():
        mark = message("commands.import.sum_matches") if check.matches else message("commands.import.sum_differs")
        stated = " / ".join(_money(v) for v in check.stated.as_tuple())
        computed = " / ".join(_money(v) for v in check.computed.as_tuple())
        lines.append("  " + str(message("commands.import.sum_check", label=check.label, stated=stated,
                                            computed=computed, mark=mark)))
    if table.unused_columns:
        lines.append("  " + str(message("commands.import.unused_columns", columns="、".join(table.unused_columns))))
    if table.flagged:
        lines.append("  " + str(message("commands.import.flagged", count=len(table.flagged))))
        lines.extend("    " + str(message("commands.place_what", place=r.place, what=r.what)) for r in table.flagged)
    if table.repairs:
        lines.append("  " + str(message("commands.import.repairs", count=len(table.repairs))))
        lines.extend("    " + str(message("commands.place_what", place=r.place, what=r.what)) for r in table.repairs)
    return lines


def lost_lines(result) -> list[str]:
    """The indicators a replace-import removes together with the officer's year-end data."""
    if not result.lost:
        return []
    return [
        str(message("commands.import.lost", count=len(result.lost))),
        *(f"  {lost}" for lost in result.lost),
    ]


def year_line(given: int | None, tables: list[ImportedTable], year: int) -> str:
    if given:
        return str(message("commands.import.year_given", year=year))
    if any(t.title_year is not None for t in tables):
        return str(message("commands.import.year_from_title", year=year))
    return str(message("commands.import.year_this_year", year=year))


def run(args: argparse.Namespace) -> int:
    from desktop.importers.self_eval import looks_like_self_eval

    if any(looks_like_self_eval(f) for f in args.files if f.lower().endswith((".xlsx", ".xlsm", ".xls"))):
        from desktop.commands.import_self_eval import run_self_eval_import

        return run_self_eval_import(args)  # filled 项目支出绩效自评表 workbooks

    if args.dry_run or args.replace:
        return _read_then_write(args)
    from desktop.commands.output import store_location
    from desktop.models import open_store
    from desktop.operations.imports import import_files

    db = getattr(args, "db", None)
    # Written as it is read, in one transaction; what it read is said once it is in the store.
    done = _writing(args, lambda: import_files(args.files, lambda: open_store(db, **store_location(db)),
                                               year=args.year))
    if isinstance(done, int):
        return done
    print(year_line(args.year, done.tables, done.year))
    for table in done.tables:
        print("\n".join(summary(table)))
    print(message("commands.import.done", year=done.year, where=done.where, result=done.result))
    return 0


def _writing(args: argparse.Namespace, work):
    """`work()`'s result, or the exit code after saying what went wrong (and that nothing was written)."""
    from desktop.importers import SourceError
    from desktop.models import StoreError, database_url
    from desktop.models.db_errors import describe_database_error, is_database_error
    from desktop.models.store import sqlite_file

    try:
        return work()
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        print(message("commands.nothing_written"), file=sys.stderr)
        return 2
    except StoreError as exc:
        print(str(exc.args[0] if exc.args else exc), file=sys.stderr)
        print(message("commands.nothing_written"), file=sys.stderr)
        return 3
    except Exception as exc:  # opening a store in a read-only folder or on a full disk
        if not is_database_error(exc):
            raise
        url = database_url(getattr(args, "db", None))
        print(describe_database_error(exc, str(sqlite_file(url) or url)), file=sys.stderr)
        print(message("commands.nothing_written"), file=sys.stderr)
        return 3


def _read_then_write(args: argparse.Namespace) -> int:
    """--dry-run and --replace: the whole read is said first, then (for a replace) what the write
    would remove, then it is written."""
    from desktop.importers import SourceError, read_files
    from desktop.importers.model import default_year

    try:
        tables = read_files(args.files)
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        print(message("commands.nothing_written"), file=sys.stderr)
        return 2
    year = args.year or default_year(tables)
    print(year_line(args.year, tables, year))  # up front: every figure below belongs to this year
    for table in tables:
        print("\n".join(summary(table)))
    if args.dry_run:
        print(message("commands.import.previewed", year=year))
        return 0
    from desktop.commands.output import store_location
    from desktop.models import open_store
    from desktop.operations.imports import replace_preview, write_tables

    db = getattr(args, "db", None)

    def replace() -> tuple:
        with open_store(db, **store_location(db)) as store:
            # Said before anything is written: what the corrected tables no longer contain.
            preview = replace_preview(store, tables, year=year)
            for line in lost_lines(preview):
                print(line)
            # and nobody may change those rows before the write
            result = write_tables(store, tables, year=year, replace=True, expected=preview.seen)
            return result, store.display_name

    written = _writing(args, replace)
    if isinstance(written, int):
        return written
    result, where = written
    print(message("commands.import.done", year=year, where=where, result=result))
    return 0
