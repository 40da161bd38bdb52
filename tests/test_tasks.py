"""Background work: results come back on the UI thread, errors are reported, Cancel stops it."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QPushButton

from desktop.views.tasks import Progress, run_task


def test_result_arrives_on_the_ui_thread(qtbot):
    seen = {}

    def work(progress: Progress):
        seen["worker"] = threading.get_ident()
        for i in range(3):
            progress(i + 1, 3, f"第 {i + 1} 步")
        return 42

    results = []
    task = run_task(None, "测试", work, lambda value: results.append((value, threading.get_ident())))
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0][0] == 42
    assert seen["worker"] != results[0][1] == threading.get_ident()  # ran elsewhere, delivered here
    assert task.dialog.isHidden()


def test_error_is_reported_not_raised(qtbot):
    errors = []

    def work(progress):
        raise ValueError("坏文件")

    run_task(None, "测试", work, lambda value: None, on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert str(errors[0]) == "坏文件"


def test_cancel_stops_the_work(qtbot):
    started = threading.Event()
    steps = []
    cancelled = []
    done = []

    def work(progress):
        started.set()
        for i in range(1000):
            progress(i, 1000)
            steps.append(i)
            time.sleep(0.005)
        return "finished"

    task = run_task(None, "测试", work, done.append, on_cancel=lambda: cancelled.append(True))
    assert started.wait(5)
    task.dialog.findChild(QPushButton).click()  # the dialog's 取消 button
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert done == []
    assert len(steps) < 1000
