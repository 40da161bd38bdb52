"""Project self-evaluation scores under the 财预〔2020〕10号 scheme and its switches."""

from dataclasses import replace
from decimal import Decimal as D

import pytest

from desktop.domain.numbers import fmt
from desktop.domain.schemes import (
    canonical_level1,
    default_scheme,
    load_scheme,
    scheme_file_for_year,
    scheme_for_year,
    schemes_dir,
)
from desktop.domain.scoring import (
    IndicatorInput,
    ProjectInput,
    completion_rate,
    score_indicator,
    score_project,
    score_projects,
)
from desktop.domain.targets import parse_actual, parse_target

SCHEME = default_scheme()
LINEAR = replace(SCHEME, lower_is_better="linear")


def ind(target, actual=None, level1="产出指标", **kw):
    return IndicatorInput(
        name=kw.pop("name", target),
        level1=level1,
        target=parse_target(target),
        actual=None if actual is None else parse_actual(actual),
        **kw,
    )


def score(target, actual, weight=10, scheme=SCHEME, **kw):
    return score_indicator(ind(target, actual, **kw), D(weight), scheme)


def test_default_scheme_is_mof_2020_10():
    assert SCHEME.id == "mof-2020-10"
    assert SCHEME.execution_weight == 10
    assert SCHEME.levels == {"产出指标": 50, "效益指标": 30, "满意度指标": 10}
    assert SCHEME.total_weight == 100 and SCHEME.problems() == []
    assert SCHEME.lower_is_better == "ratio" and SCHEME.over_target_threshold == D("1.3")
    assert not SCHEME.execution_cap and not SCHEME.over_target_deduction


def test_scheme_per_year_index():
    assert scheme_file_for_year(2022).name == "mof-2020-10.yaml"
    assert scheme_file_for_year(1999).name == "mof-2020-10.yaml"
    assert scheme_for_year(2023).id == "mof-2020-10"
    province = load_scheme(schemes_dir() / "province-example.yaml")
    assert province.lower_is_better == "linear" and province.execution_cap and province.over_target_deduction
    assert province.levels == SCHEME.levels  # inherited through `extends`


def test_canonical_level1():
    assert canonical_level1("1-产出指标") == canonical_level1("产出") == "产出指标"
    assert canonical_level1("3-满意度指标") == "满意度指标"


@pytest.mark.parametrize(
    ("target", "actual", "expected"),
    [
        ("不少于1000次", "1200次", "10.00"),  # met → full
        ("不少于1000次", "1000次", "10.00"),
        ("不少于1000次", "900次", "9.00"),  # actual ÷ target × weight
        ("超过90%", "85%", "9.44"),
        ("100%", "97%", "9.70"),  # bare
        ("约200个", "150个", "7.50"),  # ≈ scored as ≥
        ("1500万人次以上", "2100万人次", "10.00"),  # 万 on both sides
        ("2万人次", "1.4531万人次", "7.27"),
        ("0次", "0次", "10.00"),  # = 0
        ("0次", "1次", "0.00"),
        ("≤3s", "2s", "10.00"),
        ("≤3s", "4s", "7.50"),  # ratio: 3 ÷ 4
        ("低于5%", "10%", "5.00"),
    ],
)
def test_quantitative_rules(target, actual, expected):
    assert fmt(score(target, actual).score) == expected


def test_lower_is_better_linear_convention():
    assert fmt(score("≤3s", "4s", scheme=LINEAR).score) == "6.67"  # 1 − (4−3)/3
    assert fmt(score("≤3s", "6s", scheme=LINEAR).score) == "0.00"  # 0 at double
    assert fmt(score("≤3s", "9s", scheme=LINEAR).score) == "0.00"
    assert fmt(score("≤3s", "3s", scheme=LINEAR).score) == "10.00"


