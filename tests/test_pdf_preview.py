"""The preview shows every page, saves the same file, and prints each page once."""

from __future__ import annotations

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from desktop.views.pdf_preview import PdfPreviewDialog


def _pdf(path, pages: int):
    c = canvas.Canvas(str(path), pagesize=A4)
    for page in range(pages):
        c.drawString(72, 720, f"page {page + 1}")
        c.showPage()
    c.save()
    return path


def test_preview_pages_save_and_print(qtbot, tmp_path):
    source = _pdf(tmp_path / "form.pdf", 3)
    dialog = PdfPreviewDialog(source, "自评表")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.page_count == 3
    assert "3" in dialog.page_count_label.text()

    saved = dialog.save_as(str(tmp_path / "copy.pdf"))
    assert saved.read_bytes() == source.read_bytes()

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert dialog.print_document(printer)
    assert len(PdfReader(tmp_path / "printed.pdf").pages) == 3
