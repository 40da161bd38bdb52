"""Preview a generated form as it will print: pages, zoom, 打印 and 另存为 PDF."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSettings, QSize, QSizeF
from PySide6.QtGui import QKeySequence, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QMessageBox,
    QSpinBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf_path: str | Path, title: str, parent: QWidget | None = None,
                 settings: QSettings | None = None):
        super().__init__(parent)
        self.pdf_path = Path(pdf_path)
        self.settings = settings or QSettings()
        self.saved_message: QMessageBox | None = None
        self.setWindowTitle(title)
        self.resize(1000, 800)
        self.document = QPdfDocument(self)
        self.document.load(str(self.pdf_path))
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        toolbar = QToolBar()
        self.print_action = toolbar.addAction(self.tr("Print…"), self.print_document)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        self.save_action = toolbar.addAction(self.tr("Save as PDF…"), self.save_as)
        self.save_action.setShortcut(QKeySequence.StandardKey.SaveAs)
        toolbar.addSeparator()
        toolbar.addAction(self.tr("Fit width"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        toolbar.addAction(self.tr("Whole page"), lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitInView))
        toolbar.addAction(self.tr("Zoom in"), lambda: self._zoom(1.25)).setShortcut(QKeySequence.StandardKey.ZoomIn)
        toolbar.addAction(self.tr("Zoom out"), lambda: self._zoom(0.8)).setShortcut(QKeySequence.StandardKey.ZoomOut)
        toolbar.addSeparator()
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(self.document.pageCount(), 1))
        self.page_box.valueChanged.connect(lambda page: self.view.pageNavigator().jump(page - 1, QPointF(), 0))
        self.view.pageNavigator().currentPageChanged.connect(lambda page: self.page_box.setValue(page + 1))
        toolbar.addWidget(QLabel(self.tr("Page") + " "))
        toolbar.addWidget(self.page_box)
        self.page_count_label = QLabel(self.tr("of %1").replace("%1", str(self.document.pageCount())))
        toolbar.addWidget(self.page_count_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(toolbar)
        layout.addWidget(self.view, 1)

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * factor)

    def save_as(self, target: str | None = None) -> Path | None:
        from desktop.views.report_dialog import last_folder, remember_folder

        if not target:
            start = str(Path(last_folder(self.settings)) / self.pdf_path.name)
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save as PDF"), start, "PDF (*.pdf)")
        if not target:
            return None
        try:
            shutil.copyfile(self.pdf_path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save as PDF"), self.tr("Could not save %1: %2").replace("%1", target).replace("%2", exc.strerror or str(exc)))
            return None
        remember_folder(self.settings, Path(target))
        self.saved_message = QMessageBox(QMessageBox.Icon.Information, self.tr("Save as PDF"),
                                         self.tr("Saved %1").replace("%1", str(Path(target))),
                                         QMessageBox.StandardButton.Ok, self)
        self.saved_message.setObjectName("savedMessage")
        self.saved_message.open()
        return Path(target)

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Print each page as a 300 dpi image laid on the whole sheet, so the form is neither
        scaled nor cropped: the printer's margins are the form's own (A4 drawn on A4 as is)."""
        if printer is None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            self.prepare_printer(printer)
            dialog = QPrintDialog(printer, self)
            dialog.setMinMax(1, self.page_count)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
        else:
            self.prepare_printer(printer)
        first, last = printer.fromPage() or 1, printer.toPage() or self.page_count
        painter = QPainter()
        if not painter.begin(printer):
            return False
        try:
            for index in range(first - 1, last):
                if index > first - 1:
                    printer.newPage()
                points = self.document.pagePointSize(index)
                size = QSize(round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72))
                image = self.document.render(index, size)
                sheet = printer.paperRect(QPrinter.Unit.DevicePixel)  # the whole sheet (full-page mode)
                # the page's size on paper, in device pixels: 1:1 when the paper is the page's size
                width = points.width() / 72 * printer.resolution()
                height = points.height() / 72 * printer.resolution()
                if width > sheet.width() + 1 or height > sheet.height() + 1:  # a smaller sheet: fit it
                    factor = min(sheet.width() / width, sheet.height() / height)
                    width, height = width * factor, height * factor
                painter.drawImage(QRectF(0, 0, width, height), image)
        finally:
            painter.end()
        return True

    def prepare_printer(self, printer: QPrinter) -> None:
        """The sheet is the PDF page (A4), used whole: no margins of the printer's own added."""
        if self.page_count:
            points = self.document.pagePointSize(0)
            printer.setPageSize(QPageSize(QSizeF(points.width(), points.height()), QPageSize.Unit.Point,
                                          "", QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setFullPage(True)
        printer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
        printer.setDocName(self.pdf_path.stem)
