"""A one-line status text under a grid ("Checking…", "Department total …") that changes without
relaying out the window.

A QLabel's new text asks its layout for a new size; the request climbs to the QTabWidget, which
answers any layout request by repainting the whole current tab (QTabWidget::setUpLayout): 35 ms
of the UI thread at 40,000 indicators for the 部门整体自评 tree, twice per rescore. A read-only,
frameless line edit looks the same and only repaints itself. The whole text is also its tooltip.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QSizePolicy


class StatusLine(QLineEdit):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setReadOnly(True)
        self.setFrame(False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet("QLineEdit { background: transparent; }")

    def setText(self, text: str) -> None:  # noqa: N802
        if text != self.text():
            super().setText(text)
            self.setCursorPosition(0)  # a long sentence shows its start
            self.setToolTip(text)
