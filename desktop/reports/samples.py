"""Sample forms with realistic figures (seed 003 表1–表4, a scored 科普经费 project).

Used by the tests, the benchmark and "print a sample form"; figures are the seed's where it has
them (rates recomputed, not copied: 表1 prints truncated rates).
"""

from __future__ import annotations

from decimal import Decimal as D

from desktop.reports.data import (
    BudgetRow,
    BudgetTable,
    DeptCompletionRow,
    DeptCompletionTable,
    DeptScoreRow,
    DeptScoreTable,
    FundsRow,
    IndicatorRow,
    MonthlyRow,
    MonthlyTable,
    SelfEvalForm,
    SignatureBlock,
    TargetIndicator,
    TargetsProject,
    TargetsTable,
)

DEPT = "广州市科学技术协会"
SIGN = SignatureBlock(unit="广州市科学技术协会", head="张立", filler="李敏", phone="020-83540000",
                      date="2023年3月15日")


def _rate(a: D, b: D) -> D | None:
    return None if not b else a / b


def budget_table() -> BudgetTable:
    rows = []
    data = [
        ("1", "一、基本支出", "19904.36", "20392.39", "20341.08"),
        ("2", "（1）人员经费", "15565.06", "16411.86", "16398.38"),
        ("3", "（2）公用经费", "4339.30", "3980.53", "3942.70"),
        ("4", "二、项目支出", "25442.00", "23887.96", "23450.78"),
        ("5", "其中：基本建设类项目", "10881.96", "8084.50", "8083.47"),
        ("6", "合计", "45346.36", "44280.35", "43791.86"),
    ]
    for seq, item, a, b, c in data:
        a, b, c = D(a), D(b), D(c)
        rows.append(BudgetRow(seq, item, a, b, c, (b - a) / a, _rate(c, b), is_total=item == "合计"))
    return BudgetTable(2022, DEPT, rows, SIGN)


MONTHS = [(3, 45456, 12408), (4, 46660, 15084), (5, 45713, 19144), (6, 45816, 24273),
          (7, 46830, 25747), (8, 47008, 29753), (9, 47031, 34888), (10, 47031, 36164),
          (11, 46569, 39125), (12, 44280, 43792)]


def monthly_table() -> MonthlyTable:
    rows = []
    capped = []
    for i, (m, budget, spent) in enumerate(MONTHS, 1):
        progress = D(spent) / D(budget)
        ex = progress / (D(m) / 12)
        capped.append(min(ex, D(1)))
        rows.append(MonthlyRow(str(i), f"1-{m}月", D(budget), D(spent), progress, ex))
    return MonthlyTable(2022, DEPT, rows, sum(capped) / len(capped), SIGN)


DEPT_SCORES = [
    ("履职效能", "整体效能", "部门整体绩效目标产出指标完成情况", "10", "9.95"),
    ("履职效能", "整体效能", "部门整体绩效目标效益指标完成情况", "10", "10"),
    ("履职效能", "整体效能", "部门预算资金支出率", "5", "4.84"),
    ("履职效能", "专项效能", "专项资金绩效完成情况", "20", "20"),
    ("履职效能", "专项效能", "专项资金支出率", "5", "5"),
    ("管理效率", "预算编制", "新增预算项目事前绩效评估", "3", "3"),
    ("管理效率", "预算执行", "结转结余率", "2", "2"),
    ("管理效率", "预算执行", "财务管理合规性", "2", "2"),
    ("管理效率", "信息公开", "预决算公开合规性", "2", "2"),
    ("管理效率", "信息公开", "绩效信息公开情况", "2", "2"),
    ("管理效率", "绩效管理", "绩效管理制度建设", "5", "5"),
    ("管理效率", "绩效管理", "绩效结果应用", "3", "2"),
    ("管理效率", "绩效管理", "绩效管理制度执行", "7", "7"),
    ("管理效率", "采购管理", "采购意向公开合规性", "0.5", "0.5"),
    ("管理效率", "采购管理", "采购意向公开时限", "1.5", "1.5"),
    ("管理效率", "采购管理", "采购内控制度建设", "1", "1"),
    ("管理效率", "采购管理", "采购活动合规性", "2", "2"),
    ("管理效率", "采购管理", "采购合同签订时效性", "3", "3"),
    ("管理效率", "采购管理", "合同备案时效性", "1", "0"),
    ("管理效率", "采购管理", "采购政策效能", "1", "1"),
    ("管理效率", "资产管理", "资产配置合规性", "2", "2"),
    ("管理效率", "资产管理", "资产收益上缴的及时性", "1", "1"),
    ("管理效率", "资产管理", "资产盘点情况", "1", "1"),
    ("管理效率", "资产管理", "数据质量", "2", "2"),
    ("管理效率", "资产管理", "资产管理合规性", "2", "2"),
    ("管理效率", "资产管理", "固定资产利用率", "2", "2"),
    ("管理效率", "运行成本", "公用经费控制率", "2", "2"),
    ("管理效率", "运行成本", "“三公”经费控制情况", "2", "2"),
]


