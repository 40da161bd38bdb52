"""Chinese text on screen on any machine: when the installed fonts do not draw the window's Chinese
(a fresh Linux desktop, a stripped Windows image, Wine), register the bundled ones with Qt and make
them the fallbacks of the application font. The PDFs embed their own fonts (desktop.reports.fonts)."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

log = logging.getLogger(__name__)

# Sans-serif first (screen text); the Song face after it, for what the other lacks (…, “ ”, —).
BUNDLED_UI_FONTS = ("DroidSansFallbackFull.ttf", "gbsn00lp.ttf")
# What the window draws besides ideographs: the full-width brackets and punctuation of its labels
# and menus (文件（F）), the ellipsis of a menu entry that opens a dialog, quotes and dashes. A font
# that claims simplified Chinese may still lack some of them (seen under Wine: boxes in the menus).
UI_SAMPLE = "项目支出绩效自评表（）…、，：；《》“”—"


def draws(font: QFont, text: str = UI_SAMPLE) -> bool:
    """Every character of `text` gets a glyph from `font` or a fallback Qt finds for it."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    return bool(runs) and all(0 not in run.glyphIndexes() for run in runs)  # glyph 0: the empty box


def system_has_chinese() -> bool:
    """The installed fonts draw the window's Chinese, its punctuation included."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)) and draws(
        QApplication.font())


def ensure_chinese_font(app: QApplication) -> str | None:
    """The first bundled family registered (None when the system's fonts suffice, or none loaded)."""
    if system_has_chinese():
        return None
    registered = []
    for name in BUNDLED_UI_FONTS:
        path = resources_dir() / "fonts" / name
        if not path.exists():
            continue
        font_id = QFontDatabase.addApplicationFont(str(path))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        if families:
            registered.append(families[0])
        else:
            log.warning("could not register %s with Qt", path)
    if not registered:
        log.warning("the installed fonts do not draw Chinese and none is bundled: labels may show boxes")
        return None
    font = QFont(app.font())
    # Latin from the family the system font resolves to (an alias such as "Sans Serif" is no
    # family: the Song face, which has Latin too, would draw every digit), the rest from ours.
    font.setFamilies([QFontInfo(font).family(), *registered])
    app.setFont(font)
    if draws(font):
        log.info("the installed fonts do not draw the window's Chinese: using the bundled %s", registered)
    else:
        log.warning("even the bundled fonts %s leave boxes in the window's Chinese", registered)
    return registered[0]
