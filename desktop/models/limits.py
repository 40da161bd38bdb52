"""The limits the store promises, checked before a write on every back end.

PostgreSQL enforces VARCHAR(n) and NUMERIC(p, s) itself (with an English traceback); SQLite
ignores them. Checking here first gives the officer one Chinese sentence naming the field, and
the same answer on both back ends. On SQLite the schema's own guard is a CHECK per column
(migration 0010), whose refusal db_errors.length_refusal says the same way.
"""

from __future__ import annotations

import functools
from decimal import Decimal

from sqlalchemy import String, event, inspect
from sqlalchemy.orm import Session

from desktop.messages import message
from desktop.models.types import MONEY_PRECISION, MONEY_SCALE, Money

MAX_INTEGER_DIGITS = MONEY_PRECISION - MONEY_SCALE

# Tables and columns named in the sentence (catalogue `store.table.*`, `store.column.*`).
TABLE_NAMES = ("department", "unit", "project", "indicator", "budget_execution", "department_budget_line",
               "monthly_spending", "department_indicator", "department_eval_item", "edit_log", "import_source",
               "printed_figure")
# Every column with a length or a money limit: the sentence never shows the store's own key.
COLUMN_NAMES = ("name", "supervisor", "source", "level1", "level2", "level1_code", "level2_code", "sign_override",
                "unit_override", "code", "method", "fund_source", "total", "fiscal", "special", "other",
                "budget_initial", "budget_adjusted", "spent", "weight", "manual_score", "score_override",
                "value_override", "actual_value_override", "completion", "annual_budget", "cumulative_spent",
                "stated_total", "stated_fiscal", "stated_special", "stated_other", "department", "amount_unit",
                "layout", "direction", "item", "value", "text", "entity", "field", "user_name", "machine")


def _named(kind: str, names: tuple[str, ...], key: str):
    return message(f"store.{kind}.{key}") if key in names else key


def where_limited(table: str, column: str):
    """Which field a limit refused, in the officer's words: 预算单位的「名称」."""
    return message("store.limit.where", table=_named("table", TABLE_NAMES, table),
                   column=_named("column", COLUMN_NAMES, column))


class LimitError(ValueError):
    """A value longer or larger than the store holds; `args[0]` says why (a `Message`)."""


def check_amount(value: Decimal) -> None:
    """Refuse what NUMERIC(28, 10) cannot hold exactly (ValueError, Chinese reason)."""
    if not value.is_finite():
        raise LimitError(message("store.value.not_a_number_quoted", raw=value))
    sign, digits, exponent = value.as_tuple()
    decimals = max(0, -exponent)
    integer_digits = max(0, len(digits) + exponent)
    if integer_digits > MAX_INTEGER_DIGITS:
        raise LimitError(message("store.limit.too_large", value=str(value), digits=MAX_INTEGER_DIGITS))
    if decimals > MONEY_SCALE and value != value.quantize(Decimal(1).scaleb(-MONEY_SCALE)):
        raise LimitError(message("store.limit.too_many_decimals", value=str(value), places=MONEY_SCALE))


def _money_fits(value: Decimal) -> bool:
    """check_amount's answer without the sentence, for the many values that fit."""
    try:
        check_amount(value)
    except LimitError:
        return False
    return True


def check_text(value: str, limit: int) -> None:
    if len(value) > limit:
        raise LimitError(message("store.limit.too_long", length=len(value), limit=limit))


@functools.cache  # per Table, which never changes: an import asks once per row (50,000 times)
def column_limits(table) -> dict[str, object]:
    """column name → int (max characters) or Money, for the columns that have a limit."""
    found: dict[str, object] = {}
    for column in table.columns:
        if isinstance(column.type, Money):
            found[column.key] = Money
        elif isinstance(column.type, String) and column.type.length:
            found[column.key] = column.type.length
    return found


