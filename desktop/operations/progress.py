"""What long work is handed to report progress and learn it should stop (no Qt: the same object
serves a worker thread of the window, the command line and the worker process)."""

from __future__ import annotations

import threading
from collections.abc import Callable


class Cancelled(Exception):
    """Raised inside work when the user pressed Cancel (or a newer op superseded it)."""


class Progress:
    """Handed to the work function: report progress, learn whether the user cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None] = lambda _done, _total, _text: None):
        self._emit = emit
        self._cancel = threading.Event()

    def __call__(self, done: int, total: int, text: str = "") -> None:
        if self.cancelled:
            raise Cancelled
        self._emit(done, total, text)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()
