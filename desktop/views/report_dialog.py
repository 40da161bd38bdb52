"""报表 menu: pick a form and its scope, build it off the UI thread, preview, print or save."""

from __future__ import annotations

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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

from desktop.reports.registry import FORM_KINDS
from desktop.views.tasks import Progress, QueryOp

if TYPE_CHECKING:
    from desktop.models import Store

log = logging.getLogger(__name__)


def form_titles() -> dict[str, str]:
    """The forms of `perfdesk report`, by their official names."""
    return {kind.code: QCoreApplication.translate("ReportDialog", kind.label) for kind in FORM_KINDS}


PER_PROJECT = tuple(kind.code for kind in FORM_KINDS if kind.per_project)
# The short names in proposed file names: 科普专项-自评表-2023.pdf
FILE_WORDS = {kind.code: kind.file_word for kind in FORM_KINDS}
_NOT_IN_NAMES = str.maketrans({ch: "_" for ch in '\\/:*?"<>|\n\r\t'})


# Characters of a project's name kept in a file name: Windows refuses paths past 260 characters,
# and a name may have 500.
NAME_IN_FILE = 60


def file_name(form: str, year: int, project: str | None, suffix: str, copy: int = 1) -> str:
    """项目名称-自评表-2023.pdf, or 自评表-2023.pdf for the whole year; safe on Windows. `copy` 2, 3 …
    for the second and later project of one name (in different units): 项目名称-自评表-2023（2）.pdf."""
    parts = [project.translate(_NOT_IN_NAMES).strip(" .")[:NAME_IN_FILE].strip(" .")] if project else []
    return "-".join([*parts, FILE_WORDS.get(form, form), str(year)]) + (f"（{copy}）" if copy > 1 else "") + suffix


def last_folder(settings: QSettings) -> str:
    folder = settings.value("reports/folder", "", type=str)
    return folder if folder and Path(folder).is_dir() else str(Path.home())


def remember_folder(settings: QSettings, path: Path) -> None:
    settings.setValue("reports/folder", str(path if path.is_dir() else path.parent))


SIGNATURE_FIELDS = ("unit", "head", "filler", "phone", "date")


@dataclass(frozen=True)
class ReportRequest:
    form: str
    year: int
    project: str | None  # None: the whole year
    signature: tuple[str, str, str, str, str]


def write_report(store: Store, request: ReportRequest, out: Path, progress: Progress) -> int:
    """Build the form's data in this worker's own session and write PDF or Excel; returns pages/sheets."""
    from desktop.operations.report_data import form_figures
    from desktop.reports.data import SignatureBlock
    from desktop.reports.output import write_forms
    from desktop.reports.registry import build

    progress(0, 3, QCoreApplication.translate("ReportDialog", "Computing the figures…"))
    with store.session() as session:
        figures = form_figures(session, request.form, request.year, request.project)
    forms = build(request.form, figures, SignatureBlock(*request.signature))
    progress(1, 3, QCoreApplication.translate("ReportDialog", "Laying out %1 forms…").replace("%1", str(len(forms))))
    # Per form from here on; Cancel raises inside the writer, before the file is saved.
    written = write_forms(forms, out, progress=progress)
    return written.sheets if written.pages is None else written.pages


