"""`perfdesk report FORM --out FILE.pdf|FILE.xlsx [--db URL] [--year N] [--project NAME]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.messages import message
from desktop.oserrors import os_error_text

FORMS = ("targets", "self-eval", "dept-score", "dept-completion", "budget", "monthly")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "report",
        parents=[common],
        help=str(message("commands.report.help")),
        description=str(message("commands.report.description", forms=message("commands.report.forms"))),
    )
    parser.add_argument("form", choices=(*FORMS, "narrative", "charts"), metavar="FORM",
                        help=str(message("commands.report.form_help", forms=message("commands.report.forms"))))
    parser.add_argument("--out", required=True, metavar="FILE", help=str(message("commands.report.out_help")))
    parser.add_argument("--check", metavar="REPORT", help=str(message("commands.report.check_help")))
    parser.add_argument("--year", type=int, help=str(message("commands.year_help_latest")))
    parser.add_argument("--project", metavar="NAME", help=str(message("commands.report.project_help")))
    parser.add_argument("--unit-name", metavar="NAME", help=str(message("commands.report.unit_name_help")))
    parser.add_argument("--head", default="", metavar="NAME", help=str(message("commands.report.head_help")))
    parser.add_argument("--filler", default="", metavar="NAME", help=str(message("commands.report.filler_help")))
    parser.add_argument("--phone", default="", metavar="TEL", help=str(message("commands.report.phone_help")))
    parser.add_argument("--date", default="", metavar="TEXT", help=str(message("commands.report.date_help")))
    parser.add_argument("--one-sheet", action="store_true", help=str(message("commands.report.one_sheet_help")))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.form == "narrative":
        from desktop.commands.narrative import run_narrative

        return run_narrative(args)
    if args.form == "charts":
        from desktop.commands.narrative import run_charts

        return run_charts(args)
    from desktop.models import StoreError, open_store
    from desktop.reports.build import NothingToReport, build
    from desktop.reports.data import SignatureBlock
    from desktop.reports.excel import write_xlsx
    from desktop.reports.forms import sheets_for
    from desktop.reports.pdf import write_pdf

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        print(message("commands.pdf_or_xlsx", path=str(out)), file=sys.stderr)
        return 2
    signature = SignatureBlock(args.unit_name or "", args.head, args.filler, args.phone, args.date)
    from desktop.commands.output import store_location

    try:
        with open_store(args.db, **store_location(args.db)) as store, store.session() as session:
            forms = build(session, args.form, args.year, args.project, signature)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    except NothingToReport as exc:
        print(exc.args[0], file=sys.stderr)
        return 1
    sheets = sheets_for(forms)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        if suffix == ".pdf":
            pages = write_pdf(sheets, out)
            print(message("commands.report.pdf_written", path=str(out), sheets=len(sheets), pages=pages))
        else:
            one = args.one_sheet and len({tuple(s.col_widths) for s in sheets}) == 1
            write_xlsx(sheets, out, one_sheet=one)
            code = "commands.report.xlsx_one_sheet" if one else "commands.report.xlsx_written"
            print(message(code, path=str(out), sheets=len(sheets)))
    except OSError as exc:
        print(message("commands.cannot_write", path=str(out), reason=os_error_text(exc)), file=sys.stderr)
        return 2
    return 0
