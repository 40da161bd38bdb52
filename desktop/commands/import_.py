"""`perfdesk import FILE... [--db URL] [--year N] [--replace]`: read, summarise, write in one go."""

from __future__ import annotations

import argparse
import re
import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.importers.model import ImportedTable


_YEAR = re.compile(r"(20\d{2})年")


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "import",
        parents=[common],
        help="导入项目支出绩效目标表（Excel、CSV、文本、PDF）",
        description="读取目标表，显示与导入预览相同的摘要，然后把所有文件在一个事务中写入数据库。",
    )
    parser.add_argument("files", nargs="+", metavar="FILE", help="要导入的文件（.xlsx / .xls / .csv / .txt / .pdf）")
    parser.add_argument("--year", type=int, help="预算年度（默认：取表名中的年份，否则为今年）")
    parser.add_argument(
        "--replace",
        action="store_true",
        help="同一年度、单位、名称的项目已存在时用导入的替换（默认保留原有的）",
    )
    parser.add_argument("--dry-run", action="store_true", help="只显示摘要，不写入数据库")
    parser.set_defaults(func=run)


def _money(v) -> str:
    return "—" if v is None else f"{v:,.2f}"


def summary(table: ImportedTable) -> list[str]:
    """The text form of the GUI preview: counts, sums against stated figures, repairs with places."""
    units = list(dict.fromkeys(p.unit for p in table.projects if p.unit))
    lines = [
        f"{table.source}",
        f"  部门：{table.department or '（表中未写部门名称）'}"
        + (f"  标题：{table.title}" if table.title else ""),
        f"  {len(units)} 个单位，{len(table.projects)} 个项目，{table.indicator_count} 条指标"
        + (f"（金额单位：{table.amount_unit}）" if table.amount_unit else ""),
    ]
    for check in table.sum_checks():
        mark = "一致" if check.matches else "不一致 ✗"
        stated = " / ".join(_money(v) for v in check.stated.as_tuple())
        computed = " / ".join(_money(v) for v in check.computed.as_tuple())
        lines.append(f"  {check.label}：表列 {stated}；项目合计 {computed} —— {mark}")
    if table.unused_columns:
        lines.append("  未使用的列：" + "、".join(table.unused_columns))
    if table.flagged:
        lines.append(f"  请核对 {len(table.flagged)} 处：")
        lines.extend(f"    {r.place}：{r.what}" for r in table.flagged)
    if table.repairs:
        lines.append(f"  修复 {len(table.repairs)} 处：")
        lines.extend(f"    {r.place}：{r.what}" for r in table.repairs)
    return lines


def lost_lines(result) -> list[str]:
    """The indicators a replace-import removes together with the officer's year-end data."""
    if not result.lost:
        return []
    return [
        f"注意：新表中已没有以下 {len(result.lost)} 条指标，它们带有年终数据，替换后将被删除（导入前会自动备份）：",
        *(f"  {lost}" for lost in result.lost),
    ]


def default_year(tables: list[ImportedTable]) -> int:
    for table in tables:
        m = _YEAR.search(table.title or "")
        if m:
            return int(m.group(1))
    return date.today().year


def year_line(given: int | None, tables: list[ImportedTable], year: int) -> str:
    if given:
        return f"导入年度：{year}（--year 指定）"
    if any(_YEAR.search(t.title or "") for t in tables):
        return f"导入年度：{year}（取自表名）"
    return f"导入年度：{year}（表名中没有年份，按今年；如不是 {year} 年度的数据，请用 --year 指定）"


def run(args: argparse.Namespace) -> int:
    from desktop.importers import SourceError, read_files
    from desktop.importers.self_eval import looks_like_self_eval

    if any(looks_like_self_eval(f) for f in args.files if f.lower().endswith((".xlsx", ".xlsm", ".xls"))):
        from desktop.commands.import_self_eval import run_self_eval_import

        return run_self_eval_import(args)  # filled 项目支出绩效自评表 workbooks

    try:
        tables = read_files(args.files)
    except SourceError as exc:
        print(str(exc), file=sys.stderr)
        print("未写入任何数据。", file=sys.stderr)
        return 2
    year = args.year or default_year(tables)
    print(year_line(args.year, tables, year))  # up front: every figure below belongs to this year
    for table in tables:
        print("\n".join(summary(table)))
    if args.dry_run:
        print(f"预览完毕（年度 {year}），未写入数据库。")
        return 0
    from desktop.commands.output import store_location
    from desktop.models import StoreError, database_url, open_store
    from desktop.models.db_errors import describe_database_error, is_database_error
    from desktop.models.store import sqlite_file
    from desktop.operations.imports import replace_preview, write_tables

    db = getattr(args, "db", None)
    try:
        with open_store(db, **store_location(db)) as store:
            expected = None
            if args.replace:
                # Said before anything is written: what the corrected tables no longer contain.
                preview = replace_preview(store, tables, year=year)
                for line in lost_lines(preview):
                    print(line)
                expected = preview.seen  # and nobody may change those rows before the write
            result = write_tables(store, tables, year=year, replace=args.replace, expected=expected)
            where = store.display_name
    except StoreError as exc:
        print(str(exc.args[0] if exc.args else exc), file=sys.stderr)
        print("未写入任何数据。", file=sys.stderr)
        return 3
    except Exception as exc:  # opening a store in a read-only folder or on a full disk
        if not is_database_error(exc):
            raise
        url = database_url(getattr(args, "db", None))
        print(describe_database_error(exc, str(sqlite_file(url) or url)), file=sys.stderr)
        print("未写入任何数据。", file=sys.stderr)
        return 3
    print(f"已导入 {year} 年度（{where}）：{result}")
    return 0
