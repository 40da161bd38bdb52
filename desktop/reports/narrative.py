"""自评报告 draft (.docx): the standard sections, 表1–表4 as Word tables, every figure computed.

Three kinds of paragraph:

- headings (the report's standard sections, fixed text);
- computed paragraphs, in the Word style 程序生成: every sentence that states a figure, built here
  from the same computation as the forms (desktop.operations.narrative → desktop.reports.build →
  desktop.domain). They and the tables are regenerated each time;
- the officer's paragraphs: anything else under a heading (or above the first). Regenerating over
  an existing file keeps them, section by section (matched by the heading's text); the file as it
  was is kept beside it as NAME.上一版.docx, tables or pictures the officer added included.

`check_statements` reads a published report's text and lists the sentences whose figures the
data contradicts (seed 003: 自评得分 95.64 in the text vs 97.79 computed and printed in its 表3).
"""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass, field
from decimal import Decimal
from functools import partial
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

from desktop.domain.numbers import HUNDRED, fmt, percent
from desktop.domain.recheck import recheck
from desktop.domain.records import NarrativeFigures, YearScores
from desktop.messages import Message, message
from desktop.reports import build
from desktop.reports.data import BudgetTable, DeptCompletionTable, DeptScoreTable, MonthlyTable

log = logging.getLogger(__name__)

# A report is read on paper: plain digits, never 1.23E+25 (the grids' short notation).
_figure = partial(fmt, plain=True)
_rate = partial(percent, plain=True)

COMPUTED_STYLE = "程序生成"
PREFACE = ""  # the section key of paragraphs above the first heading
BODY_FONT = "仿宋"
HEADING_FONT = "黑体"

# (heading level, heading text); officer sections get a hint paragraph the first time.
SECTIONS = [
    (1, "一、基本情况"),
    (2, "（一）部门概况"),
    (2, "（二）年度总体工作和重点工作任务"),
    (2, "（三）部门整体收支情况"),
    (1, "二、绩效自评情况"),
    (2, "（一）自评结论"),
    (2, "（二）部门整体绩效目标完成情况"),
    (2, "（三）项目支出绩效自评情况"),
    (1, "三、存在的问题及原因分析"),
    (1, "四、下一步改进措施"),
    (1, "五、其他需要说明的问题"),
]
HINTS = {
    "（一）部门概况": "（请填写部门主要职责、机构设置和人员情况。）",
    "（二）年度总体工作和重点工作任务": "（请填写部门履职总体目标和重点工作任务绩效目标。）",
    "（三）部门整体收支情况": "（可在此补充收支情况的说明。）",
    "（一）自评结论": "（可在此补充自评过程和评分依据。）",
    "（二）部门整体绩效目标完成情况": "（可在此补充各项目标的完成情况说明。）",
    "（三）项目支出绩效自评情况": "（可在此补充项目自评的组织和结果运用。）",
    "三、存在的问题及原因分析": "（请填写存在的问题及原因。）",
    "四、下一步改进措施": "（请填写改进措施。）",
    "五、其他需要说明的问题": "（如无，请填写“无”。）",
}


@dataclass
class NarrativeData:
    year: int
    department: str
    scores: YearScores
    budget: BudgetTable | None
    monthly: MonthlyTable | None
    score_table: DeptScoreTable
    completion: DeptCompletionTable | None
    level1_weights: dict[str, Decimal] = field(default_factory=dict)


def load(figures: NarrativeFigures) -> NarrativeData:
    """The report's tables and scores from the figures gathered by desktop.operations.narrative."""
    return NarrativeData(
        year=figures.year,
        department=figures.scores.department_name or "",
        scores=figures.scores,
        budget=build.budget_table(figures.budget) if figures.budget else None,
        monthly=build.monthly_table(figures.monthly) if figures.monthly else None,
        score_table=build.dept_score_table(figures.score),
        completion=build.dept_completion_table(figures.completion) if figures.completion else None,
        level1_weights=figures.level1_weights,
    )


# --- the computed sentences ----------------------------------------------------------------------


def _budget_total(data: NarrativeData):
    if data.budget is None:
        return None
    return next((r for r in data.budget.rows if r.is_total), None)


def _average_item(data: NarrativeData):
    return next((i for i in data.scores.department.items if i.method == "average_execution"), None)


