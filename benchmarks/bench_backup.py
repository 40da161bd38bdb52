"""Backup and restore of a year-sized database: 5,000 projects × 8 indicators = 40,000 indicators.

    .venv/bin/python benchmarks/bench_backup.py [--projects 5000] [--indicators 8] [--runs 3]

Prints, best of --runs: the verified backup (backup API + integrity_check + rename), the restore
(a safety backup of the current state, then the backup API into the live file), and as the
baseline measured in the same run a plain file copy of the same database (which is *not* a
backup of a live database: it misses what sits in the WAL), with the ratios.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def build(path: Path, projects: int, indicators: int) -> None:
    from desktop.models import open_store

    with open_store(path) as store, store.engine.begin() as c:
        c.exec_driver_sql("INSERT INTO department (id, name) VALUES (1, '基准测试部门')")
        c.exec_driver_sql("INSERT INTO unit (id, department_id, name) VALUES (1, 1, '基准测试单位')")
        c.exec_driver_sql(
            "INSERT INTO project (id, unit_id, year, name, sort_order, goal) VALUES (?, 1, 2024, ?, ?, ?)",
            [(p, f"项目{p}", p, "开展活动，提升服务水平。" * 5) for p in range(1, projects + 1)],
        )
        c.exec_driver_sql(
            "INSERT INTO indicator (project_id, sort_order, level1, level2, name, annual_target, actual, weight)"
            " VALUES (?, ?, '产出指标', '数量指标', ?, ?, ?, '6.25')",
            [
                (p, k, f"第{p}号项目的第{k + 1}项指标", f"不少于{100 + k}次", f"{110 + k}次")
                for p in range(1, projects + 1)
                for k in range(indicators)
            ],
        )


def best(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--projects", type=int, default=5000)
    parser.add_argument("--indicators", type=int, default=8)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="perfdesk-bench-backup-"))
    os.environ["XDG_DATA_HOME"] = str(work / "data")  # automatic backups land here, not in the user's folder
    from desktop.models.backup import copy_database, restore

    db = work / "perfdesk.db"
    build(db, args.projects, args.indicators)
    size = db.stat().st_size + (Path(str(db) + "-wal").stat().st_size if Path(str(db) + "-wal").exists() else 0)
    copy = best(lambda: shutil.copyfile(db, work / "plain-copy.db"), args.runs)
    backup = best(lambda: copy_database(db, work / "backup.db"), args.runs)
    restored = best(lambda: restore(work / "backup.db", db), args.runs)
    print(f"database: {args.projects * args.indicators:,} indicators, {size / 1e6:.1f} MB")
    print(f"plain file copy (baseline)   {copy * 1000:8.0f} ms")
    print(f"verified backup              {backup * 1000:8.0f} ms   {backup / copy:5.1f}× the copy")
    print(f"restore (with safety backup) {restored * 1000:8.0f} ms   {restored / copy:5.1f}× the copy")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