def write_each_project(store: Store, request: ReportRequest, folder: Path, progress: Progress) -> list[Path]:
    """One PDF per project (自评表 or 目标表) into `folder`; returns the files written."""
    from desktop.models import grid_queries
    from desktop.operations.report_data import form_figures
    from desktop.reports.data import SignatureBlock
    from desktop.reports.output import write_forms
    from desktop.reports.registry import build

    progress(0, 1, QCoreApplication.translate("ReportDialog", "Computing the figures…"))
    signature = SignatureBlock(*request.signature)
    with store.session() as session:
        if request.form == "self-eval":  # scored once for the year, one form per project
            figures = form_figures(session, "self-eval", request.year)
            named = [(form.project, [form]) for form in build("self-eval", figures, signature)]
        else:  # the 目标表 of each project on its own
            # (one form holds every project of a name, as printing one project does)
            names = list(dict.fromkeys(r.name for r in grid_queries.project_rows(session, request.year)))
            named = [(name, build(request.form, form_figures(session, request.form, request.year, name), signature))
                     for name in names]
    written: list[Path] = []
    for i, (name, forms) in enumerate(named):
        progress(i, len(named), QCoreApplication.translate("ReportDialog", "Writing %1 of %2…")
                 .replace("%1", str(i + 1)).replace("%2", str(len(named))))
        copy = 1  # two projects of one name (in two units) must not overwrite each other's file
        while (out := folder / file_name(request.form, request.year, name, ".pdf", copy)) in written:
            copy += 1
        write_forms(forms, out)
        written.append(out)
    return written


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
        self.each_button = QPushButton(self.tr("One PDF per project…"))
        self.each_button.setToolTip(self.tr("Save the form of every project of the year, one file each, in a folder"))
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.excel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.each_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.each_button.clicked.connect(lambda: self.save_each_project())
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self.generate(self._temp_pdf()))
        self.excel_button.clicked.connect(self._export_excel)
        form.addRow(buttons)
        self._update_scope()
        self.preview = None
        self.last_output: Path | None = None
        self.last_written: list[Path] = []

    def _update_scope(self) -> None:
        per_project = self.form_box.currentData() in PER_PROJECT
        self.scope_box.setEnabled(per_project)
        if hasattr(self, "each_button"):
            self.each_button.setEnabled(per_project)

    def request(self) -> ReportRequest:
        form = self.form_box.currentData()
        project = self.scope_box.currentData() if form in PER_PROJECT else None
        for key, edit in self.signature_edits.items():
            self.settings.setValue(f"signature/{key}", edit.text())
        signature = tuple(self.signature_edits[k].text().strip() for k in SIGNATURE_FIELDS)
        return ReportRequest(form, self.year, project, signature)

    def proposed_name(self, suffix: str) -> str:
        request_form = self.form_box.currentData()
        project = self.scope_box.currentData() if request_form in PER_PROJECT else None
        return file_name(request_form, self.year, project, suffix)

    def _temp_pdf(self) -> Path:
        folder = Path(tempfile.mkdtemp(prefix="perfdesk-"))
        return folder / self.proposed_name(".pdf")  # the name 另存为 proposes

    def _export_excel(self) -> None:
        start = str(Path(last_folder(self.settings)) / self.proposed_name(".xlsx"))
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), start, "Excel (*.xlsx)")
        if target:
            remember_folder(self.settings, Path(target))
            self.generate(Path(target))

    def save_each_project(self, folder: str | None = None) -> None:
        """批量: one PDF per project of the year into a folder the officer picks."""
        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Save each project's form in folder"),
                                                      last_folder(self.settings))
        if not folder:
            return
        remember_folder(self.settings, Path(folder))
        request = self.request()
        request = ReportRequest(request.form, request.year, None, request.signature)
        QueryOp(parent=self, op=lambda progress: write_each_project(self.store, request, Path(folder), progress),
                success=self._each_done).failure(self._failed).with_progress(
            self.tr("Preparing the forms…"), immediate=True).run_in_background()

    def _each_done(self, written: list[Path]) -> None:
        self.last_output = written[0].parent if written else None
        self.last_written = written
        text = self.tr("%1 files saved in %2").replace("%1", str(len(written))).replace(
            "%2", str(self.last_output or ""))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Print forms"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("savedMessage")
        box.open()

    def generate(self, out: Path) -> None:
        request = self.request()
        QueryOp(parent=self, op=lambda progress: write_report(self.store, request, out, progress),
                success=lambda _count: self._done(out)).failure(self._failed).with_progress(
            self.tr("Preparing the form…"), immediate=True).run_in_background()

    def _done(self, out: Path) -> None:
        self.last_output = out
        if out.suffix.lower() == ".pdf":
            from desktop.views.pdf_preview import PdfPreviewDialog

            self.preview = PdfPreviewDialog(out, self.form_box.currentText(), self, self.settings)
            self.preview.open()
        else:
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export to Excel"),
                              self.tr("Saved %1").replace("%1", str(out)), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("savedMessage")
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
