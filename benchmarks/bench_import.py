"""Import speed: a department workbook of 5,000 projects × 8 indicators, both Excel layouts.

    .venv/bin/python benchmarks/bench_import.py [--projects 5000] [--indicators 8] [--runs 5]

Both workbooks are made once. Then, per layout, in turns (A B A B …, so a machine that slows down
slows both alike):
- the baseline: python-calamine reading every cell of every sheet, nothing else;
- `perfdesk import FILE --db NEW.db --year 2024`, run through the CLI's own parser and command in
  this process: zip checks, the 自评表 look, read, parse, validate, create and migrate the new
  SQLite file, write and commit;
- the same import into a store opened (made and migrated) before the clock starts: what the
  window's import does (read_files + write_tables);
- `perfdesk import FILE --replace` into a store that already holds the same workbook: preview,
  backup of the file, merge of all 5,000 projects, commit.
Medians of --runs in wall and CPU time; ratios are median ÷ the calamine read's median in this run.
Issue 16's goal: the import ≤ 3× the read, for both layouts.

openpyxl writes every text inline, its characters as &#N; references: calamine spends most of its
read decoding them. Excel and WPS keep the texts in one shared-strings part instead, which calamine
reads several times faster while the import's own work stays the same. With XlsxWriter installed
(`.venv/bin/pip install -e ".[bench]"`), both workbooks are also measured as they save them.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gc
import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import openpyxl

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

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


def _packed_rows(projects: int, indicators: int):
    yield ["项目支出绩效目标表（含转移支付项目）"]
    yield ["部门名称：基准测试部门"]
    yield ["单位：万元"]
    yield ["项目名称（资金使用单位）", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩 效 目 标", "绩效指标"]
    yield ["合计", 1.5 * projects, 1.5 * projects, None, None, None, None]
    yield ["基准测试单位", 1.5 * projects, 1.5 * projects, None, None, None, None]
    for p in range(projects):
        cells = []
        for k in range(indicators):
            c1, l1, c2, l2, name, value = _indicator(p, k)
            cells.append(
                f"{k + 1}、{c1}-{l1}；{c2}-{l2}；{name}；实施周期指标值:{value}；年度指标值:{value}。"
            )
        goal = f"第{p}号项目的年度总体目标：完成建设任务，提升服务水平，群众满意度达到90%以上。"
        yield [f"基准项目{p:05d}", 1.5, 1.5, None, None, goal, "".join(cells)]


def _per_indicator_rows(projects: int, indicators: int):
    yield ["项目支出绩效目标表"]
    yield (["单位", "项目名称", "总计", "财政拨款", "绩效目标", "一级指标", "二级指标", "三级指标"]
           + ["实施周期指标值", "年度指标值", "分值", "实际完成值", "年初预算数", "全年预算数", "全年执行数"])
    for p in range(projects):
        for k in range(indicators):
            c1, l1, c2, l2, name, value = _indicator(p, k)
            head = (
                ["基准测试单位", f"基准项目{p:05d}", 1.5, 1.5, f"第{p}号项目的年度总体目标"]
                if k == 0
                else [None] * 5
            )
            budget = [1.5, 1.6, 1.4] if k == 0 else [None] * 3
            yield head + [f"{c1}-{l1}", f"{c2}-{l2}", name, value, value, 10, f"{100 + k}次", *budget]


def _openpyxl(path: Path, sheet: str, rows) -> None:
    """As openpyxl writes it: every text inline, its characters as &#N; references."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet(sheet)
    for row in rows:
        ws.append(row)
    wb.save(path)


def _as_excel_saves_it(path: Path, sheet: str, rows) -> None:
    """The texts in xl/sharedStrings.xml, in UTF-8, as Excel and WPS save a workbook."""
    import xlsxwriter

    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet(sheet)
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is not None:
                ws.write(r, c, value)
    wb.close()


def write_packed(path: Path, projects: int, indicators: int, write=_openpyxl) -> None:
    write(path, "项目支出绩效目标表", _packed_rows(projects, indicators))


def write_per_indicator(path: Path, projects: int, indicators: int, write=_openpyxl) -> None:
    write(path, "指标", _per_indicator_rows(projects, indicators))


def calamine_read(path: Path) -> None:
    from python_calamine import CalamineWorkbook

    wb = CalamineWorkbook.from_path(str(path))
    for name in wb.sheet_names:
        wb.get_sheet_by_name(name).to_python(skip_empty_area=False)
    wb.close()


