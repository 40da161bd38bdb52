"""Cold start to window shown: spawn `python -m desktop`, wait for the window, median of N runs.

    .venv/bin/python benchmarks/bench_startup.py [--runs 5] [--command perfdesk-binary]

Each run uses a new empty data folder and a new database file (the first start also builds the
schema, as on a new PC). Offscreen, so it runs without a display.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

READY = "perfdesk: window shown"


def one_start(command: list[str]) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PERFDESK_EXIT_WHEN_SHOWN="1",
            XDG_DATA_HOME=str(Path(home) / "data"),
            XDG_STATE_HOME=str(Path(home) / "state"),
            XDG_CONFIG_HOME=str(Path(home) / "config"),
        )
        start = time.perf_counter()
        process = subprocess.Popen(
            [*command, "--db", str(Path(home) / "bench.db")], stdout=subprocess.PIPE, env=env, text=True
        )
        for line in process.stdout:
            if line.strip() == READY:
                elapsed = time.perf_counter() - start
                break
        else:
            raise SystemExit(f"the app exited without showing its window (exit {process.wait()})")
        process.wait(timeout=30)
        return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--command", nargs="+", default=[sys.executable, "-m", "desktop"])
    args = parser.parse_args()
    times = [one_start(args.command) for _ in range(args.runs)]
    print("cold start to window shown (s):", " ".join(f"{t:.3f}" for t in times))
    print(f"median of {args.runs}: {statistics.median(times):.3f} s")


if __name__ == "__main__":
    main()
