"""帮助 → 评分规则: the scoring rules in force for the year shown, read from its scheme files."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.operations.rules import rules_sections


class RulesDialog(QDialog):
    def __init__(self, year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("rulesDialog")
        self.setWindowTitle(self.tr("Scoring rules for %1").replace("%1", str(year)))
        self.resize(820, 640)
        self.sections = rules_sections(year)
        self.text = QTextBrowser()
        self.text.setObjectName("rulesText")
        html = []
        for heading, lines in self.sections:
            html.append(f"<h3>{escape(heading)}</h3><ul>")
            html += [f"<li>{escape(line)}</li>" for line in lines]
            html.append("</ul>")
        self.text.setHtml("".join(html))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(buttons)
