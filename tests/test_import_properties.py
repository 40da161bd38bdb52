"""Properties: packing indicators into one cell and splitting it again gives them back."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.importers.indicators import parse_indicators
from desktop.importers.model import ImportedIndicator
from desktop.importers.packing import pack_indicators

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
