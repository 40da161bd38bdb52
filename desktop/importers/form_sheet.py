"""One project per sheet: a key–value block (项目支出名称, 预算部门, 年度本级预算金额 "250万",
实施期 / 本年度绩效目标 …) above the indicator rows (Hunan-style 项目支出绩效目标申报表).

The block is read cell by cell: a known key takes the next non-empty cell of its row as its value.
A short label followed by a value that is not a known key is named as unused, never dropped.
"""

from __future__ import annotations

import re
from decimal import Decimal

from desktop.domain.numbers import parse_decimal
from desktop.importers.errors import SourceError
from desktop.importers.finishing import PER_INDICATOR_ROLES, finish, label_unit, unused_labels
from desktop.importers.headers import ColumnMap, normalise_label
from desktop.importers.model import Amounts, ImportedProject, ImportedTable, Repair
from desktop.importers.packed import SourceRow
from desktop.importers.per_indicator import assemble_per_indicator
from desktop.importers.textnorm import clean, split_unit_code
from desktop.messages import message

_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
FORM_KEYS: dict[str, tuple[str, ...]] = {
    "name": ("项目支出名称", "项目名称"),
    "supervisor": ("预算部门", "主管部门", "主管部门及代码"),
    "unit": ("预算单位", "实施单位", "单位名称", "资金使用单位"),
    "total": (
        "年度本级预算金额",
        "本级预算金额",
        "年度资金总额",
        "资金总额",
        "项目总额",
        "预算金额",
        "年度预算金额",
        "项目资金",
    ),
    "fiscal": ("财政拨款", "其中财政拨款"),
    "special": ("财政专户拨款", "其中财政专户拨款"),
    "other": ("其他资金", "其中其他资金"),
    "goal": ("本年度绩效目标", "年度绩效目标", "年度目标", "年度总体目标", "本年度目标"),
    # keys the app has no place for: read with their value, and named as unused
    "_unused": ("实施期绩效目标", "实施期目标", "中长期目标", "项目属性", "项目类型", "项目期限", "实施期限"),
}
_KEY_OF = {word: role for role, words in FORM_KEYS.items() for word in words}
_AMOUNT = re.compile(r"^([-+]?\d[\d,，]*(?:\.\d+)?)(万元|万|元|亿元|亿)?$")
_SCALE = {None: 0, "万元": 0, "万": 0, "元": -4, "亿元": 4, "亿": 4}


def _key(cell) -> tuple[str | None, str]:
    label = normalise_label(cell)
    bare = _BRACKETS.sub("", label)
    return _KEY_OF.get(bare), label


def form_amount(text: str, label: str, path, place: str) -> Decimal | None:
    """'250万' → 250 (万元); '2,500,000元' → 250; a label saying （元） scales a bare number."""
    text = clean(text).lstrip("￥¥").replace("人民币", "")
    if not text:
        return None
    m = _AMOUNT.match(text)
    try:
        value = parse_decimal(m.group(1)) if m else None
    except ValueError:  # '1,2万元': commas not between groups of three
        value = None
    if value is None:
        raise SourceError(path, message("importing.form.not_an_amount", label=label, value=text[:20]), place)
    unit = m.group(2) or label_unit(label)
    return value.scaleb(_SCALE.get(unit, 0))


def read_block(rows: list[SourceRow]) -> tuple[dict[str, tuple[str, str, str]], list[str], list[str]]:
    """({role: (value, label, place)}, unused key labels, other text lines) of the rows above the indicators."""
    found: dict[str, tuple[str, str, str]] = {}
    unused: list[str] = []
    loose: list[str] = []
    below: set[tuple[int, int]] = set()  # cells taken as the value of a key printed above them
    for r, row in enumerate(rows):
        cells = [("" if (r, c) in below else v) for c, v in enumerate(row.cells)]
        i = 0
        while i < len(cells):
            text = clean(cells[i])
            if not text:
                i += 1
                continue
            role, label = _key(cells[i])
            j = i + 1
            while j < len(cells) and not clean(cells[j]):
                j += 1
            value_is_key = j < len(cells) and _key(cells[j])[0] is not None
            if role is not None:
                value = "" if j >= len(cells) or value_is_key else clean(cells[j])
                if not value and r + 1 < len(rows):  # keys side by side, their values in the row below
                    under = rows[r + 1].cells[i] if i < len(rows[r + 1].cells) else ""
                    if clean(under) and _key(under)[0] is None:
                        value = clean(under)
                        below.add((r + 1, i))
                if role == "_unused":
                    unused.append(label)
                elif role not in found or (value and not found[role][0]):
                    found[role] = (value, label, row.place)
                i = j if (j >= len(cells) or value_is_key) else j + 1
                continue
            if j < len(cells) and not value_is_key and len(text) <= 12:
                unused.append(label)  # a key the app has no place for (项目属性, 实施期绩效目标 …)
                i = j + 1
                continue
            loose.append(text)
            i = j
    return found, unused, loose


def is_form(rows: list[SourceRow], cmap: ColumnMap) -> bool:
    if "name" in cmap.columns or "indicator_name" not in cmap.columns:
        return False
    found, _, _ = read_block(rows[: cmap.header_index])
    return bool(found.get("name", ("",))[0])


def read_form(rows: list[SourceRow], cmap: ColumnMap, path, check=None) -> ImportedTable:
    found, unused, loose = read_block(rows[: cmap.header_index])
    title = next((t for t in loose if "表" in t), loose[0] if loose else None)
    table = ImportedTable(source=path.name, title=title, layout="form", amount_unit="万元")

    def value(role: str) -> str:
        return found.get(role, ("", "", ""))[0]

    amounts = Amounts(
        *(
            form_amount(found[r][0], found[r][1], path, found[r][2]) if r in found else None
            for r in ("total", "fiscal", "special", "other")
        )
    )
    unit_code, unit = split_unit_code(value("unit"))
    supervisor_code, supervisor = split_unit_code(value("supervisor"))
    name_place = found["name"][2]
    project = ImportedProject(
        unit=unit or supervisor or None,
        supervisor=supervisor or None,
        name=value("name"),
        amounts=amounts,
        goal=value("goal"),
        place=name_place,
        unit_code=unit_code or (supervisor_code if not unit else None),
    )
    table.projects.append(project)
    if supervisor:
        table.department = supervisor
    body = rows[cmap.header_index + cmap.header_rows :]
    assemble_per_indicator(body, cmap, table, path, check, project=project)
    for role, (text, label, place) in found.items():
        if role in ("total", "fiscal", "special", "other") and text and not re.search(r"万|亿", text):
            if label_unit(label) in (None, "万元"):
                table.repairs.append(Repair(place, message("importing.repair.no_unit_wan", label=label)))
    finish(table, None, None)
    labels = unused_labels(cmap, PER_INDICATOR_ROLES)
    # a merged label down the left of the indicator rows (绩效指标) is a caption, not data
    labels = [lb for lb in labels if not _caption(body, cmap.labels.index(lb), lb)]
    table.unused_columns = unused + labels
    return table


def _caption(body: list[SourceRow], column: int, label: str) -> bool:
    values = [clean(r.cells[column]) for r in body if column < len(r.cells) and clean(r.cells[column])]
    return sum(v == label for v in values) * 2 >= len(values)  # merged down: the label repeated