def check_row(table, values: dict) -> None:
    """Every limited value of one row; LimitError names the table and the column in Chinese."""
    limits = column_limits(table)
    for key, value in values.items():  # the values given, in their order: often far fewer
        if value is None or key not in limits:
            continue
        limit = limits[key]
        try:
            if limit is Money:
                check_amount(value if isinstance(value, Decimal) else Decimal(str(value)))
            elif isinstance(value, str):
                check_text(value, limit)
        except LimitError as exc:
            raise LimitError(message("store.edit.refused", where=where_limited(table.name, key), why=exc.args[0])) from None


@event.listens_for(Session, "before_flush")
def _check_limits(session: Session, _context, _instances) -> None:
    """New rows: every limited column; changed rows: the columns changed (an old over-long value
    elsewhere in the row does not block an edit)."""
    for obj in session.new:
        table = getattr(obj, "__table__", None)
        if table is not None:
            check_row(table, {c.key: getattr(obj, c.key, None) for c in table.columns})
    for obj in session.dirty:
        table = getattr(obj, "__table__", None)
        if table is None:
            continue
        state = inspect(obj)
        changed = {c.key for c in table.columns if c.key in state.attrs and state.attrs[c.key].history.has_changes()}
        if changed:
            check_row(table, {key: getattr(obj, key, None) for key in changed})


def check_imported(tables) -> None:
    """Imported tables (desktop.importers.model) against the columns they land in, before any
    write: StoreError names the file, the project's place and the field; nothing is imported."""
    check = imported_check()
    for table in tables:
        for project in table.projects:
            check(table, project)


def imported_check():
    """`check(table, project)`: one imported project against the columns it lands in, as
    check_imported does for whole tables; a streamed import checks each before writing it."""
    from desktop.models.entities import Indicator, Project, Unit
    from desktop.models.store import StoreError  # (store imports this module)

    limits = column_limits(Indicator.__table__)
    l1, c1, l2, c2 = (limits[k] for k in ("level1", "level1_code", "level2", "level2_code"))
    unit_len = column_limits(Unit.__table__)["name"]
    project_limits = column_limits(Project.__table__)
    name_len, supervisor_len, source_len = (project_limits[k] for k in ("name", "supervisor", "source"))
    # amounts and weights seen to fit, by id: a reader parses each printed figure once, so the
    # same Decimal object recurs (1.5 万元, 10 分); held here, so that no id is reused meanwhile
    fitting: dict[int, Decimal] = {}

    def fits(value) -> bool:
        if value is None or id(value) in fitting:
            return True
        if isinstance(value, Decimal) and _money_fits(value):
            fitting[id(value)] = value
            return True
        return False

    def check(table, project) -> None:
        source_fits = len(table.source or "") <= source_len
        a = project.amounts
        try:
            # the common case without a call; anything else goes through check_row, which
            # names the first value that does not fit, as it always did
            if not (
                source_fits and len(project.unit or "") <= unit_len and len(project.name or "") <= name_len
                and len(project.supervisor or "") <= supervisor_len
                and fits(a.total) and fits(a.fiscal) and fits(a.special) and fits(a.other)
            ):
                check_row(Unit.__table__, {"name": project.unit})
                check_row(Project.__table__, {"name": project.name, "supervisor": project.supervisor,
                                              "total": a.total, "fiscal": a.fiscal, "special": a.special,
                                              "other": a.other, "source": table.source})
            for ind in project.indicators:  # 40,000 of them
                if not (
                    len(ind.level1 or "") <= l1 and len(ind.level1_code or "") <= c1
                    and len(ind.level2 or "") <= l2 and len(ind.level2_code or "") <= c2
                    and (ind.weight is None or fits(ind.weight))  # a target table gives none: no call
                ):
                    check_row(Indicator.__table__, {"level1": ind.level1, "level1_code": ind.level1_code,
                                                    "level2": ind.level2, "level2_code": ind.level2_code,
                                                    "weight": ind.weight})
        except LimitError as exc:
            place = f" {project.place}" if getattr(project, "place", "") else ""
            name = f"{project.name[:40]}{'…' if len(project.name) > 40 else ''}"
            where = message("store.limit.import_where", source=table.source, place=place, project=name)
            said = exc.args[0]  # store.edit.refused: the cell and why
            raise StoreError(message("store.limit.not_imported", where=where, cell=said.fields["where"],
                                     why=said.fields["why"])) from None

    return check
