"""Write filled 自评表 (desktop.importers.self_eval) into the store, all forms in one transaction.

Each form becomes a project with its fund rows (budget_execution per fund source), its goal and
实际完成情况, and its indicators with target, actual, weight and 偏差原因. The figures the officer
printed (得分, 执行率, 总分, 等级 …) go to printed_figure, apart from what the app computes; a
定性 row's printed score becomes the officer's hand score (with its band) when it lies in a band.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, select

from desktop.domain.self_eval import FilledSelfEvalForm, SelfEvalBook
from desktop.domain.targets import parse_target
from desktop.models import entities as db
from desktop.operations.imports import WriteResult, _database_errors_as_sentences


def form_year(form: FilledSelfEvalForm, year: int | None) -> int:
    """The year given, else the one the form prints (（2022年度）), else this year."""
    return year or form.year or date.today().year


@_database_errors_as_sentences
def write_self_eval(store, books: list[SelfEvalBook], *, year: int | None = None, replace: bool = False,
                    scheme=None) -> WriteResult:
    """All forms of all books or nothing. Projects already stored (same unit, year, name) are kept,
    or replaced with `replace`."""
    from desktop.domain.schemes import scheme_for_year

    result = WriteResult()
    with store.write_session(exclusive=True) as session:  # one import at a time on a shared database
        for book in books:
            for form in book.forms:
                y = form_year(form, year)
                _write_form(session, book.source, form, y, replace, scheme or scheme_for_year(y), result)
    return result


def _unit(session, department_name: str, unit_name: str) -> db.Unit:
    department = session.scalar(select(db.Department).where(db.Department.name == department_name))
    if department is None:
        department = db.Department(name=department_name)
        session.add(department)
        session.flush()
    unit = session.scalar(select(db.Unit).where(db.Unit.department_id == department.id, db.Unit.name == unit_name))
    if unit is None:
        unit = db.Unit(department_id=department.id, name=unit_name)
        session.add(unit)
        session.flush()
    return unit


def _write_form(session, source: str, form: FilledSelfEvalForm, year: int, replace: bool, scheme,
                result: WriteResult) -> None:
    department = form.department or Path(source).stem
    unit = _unit(session, department, form.unit or department)
    old = session.scalar(
        select(db.Project).where(db.Project.unit_id == unit.id, db.Project.year == year, db.Project.name == form.name)
    )
    if old is not None:
        if not replace:
            result.kept += 1
            return
        session.execute(delete(db.Project).where(db.Project.id == old.id))
        session.flush()
        result.replaced += 1
    else:
        result.added += 1
    order = max((p.sort_order for p in unit.projects), default=0) + 1
    project = db.Project(unit_id=unit.id, year=year, name=form.name, supervisor=form.department or None,
                         sort_order=order, goal=form.goal, goal_actual=form.goal_actual, source=source)
    session.add(project)
    session.flush()
    figures: list[db.PrintedFigure] = []

    def printed(item: str, value: Decimal | None = None, text: str | None = None, indicator_id=None) -> None:
        if value is not None or text:
            figures.append(db.PrintedFigure(project_id=project.id, indicator_id=indicator_id, item=item,
                                            value=value, text=text))

    for fund in form.funds:
        if any(v is not None for v in fund.amounts()):
            session.add(db.BudgetExecution(project_id=project.id, fund_source=fund.source,
                                           budget_initial=fund.budget_initial,
                                           budget_adjusted=fund.budget_adjusted, spent=fund.spent))
        if fund.source == "total":
            printed("execution_weight", fund.weight)
            printed("execution_rate", fund.rate)
            printed("execution_score", fund.score)
    printed("total_weight", form.total_weight)
    printed("total_score", form.total_score)
    printed("grade", text=form.grade or None)
    for k, ind in enumerate(form.indicators):
        row = db.Indicator(project_id=project.id, sort_order=k, seq=k + 1, level1=ind.level1 or None,
                           level2=ind.level2 or None, name=ind.name, annual_target=ind.target,
                           actual=ind.actual or None, weight=ind.weight, deviation_reason=ind.deviation or None)
        tier = _hand_tier(ind, scheme)
        if tier is not None:
            row.qualitative_tier, row.score_override = tier, ind.score
        session.add(row)
        session.flush()
        printed("score", ind.score, indicator_id=row.id)
        printed("weight", ind.weight, indicator_id=row.id)
        result.indicators += 1
    session.add_all(figures)


def _hand_tier(ind, scheme) -> int | None:
    """定性 rows: the band (1 达成 / 2 部分达成 / 3 未达成) the printed score lies in, else None."""
    if ind.score is None or not ind.weight or parse_target(ind.target, name=ind.name).is_number:
        return None
    if not Decimal(0) <= ind.score <= ind.weight or len(scheme.bands) != 3:
        return None
    band = scheme.band_for(ind.score / ind.weight)
    return scheme.bands.index(band) + 1 if band is not None else None
