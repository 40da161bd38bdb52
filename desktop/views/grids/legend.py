"""What the cell colours mean, shown under the grids."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.views.grids.base import COMPUTED_BRUSH, ERROR_BRUSH, WARNING_BRUSH


class ColourLegend(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("colourLegend")
        # a narrow window clips the legend rather than refusing to shrink
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.setSpacing(10)
        layout.addWidget(QLabel(self.tr("Cell colours:")))
        self.entries: list[tuple[str, str]] = []
        for colour, text in (
            (ERROR_BRUSH.color().name(), self.tr("error: must be fixed before filing (see Checks)")),
            (WARNING_BRUSH.color().name(), self.tr("to check: unusual, please confirm")),
            (COMPUTED_BRUSH.color().name(), self.tr("computed: read only")),
            ("#ffffff", self.tr("white: entered by you")),
        ):
            swatch = QLabel()
            swatch.setFixedSize(16, 14)
            swatch.setStyleSheet(f"QLabel {{ background: {colour}; border: 1px solid #a0a0a0; }}")
            layout.addWidget(swatch)
            label = QLabel(text)
            layout.addWidget(label)
            self.entries.append((colour, text))
        layout.addStretch(1)
