"""Start the GUI: application object, translations, crash handler, main window, then the store.

The window shows first; SQLAlchemy, the models, the migrations and the grids load on a worker
thread behind it (issue 16: they are most of the start-up time). Nothing here imports them at
module level.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import resources_dir
from desktop.views import crash
from desktop.views.i18n import install_translators
from desktop.views.opening import FirstPaint, StoreOpener
from desktop.views.tasks import cancel_all_and_wait

log = logging.getLogger(__name__)


# The Windows taskbar groups windows by this ID; the installer's shortcuts carry the same one.
APP_USER_MODEL_ID = "perfdesk.PerfDesk"


def create_application(argv: list[str] | None = None) -> QApplication:
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName("perfdesk")
    app.setApplicationName("perfdesk")
    # the version (importlib.metadata) is read behind the window: StoreOpener, WindowHost
    icon = resources_dir() / "icons" / "perfdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app)
    from desktop.views.fonts import ensure_chinese_font

    ensure_chinese_font(app)
    return app


class WindowHost(QObject):
    """Owns the open store and its window; opening another database or restoring a backup
    replaces both, so no widget ever holds a store that has been closed."""

    started = Signal()  # `start`: the store is open and the year loaded, ready to work
    start_failed = Signal()  # `start`: the store could not be opened; the window has closed

    def __init__(self, settings: QSettings | None = None):
        super().__init__()
        self.settings = settings or QSettings()
        self.store = None
        self.window = None
        self.opener: StoreOpener | None = None

    def start(self, db: str | None) -> None:
        """At launch: show the window at once, "opening the database"; the store opens behind it
        (started or start_failed follows)."""
        from desktop.views.main_window import MainWindow

        self.window = MainWindow(None, self.settings)
        self._connect(self.window)
        self.opener = StoreOpener(db)
        self.opener.opened.connect(self._on_opened)
        self.opener.failed.connect(self._on_failed)
        self.opener.damaged.connect(self._on_damaged)
        self.opener.crashed.connect(self._on_crashed)
        # The worker starts once the window is painted: while it imports it holds the GIL much of
        # the time, which would delay the first paint. (A window not painted soon, e.g. started
        # minimised, starts it anyway.)
        FirstPaint(self.window, self.opener.start)
        QTimer.singleShot(1500, self.opener.start)
        self.window.show()

    def _on_opened(self, store) -> None:
        from desktop.views.main_window import remember_database

        opener, self.opener = self.opener, None
        if opener is None or opener.abandoned:  # the host closed meanwhile (and closed the store)
            return
        self.store = store
        QCoreApplication.setApplicationVersion(opener.version)
        self.window.attach_store(store)
        remember_database(self.settings, store.display_name)
        self.window._fill_recent()  # the menu lists what was remembered just now
        self._upgraded_message(store)
        self.started.emit()

    def _on_failed(self, sentence: str) -> None:
        log.warning("cannot open database: %s", sentence)
        self.opener = None
        self._abandon_start()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), sentence)
        self.start_failed.emit()

    def _on_damaged(self, sentence: str, database: str) -> None:
        """The store's file is damaged: the window stays, and offers to restore a backup over it
        (the damaged files are kept byte for byte first) or to quit."""
        log.warning("database damaged at start: %s", sentence)
        opener, self.opener = self.opener, None
        if opener is not None:
            QCoreApplication.setApplicationVersion(opener.version)
        if self.window is not None:
            self.window.show_not_opened(sentence)
        self._offer_restore(sentence, Path(database))

    def _offer_restore(self, sentence: str, database: Path) -> None:
        box = QMessageBox(QMessageBox.Icon.Critical, QCoreApplication.translate("App", "Cannot open the database"),
                          sentence, QMessageBox.StandardButton.NoButton, self.window)
        box.setObjectName("damagedAtStart")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # offered again after a cancel: a new one
        box.setInformativeText(QCoreApplication.translate(
            "App", "A backup can take its place: the damaged file is first kept unchanged in the backups folder."))
        restore = box.addButton(QCoreApplication.translate("App", "Restore from a backup…"),
                                QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(restore)

        def finished(_code: int) -> None:
            if box.clickedButton() is not restore:
                self._abandon_start()
                self.start_failed.emit()
                return
            from desktop.views.backup_dialog import RestoreDialog

            dialog = RestoreDialog(self.settings, self.window, database)
            dialog.setObjectName("restoreAtStart")
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.restore_chosen.connect(lambda backup: self._restore_at_start(backup, database))
            dialog.rejected.connect(lambda: self._offer_restore(sentence, database))
            dialog.open()

        box.finished.connect(finished)
        box.open()

    def _restore_at_start(self, backup: str, database: Path) -> None:
        from desktop.models import StoreError, open_store
        from desktop.operations.backup import restore_backup

        try:
            safety = restore_backup(Path(backup), database)
            store = open_store(str(database))
        except StoreError as exc:  # this backup would not do: say why, and offer the choice again
            self._offer_restore(str(exc.args[0]), database)
            return
        self._show(store)
        self._say_restored(backup, safety, database)
        self.started.emit()

    def _on_crashed(self, exc: Exception) -> None:
        self.opener = None
        self._abandon_start()
        sys.excepthook(type(exc), exc, exc.__traceback__)
        self.start_failed.emit()

    def _abandon_start(self) -> None:
        """The window that waited for the store goes before the message shows: a second instance
        refused leaves one main window on the screen. Deleted at once, not with deleteLater: the
        message box's own event loop would keep a deferred delete waiting, and the window with it."""
        window, self.window = self.window, None
        if window is not None:
            window.hide()
            shiboken6.delete(window)

    def _connect(self, window) -> None:
        window.database_requested.connect(self.switch)
        window.restore_requested.connect(self.restore)
        window.store_opened.connect(self._show)

    def _upgraded_message(self, store) -> None:
        if store.backup_path:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("App", "Database upgraded; a backup was kept at %1").replace("%1", str(store.backup_path))
            )

    def open(self, db: str | None) -> bool:
        """Open `db` in a new window; on failure say why and keep what was open."""
        from desktop.models import StoreError, open_store

        try:
            store = open_store(db)
        except StoreError as exc:
            log.warning("cannot open database: %s", exc)
            title = QCoreApplication.translate("App", "Cannot open the database")
            if self.window is None:  # at start: nothing else on screen to attach the message to
                QMessageBox.critical(None, title, str(exc))
                return False
            box = QMessageBox(QMessageBox.Icon.Critical, title, str(exc), QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("openDatabaseError")
            box.open()
            return False
        self._show(store)
        return True

    def _show(self, store) -> None:
        from desktop.views.main_window import MainWindow, remember_database

        # The new window shows before the old one closes: closing the last window would quit.
        old_window, old_store = self.window, self.store
        self.store = store
        self.window = MainWindow(store, self.settings)
        self._connect(self.window)
        crash.forget_damage()
        remember_database(self.settings, store.display_name)
        self.window._fill_recent()  # the menu lists what was remembered just now
        self.window.show()
        self._upgraded_message(store)
        if old_window is not None:
            old_window.successor = self.window
            cancel_all_and_wait()
            old_window.close()
            old_window.deleteLater()
        if old_store is not None and old_store is not store:
            old_store.close()

    def _close_current(self) -> None:
        if self.opener is not None:  # still opening: the application quits meanwhile
            self.opener.abandon()
            self.opener = None
        if self.window is not None:
            cancel_all_and_wait()
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def switch(self, db: str) -> bool:
        from desktop.models import StoreError, open_store

        if self.store is not None and db == self.store.display_name:
            return True
        try:
            store = open_store(db)
        except StoreError as exc:
            log.warning("cannot open database %s: %s", db, exc)
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Cannot open the database"),
                              str(exc), QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("openDatabaseError")
            box.open()
            return False
        self._show(store)
        return True

    def restore(self, backup: str) -> bool:
        """Replace the open SQLite database with `backup` (the current data is backed up first)."""
        from desktop.models import StoreError
        from desktop.models.store import sqlite_file
        from desktop.operations.backup import restore_backup

        path = sqlite_file(self.store.url)
        cancel_all_and_wait()
        self.store.engine.dispose()  # our connections closed; the instance lock stays ours meanwhile
        try:
            safety = restore_backup(Path(backup), path)
        except StoreError as exc:
            box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("App", "Restore"),
                              str(exc.args[0]), QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("restoreError")
            box.open()
            return False
        self.store.close()  # releases the lock so the restored file opens (and upgrades) as usual
        if not self.open(str(path)):
            return False
        self._say_restored(backup, safety, path)
        return True

    def _say_restored(self, backup: str, safety: Path | None, path: Path) -> None:
        """In the status bar, where the data before the restore went; the damaged files kept in
        its place also in a box that stays until read."""
        from desktop.messages import message as catalogue_message
        from desktop.operations.backup import is_kept_damaged

        message = QCoreApplication.translate("App", "Restored from %1.").replace("%1", backup)
        if is_kept_damaged(safety):
            # The damaged store's own files were kept, not a backup: said where, in a box that stays.
            kept = str(catalogue_message("store.restore.damaged_kept", where=str(path), safety=str(safety)))
            message += " " + kept
            box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("App", "Restore"), kept,
                              QMessageBox.StandardButton.Ok, self.window)
            box.setObjectName("damagedKept")
            box.open()
        elif safety is not None:
            message += " " + QCoreApplication.translate("App", "The data before the restore is in %1.").replace("%1", str(safety))
        self.window.statusBar().showMessage(message)

    def close(self) -> None:
        self._close_current()


def run_gui(db: str | None) -> int:
    app = create_application()
    crash.install()
    host = WindowHost()
    failed = []  # (closing the message box may also quit the loop, with 0)
    host.start_failed.connect(lambda: (failed.append(True), app.exit(1)))
    host.start(db)
    if os.environ.get("PERFDESK_EXIT_WHEN_SHOWN"):  # start-up benchmarks and smoke tests
        FirstPaint(host.window, lambda: print("perfdesk: window shown", flush=True))
        host.started.connect(lambda: (print("perfdesk: ready", flush=True), app.quit()))
    try:
        code = app.exec()
        return 1 if failed else code
    finally:
        cancel_all_and_wait()
        host.close()
        from desktop.operations import worker_process

        worker_process.shutdown()
