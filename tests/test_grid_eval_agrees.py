"""The grids and `perfdesk score` read a stored target the same way (one function for both)."""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.targets import stored_target
from desktop.models.grid_queries import IndicatorRecord
from desktop.operations.evaluate import target_of


def _record(name: str, target: str) -> IndicatorRecord:
    return IndicatorRecord(
        1, 1, 0, "效益指标", "社会效益指标", name, None, target, None, None, None, None,
        None, None, None, None, None, None, "项目", 1, "单位",
    )


def test_a_bare_rate_on_a_complaint_indicator_is_a_ceiling_in_both():
    grid = target_of(_record("投诉率", "3%"))
    cli = stored_target("3%", "投诉率")
    assert grid == cli
    assert grid.direction == "lower"


def test_overrides_apply_in_the_grid_as_in_the_cli():
    record = _record("科普活动次数", "不少于1000次")._replace(value_override=Decimal("1200"))
    assert target_of(record) == stored_target("不少于1000次", "科普活动次数", value=record.value_override)
    assert target_of(record).value == 1200
