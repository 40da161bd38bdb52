"""The official forms, one entry each: what the command line offers, the 报表 dialog lists and
names files after, and what builds each form's data. A new form is added here and nowhere else."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FormKind:
    code: str  # the word of `perfdesk report CODE` and of the dialog's choice
    official: str  # the form's printed Chinese title, as the command's help names it
    label: str  # the dialog's and menu's name (English source, translated in context ReportDialog)
    file_word: str  # in proposed file names: 科普专项-自评表-2023.pdf
    per_project: bool  # may be printed for one project
    build: Callable  # (session, year, project, signature) -> the form's data, a list


def _data():
    """The module that queries each form's data, loaded when a form is built: the command line
    lists the forms without loading the store."""
    from desktop.reports import build

    return build


FORM_KINDS = (  # in the order of the 报表 menu
    FormKind("self-eval", "项目支出绩效自评表", QT_TRANSLATE_NOOP("ReportDialog", "Project self-evaluation form"),
             "自评表", True, lambda s, y, p, sig: list(_data().self_eval_forms(s, y, p, sig))),
    FormKind("targets", "项目支出绩效目标表", QT_TRANSLATE_NOOP("ReportDialog", "Project performance targets"),
             "目标表", True, lambda s, y, p, sig: [_data().targets_table(s, y, p, sig)]),
    FormKind("dept-score", "部门整体支出绩效自评指标得分表",
             QT_TRANSLATE_NOOP("ReportDialog", "Department self-evaluation scores (table 3)"),
             "表3-部门整体自评得分表", False, lambda s, y, p, sig: [_data().dept_score_table(s, y, sig)]),
    FormKind("dept-completion", "部门整体绩效目标完成情况表",
             QT_TRANSLATE_NOOP("ReportDialog", "Department target completion (table 4)"),
             "表4-部门整体绩效目标完成情况表", False, lambda s, y, p, sig: [_data().dept_completion_table(s, y, sig)]),
    FormKind("budget", "预算调整及执行情况表",
             QT_TRANSLATE_NOOP("ReportDialog", "Budget adjustment and execution (table 1)"),
             "表1-预算调整及执行情况表", False, lambda s, y, p, sig: [_data().budget_table(s, y, sig)]),
    FormKind("monthly", "每月执行进度表", QT_TRANSLATE_NOOP("ReportDialog", "Monthly execution progress (table 2)"),
             "表2-每月执行进度表", False, lambda s, y, p, sig: [_data().monthly_table(s, y, sig)]),
)
FORMS = tuple(kind.code for kind in FORM_KINDS)
_BY_CODE = {kind.code: kind for kind in FORM_KINDS}


def form_kind(code: str) -> FormKind:
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown form {code!r}; one of {', '.join(FORMS)}") from None


def build(session, form: str, year: int | None = None, project: str | None = None, signature=None) -> list:
    """The data of one form kind, as a list (several 自评表, one table otherwise)."""
    return form_kind(form).build(session, year, project, signature)


@dataclass(frozen=True)
class Written:
    sheets: int  # forms written
    pages: int | None  # PDF pages; None for a workbook
    one_sheet: bool  # a workbook with every form down one worksheet


def write_forms(forms: Sequence, out: Path, one_sheet: bool = False, progress: Callable | None = None) -> Written:
    """Lay out the forms' data and write them as PDF or, for .xlsx, a workbook. All down one
    worksheet only when asked and every form has the same columns."""
    from desktop.reports.excel import write_xlsx
    from desktop.reports.forms import sheets_for
    from desktop.reports.pdf import write_pdf

    sheets = sheets_for(forms)
    if out.suffix.lower() == ".xlsx":
        one = one_sheet and len({tuple(s.col_widths) for s in sheets}) == 1
        write_xlsx(sheets, out, one_sheet=one, progress=progress)
        return Written(len(sheets), None, one)
    return Written(len(sheets), write_pdf(sheets, out, progress=progress), False)
