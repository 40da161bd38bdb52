"""Time and peak memory of the inputs that used to be quadratic or unbounded (issue 10, point 3).

    .venv/bin/python benchmarks/bench_pathological.py

Each case runs in a child process (so one case's memory does not count for the next) and prints
wall seconds, peak RSS and how it ended: the import's result or the sentence it refused with.
Before the fixes: 5,000 projects of one name spent 5.6 s renaming; 16,000 lines of layout text
without tabs 5.3 s; 10^6 lines never finished (now refused over 60,000 lines); one cell at Z200000 cost 9.5 s and 400 MB; a cell
at XFD1048576 aborted the process; 1e999999999 in 指标序号 ran > 60 s at 430 MB.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CASES = {
    "5,000 projects of one name, written to a store": """
        from desktop.importers.model import ImportedProject, ImportedTable
        from desktop.operations.imports import write_tables
        from desktop.models import open_store
        t = ImportedTable(source="dup.xlsx", department="某部门")
        t.projects = [ImportedProject(unit="甲", supervisor=None, name="运维经费") for _ in range(5000)]
        with open_store(DIR / "dup.db") as store:
            result = str(write_tables(store, [t], year=2024))
    """,
    "layout text, 16,000 lines, one project": """
        head = ["主管部门 预算单位 项目名称 绩效目标 绩效指标", "广州市科协 广州市科协 科普经费"]
        (DIR / "l.txt").write_text("\\n".join(head + ["科普经费"] * 16000), "utf-8")
        result = read(DIR / "l.txt")
    """,
    "layout text, 10^6 lines": """
        head = ["主管部门 预算单位 项目名称 绩效目标 绩效指标", "广州市科协 广州市科协 科普经费"]
        (DIR / "m.txt").write_text("\\n".join(head + ["科普经费"] * 1_000_000), "utf-8")
        result = read(DIR / "m.txt")
    """,
    "xlsx, one cell at Z200000": """
        import openpyxl
        wb = openpyxl.Workbook(); ws = wb.active
        ws.append(["项目名称", "总计", "绩效目标", "绩效指标"]); ws["Z200000"] = "x"; wb.save(DIR / "z.xlsx")
        result = read(DIR / "z.xlsx")
    """,
    "xlsx, one cell at XFD1048576": """
        import openpyxl
        wb = openpyxl.Workbook(); ws = wb.active
        ws.append(["项目名称", "总计", "绩效目标", "绩效指标"]); ws["XFD1048576"] = "x"; wb.save(DIR / "x.xlsx")
        result = read(DIR / "x.xlsx")
    """,
    "xlsx, 1e999999999 in 指标序号": """
        import openpyxl
        wb = openpyxl.Workbook(); ws = wb.active
        ws.append(["项目名称", "一级指标", "二级指标", "三级指标", "指标序号", "年度指标值"])
        ws.append(["项目一", "产出指标", "数量指标", "次数", "1e999999999", "1次"]); wb.save(DIR / "s.xlsx")
        result = read(DIR / "s.xlsx")
    """,
}

PRELUDE = """
import resource, sys, time
from pathlib import Path
from desktop.importers import SourceError, read_file
DIR = Path(sys.argv[1])
def read(p):
    try:
        return f"{sum(len(t.projects) for t in read_file(p))} projects"
    except SourceError as exc:
        return exc.problem[:60]
t0 = time.perf_counter()
"""

EPILOGUE = """
print(f"{time.perf_counter() - t0:6.2f} s  {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024:5d} MB  {result}")
"""


def main() -> None:
    for name, body in CASES.items():
        with tempfile.TemporaryDirectory() as folder:
            code = PRELUDE + textwrap.dedent(body) + EPILOGUE
            done = subprocess.run(
                [sys.executable, "-c", code, folder], cwd=ROOT, capture_output=True, text=True, timeout=600
            )
            out = done.stdout.strip() or f"exit {done.returncode}: {done.stderr.strip()[-200:]}"
            print(f"{name:48s} {out}")


if __name__ == "__main__":
    main()