def test_completion_rate_uncapped():
    assert completion_rate(parse_target("40场"), parse_actual("45场")) == D("1.125")
    assert fmt(completion_rate(parse_target("18场"), parse_actual("15场")) * 100) == "83.33"
    assert completion_rate(parse_target("有效提升"), parse_actual("有效提升")) is None
    assert completion_rate(parse_target("90%"), parse_actual("5次")) is None


def test_qualitative_bands():
    band_top, band_mid, band_low = (b.name for b in SCHEME.bands)
    res = score("有效提升", None, qualitative_band=band_top, qualitative_score=D(9))
    assert res.score == 9 and not res.problems and res.method == "定性"
    res = score("有效提升", None, qualitative_band=band_top)  # no points typed: top of the band
    assert res.score == 10
    res = score("有效提升", None, qualitative_band=band_mid, qualitative_score=D(8))  # 80% is not < 80%
    assert [p.code for p in res.problems] == ["score_outside_band"]
    assert res.score == 8  # clamped to the band's edge, and reported
    res = score("有效提升", None, qualitative_band=band_low, qualitative_score=D("5.9"))
    assert res.score == D("5.9") and not res.problems
    res = score("有效提升", None, qualitative_score=D(7))  # the band follows from the score
    assert res.score == 7 and not res.problems
    res = score("有效提升", None)
    assert res.score == 0 and [p.code for p in res.problems] == ["qualitative_unscored"]
    # a composite target is 定性 until it is split
    assert score("1.不少于1000次。2.举办一场", None, qualitative_band=band_top).score == 10


def test_score_override_needs_a_reason_and_stays_in_range():
    res = score("不少于1000次", "500次", score_override=D(8), override_reason="疫情停办，经审核认定")
    assert res.score == 8 and res.method == "override" and not res.problems
    res = score("不少于1000次", "500次", score_override=D(12))
    assert res.score == 10
    assert {p.code for p in res.problems} == {"override_reason_missing", "override_out_of_range"}


def test_over_target_makes_deviation_reason_required():
    res = score("40场", "52场")  # 130%
    assert res.deviation_reason_required and [p.code for p in res.problems] == ["deviation_reason_missing"]
    res = score("40场", "52场", deviation_reason="目标设定偏低")
    assert res.deviation_reason_required and not res.problems
    assert not score("40场", "51场").deviation_reason_required  # 127.5%
    assert score("40场", "30场").deviation_reason_required  # not met either


def test_missing_actual_and_incompatible_units_are_reported():
    assert [p.code for p in score("不少于1000次", None).problems] == ["actual_missing"]
    assert [p.code for p in score("不少于1000次", "较好").problems] == ["actual_missing"]
    assert [p.code for p in score("90%", "5次").problems] == ["unit_incompatible"]
    assert "unit_differs" in [p.code for p in score("≥10人次", "10个").problems]


def test_weights_split_equally_within_a_level():
    project = ProjectInput(
        "p",
        [
            ind("1次", "1次"),
            ind("2次", "2次"),
            ind("3次", "3次", level1="效益指标"),
            ind("90%", "95%", level1="满意度指标"),
        ],
        budget_adjusted=D(100),
        spent=D(100),
    )
    result = score_project(project, SCHEME)
    assert [r.weight for r in result.indicators] == [25, 25, 30, 10]
    assert result.total == 100 and result.grade == "优" and result.problems == []


def test_weight_mismatch_is_reported_not_hidden():
    project = ProjectInput(
        "p",
        [
            ind("1次", "1次", weight=D(20)),
            ind("2次", "2次", weight=D(20)),
            ind("3次", "3次", level1="效益指标"),
        ],
        budget_adjusted=D(100),
        spent=D(100),
    )
    result = score_project(project, SCHEME)
    codes = [p.code for p in result.problems]
    assert "weights_mismatch" in codes and "level_empty" in codes  # 产出 40 ≠ 50; 满意度 has none
    assert result.total == 10 + 40 + 30
    # set weights exceeding the level leave nothing for the others
    project.indicators.append(ind("4次", "4次"))
    project.indicators[0].weight = D(40)
    result = score_project(project, SCHEME)
    assert "weights_exceed" in [p.code for p in result.problems]
    assert result.indicators[-1].weight == 0


