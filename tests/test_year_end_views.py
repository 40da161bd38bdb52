"""The year-end entries of the window: roll over, fill-in workbooks, year over year, charts, report draft."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from docx import Document
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from seed003_store import build_seed003
from sqlalchemy import select

from desktop.models import Indicator, open_store
from desktop.views import year_end
from desktop.views.i18n import install_translators
from desktop.views.main_window import MainWindow


@pytest.fixture
def chinese(qapp):
    translators = install_translators(qapp, "zh_CN")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def window(qtbot, tmp_path, chinese):
    store = open_store(build_seed003(tmp_path / "office.db"))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", 2022)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    yield window
    store.close()


def _pick_project(window):
    unit = window.tree_model.item(0)
    window.tree.setCurrentIndex(unit.child(0).index())


def test_menus_carry_the_year_end_entries_in_chinese(window):
    texts = {a.objectName(): a.text() for m in (window.file_menu, window.view_menu, window.reports_menu)
             for a in m.actions()}
    assert texts["yearEnd_rollover"] == "新建下一年度(&N)…"
    assert texts["yearEnd_fillin_make"] == "生成填报表(&M)…"
    assert texts["yearEnd_fillin_read"] == "导入填报表(&R)…"
    assert texts["yearEnd_year_over_year"] == "与上年对比(&L)…"
    assert texts["yearEnd_charts"] == "图表(&H)…"
    assert texts["yearEnd_narrative"] == "自评报告草稿（.docx）…"
    assert texts["yearEnd_charts_file"] == "图表（PDF 或 Excel）…"


def test_rollover_then_compare_with_last_year(qtbot, window):
    dialog = year_end.start_rollover(window)
    assert "从 2022 年度复制到 2023 年度" in dialog.text.toPlainText()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: window.year == 2023, timeout=20000)
    assert window.tree_model.item(0).child(0).text() == "二、项目支出"
    _pick_project(window)
    compare = year_end.open_year_over_year(window)
    table = compare.table
    assert table.rowCount() == 4 and table.item(1, 0).text() == "科普受益人次"
    assert table.item(1, 7).text() == "超2100万人次" and table.item(1, 3).text() == ""  # last year's actual only
    assert "2022：97.26" in compare.summary.text()


def test_fillin_round_trip_from_the_window(qtbot, window, tmp_path):
    out = tmp_path / "books"
    year_end.make_fillin_workbooks(window, str(out))
    qtbot.waitUntil(lambda: "已生成 1 份填报表" in window.statusBar().currentMessage(), timeout=20000)
    [book] = out.glob("*.xlsx")
    wb = load_workbook(book)
    ws = wb["绩效指标"]
    ws.cell(3, 7).value = "2300万人次"
    wb.save(book)
    year_end.read_fillin_workbooks(window, [str(book)])
    qtbot.waitUntil(lambda: getattr(window, "fillin_preview", None) is not None, timeout=20000)
    preview = window.fillin_preview
    assert "科普受益人次 · 实际完成值：超2100万人次 → 2300万人次" in preview.text.toPlainText()
    preview.accept()
    def written():
        with window.store.session() as session:
            return session.scalar(select(Indicator.actual).where(Indicator.name == "科普受益人次")) == "2300万人次"
    qtbot.waitUntil(written, timeout=20000)


def test_charts_dialog_and_report_draft(qtbot, window, tmp_path):
    _pick_project(window)
    year_end.open_charts(window)
    qtbot.waitUntil(lambda: getattr(window, "charts_dialog", None) is not None, timeout=30000)
    dialog = window.charts_dialog
    keys = [w.chart.key for w in dialog.widgets]
    assert keys == ["distribution", "grades", "monthly", "table3", "completion:二、项目支出", "scores:二、项目支出"]
    dialog.show()
    image = dialog.widgets[2].grab().toImage()
    assert image.width() > 300 and image.pixelColor(image.width() // 2, image.height() // 2).isValid()
    path = tmp_path / "draft.docx"
    year_end.write_narrative_draft(window, str(path))
    qtbot.waitUntil(path.exists, timeout=30000)
    text = "\n".join(p.text for p in Document(str(path)).paragraphs)
    assert "全年预算执行率为96.79%，得分4.84分" in text and str(D("97.79")) in text
    pdf = tmp_path / "charts.pdf"
    year_end.write_charts_file(window, str(pdf))
    qtbot.waitUntil(lambda: "已写入 6 张图表" in window.statusBar().currentMessage(), timeout=30000)
    assert pdf.stat().st_size > 1000


def test_a_published_reports_statements_checked_from_the_window(qtbot, window, seed_path):
    year_end.check_published_report(window, str(seed_path("003_83b62fd26cda6339")))
    qtbot.waitUntil(lambda: getattr(window, "statements_dialog", None) is not None, timeout=30000)
    dialog = window.statements_dialog
    assert "003_83b62fd26cda6339.txt：数据与 5 处陈述不符。" in dialog.findChild(QLabel, "statementsSummary").text()
    assert "部门整体自评得分报告为 95.64，按数据应为 97.79" in dialog.text.toPlainText()