def dept_score_table() -> DeptScoreTable:
    rows = [DeptScoreRow(a, b, c, D(w), D(s)) for a, b, c, w, s in DEPT_SCORES]
    return DeptScoreTable(2022, DEPT, rows, sum(r.weight for r in rows), sum(r.score for r in rows), SIGN)


DEPT_TARGETS = [
    ("产出指标", "数量指标", "《科学大求真》和《科普一分钟》项目数量",
     "《科学大求真》每周播出一期，全年50期。《科普一分钟》每天播出一期，全年360期。",
     "《科学大求真》每周播出一期，全年50期。《科普一分钟》全年播出360期。", "1"),
    ("产出指标", "数量指标", "科普服务乡村振兴数量", "打造50个特色村，打造3个特色小镇。",
     "在从化区、增城区、白云区和黄埔区打造了50个特色村，在黄埔区、天河区和从化区打造3个特色小镇，"
     "分别是天鹿湖生物土壤资源科普小镇、广东省科学院长兴科创园科普小镇和玫瑰科普小镇。", "1"),
    ("产出指标", "数量指标", "参加国际、国内学术交流", "青年人才参加国际、国内重要的学术会议40场。",
     "青年人才参加国际、国内重要的学术会议45场。", "1.125"),
    ("产出指标", "数量指标", "申请专利数", "青年人才申请国家发明专利30件。", "青年人才申请国家发明专利35件。",
     "1.166666"),
    ("产出指标", "数量指标", "会议数量", "支持3档国际学术会议18场。", "支持3档国际学术会议15场。", "0.833333"),
    ("效益指标", "经济效益", "促进技术成果交易落地金额",
     "创交会促成技术成果转化交易落地金额约96.6亿，交易中心促进成果转化交易落地金额每年不少于100亿。",
     "创交会促成技术成果转化交易落地金额128.49亿，交易中心促进成果转化交易落地金额102.48亿。", "1"),
    ("效益指标", "社会效益", "科普受益人次", "全年接受科普知识传播人次1500万人次以上。",
     "全年通过开展线上线下活动及融媒体科普宣传活动等，传播人数超2100万人次。", "1"),
    ("效益指标", "社会效益", "提供咨询交流服务", "工作站举办学术交流活动不少于20次。",
     "开展论坛、培训、技术交流等活动超40场。", "1"),
]


def dept_completion_table() -> DeptCompletionTable:
    rows = [DeptCompletionRow(a, b, c, t, x, D(r)) for a, b, c, t, x, r in DEPT_TARGETS]
    return DeptCompletionTable(2022, DEPT, rows, SIGN)


SCORED_INDICATORS = [
    ("产出指标", "数量指标", "全年开展科普活动的次数", "不少于1000次", "1126次", "10", "10", ""),
    ("产出指标", "数量指标", "全年接受科普知识传播人次", "3000万人次以上", "2100万人次", "10", "7",
     "受疫情影响，线下活动场次减少；下一年度加大线上传播力度。"),
    ("产出指标", "数量指标", "科普书籍印发数量", "各1.5万本", "各1.5万本", "10", "10", ""),
    ("产出指标", "数量指标", "科普特色村建设数量", "12条", "12条", "10", "10", ""),
    ("产出指标", "质量指标", "活动验收合格率", "≥95%", "98%", "10", "10", ""),
    ("效益指标", "社会效益指标", "提升科普化程度", "全市公民具备科学素质的比例高于17.4%", "18.2%", "15", "15",
     ""),
    ("效益指标", "社会效益指标", "增强科普活动效果", "有效提升", "达成年度指标", "15", "13.5", ""),
    ("满意度指标", "服务对象满意度指标", "服务对象满意度", "超过90%", "93%", "10", "10", ""),
]


