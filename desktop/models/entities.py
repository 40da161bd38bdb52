"""SQLAlchemy entities for the domain words of DESIGN.md §2.

Parsed target values are not stored: they are derived from the target text by the domain
parser. Only the officer's per-field overrides are kept.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from desktop.models.types import Money

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def _length_checks(**limits: int) -> tuple[CheckConstraint, ...]:
    """`ck_<table>_<column>_length`: SQLite ignores VARCHAR(n), PostgreSQL enforces it (so there
    the CHECK would only repeat it). One per column, so the error names the column."""
    return tuple(
        CheckConstraint(f"length({column}) <= {n}", name=f"{column}_length").ddl_if(dialect="sqlite")
        for column, n in limits.items()
    )


class Department(Base):
    """部门 / 主管部门."""

    __tablename__ = "department"
    __table_args__ = _length_checks(name=200)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)

    units: Mapped[list[Unit]] = relationship(
        back_populates="department", cascade="all, delete-orphan", order_by="Unit.name"
    )


class Unit(Base):
    """预算单位 / 资金使用单位."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("department_id", "name", name="department_name"), *_length_checks(name=200))

    id: Mapped[int] = mapped_column(primary_key=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(30))  # '820001' printed before the name, kept apart

    department: Mapped[Department] = relationship(back_populates="units")
    projects: Mapped[list[Project]] = relationship(
        back_populates="unit", cascade="all, delete-orphan", order_by="Project.sort_order"
    )


class Project(Base):
    """项目: money (万元), goal and indicators, for one year."""

    __tablename__ = "project"
    __table_args__ = (UniqueConstraint("unit_id", "year", "name", name="unit_year_name"), *_length_checks(name=500, supervisor=200, source=500))

    id: Mapped[int] = mapped_column(primary_key=True)
    # optimistic concurrency (issue 15): every ORM update bumps it, a stale one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    name: Mapped[str] = mapped_column(String(500))
    supervisor: Mapped[str | None] = mapped_column(String(200))  # 主管部门 as printed
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    total: Mapped[Decimal | None] = mapped_column(Money)
    fiscal: Mapped[Decimal | None] = mapped_column(Money)
    special: Mapped[Decimal | None] = mapped_column(Money)
    other: Mapped[Decimal | None] = mapped_column(Money)
    goal: Mapped[str | None] = mapped_column(Text)
    goal_actual: Mapped[str | None] = mapped_column(Text)  # 年度总体目标 实际完成情况
    source: Mapped[str | None] = mapped_column(String(500))  # the file it was imported from

    unit: Mapped[Unit] = relationship(back_populates="projects")
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="project", cascade="all, delete-orphan", order_by="Indicator.sort_order"
    )
    budget_executions: Mapped[list[BudgetExecution]] = relationship(
        back_populates="project", cascade="all, delete-orphan"
    )


class Indicator(Base):
    """绩效指标: one measurable target of a project."""

    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint("qualitative_tier IS NULL OR qualitative_tier IN (1, 2, 3)", name="tier"),
        *_length_checks(level1=50, level1_code=10, level2=50, level2_code=10, sign_override=4, unit_override=20),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # optimistic concurrency (issue 15): every ORM update bumps it, a stale one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    seq: Mapped[int | None] = mapped_column(Integer)  # the number printed in the source
    level1: Mapped[str | None] = mapped_column(String(50))
    level1_code: Mapped[str | None] = mapped_column(String(10))
    level2: Mapped[str | None] = mapped_column(String(50))
    level2_code: Mapped[str | None] = mapped_column(String(10))
    name: Mapped[str] = mapped_column(Text, default="")
    period_target: Mapped[str | None] = mapped_column(Text)  # 实施周期指标值
    annual_target: Mapped[str | None] = mapped_column(Text)  # 年度指标值
    # The officer's corrections of the parsed annual target; NULL = use the parse.
    sign_override: Mapped[str | None] = mapped_column(String(4))
    value_override: Mapped[Decimal | None] = mapped_column(Money)
    unit_override: Mapped[str | None] = mapped_column(String(20))
    qualitative_override: Mapped[bool | None] = mapped_column()  # force 定性 (True) or numeric (False)
    weight: Mapped[Decimal | None] = mapped_column(Money)  # 分值; NULL = split equally
    actual: Mapped[str | None] = mapped_column(Text)  # 实际完成值 as written
    qualitative_tier: Mapped[int | None] = mapped_column(Integer)  # 1 达成 / 2 部分达成 / 3 未达成
    score_override: Mapped[Decimal | None] = mapped_column(Money)
    score_override_reason: Mapped[str | None] = mapped_column(Text)
    deviation_reason: Mapped[str | None] = mapped_column(Text)  # 偏差原因分析及改进措施
    direction: Mapped[str | None] = mapped_column(String(20))  # 指标方向性 as printed (正向 / 反向)

    project: Mapped[Project] = relationship(back_populates="indicators")


