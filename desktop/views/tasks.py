"""Long work off the UI thread, in one shape for everything slow (after Anki's aqt.operations).

    QueryOp(parent=self, op=lambda progress: read(store), success=self.show_result)
        .failure(self.show_error).with_progress(self.tr("Reading…")).run_in_background()

`QueryOp` reads or computes (scoring, checks, previews, reports); `CollectionOp` writes (imports,
a new year) and runs one at a time, so two writes never wait on each other's lock. The op is a
plain function of `progress`: it calls `progress(done, total, text)` (which raises `Cancelled`
once the officer pressed Cancel or a newer op superseded it) and touches no widget; it opens its
own store session. `success`, `failure` and `cancelled` run on the UI thread.

A view that refreshes in the background keeps a `Latest`: an op started on it supersedes the one
before, whose result is dropped, never shown over the newer one. A result whose parent widget is
gone is dropped too.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop.operations.progress import Cancelled, Progress

log = logging.getLogger(__name__)

__all__ = ["Cancelled", "CollectionOp", "Latest", "Progress", "QueryOp", "cancel_all_and_wait"]


class Latest:
    """Where a view's background refreshes go: only the newest one started is applied."""

    def __init__(self):
        self._generation = 0
        self._progress: Progress | None = None

    @property
    def running(self) -> bool:
        """An op started here has not delivered yet (the view shows it is recomputing)."""
        return self._progress is not None

    def drop(self) -> None:
        """What runs here now is not wanted any more (the view moved on to another year)."""
        if self._progress is not None:
            self._progress.cancel()
        self._generation += 1
        self._progress = None

    def _begin(self, progress: Progress) -> int:
        if self._progress is not None:
            self._progress.cancel()  # stops at its next progress call: its result would be dropped anyway
        self._generation += 1
        self._progress = progress
        return self._generation

    def _end(self, generation: int) -> bool:
        """True when `generation` is the newest op: it is applied, and the view is idle again."""
        if generation != self._generation:
            return False
        self._progress = None
        return True


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class _Runner(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], signals: _Signals, progress: Progress):
        super().__init__()
        self.work, self.signals, self.progress = work, signals, progress

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # reported to the user on the UI thread; detail to the log
            log.exception("background task failed")
            self.signals.failed.emit(exc)
        else:
            if self.progress.cancelled:
                self.signals.cancelled.emit()
            else:
                self.signals.finished.emit(result)


_running: set[Task] = set()  # keeps a task alive until its result is delivered
_writer: QThreadPool | None = None


def _writer_pool() -> QThreadPool:
    """One thread for writes: they run in the order they were started."""
    global _writer
    if _writer is None:
        _writer = QThreadPool()
        _writer.setMaxThreadCount(1)
    return _writer


class _Op[T]:
    """What QueryOp and CollectionOp share: the callbacks, then `run_in_background`."""

    def __init__(self, *, parent: QObject | None, op: Callable[[Progress], T],
                 success: Callable[[T], Any] | None = None):
        """`parent`: the widget (or model) the result is for; gone by then, the result is dropped.
        A progress dialog is shown over it when it is a widget."""
        self._parent = parent
        self._op = op
        self._success = success
        self._failure: Callable[[Exception], Any] | None = None
        self._cancelled: Callable[[], Any] | None = None
        self._label: str | None = None
        self._immediate = False
        self._latest: Latest | None = None

    def failure(self, failure: Callable[[Exception], Any] | None):
        """Called with the exception; without it the officer is shown one sentence (detail in the log)."""
        self._failure = failure
        return self

    def cancelled(self, cancelled: Callable[[], Any] | None):
        self._cancelled = cancelled
        return self

    def with_progress(self, label: str, immediate: bool = False):
        """A window-modal progress dialog with Cancel. `immediate`: shown and painted before the
        work starts (work that imports and loads fonts holds the interpreter for a while)."""
        self._label, self._immediate = label, immediate
        return self

    def superseding(self, latest: Latest):
        """Supersede the op last started on `latest`: only the newest result is applied."""
        self._latest = latest
        return self

    def run_in_background(self) -> Task:
        return Task(self, self._pool()).start()

    def _pool(self) -> QThreadPool:
        return QThreadPool.globalInstance()


