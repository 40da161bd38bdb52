"""Chinese line breaking: no line starts with closing punctuation, none ends with opening."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.reports.linebreak import NO_LINE_END, NO_LINE_START, break_lines, clusters


def w(s: str) -> float:
    # CJK full width 1, ASCII half width: like the real fonts at size 1
    return sum(0.5 if ord(c) < 128 else 1.0 for c in s)


def check(text: str, width: float) -> list[str]:
    lines = break_lines(text, width, w)
    assert "".join(lines) == text.replace(" ", "") or " " in text
    for i, line in enumerate(lines):
        if i:
            assert line[:1] not in NO_LINE_START, lines
        if i < len(lines) - 1:
            assert line[-1:] not in NO_LINE_END, lines
    return lines


def test_short_text_is_one_line():
    assert break_lines("按计划完成。", 20, w) == ["按计划完成。"]


def test_comma_never_starts_a_line():
    text = "宣传优秀科技工作者，树立科技工作者先进典型，利用多种媒体渠道宣传的人数不少于15位院士。"
    for width in range(2, 30):
        lines = check(text, width)
        assert all(w(x) <= width or len(clusters(x)) == 1 for x in lines)


def test_opening_bracket_stays_with_what_follows():
    lines = check("完成广州科学馆展教工程项目管理（含监理）招标1个。", 9)
    assert not any(x.endswith("（") for x in lines)
    assert "（含" in "".join(lines)


def test_numbers_are_not_cut():
    lines = break_lines("执行率为98.79%，得分9.88分", 6, w)
    assert any("98.79%" in x for x in lines)
    assert any("9.88" in x for x in lines)


def test_explicit_newlines_are_kept():
    assert break_lines("1、产出指标\n2、效益指标", 50, w) == ["1、产出指标", "2、效益指标"]


def test_a_word_wider_than_the_cell_is_cut():
    lines = break_lines("https://example.gov.cn/a/very/long/path", 5, w)
    assert "".join(lines) == "https://example.gov.cn/a/very/long/path"
    assert all(w(x) <= 5 for x in lines)


def test_punctuation_runs_stick_together():
    assert clusters("院士。”（续") == ["院", "士。”", "（续"]


CJK = st.sampled_from(list("科普活动经费项目指标完成率满意度年度资金") + list("，。；：！？、）》（《") + list("12%. "))


@settings(max_examples=300, deadline=None)
@given(st.text(CJK, min_size=1, max_size=60), st.integers(min_value=2, max_value=12))
def test_property_no_forbidden_line_start(text, width):
    lines = break_lines(text, width, w)
    assert "".join(lines).replace(" ", "") == "".join(text.split(" ")).strip()  or " " in text
    for i, line in enumerate(lines):
        if i and line:
            # a paragraph made only of closing punctuation cannot do better than start with it
            assert line[0] not in NO_LINE_START or all(c in NO_LINE_START for c in text.strip())


def test_punctuation_after_a_space_goes_back_to_the_line_before():
    # found by the property test: “1  、” in a 2-wide cell printed “、” first on its own line
    assert break_lines("1  、", 2, w) == ["1、"]


def test_a_run_of_punctuation_longer_than_the_line_is_cut_at_the_cell_not_run_off_the_page():
    # no allowed break inside '（' × 300 or '。' × 2,000: one line 300 or 2,000 wide ran past the page
    for text in ("（" * 300, "。" * 2000, "原因" + "%" * 500, "说明（（（（（（（（（（（（（（（（（（（（（（（（（（（（（（完"):
        lines = break_lines(text, 20, w)
        assert "".join(lines) == text
        assert max(map(w, lines)) <= 20 + 2, [w(x) for x in lines]
