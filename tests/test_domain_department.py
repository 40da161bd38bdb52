"""Seed 003 表3 and 表4: the Guangzhou 2022 department tree, its computed items and the re-check.

The report's figures are typed here as inputs (published figures), not read from the seed file.
"""

from decimal import Decimal as D

import pytest

from desktop.domain.budget import MonthlyProgress
from desktop.domain.department import (
    DepartmentIndicatorInput,
    DepartmentInput,
    ManualScore,
    SpecialProject,
    department_scheme_for_year,
    scheme_problems,
    score_department,
)
from desktop.domain.numbers import fmt, percent
from desktop.domain.recheck import recheck, table3_figures, table4_figures
from desktop.domain.scoring import completion_rate
from desktop.domain.targets import parse_actual, parse_target

SCHEME = department_scheme_for_year(2022)

# 表4 rows: (一级, 三级指标, 年度目标值, 年度实现值, 指标完成率 as printed)
TABLE4 = [
    (
        "产出指标",
        "《科学大求真》和《科普一分钟》项目数量",
        "《科学大求真》每周播出一期,全年50期。《科普一分钟》每天播出一期,全年360期。",
        "《科学大求真》每周播出一期,全年50期。《科普一分钟》全年播出360期。",
        "100.00",
    ),
    (
        "产出指标",
        "科普服务乡村振兴数量",
        "打造50个特色村,打造3个特色小镇。",
        "打造了50个特色村,打造3个特色小镇",
        "100.00",
    ),
    (
        "产出指标",
        "科普进社区党群服务中心数量",
        "打造22个科普e站,覆盖全市各区,覆盖率100%。",
        "建立了22个科普社区e站,覆盖率100%。",
        "100.00",
    ),
    (
        "产出指标",
        "交易中心常态化活动数量",
        "开展线上线下项目对接、技术成果交易、投融资等活动促成线上线下项目对接数量约200个。",
        "对接项目数量290个(其中技术需求项目161个,技术成果项目129个)",
        "100.00",
    ),
    (
        "产出指标",
        "学会提升能力活动次数",
        "提升学会能力培训1场,指导成立所属新型学会1个以上,支持5个学会党建活动",
        "开展1场学会能力培训班,支持5个学会开展10余场党建活动,受众超过1000人次。",
        "100.00",
    ),
    (
        "产出指标",
        "展教工程项目管理(含监理)招标",
        "完成广州科学馆展教工程项目管理(含监理)招标1个。",
        "完成广州科学馆展教工程项目管理(含监理)招标1个。",
        "100.00",
    ),
    (
        "产出指标",
        "开展国际港澳台交流",
        "1.全年开展科技人员交流活动次数5场次以上。2.组织参加科技交流以及IT应用系统开发大赛的人次500人以上。3.吸引青年参与IT应用系统开发大赛300人以上。",
        "1.全年开展科技人员交流活动次数5场次。2.线上线下合计9934人。3.吸引青年参与IT应用系统开发大赛700人。",
        "100.00",
    ),
    (
        "产出指标",
        "科技工作者宣传",
        "宣传优秀科技工作者,树立科技工作者先进典型,利用多种媒体渠道宣传的人数不少于15位院士。",
        "宣传优秀科技工作者,树立科技工作者先进典型,利用多种媒体渠道宣传29位院士。",
        "100.00",
    ),
    (
        "产出指标",
        "线上对接项目及浏览量",
        "线上对接项目5000项,线上总浏览量不少于550万人、访客数不少于55万、注册观众数不少于8万人。",
        "线上对接项目9142项,线上总浏览量651.96万人次、访客数191.73万人次,注册观众数10.27万人",
        "100.00",
    ),
    (
        "产出指标",
        "创交会专项活动数量",
        "举办各类论坛沙龙、培训讲座、高层峰会、高端访谈、创新大赛、路演推介等专项活动20场。",
        "举办各类论坛沙龙、培训讲座、高层峰会、高端访谈、创新大赛、路演推介等专项活动约100场",
        "100.00",
    ),
    (
        "产出指标",
        "技术经纪人培育数量",
        "培育技术经纪人数量200名",
        "培育创新创业人才、技术经纪人516名",
        "100.00",
    ),
    (
        "产出指标",
        "交易中心征集线上平台成果库和需求库数量",
        "征集线上平台科技成果约2000项和需求数量约2000项。",
        "科技成果约6000项,需求数量约600项",
        "100.00",
    ),
    (
        "产出指标",
        "参加国际、国内学术交流",
        "青年人才参加国际、国内重要的学术会议40场。",
        "青年人才参加国际、国内重要的学术会议45场。",
        "112.50",
    ),
    (
        "产出指标",
        "开展青年人物宣传",
        "通过采访、拍摄视频、微信推文等方式≥10人次。",
        "通过采访、拍摄视频、微信推文等方式10次。",
        "100.00",
    ),
    ("产出指标", "申请专利数", "青年人才申请国家发明专利30件。", "青年人才申请国家发明专利35件。", "116.67"),
    (
        "产出指标",
        "发表高水平论文",
        "青年人才发表国际、国内核心期刊150篇。",
        "青年人才发表国际、国内核心期刊160篇。",
        "106.67",
    ),
    (
        "产出指标",
        "会议人数",
        "参加国际学术会议研讨的专家总人数≥2000人次。",
        "参加国际学术会议研讨的专家总人数2000人次。",
        "100.00",
    ),
    ("产出指标", "会议数量", "支持3档国际学术会议18场。", "支持3档国际学术会议15场。", "83.33"),
    (
        "产出指标",
        "开展科普活动数量",
        "抖音150条视频全网播放量不少于2000万。长廊宣传图5期185幅。",
        "抖音162条视频全网播放量不少于3700万。长廊宣传图5期185幅。",
        "156.92",
    ),
    (
        "产出指标",
        "参与建站院士专家数量",
        "截止2022年底建站数量不少于40个,参与建站院士专家数量不少于40个,依托院士专家工作站开展联合攻关一批企业主要技术难题数量不少于10个。",
        "2022年底实际在建工作站44个,参与建站院士48人,依托院士专家解决技术难题超过10个。",
        "100.00",
    ),
    (
        "产出指标",
        "加大学院智慧校园的建设",
        "加大学院智慧校园的建设,建设专业实训基地及专业实训室不少于12项、建设教学管理信息服务平台,一网通办等。",
        "加大学院智慧校园的建设,建设专业实训基地及专业实训室个数共17个,建设教学管理信息服务平台",
        "100.00",
    ),
    (
        "产出指标",
        "提升科研水平",
        "提升科研水平,建设市级重点实验室和智能电气装备研究所;学院办学质量有显著提升。",
        "建设1个市级重点实验室和1个智能电气装备研究所;学院办学质量有显著提升",
        "100.00",
    ),
    (
        "产出指标",
        "加强师资队伍建设",
        "加强师资队伍建设,提升办学水平,强化内涵建设。",
        "进一步加强师资队伍建设,办学水平显著提升。",
        "100.00",
    ),
    (
        "产出指标",
        "深化产教融合、校企合作",
        "深化产教融合、校企合作,建设1个以上的产业学院。",
        "深化产教融合、校企合作,持续推进建设科学城光宝产业学院",
        "100.00",
    ),
    (
        "产出指标",
        "加大办学规模",
        "办学规模适度扩大,在校生人数达到近10000人的规模。",
        "办学规模适度扩大,在校生人数超10000人。",
        "100.00",
    ),
    (
        "产出指标",
        "开展花城院士科技峰会",
        "支持3期花城院士科技峰会,每期峰会参会院士人数不少于3人,每期峰会参会人数不少于100人。",
        "支持了3期花城院士科技峰会,每期峰会参会院士人数不少于6人,每期峰会参会人数均超过100人。",
        "100.00",
    ),
    (
        "效益指标",
        "推动广州经济社会高质量发展",
        "通过科技人才研究的内容和会议主题,促进广州科技进步,实现技术突破,推动相关产业转型升级。",
        "促进广州科技进步,实现技术突破,推动相关产业转型升级。",
        "100.00",
    ),
    (
        "效益指标",
        "促进技术成果交易落地金额",
        "创交会促成技术成果转化交易落地金额约96.6亿,交易中心促进成果转化交易落地金额每年不少于100亿。",
        "创交会促成技术成果转化交易落地金额128.49亿,交易中心促进成果转化交易落地金额102.48亿。",
        "100.00",
    ),
    (
        "效益指标",
        "科普受益人次",
        "全年接受科普知识传播人次1500万人次以上。",
        "全年通过开展线上线下活动及融媒体科普宣传活动等,传播人数超2100万人次。",
        "100.00",
    ),
    (
        "效益指标",
        "服务企业自主创新",
        "企事业单位建立科协组织20家,新增联系企业科技工作者10000人以上。",
        "企事业单位建立科协组织20家,新增联系企业科技工作者10000人以上。",
        "100.00",
    ),
    ("效益指标", "服务创新驱动发展", "技术成果转化交易额提升。", "技术成果转化交易额提升。", "100.00"),
    (
        "效益指标",
        "引进院士及其团队的科技成果",
        "有效推动科技成果转化落地乃至产业化。",
        "有效推动科技成果转化落地乃至产业化。",
        "100.00",
    ),
    (
        "效益指标",
        "提供咨询交流服务",
        "工作站举办学术交流活动不少于20次。",
        "开展论坛、培训、技术交流等活动超40场。",
        "100.00",
    ),
    (
        "效益指标",
        "扩大学生资助面有效提升社会及广大师生的满意度",
        "扩大学生资助面有效提升社会及广大师生的满意度,预期达到98%。",
        "扩大学生资助面,有效提升社会及广大师生的满意度,服务对象满意度达到98%。",
        "100.00",
    ),
    (
        "效益指标",
        "提升广州市人才发展能级和核心竞争力",
        "培养一批具有国际水平的青年科技人才,不断提升城市人才发展和核心竞争力。",
        "资助培养70名优秀青年科技工作者,不断提升城市人才发展和核心竞争力。",
        "100.00",
    ),
    (
        "效益指标",
        "加强青年科技人才政治引领、助力青年科技人才培养",
        "通过开展培训、邀请专家讲党课、参观红色基地等教育活动,青年科技人才政治觉悟明显提升。",
        "组织青年科技人才开展主题活动,政治觉悟明显提升。",
        "100.00",
    ),
]

