"""Benchmark: the 项目支出绩效自评表 of 1,000 projects (8 indicators each) as PDF.

Compares our own layout + canvas drawing with LibreOffice headless converting this app's Excel
export of the same forms (Debian libreoffice-calc). Prints pages/s and the ratio.

    .venv/bin/python benchmarks/bench_reports.py [--projects 1000] [--jobs 2] [--no-libreoffice]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402

from desktop.reports import samples  # noqa: E402
from desktop.reports.data import IndicatorRow, SelfEvalForm  # noqa: E402
from desktop.reports.excel import write_xlsx  # noqa: E402
from desktop.reports.forms import self_eval_sheet  # noqa: E402
from desktop.reports.pdf import write_pdf  # noqa: E402


def make_forms(n: int, start: int = 0) -> list[SelfEvalForm]:
    """n projects whose names, figures and notes differ, so caches only help where real
    forms repeat themselves (labels, units, common phrases)."""
    base = samples.self_eval_form()
    forms = []
    for i in range(start, n):
        inds = []
        for j, r in enumerate(base.indicators):
            k = i * 8 + j
            score = r.weight - Decimal(k % 5) / 2 if r.weight else r.score
            inds.append(IndicatorRow(
                r.level1, r.level2, f"{r.name}（{i + 1}）", f"不少于{100 + k % 900}次", f"{95 + k % 50}次",
                r.weight, score, "" if k % 3 else f"第{i + 1}号项目受疫情影响，部分活动延期，已于{1 + k % 12}月补办。"))
        total = base.funds[0].score + sum(x.score for x in inds)
        forms.append(replace(base, project=f"科普经费项目{i + 1:04d}（{base.unit}）", indicators=inds,
                             total_score=total, grade="优" if total >= 90 else "良"))
    return forms


def _write_part(args: tuple[int, int, int, str]) -> int:
    n, start, stop, path = args
    forms = make_forms(stop, start)
    return write_pdf([self_eval_sheet(f) for f in forms], path)


def bench_pdf(n: int, out: Path) -> tuple[int, float]:
    t = time.perf_counter()
    pages = write_pdf([self_eval_sheet(f) for f in make_forms(n)], out)
    return pages, time.perf_counter() - t


def bench_pdf_parallel(n: int, jobs: int, out_dir: Path) -> tuple[int, float]:
    """Projects spread over processes, one PDF per process (e.g. one file per unit)."""
    bounds = [(n, n * k // jobs, n * (k + 1) // jobs, str(out_dir / f"part{k}.pdf")) for k in range(jobs)]
    t = time.perf_counter()
    with ProcessPoolExecutor(jobs) as pool:
        pages = sum(pool.map(_write_part, bounds))
    return pages, time.perf_counter() - t


def bench_libreoffice(xlsx: Path, out_dir: Path) -> tuple[int, float] | None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    profile = Path(tempfile.mkdtemp(prefix="lo-profile-"))
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
           "--outdir", str(out_dir)]
    warm = out_dir / "warm.xlsx"  # first start creates the profile: not counted
    write_xlsx([self_eval_sheet(samples.self_eval_form())], warm)
    subprocess.run(cmd + [str(warm)], check=True, capture_output=True)
    t = time.perf_counter()
    subprocess.run(cmd + [str(xlsx)], check=True, capture_output=True)
    elapsed = time.perf_counter() - t
    shutil.rmtree(profile, ignore_errors=True)
    return len(PdfReader(out_dir / (xlsx.stem + ".pdf")).pages), elapsed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--projects", type=int, default=1000)
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--no-libreoffice", action="store_true")
    ap.add_argument("--lo-projects", type=int, help="projects in the workbook LibreOffice converts (default: all)")
    ap.add_argument("--lo-sheets", action="store_true",
                    help="one worksheet per project for LibreOffice (default: all forms down one worksheet "
                         "with page breaks, the export for printing many forms)")
    args = ap.parse_args()
    n = args.projects
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        pages, secs = bench_pdf(n, tmpdir / "self-eval.pdf")
        size = (tmpdir / "self-eval.pdf").stat().st_size
        print(f"reportlab, 1 process : {n} projects, {pages} pages in {secs:.2f} s = {pages / secs:.0f} pages/s "
              f"({size / 1e6:.1f} MB)")
        ppages, psecs = bench_pdf_parallel(n, args.jobs, tmpdir)
        print(f"reportlab, {args.jobs} processes: {ppages} pages in {psecs:.2f} s = {ppages / psecs:.0f} pages/s")

        xlsx = tmpdir / "self-eval.xlsx"
        lo_n = args.lo_projects or n
        t = time.perf_counter()
        write_xlsx([self_eval_sheet(f) for f in make_forms(lo_n)], xlsx, one_sheet=not args.lo_sheets)
        layout = "one worksheet each" if args.lo_sheets else "down one worksheet, page breaks"
        print(f"Excel export (openpyxl): {lo_n} forms ({layout}) in {time.perf_counter() - t:.2f} s")
        if args.no_libreoffice:
            return 0
        lo = bench_libreoffice(xlsx, tmpdir)
        if lo is None:
            print("LibreOffice not installed (apt-get install libreoffice-calc): no comparison")
            return 0
        lpages, lsecs = lo
        print(f"LibreOffice headless xlsx -> pdf: {lpages} pages in {lsecs:.2f} s = {lpages / lsecs:.0f} pages/s")
        print(f"ratio (pages/s vs LibreOffice): 1 process {pages / secs / (lpages / lsecs):.1f}x, "
              f"{args.jobs} processes {ppages / psecs / (lpages / lsecs):.1f}x (goal >= 3x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