def cli_import(path: Path, db: Path, *extra: str) -> None:
    """`perfdesk import` as typed, minus the interpreter's start: the CLI's parser and command."""
    from desktop.cli import build_parser
    from desktop.importers import xlsxfile

    xlsxfile._SURVEYED.clear()  # each run checks the workbook afresh, as a new process would

    args = build_parser().parse_args(["import", str(path), "--db", str(db), "--year", "2024", *extra])
    with contextlib.redirect_stdout(io.StringIO()):
        code = args.func(args)
    assert code == 0, code


def window_import(path: Path, store) -> None:
    """What the window's import runs once the officer confirms: read_files, then write_tables."""
    from desktop.importers import read_files, xlsxfile
    from desktop.operations.imports import write_tables

    xlsxfile._SURVEYED.clear()

    write_tables(store, read_files([path]), year=2024, replace=False)


def clock(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def in_turns(named: dict, runs: int) -> dict[str, list[tuple[float, float]]]:
    """Every function once per round, round after round: (wall, CPU) per run.

    The garbage of one run is collected before the next starts, off the clock: a `perfdesk
    import` starts in a new process, and a --replace run leaves thousands of cycles (ORM objects)
    whose collection would otherwise fall into whichever run comes next."""
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in named}
    for k in range(runs):
        for name, fn in named.items():
            gc.collect()
            times[name].append(clock(lambda fn=fn, k=k: fn(k)))
    return times


def median(values) -> float:
    return statistics.median(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=5000)
    parser.add_argument("--indicators", type=int, default=8)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from desktop.importers import read_file
    from desktop.models import open_store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        layouts = [("packed", write_packed), ("per_indicator", write_per_indicator)]
        try:
            import xlsxwriter  # noqa: F401
        except ImportError:
            print('both layouts as Excel saves them: not measured (XlsxWriter: .venv/bin/pip install -e ".[bench]")')
        else:
            layouts += [
                ("packed_shared_strings", functools.partial(write_packed, write=_as_excel_saves_it)),
                ("per_indicator_shared_strings", functools.partial(write_per_indicator, write=_as_excel_saves_it)),
            ]
        for layout, writer in layouts:
            path = folder / f"{layout}.xlsx"
            writer(path, args.projects, args.indicators)
            [table] = read_file(path)
            assert len(table.projects) == args.projects, len(table.projects)
            assert table.indicator_count == args.projects * args.indicators
            # Made before the clock: the stores the window imports into, and for --replace the
            # stores that already hold this workbook.
            opened = [open_store(folder / f"{layout}-open{k}.db") for k in range(args.runs)]
            held = folder / f"{layout}-held.db"
            cli_import(path, held)
            for k in range(args.runs):
                shutil.copy(held, folder / f"{layout}-replace{k}.db")
            times = in_turns(
                {
                    "calamine": lambda k, path=path: calamine_read(path),
                    "cli": lambda k, path=path, layout=layout: cli_import(path, folder / f"{layout}-new{k}.db"),
                    "window": lambda k, path=path, opened=opened: window_import(path, opened[k]),
                    "replace": lambda k, path=path, layout=layout: cli_import(
                        path, folder / f"{layout}-replace{k}.db", "--replace"
                    ),
                },
                args.runs,
            )
            for store in opened:
                store.close()
            base_wall = median(w for w, _ in times["calamine"])
            base_cpu = median(c for _, c in times["calamine"])
            size = path.stat().st_size / 1e6
            print(
                f"{layout}: {args.projects} projects × {args.indicators} indicators, {size:.1f} MB, "
                f"medians of {args.runs} runs"
            )
            print(f"    {'calamine read only':34s} {base_wall:5.2f} s wall {base_cpu:5.2f} s CPU")
            for name, label in (
                ("cli", "perfdesk import (new SQLite file)"),
                ("window", "read_files + write_tables"),
                ("replace", "perfdesk import --replace"),
            ):
                wall = median(w for w, _ in times[name])
                cpu = median(c for _, c in times[name])
                print(
                    f"    {label:34s} {wall:5.2f} s wall {cpu:5.2f} s CPU"
                    f"  → {wall / base_wall:4.2f}× wall {cpu / base_cpu:4.2f}× CPU",
                    flush=True,
                )


if __name__ == "__main__":
    main()
