"""Chinese text on screen on any machine: when no installed font covers simplified Chinese (a
fresh Linux desktop, a stripped Windows image), register the bundled one with Qt and make it the
fallback of the application font. The PDFs embed their own fonts (desktop.reports.fonts)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

log = logging.getLogger(__name__)

# Sans-serif first (screen text); the Song face is the print face, used when the other is missing.
BUNDLED_UI_FONTS = ("DroidSansFallbackFull.ttf", "gbsn00lp.ttf")


def system_has_chinese() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_chinese_font(app: QApplication) -> str | None:
    """The family registered (None when the system already has a Chinese font, or none loaded)."""
    if system_has_chinese():
        return None
    for name in BUNDLED_UI_FONTS:
        path = resources_dir() / "fonts" / name
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if not families:
            log.warning("could not register %s with Qt", path)
            continue
        family = families[0]
        font = QFont(app.font())
        font.setFamilies([font.family(), family])  # Latin from the system font, Chinese from ours
        app.setFont(font)
        log.info("no Chinese system font: using the bundled %s", family)
        return family
    log.warning("no Chinese font on this machine and none bundled: labels may show boxes")
    return None
