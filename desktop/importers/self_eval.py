"""Read filled 项目支出绩效自评表 (财预〔2020〕10号) workbooks: what the officer typed and printed.

A workbook holds one form per sheet or several forms down one sheet; the layout the app prints
(desktop/reports/forms.py) and hand-made variants are read: amounts in 元 or 万元 (converted to
万元), rates as text ("86.19%") or numbers (0.8619 or 86.19), merged 一级/二级 cells (or the
label typed once and left blank below), an optional 等级 cell, fund rows with 其中, and
operator / unit / 指标方向性 in their own columns.

Every printed figure is kept as printed (Decimal, rates in percent) beside the inputs, so the
re-check (desktop/domain/recheck.py) can recompute and compare. Pure file reading: no Qt, no SQL.
"""

from __future__ import annotations

import re
import warnings
from decimal import Decimal
from pathlib import Path

from desktop.domain.numbers import parse_decimal, round_half_up
from desktop.domain.self_eval import FilledSelfEvalForm, FormIndicator, FundRow, SelfEvalBook
from desktop.domain.targets import compose_target
from desktop.importers.errors import Place, SourceError
from desktop.messages import Message, message

__all__ = ["FormIndicator", "FundRow", "SelfEvalBook", "FilledSelfEvalForm", "looks_like_self_eval", "read_self_eval"]

TEN_THOUSAND = Decimal(10_000)

# --- cells ----------------------------------------------------------------------------------------


class _Cell:
    """One cell: its value, whether it is formatted as a percentage (0.8619 shows 86.19%), and its
    text and label key worked out once (a merged range shares one _Cell)."""

    __slots__ = ("key", "percent", "text", "value")

    def __init__(self, value: object, percent: bool):
        self.value = value
        self.percent = percent
        self.text = _text_of(value, percent)
        self.key = _key(self.text) if self.text else ""


def _text_of(v: object, percent: bool) -> str:
    if v is None:
        return ""
    if isinstance(v, int | float) and not isinstance(v, bool):
        number = Decimal(repr(v)) if isinstance(v, float) else Decimal(v)
        if percent:  # 1 formatted as a percentage is the "100%" the officer sees
            return format((number * 100).normalize(), "f") + "%"
        return format(number.normalize(), "f")
    return str(v).strip()


_SPACES = re.compile(r"\s+")


def _key(text: str) -> str:
    """A label as compared: no whitespace, full-width brackets and colons as half-width."""
    return _SPACES.sub("", text).replace("（", "(").replace("）", ")").replace("：", ":")


def _grid(sheet, formulas=None) -> list[list[_Cell]]:
    """The sheet's cells with every merged range filled with its top-left value.

    `formulas` is the same sheet read with its formulas: a formula no program has computed (no
    cached value, as written by a script) keeps its text — "=100%" typed where Excel was not asked.
    """
    rows = [
        [_Cell(c.value, "%" in (c.number_format or "")) for c in row]
        for row in sheet.iter_rows(min_row=1, max_row=sheet.max_row, max_col=sheet.max_column)
    ]
    if formulas is not None:
        for r, row in enumerate(formulas.iter_rows(min_row=1, max_row=sheet.max_row, max_col=sheet.max_column)):
            for c, cell in enumerate(row):
                if isinstance(cell.value, str) and cell.value.startswith("=") and rows[r][c].value is None:
                    rows[r][c] = _Cell(cell.value, False)
    for rng in sheet.merged_cells.ranges:
        if rng.min_row > len(rows) or rng.min_col > len(rows[rng.min_row - 1]):
            continue  # a merged range outside the cells read holds nothing
        top = rows[rng.min_row - 1][rng.min_col - 1]
        for r in range(rng.min_row - 1, min(rng.max_row, len(rows))):
            for c in range(rng.min_col - 1, min(rng.max_col, len(rows[r]))):
                rows[r][c] = top
    return rows


