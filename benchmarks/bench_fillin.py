"""Fill-in workbooks for a 5,000-project × 8-indicator department in 50 units: make, fill, read back.

Run: .venv/bin/python benchmarks/bench_fillin.py [--units 50] [--projects 5000]
Timed: `load_books` + `write_books` (50 xlsx), `read_fillins` (read and compare against the store) and
`apply_fillin` (write every change in one transaction). Filling the workbooks — what the units do
in Excel — is done by openpyxl between the two and timed apart.

Measured here, 2026-11-30 (2 cores shared with ~7 other jobs: wall time is inflated, CPU time is not),
50 units × 100 projects × 8 indicators = 40,000 indicator rows, 50 workbooks, 3.2 MB:

    make 50 workbooks                        94.8 s wall / 19.3 s CPU  (0.39 s CPU per workbook)
    read back and compare all 50              6.3 s wall /  3.0 s CPU  (45,000 changed values)
    write 45,000 values, one transaction     23.0 s wall / 10.4 s CPU  (with the edit log)

Before looking indicators up by primary key, the read-back took 282.6 s wall / 53.8 s CPU.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_scoring import build_texts  # noqa: E402
from openpyxl import load_workbook  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from desktop.models import BudgetExecution, Department, Indicator, Project, Unit, open_store  # noqa: E402
from desktop.operations.fillin import apply_fillin, load_books, read_fillins  # noqa: E402
from desktop.reports.fillin import INDICATOR_SHEET, PROJECT_SHEET, write_books  # noqa: E402

YEAR = 2024


def build_store(path: Path, units: int, projects: int) -> None:
    texts = build_texts(projects)
    with open_store(path) as store, store.session() as session:
        dept = Department(name="基准部门")
        session.add(dept)
        session.flush()
        unit_ids = []
        for u in range(units):
            unit = Unit(name=f"单位{u + 1:02d}", department_id=dept.id)
            session.add(unit)
            session.flush()
            unit_ids.append(unit.id)
        rows = [{"unit_id": unit_ids[i % units], "year": YEAR, "name": f"项目{i + 1:05d}", "sort_order": i,
                 "goal": "完成年度任务。"} for i in range(projects)]
        ids = session.scalars(insert(Project).returning(Project.id, sort_by_parameter_order=True), rows).all()
        session.execute(insert(BudgetExecution), [
            {"project_id": pid, "fund_source": "total", "budget_initial": 100, "budget_adjusted": 100} for pid in ids])
        inds = []
        for pid, project in zip(ids, texts, strict=True):
            for k, (level1, target, _actual) in enumerate(project):
                inds.append({"project_id": pid, "sort_order": k, "level1": level1, "level2": "数量指标",
                             "name": f"指标{k + 1}", "annual_target": target})
        for start in range(0, len(inds), 5000):
            session.execute(insert(Indicator), inds[start:start + 5000])


def fill(path: Path) -> int:
    wb = load_workbook(path)
    ws = wb[INDICATOR_SHEET]
    n = 0
    for r in range(2, ws.max_row + 1):
        ws.cell(r, 7).value = f"{r}次"
        n += 1
    ps = wb[PROJECT_SHEET]
    for r in range(2, ps.max_row + 1):
        ps.cell(r, 5).value = 95.5
        n += 1
    wb["填报说明"]["B9"] = "填报人"
    wb.save(path)
    return n


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--units", type=int, default=50)
    parser.add_argument("--projects", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        db = tmp / "bench.db"
        build_store(db, args.units, args.projects)
        with open_store(db) as store:
            t0, c0 = time.perf_counter(), time.process_time()
            with store.session() as session:
                written = write_books(load_books(session, YEAR), tmp / "out")
            t_make, c_make = time.perf_counter() - t0, time.process_time() - c0
            t0, c0 = time.perf_counter(), time.process_time()
            filled = sum(fill(p) for p, _b, _n in written)
            t_fill, c_fill = time.perf_counter() - t0, time.process_time() - c0
            t0, c0 = time.perf_counter(), time.process_time()
            with store.session() as session:
                readings = read_fillins(session, [p for p, _b, _n in written])
            t_read, c_read = time.perf_counter() - t0, time.process_time() - c0
            assert all(r.accepted for r in readings), [r.refused[:2] for r in readings if r.refused]
            changes = sum(len(r.changes) for r in readings)
            t0, c0 = time.perf_counter(), time.process_time()
            applied = apply_fillin(store, readings)
            t_apply, c_apply = time.perf_counter() - t0, time.process_time() - c0
        rows = sum(n for _p, _b, n in written)
        size = sum(p.stat().st_size for p, _b, _n in written) / 1e6
        print(f"{len(written)} workbooks, {rows} indicator rows, {size:.1f} MB")
        print("wall s / CPU s (the CPU time is what the machine's load does not inflate)")
        print(f"make: {t_make:.2f} / {c_make:.2f} s ({t_make / len(written) * 1000:.0f} ms per workbook)")
        print(f"fill by script (the units' part, openpyxl): {t_fill:.2f} / {c_fill:.2f} s, {filled} cells")
        print(f"read back and compare: {t_read:.2f} / {c_read:.2f} s, {changes} changes")
        print(f"write all changes in one transaction: {t_apply:.2f} / {c_apply:.2f} s, {len(applied)} written")


if __name__ == "__main__":
    main()
