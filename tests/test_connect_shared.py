"""文件 → 连接共享数据库…: the server's fields in QSettings, the password in the keyring only."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy.engine import make_url

from desktop.models import credentials, open_store
from desktop.views.connect_dialog import ConnectDialog
from desktop.views.main_window import MainWindow

keyring = pytest.importorskip("keyring", reason="keyring comes with the postgres extra: pip install -e '.[postgres]'")
KeyringBackend = keyring.backend.KeyringBackend


class MemoryKeyring(KeyringBackend):
    priority = 1

    def __init__(self):
        super().__init__()
        self.kept = {}

    def get_password(self, service, username):
        return self.kept.get((service, username))

    def set_password(self, service, username, password):
        self.kept[(service, username)] = password

    def delete_password(self, service, username):
        self.kept.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(before)


def test_password_goes_to_the_keyring_and_is_found_again(memory_keyring, tmp_path):
    url = "postgresql+psycopg://officer@db.example:5433/perfdesk"
    credentials.save_password(url, "s3cret")
    assert memory_keyring.kept == {("perfdesk", "officer@db.example:5433/perfdesk"): "s3cret"}
    assert make_url(credentials.with_password(url)).password == "s3cret"
    assert credentials.with_password(str(tmp_path / "x.db")) == str(tmp_path / "x.db")  # a file: untouched


@pytest.mark.postgres
def test_connect_opens_the_shared_database_in_a_new_window(qtbot, pg_url, memory_keyring, tmp_path):
    target = make_url(pg_url)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    with open_store(tmp_path / "local.db") as local:
        window = MainWindow(local, settings)
        qtbot.addWidget(window)
        dialog = ConnectDialog(settings, window)
        dialog.host.setText(target.host or "localhost")
        dialog.port.setValue(target.port or 5432)
        dialog.database.setText(target.database)
        dialog.user.setText(target.username)
        dialog.password.setText("pw-only-in-keyring")
        shared = window.connect_shared(dialog)
        assert shared is not None
        qtbot.addWidget(shared)
        assert shared.store.is_shared and shared.store.user == target.username
        assert f"Signed in as {target.username}" in shared.db_label.text() or target.username in shared.db_label.text()
        assert "pw-only-in-keyring" not in shared.db_label.text()
        shared.close()
    settings.sync()
    text = (tmp_path / "settings.ini").read_text(encoding="utf-8")
    assert target.database in text and "pw-only-in-keyring" not in text
    assert list(memory_keyring.kept.values()) == ["pw-only-in-keyring"]
