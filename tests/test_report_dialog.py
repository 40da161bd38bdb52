"""报表 menu → form and scope → built off the UI thread → preview pages, or an Excel file."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from desktop.models import BudgetExecution, Department, Indicator, Project, Unit, open_store
from desktop.views.main_window import MainWindow


@pytest.fixture
def window(qtbot, tmp_path):
    store = open_store(tmp_path / "forms.db")
    with store.session() as session:
        department = Department(name="广州市科学技术协会")
        unit = Unit(name="市科协本级", department=department)
        for order, name in enumerate(["科普专项", "学术交流"]):
            project = Project(year=2022, name=name, sort_order=order, total=D("100"), fiscal=D("100"))
            project.budget_executions.append(
                BudgetExecution(fund_source="total", budget_initial=D("100"), budget_adjusted=D("100"), spent=D("96.79"))
            )
            project.indicators.append(
                Indicator(level1="产出指标", level2="数量指标", name="科普活动次数", annual_target="不少于1000次", actual="1061次")
            )
            unit.projects.append(project)
        session.add(department)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", 2022)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    yield window
    store.close()


def test_reports_menu_lists_every_form(window):
    names = [a.objectName() for a in window.reports_menu.actions() if a.objectName().startswith("report_")]
    assert names == [f"report_{k}" for k in ("self-eval", "targets", "dept-score", "dept-completion", "budget", "monthly")]


def test_self_evaluation_of_the_chosen_project_previews(qtbot, window, tmp_path):
    unit = window.tree_model.item(0)
    window.tree.setCurrentIndex(unit.child(1).index())
    dialog = window.open_reports("self-eval")
    assert dialog.scope_box.currentData() == "学术交流"
    dialog.signature_edits["filler"].setText("张三")
    dialog.generate(tmp_path / "one.pdf")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.preview.page_count == 1
    assert window.settings.value("signature/filler") == "张三"  # remembered for next time


def test_whole_year_to_excel(qtbot, window, tmp_path):
    dialog = window.open_reports("self-eval")
    assert dialog.scope_box.currentData() is None  # no project chosen: the whole year
    out = tmp_path / "year.xlsx"
    dialog.generate(out)
    qtbot.waitUntil(lambda: dialog.last_output == out, timeout=20000)
    assert len(load_workbook(out).sheetnames) == 2  # one 自评表 per project


def test_save_proposes_the_project_name_remembers_the_folder_and_confirms(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    unit = window.tree_model.item(0)
    window.tree.setCurrentIndex(unit.child(1).index())
    dialog = window.open_reports("self-eval")
    dialog.generate(dialog._temp_pdf())
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    proposed = []
    chosen = tmp_path / "filed"
    chosen.mkdir()

    def save_dialog(parent, title, start, filters):
        proposed.append(start)
        return str(chosen / "学术交流-自评表-2022.pdf"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    saved = dialog.preview.save_as()
    assert proposed[0].endswith("学术交流-自评表-2022.pdf")
    assert saved == chosen / "学术交流-自评表-2022.pdf" and saved.exists()
    assert str(chosen) in dialog.preview.saved_message.text()  # says where the file went
    assert dialog.preview.saved_message.isVisible()
    # the next save dialog opens in the folder used last
    other = window.open_reports("self-eval")
    other.scope_box.setCurrentIndex(other.scope_box.count() - 1)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_dialog))
    other._export_excel()
    assert proposed[1] == str(chosen / "自评表-2022.xlsx")


def test_one_pdf_per_project_into_a_folder(qtbot, window, tmp_path):
    from pypdf import PdfReader

    dialog = window.open_reports("self-eval")
    folder = tmp_path / "batch"
    folder.mkdir()
    dialog.save_each_project(str(folder))
    qtbot.waitUntil(lambda: len(dialog.last_written) == 2, timeout=20000)
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["学术交流-自评表-2022.pdf", "科普专项-自评表-2022.pdf"]
    for path in folder.iterdir():
        text = PdfReader(path).pages[0].extract_text()
        assert path.name.split("-")[0] in text
    assert str(folder) in dialog.findChild(QMessageBox, "savedMessage").text()
