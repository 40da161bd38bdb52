"""Import speed: a department workbook of 5,000 projects × 8 indicators, both Excel layouts.

    .venv/bin/python benchmarks/bench_import.py [--projects 5000] [--indicators 8] [--runs 3] [--db]

Reports the import (zip safety checks + parse) time, and with --db also the write into a fresh
SQLite store, against only reading the same workbook with python-calamine, as the best of --runs
in wall and CPU time. Goal: import ≤ 2× the read.
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

LEVELS = [
    ("1", "产出指标", "11", "数量指标"),
    ("1", "产出指标", "12", "质量指标"),
    ("2", "效益指标", "22", "社会效益"),
]


def _indicator(p: int, k: int) -> tuple[str, str, str, str, str, str]:
    c1, l1, c2, l2 = LEVELS[k % len(LEVELS)]
    name = f"第{p}号项目的第{k + 1}项指标，含、，；和数字{k}"
    value = f"不少于{100 + k}次，覆盖率≥9{k}%"
    return c1, l1, c2, l2, name, value


def write_packed(path: Path, projects: int, indicators: int) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("项目支出绩效目标表")
    ws.append(["项目支出绩效目标表（含转移支付项目）"])
    ws.append(["部门名称：基准测试部门"])
    ws.append(["单位：万元"])
    ws.append(
        [
            "项目名称（资金使用单位）",
            "总计",
            "财政拨款",
            "财政专户拨款",
            "其他资金",
            "绩 效 目 标",
            "绩效指标",
        ]
    )
    ws.append(["合计", 1.5 * projects, 1.5 * projects, None, None, None, None])
    ws.append(["基准测试单位", 1.5 * projects, 1.5 * projects, None, None, None, None])
    for p in range(projects):
        cells = []
        for k in range(indicators):
            c1, l1, c2, l2, name, value = _indicator(p, k)
            cells.append(
                f"{k + 1}、{c1}-{l1}；{c2}-{l2}；{name}；实施周期指标值:{value}；年度指标值:{value}。"
            )
        goal = f"第{p}号项目的年度总体目标：完成建设任务，提升服务水平，群众满意度达到90%以上。"
        ws.append([f"基准项目{p:05d}", 1.5, 1.5, None, None, goal, "".join(cells)])
    wb.save(path)


def write_per_indicator(path: Path, projects: int, indicators: int) -> None:
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("指标")
    ws.append(["项目支出绩效目标表"])
    ws.append(
        ["单位", "项目名称", "总计", "财政拨款", "绩效目标", "一级指标", "二级指标", "三级指标"]
        + ["实施周期指标值", "年度指标值", "分值", "实际完成值", "年初预算数", "全年预算数", "全年执行数"]
    )
    for p in range(projects):
        for k in range(indicators):
            c1, l1, c2, l2, name, value = _indicator(p, k)
            head = (
                ["基准测试单位", f"基准项目{p:05d}", 1.5, 1.5, f"第{p}号项目的年度总体目标"]
                if k == 0
                else [None] * 5
            )
            budget = [1.5, 1.6, 1.4] if k == 0 else [None] * 3
            ws.append(head + [f"{c1}-{l1}", f"{c2}-{l2}", name, value, value, 10, f"{100 + k}次", *budget])
    wb.save(path)


def calamine_read(path: Path) -> None:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    for name in wb.sheet_names:
        wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    wb.close()


def best(fn, runs: int) -> tuple[float, float]:
    """Fastest wall time and fastest CPU time of `runs` calls.

    CPU time is the fairer ratio on a shared machine: other processes stretch the wall clock.
    """
    walls, cpus = [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        fn()
        cpus.append(time.process_time() - cpu)
        walls.append(time.perf_counter() - wall)
    return min(walls), min(cpus)


def db_write(path: Path, store) -> None:
    from desktop.operations.imports import write_tables

    write_tables(store, read_file(path), year=2024, replace=False)


def fresh_stores(folder: Path, layout: str, n: int) -> list:
    """Stores made (and migrated) before the clock starts: the import is what is timed."""
    from desktop.models import open_store

    return [open_store(folder / f"{layout}{k}.db") for k in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=5000)
    parser.add_argument("--indicators", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", action="store_true", help="also time import + write into a new SQLite store")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for layout, writer in (("packed", write_packed), ("per_indicator", write_per_indicator)):
            path = folder / f"{layout}.xlsx"
            writer(path, args.projects, args.indicators)
            [table] = read_file(path)
            assert len(table.projects) == args.projects, len(table.projects)
            assert table.indicator_count == args.projects * args.indicators
            read_wall, read_cpu = best(lambda path=path: calamine_read(path), args.runs)
            imp_wall, imp_cpu = best(lambda path=path: read_file(path), args.runs)
            size = path.stat().st_size / 1e6
            print(
                f"{layout:14s} {args.projects} projects × {args.indicators} indicators, {size:.1f} MB:\n"
                f"    calamine read only  {read_wall:.2f} s wall, {read_cpu:.2f} s CPU\n"
                f"    import (parse)      {imp_wall:.2f} s wall, {imp_cpu:.2f} s CPU"
                f"  → ratio {imp_wall / read_wall:.2f}× wall, {imp_cpu / read_cpu:.2f}× CPU"
            )
            if args.db:
                stores = fresh_stores(folder, layout, args.runs)
                pending = iter(stores)
                db_wall, db_cpu = best(
                    lambda path=path, pending=pending: db_write(path, next(pending)), args.runs
                )
                for store in stores:
                    store.close()
                print(
                    f"    import + SQLite     {db_wall:.2f} s wall, {db_cpu:.2f} s CPU"
                    f"  → ratio {db_wall / read_wall:.2f}× wall, {db_cpu / read_cpu:.2f}× CPU"
                )


if __name__ == "__main__":
    main()
