"""`perfdesk report FORM --out FILE.pdf|FILE.xlsx [--db URL] [--year N] [--project NAME]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.messages import message
from desktop.oserrors import os_error_text
from desktop.reports.registry import FORM_KINDS, FORMS

FORM_HELP = " · ".join(f"{kind.code} {kind.official}" for kind in FORM_KINDS)


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
    from desktop.operations.report_data import form_figures
    from desktop.reports.build import NothingToReport
    from desktop.reports.data import SignatureBlock
    from desktop.reports.output import write_forms
    from desktop.reports.registry import build

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        print(message("commands.pdf_or_xlsx", path=str(out)), file=sys.stderr)
        return 2
    signature = SignatureBlock(args.unit_name or "", args.head, args.filler, args.phone, args.date)
    from desktop.commands.output import store_location

    try:
        with open_store(args.db, **store_location(args.db)) as store, store.session() as session:
            figures = form_figures(session, args.form, args.year, args.project)
        forms = build(args.form, figures, signature)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    except NothingToReport as exc:
        print(exc.args[0], file=sys.stderr)
        return 1
    try:
        written = write_forms(forms, out, one_sheet=args.one_sheet)
    except OSError as exc:
        print(message("commands.cannot_write", path=str(out), reason=os_error_text(exc)), file=sys.stderr)
        return 2
    if written.pages is not None:
        print(message("commands.report.pdf_written", path=str(out), sheets=written.sheets, pages=written.pages))
    else:
        code = "commands.report.xlsx_one_sheet" if written.one_sheet else "commands.report.xlsx_written"
        print(message(code, path=str(out), sheets=written.sheets))
    return 0
