"""Whole-year reads in a second Python process, so the window's interpreter stays free.

检查 and 部门整体自评 evaluate every indicator of the year (seconds at 40,000) after each edit.
In a worker *thread* of the window's process that work holds the one interpreter lock: every call
Qt makes into a Python model while painting waits for the lock, up to the switch interval (5 ms)
each, so a repaint of a few hundred cells took 100 ms and more; and the collector's full passes
over the objects the scoring made (~100 ms each) held the window too. In a process of its own the
work has its own lock and its own collector; the window only waits for the answer.

    op = in_worker(store, check_rows, year, label)     # the op of a views.tasks.QueryOp
    op(progress)                                        # → check_rows(store', year, label, progress')

`fn` is a module-level function (it travels by name) taking a store opened in the worker on the
same database, the arguments, and a Progress; arguments and result are plain, picklable data.
The worker is spawned, so it imports the main script again: a script that opens the window keeps
its top level under `if __name__ == "__main__":` (as `python -m desktop` and `perfdesk` do).
The worker opens the database per call and closes it after, so no connection outlives the call
(a restore replaces the file). A cancel reaches the work at its next progress call. A store the
worker cannot open too (an in-memory SQLite database) runs the work in the calling thread.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import multiprocessing
import multiprocessing.connection
import os
import sys
import threading
from collections.abc import Callable
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from desktop.i18n import LANGUAGE_VARIABLE, language
from desktop.models.store import Store, make_engine, sqlite_file
from desktop.operations.progress import Cancelled, Progress

log = logging.getLogger(__name__)

_POLL_S = 0.05  # how soon a cancel in the window reaches the waiting thread
_STOP_SLOTS = 16  # the ids of the last tasks asked to stop (more never run at once)

_lock = threading.Lock()
_pool: concurrent.futures.ProcessPoolExecutor | None = None
_stops = None  # shared array: ids of tasks asked to stop, a ring of _STOP_SLOTS
_next_slot = 0
_ids = itertools.count(1)
_pending: set[concurrent.futures.Future] = set()


def shareable(store: Store) -> bool:
    """Whether another process can open this store: a SQLite file or a database server."""
    return store.is_shared or sqlite_file(store.url) is not None


def in_worker[T](store: Store, fn: Callable[..., T], *args: Any) -> Callable[[Progress], T]:
    """The work `fn(store, *args, progress)`, as an op that runs it in the worker process."""
    if not shareable(store):
        return lambda progress: fn(store, *args, progress)
    return lambda progress: _call(progress, store, fn, args)


def warm_up() -> None:
    """Start the worker now (importing what it needs takes a second), not at the first 检查."""
    try:
        _submit(_executor(), 0, _warm, ())
    except Exception:  # no process can be started here: the first call will say why
        log.warning("the worker process did not start", exc_info=True)


def stop_all(timeout_s: float = 10) -> bool:
    """Ask every call to stop and wait until none holds the database (before a restore, on quit)."""
    with _lock:
        futures = list(_pending)
    for future in futures:
        if not future.cancel():
            _ask_to_stop(future.task_id)
    done, not_done = concurrent.futures.wait(futures, timeout=timeout_s)
    return not not_done


def shutdown() -> None:
    """Stop the worker process (the application quits)."""
    global _pool
    stop_all()
    with _lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)


def process_id(_store: Store, _progress: Progress) -> int:
    """Work that answers which process ran it (the Windows smoke test asks the worker)."""
    return os.getpid()


# -- the window's side -----------------------------------------------------------------------------
def _call(progress: Progress, store: Store, fn: Callable, args: tuple):
    """Once more on a new worker when the worker is gone (killed, out of memory) before or during
    the call; in this thread when no worker can be started at all (a policy, no resources)."""
    for attempt in range(2):
        task_id = next(_ids)
        pool = _executor()
        try:
            future = _submit(pool, task_id, _run, (task_id, store.url, store.user, language(), fn, args))
        except Exception:
            if not attempt:
                log.warning("the worker process was gone; starting a new one", exc_info=True)
                _forget(pool)
                continue
            log.warning("the worker process cannot start; working in the window's process", exc_info=True)
            return fn(store, *args, progress)
        try:
            return _wait(future, task_id, progress)
        except BrokenProcessPool:
            if attempt:
                raise
            log.warning("the worker process died during a call; starting a new one", exc_info=True)
            _forget(pool)


def _wait(future: concurrent.futures.Future, task_id: int, progress: Progress):
    while True:
        try:
            return future.result(timeout=_POLL_S)  # waits without the interpreter lock
        except concurrent.futures.TimeoutError:
            if progress.cancelled:
                if not future.cancel():
                    _ask_to_stop(task_id)
                raise Cancelled from None
        except concurrent.futures.CancelledError:
            raise Cancelled from None


def _submit(pool: concurrent.futures.ProcessPoolExecutor, task_id: int, work: Callable,
            args: tuple) -> concurrent.futures.Future:
    future = pool.submit(work, *args)
    future.task_id = task_id  # type: ignore[attr-defined]
    with _lock:
        _pending.add(future)
    future.add_done_callback(_done)
    return future


def _done(future: concurrent.futures.Future) -> None:
    with _lock:
        _pending.discard(future)


def _executor() -> concurrent.futures.ProcessPoolExecutor:
    global _pool, _stops
    with _lock:
        if _pool is None:
            # spawn on every platform: a fork of a process running Qt threads is not safe
            context = multiprocessing.get_context("spawn")
            _stops = context.Array("q", _STOP_SLOTS, lock=False)
            _pool = concurrent.futures.ProcessPoolExecutor(
                max_workers=1, mp_context=context, initializer=_start, initargs=(_stops,))
        return _pool


def _forget(pool: concurrent.futures.ProcessPoolExecutor) -> None:
    global _pool
    with _lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def _ask_to_stop(task_id: int) -> None:
    global _next_slot
    with _lock:
        if _stops is None:
            return
        _stops[_next_slot] = task_id
        _next_slot = (_next_slot + 1) % _STOP_SLOTS


# -- the worker's side -----------------------------------------------------------------------------
_worker_stops = None


def _start(stops) -> None:
    global _worker_stops
    _worker_stops = stops
    _yield_to_the_window()
    _end_with_the_window()


def _end_with_the_window() -> None:
    """Exit when the window's process ends, however it ends (killed, crashed): the pool's queues
    are pipes this process also holds the writing end of, so it would otherwise wait on them for
    ever, a process left behind at every crash."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        multiprocessing.connection.wait([parent.sentinel])
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _yield_to_the_window() -> None:
    """Below-normal priority: on a two-core office PC the window's thread comes first, and the
    worker takes what is left (it is background work the officer is not waiting on to type)."""
    try:
        if sys.platform == "win32":
            import ctypes

            below_normal = 0x4000  # BELOW_NORMAL_PRIORITY_CLASS
            kernel32 = ctypes.windll.kernel32
            kernel32.SetPriorityClass(kernel32.GetCurrentProcess(), below_normal)
        else:
            os.nice(5)
    except (OSError, AttributeError):  # not allowed here: the same priority as the window
        log.debug("the worker's priority stays", exc_info=True)


def _warm() -> None:
    # what the calls need, imported before the first one (the scheme files are read per call)
    import desktop.operations.scoring  # noqa: F401
    import desktop.operations.year_check  # noqa: F401


class _WorkerProgress(Progress):
    """A Progress whose cancel is the window's: the task's id in the shared ring."""

    def __init__(self, task_id: int):
        super().__init__()
        self.task_id = task_id

    @property
    def cancelled(self) -> bool:
        return self.task_id in _worker_stops[:]


def _run(task_id: int, url: str, user: str | None, lang: str, fn: Callable, args: tuple):
    os.environ[LANGUAGE_VARIABLE] = lang  # sentences in the window's language, which may have changed
    store = Store(url, make_engine(url), None)
    store.user = user
    try:
        return fn(store, *args, _WorkerProgress(task_id))
    finally:
        store.close()
