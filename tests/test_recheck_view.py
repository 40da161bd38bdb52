"""文件 → 复核自评表…: the findings beside the imported form, the 复核意见 saved, errors as one sentence."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from self_eval_books import slips_forms, write_book

from desktop.models import open_store
from desktop.views.main_window import MainWindow
from desktop.views.recheck_view import SLIP, open_recheck


@pytest.fixture
def window(qtbot, tmp_path):
    store = open_store(tmp_path / "r.db")
    window = MainWindow(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    yield window
    store.close()


def test_file_menu_offers_the_recheck(window):
    names = [a.objectName() for a in window.file_menu.actions()]
    assert "recheckSelfEvalAction" in names
    assert names.index("recheckSelfEvalAction") == 1  # right after 导入目标表…


def test_findings_show_beside_the_form_and_the_opinion_is_saved(qtbot, window, tmp_path):
    path = write_book(tmp_path / "自评表.xlsx", slips_forms())
    dialog = open_recheck(window, str(path))
    qtbot.waitUntil(lambda: bool(dialog.checks), timeout=20000)
    findings = dialog.findings_table
    assert findings.rowCount() == 16
    rows = [[findings.item(r, c).text() for c in range(4)] for r in range(findings.rowCount())]
    assert ["环境监测", "数据有效率", "9.00", "9.80"] in rows
    form = dialog.form_table
    slips = [form.item(r, 1).text() for r in range(form.rowCount()) if form.item(r, 1).background().color() == SLIP]
    assert {"巡护里程", "数据有效率", "维修资金支付进度"} <= set(slips)
    assert "工程验收合格率" not in slips  # a sound row is not marked
    findings.selectRow(rows.index(["环境监测", "数据有效率", "9.00", "9.80"]))
    picked = form.selectionModel().selectedRows()[0].row()
    assert form.item(picked, 1).text() == "数据有效率" and form.item(picked, 2).text() == "9.00"
    assert "16" in dialog.summary.text() and "财预〔2020〕10号" in dialog.summary.text()
    out = dialog.save_opinion(".xlsx", str(tmp_path / "意见.xlsx"))
    cells = [c for row in load_workbook(out).active.iter_rows(values_only=True) for c in row if c]
    assert "数据有效率" in cells
    # another scheme re-runs the check: under 年初预算数 the empty total row is worth 6.56
    dialog.checks = []
    dialog.scheme_box.setCurrentIndex(dialog.scheme_box.findData("budget-initial"))
    qtbot.waitUntil(lambda: bool(dialog.checks), timeout=20000)
    rows = [[findings.item(r, c).text() for c in range(4)] for r in range(findings.rowCount())]
    assert ["农村饮水安全", "预算执行得分", "0.00", "6.56"] in rows


def test_a_broken_workbook_is_one_sentence(qtbot, window, tmp_path):
    path = tmp_path / "坏.xlsx"
    path.write_bytes(b"PK\x03\x04 broken")
    dialog = open_recheck(window, str(path))
    qtbot.waitUntil(lambda: bool(dialog.findChildren(QMessageBox, "recheckError")), timeout=20000)
    [box] = dialog.findChildren(QMessageBox, "recheckError")
    assert box.text().startswith("无法导入“坏.xlsx”") and "Traceback" not in box.text()
    box.close()


def test_the_checked_forms_import_into_the_window_store(qtbot, window, tmp_path):
    from sqlalchemy import select

    from desktop.models import Project
    from desktop.models.entities import PrintedFigure

    path = write_book(tmp_path / "自评表.xlsx", slips_forms())
    dialog = open_recheck(window, str(path))
    qtbot.waitUntil(lambda: bool(dialog.checks), timeout=20000)
    assert dialog.import_button.isEnabled()
    dialog.import_forms()
    qtbot.waitUntil(lambda: "新增 6 个项目" in dialog.summary.text(), timeout=20000)
    with window.store.session() as s:
        assert len(s.scalars(select(Project)).all()) == 6
        assert s.scalar(select(PrintedFigure.value).join(Project).where(
            Project.name == "环境监测", PrintedFigure.item == "total_score")) == 98
    assert window.year_box.findText("2022") >= 0  # the window shows the imported year


def test_without_a_store_there_is_no_import_button(qtbot, tmp_path):
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = open_recheck(parent, str(write_book(tmp_path / "b.xlsx", slips_forms()[:1])))
    qtbot.waitUntil(lambda: bool(dialog.checks), timeout=20000)
    assert dialog.import_button.isHidden() and not dialog.pdf_button.isHidden()
