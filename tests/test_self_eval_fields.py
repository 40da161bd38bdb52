"""Issue 11 · 1–2: every field of the 自评表 is entered in the 项目 grid, kept, and printed;
the 年度资金总额 row is compared with its 其中 rows."""

from __future__ import annotations

from decimal import Decimal

import pytest
from grids_data import YEAR, fill
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop.models import BudgetExecution, Project, open_store
from desktop.operations.report_data import self_eval_figures
from desktop.reports.build import self_eval_forms
from desktop.views.grids.base import COMPUTED_BRUSH, ERROR_BRUSH
from desktop.views.workspace import Workspace


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "fields.db") as store:
        store.ids = fill(store)
        yield store


@pytest.fixture
def workspace(qtbot, store):
    workspace = Workspace(store, QUndoStack())
    qtbot.addWidget(workspace)
    workspace.resize(1400, 700)
    workspace.show()
    workspace.set_year(YEAR)
    workspace.show_tab(workspace.projects)
    return workspace


def _cell(model, row, key):
    return model.index(row, model.column_of(key))


def _type(qtbot, view, index, text):
    view.setFocus()
    view.setCurrentIndex(index)
    view.scrollTo(index)
    qtbot.keyClicks(view, text[0])
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)


def test_fund_rows_and_goal_achieved_are_typed_kept_and_printed(qtbot, workspace, store):
    model, view = workspace.projects.model, workspace.projects.view
    row = model.row_of(store.ids["science"])
    for key, text in (("fiscal_budget_initial", "80"), ("fiscal_budget_adjusted", "80"), ("fiscal_spent", "76"),
                      ("carryover_budget_initial", "20"), ("carryover_budget_adjusted", "15"),
                      ("carryover_spent", "14"), ("other_budget_adjusted", "5"), ("other_spent", "5")):
        _type(qtbot, view, _cell(model, row, key), text)
    view.setCurrentIndex(_cell(model, row, "goal_actual"))
    assert view.paste("全年开展科普活动45次，覆盖15万人次。")
    assert _cell(model, row, "fiscal_budget_initial").data() == "80.00"
    assert _cell(model, row, "goal_actual").data() == "全年开展科普活动45次，覆盖15万人次。"
    with store.session() as session:
        rows = {b.fund_source: b for b in session.query(BudgetExecution).filter_by(project_id=store.ids["science"])}
        assert (rows["carryover"].budget_initial, rows["carryover"].budget_adjusted, rows["carryover"].spent) == (
            Decimal(20), Decimal(15), Decimal(14))
        assert rows["total"].spent == Decimal(95)  # the total row keeps its own figures
        assert session.get(Project, store.ids["science"]).goal_actual.startswith("全年开展")
        [form] = self_eval_forms(self_eval_figures(session, YEAR, "科普专项"))
    funds = {f.label: f for f in form.funds}
    assert [f.label for f in form.funds][0] == "年度资金总额"
    fiscal = next(f for label, f in funds.items() if "当年财政拨款" in label)
    carry = next(f for label, f in funds.items() if "上年结转资金" in label)
    assert (fiscal.budget_initial, fiscal.budget_adjusted, fiscal.spent) == (Decimal(80), Decimal(80), Decimal(76))
    assert fiscal.rate == Decimal("0.95")
    assert (carry.budget_initial, carry.spent) == (Decimal(20), Decimal(14))
    assert form.goal_actual == "全年开展科普活动45次，覆盖15万人次。"

    # 年度资金总额 is worked out from its 其中 rows: 100 / 100 / 95, grey and read only
    total = _cell(model, row, "budget_initial")
    assert total.data() == "100.00" and total.data(Qt.ItemDataRole.BackgroundRole) == COMPUTED_BRUSH
    assert not total.flags() & Qt.ItemFlag.ItemIsEditable
    _type(qtbot, view, _cell(model, row, "other_budget_initial"), "3")
    assert total.data() == "103.00"
    with store.session() as session:
        assert session.query(BudgetExecution).filter_by(
            project_id=store.ids["science"], fund_source="total").one().budget_initial == Decimal(103)
    workspace.undo_stack.undo()  # the part and its total in one step
    assert total.data() == "100.00"
    assert _cell(model, row, "other_budget_initial").data() == ""


def test_a_stated_total_that_differs_from_its_fund_rows_is_flagged(qtbot, workspace, store):
    with store.session() as session:  # as a year-end workbook stated them
        session.add(BudgetExecution(project_id=store.ids["science"], fund_source="fiscal", spent=Decimal(90)))
    workspace.set_year(YEAR)
    workspace.show_tab(workspace.projects)
    model = workspace.projects.model
    total = _cell(model, model.row_of(store.ids["science"]), "spent")
    assert total.data() == "95.00"
    assert total.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "95.00 ≠ 当年财政拨款 + 上年结转资金 + 其他资金 = 90.00" in total.data(Qt.ItemDataRole.ToolTipRole)


