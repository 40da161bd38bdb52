"""Target-value parser: every row of DESIGN §4, actuals, overrides, composites."""

from decimal import Decimal as D

import pytest

from desktop.domain.targets import (
    COMPOSITE,
    NUMBER,
    QUALITATIVE,
    clean_text,
    override,
    parse_actual,
    parse_target,
    units_comparable,
)

# DESIGN §4, one case per spelling: text → (sign, value, unit, direction)
DESIGN_TABLE = [
    ("不少于1000次", "≥", "1000", "次", "higher"),
    ("1000次以上", "≥", "1000", "次", "higher"),
    ("≥1000次", "≥", "1000", "次", "higher"),
    ("至少1000次", "≥", "1000", "次", "higher"),
    ("1000余次", "≥", "1000", "次", "higher"),
    ("超过90%", ">", "90", "%", "higher"),
    ("高于90%", ">", "90", "%", "higher"),
    ("大于90%", ">", "90", "%", "higher"),
    ("95%及以上", "≥", "95", "%", "higher"),
    ("不低于95%", "≥", "95", "%", "higher"),
    ("≤3s", "≤", "3", "s", "lower"),
    ("不超过3秒", "≤", "3", "s", "lower"),
    ("1小时内", "≤", "1", "小时", "lower"),
    ("3-5天内完成", "≤", "5", "天", "lower"),
    ("低于5%", "<", "5", "%", "lower"),
    ("少于5%", "<", "5", "%", "lower"),
    ("0次", "=", "0", "次", "lower"),
    ("场馆安全事故发生次数0次", "=", "0", "次", "lower"),
    ("100%", "≥", "100", "%", "higher"),
    ("20家", "≥", "20", "家", "higher"),
    ("1个", "≥", "1", "个", "higher"),
    ("约200个", "≈", "200", "个", "higher"),
    ("1.5万册", "≥", "15000", "册", "higher"),
    ("3000万人次", "≥", "30000000", "人次", "higher"),
    ("96.6亿", "≥", "9660000000", "元", "higher"),
]


@pytest.mark.parametrize(("text", "sign", "value", "unit", "direction"), DESIGN_TABLE)
def test_design_table_numbers(text, sign, value, unit, direction):
    parsed = parse_target(text)
    assert parsed.kind == NUMBER
    assert (parsed.sign, parsed.value, parsed.unit, parsed.direction) == (sign, D(value), unit, direction)


@pytest.mark.parametrize(
    "text", ["有效提升", "较高", "符合要求", "进一步完善", "", None, "优、良、中、差", "一批"]
)
def test_design_table_qualitative(text):
    parsed = parse_target(text)
    assert parsed.kind == QUALITATIVE
    assert parsed.value is None and parsed.sign is None


def test_design_table_composite_keeps_its_parts():
    parsed = parse_target(
        "1.全年开展科普活动不少于1000次。2.举办一场全国科普日主会场活动，活动人数不少于200万人次"
    )
    assert parsed.kind == COMPOSITE
    assert not parsed.is_number
    assert [p.display() for p in parsed.parts] == ["≥1000次", "≥1场", "≥200万人次"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # actuals, as written in seed 003
        ("2100万人次", "≥2100万人次"),
        ("传播人数超2100万人次。", ">2100万人次"),
        ("超过40场", ">40场"),
        ("97%", "≥97%"),
        ("97%。", "≥97%"),
        ("青年人才参加国际、国内重要的学术会议 45 场。", "≥45场"),
        ("科普游参加活动 1.4531 万人次", "≥1.4531万人次"),
        ("对接项目数量 290 个(其中技术需求项目 161 个, 技术成果项目 129 个)", "≥290个"),
        ("10份: 2021年新建立10家工作站 2022年度工作计划。", "≥10份"),  # a headline figure, then detail
        # the seeds' own spellings
        ("支持3档国际学术会议≥18场", "≥18场"),
        ("助力培养32岁以下科技人才后备人才70人", "≥70人"),
        ("低于5%（活动投诉率=投诉次数÷参加活动人次×100%）", "<5%"),
        ("全市公民具备科学素质的比例高于“十三五”17.4%", ">17.4%"),
        ("年均上课学生数500（人/年）", "≥500人"),
        ("不少于130亿元", "≥130亿元"),
        ("社会服务到账金额不少于40万元", "≥40万元"),
        ("一小时内", "≤1小时"),
        ("通过两家以上省级媒体广泛开展宣传", "≥2家"),
        ("2-24小时", "≤24小时"),
        ("柔性引进技能竞赛方面专家1-2名", "≥1名"),
        ("1600平米", "≥1600平方米"),
        ("9000人次/年", "≥9000人次"),
        ("人课时/年≥24000", "≥24000人课时"),
        ("70余场", "≥70场"),
        ("大于等于90%", "≥90%"),
        ("保持运行中断时间小于1%", "<1%"),
        ("出现网络或者其他故障时的应急响应时间10分钟", "≤10分钟"),
        ("组织2023年度广州市科普工作优秀单位学习宣传活动，宣传推送超过20篇", ">20篇"),
        ("<p>不少于&nbsp;1000次</p>", "≥1000次"),
        ("不少于１０００次", "≥1000次"),  # full-width digits
        ("60,826.91万元", "≥60826.91万元"),
        ("预算（成本）控制率=（项目当期实际支出成本-项目当期预算）/项目当期预算×100%≤0%", "≤0%"),
    ],
)
def test_seed_spellings(text, expected):
    assert parse_actual(text).display() == expected


def test_name_gives_unit_and_direction():
    assert parse_target("99", name="正常运行率(%)").display() == "≥99%"
    assert parse_target("110", name="知识产权（项）").display() == "≥110项"
    assert parse_target("3%", name="活动投诉率").direction == "lower"
    assert parse_target("98%", name="故障处理率").direction == "higher"


def test_wan_and_yi_compare_across_notations():
    assert parse_actual("2100万人次").value > parse_target("1500万人次以上").value
    assert parse_actual("1.4531万人次").value < parse_target("2万人次").value
    assert parse_actual("21000000人次").value == parse_actual("2100万人次").value
    assert parse_target("1.5万册").value == D(15000)


def test_overrides_apply_on_top_of_the_parse():
    parsed = parse_target("不少于1000次")
    assert override(parsed, value="1200").display() == "≥1200次"
    assert override(parsed, unit="场").unit == "场"
    lowered = override(parsed, sign="≤")
    assert lowered.sign == "≤" and lowered.direction == "lower"
    assert parse_target("有效提升", sign="≥", value=D(95), unit="%").display() == "≥95%"
    assert parse_target("100%", qualitative=True).kind == QUALITATIVE
    assert parse_target("1.全年不少于1000次。2.举办一场", value=1000, unit="次").display() == "≥1000次"
    assert parse_target("0次", higher_is_better=True).direction == "higher"
    with pytest.raises(ValueError):
        override(parsed, sign="!")


def test_unparseable_is_qualitative_not_an_error():
    for text in ["((((", "≥", "万", "1e400次", "-", "…", "１２３４５６７８９０" * 50]:
        parse_target(text)  # never raises


def test_clean_text_and_units():
    assert clean_text("  1 000 <b>次</b>\n") == "1000次"
    assert units_comparable("次", "场")
    assert units_comparable("人次", "")
    assert not units_comparable("%", "次")
