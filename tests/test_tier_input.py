"""A 定性档次 cell takes back what it shows: "1 达成年度指标" typed or pasted is tier 1, in the grid too."""

from __future__ import annotations

import pytest
import test_grids_indicators as _grid_tests
from PySide6.QtCore import Qt

from desktop.domain.cell_values import to_tier
from desktop.domain.schemes import project_schemes
from desktop.domain.scoring import QUALITATIVE_TIERS
from desktop.i18n import LANGUAGE_VARIABLE
from desktop.messages import render
from desktop.models import Indicator
from desktop.operations.evaluate import tier_label

LANGUAGES = ["zh_CN", "en"]
SCHEMES = project_schemes()


@pytest.fixture(params=LANGUAGES)
def lang(request, monkeypatch):
    monkeypatch.setenv(LANGUAGE_VARIABLE, request.param)
    return request.param


def _shown(tier: int) -> str:
    """The text of a 定性档次 cell, built as the indicators grid builds it."""
    return f"{tier} {tier_label(tier)}"


@pytest.mark.parametrize("tier", sorted(QUALITATIVE_TIERS))
def test_what_the_cell_shows_is_read_back_as_its_tier(lang, tier):
    shown = _shown(tier)
    assert shown != str(tier)  # the label is there
    assert to_tier(shown) == tier
    assert to_tier(tier_label(tier)) == tier  # the label alone


@pytest.mark.parametrize("tier", sorted(QUALITATIVE_TIERS))
def test_a_cell_copied_in_one_language_is_read_in_the_other(monkeypatch, tier):
    monkeypatch.setenv(LANGUAGE_VARIABLE, "en")
    english = _shown(tier)
    monkeypatch.setenv(LANGUAGE_VARIABLE, "zh_CN")
    chinese = _shown(tier)
    assert to_tier(english) == tier
    monkeypatch.setenv(LANGUAGE_VARIABLE, "en")
    assert to_tier(chinese) == tier


@pytest.mark.parametrize("scheme", SCHEMES, ids=[s.id for s in SCHEMES])
def test_every_band_of_every_scheme_is_read_with_or_without_its_number(lang, scheme):
    assert scheme.bands
    by_label = {label: tier for tier, label in QUALITATIVE_TIERS.items()}
    for band in scheme.bands:
        tier = by_label[band.name]  # the store keeps a tier; its band is found by this name
        assert to_tier(band.name) == tier  # as the fill-in workbook's list writes it
        assert to_tier(f"{tier} {band.name}") == tier


@pytest.mark.parametrize(("typed", "tier"), [
    ("1", 1), ("2", 2), ("3", 3), (" 3 ", 3), (2, 2),
    ("达成", 1), ("部分达成", 2), ("未达成", 3),  # the short words the refusal offers
    ("1 达成", 1), ("2 部分达成", 2), ("3 未达成", 3),
    ("达成年度指标", 1), ("部分达成年度指标并具有一定效果", 2), ("未达成年度指标且效果较差", 3),
    ("１", 1), ("３", 3),  # full-width digits
    ("１　达成年度指标", 1), ("2\u3000\u3000部分达成年度指标并具有一定效果", 2), ("3\t未达成年度指标且效果较差", 3),
    (" 1  达成年度指标 ", 1),
    ("met", 1), ("Partly met", 2), ("3 not met", 3), ("1 met the annual target", 1),
    ("2 Partly met the annual target, with some effect", 2),
])
def test_numbers_labels_and_short_words_are_taken(lang, typed, tier):
    assert to_tier(typed) == tier


