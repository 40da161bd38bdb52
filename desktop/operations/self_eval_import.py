"""Write filled 自评表 (desktop.importers.self_eval) into the store, all forms in one transaction.

Each form becomes a project with its fund rows (budget_execution per fund source), its goal and
实际完成情况, and its indicators with target, actual, weight and 偏差原因. The figures the officer
printed (得分, 执行率, 总分, 等级 …) go to printed_figure, apart from what the app computes; a
定性 row's printed score becomes the officer's hand score (with its band) when it lies in a band.

Every value is checked against what the store holds before anything is written: a refusal is a
StoreError naming the file, the form's (or the row's) place and the field, and nothing lands.
Two forms of one project (same unit, year and name) in one import are both kept: the second is
numbered 项目（2）, as the target-table import does, and the result names both places.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, func, select

from desktop.domain.self_eval import FilledSelfEvalForm, SelfEvalBook
from desktop.domain.targets import parse_target
from desktop.messages import message
from desktop.models import StoreError
from desktop.models import entities as db
from desktop.models.limits import LimitError, check_amount, check_text, column_limits, where_limited
from desktop.operations.imports import WriteResult, _database_errors_as_sentences


@dataclass
class SelfEvalWriteResult(WriteResult):
    # (place, place of the first form of that name, name, name given) per form numbered apart
    renamed_forms: list[tuple[str, str, str, str]] = field(default_factory=list)

    def __str__(self) -> str:
        said = WriteResult.__str__(self)
        return said + "".join(str(message("importing.self_eval.renamed", place=place, first=first, name=name,
                                          renamed=renamed))
                              for place, first, name, renamed in self.renamed_forms)


def form_year(form: FilledSelfEvalForm, year: int | None) -> int:
    """The year given, else the one the form prints (（2022年度）), else this year."""
    return year or form.year or date.today().year


@_database_errors_as_sentences
def write_self_eval(store, books: list[SelfEvalBook], *, year: int | None = None, replace: bool = False,
                    scheme=None) -> SelfEvalWriteResult:
    """All forms of all books or nothing. Projects already stored (same unit, year, name) are kept,
    or replaced with `replace`; a second form of a project within the import is numbered apart."""
    from desktop.domain.schemes import scheme_for_year

    for book in books:  # what the store cannot hold, said before anything is written
        for form in book.forms:
            check_form(book.source, form)
    result = SelfEvalWriteResult()
    seen: dict[tuple[int, int, str], tuple[str, str]] = {}  # (unit, year, name) → that form's file and place
    with store.write_session(exclusive=True) as session:  # one import at a time on a shared database
        for book in books:
            for form in book.forms:
                y = form_year(form, year)
                try:
                    _write_form(session, book, form, y, replace, scheme or scheme_for_year(y), result, seen)
                except LimitError as exc:  # a limit the checks above did not foresee: still one sentence
                    said = exc.args[0]
                    raise StoreError(message("store.limit.not_imported", where=_where(book.source, form.place,
                                                                                      form.name),
                                             cell=said.fields.get("where", ""), why=said.fields.get("why", said))) from None
    return result


# --- the store's limits ---------------------------------------------------------------------------


def _short(name: str) -> str:
    return f"{name[:40]}{'…' if len(name) > 40 else ''}"


def _where(source: str, place: str, name: str):
    return message("store.limit.import_where", source=source, place=f" {place}" if place else "",
                   project=_short(name))


def check_form(source: str, form: FilledSelfEvalForm, name: str | None = None) -> None:
    """Every value of one form against the column it lands in; StoreError names the file, the
    place (the form's, or the fund or indicator row's), the field and why. `name`: the project's
    name as it will be stored (numbered apart), when not the form's own."""
    name = form.name if name is None else name
    department = form.department or Path(source).stem
    lengths = {table: column_limits(table.__table__) for table in (db.Department, db.Unit, db.Project,
                                                                   db.BudgetExecution, db.Indicator,
                                                                   db.PrintedFigure)}

    def refuse(place: str, cell, exc: LimitError):
        raise StoreError(message("store.limit.not_imported", where=_where(source, place, name), cell=cell,
                                 why=exc.args[0])) from None

    def text(place: str, cell, value: str | None, table, column: str) -> None:
        if value:
            try:
                check_text(value, lengths[table][column])
            except LimitError as exc:
                refuse(place, cell, exc)

    def amount(place: str, cell, value: Decimal | None) -> None:
        if value is not None:
            try:
                check_amount(Decimal(format(value, "f")))  # said as written out: 100000000000000000000, not 1E+20
            except LimitError as exc:
                refuse(place, cell, exc)

    place = form.place
    text(place, where_limited("department", "name"), department, db.Department, "name")
    text(place, where_limited("unit", "name"), form.unit or department, db.Unit, "name")
    text(place, where_limited("project", "name"), name, db.Project, "name")
    text(place, where_limited("project", "supervisor"), form.department, db.Project, "supervisor")
    text(place, where_limited("project", "source"), source, db.Project, "source")
    labels = {"budget_initial": "importing.label.budget_initial", "budget_adjusted": "importing.label.budget_adjusted",
              "spent": "importing.label.spent", "weight": "importing.label.weight",
              "rate": "importing.self_eval.label.rate", "score": "importing.label.score"}

    def fund_cell(fund, key: str):
        return message("importing.self_eval.fund_cell", label=message(labels[key]), row=fund.label)

    for fund in form.funds:
        text(fund.place, where_limited("budget_execution", "fund_source"), fund.source, db.BudgetExecution,
             "fund_source")
        for key in ("budget_initial", "budget_adjusted", "spent", "weight", "rate", "score"):
            amount(fund.place, fund_cell(fund, key), getattr(fund, key))
    total_place = form.total_place or place
    amount(total_place, message("importing.label.total_weight"), form.total_weight)
    amount(total_place, message("importing.label.total_score"), form.total_score)
    text(total_place, message("importing.self_eval.label.grade"), form.grade, db.PrintedFigure, "text")
    for ind in form.indicators:
        for label, value, column in (("store.column.level1", ind.level1, "level1"),
                                     ("store.column.level2", ind.level2, "level2"),
                                     ("importing.self_eval.label.direction", ind.direction, "direction")):
            text(ind.place, _indicator_cell(ind, label), value, db.Indicator, column)
        amount(ind.place, _indicator_cell(ind, "importing.label.weight"), ind.weight)
        amount(ind.place, _indicator_cell(ind, "importing.label.score"), ind.score)