def computed_paragraphs(data: NarrativeData) -> dict[str, list[str]]:
    """Section heading → the paragraphs stating figures, each sentence built from the data."""
    d = data.scores.department
    out: dict[str, list[str]] = {}
    money = []
    total = _budget_total(data)
    if total is not None:
        money.append(
            f"{data.year}年部门财政拨款支出全年预算数为{_figure(total.budget_adjusted)}万元，"
            f"当年实际支出数为{_figure(total.spent)}万元，预算执行率为{_rate(total.control_rate)}；"
            f"年初预算数为{_figure(total.budget_initial)}万元，预算调整率为{_rate(total.adjust_rate)}。"
            "预算调整及执行情况见表1。")
    if data.monthly is not None and data.monthly.average_rate is not None:
        sentence = f"全年预算执行率为{_rate(data.monthly.average_rate)}"
        item = _average_item(data)
        if item is not None:
            sentence += f"，得分{_figure(item.score)}分"
        money.append(f"按每月支出进度计算（支出执行率超过100%的月份按100%计），{sentence}。每月执行进度见表2。")
    out["（三）部门整体收支情况"] = money

    levels = []
    for level, value in d.level1_totals.items():
        weight = data.level1_weights.get(level)
        share = f"，得分百分比为{_rate(value / weight)}" if weight else ""
        levels.append(f"{level}得分{_figure(value)}分{share}")
    conclusion = [f"{data.year}年部门整体自评得分{_figure(d.total)}分，等级为{d.grade}。"
                  + ("其中，" + "；".join(levels) + "。" if levels else "") + "评价体系及得分详见表3。"]
    lost = [i for i in d.items if i.score < i.weight]
    if lost:
        conclusion.append("扣分的指标：" + "；".join(
            f"{i.name}（分值{_figure(i.weight)}分，得分{_figure(i.score)}分）" for i in lost) + "。")
    out["（一）自评结论"] = conclusion

    completion = []
    if data.completion is not None:
        rows = data.completion.rows
        rated = [r for r in rows if r.completion_rate is not None]
        met = [r for r in rated if r.completion_rate >= 1]
        short = [r for r in rated if r.completion_rate < 1]
        sentence = (f"部门整体绩效目标共{len(rows)}项，其中{len(rated)}项可计算完成率，"
                    f"{len(met)}项完成率达到100%")
        sentence += ("；未达到的有" + "、".join(f"{r.name}（{_rate(r.completion_rate)}）" for r in short)
                     if short else "") + "。完成情况见表4。"
        completion.append(sentence)
    out["（二）部门整体绩效目标完成情况"] = completion

    projects = data.scores.projects
    if projects:
        grades: dict[str, int] = {}
        for p in projects:
            grades[p.grade] = grades.get(p.grade, 0) + 1
        mean = sum((p.total for p in projects), Decimal(0)) / len(projects)
        out["（三）项目支出绩效自评情况"] = [
            f"{data.year}年共对{len(projects)}个项目开展绩效自评，平均得分{_figure(mean)}分；"
            + "，".join(f"等级为{g}的{n}个" for g, n in sorted(grades.items(), key=lambda x: "优良中差".find(x[0])))
            + "。"]
    return out


# --- the document ----------------------------------------------------------------------------------


def _font(style_or_run, name: str, size: float | None = None, bold: bool | None = None) -> None:
    font = style_or_run.font
    font.name = name
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    element = style_or_run.element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), name)


def _styles(doc) -> None:
    _font(doc.styles["Normal"], BODY_FONT, 14)
    for level in (1, 2):
        _font(doc.styles[f"Heading {level}"], HEADING_FONT if level == 1 else "楷体", 16 if level == 1 else 14, True)
        doc.styles[f"Heading {level}"].font.color.rgb = None
    if COMPUTED_STYLE not in [s.name for s in doc.styles]:
        style = doc.styles.add_style(COMPUTED_STYLE, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = doc.styles["Normal"]
    for name in ("Normal", COMPUTED_STYLE):
        fmt_ = doc.styles[name].paragraph_format
        fmt_.first_line_indent = Pt(28)
        fmt_.line_spacing = Pt(28)
        fmt_.space_after = Pt(0)


def _table(doc, caption: str, headers: list[str], rows: list[list[str]], widths_cm: list[float],
           numeric: set[int] = frozenset()) -> None:
    doc.add_paragraph(caption, style=COMPUTED_STYLE).alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = doc.add_table(rows=1, cols=len(headers))
    table.style = "Table Grid"
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, headers, strict=True):
        cell.text = text
        for run in cell.paragraphs[0].runs:
            run.bold = True
    # the header row repeats on every page the table runs over
    header_pr = table.rows[0]._tr.get_or_add_trPr()
    header_pr.append(header_pr.makeelement(qn("w:tblHeader"), {qn("w:val"): "true"}))
    for row in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    for c, column in enumerate(table.columns):  # LibreOffice reads the grid, Word the cells
        column.width = Cm(widths_cm[c])
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.width = Cm(widths_cm[c])
            for p in cell.paragraphs:
                p.paragraph_format.first_line_indent = Pt(0)
                p.paragraph_format.line_spacing = 1.0
                p.alignment = (WD_ALIGN_PARAGRAPH.CENTER if r == 0 else
                               WD_ALIGN_PARAGRAPH.RIGHT if c in numeric else WD_ALIGN_PARAGRAPH.LEFT)
                for run in p.runs:
                    run.font.size = Pt(10.5)


