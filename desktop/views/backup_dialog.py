"""文件 → 备份数据库… / 从备份恢复…: the officer's own backups, and the automatic ones, restorable."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models import StoreError
from desktop.operations.backup import BackupInfo, back_up, check_backup
from desktop.operations.backup import backups as list_backups
from desktop.views.tasks import QueryOp

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
DB_FILTER = "*.db *.sqlite *.sqlite3"


def _folder(settings: QSettings, key: str) -> str:
    return str(settings.value(key, str(Path.home())))


def backup_to_file(parent: QWidget, database: Path, settings: QSettings, on_done) -> None:
    """Ask where, copy through the backup API off the UI thread, then say where it went."""
    suggested = Path(_folder(settings, "backup/folder")) / f"{database.stem}-备份-{date.today():%Y%m%d}.db"
    path, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("BackupFlow", "Back up the database"), str(suggested), QCoreApplication.translate("BackupFlow", "Database files (%1)").replace("%1", DB_FILTER)
    )
    if not path:
        return
    target = Path(path)
    if target.resolve() == database.resolve():
        _warn(parent, QCoreApplication.translate("BackupFlow", "The backup cannot be the database itself; choose another file."))
        return
    settings.setValue("backup/folder", str(target.parent))

    def work(_progress) -> BackupInfo:
        return back_up(database, target)

    QueryOp(parent=parent, op=work, success=on_done).failure(lambda exc: _warn(parent, _sentence(parent, exc))).with_progress(
        QCoreApplication.translate("BackupFlow", "Backing up…")).run_in_background()


def _sentence(parent: QWidget, exc: Exception) -> str:
    if isinstance(exc, StoreError):
        return str(exc.args[0])
    log.error("backup or restore failed: %r", exc)
    return QCoreApplication.translate("BackupFlow", "The operation failed and the database was left as it was. The details are in the log file.")


def _warn(parent: QWidget, text: str) -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("BackupFlow", "Backup"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("backupError")
    box.open()
    return box


class RestoreDialog(QDialog):
    """The automatic backups (time, why, years, counts) and any other file; restores after asking."""

    restore_chosen = Signal(str)

    def __init__(self, settings: QSettings, parent: QWidget | None = None, database: Path | None = None):
        """`database`: the SQLite file a restore would replace; only its automatic backups are
        listed (any other file stays reachable through "Other file…")."""
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(860, 420)
        self.list = QTreeWidget()
        self.list.setObjectName("backupList")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels(
            [self.tr("Taken"), self.tr("Before"), self.tr("Years"), self.tr("Projects"), self.tr("Indicators"), self.tr("File")]
        )
        for info in list_backups(database):
            self._add(info)
        self.list.resizeColumnToContents(0)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._restore_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = buttons.addButton(self.tr("Other file…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._restore_other)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        note = QLabel(
            self.tr(
                "A backup is made automatically before every replace-import, restore and upgrade. "
                "Restoring replaces all data in the current database; the current data is backed up first."
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def _add(self, info: BackupInfo) -> None:
        years = "、".join(map(str, info.years)) if info.readable else self.tr("unreadable")
        item = QTreeWidgetItem(
            self.list,
            [
                f"{info.taken_at:%Y-%m-%d %H:%M:%S}",
                info.reason_text,
                years,
                str(info.projects),
                str(info.indicators),
                info.path.name,
            ],
        )
        item.setData(0, PATH_ROLE, str(info.path))
        item.setToolTip(5, str(info.path))
        for column in (3, 4):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def _restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.confirm(Path(item.data(0, PATH_ROLE)))

    def _restore_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from a backup"), _folder(self.settings, "backup/folder"),
            self.tr("Database files (%1)").replace("%1", DB_FILTER),
        )
        if path:
            self.confirm(Path(path))

    def confirm(self, path: Path) -> None:
        """Check the backup off the window (a private copy of it is checked whole: a second or so
        for a big department's), then ask."""
        QueryOp(parent=self, op=lambda _progress: check_backup(path), success=self._ask).failure(
            lambda exc: _warn(self, _sentence(self, exc))).with_progress(
            QCoreApplication.translate("BackupFlow", "Checking the backup…")).run_in_background()

    def _ask(self, info: BackupInfo) -> QMessageBox:
        years = "、".join(map(str, info.years)) or "—"
        text = (
            self.tr("Restore the backup of %1? It holds years %2: %3 projects, %4 indicators.")
            .replace("%1", f"{info.taken_at:%Y-%m-%d %H:%M}")
            .replace("%2", years)
            .replace("%3", str(info.projects))
            .replace("%4", str(info.indicators))
        )
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("confirmRestore")
        box.setInformativeText(self.tr("All data in the current database is replaced; it is backed up first."))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        yes = box.button(QMessageBox.StandardButton.Yes)

        def finished(_code: int) -> None:
            if box.clickedButton() is yes:
                self.accept()
                self.restore_chosen.emit(str(info.path))

        box.finished.connect(finished)
        box.open()
        return box