def _place(sheet: str, row: int, col: int | None = None) -> Place:
    return Place(sheet=sheet, row=row + 1, column=None if col is None else col + 1, letter=True)


def _number(cell: _Cell, where: str, path: Path, what: Message) -> Decimal | None:
    """An amount or score: a number, or text such as "250万" / "1,234.5" / "9分"; blank → None."""
    v = cell.value
    if isinstance(v, str) and v.strip() == "无":
        return None
    try:
        return parse_decimal(v, dashes=True, suffixes="分", exponent=False)
    except ValueError:
        raise SourceError(path, message("importing.self_eval.not_a_number", what=what, value=str(v)), where) from None


def _amount(cell: _Cell, where: str, path: Path, what: Message, yuan: bool,
            notes: list[str] | None = None) -> Decimal | None:
    """An amount in 万元: "25万元" / "25万" are 万元 whatever the table says, "250000元" is 元, a bare
    number is in the table's unit (`yuan`: the block says 元).

    Money has no part smaller than the 分: a figure finer than that (266666.6666666667 元, a
    formula's result, printed 266666.67) is rounded half-up to the 分 — 2 decimals in 元, 6 in 万元
    — and `notes` says so, naming the cell."""
    v = cell.value
    unit = "元" if yuan else "万元"
    if isinstance(v, str) and not isinstance(v, bool):
        text = _SPACES.sub("", v)
        m = re.fullmatch(r"(.*?)(万元|万|元)?", text)
        try:
            value = parse_decimal(m.group(1), dashes=True, exponent=False) if text != "无" else None
        except ValueError:
            raise SourceError(path, message("importing.self_eval.not_a_number", what=what, value=str(v)), where) from None
        if value is None:
            return None
        unit = "万元" if m.group(2) in ("万元", "万") else "元" if m.group(2) == "元" or yuan else "万元"
    else:
        value = _number(cell, where, path, what)
        if value is None:
            return None
    places = 2 if unit == "元" else 6
    if value.as_tuple().exponent < -places and (rounded := round_half_up(value, places)) != value:
        if notes is not None:
            notes.append(str(message("importing.self_eval.amount_rounded", place=where, what=what,
                                     value=_plain(value), rounded=_plain(rounded), unit=unit)))
        value = rounded
    return value / TEN_THOUSAND if unit == "元" else value


def _plain(value: Decimal) -> str:
    return format(value, "f")


def _rate(cell: _Cell, where: str, path: Path) -> Decimal | None:
    """A printed rate in percent: "86.19%" → 86.19; 0.8619 (formatted as % or ≤ 2) → 86.19; 86.19 → 86.19."""
    v = cell.value
    try:
        value = parse_decimal(v, dashes=True, suffixes="%", exponent=False)
    except ValueError:
        raise SourceError(path, message("importing.self_eval.not_a_rate", value=str(v)), where) from None
    if value is None:
        return None
    if isinstance(v, str):  # a printed "86.19%" or "86.19" is in percent, a bare 0.8619 a fraction
        return value if v.strip().endswith(("%", "％")) or abs(value) > 2 else value * 100
    return value * 100 if cell.percent or abs(value) <= 2 else value


# --- header roles ---------------------------------------------------------------------------------