class BudgetExecution(Base):
    """年初预算数 / 全年预算数 / 全年执行数 of a project, per fund source."""

    __tablename__ = "budget_execution"
    __table_args__ = (UniqueConstraint("project_id", "fund_source", name="project_source"), *_length_checks(fund_source=20))

    # 年度资金总额 / 当年财政拨款 / 上年结转资金 / 其他资金
    FUND_SOURCES = ("total", "fiscal", "carryover", "other")

    id: Mapped[int] = mapped_column(primary_key=True)
    # optimistic concurrency (issue 15): every ORM update bumps it, a stale one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    fund_source: Mapped[str] = mapped_column(String(20), default="total")
    budget_initial: Mapped[Decimal | None] = mapped_column(Money)
    budget_adjusted: Mapped[Decimal | None] = mapped_column(Money)
    spent: Mapped[Decimal | None] = mapped_column(Money)

    project: Mapped[Project] = relationship(back_populates="budget_executions")


class DepartmentBudgetLine(Base):
    """表1 rows: 基本支出, 人员经费, 公用经费, 项目支出 … with their budget and execution."""

    __tablename__ = "department_budget_line"
    __table_args__ = (UniqueConstraint("department_id", "year", "name", name="department_year_name"), *_length_checks(name=200))

    id: Mapped[int] = mapped_column(primary_key=True)
    # optimistic concurrency (issue 15): every ORM update bumps it, a stale one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    name: Mapped[str] = mapped_column(String(200))
    budget_initial: Mapped[Decimal | None] = mapped_column(Money)
    budget_adjusted: Mapped[Decimal | None] = mapped_column(Money)
    spent: Mapped[Decimal | None] = mapped_column(Money)