def self_eval_form(project: str = "科普经费", indicators: list[IndicatorRow] | None = None) -> SelfEvalForm:
    funds = [
        FundsRow("年度资金总额", D("1200.00"), D("1180.00"), D("1165.25"), D(10), D("1165.25") / D("1180.00"),
                 D(10) * D("1165.25") / D("1180.00")),
        FundsRow("其中：当年财政拨款", D("1200.00"), D("1180.00"), D("1165.25"), None,
                 D("1165.25") / D("1180.00")),
        FundsRow("上年结转资金", D(0), D(0), D(0)),
        FundsRow("其他资金", D(0), D(0), D(0)),
    ]
    if indicators is None:
        indicators = [IndicatorRow(a, b, c, t, x, D(w), D(s), dv)
                      for a, b, c, t, x, w, s, dv in SCORED_INDICATORS]
    total = funds[0].score + sum(i.score for i in indicators if i.score is not None)
    grade = "优" if total >= 90 else "良" if total >= 80 else "中" if total >= 60 else "差"
    return SelfEvalForm(
        year=2022, project=project, department=DEPT, unit="广州市科学技术协会（本级）", funds=funds,
        goal_expected="以实施《全民科学素质行动规划纲要》为主线，以科普信息化、科普服务乡村振兴战略三年计划和打造"
                      "广州科普品牌为重点，着力提升科普工作能力和服务水平。",
        goal_actual="全年开展科普活动1126次，打造科普特色村12条，全市公民具备科学素质的比例达18.2%，"
                    "科普品牌影响力进一步提升。",
        indicators=indicators, total_weight=D(100), total_score=total, grade=grade, signature=SIGN,
    )


def many_indicators(n: int = 60) -> list[IndicatorRow]:
    """A long project: n indicators over the three level1 classes (for pagination)."""
    groups = [("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"),
              ("效益指标", "社会效益指标"), ("效益指标", "可持续影响指标"), ("满意度指标", "服务对象满意度指标")]
    per = -(-n // len(groups))
    out = []
    for i in range(n):
        l1, l2 = groups[i // per]
        out.append(IndicatorRow(l1, l2, f"第{i + 1}项指标：开展科普活动场次", f"不少于{i + 10}场",
                                f"{i + 12}场", D(90) / n, D(90) / n,
                                "按计划完成。" if i % 7 else "受场地改造影响，部分活动延期至下半年举办，"
                                "已调整全年活动计划并增加线上场次。"))
    return out


def targets_table() -> TargetsTable:
    ind = [
        TargetIndicator("1-产出指标", "11-数量指标", "全年开展科普活动的次数", "不少于1000次", "不少于1000次"),
        TargetIndicator("1-产出指标", "11-数量指标", "全年接受科普知识传播人次", "3000万人次以上", "3000万人次以上"),
        TargetIndicator("3-满意度指标", "31-服务对象满意度", "服务对象满意度", "超过90%", "超过90%"),
    ]
    return TargetsTable(2023, "广州市科学技术协会（本级）", [
        TargetsProject("合计", D("8234.33"), D("8234.33"), is_subtotal=True),
        TargetsProject("广州市科学技术协会", D("8234.33"), D("8234.33"), is_subtotal=True),
        TargetsProject("科普经费", D("1200.00"), D("1200.00"),
                       goal="以实施《全民科学素质行动规划纲要》为主线，着力提升科普工作能力和服务水平。",
                       indicators=ind),
        TargetsProject("工作经费", D("12.00"), D("12.00"),
                       goal="通过与国（境）外科技社团开展交流，发挥科协民间科技交流的优势。",
                       indicators=[TargetIndicator("1-产出指标", "11-数量指标", "形成交流报告", "1篇", "1篇")]),
    ], SIGN)


def all_forms() -> list:
    return [targets_table(), self_eval_form(), dept_score_table(), dept_completion_table(), budget_table(),
            monthly_table()]