_FUND_COLUMNS = (
    ("budget_initial", ("年初预算数", "年初预算", "预算数(年初)")),
    ("budget_adjusted", ("全年预算数", "调整后预算数", "调整后预算", "全年预算", "预算数")),
    ("spent", ("全年执行数", "预算执行数", "实际执行数", "执行数", "决算数", "实际支出")),
    ("weight", ("分值", "权重")),
    ("rate", ("执行率", "预算执行率")),
    ("score", ("得分",)),
)
_INDICATOR_COLUMNS = (
    ("level1", ("一级指标",)),
    ("level2", ("二级指标",)),
    ("name", ("三级指标", "指标名称")),
    ("operator", ("运算符", "比较符号", "符号", "指标性质")),
    ("target", ("年度指标值", "年度目标值", "指标值", "目标值", "预期指标值")),
    ("unit", ("度量单位", "计量单位", "单位")),
    ("actual", ("实际完成值", "全年实际值", "实际值", "完成值")),
    ("weight", ("分值", "权重")),
    ("score", ("得分",)),
    ("deviation", ("偏差原因分析及改进措施", "偏差原因", "偏差原因分析", "未完成原因")),
    ("direction", ("指标方向性", "方向性", "指标方向")),
)
_NOT_LABELS = {"绩效指标", "项目资金(万元)", "项目资金(元)", "项目资金", "年度总体目标", ""}
# the merged labels at the left of a block, not columns of figures
_LABEL_COLUMNS = ("项目资金", "绩效指标", "年度绩效指标", "年度预算数", "预算执行情况", "年度资金")


def _roles(row: list[_Cell], table) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """{role: column} for a header row, and the header cells no role took (named, never dropped)."""
    roles: dict[str, int] = {}
    unused: list[tuple[int, str]] = []
    seen: set[int] = set()
    for c, cell in enumerate(row):
        label = _key(cell.text)
        if not label or id(cell) in seen:
            continue
        seen.add(id(cell))  # a merged header fills several columns: the first one counts
        if label in _NOT_LABELS or label.startswith(_LABEL_COLUMNS):
            continue
        # the label as printed ("全年执行数(B)"), else one that contains it ("全年实际完成值", "自评得分")
        role = next((role for role, labels in table if role not in roles
                     and any(label == x or label.startswith(x) for x in labels)), None)
        role = role or next((role for role, labels in table if role not in roles
                             and any(x in label for x in labels)), None)
        if role is None:
            unused.append((c, cell.text))
        else:
            roles[role] = c
    return roles, unused


def _fund_label(texts: list[str], roles: dict[str, int]) -> tuple[int, str] | None:
    """The column of a row's fund label and the fund source it names: short labels left of the
    amount columns only (a goal text that mentions 其他资金 is not a fund row)."""
    first = min(roles.values(), default=len(texts))
    for c, text in enumerate(texts[:first]):
        source = _fund_source(text) if len(text) <= 16 else None
        if source:
            return c, source
    return None


def _fund_source(label: str) -> str | None:
    label = _key(label)
    if not label:
        return None
    if "总额" in label or label in ("合计", "资金总额", "小计", "总计"):
        return "total"
    if "专户" in label:
        return "special"
    if "财政拨款" in label or "本级财政" in label or "财政资金" in label:
        return "fiscal"
    if "结转" in label or "结余" in label:
        return "carryover"
    if "单位资金" in label or "自有资金" in label or "单位自筹" in label:
        return "own"
    if "其他" in label or "社会" in label or "银行" in label or "自筹" in label:
        return "other"
    return None


# --- forms ----------------------------------------------------------------------------------------

_YEAR = re.compile(r"(20\d{2})\s*年")


def _after(row: list[_Cell], label_col: int) -> str:
    """The first value right of a label that is not the label itself (merged cells repeat it)."""
    label = row[label_col]
    for cell in row[label_col + 1 :]:
        if cell is not label and cell.text and _key(cell.text) != _key(label.text):
            return cell.text
    return ""


def _find(row: list[_Cell], *labels: str) -> int | None:
    for c, cell in enumerate(row):
        key = cell.key
        if not key:
            continue
        if any(key == x or key.startswith(x + ":") or key.startswith(x + "(") for x in labels):
            return c
    return None


def _inline(row: list[_Cell], label: str) -> str | None:
    """"项目名称：科普经费" typed in one cell."""
    for cell in row:
        key = _key(cell.text)
        if key.startswith(label + ":") and len(key) > len(label) + 1:
            return cell.text.split("：" if "：" in cell.text else ":", 1)[1].strip()
    return None


_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def _is_old_excel(path: Path) -> bool:
    with Path(path).open("rb") as f:
        return f.read(4) == _OLE_MAGIC


