"""Properties: the parser never raises; scores stay in [0, weight]; met → full; ≥ is monotonic."""

from dataclasses import replace
from decimal import Decimal as D

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import targets
from desktop.domain.schemes import default_scheme
from desktop.domain.scoring import IndicatorInput, score_indicator
from desktop.domain.targets import GE, GT, LE, LT, QUALITATIVE, SIGNS, TargetValue, parse_target

SCHEME = default_scheme()
SCHEMES = [SCHEME, replace(SCHEME, lower_is_better="linear"), replace(SCHEME, over_target_deduction=True)]

# text built from the pieces targets are made of, plus anything at all
PIECES = st.sampled_from(
    list("0123456789.-~%万亿约近超≥≤<>=，。；、（）()《》“”①②：:/+ \n")
    + [
        "不少于",
        "以上",
        "以内",
        "内",
        "不超过",
        "低于",
        "余",
        "人次",
        "次",
        "小时",
        "年",
        "2022年",
        "一",
        "两",
        "十三五",
        "<p>",
        "&nbsp;",
        "×100%",
        "第",
    ]
)
TEXT = st.one_of(st.text(), st.lists(PIECES, max_size=30).map("".join))

amounts = st.decimals(
    min_value=D("0.01"), max_value=D("1e9"), allow_nan=False, allow_infinity=False, places=2
)
actuals = st.decimals(min_value=D(-10), max_value=D("1e10"), allow_nan=False, allow_infinity=False, places=2)
weights = st.decimals(min_value=D(0), max_value=D(100), allow_nan=False, allow_infinity=False, places=2)


def number(value, sign=GE, unit="次"):
    lower = sign in (LE, LT) or (sign == "=" and value == 0)
    return TargetValue(kind="number", sign=sign, value=value, unit=unit, higher_is_better=not lower)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_parser_never_raises(text):
    parsed = targets._parse(text)  # the inner parser itself, not only the guarded entry point
    assert parsed.kind in (targets.NUMBER, QUALITATIVE, targets.COMPOSITE)
    if parsed.kind == targets.NUMBER:
        assert parsed.sign in SIGNS and parsed.value is not None
    assert parse_target(text, name=text).text == text


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(SIGNS), amounts, st.one_of(st.none(), actuals), weights, st.sampled_from(SCHEMES))
def test_score_lies_in_zero_to_weight(sign, target, actual, weight, scheme):
    ind = IndicatorInput("x", "产出指标", number(target, sign), None if actual is None else number(actual))
    result = score_indicator(ind, weight, scheme)
    assert D(0) <= result.score <= weight


@settings(max_examples=200, deadline=None)
@given(
    st.text(max_size=20),
    st.decimals(min_value=-5, max_value=200, allow_nan=False, allow_infinity=False),
    weights,
)
def test_qualitative_and_override_scores_lie_in_zero_to_weight(text, points, weight):
    band = SCHEME.bands[0].name
    for ind in (
        IndicatorInput(
            "x", "效益指标", parse_target("有效提升"), qualitative_band=band, qualitative_score=points
        ),
        IndicatorInput("x", "效益指标", parse_target(text), score_override=points, override_reason="r"),
    ):
        assert D(0) <= score_indicator(ind, weight, SCHEME).score <= weight


@settings(max_examples=300, deadline=None)
@given(st.sampled_from([GE, GT, LE, LT, "≈"]), amounts, weights, st.sampled_from(SCHEMES[:2]))
def test_met_target_scores_full(sign, target, weight, scheme):
    if sign in (GE, GT, "≈"):
        actual = target + (D("0.01") if sign == GT else 0)
    else:
        actual = target - (D("0.01") if sign == LT else 0)
    ind = IndicatorInput("x", "产出指标", number(target, sign), number(actual))
    result = score_indicator(ind, weight, scheme)
    assert result.score == weight


@settings(max_examples=300, deadline=None)
@given(amounts, actuals, actuals, weights)
def test_higher_actual_never_scores_lower_on_ge(target, a, b, weight):
    low, high = sorted((a, b))

    def score(value):
        ind = IndicatorInput("x", "产出指标", number(target), number(value))
        return score_indicator(ind, weight, SCHEME).score

    assert score(high) >= score(low)


def test_zero_target_met_scores_full():
    ind = IndicatorInput("x", "产出指标", parse_target("0次"), parse_target("0次"))
    assert score_indicator(ind, D(7), SCHEME).score == 7
