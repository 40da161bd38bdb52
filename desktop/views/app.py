"""Start the GUI: application object, translations, crash handler, store, main window."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.models import StoreError, open_store
from desktop.paths import resources_dir
from desktop.views import crash
from desktop.views.i18n import install_translators
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
    app.setApplicationVersion(__version__)
    icon = resources_dir() / "icons" / "perfdesk.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_translators(app)
    from desktop.views.fonts import ensure_chinese_font

    ensure_chinese_font(app)
    return app


def run_gui(db: str | None) -> int:
    app = create_application()
    crash.install()
    try:
        store = open_store(db)
    except StoreError as exc:
        log.warning("cannot open database: %s", exc)
        QMessageBox.critical(None, QCoreApplication.translate("App", "Cannot open the database"), str(exc))
        return 1
    from desktop.views.main_window import MainWindow

    window = MainWindow(store)
    window.show()
    if store.backup_path:
        window.statusBar().showMessage(
            QCoreApplication.translate("App", "Database upgraded; a backup was kept at %1").replace("%1", str(store.backup_path))
        )
    if os.environ.get("PERFDESK_EXIT_WHEN_SHOWN"):  # start-up benchmarks and smoke tests
        QTimer.singleShot(0, lambda: (print("perfdesk: window shown", flush=True), app.quit()))
    try:
        return app.exec()
    finally:
        cancel_all_and_wait()
        store.close()