def _calamine_sheets(path: Path, zipped: bool) -> list[tuple[str, list[list[_Cell]]]]:
    """Every sheet as cells, read by calamine (merged cells filled down by the importer's reader);
    percentages come as fractions (0.8619), which the rate reading already expects."""
    from desktop.importers.xlsxfile import read_sheet_rows

    return [
        (name, [[_Cell(None if v == "" else v, False) for v in row.cells] for row in rows])
        for name, rows in read_sheet_rows(path, zipped=zipped)
    ]


def _has_formulas(path: Path) -> bool:
    """Does any worksheet hold a formula (<f> element)? A cheap look into the zip."""
    import zipfile

    with zipfile.ZipFile(path) as zf:
        for name in zf.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                with zf.open(name) as member:
                    if b"<f" in member.read():
                        return True
    return False


def read_self_eval(path: str | Path) -> SelfEvalBook:
    """Every 自评表 in the workbook, or SourceError naming the sheet, row and column at fault."""
    from openpyxl import load_workbook

    from desktop.importers.xlsxfile import check_zip

    path = Path(path)
    if not path.exists():
        raise SourceError(path, message("importing.file_missing"))
    if _is_old_excel(path):  # .xls (Excel 97–2003, WPS): read with calamine, no number formats
        result = SelfEvalBook(path.name)
        for name, grid in _calamine_sheets(path, zipped=False):
            _read_sheet(path, name, grid, result)
        if not result.forms:
            raise SourceError(path, message("importing.self_eval.none_found"))
        return result
    check_zip(path)
    with warnings.catch_warnings():
        # openpyxl's notes (an extension it does not support, a date cell out of range, which it
        # reads as an error value the reader then names): not for the officer's eyes
        warnings.simplefilter("ignore", UserWarning)
        try:
            book = load_workbook(path, data_only=True)
        except Exception:  # openpyxl raises many kinds for a broken file
            raise SourceError(path, message("importing.self_eval.broken")) from None
        formulas = None
        if _has_formulas(path):
            formulas = load_workbook(path, data_only=False)
    result = SelfEvalBook(path.name)
    try:
        for sheet in book.worksheets:
            _read_sheet(path, sheet.title, _grid(sheet, formulas[sheet.title] if formulas else None), result)
    finally:
        book.close()
        if formulas is not None:
            formulas.close()
    if not result.forms:
        raise SourceError(path, message("importing.self_eval.none_found"))
    return result


def _read_sheet(path: Path, sheet: str, rows: list[list[_Cell]], book: SelfEvalBook) -> None:
    starts = [r for r, row in enumerate(rows) if _find(row, "项目名称", "项目支出名称") is not None]
    year = None
    for r, row in enumerate(rows):
        if starts and r >= starts[0]:
            break
        for cell in row:
            m = _YEAR.search(cell.text)
            if m and year is None:
                year = int(m.group(1))
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(rows)
        # the title rows (项目支出绩效自评表 / （2022年度）) just above the next form belong to it
        while end - 1 > start and _is_title_row(rows[end - 1]):
            end -= 1
        for r in range(max(0, start - 3), start):
            for cell in rows[r]:
                m = _YEAR.search(cell.text)
                if m:
                    year = int(m.group(1))
        yuan = any(_money_in_yuan(rows[i]) for i in range(max(0, start - 3), end))
        form, notes = _read_form(path, sheet, rows, start, end, year, yuan)
        if form is not None:  # None: a list that merely has a 项目名称 column (a summary sheet)
            book.forms.append(form)
        book.notes.extend(notes)


_TITLE = re.compile(r".*自评表.*|\(?(?:20\d{2})年度?\)?")


def _is_title_row(row: list[_Cell]) -> bool:
    """A form's title row: nothing but 项目支出绩效自评表 and/or （2022年度）."""
    keys = {c.key for c in row if c.key}
    return 0 < len(keys) <= 2 and all(_TITLE.fullmatch(k) for k in keys)


