"""The command line: version, and opening (or creating) the database given with --db."""

from __future__ import annotations

import os
import subprocess
import sys

from desktop import __version__
from desktop.cli import main
from desktop.models import migrate, open_store


def test_version_prints_the_package_version():
    result = subprocess.run([sys.executable, "-m", "desktop", "--version"], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == f"perfdesk {__version__}"


def test_db_option_creates_and_opens_that_file(tmp_path):
    # A process of its own: quitting a QApplication that showed a window leaves it unusable for
    # the rest of a test session.
    target = tmp_path / "other.db"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PERFDESK_EXIT_WHEN_SHOWN="1", PERFDESK_LANG="en")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--db", str(target)], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert "perfdesk: window shown" in result.stdout
    assert target.exists()
    with open_store(target) as store, store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()


def test_locked_database_is_reported_not_corrupted(qapp, tmp_path, monkeypatch):
    from desktop.views import app as app_module

    messages = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs the crash handler
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda *args: messages.append(args[2]))
    target = tmp_path / "busy.db"
    with open_store(target):
        assert main(["--db", str(target)]) == 1
    assert "已被另一个正在运行的绩效自评 Desk 打开" in messages[0]


def test_db_before_the_subcommand_is_kept(tmp_path, capsys):
    target = tmp_path / "before.db"
    assert main(["--db", str(target), "export", "-"]) == 0
    assert target.exists()
    assert main(["export", "-", "--db", str(tmp_path / "after.db")]) == 0
    assert (tmp_path / "after.db").exists()
