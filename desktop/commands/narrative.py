"""`perfdesk report narrative --out 自评报告.docx [--year N] [--check PUBLISHED.txt|docx]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.messages import message


def run_narrative(args: argparse.Namespace) -> int:
    from desktop.domain.records import NothingToReport, NothingToWrite
    from desktop.models import StoreError, open_store
    from desktop.operations.narrative import narrative_figures
    from desktop.oserrors import os_error_text
    from desktop.reports.narrative import (
        UnreadableDocument,
        check_statements,
        load,
        report_text,
        write_narrative,
    )

    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        print(message("commands.narrative.docx_only", path=str(out)), file=sys.stderr)
        return 2
    try:
        with open_store(args.db) as store, store.session() as session:
            figures = narrative_figures(session, args.year)
        data = load(figures)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    except (NothingToWrite, NothingToReport) as exc:
        print(exc.args[0], file=sys.stderr)
        return 1
    text = ""
    if args.check:  # read first: a file that cannot be read is refused before anything is written
        path = Path(args.check)
        try:
            text = report_text(path)
        except UnreadableDocument as exc:
            print(message("commands.cannot_read", path=str(path), reason=exc.reason), file=sys.stderr)
            return 2
        except OSError as exc:
            print(message("commands.cannot_read", path=str(path), reason=os_error_text(exc)), file=sys.stderr)
            return 2
        except UnicodeDecodeError:
            print(message("commands.cannot_read", path=str(path), reason=message("reports.narrative.not_utf8")),
                  file=sys.stderr)
            return 2
    try:
        counts = write_narrative(data, out)
    except OSError as exc:
        print(message("commands.cannot_write", path=str(out), reason=os_error_text(exc)), file=sys.stderr)
        return 2
    except UnreadableDocument as exc:  # an existing file that is not a Word document: left as it was
        print(message("commands.narrative.not_word", path=str(out), detail=exc.reason), file=sys.stderr)
        return 2
    print(message("commands.narrative.written", path=str(out), computed=counts["computed"], kept=counts["kept"]))
    if args.check:
        found = check_statements(data, text)
        if not found:
            print(message("commands.narrative.consistent", file=path.name))
        for statement in found:
            print(f"! {statement.line()}")
        return 1 if found else 0
    return 0


def run_charts(args: argparse.Namespace) -> int:
    """`perfdesk report charts --out FILE.pdf|xlsx [--year N] [--project NAME]`."""
    from desktop.models import StoreError, open_store
    from desktop.operations.charts import year_charts
    from desktop.reports.build import NothingToReport
    from desktop.reports.charts import write_charts_pdf, write_charts_xlsx

    out = Path(args.out)
    suffix = out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        print(message("commands.pdf_or_xlsx", path=str(out)), file=sys.stderr)
        return 2
    try:
        with open_store(args.db) as store, store.session() as session:
            charts = year_charts(session, args.year, args.project)
            year = charts and args.year
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    except NothingToReport as exc:
        print(exc.args[0], file=sys.stderr)
        return 1
    title = str(message("commands.charts.title_year", year=year) if year else message("commands.charts.title"))
    try:
        if suffix == ".pdf":
            pages = write_charts_pdf(charts, out, title)
            print(message("commands.charts.pdf_written", path=str(out), charts=len(charts), pages=pages))
        else:
            sheets = write_charts_xlsx(charts, out)
            print(message("commands.charts.xlsx_written", path=str(out), charts=len(charts), sheets=sheets))
    except OSError as exc:
        print(message("commands.cannot_write", path=str(out), reason=exc.strerror), file=sys.stderr)
        return 2
    return 0
