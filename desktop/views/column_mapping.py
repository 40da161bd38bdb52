"""调整列对应: show which column the importer took for each meaning and let the officer correct it."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.importers.headers import ROLE_LABELS
from desktop.importers.reading import DetectedColumns


class ColumnMappingDialog(QDialog):
    """One drop-down per meaning (项目名称, 总计, 年度指标值 …) listing the sheet's header cells."""

    def __init__(self, detected: DetectedColumns, parent: QWidget | None = None):
        super().__init__(parent)
        self.detected = detected
        self.setWindowTitle(self.tr("Column mapping"))
        layout = QFormLayout(self)
        where = detected.header_place + (f"（{detected.sheet}）" if detected.sheet else "")
        layout.addRow(QLabel(self.tr("Header found at %1. Correct any column taken wrongly.").replace("%1", where)))
        taken = set(detected.roles.values())
        self.unused = [i for i, header in enumerate(detected.labels) if header and i not in taken]
        if self.unused:
            names = "、".join(detected.labels[i] for i in self.unused)
            note = QLabel(self.tr("Columns the import does not read: %1. Choose them below to use them.").replace("%1", names))
            note.setObjectName("unusedColumns")
            note.setWordWrap(True)
            layout.addRow(note)
        self.boxes: dict[str, QComboBox] = {}
        for role, label in ROLE_LABELS.items():
            box = QComboBox()
            box.setObjectName(f"column_{role}")
            box.addItem(self.tr("(none)"), None)
            for index, header in enumerate(detected.labels):
                text = f"{index + 1}. {header}" if header else self.tr("%1. (empty)").replace("%1", str(index + 1))
                if index in self.unused:
                    text = self.tr("%1 (not used)").replace("%1", text)
                box.addItem(text, index)
            chosen = detected.roles.get(role)
            box.setCurrentIndex(0 if chosen is None else chosen + 1)
            self.boxes[role] = box
            layout.addRow(label + "：", box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def mapping(self) -> dict[str, int | None]:
        """Only what the officer changed, in the form `read_files(..., mapping=)` takes."""
        changed = {}
        for role, box in self.boxes.items():
            value = box.currentData()
            if value != self.detected.roles.get(role):
                changed[role] = value
        return changed