def _money_in_yuan(row: list[_Cell]) -> bool:
    """"项目资金（元）" or "金额单位：元" (not 万元)."""
    for cell in row:
        key = _key(cell.text)
        if re.search(r"(?<!万)元\)|单位:元$|单位:元[^/]", key) and "万元" not in key:
            return True
    return False


def _read_form(
    path: Path, sheet: str, rows: list[list[_Cell]], start: int, end: int, year, yuan: bool = False
) -> tuple[FilledSelfEvalForm | None, list[str]]:
    head = rows[start]
    col = _find(head, "项目名称", "项目支出名称")
    name = _inline(head, "项目名称") or _after(head, col)
    if not name:
        raise SourceError(path, message("importing.self_eval.no_name"), _place(sheet, start))
    form = FilledSelfEvalForm(name=name, year=year, place=_place(sheet, start), amount_unit="元" if yuan else "万元")
    notes: list[str] = []
    fund_roles: dict[str, int] | None = None
    ind_roles: dict[str, int] | None = None
    block = ""  # "funds", "goal" or "indicators": what the rows below the last header belong to
    last_l1 = last_l2 = ""
    r = start
    while r < end:
        row = rows[r]
        texts = [c.key for c in row]
        joined = "".join(texts)
        if r == start:
            pass
        elif form.total_place:  # below 总分: only an 等级 cell, then the signature block
            form.grade = form.grade or _grade(row)
        elif block != "indicators" and (c := _find(row, "主管部门", "预算部门")) is not None:
            form.department = _inline(row, "主管部门") or _after(row, c)
            if (u := _find(row, "实施单位", "资金使用单位", "项目单位")) is not None:
                form.unit = _after(row, u)
        elif block != "indicators" and (u := _find(row, "实施单位", "资金使用单位", "项目单位")) is not None:
            form.unit = _after(row, u)
        elif fund_roles is None and ind_roles is None and ("执行数" in joined or "决算数" in joined):
            fund_roles, unused = _roles(row, _FUND_COLUMNS)
            notes.extend(str(message("importing.self_eval.unused_column", place=_place(sheet, r, c), label=t))
                         for c, t in unused)
            block = "funds"
        elif ind_roles is None and (goal := _goal_header(row, joined)) is not None:
            block = "goal"
            kind, g, a = goal
            if kind == "inline":  # "预期目标：…" / "实际完成情况：…" typed in the header cells
                form.goal = _typed_after_label(row[g])
                form.goal_actual = _typed_after_label(row[a]) if a is not None else ""
            elif kind == "below":
                nxt = rows[r + 1] if r + 1 < end else []
                if nxt and "一级指标" not in "".join(c.key for c in nxt) and not _is_fund_header(nxt):
                    r += 1
                    form.goal = rows[r][g].text if g < len(rows[r]) else ""
                    form.goal_actual = rows[r][a].text if a is not None and a < len(rows[r]) else ""
            else:  # 年度总体目标 | goal | actual on one row
                values = []
                for cell in row[g + 1 :]:
                    if cell.text and cell is not row[g] and (not values or cell is not values[-1]):
                        values.append(cell)
                if values:  # none: the label merged down over a row of its own, the goal read above
                    form.goal = values[0].text
                    form.goal_actual = values[1].text if len(values) > 1 else ""
        elif block == "funds" and (found := _fund_label(texts, fund_roles)):
            label_col, source = found
            taken = {f.source for f in form.funds}
            n = 2
            unique = source
            while unique in taken:  # two rows of one kind (社会投入资金, 其他资金): both kept
                unique, n = f"{source}{n}", n + 1
            form.funds.append(_fund_row(path, sheet, r, row, fund_roles, unique, yuan, row[label_col], notes))
        elif ind_roles is None and _mentions_goal(row, joined):
            # the goal's words, but no column of the expected goal: say so rather than guess
            said = next((c for c, cell in enumerate(row) if any(w in cell.key for w in ("预期目标", "总体目标", "年度目标"))),
                        None)
            raise SourceError(path, message("importing.self_eval.goal_header_unread"), _place(sheet, r, said))
        elif ind_roles is None and "一级指标" in texts and ("三级指标" in texts or "指标名称" in texts):
            ind_roles, unused = _roles(row, _INDICATOR_COLUMNS)
            notes.extend(str(message("importing.self_eval.unused_column", place=_place(sheet, r, c), label=t))
                         for c, t in unused)
            for role, label in (("name", "三级指标"), ("target", "年度指标值"), ("score", "得分")):
                if role not in ind_roles:
                    raise SourceError(path, message("importing.self_eval.header_lacks", label=label), _place(sheet, r))
            block = "indicators"
        elif ind_roles is not None and "一级指标" in texts and ("三级指标" in texts or "指标名称" in texts):
            pass  # the indicator header repeated (a page break in the typed table)
        elif ind_roles is not None and any(
            t in ("合计", "总计") or t.startswith("总分") for t in texts[: ind_roles["name"] + 1]
        ):
            form.total_place = _place(sheet, r)
            if "weight" in ind_roles:
                form.total_weight = _number(row[ind_roles["weight"]], _place(sheet, r, ind_roles["weight"]), path,
                                            message("importing.label.total_weight"))
            form.total_score = _number(row[ind_roles["score"]], _place(sheet, r, ind_roles["score"]), path,
                                       message("importing.label.total_score"))
            form.grade = form.grade or _grade(row)
        elif ind_roles is not None:
            if "等级" in joined and not form.grade:
                form.grade = _grade(row)
                r += 1
                continue
            ind = _indicator(path, sheet, r, row, ind_roles, last_l1, last_l2)
            if ind is not None:
                last_l1, last_l2 = ind.level1, ind.level2
                form.indicators.append(ind)
        r += 1
    if ind_roles is None and fund_roles is None and not form.goal:
        return None, [str(message("importing.self_eval.not_a_form", place=form.place))]
    if ind_roles is None:
        raise SourceError(path, message("importing.self_eval.no_indicator_header", name=name), form.place)
    if not form.indicators:
        raise SourceError(path, message("importing.self_eval.no_indicators", name=name), form.place)
    return form, notes


