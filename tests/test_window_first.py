"""Issue 16 · 6: the window shows first; the store opens and the year loads behind it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.models import open_store
from desktop.views import app as app_module
from desktop.views.app import WindowHost
from desktop.views.main_window import MainWindow

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("sqlalchemy", "alembic", "openpyxl", "reportlab", "python_calamine", "pdfplumber", "docx")

# A fresh interpreter, as at a real start: what is loaded when the window is on screen (the
# store's worker held back, so nothing it loads can hide an import made by the window itself).
PROBE = f"""
import json, sys
LEAVES = {{"desktop.operations", "desktop.operations.progress"}}  # Progress and Cancelled: no store in them
from PySide6.QtTest import QTest
from desktop.views import app as app_module
from desktop.views.opening import StoreOpener
StoreOpener.start = lambda self: None
app = app_module.create_application()
host = app_module.WindowHost()
host.start(None)
shown = QTest.qWaitForWindowExposed(host.window)
print(json.dumps({{
    "shown": shown,
    "heavy": sorted(m for m in sys.modules if m.startswith({HEAVY!r})),
    "models": sorted(m for m in sys.modules if m.startswith(("desktop.models", "desktop.operations"))
                     and m not in LEAVES),
    "loading": host.window.central.currentWidget() is host.window.loading_page,
    "import_enabled": host.window.import_action.isEnabled(),
}}))
"""


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def test_the_window_shows_before_sqlalchemy_and_the_file_readers_load():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["shown"]
    assert seen["heavy"] == []
    assert seen["models"] == []
    assert seen["loading"] and not seen["import_enabled"]


def test_window_appears_before_the_store_and_is_usable_once_it_opens(qtbot, tmp_path, settings):
    db = tmp_path / "office.db"
    with open_store(db) as store:
        fill(store)
    settings.setValue("year", YEAR)
    host = WindowHost(settings)
    try:
        with qtbot.waitSignal(host.started, timeout=60000):
            host.start(str(db))
            window = host.window
            # on screen, the store not opened yet, nothing needing it can be started
            assert window.isVisible()
            assert host.store is None and window.store is None
            assert window.central.currentWidget() is window.loading_page
            assert window.loading_text.text() == window.statusBar().currentMessage()
            assert not window.import_action.isEnabled() and not window.backup_action.isEnabled()
            assert not window.year_box.isEnabled() and not window.start_import.isEnabled()
            assert window.quit_action.isEnabled()
        assert host.window is window and window.store is host.store
        assert window.central.currentWidget() is window.workspace
        assert window.tree_model.rowCount() == 2  # 市科协本级, 科学馆
        assert window.year == YEAR and window.year_box.isEnabled()
        assert window.import_action.isEnabled() and window.backup_action.isEnabled()
        assert str(db) in window.db_label.text()
    finally:
        host.close()
    with open_store(db):  # closed with the host: the instance lock is free again
        pass


def test_a_store_that_cannot_open_closes_the_window_and_says_why(qtbot, tmp_path, settings, monkeypatch):
    messages = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda *args: messages.append(args[2]))
    db = tmp_path / "busy.db"
    host = WindowHost(settings)
    with open_store(db):
        with qtbot.waitSignal(host.start_failed, timeout=60000):
            host.start(str(db))
            assert host.window.isVisible()
    assert host.window is None
    assert not [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    assert len(messages) == 1 and "已被另一个正在运行的绩效自评 Desk 打开" in messages[0]  # as before issue 16
    host.close()


@pytest.mark.parametrize("when", ["before the worker starts", "while the store opens"])
def test_quitting_while_the_store_opens_closes_it(qtbot, tmp_path, settings, when, monkeypatch):
    import time

    import desktop.models

    opening = desktop.models.open_store

    def slow_open(*args, **kwargs):  # still opening when the window closes, on any machine
        time.sleep(0.5)
        return opening(*args, **kwargs)

    monkeypatch.setattr(desktop.models, "open_store", slow_open)
    db = tmp_path / "office.db"
    host = WindowHost(settings)
    host.start(str(db))
    opener = host.opener
    if when == "while the store opens":
        qtbot.waitUntil(lambda: opener.thread.ident is not None, timeout=10000)
    host.close()  # as run_gui does when the window is closed
    assert opener.abandoned and not opener.thread.is_alive()
    qtbot.wait(1700)  # the fallback start (1.5 s) does not start it after all
    assert opener.thread.ident is None or when == "while the store opens"
    assert host.store is None
    with open_store(db):  # the instance lock is free: nothing was left open
        pass
