"""The longest UI-thread stall while 检查 and 部门整体自评 catch up, with 40,000 indicators.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui_stall.py [--indicators 40000]

Fills a temporary SQLite store (benchmarks/bench_grids.py's `fill`), opens the main window's
workspace in an application set up as the app's (translations, fonts), and for each case runs
the event loop with a timer probe: a 5 ms QTimer notes the largest gap between two of its ticks,
from the action until the panel has shown and painted the new result. A gap is how long the
window could not paint or answer a key. Goal: ≤ 50 ms. The panels score the year in the worker
process (desktop/operations/worker_process.py), as in the app.
The baseline, measured first in the same run, is the probe with nothing to do: on a busy
machine the OS alone makes gaps. The window process's longest cyclic-GC pass of each case is
printed too (a pass holds the interpreter, so one in any thread of it stalls the UI thread).

Cases: 检查 opened (first time), an indicator edited while 检查 is shown, 部门整体自评 opened,
a hand score edited in 部门整体自评. Edits go through the grids' models (setData → Editor), the
path a typed cell takes.
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_grids import YEAR, fill  # noqa: E402
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QUndoStack  # noqa: E402

from desktop.models import open_store  # noqa: E402
from desktop.operations import worker_process  # noqa: E402
from desktop.views.app import create_application  # noqa: E402
from desktop.views.workspace import Workspace  # noqa: E402

GOAL_MS = 50
SETTLE_S = 0.3  # the probe runs on this long after a panel shows its result (its repaint)


class StallProbe(QObject):
    """A 5 ms timer on the UI thread; the largest gap between its ticks is the longest stall."""

    def __init__(self):
        super().__init__()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.loop = QEventLoop()
        self.until: Callable[[], bool] = lambda: True
        self.done: float | None = None
        self.last = self.worst = 0.0
        self.gaps: list[tuple[float, float]] = []
        self.cpu = self.worst_cpu = 0.0  # the UI thread's own CPU time between two ticks

    def _tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        self.worst = max(self.worst, now - self.last)
        self.worst_cpu = max(self.worst_cpu, cpu - self.cpu)
        self.cpu = cpu
        if now - self.last > 0.02:
            self.gaps.append((self.last, now))
        self.last = now
        if self.done is None and self.until():
            self.done = now
        if self.done is not None and now - self.done >= SETTLE_S:
            self.loop.quit()

    def measure(self, action: Callable[[], object], until: Callable[[], bool], timeout_s: float = 300) -> tuple[float, float]:
        """(longest stall, time until `until` holds), both in ms, for `action` run in the loop.

        The probe goes on for SETTLE_S after `until` holds: the repaint of the new result comes
        after it is applied, and belongs to this case, not the next one."""
        self.until = until
        self.done = None
        QTimer.singleShot(int(timeout_s * 1000), self.loop.quit)
        self.worst = self.worst_cpu = 0.0
        self.gaps = []
        self.cpu = time.thread_time()
        started = self.last = time.perf_counter()
        QTimer.singleShot(0, action)
        self.timer.start()
        self.loop.exec()
        self.timer.stop()
        return self.worst * 1000, ((self.done or time.perf_counter()) - started) * 1000


class GcWatch:
    """Cyclic-GC passes since `reset`, observed through gc.callbacks (nothing is switched):
    the longest in wall time and in CPU time of the thread that ran it, and when they ran."""

    def __init__(self):
        self.started = self.cpu = 0.0
        self.passes: list[tuple[float, float, float]] = []  # (start, end, CPU seconds)
        self.full = 0  # passes over every generation
        gc.callbacks.append(self._on_gc)

    def _on_gc(self, phase: str, info: dict) -> None:
        if phase == "start":
            self.full += info.get("generation") == 2
            self.started, self.cpu = time.perf_counter(), time.thread_time()
        else:
            self.passes.append((self.started, time.perf_counter(), time.thread_time() - self.cpu))

    def reset(self) -> tuple[list[tuple[float, float, float]], int]:
        passes, full, self.passes, self.full = self.passes, self.full, [], 0
        return passes, full


def busy(widget) -> bool:
    """A panel that computes in the background says so; one that does not is done on return."""
    return bool(getattr(widget, "busy", False))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--indicators", type=int, default=40_000)
    args = parser.parse_args()

    app = create_application()  # as the app starts: translations (Chinese) and fonts
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(Path(folder) / "bench.db")
        started = time.perf_counter()
        fill(store, args.indicators)
        print(f"filled {args.indicators} indicators in {time.perf_counter() - started:.2f} s")

        workspace = Workspace(store, QUndoStack())
        workspace.resize(1400, 900)
        workspace.show()
        workspace.set_year(YEAR)
        probe = StallProbe()
        app.processEvents()
        idle_until = time.perf_counter() + 3
        idle, _ = probe.measure(lambda: None, lambda: time.perf_counter() > idle_until)
        print(f"baseline: longest gap of the idle probe over 3 s {idle:.0f} ms (machine load {_load()})")
        watch = GcWatch()

        checks, department = workspace.checks, workspace.department
        project_id = next(r.id for r in _project_rows(store))
        workspace.set_project(project_id)
        indicators = workspace.indicators.model
        actual = indicators.column_of("actual")
        results: list[tuple[str, float, float]] = []

        def case(name: str, action, widget) -> None:
            # a panel that refreshes in the background is busy from the action on
            watch.reset()
            stall, took = probe.measure(action, lambda: not busy(widget))
            passes, full = watch.reset()
            results.append((name, stall, took))
            gc_wall = max((end - start for start, end, _ in passes), default=0) * 1000
            gc_cpu = max((cpu for _, _, cpu in passes), default=0) * 1000
            print(f"{name}: longest stall {stall:.0f} ms ({stall / max(idle, 1):.1f}× the idle baseline); "
                  f"shown after {took:.0f} ms")
            print(f"    UI thread's own CPU between two ticks ≤ {probe.worst_cpu * 1000:.0f} ms; "
                  f"outside GC passes {_outside(probe.gaps, passes):.0f} ms; {len(passes)} GC passes ({full} full), "
                  f"longest {gc_wall:.0f} ms wall / {gc_cpu:.0f} ms CPU")

        case("open 检查", lambda: workspace.show_tab(checks), checks)
        first_count = checks.count.text()
        typed = iter(["95%", "96%", "97%"])

        def edit_indicator() -> None:
            indicators.setData(indicators.index(0, actual), next(typed))

        case("edit an indicator with 检查 shown", edit_indicator, checks)
        print(f"  检查: {first_count} → {checks.count.text()}")
        case("open 部门整体自评", lambda: workspace.show_tab(department), department)
        tree = department.model
        manual = next(n for n in tree._walk(tree.root) if n.manual)
        score = next(i for i, c in enumerate(tree.columns) if c.key == "score")
        before = department.summary.text()

        def edit_hand_score() -> None:
            tree.setData(tree.createIndex(manual.row, score, manual), "1")

        case("edit a hand score in 部门整体自评", edit_hand_score, department)
        print(f"  部门整体自评: {before} → {department.summary.text()}")
        worst = max(stall for _, stall, _ in results)
        print(f"goal: longest stall ≤ {GOAL_MS} ms {'ok' if worst <= GOAL_MS else 'MISSED'} (worst {worst:.0f} ms)")
        workspace.close()
        worker_process.shutdown()
        store.close()


def _outside(gaps: list[tuple[float, float]], passes: list[tuple[float, float, float]]) -> float:
    """The longest gap less the GC passes inside it, in ms: what our own code held the UI thread."""
    longest = 0.0
    for start, end in gaps:
        inside = sum(max(0.0, min(end, e) - max(start, s)) for s, e, _ in passes)
        longest = max(longest, end - start - inside)
    return longest * 1000


def _load() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "unknown"


def _project_rows(store):
    from desktop.models import grid_queries

    with store.session() as session:
        return grid_queries.project_rows(session, YEAR)


if __name__ == "__main__":
    main()
