"""文件 → 连接共享数据库…: host, port, database, user; the password goes to the OS keyring only.

QSettings keeps host, port, database and user for next time; never the password.
"""

from __future__ import annotations

import getpass

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from desktop.models import credentials


class ConnectDialog(QDialog):
    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.settings = settings
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "A PostgreSQL database the whole finance office shares. The password is kept in the "
            "system keyring if you ask for it, never in the settings."
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host = QLineEdit(settings.value("shared/host", "", type=str))
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(settings.value("shared/port", 5432, type=int))
        self.database = QLineEdit(settings.value("shared/database", "perfdesk", type=str))
        self.user = QLineEdit(settings.value("shared/user", "", type=str) or _os_user())
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(self.tr("Remember the password in the system keyring"))
        self.remember.setChecked(True)
        for label, widget in (
            (self.tr("Server (host):"), self.host),
            (self.tr("Port:"), self.port),
            (self.tr("Database:"), self.database),
            (self.tr("User:"), self.user),
            (self.tr("Password:"), self.password),
        ):
            form.addRow(label, widget)
        form.addRow("", self.remember)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons
        self._fill_saved_password()
        self.user.editingFinished.connect(self._fill_saved_password)
        self.host.editingFinished.connect(self._fill_saved_password)

    def _fill_saved_password(self) -> None:
        if not self.password.text():
            saved = credentials.saved_password(self.url())
            if saved:
                self.password.setText(saved)

    def url(self, with_password: bool = False):
        return credentials.shared_url(
            self.user.text().strip() or None,
            self.host.text().strip() or "localhost",
            self.port.value(),
            self.database.text().strip() or None,
            (self.password.text() or None) if with_password else None,
        )

    def remember_choices(self) -> str | None:
        """Keep the non-secret fields in QSettings, the password (if asked) in the keyring.
        Returns a Chinese sentence when the keyring refused the password."""
        self.settings.setValue("shared/host", self.host.text().strip())
        self.settings.setValue("shared/port", self.port.value())
        self.settings.setValue("shared/database", self.database.text().strip())
        self.settings.setValue("shared/user", self.user.text().strip())
        if self.remember.isChecked() and self.password.text():
            try:
                credentials.save_password(self.url(), self.password.text())
            except credentials.CredentialError as exc:
                return str(exc)
        return None


def _os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return ""