# The goal block's header, in the wordings officers use: the printed words first (预期目标 |
# 实际完成情况 beside the label 年度总体目标), then their family — 年度预期目标, 年初设定目标, 年度绩效目标,
# 全年实际完成情况, 目标实际完成情况, 年度总体目标完成情况 …
_GOAL_WORDS = ("预期目标", "项目年度目标", "年度目标")
_ACTUAL_WORDS = ("实际完成情况", "年度目标完成情况", "实际完成", "完成情况")
_GOAL_COLUMN = re.compile(r"(?:\d+[.、])?[项目年度全本预期计划设定初绩效的]*目标值?(?:\(.*\))?")
_ACTUAL_COLUMN = re.compile(r"(?:\d+[.、])?[项目年度全本实际目标绩效总体的]*完成(?:情况|值)?(?:\(.*\))?")
_GOAL_LABEL = re.compile(r"(?:\d+[.、])?(?:项目)?(?:20\d{2}年)?(?:年度)?总体(?:绩效)?目标(?:及?(?:实际)?完成情况)?(?:\(.*\))?")


def _mentions_goal(row: list[_Cell], joined: str) -> bool:
    """A row that speaks of the year's goal (before the indicator header)."""
    if "一级指标" in joined:
        return False
    return "预期目标" in joined or "年度总体目标" in joined or _find(row, "项目年度目标") is not None


