"""What each chart shows, as plain data (no drawing library): the screen, the PDF and Excel draw it.

Per project: each indicator's 完成率 (uncapped, against the 100% line) and its score against its
weight. For the department: the distribution of project scores and grades, budget execution month
by month against the 1/12-per-month line (表2), and 表3's scores by 二级 branch against their weights.
Every number comes from the computation the forms print (desktop.domain through the operations).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from desktop.domain.department import DepartmentResult
from desktop.domain.scoring import ProjectResult
from desktop.reports.data import MonthlyTable

HUNDRED = Decimal(100)
SCORE_BINS = ((Decimal(0), Decimal(60), "60分以下"), (Decimal(60), Decimal(70), "60-70"),
              (Decimal(70), Decimal(80), "70-80"), (Decimal(80), Decimal(90), "80-90"),
              (Decimal(90), Decimal(101), "90-100"))
GRADES = ("优", "良", "中", "差")


@dataclass
class Series:
    name: str
    values: list[Decimal | None]


@dataclass
class Chart:
    """Bars (kind "bar", one group per label) or lines (kind "line", one point per label)."""

    key: str
    title: str
    kind: str  # "bar" | "hbar" | "line"
    labels: list[str]
    series: list[Series]
    unit: str = ""  # "%", "分", "个"
    reference: Decimal | None = None  # a horizontal line (100% completion)
    notes: list[str] = field(default_factory=list)  # what the chart leaves out, and why

    @property
    def empty(self) -> bool:
        return not self.labels


def _pct(rate: Decimal | None) -> Decimal | None:
    return None if rate is None else rate * HUNDRED


def project_completion(result: ProjectResult) -> Chart:
    """指标完成率 of each indicator with a number target and actual; 定性 ones are named in notes."""
    labels, values, left_out = [], [], []
    for ind in result.indicators:
        if ind.completion_rate is None:
            left_out.append(ind.name)
            continue
        labels.append(ind.name)
        values.append(_pct(ind.completion_rate))
    chart = Chart(f"completion:{result.name}", f"{result.name} · 指标完成率", "hbar", labels,
                  [Series("完成率", values)], "%", reference=HUNDRED)
    if left_out:
        chart.notes.append("无数值完成率（定性或缺实际值）：" + "、".join(left_out))
    return chart


def project_scores(result: ProjectResult) -> Chart:
    """得分 against 分值: 预算执行率 first, then each indicator."""
    labels = ["预算执行率"] + [ind.name for ind in result.indicators]
    weights = [result.execution_weight] + [ind.weight for ind in result.indicators]
    scores = [result.execution_score] + [ind.score for ind in result.indicators]
    return Chart(f"scores:{result.name}", f"{result.name} · 得分与分值（总分 {result.total:.2f}，{result.grade}）",
                 "hbar", labels, [Series("分值", weights), Series("得分", scores)], "分")


def score_distribution(projects: list[ProjectResult]) -> Chart:
    counts = [0] * len(SCORE_BINS)
    for p in projects:
        for i, (low, high, _label) in enumerate(SCORE_BINS):
            if low <= p.total < high:
                counts[i] += 1
                break
    return Chart("distribution", f"项目自评得分分布（{len(projects)} 个项目）", "bar",
                 [label for _l, _h, label in SCORE_BINS], [Series("项目数", [Decimal(c) for c in counts])], "个")


def grade_counts(projects: list[ProjectResult]) -> Chart:
    counts = {g: 0 for g in GRADES}
    for p in projects:
        counts[p.grade] = counts.get(p.grade, 0) + 1
    return Chart("grades", "项目自评等级", "bar", list(counts), [Series("项目数", [Decimal(c) for c in counts.values()])],
                 "个")


def monthly_execution(table: MonthlyTable | None) -> Chart:
    """累计支出进度 by month against the even line (month ÷ 12), as 表2 measures it."""
    if table is None:
        return Chart("monthly", "预算支出进度", "line", [], [], "%", notes=["没有每月执行进度数据（表2）。"])
    labels, progress, line = [], [], []
    for row in table.rows:
        month = int(row.period.split("-")[-1].rstrip("月"))
        labels.append(f"{month}月")
        progress.append(_pct(row.progress))
        line.append(Decimal(month) / 12 * HUNDRED)
    chart = Chart("monthly", "预算支出进度（累计）与序时进度", "line", labels,
                  [Series("支出进度", progress), Series("序时进度（月份÷12）", line)], "%")
    if table.average_rate is not None:
        chart.notes.append(f"年度平均执行率 {table.average_rate * HUNDRED:.2f}%（每月支出执行率封顶 100%）")
    return chart


def table3_branches(result: DepartmentResult | None) -> Chart:
    """表3 scores summed by 一级 / 二级 branch, against the branch's weight."""
    if result is None:
        return Chart("table3", "部门整体自评（表3）", "hbar", [], [], "分", notes=["没有部门整体自评数据。"])
    weights: dict[tuple[str, str], Decimal] = {}
    for item in result.items:
        key = (item.level1, item.level2)
        weights[key] = weights.get(key, Decimal(0)) + item.weight
    labels = [f"{l1} · {l2}" for l1, l2 in weights]
    return Chart("table3", f"部门整体自评得分（合计 {result.total:.2f}，{result.grade}）按二级指标", "hbar", labels,
                 [Series("分值", list(weights.values())),
                  Series("得分", [result.level2_totals.get(k, Decimal(0)) for k in weights])], "分")


def department_charts(projects: list[ProjectResult], department: DepartmentResult | None,
                      monthly: MonthlyTable | None) -> list[Chart]:
    return [score_distribution(projects), grade_counts(projects), monthly_execution(monthly),
            table3_branches(department)]
