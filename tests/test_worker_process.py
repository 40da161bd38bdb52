"""Whole-year reads in the worker process (desktop.operations.worker_process): the same result
as in the window's process, a cancel that reaches the work, errors that arrive as themselves, the
window's language, a worker that died replaced, a store no other process can open kept local."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
import worker_jobs
from grids_data import YEAR, fill

from desktop.models import StoreError, open_store
from desktop.operations import worker_process
from desktop.operations.progress import Cancelled, Progress
from desktop.operations.scoring import score_department_items
from desktop.operations.year_check import check_rows


@pytest.fixture
def store(db_url):
    """A SQLite file, and a PostgreSQL database when a server is given (conftest's db_url)."""
    store = open_store(db_url)
    fill(store)
    yield store
    worker_process.stop_all()
    store.close()


def test_check_rows_in_the_worker_equal_those_made_here(store):
    here = check_rows(store, YEAR, "表1", Progress())
    there = worker_process.in_worker(store, check_rows, YEAR, "表1")(Progress())
    assert there == here
    assert len(here) > 0  # the test data has problems to list


def test_department_scores_in_the_worker_equal_those_made_here(store):
    from desktop.models import grid_queries

    with store.session() as session:
        department_id = grid_queries.department_for_year(session, YEAR)
    there = worker_process.in_worker(store, score_department_items, department_id, YEAR)(Progress())
    here = score_department_items(store, department_id, YEAR, Progress())  # the items exist now
    assert there[1] == here[1] and there[2] == here[2]
    assert there[2] is not None and there[2].total == here[2].total


def test_the_work_runs_in_another_process(store):
    assert worker_process.in_worker(store, worker_process.process_id)(Progress()) != os.getpid()


def test_a_cancel_reaches_the_running_work(store, tmp_path):
    marker = tmp_path / "started"
    progress, thread, outcome = _start_until_stopped(store, marker)
    progress.cancel()
    thread.join(5)
    assert outcome == ["cancelled"]
    # the worker itself stopped at its next progress call (left alone, the work runs 30 s)
    assert worker_process.stop_all(5)
    # and the worker is free for the next call
    assert worker_process.in_worker(store, worker_jobs.count_projects, YEAR)(Progress()) == 3


def test_an_error_in_the_worker_arrives_as_itself(store):
    with pytest.raises(StoreError) as raised:
        worker_process.in_worker(store, worker_jobs.fail)(Progress())
    assert raised.value.args[0].code == "store.edit.busy"


def test_the_worker_speaks_the_windows_language(store, monkeypatch):
    monkeypatch.setenv("PERFDESK_LANG", "en")
    assert worker_process.in_worker(store, worker_jobs.language)(Progress()) == "en"
    english = worker_process.in_worker(store, check_rows, YEAR, "Table 1")(Progress())
    monkeypatch.setenv("PERFDESK_LANG", "zh_CN")
    chinese = worker_process.in_worker(store, check_rows, YEAR, "表1")(Progress())
    assert [r[6] for r in english] != [r[6] for r in chinese]
    assert any("indicator" in r[6].lower() or "target" in r[6].lower() for r in english)


def test_a_worker_that_died_is_replaced(store):
    first = worker_process.in_worker(store, worker_process.process_id)(Progress())
    os.kill(first, signal.SIGKILL)
    _wait_for(lambda: not _alive(first), 10)
    second = worker_process.in_worker(store, worker_process.process_id)(Progress())  # on a new worker
    assert second != first


def test_a_worker_that_dies_during_a_call_is_replaced_and_the_call_made_again(store, tmp_path):
    marker = tmp_path / "started"
    progress, thread, outcome = _start_until_stopped(store, marker)
    first = int(marker.read_text())
    os.kill(first, signal.SIGKILL)
    _wait_for(lambda: int(marker.read_text() or first) != first, 30)  # the call began again
    progress.cancel()
    thread.join(5)
    assert outcome == ["cancelled"]


def test_an_in_memory_store_is_worked_on_here():
    store = open_store("sqlite://", instance_lock=False)
    assert not worker_process.shareable(store)
    assert worker_process.in_worker(store, worker_process.process_id)(Progress()) == os.getpid()
    store.close()


def _start_until_stopped(store, marker: Path):
    """worker_jobs.until_stopped running in the worker, waited for from a thread (as a QueryOp
    would): its Progress, the thread, and the list its outcome goes to."""
    progress = Progress()
    op = worker_process.in_worker(store, worker_jobs.until_stopped, str(marker))
    outcome: list = []
    thread = threading.Thread(target=lambda: outcome.append(_outcome(op, progress)))
    thread.start()
    _wait_for(lambda: marker.exists() and marker.read_text() != "", 30)
    return progress, thread, outcome


def _outcome(op, progress) -> str:
    try:
        return op(progress)
    except Cancelled:
        return "cancelled"


def _wait_for(condition, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("timed out")
        time.sleep(0.02)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie until its parent reaps it: dead for our purpose
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "zombie" in status.read_text())


_KILLED_WINDOW = """
import os
from desktop.operations import worker_process
pid = worker_process._executor().submit(os.getpid).result(timeout=120)
print(pid, flush=True)
os._exit(1)  # as a crash or the task manager ends it: no shutdown, no atexit
"""


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"  # a zombie no one reaps here is gone
    except FileNotFoundError:
        return True


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads the worker's state from /proc")
def test_the_worker_ends_with_the_window_however_it_ends(tmp_path):
    """A window killed mid-work left its worker process waiting on the pool's pipes for ever: one
    more process at every crash."""
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = dict(os.environ, PYTHONPATH=str(root))
    done = subprocess.run([sys.executable, "-c", _KILLED_WINDOW], cwd=root, env=env, capture_output=True,
                          text=True, timeout=180)
    assert done.returncode == 1, done.stderr
    worker = int(done.stdout.split()[0])
    deadline = time.monotonic() + 30
    while not _gone(worker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _gone(worker)
