"""Background work: results come back on the UI thread, errors are reported, Cancel stops it,
a superseded query is dropped, and writes run one at a time."""

from __future__ import annotations

import threading
import time

from PySide6.QtWidgets import QPushButton, QWidget

from desktop.views.tasks import CollectionOp, Latest, Progress, QueryOp


def test_result_arrives_on_the_ui_thread(qtbot):
    seen = {}

    def work(progress: Progress):
        seen["worker"] = threading.get_ident()
        for i in range(3):
            progress(i + 1, 3, f"第 {i + 1} 步")
        return 42

    results = []
    task = QueryOp(parent=None, op=work, success=lambda value: results.append((value, threading.get_ident()))
                   ).with_progress("测试").run_in_background()
    qtbot.waitUntil(lambda: bool(results), timeout=5000)
    assert results[0][0] == 42
    assert seen["worker"] != results[0][1] == threading.get_ident()  # ran elsewhere, delivered here
    assert task.dialog.isHidden()


def test_error_is_reported_not_raised(qtbot):
    errors = []

    def work(progress):
        raise ValueError("坏文件")

    QueryOp(parent=None, op=work, success=lambda value: None).failure(errors.append).run_in_background()
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

    task = (QueryOp(parent=None, op=work, success=done.append).cancelled(lambda: cancelled.append(True))
            .with_progress("测试").run_in_background())
    assert started.wait(5)
    task.dialog.findChild(QPushButton).click()  # the dialog's 取消 button
    qtbot.waitUntil(lambda: bool(cancelled), timeout=5000)
    assert done == []
    assert len(steps) < 1000


def test_a_superseded_query_is_not_applied(qtbot):
    """A refresh started while an older one runs: the older result never reaches the view."""
    latest = Latest()
    release_first = threading.Event()
    applied = []

    def slow(_progress):
        release_first.wait(5)  # still reading when the newer refresh starts
        return "old"

    QueryOp(parent=None, op=slow, success=applied.append).superseding(latest).run_in_background()
    assert latest.running
    QueryOp(parent=None, op=lambda _progress: "new", success=applied.append).superseding(latest).run_in_background()
    qtbot.waitUntil(lambda: applied == ["new"], timeout=5000)
    assert latest.running is False  # the newest one delivered: the view is idle again
    release_first.set()
    qtbot.wait(200)  # the old one finishes now; it is dropped
    assert applied == ["new"]


def test_a_result_for_a_closed_widget_is_dropped(qtbot):
    parent = QWidget()
    release = threading.Event()
    applied = []
    QueryOp(parent=parent, op=lambda _p: release.wait(5) and "late", success=applied.append).run_in_background()
    parent.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(parent), timeout=5000)
    release.set()
    qtbot.wait(200)
    assert applied == []


def test_writes_run_one_at_a_time(qtbot):
    inside, most, finished = [0], [0], []
    lock = threading.Lock()

    def write(_progress):
        with lock:
            inside[0] += 1
            most[0] = max(most[0], inside[0])
        time.sleep(0.05)
        with lock:
            inside[0] -= 1
        return True

    for _ in range(3):
        CollectionOp(parent=None, op=write).success(finished.append).run_in_background()
    qtbot.waitUntil(lambda: len(finished) == 3, timeout=5000)
    assert most[0] == 1
