"""The official forms, one entry each: what the command line offers, the 报表 dialog lists and
names files after, and what builds each form's data. A new form is added here and nowhere else."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.messages import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class FormKind:
    code: str  # the word of `perfdesk report CODE` and of the dialog's choice
    official: str  # the form's printed Chinese title, as the command's help names it
    label: str  # the dialog's and menu's name (English source, translated in context ReportDialog)
    file_word: str  # in proposed file names: 科普专项-自评表-2023.pdf
    per_project: bool  # may be printed for one project
    build: Callable  # (figures, signature) -> the form's data, a list (figures: operations.report_data)


def _data():
    """The module that lays out each form's data, loaded when a form is built: the command line
    lists the forms without loading the builders."""
    from desktop.reports import build

    return build


FORM_KINDS = (  # in the order of the 报表 menu
    FormKind("self-eval", "项目支出绩效自评表", QT_TRANSLATE_NOOP("ReportDialog", "Project self-evaluation form"),
             "自评表", True, lambda figures, sig: list(_data().self_eval_forms(figures, None, sig))),
    FormKind("targets", "项目支出绩效目标表", QT_TRANSLATE_NOOP("ReportDialog", "Project performance targets"),
             "目标表", True, lambda figures, sig: [_data().targets_table(figures, sig)]),
    FormKind("dept-score", "部门整体支出绩效自评指标得分表",
             QT_TRANSLATE_NOOP("ReportDialog", "Department self-evaluation scores (table 3)"),
             "表3-部门整体自评得分表", False, lambda figures, sig: [_data().dept_score_table(figures, sig)]),
    FormKind("dept-completion", "部门整体绩效目标完成情况表",
             QT_TRANSLATE_NOOP("ReportDialog", "Department target completion (table 4)"),
             "表4-部门整体绩效目标完成情况表", False, lambda figures, sig: [_data().dept_completion_table(figures, sig)]),
    FormKind("budget", "预算调整及执行情况表",
             QT_TRANSLATE_NOOP("ReportDialog", "Budget adjustment and execution (table 1)"),
             "表1-预算调整及执行情况表", False, lambda figures, sig: [_data().budget_table(figures, sig)]),
    FormKind("monthly", "每月执行进度表", QT_TRANSLATE_NOOP("ReportDialog", "Monthly execution progress (table 2)"),
             "表2-每月执行进度表", False, lambda figures, sig: [_data().monthly_table(figures, sig)]),
)
FORMS = tuple(kind.code for kind in FORM_KINDS)
_BY_CODE = {kind.code: kind for kind in FORM_KINDS}


def form_kind(code: str) -> FormKind:
    try:
        return _BY_CODE[code]
    except KeyError:
        raise ValueError(f"unknown form {code!r}; one of {', '.join(FORMS)}") from None


def build(form: str, figures, signature=None) -> list:
    """The data of one form kind from its figures (desktop.operations.report_data.form_figures), as
    a list (several 自评表, one table otherwise)."""
    return form_kind(form).build(figures, signature)
