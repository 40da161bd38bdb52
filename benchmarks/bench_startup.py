"""Cold start against a bare PySide6 window, both in the same run (issue 16: goal ≤ 4×).

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--command perfdesk-binary]
        [--baseline SOURCE_TREE]   # e.g. git archive <commit> | tar -x -C /tmp/base: also timed

Spawns `python -m desktop` and a bare PySide6 script (QApplication + QMainWindow) turn about and
times, from spawn, the line each prints at the window's first paint (`perfdesk: window shown`);
for the app also `perfdesk: ready` (the store open and the year loaded: ready to work). Prints the
medians and the ratios to the bare window. Each app run uses a new empty data folder and a new
database file (the first start also builds the schema, as on a new PC). Offscreen, so it runs
without a display.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SHOWN = "perfdesk: window shown"
READY = "perfdesk: ready"
WORKTREE = Path(__file__).resolve().parent.parent

# The same ready line at the same moment as the app (views.opening.FirstPaint): the first
# paint event of the main window.
BARE = f"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            print({SHOWN!r}, flush=True)
            QTimer.singleShot(0, app.quit)
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
first = FirstPaint()
window.installEventFilter(first)
window.show()
sys.exit(app.exec())
"""

# In one process: the longest wait of the UI thread's event loop from the window's first paint
# until ready to work (a 5 ms timer's ticks; the attach on the UI thread counts too).
STALLS = """
import sys, time
from PySide6.QtCore import QTimer
from desktop.views import app as app_module
app = app_module.create_application()
host = app_module.WindowHost()
ticks = []
timer = QTimer()
timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
host.start(sys.argv[1])
app_module.FirstPaint(host.window, lambda: (ticks.append(time.perf_counter()), timer.start(5)))
host.started.connect(lambda: (ticks.append(time.perf_counter()), app.quit()))
app.exec()
host.close()
print("longest stall", max(b - a for a, b in zip(ticks, ticks[1:])), flush=True)
"""


def longest_stall(tree: Path) -> float:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(Path(home) / "data"),
                   XDG_STATE_HOME=str(Path(home) / "state"), XDG_CONFIG_HOME=str(Path(home) / "config"),
                   PYTHONPATH=str(tree))
        out = subprocess.run([sys.executable, "-c", STALLS, str(Path(home) / "bench.db")], env=env, cwd=tree,
                             capture_output=True, text=True, timeout=120).stdout
        return float(out.split()[-1])


def timed_lines(argv: list[str], env: dict[str, str], wanted: tuple[str, ...], cwd: Path = WORKTREE) -> dict[str, float]:
    """Seconds from spawn to each wanted line (a line the process never printed is missing), and
    under "cpu" the process's CPU seconds till it exits (less disturbed by a busy machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.PIPE, env=env, text=True, cwd=cwd)
    seen: dict[str, float] = {}
    for line in process.stdout:
        if line.strip() in wanted and line.strip() not in seen:
            seen[line.strip()] = time.perf_counter() - start
    code = process.wait(timeout=60)
    if SHOWN not in seen:
        raise SystemExit(f"{argv[:3]} exited without showing its window (exit {code})")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    seen["cpu"] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return seen


def app_start(command: list[str], tree: Path = WORKTREE) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PERFDESK_EXIT_WHEN_SHOWN="1",
            XDG_DATA_HOME=str(Path(home) / "data"),
            XDG_STATE_HOME=str(Path(home) / "state"),
            XDG_CONFIG_HOME=str(Path(home) / "config"),
            PYTHONPATH=os.pathsep.join(filter(None, [str(tree), os.environ.get("PYTHONPATH")])),
        )
        seen = timed_lines([*command, "--db", str(Path(home) / "bench.db")], env, (SHOWN, READY), tree)
        # an app that shows its window only once the store is open is ready when it shows
        return seen[SHOWN], seen.get(READY, seen[SHOWN]), seen["cpu"]


def bare_start() -> tuple[float, float]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    seen = timed_lines([sys.executable, "-c", BARE], env, (SHOWN,))
    return seen[SHOWN], seen["cpu"]


def row(name: str, times: list[float]) -> None:
    print(f"{name:<28}", " ".join(f"{t:.3f}" for t in times), f"| median {statistics.median(times):.3f} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--command", nargs="+", default=[sys.executable, "-m", "desktop"])
    parser.add_argument("--baseline", type=Path, help="another source tree of the app, timed in the same run")
    args = parser.parse_args()
    trees = {"perfdesk": WORKTREE, **({"baseline": args.baseline.resolve()} if args.baseline else {})}
    bare_start()  # warm the file cache for all: cold means a new process
    for tree in trees.values():
        app_start(args.command, tree)
    bare: list[float] = []
    bare_cpu: list[float] = []
    shown: dict[str, list[float]] = {name: [] for name in trees}
    ready: dict[str, list[float]] = {name: [] for name in trees}
    cpu: dict[str, list[float]] = {name: [] for name in trees}
    for _ in range(args.runs):  # turn about, so a busy moment on the machine hits all
        window, used = bare_start()
        bare.append(window)
        bare_cpu.append(used)
        for name, tree in trees.items():
            window, work, used = app_start(args.command, tree)
            shown[name].append(window)
            ready[name].append(work)
            cpu[name].append(used)
    row("bare PySide6 window shown", bare)
    row("bare PySide6 CPU s", bare_cpu)
    base = statistics.median(bare)
    for name in trees:
        row(f"{name} window shown", shown[name])
        row(f"{name} ready to work", ready[name])
        row(f"{name} CPU s to ready", cpu[name])
    stalls = [longest_stall(WORKTREE) for _ in range(args.runs)]
    row("perfdesk UI stall opening", stalls)
    for name in trees:
        print(f"{name}: window shown {statistics.median(shown[name]) / base:.2f}× the bare window (goal ≤ 4×), "
              f"ready to work {statistics.median(ready[name]) / base:.2f}×")


if __name__ == "__main__":
    main()
