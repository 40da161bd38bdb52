"""文件 → 导入目标表…: preview what each file holds, then write all of it, or say clearly why not."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy import func, select

from desktop.models import Indicator, Project, open_store
from desktop.views.i18n import install_translators
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, qapp, tmp_path):
    translators = install_translators(qapp, "zh_CN")
    store = open_store(tmp_path / "import.db")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", 2022)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    yield window
    store.close()
    for translator in translators:
        qapp.removeTranslator(translator)


def _found(window, kind, name):
    # findChildren, not findChild: PySide6 6.12's findChild drops a reference to None each time
    # it finds nothing, and polling it in waitUntil ends in "deallocating None".
    return window.findChildren(kind, name)


def _counts(store):
    with store.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Project)),
            session.scalar(select(func.count()).select_from(Indicator)),
        )


def test_preview_then_import_lands_whole(qtbot, window, seed_path):
    window.import_targets([str(seed_path("001_fef803051986e1a1"))])
    qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=20000)
    [dialog] = _found(window, QDialog, "importPreviewDialog")
    top = dialog.tree.topLevelItem(0)
    assert "15 个项目 · 125 条指标" in top.text(5)
    checks = [top.child(i).text(5) for i in range(top.childCount())]
    assert "一致" in checks and "与表列数不一致" not in checks
    labels = [top.child(i).text(0) for i in range(top.childCount())]
    assert "合计（表中所列）" in labels and not any(label.startswith("表列") for label in labels)
    assert _counts(window.store) == (0, 0)  # nothing written before 确定

    dialog.year_box.setValue(2023)
    dialog.accept()
    qtbot.waitUntil(lambda: window.year == 2023 and window.tree_model.rowCount() > 0, timeout=20000)
    assert _counts(window.store) == (15, 125)
    assert window.workspace.year == 2023  # the grids show the imported year, not the old one
    assert window.statusBar().currentMessage().startswith("已导入 2023 年度：新增 15 个项目")


def test_bad_file_is_named_and_nothing_is_written(qtbot, window, tmp_path):
    fake = tmp_path / "目标表.xlsx"
    fake.write_text("这不是 Excel 文件", encoding="utf-8")
    window.import_targets([str(fake)])
    qtbot.waitUntil(lambda: bool(_found(window, QMessageBox, "importError")), timeout=20000)
    [box] = _found(window, QMessageBox, "importError")
    text = box.text()
    assert text.startswith("无法导入“目标表.xlsx”")
    assert _found(window, QDialog, "importPreviewDialog") == []
    assert _counts(window.store) == (0, 0)


def test_officer_corrects_a_column_the_importer_missed(qtbot, window, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "单位回填.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["单位", "项目名称", "一级指标", "二级指标", "三级指标", "目标数"])
    sheet.append(["市科协本级", "科普专项", "产出指标", "数量指标", "科普活动次数", "不少于1000次"])
    sheet.append(["市科协本级", "科普专项", "满意度指标", "服务对象满意度指标", "群众满意度", "≥90%"])
    book.save(path)

    window.import_targets([str(path)])
    qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=20000)
    [first] = _found(window, QDialog, "importPreviewDialog")
    assert first.mapping_button.isVisible()
    first.mapping_button.click()
    qtbot.waitUntil(lambda: bool(_found(first, QDialog, "columnMappingDialog")), timeout=5000)
    [chooser] = _found(first, QDialog, "columnMappingDialog")
    box = chooser.boxes["annual_target"]
    assert box.currentData() is None  # “目标数” was not understood as 年度指标值
    box.setCurrentIndex(box.findData(5))
    chooser.accept()

    qtbot.waitUntil(lambda: any(d.isVisible() and d is not first for d in _found(window, QDialog, "importPreviewDialog")), timeout=20000)
    second = next(d for d in _found(window, QDialog, "importPreviewDialog") if d.isVisible() and d is not first)
    second.accept()
    qtbot.waitUntil(lambda: _counts(window.store) == (1, 2), timeout=20000)
    with window.store.session() as session:
        assert sorted(session.scalars(select(Indicator.annual_target))) == ["≥90%", "不少于1000次"]


def test_replace_lists_what_would_be_lost_and_asks(qtbot, qapp, tmp_path):
    """Issue 10: the preview names the indicators a replace removes with their year-end data, and asks."""
    from tests.test_import_excel import write_per_indicator_xlsx
    from tests.test_reimport_merge import YEAR, _corrected_targets, _year_end_table

    translators = install_translators(qapp, "zh_CN")
    db = tmp_path / "worked.db"
    year_end, corrected = tmp_path / "年终.xlsx", tmp_path / "修订目标表.xlsx"
    write_per_indicator_xlsx(_year_end_table(), year_end, year_end=True)
    write_per_indicator_xlsx(_corrected_targets(), corrected)
    store = open_store(db)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", YEAR)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    try:
        window.import_targets([str(year_end)])
        qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=20000)
        [first] = _found(window, QDialog, "importPreviewDialog")
        first.accept()
        qtbot.waitUntil(lambda: _counts(store) == (2, 9), timeout=20000)
        qtbot.waitUntil(lambda: not first.isVisible(), timeout=5000)
        first.setObjectName("done")

        window.import_targets([str(corrected)])
        qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=20000)
        [dialog] = _found(window, QDialog, "importPreviewDialog")
        dialog.replace_button.setChecked(True)
        qtbot.waitUntil(lambda: dialog.losses_item is not None, timeout=20000)
        assert dialog.losses_item.childCount() == 1
        assert dialog.losses_item.child(0).text(0) == "公众科学素质"
        assert "删除" in dialog.losses_item.text(0)
        dialog.accept()
        qtbot.waitUntil(lambda: bool(_found(dialog, QMessageBox, "confirmLosses")), timeout=20000)
        [box] = _found(dialog, QMessageBox, "confirmLosses")
        assert "科普经费 / 公众科学素质" in box.informativeText() and "备份" in box.text()
        assert "实际完成值、分值" in box.detailedText()
        assert "实际完成值" in dialog.losses_item.child(0).text(5)
        assert _counts(store) == (2, 9)  # nothing written while the officer decides
        box.button(QMessageBox.StandardButton.Yes).click()
        qtbot.waitUntil(lambda: _counts(store) == (2, 8), timeout=20000)
        qtbot.waitUntil(lambda: "已备份到" in window.statusBar().currentMessage(), timeout=20000)
    finally:
        store.close()
        for translator in translators:
            qapp.removeTranslator(translator)


def test_unused_columns_are_shown_and_offered(qtbot, window, tmp_path):
    """A column nothing reads is listed in the preview and offered in the mapping dialog."""
    from PySide6.QtWidgets import QLabel, QTreeWidget

    from tests.test_import_layouts import write_sichuan_xlsx

    path = tmp_path / "四川导出.xlsx"
    write_sichuan_xlsx(path)
    window.import_targets([str(path)])
    qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=20000)
    [preview] = _found(window, QDialog, "importPreviewDialog")
    tree = preview.findChildren(QTreeWidget, "importPreview")[0]
    top = tree.topLevelItem(0)
    texts = [top.child(i).text(0) for i in range(top.childCount())]
    assert "未使用的列：备注" in texts
    preview.mapping_button.click()
    qtbot.waitUntil(lambda: bool(_found(preview, QDialog, "columnMappingDialog")), timeout=5000)
    [chooser] = _found(preview, QDialog, "columnMappingDialog")
    [note] = chooser.findChildren(QLabel, "unusedColumns")
    assert "备注" in note.text()
    box = chooser.boxes["deviation_reason"]
    index = box.findData(12)
    assert box.itemText(index) == "13. 备注（未使用）"
    chooser.reject()
    preview.reject()


def test_pdf_import_through_the_window(qtbot, window, tmp_path):
    from desktop.cli import main
    from tests.test_import_layouts import write_sichuan_xlsx

    xlsx, db, pdf = tmp_path / "s.xlsx", tmp_path / "other.db", tmp_path / "目标表.pdf"
    write_sichuan_xlsx(xlsx)
    assert main(["import", str(xlsx), "--db", str(db), "--year", "2022"]) == 0
    assert main(["report", "targets", "--out", str(pdf), "--db", str(db), "--year", "2022"]) == 0
    window.import_targets([str(pdf)])
    qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=30000)
    [preview] = _found(window, QDialog, "importPreviewDialog")
    assert preview.mapping_button.isVisible()  # a PDF's header can be corrected like a workbook's
    preview.accept()
    qtbot.waitUntil(lambda: _counts(window.store) == (2, 13), timeout=30000)


def test_the_year_a_table_names_in_its_title_is_offered(qtbot, window, seed_path, monkeypatch):
    """Seed 000 says 2022年 in its title; the window shows 2025 (an empty store's default): the
    preview offers 2022 and says where it came from, as `perfdesk import` does."""
    monkeypatch.setattr(MainWindow, "year", property(lambda self: 2025))
    window.import_targets([str(seed_path("000_42afa216e8045207"))])
    qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=20000)
    [dialog] = _found(window, QDialog, "importPreviewDialog")
    assert dialog.year_box.value() == 2022
    assert dialog.year_note.text() == "（取自表名）" and not dialog.year_note.isHidden()
    dialog.year_box.setValue(2023)  # the officer's choice: the note no longer applies
    assert dialog.year_note.isHidden()
    dialog.reject()


def test_without_a_year_in_the_title_the_windows_year_is_offered(qtbot, window, seed_path):
    window.import_targets([str(seed_path("001_fef803051986e1a1"))])  # its title names no year
    qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=20000)
    [dialog] = _found(window, QDialog, "importPreviewDialog")
    assert dialog.year_box.value() == window.year == 2022
    assert dialog.year_note.text() == ""
    dialog.reject()


def test_files_that_bring_the_same_projects_are_named_before_anything_is_written(qtbot, window, seed_path):
    """Seeds 000 and 002 both hold 广州市科学技术协会's 科普经费 and 8 more: the preview names them
    and OK stays off (the write would refuse them: which version is right cannot be guessed)."""
    window.import_targets([str(seed_path("000_42afa216e8045207")), str(seed_path("002_ab6e064b63c97b02"))])
    qtbot.waitUntil(lambda: bool(_found(window, QDialog, "importPreviewDialog")), timeout=20000)
    [dialog] = _found(window, QDialog, "importPreviewDialog")
    tops = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    [repeated] = [t for t in tops if t.text(0).startswith("这些文件中有 9 个项目重复出现")]
    rows = [repeated.child(i) for i in range(repeated.childCount())]
    assert "广州市科学技术协会 / 科普经费" in [r.text(0) for r in rows]
    assert rows[0].text(5) == "000_42afa216e8045207.txt、002_ab6e064b63c97b02.txt"
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
    assert _counts(window.store) == (0, 0)
