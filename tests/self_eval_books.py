"""Hand-made 项目支出绩效自评表 workbooks, written the ways officers type them in Excel.

`write_book(path, forms, **layout)` writes forms given as plain dicts; the layout switches are the
variants real tables show (DESIGN §8): amounts in 元 or 万元, rates as text or numbers, merged
一级/二级 cells or a label typed once, an optional 等级 cell, one sheet per project or several
forms down one sheet, operator and unit in their own columns.
"""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook

D = Decimal

FUND_LABELS = ("年度资金总额", "其中：当年财政拨款", "上年结转资金", "其他资金")


def form(name, funds, indicators, total_weight=None, total_score=None, grade="", dept="某县财政局",
         unit="某县某中心", goal="完成年度建设任务。", goal_actual="已完成年度建设任务。"):
    """funds: [(initial, adjusted, spent, weight, rate, score)] for the four rows (None = blank);
    indicators: [(level1, level2, name, target, actual, weight, score, deviation)]."""
    return {"name": name, "dept": dept, "unit": unit, "funds": funds, "indicators": indicators,
            "total_weight": total_weight, "total_score": total_score, "grade": grade, "goal": goal,
            "goal_actual": goal_actual}


def _num(v):
    return None if v is None else float(v) if isinstance(v, Decimal) else v


def write_book(path, forms, *, money="万元", rates="text", merged=True, grade_cell=True, per_sheet=True,
               split_columns=False, year=2022):
    wb = Workbook()
    wb.remove(wb.active)
    ws = None
    row = 1
    for f in forms:
        if per_sheet or ws is None:
            ws = wb.create_sheet(f["name"][:31] if per_sheet else "自评表")
            row = 1
        row = _write_form(ws, row, f, f.get("money", money), rates, merged, grade_cell, split_columns, year) + 2
    wb.save(path)
    return path


def _text(cell, value):
    """Text as typed with a leading apostrophe: "=100%" stays text, not a formula."""
    cell.value = value
    if isinstance(value, str) and value.startswith("="):
        cell.data_type = "s"
        cell.quotePrefix = True


def _rate_value(ws, cell, rate, rates):
    if rate is None:
        return
    if rates == "text":
        cell.value = f"{rate}%"
    elif rates == "percent":  # a number formatted as a percentage: 0.8619 shows 86.19%
        cell.value = float(D(rate) / 100)
        cell.number_format = "0.00%"
    else:  # the percentage typed as a plain number
        cell.value = float(rate)