@pytest.mark.parametrize("typed", [
    "2 达成年度指标", "1 未达成", "3 达成",  # number and label name different tiers
    "4 达成年度指标", "0 达成", "4", "0", "²", "٣", "² 部分达成", "9" * 5000,
    "1达成年度指标", "达成 1", "1 2", "1 1", "1 达成年度", "达", "年度指标", "1 -", "一 达成", "1.0",
])
def test_anything_else_is_still_refused_with_the_same_message(lang, typed):
    with pytest.raises(ValueError) as caught:
        to_tier(typed)
    said = caught.value.args[0]
    assert said.code == "store.value.not_a_tier"
    assert "int()" not in render(said) and len(render(said)) < 200


# --- through the grid: a tier cell's text typed or pasted back ----------------------------------------


# the grid tests' store (tests/grids_data.fill) and workspace, on 科普专项
store = _grid_tests.store
workspace = _grid_tests.workspace

QUALITATIVE_ROW = 2  # 公众科学素质 · 有效提升: a 定性 indicator


def _stored_tier(store, ident):
    with store.session() as session:
        return session.get(Indicator, ident).qualitative_tier


@pytest.mark.parametrize("tier", sorted(QUALITATIVE_TIERS))
def test_the_grid_takes_back_the_text_of_its_tier_cell(qtbot, workspace, store, tier):
    model = workspace.indicators.model
    cell = model.index(QUALITATIVE_ROW, model.column_of("qualitative_tier"))
    assert model.setData(cell, str(tier))
    shown = cell.data()
    assert shown == _shown(tier)
    assert model.setData(cell, None)
    assert _stored_tier(store, model.rows[QUALITATIVE_ROW].id) is None
    assert model.setData(cell, shown), workspace.message.text()
    assert _stored_tier(store, model.rows[QUALITATIVE_ROW].id) == tier
    assert cell.data() == shown


@pytest.mark.parametrize("tier", sorted(QUALITATIVE_TIERS))
def test_pasting_a_copied_tier_cell_is_one_undo_step(qtbot, workspace, store, tier):
    grid = workspace.indicators
    view, model = grid.view, grid.model
    cell = model.index(QUALITATIVE_ROW, model.column_of("qualitative_tier"))
    other = 1 if tier != 1 else 3
    assert model.setData(cell, str(tier))
    shown = cell.data(Qt.ItemDataRole.DisplayRole)  # what the officer selects and copies
    assert model.setData(cell, str(other))
    before = workspace.undo_stack.count()
    view.setCurrentIndex(cell)
    assert view.paste(shown + "\n"), workspace.message.text()
    assert _stored_tier(store, model.rows[QUALITATIVE_ROW].id) == tier
    assert workspace.undo_stack.count() == before + 1
    assert cell.data() == shown
    workspace.undo_stack.undo()
    assert _stored_tier(store, model.rows[QUALITATIVE_ROW].id) == other


def test_a_tier_copied_from_an_excel_sheet_with_full_width_forms_is_pasted(qtbot, workspace, store):
    grid = workspace.indicators
    view, model = grid.view, grid.model
    cell = model.index(QUALITATIVE_ROW, model.column_of("qualitative_tier"))
    view.setCurrentIndex(cell)
    assert view.paste("２　部分达成年度指标并具有一定效果\r\n"), workspace.message.text()
    assert _stored_tier(store, model.rows[QUALITATIVE_ROW].id) == 2
    assert cell.data() == "2 部分达成年度指标并具有一定效果"


def test_a_mismatched_tier_pasted_is_refused_and_nothing_changes(qtbot, workspace, store):
    grid = workspace.indicators
    view, model = grid.view, grid.model
    cell = model.index(QUALITATIVE_ROW, model.column_of("qualitative_tier"))
    assert model.setData(cell, "1")
    before = workspace.undo_stack.count()
    view.setCurrentIndex(cell)
    assert not view.paste("3 达成年度指标\n")
    assert workspace.message.isVisible()
    assert "不是定性档次" in workspace.message.text() or "not a qualitative tier" in workspace.message.text()
    assert _stored_tier(store, model.rows[QUALITATIVE_ROW].id) == 1
    assert workspace.undo_stack.count() == before
