"""PERFDESK_LANG=en: the window is English everywhere (issue 16); the default Chinese as before.

The window is opened on seed 003 with a few indicators that break rules, every tab is visited and
every text the officer reads is collected: widgets, menus, headers, cells and their tooltips, the
检查 lines, the error line. What the officer typed or imported (names, targets, reasons: every
string stored in the database) is Chinese whatever the language and is taken out first; what is
left must hold no Chinese character.
"""

from __future__ import annotations

import re
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)
from seed003_store import build_seed003
from sqlalchemy import select

from desktop.domain.cell_values import LEVEL1_CLASSES
from desktop.domain.targets import parse_cached
from desktop.models import Base, Indicator, Project, open_store
from desktop.operations.cells import edit_cells
from desktop.operations.changes import CellEdit
from desktop.operations.conflicts import EditError
from desktop.operations.transaction import run
from desktop.views.i18n import install_translators
from desktop.views.main_window import MainWindow

CJK = re.compile(r"[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]")  # ideographs, full-width forms, 。、「」
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)

# Indicators that put a sentence of each kind in the cells and in 检查.
BROKEN = [  # (一级, 二级, 三级, 年度指标值, 实际完成值, 偏差原因)
    ("产出指标", "数量指标", "培训班期数", "≥10期", "8期", ""),  # not met, no reason
    ("产出指标", "质量指标", "场馆开放天数", "≥300天", "", ""),  # no actual
    ("产出指标", "时效指标", "活动参与人次", "≥10人次", "10个", ""),  # units differ
    ("产出指标", "数量指标", "展板与手册", "展板10块、手册2000册", "", ""),  # several numbers
]


class _English(QTranslator):
    """Every source text as it is: wins over a Chinese translator another test left installed."""

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002 - Qt's signature
        return source


@pytest.fixture
def english(qapp, monkeypatch):
    monkeypatch.setenv("PERFDESK_LANG", "en")
    translator = _English()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def store(tmp_path):
    store = open_store(build_seed003(tmp_path / "office.db"))
    with store.session() as session:
        project = session.scalars(select(Project)).first()
        project.special = D("-5")  # negative, and 总计 ≠ the sum of its parts
        for order, (l1, l2, name, target, actual, reason) in enumerate(BROKEN, start=100):
            session.add(Indicator(project=project, sort_order=order, level1=l1, level2=l2, name=name,
                                  annual_target=target, actual=actual or None, deviation_reason=reason))
    yield store
    store.close()


def _window(qtbot, store, tmp_path) -> tuple[MainWindow, list[str]]:
    """The window with the first project open, and the texts read on each tab in turn."""
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue("year", 2022)
    window = MainWindow(store, settings)
    qtbot.addWidget(window)
    window.show()
    unit = window.tree_model.item(0)
    window.tree.setCurrentIndex(unit.child(0).index())
    workspace = window.workspace
    workspace.checks.show_todo.setChecked(True)
    texts = []
    for i in range(workspace.tabs.count()):
        workspace.tabs.setCurrentIndex(i)
        qtbot.wait(1)
        texts += _window_texts(window)
    return window, texts


def _model_texts(model, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    texts = []
    for column in range(model.columnCount(parent)):
        for role in ROLES:
            texts.append(model.headerData(column, Qt.Orientation.Horizontal, role))
    for row in range(model.rowCount(parent)):
        for column in range(model.columnCount(parent)):
            index = model.index(row, column, parent)
            texts += [model.data(index, role) for role in ROLES]
            if column == 0 and model.rowCount(index) > 0:
                texts += _model_texts(model, index)
    return texts


def _menu_texts(menu) -> list[str]:
    texts = []
    for action in menu.actions():
        texts += [action.text(), action.toolTip(), action.statusTip()]
        if action.menu() is not None:
            texts += _menu_texts(action.menu())
    return texts


def _window_texts(window) -> list[str]:
    texts = [window.windowTitle(), window.statusBar().currentMessage()]
    texts += _menu_texts(window.menuBar())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):  # pages not shown (the start page, other tabs)
            continue
        texts.append(widget.toolTip())
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())] + [widget.tabToolTip(i)
                                                                          for i in range(widget.count())]
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            texts += _model_texts(widget.model())
    return [t for t in texts if isinstance(t, str) and t]


def _stored_strings(store) -> list[str]:
    """Every string the database holds (what the officer typed or imported) and the units read in
    them, with the indicator classes the cells take (the forms' words), longest first."""
    found = {"万"}  # a number as typed: 1500万人次
    with store.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            for row in connection.execute(table.select()):
                found.update(v.strip() for v in row if isinstance(v, str) and v.strip())
    found.update(parse_cached(v, "").unit for v in list(found))
    found.update(LEVEL1_CLASSES)
    found.update(name for _code, pairs in LEVEL1_CLASSES.values() for _c, name in pairs)
    return sorted((v for v in found if v), key=len, reverse=True)


def _not_data(texts: list[str], data: list[str]) -> list[str]:
    left = []
    for text in texts:
        for value in data:
            text = text.replace(value, "")
        if CJK.search(text):
            left.append(text)
    return sorted(set(left))