class MonthlySpending(Base):
    """表2 input: the cumulative spending reported for months 1..month of a year."""

    __tablename__ = "monthly_spending"
    __table_args__ = (
        UniqueConstraint("department_id", "year", "month", name="department_year_month"),
        CheckConstraint("month BETWEEN 1 AND 12", name="month"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    # optimistic concurrency (issue 15): every ORM update bumps it, a stale one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    annual_budget: Mapped[Decimal | None] = mapped_column(Money)  # 年度预算 as of that month
    cumulative_spent: Mapped[Decimal | None] = mapped_column(Money)  # 累计实际支出


class DepartmentIndicator(Base):
    """部门整体绩效目标 indicators (表4): targets of the department as a whole."""

    __tablename__ = "department_indicator"
    __table_args__ = _length_checks(level1=50, level2=50, sign_override=4, unit_override=20)

    id: Mapped[int] = mapped_column(primary_key=True)
    # optimistic concurrency (issue 15): every ORM update bumps it, a stale one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    level1: Mapped[str | None] = mapped_column(String(50))
    level2: Mapped[str | None] = mapped_column(String(50))
    name: Mapped[str] = mapped_column(Text, default="")
    annual_target: Mapped[str | None] = mapped_column(Text)
    actual: Mapped[str | None] = mapped_column(Text)
    sign_override: Mapped[str | None] = mapped_column(String(4))
    value_override: Mapped[Decimal | None] = mapped_column(Money)
    unit_override: Mapped[str | None] = mapped_column(String(20))
    actual_value_override: Mapped[Decimal | None] = mapped_column(Money)
    # The officer's 指标完成率 (fraction) where target or actual is 定性 or composite.
    completion: Mapped[Decimal | None] = mapped_column(Money)


class DepartmentEvalItem(Base):
    """部门整体支出绩效自评 (表3) item: a node of the scheme's tree for one department and year."""

    __tablename__ = "department_eval_item"
    __table_args__ = (UniqueConstraint("department_id", "year", "code", name="department_year_code"), *_length_checks(code=50, name=200, method=50))

    id: Mapped[int] = mapped_column(primary_key=True)
    # optimistic concurrency (issue 15): every ORM update bumps it, a stale one is refused
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": version}
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("department_eval_item.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(50))  # the item's key in the scheme file
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    level: Mapped[int] = mapped_column(Integer)  # 1 一级 / 2 二级 / 3 三级
    name: Mapped[str] = mapped_column(String(200))
    weight: Mapped[Decimal | None] = mapped_column(Money)
    method: Mapped[str] = mapped_column(String(50), default="manual")  # scheme method name
    manual_score: Mapped[Decimal | None] = mapped_column(Money)
    evidence: Mapped[str | None] = mapped_column(Text)

    children: Mapped[list[DepartmentEvalItem]] = relationship(
        cascade="all, delete-orphan", order_by="DepartmentEvalItem.sort_order"
    )


class EditLog(Base):
    """Every saved edit, old → new: the cell history and the audit trail."""

    __tablename__ = "edit_log"
    __table_args__ = (Index("ix_edit_log_entity", "entity", "entity_id", "field"), *_length_checks(entity=50, field=50, user_name=100, machine=100))

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())
    entity: Mapped[str] = mapped_column(String(50))
    entity_id: Mapped[int] = mapped_column(Integer)
    field: Mapped[str] = mapped_column(String(50))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    # Who saved it (OS user on SQLite, database user on PostgreSQL) and on which machine (issue 15).
    user_name: Mapped[str | None] = mapped_column(String(100))
    machine: Mapped[str | None] = mapped_column(String(100))


class ImportSource(Base):
    """What an imported table says about itself: title, 部门名称 as printed, stated 合计 and
    unit subtotals, and the repairs the importer made — kept for the export and for checking."""

    __tablename__ = "import_source"
    __table_args__ = (UniqueConstraint("year", "department_id", "source", name="year_department_source"), *_length_checks(source=500, department=200, amount_unit=20, layout=20))

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id", ondelete="CASCADE"), index=True)
    source: Mapped[str] = mapped_column(String(500))  # file name, "book.xlsx#sheet" for a sheet
    title: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(String(200))  # as printed; NULL when absent
    amount_unit: Mapped[str | None] = mapped_column(String(20))
    layout: Mapped[str | None] = mapped_column(String(20))
    stated_total: Mapped[Decimal | None] = mapped_column(Money)
    stated_fiscal: Mapped[Decimal | None] = mapped_column(Money)
    stated_special: Mapped[Decimal | None] = mapped_column(Money)
    stated_other: Mapped[Decimal | None] = mapped_column(Money)
    units_stated: Mapped[str | None] = mapped_column(Text)  # JSON [{"name", "stated": {k: "1.00" | null}}]
    repairs: Mapped[str | None] = mapped_column(Text)  # JSON [[place, what], …]
    imported_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.current_timestamp())


class PrintedFigure(Base):
    """A figure as printed on an imported 自评表 (得分, 执行率, 总分, 等级 …), kept apart from what the
    app computes, so the 复核 can show both. `indicator_id` is NULL for the project's own figures."""

    __tablename__ = "printed_figure"
    __table_args__ = (UniqueConstraint("project_id", "indicator_id", "item", name="project_indicator_item"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"), index=True)
    # score / weight (per indicator); execution_rate, execution_score, execution_weight,
    # total_weight, total_score, grade (per project)
    item: Mapped[str] = mapped_column(String(50))
    value: Mapped[Decimal | None] = mapped_column(Money)
    text: Mapped[str | None] = mapped_column(String(50))
