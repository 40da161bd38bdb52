"""报表 menu: pick a form and its scope, build it off the UI thread, preview, print or save."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from desktop.models import Store
from desktop.views.tasks import Progress, run_task

log = logging.getLogger(__name__)


def form_titles() -> dict[str, str]:
    """The forms of `perfdesk report`, by their official names."""
    return {
        "self-eval": QCoreApplication.translate("ReportDialog", "Project self-evaluation form"),
        "targets": QCoreApplication.translate("ReportDialog", "Project performance targets"),
        "dept-score": QCoreApplication.translate("ReportDialog", "Department self-evaluation scores (table 3)"),
        "dept-completion": QCoreApplication.translate("ReportDialog", "Department target completion (table 4)"),
        "budget": QCoreApplication.translate("ReportDialog", "Budget adjustment and execution (table 1)"),
        "monthly": QCoreApplication.translate("ReportDialog", "Monthly execution progress (table 2)"),
    }


PER_PROJECT = ("self-eval", "targets")
SIGNATURE_FIELDS = ("unit", "head", "filler", "phone", "date")


@dataclass(frozen=True)
class ReportRequest:
    form: str
    year: int
    project: str | None  # None: the whole year
    signature: tuple[str, str, str, str, str]


def write_report(store: Store, request: ReportRequest, out: Path, progress: Progress) -> int:
    """Build the form's data in this worker's own session and write PDF or Excel; returns pages/sheets."""
    from desktop.reports.build import build
    from desktop.reports.data import SignatureBlock
    from desktop.reports.excel import write_xlsx
    from desktop.reports.forms import sheets_for
    from desktop.reports.pdf import write_pdf

    progress(0, 3, QCoreApplication.translate("ReportDialog", "Computing the figures…"))
    with store.session() as session:
        forms = build(session, request.form, request.year, request.project, SignatureBlock(*request.signature))
    progress(1, 3, QCoreApplication.translate("ReportDialog", "Laying out %1 forms…").replace("%1", str(len(forms))))
    sheets = sheets_for(forms)
    # Per form from here on; Cancel raises inside the writer, before the file is saved.
    if out.suffix.lower() == ".xlsx":
        write_xlsx(sheets, out, progress=progress)
        return len(sheets)
    return write_pdf(sheets, out, progress=progress)


class ReportDialog(QDialog):
    """Form, scope and signature block; 预览 opens the PDF preview, 导出 Excel writes a workbook."""

    def __init__(self, store: Store, year: int, project: str | None, form: str = "self-eval",
                 parent: QWidget | None = None, settings: QSettings | None = None):
        super().__init__(parent)
        self.store = store
        self.year = year
        self.settings = settings or QSettings()
        self.setWindowTitle(self.tr("Print forms"))
        self.form_box = QComboBox()
        self.form_box.setObjectName("reportForm")
        for key, title in form_titles().items():
            self.form_box.addItem(title, key)
        self.form_box.setCurrentIndex(self.form_box.findData(form))
        self.scope_box = QComboBox()
        self.scope_box.setObjectName("reportScope")
        if project:
            self.scope_box.addItem(self.tr("This project: %1").replace("%1", project), project)
        self.scope_box.addItem(self.tr("All projects of %1").replace("%1", str(year)), None)
        self.form_box.currentIndexChanged.connect(self._update_scope)

        labels = [self.tr("Reporting unit (seal)"), self.tr("Head of unit"), self.tr("Filled in by"),
                  self.tr("Telephone"), self.tr("Date")]
        self.signature_edits = {}
        form = QFormLayout(self)
        form.addRow(self.tr("Form:"), self.form_box)
        form.addRow(self.tr("Scope:"), self.scope_box)
        for key, label in zip(SIGNATURE_FIELDS, labels, strict=True):
            edit = QLineEdit(self.settings.value(f"signature/{key}", "", type=str))
            edit.setObjectName(f"signature_{key}")
            self.signature_edits[key] = edit
            form.addRow(label + "：", edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = QPushButton(self.tr("Preview and print…"))
        self.excel_button = QPushButton(self.tr("Export to Excel…"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.excel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self.generate(self._temp_pdf()))
        self.excel_button.clicked.connect(self._export_excel)
        form.addRow(buttons)
        self._update_scope()
        self.preview = None
        self.last_output: Path | None = None

    def _update_scope(self) -> None:
        self.scope_box.setEnabled(self.form_box.currentData() in PER_PROJECT)

    def request(self) -> ReportRequest:
        form = self.form_box.currentData()
        project = self.scope_box.currentData() if form in PER_PROJECT else None
        for key, edit in self.signature_edits.items():
            self.settings.setValue(f"signature/{key}", edit.text())
        signature = tuple(self.signature_edits[k].text().strip() for k in SIGNATURE_FIELDS)
        return ReportRequest(form, self.year, project, signature)

    def _temp_pdf(self) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="perfdesk-"))
        return folder / f"{self.form_box.currentData()}-{self.year}.pdf"

    def _export_excel(self) -> None:
        name = f"{self.form_box.currentData()}-{self.year}.xlsx"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), name, "Excel (*.xlsx)")
        if target:
            self.generate(Path(target))

    def generate(self, out: Path) -> None:
        request = self.request()
        run_task(
            self,
            self.tr("Preparing the form…"),
            lambda progress: write_report(self.store, request, out, progress),
            lambda _count: self._done(out),
            self._failed,
            immediate=True,
        )

    def _done(self, out: Path) -> None:
        self.last_output = out
        if out.suffix.lower() == ".pdf":
            from desktop.views.pdf_preview import PdfPreviewDialog

            self.preview = PdfPreviewDialog(out, self.form_box.currentText(), self)
            self.preview.open()
        else:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export to Excel"),
                              self.tr("Saved %1").replace("%1", str(out)), QMessageBox.StandardButton.Ok, self)
            box.open()

    def _failed(self, exc: Exception) -> None:
        from desktop.reports.build import NothingToReport

        if isinstance(exc, NothingToReport):
            text = str(exc.args[0])
        else:
            log.error("report failed: %r", exc)
            text = self.tr("The form could not be made. The details are in the log file.")
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Print forms"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("reportError")
        box.open()