def _indicator_cell(ind, label: str):
    return message("importing.label.indicator_field", name=_short(ind.name), label=message(label))


# --- writing --------------------------------------------------------------------------------------


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


def _write_form(session, book: SelfEvalBook, form: FilledSelfEvalForm, year: int, replace: bool, scheme,
                result: SelfEvalWriteResult, seen: dict[tuple[int, int, str], tuple[str, str]]) -> None:
    source = book.source
    department = form.department or Path(source).stem
    unit = _unit(session, department, form.unit or department)
    name = form.name
    if (unit.id, year, name) in seen:  # the same project twice in this import: both kept, the second numbered
        k = 2
        while (unit.id, year, f"{name}（{k}）") in seen:
            k += 1
        renamed = f"{name}（{k}）"
        check_form(source, form, renamed)
        result.renamed.append(renamed)
        first_source, first_place = seen[(unit.id, year, name)]
        if first_source == source:  # both in one workbook: the places say enough
            here, first = str(form.place), first_place
        else:
            here, first = f"{source} {form.place}", f"{first_source} {first_place}"
        result.renamed_forms.append((here, first, name, renamed))
        name = renamed
    seen[(unit.id, year, name)] = (source, str(form.place))
    old = session.scalar(
        select(db.Project).where(db.Project.unit_id == unit.id, db.Project.year == year, db.Project.name == name)
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
    # the projects written just before are in the session, not in unit.projects (loaded once)
    order = (session.scalar(select(func.max(db.Project.sort_order)).where(db.Project.unit_id == unit.id)) or 0) + 1
    project = db.Project(unit_id=unit.id, year=year, name=name, supervisor=form.department or None,
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
                           actual=ind.actual or None, weight=ind.weight, deviation_reason=ind.deviation or None,
                           direction=ind.direction or None)
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