def _error_line(window, store) -> str:
    with store.session() as session:
        indicator = session.scalars(select(Indicator).where(Indicator.name == BROKEN[0][2])).one()
    with pytest.raises(EditError) as info:
        run(store, edit_cells, [CellEdit("indicator", indicator.id, "weight", "abc")])
    window.workspace.show_error(str(info.value))
    return window.workspace.message.text()


def test_the_english_window_has_no_chinese_but_the_data(qtbot, english, store, tmp_path):
    window, texts = _window(qtbot, store, tmp_path)
    error = _error_line(window, store)
    assert error == "Weight: “abc” is not a number; nothing was changed."
    texts += _window_texts(window)
    qtbot.waitUntil(lambda: window.workspace.checks.model.rowCount() > 0, timeout=20000)  # checked off the UI thread
    checks = [t for t in _model_texts(window.workspace.checks.model) if t]
    assert any("培训班期数: the annual target is not met; the deviation reason must be filled in" in t
               for t in checks), checks
    assert any("The annual target holds several numbers" in t for t in checks)
    left = _not_data(texts, _stored_strings(store))
    assert left == [], "\n".join(left)


def test_the_chinese_window_says_the_same_in_chinese(qtbot, store, tmp_path, qapp):
    translators = install_translators(qapp, "zh_CN")
    try:
        window, _texts = _window(qtbot, store, tmp_path)
        assert _error_line(window, store) == "分值：“abc”不是数字，未作任何修改。"
        qtbot.waitUntil(lambda: window.workspace.checks.model.rowCount() > 0, timeout=20000)
        checks = [t for t in _model_texts(window.workspace.checks.model) if t]
        assert any("培训班期数: 未完成年度指标，须填写偏差原因" in t for t in checks), checks
        assert any("年度指标值含多个数值：请拆分为多个指标，或标为定性" in t for t in checks)
        assert any("财政专户拨款 -5.00 为负数" in t for t in checks)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def _scheme_words(year: int) -> list[str]:
    """The names the year's scheme files give (scheme, levels, tiers, 表3 items): Chinese documents,
    shown as written whatever the UI language."""
    from desktop.domain.department import department_scheme_for_year
    from desktop.domain.schemes import scheme_for_year

    scheme, dept = scheme_for_year(year), department_scheme_for_year(year)
    words = [scheme.name, dept.name, *scheme.levels, *(band.name for band in scheme.bands)]
    words += [w for item in dept.items for w in (item.level1, item.level2, item.name)]
    return sorted(set(words), key=len, reverse=True)


def test_the_english_scoring_rules(qtbot, english, store):
    from desktop.views.rules_dialog import RulesDialog

    dialog = RulesDialog(2022)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Budget execution: weight 10.00" in text and "Grades: Excellent ≥ 90.00" in text
    left = _not_data(text.splitlines(), _scheme_words(2022) + _stored_strings(store))
    assert left == [], "\n".join(left)


def _conflict(at):
    from desktop.operations.changes import CellEdit
    from desktop.operations.conflicts import Conflict

    return Conflict(CellEdit("indicator", 1, "weight", "6", "Row 3 «Weight»"), D("6"), D("5"), D("4"),
                    "张三", "PC-1", at, "Row 3 «Weight»")


def test_a_conflict_said_in_english_and_in_chinese(monkeypatch):
    from datetime import datetime

    at = datetime(2026, 1, 2, 3, 4, 5)
    monkeypatch.setenv("PERFDESK_LANG", "en")
    assert _conflict(at).sentence() == ("Row 3 «Weight» was changed to “5” by 张三 (PC-1) at 2026-01-02 03:04:05; "
                                        "your “6” was not saved.")
    assert _conflict(None).sentence() == "Row 3 «Weight» was changed to “5” by 张三 (PC-1); your “6” was not saved."
    monkeypatch.setenv("PERFDESK_LANG", "zh_CN")
    assert _conflict(at).sentence() == "Row 3 «Weight»已被张三（PC-1）于 2026-01-02 03:04:05 改为“5”，您的“6”未保存。"


def test_the_english_recheck_findings(qtbot, english, tmp_path):
    from self_eval_books import slips_forms, write_book

    from desktop.views.recheck_view import open_recheck

    store = open_store(tmp_path / "r.db")
    try:
        window = MainWindow(store, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        qtbot.addWidget(window)
        dialog = open_recheck(window, str(write_book(tmp_path / "book.xlsx", slips_forms())))
        qtbot.waitUntil(lambda: bool(dialog.checks), timeout=20000)
        table = dialog.findings_table
        texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
        assert "Arithmetic error" in texts and "Budget execution score" in texts
        assert any(t.startswith("full-year spending ") for t in texts)
        data = {form.name for form in dialog.book.forms} | {check.scheme_name for check in dialog.checks}
        data |= {form.amount_unit for form in dialog.book.forms}  # 元 / 万元 as the form prints
        for form in dialog.book.forms:
            for ind in form.indicators:
                data |= {ind.name, ind.target, ind.actual, ind.level1, ind.level2}
                data |= {parse_cached(ind.target, "").unit, parse_cached(ind.actual, "").unit}
        left = _not_data(texts, sorted((d for d in data if d), key=len, reverse=True) + ["万"])
        assert left == [], "\n".join(left)
    finally:
        store.close()