def _write_form(ws, r, f, money, rates, merged, grade_cell, split_columns, year):
    ind_cols = ["一级指标", "二级指标", "三级指标"]
    ind_cols += ["运算符", "指标值", "度量单位", "指标方向性"] if split_columns else ["年度指标值"]
    ind_cols += ["实际完成值", "分值", "得分", "偏差原因分析及改进措施"]
    width = len(ind_cols) + 1
    ws.cell(r, 1, "项目支出绩效自评表")
    ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=width)
    ws.cell(r + 1, 1, f"（{year}年度）")
    r += 2
    ws.cell(r, 1, "项目名称")
    ws.cell(r, 2, f["name"])
    ws.merge_cells(start_row=r, start_column=2, end_row=r, end_column=width)
    r += 1
    ws.cell(r, 1, "主管部门")
    ws.cell(r, 2, f["dept"])
    ws.cell(r, 5, "实施单位")
    ws.cell(r, 6, f["unit"])
    r += 1
    funds_label = f"项目资金（{money}）"
    head = r
    for c, label in enumerate(["", "年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"], start=2):
        ws.cell(r, c, label or None)
    for k, values in enumerate(f["funds"]):
        rr = r + 1 + k
        ws.cell(rr, 2, FUND_LABELS[k])
        initial, adjusted, spent, weight, rate, score = values
        for c, v in zip((3, 4, 5), (initial, adjusted, spent), strict=True):
            if v is not None:
                ws.cell(rr, c, _num(v))
        if weight is not None:
            ws.cell(rr, 6, _num(weight))
        _rate_value(ws, ws.cell(rr, 7), rate, rates)
        if score is not None:
            ws.cell(rr, 8, _num(score))
    ws.cell(head, 1, funds_label)
    ws.merge_cells(start_row=head, start_column=1, end_row=head + len(f["funds"]), end_column=1)
    r = head + len(f["funds"]) + 1
    ws.cell(r, 1, "年度总体目标")
    ws.cell(r, 2, "预期目标")
    ws.cell(r, 5, "实际完成情况")
    ws.cell(r + 1, 2, f["goal"])
    ws.cell(r + 1, 5, f["goal_actual"])
    ws.merge_cells(start_row=r, start_column=1, end_row=r + 1, end_column=1)
    r += 2
    ws.cell(r, 1, "绩效指标")
    for c, label in enumerate(ind_cols, start=2):
        ws.cell(r, c, label)
    top = r
    previous = (None, None)
    runs: list[tuple[int, int, int]] = []  # (column, first row, last row) of equal labels
    for k, ind in enumerate(f["indicators"]):
        rr = r + 1 + k
        l1, l2, name, target, actual, weight, score, deviation = ind
        if merged or previous[0] != l1:
            ws.cell(rr, 2, l1)
        if merged or previous != (l1, l2):
            ws.cell(rr, 3, l2)
        for col, value in ((2, l1), (3, l2)):
            if runs and runs[-1][0] == col and value == (previous[0] if col == 2 else previous[1]) and (
                col == 2 or previous[0] == l1
            ):
                runs[-1] = (col, runs[-1][1], rr)
            else:
                runs.append((col, rr, rr))
        previous = (l1, l2)
        ws.cell(rr, 4, name)
        c = 5
        if split_columns:
            op, value, unit_, direction = target
            for v in (op, value, unit_, direction):
                if v is not None:
                    ws.cell(rr, c, v)
                c += 1
        else:
            _text(ws.cell(rr, c), target)
            c += 1
        _text(ws.cell(rr, c), actual)
        if weight is not None:
            ws.cell(rr, c + 1, _num(weight))
        if score is not None:
            ws.cell(rr, c + 2, _num(score))
        if deviation:
            ws.cell(rr, c + 3, deviation)
    if merged:
        for col, first, last in runs:
            if last > first:
                ws.merge_cells(start_row=first, start_column=col, end_row=last, end_column=col)
    r = top + len(f["indicators"]) + 1
    ws.merge_cells(start_row=top, start_column=1, end_row=r - 1, end_column=1)
    ws.cell(r, 1, "总分")
    score_col = len(ind_cols) - 1
    if f["total_weight"] is not None:
        ws.cell(r, score_col, _num(f["total_weight"]))
    if f["total_score"] is not None:
        ws.cell(r, score_col + 1, _num(f["total_score"]))
    if grade_cell:
        ws.cell(r, score_col + 2, f"等级：{f['grade']}")
    r += 1
    ws.cell(r, 1, "填报人：张三")
    ws.cell(r, 5, "联系电话：12345678")
    return r


# --- one slip of each kind (the list), the rest sound -----------------------------------


