"""Benchmark: 报表 → 预览 → the first page on screen, against `perfdesk report` for the same form.

Imports seed 000 into a fresh database, opens the main window offscreen, asks for the
项目支出绩效自评表 of one project and of the whole year, and times from the click to the first
rendered page of the preview (and to the progress dialog showing). Then runs the CLI for the
same forms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_first_preview.py
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SEED = ROOT.parent / "shared" / "seeds" / "000_42afa216e8045207.txt"


def cli(db: Path, out: Path, project: str | None) -> float:
    args = [sys.executable, "-m", "desktop", "report", "self-eval", "--db", str(db), "--year", "2023",
            "--out", str(out)] + (["--project", project] if project else [])
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
    return time.perf_counter() - start


def has_ink(image) -> bool:
    """Whether the page drawn in the view shows any dark pixel (text or ruled lines)."""
    width, height = image.width(), image.height()
    for y in range(0, height, 3):
        for x in range(0, width, 3):
            if image.pixelColor(x, y).lightness() < 100:
                return True
    return False


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if not SEED.exists():
        sys.exit(f"seed not found: {SEED}")
    folder = Path(tempfile.mkdtemp(prefix="perfdesk-bench-"))
    db = folder / "bench.db"
    subprocess.run([sys.executable, "-m", "desktop", "import", str(SEED), "--db", str(db), "--year", "2023"],
                   check=True, capture_output=True, cwd=ROOT)

    from PySide6.QtCore import QCoreApplication, QElapsedTimer, QSettings
    from PySide6.QtWidgets import QApplication, QProgressDialog

    from desktop.models import open_store
    from desktop.views.app import create_application
    from desktop.views.main_window import MainWindow

    app = create_application()
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", 2023)
    results = []
    with open_store(db) as store:
        window = MainWindow(store, settings)
        window.show()
        first = window.tree_model.item(0).child(0)
        window.tree.setCurrentIndex(first.index())
        project = first.text()
        for scope in ("this project", "whole year"):
            dialog = window.open_reports("self-eval")
            if scope == "whole year":
                dialog.scope_box.setCurrentIndex(dialog.scope_box.count() - 1)
            timer = QElapsedTimer()
            timer.start()
            progress_at = None
            dialog.preview_button.click()
            while dialog.preview is None or not dialog.preview.isVisible():
                app.processEvents()
                if progress_at is None and any(d.isVisible() for d in app.topLevelWidgets()
                                               if isinstance(d, QProgressDialog)):
                    progress_at = timer.elapsed() / 1000
                time.sleep(0.002)
            view = dialog.preview.view
            while not has_ink(view.grab().toImage()):  # QPdfView renders pages on its own thread
                app.processEvents()
                time.sleep(0.005)
            shown = timer.elapsed() / 1000
            results.append((scope, progress_at, shown, dialog.preview.page_count))
            dialog.preview.close()
            dialog.close()
            QCoreApplication.processEvents()
        window.close()
    one = cli(db, folder / "one.pdf", project)
    year = cli(db, folder / "year.pdf", None)
    for (scope, progress_at, shown, pages), cli_time in zip(results, (one, year), strict=True):
        print(f"{scope}: progress shown after {progress_at if progress_at is not None else '—'} s, "
              f"first page after {shown:.2f} s ({pages} pages); perfdesk report: {cli_time:.2f} s")
    QApplication.instance().quit()


if __name__ == "__main__":
    main()
