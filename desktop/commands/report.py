"""`perfdesk report FORM --out FILE.pdf|FILE.xlsx [--db URL] [--year N] [--project NAME]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.oserrors import os_error_text
from desktop.reports.registry import FORM_KINDS, FORMS

FORM_HELP = " · ".join(f"{kind.code} {kind.official}" for kind in FORM_KINDS)


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "report",
        parents=[common],
        help="打印正式报表（PDF 或 Excel）",
        description="按正式格式输出报表：" + FORM_HELP,
    )
    parser.add_argument("form", choices=(*FORMS, "narrative", "charts"), metavar="FORM",
                        help=FORM_HELP + " · narrative 自评报告草稿（.docx） · charts 图表（.pdf 或 .xlsx）")
    parser.add_argument("--out", required=True, metavar="FILE", help="输出文件：.pdf 或 .xlsx（narrative：.docx）")
    parser.add_argument("--check", metavar="REPORT", help="narrative：复核已发布报告（.txt 或 .docx）中陈述的数字")
    parser.add_argument("--year", type=int, help="年度（默认：有项目的最近年度）")
    parser.add_argument("--project", metavar="NAME", help="只输出这个项目（targets / self-eval）")
    parser.add_argument("--unit-name", metavar="NAME", help="填报单位（默认：实施单位或部门名称）")
    parser.add_argument("--head", default="", metavar="NAME", help="单位负责人")
    parser.add_argument("--filler", default="", metavar="NAME", help="填报人")
    parser.add_argument("--phone", default="", metavar="TEL", help="联系电话")
    parser.add_argument("--date", default="", metavar="TEXT", help="填报日期，如 2023年3月15日")
    parser.add_argument("--one-sheet", action="store_true",
                        help="Excel：所有自评表放在同一工作表，每张分页（默认每个项目一个工作表）")
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
        print(f"输出文件须为 .pdf 或 .xlsx：{out}", file=sys.stderr)
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
        print(f"无法写入 {out}：{os_error_text(exc)}", file=sys.stderr)
        return 2
    if written.pages is not None:
        print(f"{out}：{written.sheets} 张表，{written.pages} 页")
    else:
        print(f"{out}：{written.sheets} 张表" + ("，同一工作表" if written.one_sheet else f"，{written.sheets} 个工作表"))
    return 0