# Rows whose target and actual each state a single number, with the rate the rules give.
SINGLE_NUMBER_RATES = {
    "交易中心常态化活动数量": "145.00",  # printed 100.00
    "展教工程项目管理(含监理)招标": "100.00",
    "科技工作者宣传": "193.33",  # printed 100.00
    "创交会专项活动数量": "500.00",  # printed 100.00
    "技术经纪人培育数量": "258.00",  # printed 100.00
    "参加国际、国内学术交流": "112.50",
    "开展青年人物宣传": "100.00",
    "申请专利数": "116.67",
    "发表高水平论文": "106.67",
    "会议人数": "100.00",
    "会议数量": "83.33",
    "加大学院智慧校园的建设": "141.67",  # printed 100.00
    "加大办学规模": "100.00",
    "科普受益人次": "140.00",  # printed 100.00
    "提供咨询交流服务": "200.00",  # printed 100.00
    "扩大学生资助面有效提升社会及广大师生的满意度": "100.00",
}

# 表3 as printed: 三级指标 → 得分
TABLE3 = {
    "部门整体绩效目标产出指标完成情况": "9.95",
    "部门整体绩效目标效益指标完成情况": "10",
    "部门预算资金支出率": "4.84",
    "专项资金绩效完成情况": "20",
    "专项资金支出率": "5",
    "新增预算项目事前绩效评估": "3",
    "结转结余率": "2",
    "财务管理合规性": "2",
    "预决算公开合规性": "2",
    "绩效信息公开情况": "2",
    "绩效管理制度建设": "5",
    "绩效结果应用": "2",
    "绩效管理制度执行": "7",
    "采购意向公开合规性": "0.5",
    "采购意向公开时限": "1.5",
    "采购内控制度建设": "1",
    "采购活动合规性": "2",
    "采购合同签订时效性": "3",
    "合同备案时效性": "0",
    "采购政策效能": "1",
    "资产配置合规性": "2",
    "资产收益上缴的及时性": "1",
    "资产盘点情况": "1",
    "数据质量": "2",
    "资产管理合规性": "2",
    "固定资产利用率": "2",
    "公用经费控制率": "2",
    "“三公”经费控制情况": "2",
}
TABLE3_WEIGHTS = [10, 10, 5, 20, 5, 3, 2, 2, 2, 2, 5, 3, 7, 0.5, 1.5, 1, 2, 3, 1, 1, 2, 1, 1, 2, 2, 2, 2, 2]

