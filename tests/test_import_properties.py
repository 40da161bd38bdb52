"""Properties: packing indicators into one cell and splitting it again gives them back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.importers.indicators import parse_indicators
from desktop.importers.model import ImportedIndicator
from desktop.importers.packing import pack_indicator, pack_indicators

# Values may hold 、，；。digits and the like, but not the marker words themselves (no 指).
TEXT = st.text(
    alphabet="科普活动场次不少于万人年度目标值实施周期满意率、，；：:,;。1234567890%≥≤（）",
    min_size=1,
    max_size=12,
)
LEVEL1 = st.sampled_from(["产出指标", "效益指标", "满意度指标", "成本指标"])


def _value(s: str) -> str:
    return s.rstrip("。")  # an item's closing 。 is not part of its value


def _name(s: str) -> str:
    s = s.rstrip("；;，,。")
    return s or "名"


@st.composite
def indicators(draw):
    coded = draw(st.booleans())
    items = []
    for seq in range(1, draw(st.integers(1, 6)) + 1):
        level1 = draw(LEVEL1)
        items.append(
            ImportedIndicator(
                seq=seq,
                level1=level1,
                level1_code="1" if coded else None,
                level2=draw(st.sampled_from(["数量指标", "社会效益"])) if coded else None,
                level2_code="11" if coded else None,
                name=_name(draw(TEXT)).lstrip("：:"),
                period_target=_value(draw(TEXT)) if coded else None,
                annual_target=_value(draw(TEXT)),
            )
        )
    return items


@settings(max_examples=300, deadline=None)
@given(indicators())
def test_pack_then_parse_is_identity(items):
    assert parse_indicators(pack_indicators(items)) == items


# Pieces a packed cell is made of, in any order: the two readers of a cell must agree on all of it.
PIECE = st.sampled_from([
    "1、", "2、", "3、", "10、", "11、", "12、", "0、", "、", "1-产出指标；", "2－效益指标;", "产出指标：", "满意度指标",
    "11-数量指标；", "22-社会效益;", "实施周期指标值:", "实施周期指标值：", "年度指标值:", "年度指标值", "；", "，", "。",
    "．", "9", "95", "100", "次", "≥", "%", "名称", "覆盖率",
])


@st.composite
def cells(draw):
    """A coded cell as the budget system writes it, some items without their closing 。 (a value
    ending in digits then runs into the next item's number), then pieces put in anywhere."""
    items = draw(indicators())
    text = "".join(
        pack_indicator(ind).removesuffix("。") if draw(st.booleans()) else pack_indicator(ind) for ind in items
    )
    for piece, at in draw(st.lists(st.tuples(PIECE, st.integers(0, 10_000)), max_size=3)):
        at %= len(text) + 1
        text = text[:at] + piece + text[at:]
    return text


@settings(max_examples=3000, deadline=None)
@given(st.one_of(cells(), st.lists(PIECE, max_size=30).map("".join)))
def test_the_usual_cells_reader_agrees_with_the_general_one(text):
    from desktop.importers.indicators import _any_items, _usual_items

    usual = _usual_items(text)
    assert usual is None or usual == _any_items(text), text


@settings(max_examples=300, deadline=None)
@given(indicators())
def test_a_coded_cell_with_both_values_is_read_the_usual_way(items):
    from desktop.importers.indicators import _usual_items

    if items[0].level1_code is None:
        return
    assert _usual_items(pack_indicators(items)) == items
