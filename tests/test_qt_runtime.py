"""The Qt binding under the app must not corrupt Python's None.

PySide6 6.12 returns None from C++ (an invalid index's data, a null parent) without taking a
reference; on Python 3.11 each such call drops one, and after a few thousand the interpreter
aborts ("deallocating None"). Python 3.12 made None immortal, hence requires-python >= 3.12.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget


def test_python_is_new_enough_for_the_qt_binding():
    assert sys.version_info >= (3, 12)


def test_none_returned_by_qt_keeps_its_references(qapp):
    widget = QWidget()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # several times None's own count on 3.11: this would abort there
        QModelIndex().data()
        widget.parent()
    assert sys.getrefcount(None) >= before
