"""PDF import speed: a published-style 目标表 PDF of ≥100 pages, printed by this app's own report.

    .venv/bin/python benchmarks/bench_pdf_import.py [--projects 200] [--runs 2]

Makes a department of --projects projects × 8 indicators, writes it into a fresh store, prints the
项目支出绩效目标表 PDF with desktop/reports, then times on that PDF (best of --runs, wall clock):

- the whole import (read_file: pypdfium2 lines and characters → desktop/importers/pdfgrid, stitching,
  assembling);
- the grid reading alone (pdfgrid.read_page on every page);
- plain text extraction with pypdfium2 (textpage.get_text_range);
- where pdfplumber is installed (it is not a dependency): its table finding (find_tables + extract)
  and its plain text (extract_text), the other library measured for the choice.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.importers import read_file  # noqa: E402

LEVELS = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标")]


def write_workbook(path: Path, projects: int) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["示例局2024年项目支出绩效目标表"])
    ws.append(["单位：万元"])
    ws.append(["预算单位", "项目名称", "总计", "财政拨款", "绩效目标", "一级指标", "二级指标", "三级指标", "年度指标值"])
    for p in range(projects):
        goal = f"第{p + 1}号项目：完成年度工作任务，提升服务水平，" * 3
        for k in range(8):
            l1, l2 = LEVELS[k % len(LEVELS)]
            head = [f"示例单位{p % 5 + 1}", f"第{p + 1}号项目", 100 + p, 100 + p, goal] if k == 0 else [None] * 5
            ws.append([*head, l1, l2, f"第{p + 1}号项目指标{k + 1}", f"不少于{100 + k}次，覆盖率≥9{k}%"])
    wb.save(path)


def best(fn, runs: int) -> tuple[float, float]:
    """(wall, CPU) seconds, best of `runs`: the machine may be shared, CPU time says what it costs."""
    times = []
    for _ in range(runs):
        t, c = time.perf_counter(), time.process_time()
        fn()
        times.append((time.perf_counter() - t, time.process_time() - c))
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()

    import pypdfium2
    import pypdfium2.raw as raw

    from desktop.importers.pdfgrid import read_page

    try:
        import pdfplumber
    except ImportError:
        pdfplumber = None

    from desktop.cli import main as perfdesk

    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        xlsx, db, pdf = tmp / "dept.xlsx", tmp / "b.db", tmp / "targets.pdf"
        write_workbook(xlsx, args.projects)
        assert perfdesk(["import", str(xlsx), "--db", str(db), "--year", "2024"]) == 0
        assert perfdesk(["report", "targets", "--out", str(pdf), "--db", str(db), "--year", "2024"]) == 0
        doc = pypdfium2.PdfDocument(str(pdf))
        pages = len(doc)
        doc.close()

        result = {}

        def import_pdf():
            [table] = read_file(pdf)
            result["projects"] = len(table.projects)
            result["indicators"] = table.indicator_count

        def grid_tables():
            doc = pypdfium2.PdfDocument(str(pdf))
            for page in doc:
                read_page(page, raw)
                page.close()
            doc.close()

        def plumber_tables():
            with pdfplumber.open(pdf) as doc:
                for page in doc.pages:
                    for t in page.find_tables():
                        t.extract()
                    page.close()

        def plumber_text():
            with pdfplumber.open(pdf) as doc:
                for page in doc.pages:
                    page.extract_text()
                    page.close()

        def pdfium_text():
            doc = pypdfium2.PdfDocument(str(pdf))
            for page in doc:
                page.get_textpage().get_text_range()
            doc.close()

        rows = [
            ("import (pypdfium2 grid → assemblers)", best(import_pdf, args.runs)),
            ("pypdfium2 grid tables only", best(grid_tables, args.runs)),
            ("pypdfium2 plain text", best(pdfium_text, args.runs)),
        ]
        if pdfplumber is not None:
            rows += [
                ("pdfplumber tables only", best(plumber_tables, args.runs)),
                ("pdfplumber plain text", best(plumber_text, args.runs)),
            ]
        print(f"{pages} pages, {pdf.stat().st_size / 1e6:.1f} MB; imported {result['projects']} projects, "
              f"{result['indicators']} indicators (want {args.projects}, {args.projects * 8})")
        for label, (wall, cpu) in rows:
            print(f"  {label:42s} wall {wall:7.2f} s {pages / wall:7.1f} pages/s · CPU {cpu:7.2f} s {pages / cpu:7.1f} pages/s")


if __name__ == "__main__":
    main()
