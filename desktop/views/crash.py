"""Unexpected errors: the traceback goes to the log file; the user sees one short sentence."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger("desktop.crash")


class CrashDialog(QMessageBox):
    def __init__(self, details: str, parent: QWidget | None = None, damaged: bool = False):
        super().__init__(parent)
        self.details = details
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("Unexpected error"))
        if damaged:
            self.setText(self.tr("The database file is damaged and cannot be read. Restore it from a backup "
                                 "(File → Restore from a backup…); the damaged file is first kept unchanged."))
        else:
            self.setText(self.tr("Something went wrong. Your saved data is safe; the details are in the log file."))
        self.setDetailedText(details)
        self.copy_button = self.addButton(self.tr("Copy details"), QMessageBox.ButtonRole.ActionRole)
        self.copy_button.clicked.disconnect()  # keep the dialog open after copying
        self.copy_button.clicked.connect(self.copy_details)
        self.addButton(QMessageBox.StandardButton.Close)

    def copy_details(self) -> None:
        QApplication.clipboard().setText(self.details)


_showing = False  # a box is on screen: an error raised at every repaint must not stack boxes
_damage_said = False  # the damaged store is said once: its grids fail at every repaint until restored


def _excepthook(exc_type, exc, tb) -> None:
    global _showing, _damage_said
    damaged = _is_damaged_store(exc)
    if damaged and _damage_said:
        log.error("the database is damaged: %s", exc)  # its traceback is in the log already
        return
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("unhandled exception\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    if _showing:
        return
    _showing, _damage_said = True, _damage_said or damaged
    try:
        CrashDialog(details, QApplication.activeWindow(), damaged).exec()
    finally:
        _showing = False


def forget_damage() -> None:
    """Another store is open now (restored, or another file): its damage, if ever, is said again."""
    global _damage_said
    _damage_said = False


def _is_damaged_store(exc: BaseException) -> bool:
    """SQLite found the store's file damaged (under the open window: a disk error, another program)."""
    if "sqlalchemy" not in sys.modules:  # no store opened yet; nothing heavy loaded for the answer
        return False
    from desktop.models.db_errors import is_damaged_database

    return is_damaged_database(exc)


def install() -> None:
    sys.excepthook = _excepthook
