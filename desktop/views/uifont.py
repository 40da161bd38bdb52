"""A Chinese-capable UI font on every PC.

Windows has Microsoft YaHei / SimSun, Linux desktops have Noto CJK; a PC (or Wine, or a minimal
Linux) with no font for simplified Chinese would show empty labels. Then the bundled
DroidSansFallbackFull is loaded and put after the default family, so Qt draws every character
the default font lacks with it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from desktop.paths import resources_dir

log = logging.getLogger(__name__)

BUNDLED_UI_FONT = "DroidSansFallbackFull.ttf"


def system_has_chinese_font() -> bool:
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


def ensure_chinese_ui_font(app: QApplication, force: bool = False) -> str | None:
    """Add the bundled CJK font as the fallback of the application font when no system font
    covers simplified Chinese (or when `force`); returns its family, or None if not needed."""
    if not force and system_has_chinese_font():
        return None
    path: Path = resources_dir() / "fonts" / BUNDLED_UI_FONT
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("no system font covers Chinese and %s could not be loaded", path)
        return None
    font = app.font()
    font.setFamilies([font.family(), families[0]])
    app.setFont(font)
    log.info("no system font covers Chinese: the UI falls back to the bundled %s", families[0])
    return families[0]


def chinese_family_of(font: QFont) -> bool:
    """Whether one of the font's families covers simplified Chinese (for tests)."""
    chinese = set(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))
    return any(f in chinese for f in font.families() or [font.family()])