def _tables_for(data: NarrativeData, heading: str, doc) -> None:
    y = data.year
    if heading == "（三）部门整体收支情况":
        if data.budget is not None:
            _table(doc, f"表1：{y}年预算调整及执行情况一览表",
                   ["序号", "项目", "年初预算数（万元）", "全年预算数（万元）", "决算数（万元）", "预算调整率", "预算控制率"],
                   [[r.seq, r.item, _figure(r.budget_initial), _figure(r.budget_adjusted), _figure(r.spent),
                     _rate(r.adjust_rate), _rate(r.control_rate)] for r in data.budget.rows],
                   [1.0, 3.4, 2.1, 2.1, 2.1, 1.9, 2.0], {2, 3, 4, 5, 6})
        if data.monthly is not None:
            _table(doc, f"表2：{y}年预算支出每月执行进度情况一览表",
                   ["序号", "时期", "年度预算", "累计实际支出", "支出进度", "支出执行率"],
                   [[r.seq, r.period, _figure(r.budget), _figure(r.spent_to_date), _rate(r.progress),
                     _rate(r.execution_rate)] for r in data.monthly.rows]
                   + [["", "年度平均执行率", "", "", "", _rate(data.monthly.average_rate)]],
                   [1.0, 2.6, 2.6, 2.6, 2.9, 2.9], {2, 3, 4, 5})
    elif heading == "（一）自评结论":
        t = data.score_table
        _table(doc, f"表3：{y}年部门整体绩效自评指标得分表", ["一级指标", "二级指标", "三级指标", "分值", "得分"],
               [[r.level1, r.level2, r.name, _figure(r.weight), _figure(r.score)] for r in t.rows]
               + [["合计", "", "", _figure(t.total_weight), _figure(t.total_score)]],
               [2.2, 2.2, 6.2, 2.0, 2.0], {3, 4})
    elif heading == "（二）部门整体绩效目标完成情况" and data.completion is not None:
        _table(doc, f"表4：{y}年部门整体绩效目标完成情况表", ["一级指标", "三级指标", "年度目标值", "年度实现值", "指标完成率"],
               [[r.level1, r.name, r.target, r.actual, _rate(r.completion_rate)] for r in data.completion.rows],
               [1.8, 3.2, 3.6, 3.6, 2.4], {4})


class UnreadableDocument(Exception):
    """A .docx that python-docx cannot read: `path` and `reason` (a Message saying why)."""

    def __init__(self, path: Path, reason: Message):
        super().__init__(path, reason)
        self.path, self.reason = path, reason


def _paragraphs(path: Path) -> list[tuple[str, str]]:
    """(style name, text) of each paragraph of a Word document.

    OSError as raised (the caller names the file and the system's reason); UnreadableDocument for
    a file that is no .docx or a damaged one: python-docx, zipfile, zlib and lxml raise many kinds
    (PackageNotFoundError, BadZipFile, zlib.error, KeyError, XMLSyntaxError …), while reading the
    package or, for a damaged part, while reading its paragraphs."""
    import zipfile

    with path.open("rb") as file:  # OSError for a missing or unreadable file
        if not zipfile.is_zipfile(file):
            raise UnreadableDocument(path, message("reports.narrative.not_docx"))
    try:
        doc = Document(str(path))
        return [(p.style.name if p.style is not None else "", p.text) for p in doc.paragraphs]
    except OSError:
        raise
    except Exception:  # noqa: BLE001 - see above: any failure here means the document is damaged
        log.warning("cannot read %s as a Word document", path, exc_info=True)
        raise UnreadableDocument(path, message("reports.narrative.damaged")) from None


def officer_paragraphs(path: Path) -> dict[str, list[str]]:
    """The officer's own paragraphs of an existing draft, by section heading (UnreadableDocument
    for a file that is no readable .docx)."""
    headings = {text for _level, text in SECTIONS}
    out: dict[str, list[str]] = {}
    current = PREFACE  # paragraphs between the title and the first heading
    for style, text in _paragraphs(path):
        if text.strip() in headings and style.startswith("Heading"):
            current = text.strip()
            out.setdefault(current, [])
            continue
        if style == COMPUTED_STYLE or style == "Title" or not text.strip():
            continue
        out.setdefault(current, []).append(text)
    return out


def previous_copy(out: Path) -> Path:
    """Where the draft being regenerated is kept, whole (tables or pictures the officer added too)."""
    return out.with_name(f"{out.stem}.上一版{out.suffix}")