def slips_forms() -> list[dict]:
    sound_tail = [
        ("效益指标", "社会效益指标", "群众出行条件", "有效改善", "明显改善", 20, 18, ""),
        ("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "95%", 10, 10, ""),
    ]
    road = form(  # 执行率 printed 86.19% for 215,457.6 / 250,000 = 86.18% (amounts in 元)
        "乡村道路建设",
        [(250000, 250000, D("215457.6"), 10, "86.19", D("8.62")),
         (250000, 250000, D("215457.6"), None, "86.18", None), (0, 0, 0, None, None, None), (0, 0, 0, None, None, None)],
        [("产出指标", "数量指标", "指标1：新建道路长度", "≥266米", "≥266米", 20, 20, ""),
         ("产出指标", "质量指标", "工程验收合格率", "100%", "100%", 10, 10, ""),
         ("产出指标", "时效指标", "项目完工及时率", "=100%", "100%", 10, 10, ""),
         ("产出指标", "成本指标", "每公里建设成本", "20万元", "18万元", 10, 10, ""),
         ("效益指标", "经济效益指标", "带动务工人数", "≥30人", "32人", 10, 10, ""), *sound_tail],
        total_weight=100, total_score=D("96.62"), grade="优")
    road["money"] = "元"
    water = form(  # 年度资金总额 left at 0/0/0 under a filled 其中 row: budget scored 0, not 10
        "农村饮水安全",
        [(0, 0, 0, 10, "0", 0), (100, D("65.6"), D("65.6"), None, "100", None),
         (None, None, None, None, None, None), (None, None, None, None, None, None)],
        [("产出指标", "数量指标", "新建供水工程", "≥8处", "8处", 30, 30, ""),
         ("产出指标", "质量指标", "水质达标率", "≥95%", "97%", 20, 20, ""), *sound_tail,
         ("效益指标", "可持续影响指标", "工程运行年限", "≥10年", "10年", 10, 10, "")],
        total_weight=100, total_score=88, grade="良")
    school = form(  # scores rounded up to whole points, twice: 8.62 → 9
        "学校维修改造",
        [(100, 100, D("86.2"), 10, "86.2", 9), (100, 100, D("86.2"), None, "86.2", None),
         (None, None, None, None, None, None), (None, None, None, None, None, None)],
        [("产出指标", "数量指标", "维修校舍面积", "≥5000平方米", "5200平方米", 30, 30, ""),
         ("产出指标", "质量指标", "维修资金支付进度", "100%", "86.2%", 10, 9, "部分工程款待审计后支付"),
         ("产出指标", "时效指标", "开学前完工率", "100%", "100%", 10, 10, ""), *sound_tail,
         ("效益指标", "社会效益指标", "受益学生人数", "≥1200人", "1300人", 10, 10, "")],
        total_weight=100, total_score=96, grade="优")
    culture = form(  # weights adding to 100 on top of the 10 budget points, total printed as 100
        "文化惠民演出",
        [(50, 50, 50, 10, "100", 10), (50, 50, 50, None, "100", None),
         (None, None, None, None, None, None), (None, None, None, None, None, None)],
        [("产出指标", "数量指标", "演出场次", "≥40场", "42场", 30, 30, ""),
         ("产出指标", "质量指标", "演出合格率", "100%", "100%", 20, 20, ""),
         ("效益指标", "社会效益指标", "观众人次", "≥2万人次", "2.3万人次", 20, 20, ""), *sound_tail],
        total_weight=100, total_score=108, grade="优")
    forest = form(  # five met targets scored below full with no 偏差原因
        "森林防火",
        [(80, 80, 80, 10, "100", 10), (80, 80, 80, None, "100", None),
         (None, None, None, None, None, None), (None, None, None, None, None, None)],
        [("产出指标", "数量指标", "巡护里程", "≥1200公里", "1250公里", 10, 9, ""),
         ("产出指标", "数量指标", "防火宣传次数", "≥20次", "24次", 20, 19, ""),
         ("产出指标", "质量指标", "火情发现及时率", "≥95%", "98%", 20, 19, ""),
         ("效益指标", "生态效益指标", "森林覆盖率", "≥60%", "61.5%", 30, 27, ""),
         ("满意度指标", "服务对象满意度指标", "林区群众满意度", "≥90%", "93%", 10, 7, "")],
        total_weight=100, total_score=91, grade="优")
    monitor = form(  # "═100%" at 98% given 9 where pro rata gives 9.80; 总分 not the sum
        "环境监测",
        [(60, 60, 60, 10, "100", 10), (60, 60, 60, None, "100", None),
         (None, None, None, None, None, None), (None, None, None, None, None, None)],
        [("产出指标", "数量指标", "监测点位数", "═8个", "8个", 30, 30, ""),
         ("产出指标", "质量指标", "数据有效率", "═100%", "98%", 10, 9, ""),
         ("产出指标", "时效指标", "报告按时报送率", "﹦100%", "100%", 10, 10, ""),
         ("效益指标", "生态效益指标", "空气质量优良天数比例", "≧85%", "88%", 10, 10, ""), *sound_tail],
        total_weight=100, total_score=98, grade="优")
    return [road, water, school, culture, forest, monitor]


# --- other provinces' layouts, typed cell by cell --------------------------------------------------


def write_sichuan_style(path):
    """部门预算项目支出绩效自评表: goal block above the budget block, 预算执行情况(10分) with 总额 /
    其中:财政资金 / 财政专户管理资金 / 单位资金 / 其他资金, 绩效指标(90分) with 指标性质 / 指标值 / 度量单位 /
    完成值 / 权重 columns and fractional weights, a 合计 row, then 评价结论."""
    wb = Workbook()
    ws = wb.active
    ws.title = "自评表"
    rows = [
        ["部门预算项目支出绩效自评表(2023年度)"],
        ["项目名称", "51090000T000000000001-2023年安可替代补助资金项目"],
        ["主管部门", "某县司法局部门", None, None, "实施单位 (盖章)", "某县司法局"],
        ["项目基本情况", "1.项目年度目标完成情况", "项目年度目标", None, None, "年度目标完成情况"],
        ["项目基本情况", "1.项目年度目标完成情况", "购买安可设备并完成资金支付。", None, None, "已完成。"],
        ["项目基本情况", "2.项目实施内容及过程概述", "购买13台安可电脑，12月前完成支付。"],
        ["预算执行情况(10分)", "年度预算数(万元)", "年初预算", "调整后预算数", "预算执行数", "预算执行率", "权重",
         "得分", "原因"],
        ["预算执行情况(10分)", "总额", 0, 3.36, 3.36, "100.00%", 10, 10, "预算执行率=预算执行数/调整后预算数"],
        ["预算执行情况(10分)", "其中:财政资金", 0, 3.36, 3.36, "100.00%", "/", "/"],
        ["预算执行情况(10分)", "财政专户管理资金", 0, 0, 0, "0.00%", "/", "/"],
        ["预算执行情况(10分)", "单位资金", 0, 0, 0, "0.00%", "/", "/"],
        ["预算执行情况(10分)", "其他资金", None, None, None, None, "/", "/"],
        ["绩效指标(90分)", "一级指标", "二级指标", "三级指标", "指标性质", "指标值", "度量单位", "完成值", "权重",
         "得分", "未完成原因分析"],
        ["绩效指标(90分)", "产出指标", "数量指标", "购置安可电脑数量", "≥", 13, "台", 13, 22.5, 22.5],
        ["绩效指标(90分)", "产出指标", "成本指标", "成本控制数", "≤", 3.36, "万元", 3.36, 22.5, 22.5],
        ["绩效指标(90分)", "产出指标", "时效指标", "按时支付率", "=", 100, "%", 100, 22.5, 22.5],
        ["绩效指标(90分)", "满意度指标", "服务对象满意度指标", "使用人员满意度", "≥", 90, "%", 95, 22.5, 22.5],
        ["合计", None, None, None, None, None, None, None, 100, 100],
        ["评价结论", "项目自评得分100分，完成年度目标。"],
        ["项目负责人：李四", None, None, None, "财务负责人：王五"],
    ]
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values, start=1):
            if v is not None:
                _text(ws.cell(r, c), v)
    ws.merge_cells("A4:A6")
    ws.merge_cells("B4:B5")
    ws.merge_cells("A7:A12")
    ws.merge_cells("A13:A17")
    ws.merge_cells("A18:H18")
    wb.save(path)
    return path