def _header_column(row: list[_Cell], words: tuple[str, ...], family: re.Pattern, after: int = -1) -> int | None:
    """The first column right of `after` headed by one of `words` (as _find reads them), else by a
    wording of their family (the label alone, or followed by a colon and what was typed)."""
    for c, cell in enumerate(row):
        key = cell.key
        if c > after and key and any(key == x or key.startswith((x + ":", x + "(")) for x in words):
            return c
    for c, cell in enumerate(row):
        if c > after and cell.key and family.fullmatch(cell.key.split(":", 1)[0]):
            return c
    return None


def _typed_after_label(cell: _Cell) -> str:
    text = cell.text
    for colon in ("：", ":"):
        if colon in text:
            return text.split(colon, 1)[1].strip()
    return ""


def _goal_header(row: list[_Cell], joined: str) -> tuple[str, int, int | None] | None:
    """How a goal header row is read: ("below", goal column, actual column) when the expected goal
    and what was achieved are in the row below, ("inline", …) when they are typed in the header
    cells after a colon, ("right", label column, None) when they follow the label on this row
    (年度总体目标 | goal | actual); None when the row is not a goal header that can be read."""
    if "一级指标" in joined:
        return None
    g = _header_column(row, _GOAL_WORDS, _GOAL_COLUMN)
    a = None
    if g is not None:
        a = _find(row, *_ACTUAL_WORDS)
        if a is None or a == g:
            a = _header_column(row, _ACTUAL_WORDS, _ACTUAL_COLUMN, after=g)
        if not _mentions_goal(row, joined) and a is None:
            return None  # a lone "目标" somewhere is not the goal block's header
        if _typed_after_label(row[g]):
            return "inline", g, a
        return "below", g, a
    if not _mentions_goal(row, joined):
        return None
    label = _find(row, "年度总体目标")
    if label is None:
        label = next((c for c, cell in enumerate(row) if cell.key and _GOAL_LABEL.fullmatch(cell.key.split(":", 1)[0])),
                     None)
    return None if label is None else ("right", label, None)


def _is_fund_header(row: list[_Cell]) -> bool:
    joined = "".join(c.key for c in row)
    return "执行数" in joined or "决算数" in joined


_GRADES = ("优", "良", "中", "差")


def _grade(row: list[_Cell]) -> str:
    for c, cell in enumerate(row):
        key = _key(cell.text)
        if "等级" in key:
            tail = key.split(":", 1)[1] if ":" in key else ""
            if tail[:1] in _GRADES:
                return tail[:1]
            after = _after(row, c)
            if after[:1] in _GRADES:
                return after[:1]
    return ""


def _fund_row(path, sheet, r, row, roles, source, yuan: bool, label_cell: _Cell, notes: list[str]) -> FundRow:
    """One fund row; `source` is the fund source, numbered when a second row of one kind
    (carryover2), `label_cell` the cell that named it."""
    fund = FundRow(source, label_cell.text, place=_place(sheet, r))
    what = {"budget_initial": message("importing.label.budget_initial"),
            "budget_adjusted": message("importing.label.budget_adjusted"), "spent": message("importing.label.spent")}
    for role, c in roles.items():
        if c >= len(row):
            continue
        where = _place(sheet, r, c)
        if role == "rate":
            fund.rate = _rate(row[c], where, path)
        elif role in ("weight", "score"):
            label = message("importing.label.weight" if role == "weight" else "importing.label.score")
            setattr(fund, role, _number(row[c], where, path, label))
        else:
            setattr(fund, role, _amount(row[c], where, path, what[role], yuan, notes))
    return fund


_BLANK = re.compile(r"[/／…\.。\-—－\s]*")
_PLACEHOLDER = re.compile(r"(?:指标\d*[:：]?)?[/／…\.。、\-—－\s]*")
_POINTS = re.compile(r"\s*[(（]\s*\d+(?:\.\d+)?\s*分\s*[)）]\s*$")


def _level(label: str) -> str:
    """一级/二级 as a class name: "产出指标(50分)" → "产出指标", line breaks of a narrow cell removed."""
    return _POINTS.sub("", _SPACES.sub("", label))