# 表2 rows (month, 年度预算, 累计实际支出)
MONTHLY = [
    MonthlyProgress(m, D(b), D(s))
    for m, b, s in [
        (3, 45456, 12408),
        (4, 46660, 15084),
        (5, 45713, 19144),
        (6, 45816, 24273),
        (7, 46830, 25747),
        (8, 47008, 29753),
        (9, 47031, 34888),
        (10, 47031, 36164),
        (11, 46569, 39125),
        (12, 44280, 43792),
    ]
]


def table4_indicators():
    rows = []
    for level1, name, target, actual, printed in TABLE4:
        t, a = parse_target(target, name=name), parse_actual(actual, name=name)
        # The officer records a completion only where the rules cannot compute one.
        completion = None if completion_rate(t, a) is not None else D(printed) / 100
        rows.append(DepartmentIndicatorInput(name, level1, t, a, completion=completion))
    return rows


def department_input(manual_items=()):
    manual = {
        name: ManualScore(D(TABLE3[name]), "按评分标准自评，证明材料见附件")
        for name, item in ((i.name, i) for i in SCHEME.items)
        if item.method == "manual" or name in manual_items
    }
    return DepartmentInput(
        indicators=table4_indicators(),
        monthly=MONTHLY,
        # 专项 projects: 表1 二、项目支出, all scored 优 in the projects' self-evaluations
        projects=[SpecialProject("二、项目支出", D("23887.96"), D("23450.78"), D(100))],
        budget_adjusted=D("44280.35"),
        spent=D("43791.86"),
        public_cost_budget=D("3980.53"),
        public_cost_spent=D("3942.70"),
        manual=manual,
    )