def test_money_shows_two_decimals_and_thousands_everywhere(qtbot, workspace, store):
    model, view = workspace.projects.model, workspace.projects.view
    row = model.row_of(store.ids["science"])
    _type(qtbot, view, _cell(model, row, "budget_adjusted"), "37331.7249")
    assert _cell(model, row, "budget_adjusted").data() == "37,331.72"
    assert _cell(model, row, "total").data() == "100.00"
    assert _cell(model, row, "execution").data().endswith("%")


def test_negative_money_is_coloured_and_listed_in_checks(qtbot, workspace, store):
    model, view = workspace.projects.model, workspace.projects.view
    row = model.row_of(store.ids["science"])
    _type(qtbot, view, _cell(model, row, "budget_initial"), "-5")
    cell = _cell(model, row, "budget_initial")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "负数" in cell.data(Qt.ItemDataRole.ToolTipRole)
    workspace.show_tab(workspace.checks)
    qtbot.waitUntil(lambda: not workspace.checks.busy, timeout=20000)  # computed off the UI thread
    texts = [workspace.checks.model.index(r, c).data() for r in range(workspace.checks.model.rowCount())
             for c in range(workspace.checks.model.columnCount())]
    assert any("年初预算数 -5.00 为负数" in (t or "") for t in texts)


def test_table3_project_scores_basis_is_an_average_of_scored_projects(qtbot, workspace, store):
    from desktop.models import Unit

    with store.session() as session:  # a fourth project with nothing recorded yet
        unit = session.get(Unit, store.ids["other"])
        session.add(Project(year=YEAR, name="新建项目", sort_order=5, unit=unit))
    workspace.set_year(YEAR)
    workspace.show_tab(workspace.department)
    qtbot.waitUntil(lambda: not workspace.department.busy, timeout=20000)  # computed off the UI thread
    model = workspace.department.model
    item = model.find("专项资金绩效完成情况")
    basis = item.siblingAtColumn(model.columns.index(next(c for c in model.columns if c.key == "basis"))).data()
    from desktop.operations.scoring import score_year

    with store.session() as session:
        scores = score_year(session, YEAR)
    totals = [p.total for p in scores.projects if p.name != "新建项目"]
    mean = sum(totals, Decimal(0)) / len(totals)
    assert "%" not in basis
    assert f"{mean.quantize(Decimal('0.01'))}" in basis and ("(1 not scored" in basis or "1 个未评分" in basis)
    [found] = [i for i in scores.department.items if i.name == "专项资金绩效完成情况"]
    assert found.left_out == 1 and found.basis == mean
    assert found.score == (Decimal(20) * min(mean / 90, Decimal(1)))


def test_qualitative_below_met_needs_a_reason_and_weights_must_add_up(qtbot, workspace, store):
    workspace.set_project(store.ids["science"])
    model, view = workspace.indicators.model, workspace.indicators.view
    row = next(i for i, r in enumerate(model.rows) if r.name == "公众科学素质")  # 有效提升: 定性
    view.setCurrentIndex(_cell(model, row, "qualitative_tier"))
    assert view.paste("2")
    reason = _cell(model, row, "deviation_reason")
    assert reason.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert "定性指标评为“部分达成年度指标”，须填写偏差原因" in reason.data(Qt.ItemDataRole.ToolTipRole)
    workspace.show_tab(workspace.checks)
    qtbot.waitUntil(lambda: not workspace.checks.busy, timeout=20000)  # computed off the UI thread
    messages = [(r.severity, r.message) for r in workspace.checks.model.rows]
    assert ("error", "公众科学素质: 定性指标评为“部分达成年度指标”，须填写偏差原因") in messages
    assert [s for s, _ in messages] == sorted((s for s, _ in messages), key=["error", "warning", "info"].index)
    workspace.show_tab(workspace.indicators)
    view.setCurrentIndex(reason)
    assert view.paste("宣传覆盖面不足，明年增加进社区活动")
    assert reason.data(Qt.ItemDataRole.BackgroundRole) is None
    # 产出 weights 25 + 25 against the level's 50: raise one and both weights turn red
    weight = _cell(model, 0, "weight")
    assert weight.data(Qt.ItemDataRole.BackgroundRole) is None
    view.setCurrentIndex(weight)
    assert view.paste("30")
    assert weight.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert _cell(model, 1, "weight").data(Qt.ItemDataRole.BackgroundRole) is not None
    assert weight.data() == "30.00"


def test_the_colour_legend_names_every_colour(qtbot, workspace):
    from desktop.views.grids.base import COMPUTED_BRUSH, ERROR_BRUSH, WARNING_BRUSH

    legend = workspace.legend
    assert legend.isVisible()
    colours = [c for c, _ in legend.entries]
    for brush in (ERROR_BRUSH, WARNING_BRUSH, COMPUTED_BRUSH):
        assert brush.color().name() in colours
    assert all(text for _, text in legend.entries)


def test_an_empty_level_is_named_in_plain_words(qtbot, workspace):
    workspace.show_tab(workspace.checks)
    qtbot.waitUntil(lambda: not workspace.checks.busy, timeout=20000)  # computed off the UI thread
    messages = [r.message for r in workspace.checks.model.rows if r.project == "场馆运行"]
    assert "满意度指标下没有任何绩效指标，该级的 10.00 分无处分配" in messages
    assert not any("指标没有指标" in m for m in messages)
