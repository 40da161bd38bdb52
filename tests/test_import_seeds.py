"""Seeds 000–002 import exactly as ../shared/truth says: text without whitespace, amounts to the cent."""

from __future__ import annotations

import re

import pytest

from desktop.importers import read_file, to_truth_dict
from tests.conftest import SEED_NAMES

_WS = re.compile(r"\s+")
TEXT_KEYS = ("unit", "supervisor", "name", "goal")
INDICATOR_KEYS = (
    "seq",
    "level1",
    "level1_code",
    "level2",
    "level2_code",
    "name",
    "period_value",
    "annual_value",
)


def _text(value):
    return None if value is None else _WS.sub("", value)


def _cents(amounts: dict) -> dict:
    return {k: None if v is None else round(v * 100) for k, v in amounts.items()}


def assert_matches_truth(got: dict, want: dict) -> None:
    for key in ("title", "department", "amount_unit"):
        assert _text(got[key]) == _text(want[key]), key
    assert _cents(got["stated_totals"]) == _cents(want["stated_totals"])
    assert [(u["name"], _cents(u["stated"])) for u in got["units"]] == [
        (u["name"], _cents(u["stated"])) for u in want["units"]
    ]
    assert [p["name"] for p in got["projects"]] == [_text(p["name"]) for p in want["projects"]]
    for gp, wp in zip(got["projects"], want["projects"], strict=True):
        where = wp["name"]
        for key in TEXT_KEYS:
            assert _text(gp[key]) == _text(wp[key]), (where, key)
        assert _cents(gp["amounts"]) == _cents(wp["amounts"]), where
        assert len(gp["indicators"]) == len(wp["indicators"]), where
        for n, (gi, wi) in enumerate(zip(gp["indicators"], wp["indicators"], strict=True)):
            for key in INDICATOR_KEYS:
                want_value = wi[key] if key == "seq" else _text(wi[key])
                assert gi[key] == want_value, (where, n, key)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_imports_exactly_as_truth(name, seed_path, truth):
    [table] = read_file(seed_path(name))
    got = to_truth_dict(table)
    want = truth(name)
    assert got["source"] == want["source"]
    assert_matches_truth(got, want)


@pytest.mark.parametrize("name", SEED_NAMES)
def test_seed_sum_checks_match(name, seed_path, truth):
    [table] = read_file(seed_path(name))
    checks = table.sum_checks()
    want = truth(name)
    expected = (1 if any(v is not None for v in want["stated_totals"].values()) else 0) + len(want["units"])
    assert len(checks) == expected
    assert all(c.matches for c in checks)


def test_seed_001_repairs_are_reported_with_lines(seed_path):
    [table] = read_file(seed_path("001_fef803051986e1a1"))
    places = {r.place for r in table.repairs}
    # the split row (15), the two shifted rows (16, 17) and the piece printed before its name row (18)
    assert {"第 15 行", "第 16 行", "第 17 行", "第 18 行"} <= places
    assert any("下一行" in r.what and r.place == "第 18 行" for r in table.repairs)
    assert any("上一行" in r.what and r.place == "第 15 行" for r in table.repairs)


def test_seed_000_broken_names_and_units_reported(seed_path):
    [table] = read_file(seed_path("000_42afa216e8045207"))
    assert any(r.place == "第 341–342 行" and "断成" in r.what for r in table.repairs)
    assert sum("预算单位" in r.what for r in table.repairs) >= 10


def test_mismatching_subtotal_is_data_not_error(tmp_path):
    text = "\n".join(
        [
            "部门名称：测试部门",
            "单位：万元",
            "\t".join(
                [
                    "项目名称（资金使用单位）",
                    "总计",
                    "财政拨款",
                    "财政专户拨款",
                    "其他资金",
                    "绩效目标",
                    "绩效指标",
                ]
            ),
            "\t".join(["合计", "100.00", "100.00", "", "", "", ""]),
            "\t".join(["甲单位", "90.00", "90.00", "", "", "", ""]),
            "\t".join(["项目一", "95.00", "95.00", "", "", "目标", "1、产出指标：数量，年度指标值：1个。"]),
        ]
    )
    path = tmp_path / "t.txt"
    path.write_text(text, encoding="utf-8")
    [table] = read_file(path)
    checks = {c.label: c for c in table.sum_checks()}
    assert not checks["合计"].matches and not checks["甲单位"].matches
    assert str(checks["合计"].computed.total) == "95.00"
