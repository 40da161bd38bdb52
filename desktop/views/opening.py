"""Opening the store behind the shown window (issue 16): the first paint, and the worker thread
that imports SQLAlchemy and the models, runs the migrations and opens the store.

Nothing here imports them at module level: this module is loaded before the window shows.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QEvent, QObject, QTimer, Signal


class FirstPaint(QObject):
    """Calls `then` once, at the watched widget's first paint: the officer sees the window."""

    def __init__(self, widget, then):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint and self.then is not None:
            then, self.then = self.then, None
            watched.removeEventFilter(self)
            QTimer.singleShot(0, then)  # after this paint, not inside it
        return False


class StoreOpener(QObject):
    """Opens a store on a worker thread (migrations and seeding included) and loads beforehand
    the modules the window builds on; the outcome comes back as a signal on the UI thread."""

    opened = Signal(object)  # the Store
    failed = Signal(str)  # the sentence for the officer (a StoreError)
    damaged = Signal(str, str)  # the sentence, and the damaged SQLite file a backup may replace
    crashed = Signal(object)  # anything else: the crash handler's

    def __init__(self, db: str | None):
        super().__init__()
        self.db = db
        self.store = None  # also kept here: a store opened as the application quits is closed
        self.version = ""
        self.thread = threading.Thread(target=self._run, name="open-store")
        self.abandoned = False

    def start(self) -> None:
        if not self.abandoned and self.thread.ident is None:
            self.thread.start()

    def abandon(self) -> None:
        """Never start; if started, wait until it is done and close what it opened."""
        self.abandoned = True
        if self.thread.ident is not None:
            self.thread.join()
        if self.store is not None:
            self.store.close()

    def _run(self) -> None:
        try:
            # loaded here, not on the UI thread when the store is attached
            import desktop
            import desktop.views.grids.refresh  # noqa: F401
            import desktop.views.workspace  # noqa: F401
            from desktop.models import StoreDamaged, StoreError, open_store

            self.version = desktop.__version__
            try:
                self.store = open_store(self.db)
            except StoreDamaged as exc:
                self.damaged.emit(str(exc), str(exc.path))
                return
            except StoreError as exc:
                self.failed.emit(str(exc))
                return
        except Exception as exc:  # noqa: BLE001 (shown by the crash handler on the UI thread)
            self.crashed.emit(exc)
            return
        self.opened.emit(self.store)
