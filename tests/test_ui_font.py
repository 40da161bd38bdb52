"""Issue 11 · 7: Chinese labels render with real glyphs on a machine without a Chinese font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.views.fonts import ensure_chinese_font, system_has_chinese


def _glyph_families(text: str) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_bundled_font_draws_chinese_when_the_system_has_none(qapp):
    had_chinese = system_has_chinese()
    before = QApplication.font()
    try:
        family = ensure_chinese_font(qapp)
        if had_chinese:
            assert family is None  # the system's own font is used
        else:
            assert family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
            assert family in QApplication.font().families()
        runs = _glyph_families("项目支出绩效自评表")
        assert runs and all(0 not in glyphs for _, glyphs in runs)  # glyph 0 is the empty box
        assert any(QFontDatabase.writingSystems(name).count(QFontDatabase.WritingSystem.SimplifiedChinese)
                   for name, _ in runs)
    finally:
        QApplication.setFont(before)
