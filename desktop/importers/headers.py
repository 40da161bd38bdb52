"""Find the header row and give each column its meaning (role), whatever the wording or spacing.

Roles are the domain names of DESIGN.md §2. The officer can correct the result with a mapping
{role: column index (0-based) or header label}, passed back as `mapping`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.importers.textnorm import clean

# Checked in order: the first role with a matching pattern wins, so specific labels come first.
# A pattern matches when the normalised label equals it or contains it.
# The one table of header synonyms: every wording seen in the wild for a column goes here.
# The 自评表's 其中 rows, one column per fund source and money column: “当年财政拨款年初预算数” …
FUND_ROW_SOURCES = {"fiscal": ("当年财政拨款",), "carryover": ("上年结转资金", "上年结转"), "other": ("其他资金",)}
FUND_ROW_FIELDS = {"budget_initial": ("年初预算数", "年初预算"), "budget_adjusted": ("全年预算数", "全年预算"),
                   "spent": ("全年执行数", "执行数")}
FUND_ROW_ROLES = tuple(f"{s}_{f}" for s in FUND_ROW_SOURCES for f in FUND_ROW_FIELDS)
_FUND_ROW_PATTERNS = [
    (f"{s}_{f}", tuple(f"{prefix}{a}{sep}{b}" for prefix in ("", "其中") for a in names for sep in ("", "·", "-", "_")
                       for b in fields))
    for s, names in FUND_ROW_SOURCES.items() for f, fields in FUND_ROW_FIELDS.items()
]
ROLE_PATTERNS: list[tuple[str, tuple[str, ...]]] = [
    *_FUND_ROW_PATTERNS,
    ("goal_actual", ("实际完成情况", "年度总体目标实际完成情况", "总体目标实际完成情况", "总体目标完成情况")),
    ("indicator_seq", ("指标序号", "指标编号")),
    ("seq", ("序号",)),
    ("supervisor", ("主管部门", "预算部门")),
    ("name", ("项目名称", "项目支出名称", "项目")),
    ("sign", ("指标性质", "运算符号", "比较符号", "符号", "运算符")),
    ("measure_unit", ("度量单位", "计量单位", "指标单位")),
    ("direction", ("指标方向性", "指标方向", "方向性")),
    ("unit", ("预算单位", "资金使用单位", "单位名称", "实施单位", "单位")),
    ("budget_initial", ("年初预算数", "年初预算")),
    ("budget_adjusted", ("全年预算数", "调整后预算", "全年预算")),
    ("spent", ("全年执行数", "决算数", "执行数", "实际支出")),
    ("special", ("财政专户拨款", "财政专户")),
    ("fiscal", ("财政拨款",)),
    ("other", ("其他资金",)),
    (
        "total",
        (
            "总计",
            "资金总额",
            "合计",
            "年度资金总额",
            "金额合计",
            "预算金额",
            "项目金额",
            "项目总额",
            "预算数",
            "年度本级预算金额",
            "本级预算金额",
            "项目预算金额",
            "预算总额",
            "总额",
        ),
    ),
    ("goal", ("绩效目标", "年度总体目标", "总体目标", "年度目标")),
    ("level1", ("一级指标",)),
    ("level2", ("二级指标",)),
    ("indicator_name", ("三级指标", "指标名称", "指标内容")),
    ("period_target", ("实施周期指标值", "实施周期目标值", "实施期指标值", "实施期目标值")),
    ("annual_target", ("年度指标值", "年度目标值", "指标值", "绩效指标值", "指标目标值", "目标值")),
    ("weight", ("分值", "权重")),
    ("actual", ("实际完成值", "全年实际值", "实际完成", "实际值")),
    ("deviation_reason", ("偏差原因分析及改进措施", "偏差原因", "改进措施")),
    ("indicators", ("绩效指标",)),
]
ROLE_LABELS = {
    "indicator_seq": "指标序号",
    "seq": "序号",
    "supervisor": "主管部门",
    "unit": "预算单位",
    "name": "项目名称",
    "total": "总计",
    "fiscal": "财政拨款",
    "special": "财政专户拨款",
    "other": "其他资金",
    "goal": "绩效目标",
    "indicators": "绩效指标",
    "level1": "一级指标",
    "level2": "二级指标",
    "indicator_name": "三级指标",
    "period_target": "实施周期指标值",
    "annual_target": "年度指标值",
    "weight": "分值",
    "actual": "实际完成值",
    "deviation_reason": "偏差原因分析及改进措施",
    "budget_initial": "年初预算数",
    "budget_adjusted": "全年预算数",
    "spent": "全年执行数",
    "sign": "指标性质（≥、=、≤）",
    "measure_unit": "度量单位",
    "direction": "指标方向性",
    "goal_actual": "实际完成情况",
    **{f"{s}_{f}": f"其中：{names[0]}{fields[0]}" for s, names in FUND_ROW_SOURCES.items()
       for f, fields in FUND_ROW_FIELDS.items()},
}
AMOUNT_ROLES = ("total", "fiscal", "special", "other")
PER_INDICATOR_ROLES = ("level1", "level2", "indicator_name")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")


def normalise_label(text: object) -> str:
    """'绩 效 目 标' → '绩效目标'; '项目名称（资金使用单位）' keeps its bracket for matching."""
    return clean(text).replace("：", "").replace(":", "").replace("*", "")


def role_of(label: object) -> str | None:
    if isinstance(label, str) and len(label) > 200:
        return None
    norm = normalise_label(label)
    if not norm or len(norm) > 30:
        return None
    bare = _BRACKETS.sub("", norm)  # '总计（万元）' → '总计'
    for role, patterns in ROLE_PATTERNS:
        for pattern in patterns:
            if bare == pattern or norm == pattern:
                return role
    for role, patterns in ROLE_PATTERNS:
        for pattern in patterns:
            if len(pattern) >= 4 and pattern in bare:
                return role
    return None


@dataclass
class ColumnMap:
    """Column index of each role found in the header row (0-based)."""

    header_index: int  # index of the header row among the rows
    columns: dict[str, int] = field(default_factory=dict)
    labels: list[str] = field(default_factory=list)  # the header cells as printed (cleaned)
    header_rows: int = 1

    @property
    def per_indicator(self) -> bool:
        return "indicator_name" in self.columns or (
            "level1" in self.columns and "indicators" not in self.columns
        )

    def get(self, cells: list, role: str) -> object:
        i = self.columns.get(role)
        if i is None or i >= len(cells):
            return None
        return cells[i]


def map_header(cells: list) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        role = role_of(cell)
        if role and role not in columns:
            columns[role] = i
    return columns


def _is_header(columns: dict[str, int]) -> bool:
    if "name" not in columns and "indicator_name" not in columns:
        return False
    meaningful = set(columns) - {"seq", "indicator_seq"}
    return len(meaningful) >= 3 and bool(
        meaningful & {"goal", "indicators", "indicator_name", "level1", "annual_target", *AMOUNT_ROLES}
    )


def find_header(rows: list[list], limit: int = 40) -> ColumnMap | None:
    """The first row (among the first `limit`) whose labels say what the columns are.

    A two-row header (e.g. 资金 over 总计/财政拨款…, 绩效指标 over 一级/二级/三级指标) is merged
    with the row below it; the lower, more specific label wins a column.
    """
    for index, cells in enumerate(rows[:limit]):
        columns = map_header(cells)
        if len(columns) < 2:
            continue
        labels = [normalise_label(c) for c in cells]
        header_rows = 1
        if index + 1 < len(rows):
            lower_cells = rows[index + 1]
            below = map_header(lower_cells)
            if len([r for r in below if r not in columns]) >= 2:
                merged = {r: i for r, i in columns.items() if i not in below.values()}
                merged.update(below)
                if _is_header(merged):
                    columns, header_rows = merged, 2
                    lower = [normalise_label(c) for c in lower_cells]
                    width = max(len(labels), len(lower))
                    labels = [
                        (lower[i] if i < len(lower) and lower[i] else labels[i] if i < len(labels) else "")
                        for i in range(width)
                    ]
        if _is_header(columns):
            return ColumnMap(index, columns, labels, header_rows)
    return None


def apply_override(cmap: ColumnMap, mapping: dict[str, int | str] | None) -> ColumnMap:
    """The officer's corrections win: a role maps to a column index or to a header label."""
    if not mapping:
        return cmap
    columns = dict(cmap.columns)
    for role, target in mapping.items():
        if target is None or target == "":
            columns.pop(role, None)
            continue
        if isinstance(target, int):
            index = target
        else:
            wanted = normalise_label(target)
            if wanted not in cmap.labels:
                raise KeyError(target)
            index = cmap.labels.index(wanted)
        for other, i in list(columns.items()):
            if i == index and other != role:
                del columns[other]
        columns[role] = index
    return ColumnMap(cmap.header_index, columns, cmap.labels, cmap.header_rows)