def _indicator(path, sheet, r, row, roles, last_l1, last_l2) -> FormIndicator | None:
    def text(role: str) -> str:
        c = roles.get(role)
        value = row[c].text if c is not None and c < len(row) else ""
        return "" if _BLANK.fullmatch(value) else value

    name, target = text("name"), text("target")
    figures = [text(role) for role in ("target", "actual", "weight", "score")]
    if _PLACEHOLDER.fullmatch(name) and not any(figures):
        return None  # an empty placeholder row (指标2： / …… / an unused 二级 class)
    level1 = _level(text("level1")) or last_l1
    level2 = _level(text("level2")) or (last_l2 if not text("level1") else "")
    unit = text("unit")
    operator = text("operator")
    if operator in ("定量", "定性", "定量指标", "定性指标"):  # 指标性质 meaning the kind, not a sign
        operator = ""
    if operator or unit:
        target = compose_target(operator or None, target, unit or None)
    actual = text("actual")
    if unit and re.fullmatch(r"-?\d+(?:\.\d+)?", actual):
        actual += unit
    ind = FormIndicator(level1, level2, name, target, actual, deviation=text("deviation"),
                        direction=text("direction"), place=_place(sheet, r))
    for role in ("weight", "score"):
        c = roles.get(role)
        if c is not None and c < len(row):
            label = message("importing.label.weight" if role == "weight" else "importing.label.score")
            what = message("importing.label.indicator_field", name=name, label=label)
            setattr(ind, role, _number(row[c], _place(sheet, r, c), path, what))
    return ind


def readable_workbook(path: str | Path) -> bool:
    from openpyxl import load_workbook

    try:
        load_workbook(Path(path), read_only=True).close()
    except Exception:
        return False
    return True


def _may_hold_scores(path: Path) -> bool:
    """False when no string of the workbook holds 得分 (shared strings, or strings written inline in
    the sheets): a target table is turned away in milliseconds, not after reading its 40,000 rows.
    The importer's zip checks look for the word in the same pass (and remember the file)."""
    from desktop.importers.xlsxfile import zip_survey

    return zip_survey(path).score_word


def _glance(path: Path, sheet: str, scan_rows: int) -> list[tuple]:
    """The first rows of one sheet read by openpyxl (read-only), or none when it cannot."""
    from openpyxl import load_workbook

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # openpyxl's notes on what it does not support
            book = load_workbook(path, read_only=True, data_only=True)
            try:
                return list(book[sheet].iter_rows(max_row=scan_rows, values_only=True))
            finally:
                book.close()
    except Exception:  # openpyxl raises many kinds for a broken file
        return []


def looks_like_self_eval(path: str | Path, scan_rows: int = 80) -> bool:
    """A quick look (the first rows of each sheet): is this a filled 自评表 workbook?

    Reads with calamine (a big target workbook is only glanced at) after the importer's own checks
    of the zip; a file that cannot be opened is not a 自评表 (its reader will say what is wrong).
    """
    from desktop.importers.xlsxfile import _open, _worksheet_names, calamine_failed

    try:
        old = _is_old_excel(Path(path))
        if not old and not _may_hold_scores(Path(path)):
            return False
        workbook = _open(Path(path), not old)
    except (SourceError, OSError):
        return False
    try:
        for name in _worksheet_names(workbook):
            seen = set()
            try:
                rows = workbook.get_sheet_by_name(name).to_python(nrows=scan_rows)
            except BaseException as exc:  # calamine's own error types, and a panic of its Rust code
                if not calamine_failed(exc):
                    raise
                # a cell calamine cannot convert (a date out of range): openpyxl still reads the
                # sheet, and the reader then names that cell
                rows = [] if old else _glance(Path(path), name, scan_rows)
            for row in rows:
                for v in row:
                    if isinstance(v, str) and v:
                        seen.add(_key(v))
            text = "|".join(seen)
            if "三级指标" in text and "得分" in seen and ("执行率" in text or "自评表" in text):
                return True
        return False
    finally:
        workbook.close()