class QueryOp[T](_Op[T]):
    """Read or compute off the UI thread; `success(result)` on the UI thread."""

    def __init__(self, *, parent: QObject | None, op: Callable[[Progress], T], success: Callable[[T], Any]):
        super().__init__(parent=parent, op=op, success=success)


class CollectionOp[T](_Op[T]):
    """Write off the UI thread, one write at a time; `success(result)` on the UI thread with what
    the op returns (what it changed: the caller refreshes what shows it)."""

    def success(self, success: Callable[[T], Any] | None) -> CollectionOp[T]:
        self._success = success
        return self

    def _pool(self) -> QThreadPool:
        return _writer_pool()


class Task(QObject):
    """An op under way: its Progress, and its progress dialog when it has one."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, op: _Op, pool: QThreadPool):
        super().__init__()
        self._op, self._pool = op, pool
        self._signals = _Signals()
        self.progress = Progress(self._signals.progressed.emit)
        self._generation = op._latest._begin(self.progress) if op._latest is not None else 0
        self.dialog: QProgressDialog | None = None
        if op._label is not None:
            self.dialog = QProgressDialog(op._label, QCoreApplication.translate("Task", "Cancel"), 0, 0, self._widget())
            self.dialog.setWindowTitle(op._label)
            self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
            self.dialog.setMinimumDuration(0 if op._immediate else 300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            self.dialog.canceled.connect(self.progress.cancel)
            self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(lambda value: self._deliver(self.finished, value))
        self._signals.failed.connect(lambda exc: self._deliver(self.failed, exc))
        self._signals.cancelled.connect(lambda: self._deliver(self.cancelled, None))
        self.finished.connect(lambda value: op._success(value) if op._success is not None else None)
        self.failed.connect(op._failure if op._failure is not None else self._tell)
        if op._cancelled is not None:
            self.cancelled.connect(op._cancelled)
        self._runner = _Runner(op._op, self._signals, self.progress)
        self._runner.setAutoDelete(False)

    def start(self) -> Task:
        _running.add(self)
        if self.dialog is not None and self._op._immediate:
            self.dialog.show()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        self._pool.start(self._runner)
        return self

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _deliver(self, signal, value) -> None:
        _running.discard(self)
        self.deleteLater()
        if self.dialog is not None and shiboken6.isValid(self.dialog):  # gone with a closed parent
            self.dialog.reset()
            self.dialog.hide()
        latest, parent = self._op._latest, self._op._parent
        if latest is not None and not latest._end(self._generation):
            log.debug("a superseded background result was dropped")
            return
        if parent is not None and not shiboken6.isValid(parent):
            return  # its window was closed meanwhile
        if signal is self.cancelled:
            signal.emit()
        else:
            signal.emit(value)

    def _tell(self, exc: Exception) -> None:
        from desktop.models.store import StoreError  # the store loads behind the window (start-up)

        if isinstance(exc, StoreError):
            text = str(exc.args[0])
        else:
            text = QCoreApplication.translate(
                "Task", "The work stopped because of an unexpected error. The details are in the log file.")
        QMessageBox.warning(self._widget(), self._op._label or QCoreApplication.applicationName(), text)

    def _widget(self) -> QWidget | None:
        parent = self._op._parent
        return parent if isinstance(parent, QWidget) else None


def cancel_all_and_wait(timeout_ms: int = 10_000) -> bool:
    """On quit, a restore, another database: ask running work to stop and let it finish its
    transaction cleanly; the worker process's calls too (they hold the database open)."""
    from desktop.operations import worker_process  # loads the store's modules: not at start-up

    for task in list(_running):
        task.progress.cancel()
    done = QThreadPool.globalInstance().waitForDone(timeout_ms)
    done = worker_process.stop_all(timeout_ms / 1000) and done
    return _writer_pool().waitForDone(timeout_ms) and done