def test_scheme_tree_as_printed():
    assert scheme_problems(SCHEME) == []
    assert [i.name for i in SCHEME.items] == list(TABLE3)
    assert [i.weight for i in SCHEME.items] == [D(str(w)) for w in TABLE3_WEIGHTS]
    management = [i for i in SCHEME.items if i.level1 == "管理效率"]
    assert len(management) == 23
    assert {i.level2 for i in SCHEME.items if i.level1 == "履职效能"} == {"整体效能", "专项效能"}
    assert {i.level2 for i in management} == {
        "预算编制",
        "预算执行",
        "信息公开",
        "绩效管理",
        "采购管理",
        "资产管理",
        "运行成本",
    }


@pytest.mark.parametrize("name", list(SINGLE_NUMBER_RATES))
def test_table4_completion_rates(name):
    row = next(r for r in table4_indicators() if r.name == name)
    assert row.completion is None  # computed, not typed
    assert fmt(completion_rate(row.target, row.actual) * 100) == SINGLE_NUMBER_RATES[name]


def test_table4_single_number_rows_are_exactly_those():
    computable = {r.name for r in table4_indicators() if r.completion is None}
    assert computable == set(SINGLE_NUMBER_RATES)


def test_table4_recheck_flags_the_rates_printed_capped():
    published = {
        f"表4/{name}": printed for _l, name, _t, _a, printed in TABLE4 if name in SINGLE_NUMBER_RATES
    }
    flagged = {
        d.key.removeprefix("表4/"): (str(d.published), str(d.computed))
        for d in recheck(published, table4_figures(table4_indicators()))
    }
    # the report prints 112.50% uncapped for one row and 100.00% for rows far over their target
    assert flagged == {
        "交易中心常态化活动数量": ("100.00", "145.00"),
        "科技工作者宣传": ("100.00", "193.33"),
        "创交会专项活动数量": ("100.00", "500.00"),
        "技术经纪人培育数量": ("100.00", "258.00"),
        "加大学院智慧校园的建设": ("100.00", "141.67"),
        "科普受益人次": ("100.00", "140.00"),
        "提供咨询交流服务": ("100.00", "200.00"),
    }