def write_narrative(data: NarrativeData, out: Path, keep_from: Path | None = None) -> dict[str, int]:
    """Write the draft; the officer's paragraphs of `keep_from` (default: `out` if it exists) are kept."""
    keep_from = keep_from if keep_from is not None else (out if out.exists() else None)
    kept = officer_paragraphs(keep_from) if keep_from is not None else {}
    computed = computed_paragraphs(data)
    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    section.left_margin = section.right_margin = Pt(90)
    title = doc.add_paragraph(f"{data.department}{data.year}年部门整体支出绩效自评报告", style="Title")
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _font(doc.styles["Title"], "方正小标宋简体", 22, True)
    doc.styles["Title"].font.color.rgb = None
    counts = {"computed": 0, "kept": 0}
    for text in kept.get(PREFACE, []):
        doc.add_paragraph(text)
        counts["kept"] += 1
    for level, heading in SECTIONS:
        doc.add_heading(heading, level=level)
        for text in computed.get(heading, []):
            doc.add_paragraph(text, style=COMPUTED_STYLE)
            counts["computed"] += 1
        own = kept.get(heading)
        if own is None and heading in HINTS:
            own = [HINTS[heading]]
        for text in own or []:
            doc.add_paragraph(text)
            counts["kept"] += 1 if heading in kept else 0
        _tables_for(data, heading, doc)
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_name(out.name + ".part")  # the old draft stays whole until the new one is
    doc.save(str(partial))
    if out.exists():
        shutil.copy2(out, previous_copy(out))
    partial.replace(out)
    return counts


# --- re-checking a published report's sentences --------------------------------------------------


@dataclass(frozen=True)
class Statement:
    sentence: str
    what: str
    printed: Decimal
    computed: Decimal  # rounded as printed

    def line(self) -> str:
        return f"“{self.sentence}”：{self.what}报告为 {self.printed}，按数据应为 {self.computed}"


_NUM = r"\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*"


def _statement_patterns(data: NarrativeData) -> list[tuple[str, str, Decimal | None]]:
    """(regex with one number group, what it states, the exact computed figure)."""
    d = data.scores.department
    found: list[tuple[str, str, Decimal | None]] = [
        (r"自评得分(?:为)?" + _NUM + "分", "部门整体自评得分", d.total),
    ]
    for level, value in d.level1_totals.items():
        found.append((re.escape(level) + r"得分(?:为)?" + _NUM + "分", f"{level}得分", value))
        weight = data.level1_weights.get(level)
        if weight:
            found.append((re.escape(level) + r"得分(?:为)?\s*[0-9.]+\s*分[，,]\s*得分百分比为" + _NUM + "%",
                          f"{level}得分百分比", value / weight * HUNDRED))
    if data.monthly is not None and data.monthly.average_rate is not None:
        found.append((r"平均执行率(?:为)?" + _NUM + "%", "年度平均执行率", data.monthly.average_rate * HUNDRED))
    total = _budget_total(data)
    if total is not None and total.control_rate is not None:
        found.append((r"预算(?:完成|执行)率(?:为)?" + _NUM + "%", "预算执行率（表1 合计）", total.control_rate * HUNDRED))
    item = _average_item(data)
    if item is not None:
        found.append((re.escape(item.name) + r"[^。；;]{0,20}?得分(?:为)?" + _NUM + "分", f"{item.name}得分", item.score))
    return found


def _sentences(text: str) -> list[str]:
    # table rows (tab- or bar-separated) are re-checked by `perfdesk recheck`, not here
    lines = [line for line in text.splitlines() if "\t" not in line and "|" not in line]
    text = "".join(line.strip() for line in lines)
    return [s for s in re.split(r"(?<=[。；;！？])", text) if s.strip()]


def report_text(path: Path) -> str:
    """A published report's text: a .docx's paragraphs (UnreadableDocument for a file that is no
    readable .docx), else the file as UTF-8 text (a BOM, as Notepad writes it, dropped)."""
    if path.suffix.lower() == ".docx":
        return "\n".join(text for _style, text in _paragraphs(path))
    return path.read_text(encoding="utf-8-sig")


def check_statements(data: NarrativeData, text: str) -> list[Statement]:
    """Sentences of a published report whose figures the data contradicts, in reading order."""
    patterns = _statement_patterns(data)
    out = []
    for sentence in _sentences(text):
        for regex, what, exact in patterns:
            if exact is None:
                continue
            for match in re.finditer(regex, sentence):
                printed = match.group(1).replace(",", "")
                for diff in recheck({what: printed}, {what: exact}):
                    out.append(Statement(sentence.strip(), what, diff.published, diff.computed))
    return out
