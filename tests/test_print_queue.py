"""Issue 11 · 10: 打印 through a real print queue (CUPS with cups-pdf), not only “save as PDF”.

Skipped, with the reason, where no cups-pdf queue is set up. CI: Debian `cups`,
`printer-driver-cups-pdf`, `poppler-utils`; `cupsd`, then
`lpadmin -p PerfdeskPDF -v cups-pdf:/ -P /usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd -E` (see .ci/run).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
import uuid
from dataclasses import replace
from pathlib import Path

import pytest

MM_AT_100_DPI = 100 / 25.4


def _cups_pdf_queue() -> str | None:
    if not shutil.which("lpstat"):
        return None
    try:
        listing = subprocess.run(["lpstat", "-v"], capture_output=True, text=True, timeout=10).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in listing.splitlines():
        found = re.match(r"device for (\S+): cups-pdf:/", line)
        if found:
            return found.group(1).rstrip(":")
    return None


def _out_folder() -> Path:
    conf = Path("/etc/cups/cups-pdf.conf")
    out = "${HOME}/PDF"
    if conf.exists():
        for line in conf.read_text(errors="replace").splitlines():
            if line.startswith("Out "):
                out = line.split(None, 1)[1].strip()
    return Path(out.replace("${HOME}", str(Path.home())))


QUEUE = _cups_pdf_queue()
pytestmark = pytest.mark.skipif(
    QUEUE is None or not shutil.which("pdftoppm") or not shutil.which("pdfimages"),
    reason="no CUPS queue with the cups-pdf backend (Debian cups + printer-driver-cups-pdf) or no poppler-utils",
)


def _gray(pdf: Path, page: int, folder: Path) -> tuple[int, int, bytes]:
    stem = folder / f"p{page}-{uuid.uuid4().hex[:6]}"
    subprocess.run(["pdftoppm", "-r", "100", "-gray", "-f", str(page), "-l", str(page), "-singlefile", str(pdf),
                    str(stem)], check=True, timeout=60)
    data = Path(f"{stem}.pgm").read_bytes()
    magic, width, height, _maxval, pixels = data.split(maxsplit=4)
    assert magic == b"P5"
    return int(width), int(height), pixels


def _frame(pdf: Path, page: int, folder: Path) -> tuple[int, int, int, int]:
    """Outermost ruled lines of the form (top, bottom, left, right), in pixels at 100 dpi."""
    width, height, px = _gray(pdf, page, folder)
    rows = [y for y in range(height) if sum(1 for x in range(0, width, 2) if px[y * width + x] < 200) > width * 0.25]
    cols = [x for x in range(width) if sum(1 for y in range(0, height, 2) if px[y * width + x] < 200) > height * 0.08]
    return rows[0], rows[-1], cols[0], cols[-1]


def test_print_a_self_evaluation_on_a_real_queue(qtbot, tmp_path):
    from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

    from desktop.reports import samples
    from desktop.reports.forms import sheets_for
    from desktop.reports.pdf import write_pdf
    from desktop.views.pdf_preview import PdfPreviewDialog

    base = samples.self_eval_form()
    source = tmp_path / f"selfeval-{uuid.uuid4().hex[:8]}.pdf"
    assert write_pdf(sheets_for([replace(base, project=f"{base.project}{i}") for i in range(3)]), source) == 3
    dialog = PdfPreviewDialog(source, "自评表")
    qtbot.addWidget(dialog)
    printer = QPrinter(QPrinterInfo.printerInfo(QUEUE), QPrinter.PrinterMode.HighResolution)
    assert printer.printerName() == QUEUE and printer.outputFormat() == QPrinter.OutputFormat.NativeFormat
    printer.setDocName(source.stem)  # the job title: cups-pdf names its file after it
    printer.setFromTo(2, 3)  # as the dialog sets them
    printer.setCopyCount(2)
    printer.setCollateCopies(True)
    assert dialog.print_document(printer)

    out_folder = _out_folder()
    deadline = time.monotonic() + 120
    printed = None
    while time.monotonic() < deadline:
        found = sorted(out_folder.glob(f"{source.stem}*.pdf")) if out_folder.is_dir() else []
        if found and subprocess.run(["pdfinfo", str(found[0])], capture_output=True).returncode == 0:
            printed = found[0]
            break
        time.sleep(1)
    assert printed is not None, f"cups-pdf wrote nothing into {out_folder}"
    try:
        info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
        assert re.search(r"Pages:\s+4\b", info), info  # pages 2–3, two copies
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        assert abs(float(size.group(1)) - 595.28) < 1.5 and abs(float(size.group(2)) - 841.89) < 1.5  # A4
        images = subprocess.run(["pdfimages", "-list", str(printed)], capture_output=True, text=True,
                                check=True).stdout.splitlines()[2:]
        assert len(images) == 4
        for line in images:  # the text is there at printer resolution
            x_ppi, y_ppi = (int(v) for v in line.split()[12:14])
            assert x_ppi >= 300 and y_ppi >= 300, line
        for printed_page, source_page in ((1, 2), (2, 3), (3, 2), (4, 3)):
            want = _frame(source, source_page, tmp_path)
            got = _frame(printed, printed_page, tmp_path)
            assert all(abs(a - b) <= MM_AT_100_DPI for a, b in zip(got, want, strict=True)), (got, want)
    finally:
        os.unlink(printed)