def write_anhui_style(path):
    """项目支出绩效自评表 as some 安徽 counties type it: 全年预算数(A) / 执行率(B/A), a 年度资金总额: row left
    at 0 under a filled 其中:本年财政拨款 row, 一级 labels with their points "产出指标(50分)", names
    "指标1:…", empty "指标2:" / "……" placeholder rows and a "指标1:/" row marked not applicable."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    rows = [
        ["项目支出绩效自评表"],
        ["（2022年度）"],
        ["项目名称", "委托业务项目"],
        ["主管部门", "219-某镇人民政府", None, None, "实施单位", "219001-某镇人民政府"],
        ["项目资金\n（万元）", None, "年初预算数", "全年预算数(A)", "全年执行数(B)", "分值", "执行率(B/A)", "得分"],
        ["项目资金\n（万元）", "年度资金总额:", 0, 0, 0, 10, 0, 0],
        ["项目资金\n（万元）", "其中:本年财政拨款", 90, 89.974, 89.974, "-", None, "-"],
        ["项目资金\n（万元）", "上年结转资金", None, None, None, "-", None, "-"],
        ["项目资金\n（万元）", "其他资金", None, None, None, "-", None, "-"],
        ["年度总体目标完成情况", "预期目标", None, None, "实际完成情况"],
        ["年度总体目标完成情况", "完成基建工程委托业务。", None, None, "已完成。"],
        ["年度绩效指标完成情况", "一级\n指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分",
         "偏差原因分析及改进措施"],
        [None, "产出指标\n(50分)", "数量指标", "指标1:委托业务项目数量", "≥50个", "50", 20, 20],
        [None, None, None, "指标2:"],
        [None, None, None, "……"],
        [None, None, "质量指标", "指标1:委托业务报告合格率", "≥100百分比", "100", 20, 20],
        [None, None, "成本指标", "指标1:项目总成本", "≤90万元", "89.974万元", 10, 10],
        [None, "效益指标\n(30分)", "生态效益\n指标", "指标1:/", "/", "/"],
        [None, None, "社会效益\n指标", "指标1:对基建市场公平的影响", "效果明显", "达成预期指标", 30, 27],
        [None, "满意度指标\n(10分)", "服务对象\n满意度指标", "指标1:服务对象满意度", "≥90%", "95%", 10, 10],
        ["总分", None, None, None, None, None, 100, 87],
        ["注：一级指标分值统一设置为产出50分、效益30分、满意度10分、预算执行率10分。"],
    ]
    for r, values in enumerate(rows, start=1):
        for c, v in enumerate(values, start=1):
            if v is not None:
                _text(ws.cell(r, c), v)
    ws.merge_cells("A12:A20")
    ws.merge_cells("B13:B17")
    ws.merge_cells("B18:B19")
    ws.merge_cells("A21:F21")
    wb.save(path)
    return path
