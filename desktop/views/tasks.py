"""Long work off the UI thread: one pattern for import, reports and anything slow.

The work is a plain function `work(progress) -> result`; it calls `progress(done, total, text)`
and checks `progress.cancelled`. Nothing it touches may be a Qt widget; a worker opens its own
store session. Results and errors come back on the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """Raised inside work when the user pressed Cancel."""


class Progress:
    """Handed to the work function: report progress, learn whether the user cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None]):
        self._emit = emit
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self._emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


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


class Task(QObject):
    """A running piece of work with a modal progress dialog that can cancel it."""

    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None, title: str, work: Callable[[Progress], Any]):
        super().__init__(parent)
        self._signals = _Signals()
        self.progress = Progress(self._signals.progressed.emit)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.progress.cancel)
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._done(self.finished))
        self._signals.failed.connect(self._done(self.failed))
        self._signals.cancelled.connect(lambda: self._done(self.cancelled)(None))
        self._runner = _Runner(work, self._signals, self.progress)
        self._runner.setAutoDelete(False)

    def start(self, immediate: bool = False) -> Task:
        """`immediate`: show the progress dialog now, painted, before the work starts (work that
        imports and loads fonts holds the interpreter for a while; the officer sees it began)."""
        _running.add(self)
        if immediate:
            self.dialog.setMinimumDuration(0)
            self.dialog.show()
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        QThreadPool.globalInstance().start(self._runner)
        return self

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _done(self, signal):
        def emit(value):
            _running.discard(self)
            self.dialog.reset()
            self.dialog.hide()
            if signal is self.cancelled:
                signal.emit()
            else:
                signal.emit(value)
            self.deleteLater()

        return emit


def run_task(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    immediate: bool = False,
) -> Task:
    task = Task(parent, title, work)
    task.finished.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    if on_cancel is not None:
        task.cancelled.connect(on_cancel)
    return task.start(immediate)


def cancel_all_and_wait(timeout_ms: int = 10_000) -> bool:
    """On quit: ask running work to stop and let it finish its transaction cleanly."""
    for task in list(_running):
        task.progress.cancel()
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
