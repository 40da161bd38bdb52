"""`perfdesk report narrative --out 自评报告.docx [--year N] [--check PUBLISHED.txt|docx]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def run_narrative(args: argparse.Namespace) -> int:
    from desktop.domain.records import NothingToReport, NothingToWrite
    from desktop.models import StoreError, open_store
    from desktop.operations.narrative import narrative_figures
    from desktop.reports.narrative import check_statements, load, report_text, write_narrative

    out = Path(args.out)
    if out.suffix.lower() != ".docx":
        print(f"自评报告须输出为 .docx：{out}", file=sys.stderr)
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
    try:
        counts = write_narrative(data, out)
    except OSError as exc:
        print(f"无法写入 {out}：{exc.strerror}", file=sys.stderr)
        return 2
    except (KeyError, ValueError) as exc:  # an existing file that is not a Word document
        print(f"{out} 已存在但不是可读取的 Word 文档（{exc}），未覆盖。", file=sys.stderr)
        return 2
    print(f"{out}：{counts['computed']} 段由数据生成，保留原有 {counts['kept']} 段自行撰写的内容")
    if args.check:
        path = Path(args.check)
        try:
            text = report_text(path)
        except (OSError, UnicodeDecodeError, KeyError, ValueError) as exc:
            print(f"无法读取 {path}：{exc}", file=sys.stderr)
            return 2
        found = check_statements(data, text)
        if not found:
            print(f"{path.name}：陈述的数字与数据一致。")
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
        print(f"输出文件须为 .pdf 或 .xlsx：{out}", file=sys.stderr)
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
    title = "绩效自评图表" + (f"（{year} 年度）" if year else "")
    try:
        if suffix == ".pdf":
            pages = write_charts_pdf(charts, out, title)
            print(f"{out}：{len(charts)} 张图，{pages} 页")
        else:
            sheets = write_charts_xlsx(charts, out)
            print(f"{out}：{len(charts)} 张图，{sheets} 个工作表")
    except OSError as exc:
        print(f"无法写入 {out}：{exc.strerror}", file=sys.stderr)
        return 2
    return 0