def test_table3_computed_items():
    result = score_department(department_input(), SCHEME)
    items = {i.name: i for i in result.items}
    assert fmt(items["部门预算资金支出率"].score) == "4.84"  # 5 × 96.79%
    assert percent(items["部门预算资金支出率"].basis) == "96.79%"
    assert fmt(items["部门整体绩效目标效益指标完成情况"].score) == "10.00"
    assert fmt(items["专项资金绩效完成情况"].score) == "20.00"
    assert fmt(items["专项资金支出率"].score) == "5.00"  # 98.17% ≥ 95%
    assert fmt(items["结转结余率"].score) == "2.00" and percent(items["结转结余率"].basis) == "1.10%"
    assert fmt(items["公用经费控制率"].score) == "2.00" and percent(items["公用经费控制率"].basis) == "99.05%"
    # 产出: mean of the 26 rows' completion, each capped at 100%: only 会议数量 (83.33%) falls short
    assert fmt(items["部门整体绩效目标产出指标完成情况"].score) == "9.94"
    assert all(
        i.method == "manual"
        for i in result.items
        if i.name
        not in {
            "部门整体绩效目标产出指标完成情况",
            "部门整体绩效目标效益指标完成情况",
            "部门预算资金支出率",
            "专项资金绩效完成情况",
            "专项资金支出率",
            "结转结余率",
            "公用经费控制率",
        }
    )
    assert result.problems == []


def test_table3_total_and_recheck_of_the_text():
    # The officer keeps the printed 9.95 for 产出 by hand (with a note): the table then totals 97.79.
    result = score_department(department_input(manual_items={"部门整体绩效目标产出指标完成情况"}), SCHEME)
    assert fmt(result.total) == "97.79"
    assert fmt(result.level1_totals["履职效能"]) == "49.79"
    assert fmt(result.level1_totals["管理效率"]) == "48.00"
    assert result.grade == "优"
    published = {f"表3/{name}": score for name, score in TABLE3.items()}
    published |= {
        "表3/合计": "97.79",
        "正文/部门整体支出绩效自评得分": "95.64",
        "正文/履职效能得分": "49.64",
        "正文/管理效率得分": "46",
    }
    computed = table3_figures(result) | {
        "正文/部门整体支出绩效自评得分": result.total,
        "正文/履职效能得分": result.level1_totals["履职效能"],
        "正文/管理效率得分": result.level1_totals["管理效率"],
        "正文/履职效能得分百分比": result.level1_totals["履职效能"] / 50 * 100,
        "正文/管理效率得分百分比": result.level1_totals["管理效率"] / 50 * 100,
    }
    published |= {"正文/履职效能得分百分比": "99.28%", "正文/管理效率得分百分比": "92%"}
    flagged = {d.key: (str(d.published), str(d.computed)) for d in recheck(published, computed)}
    assert flagged == {
        "正文/部门整体支出绩效自评得分": ("95.64", "97.79"),
        "正文/履职效能得分": ("49.64", "49.79"),
        "正文/管理效率得分": ("46", "48.00"),
        "正文/履职效能得分百分比": ("99.28", "99.58"),
        "正文/管理效率得分百分比": ("92", "96.00"),
    }


def test_table3_recheck_of_the_computed_produce_item():
    result = score_department(department_input(), SCHEME)
    published = {f"表3/{name}": score for name, score in TABLE3.items()} | {"表3/合计": "97.79"}
    flagged = {d.key: (str(d.published), str(d.computed)) for d in recheck(published, table3_figures(result))}
    assert flagged == {
        "表3/部门整体绩效目标产出指标完成情况": ("9.95", "9.94"),
        "表3/合计": ("97.79", "97.78"),
    }


def test_manual_items_are_checked():
    data = department_input()
    data.manual["绩效结果应用"] = ManualScore(D(4), "")  # weight 3, no note
    data.manual["不存在的指标"] = ManualScore(D(1), "x")
    result = score_department(data, SCHEME)
    item = next(i for i in result.items if i.name == "绩效结果应用")
    assert item.score == 3
    assert any("超出" in str(p) for p in result.problems) and any("依据" in str(p) for p in result.problems)
    assert any("不存在的指标" in str(p) for p in result.problems)
    del data.manual["合同备案时效性"]
    result = score_department(data, SCHEME)
    assert any("合同备案时效性: 尚未评分" in str(p) for p in result.problems)


def test_ceiling_rate_between_thresholds():
    data = department_input()
    data.public_cost_spent = D("3980.53") * D("1.05")  # 105%: half-way from 100% to 110%
    result = score_department(data, SCHEME)
    assert fmt(next(i for i in result.items if i.name == "公用经费控制率").score) == "1.00"