def test_cost_indicators_count_in_the_level_the_scheme_says():
    project = ProjectInput(
        "p",
        [ind("1次", "1次"), ind("≤100万元", "90万元", level1="成本指标")],
        budget_adjusted=D(1),
        spent=D(1),
    )
    result = score_project(project, SCHEME)
    assert [r.weight for r in result.indicators] == [25, 25]
    unknown = ProjectInput("p", [ind("1次", "1次", level1="其他指标")], budget_adjusted=D(1), spent=D(1))
    assert "level_unknown" in [p.code for p in score_project(unknown, SCHEME).problems]


def test_unit_reweighting_is_checked():
    project = ProjectInput(
        "p", [ind("1次", "1次")], budget_adjusted=D(1), spent=D(1), level_weights={"产出指标": 80}
    )
    result = score_project(project, SCHEME)
    assert "total_weight" in [p.code for p in result.problems]  # 10 + 80 ≠ 100
    assert result.indicators[0].weight == 80


def test_execution_score_and_grades():
    def total_for(spent, scheme=SCHEME):
        project = ProjectInput(
            "p",
            [ind("1次", "1次"), ind("1次", "1次", level1="效益指标"), ind("1次", "1次", level1="满意度指标")],
            budget_adjusted=D(100),
            spent=D(spent),
        )
        return score_project(project, scheme)

    assert total_for("96.79").execution_score == D("9.679")
    assert total_for("120").execution_score == 10  # capped at 100%
    assert total_for(0).grade == "优"  # 90 points of indicators
    res = score_project(ProjectInput("p", [ind("100%", "50%")], budget_adjusted=D(1), spent=D(1)), SCHEME)
    assert res.grade == "差"
    assert [SCHEME.grade(D(x)) for x in ("90", "89.99", "80", "60", "59.99")] == [
        "优",
        "良",
        "良",
        "中",
        "差",
    ]
    missing = score_project(ProjectInput("p", []), SCHEME)
    assert missing.execution_score == 0 and "execution_missing" in [p.code for p in missing.problems]


def test_province_execution_cap_is_off_by_default_and_caps_when_on():
    on = replace(SCHEME, execution_cap=True)

    def result(spent, scheme):
        project = ProjectInput(
            "p",
            [ind("1次", "1次"), ind("1次", "1次", level1="效益指标"), ind("1次", "1次", level1="满意度指标")],
            budget_adjusted=D(100),
            spent=D(spent),
        )
        return score_project(project, scheme)

    assert result("75", SCHEME).total == D("97.5")
    assert [result(s, on).total for s in ("85", "75", "65", "55", "45")] == [D("98.5"), 89, 79, 69, 59]
    assert result("75", on).subtotal == D("97.5") and result("75", on).cap == 89


def test_province_over_target_deduction():
    on = replace(SCHEME, over_target_deduction=True)
    assert score("40场", "60场", scheme=on).score == 8  # ≥ 130% → −2
    assert score("40场", "50场", scheme=on).score == 10
    assert score("40场", "60场", weight=1, scheme=on).score == 0  # never below 0
    assert score("40场", "60场").score == 10  # off by default


def test_score_projects_scores_each_and_restores_the_gc():
    import gc

    projects = [
        ProjectInput(f"p{i}", [ind("1次", f"{i}次")], budget_adjusted=D(1), spent=D(1)) for i in range(3)
    ]
    results = score_projects(projects, SCHEME)
    assert [r.name for r in results] == ["p0", "p1", "p2"]
    assert [fmt(r.total) for r in results] == [fmt(score_project(p, SCHEME).total) for p in projects]
    assert gc.isenabled()
