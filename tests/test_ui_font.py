"""Issue 11 · 7: Chinese labels render with real glyphs on a machine without a Chinese font."""

from __future__ import annotations

from PySide6.QtGui import QFontDatabase, QFontInfo, QTextLayout
from PySide6.QtWidgets import QApplication

from desktop.views.fonts import UI_SAMPLE, draws, ensure_chinese_font, system_has_chinese


def _glyph_families(text: str) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, QApplication.font())
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_bundled_font_draws_chinese_when_the_system_has_none(qapp):
    had_chinese = system_has_chinese()
    before = QApplication.font()
    system = QFontInfo(before).family()  # the family the system font resolves to
    try:
        family = ensure_chinese_font(qapp)
        if had_chinese:
            assert family is None  # the system's own font is used
        else:
            assert family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
            assert family in QApplication.font().families()
        assert draws(QApplication.font())  # the menus' （）… and the quotes too, not only ideographs
        if system not in ("Droid Sans Fallback", "AR PL SungtiL GB"):  # the machine has a Latin font
            # digits and letters stay in it: not the Song face's serifs
            assert {name for name, _ in _glyph_families("2023 1,200.00 TZMMZX")} == {system}
        runs = _glyph_families("项目支出绩效自评表")
        assert runs and all(0 not in glyphs for _, glyphs in runs)  # glyph 0 is the empty box
        assert any(QFontDatabase.writingSystems(name).count(QFontDatabase.WritingSystem.SimplifiedChinese)
                   for name, _ in runs)
    finally:
        QApplication.setFont(before)


def test_qt_file_dialog_labels_are_chinese(qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from desktop.views.i18n import install_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        labels = [label.text() for label in dialog.findChildren(QLabel) if label.text()]
        assert "查找范围(&L)：" in labels and "文件类型(&T)：" in labels
        assert not any(text.isascii() for text in labels), labels
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_qt_print_dialog_labels_are_chinese(qapp):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QPushButton, QRadioButton

    from desktop.views.i18n import install_translators

    translators = install_translators(qapp, "zh_CN")
    try:
        printer = QPrinter()
        dialog = QPrintDialog(printer)
        texts = [w.text() for cls in (QLabel, QPushButton, QCheckBox, QRadioButton) for w in dialog.findChildren(cls)]
        texts += [box.title() for box in dialog.findChildren(QGroupBox)]
        english = [t for t in texts if t and t.isascii() and any(ch.isalpha() for ch in t)
                   and t != printer.printerName() and "Printer" not in t]  # a printer's own model name
        assert not english, english
        assert dialog.windowTitle() == "打印"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_character_no_font_has_is_not_drawn(qapp):
    """The check the window starts with sees Qt's empty box (glyph 0), fallbacks tried."""
    assert not draws(QApplication.font(), "项\U0010fffd")
    assert "（" in UI_SAMPLE and "…" in UI_SAMPLE  # what Wine's Chinese font left as boxes
