"""year end: budget execution, department evaluation, edit log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 00:46:39.593758

Actuals, 表1–表4 inputs and the edit log.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "edit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("entity", sa.String(length=50), nullable=False),
        sa.Column("entity_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(length=50), nullable=False),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edit_log")),
    )
    with op.batch_alter_table("edit_log", schema=None) as batch_op:
        batch_op.create_index("ix_edit_log_entity", ["entity", "entity_id", "field"], unique=False)
    op.create_table(
        "department_budget_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("budget_initial", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("budget_adjusted", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("spent", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_department_budget_line_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department_budget_line")),
        sa.UniqueConstraint("department_id", "year", "name", name="department_year_name"),
    )
    with op.batch_alter_table("department_budget_line", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_department_budget_line_department_id"), ["department_id"], unique=False
        )
    op.create_table(
        "department_eval_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("code", sa.String(length=50), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("level", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("weight", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("method", sa.String(length=50), nullable=False),
        sa.Column("manual_score", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("evidence", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_department_eval_item_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["department_eval_item.id"],
            name=op.f("fk_department_eval_item_parent_id_department_eval_item"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department_eval_item")),
        sa.UniqueConstraint("department_id", "year", "code", name="department_year_code"),
    )
    with op.batch_alter_table("department_eval_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_department_eval_item_department_id"), ["department_id"], unique=False
        )
    op.create_table(
        "department_indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("level1", sa.String(length=50), nullable=True),
        sa.Column("level2", sa.String(length=50), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("annual_target", sa.Text(), nullable=True),
        sa.Column("actual", sa.Text(), nullable=True),
        sa.Column("sign_override", sa.String(length=4), nullable=True),
        sa.Column("value_override", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("unit_override", sa.String(length=20), nullable=True),
        sa.Column("actual_value_override", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_department_indicator_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department_indicator")),
    )
    with op.batch_alter_table("department_indicator", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_department_indicator_department_id"), ["department_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_department_indicator_year"), ["year"], unique=False)
    op.create_table(
        "monthly_spending",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("month", sa.Integer(), nullable=False),
        sa.Column("annual_budget", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("cumulative_spent", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.CheckConstraint("month BETWEEN 1 AND 12", name=op.f("ck_monthly_spending_month")),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_monthly_spending_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_monthly_spending")),
        sa.UniqueConstraint("department_id", "year", "month", name="department_year_month"),
    )
    with op.batch_alter_table("monthly_spending", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_monthly_spending_department_id"), ["department_id"], unique=False
        )
    op.create_table(
        "budget_execution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("fund_source", sa.String(length=20), nullable=False),
        sa.Column("budget_initial", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("budget_adjusted", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("spent", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_budget_execution_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_budget_execution")),
        sa.UniqueConstraint("project_id", "fund_source", name="project_source"),
    )
    with op.batch_alter_table("budget_execution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_budget_execution_project_id"), ["project_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("budget_execution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_budget_execution_project_id"))
    op.drop_table("budget_execution")
    with op.batch_alter_table("monthly_spending", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_monthly_spending_department_id"))
    op.drop_table("monthly_spending")
    with op.batch_alter_table("department_indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_department_indicator_year"))
        batch_op.drop_index(batch_op.f("ix_department_indicator_department_id"))
    op.drop_table("department_indicator")
    with op.batch_alter_table("department_eval_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_department_eval_item_department_id"))
    op.drop_table("department_eval_item")
    with op.batch_alter_table("department_budget_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_department_budget_line_department_id"))
    op.drop_table("department_budget_line")
    with op.batch_alter_table("edit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_edit_log_entity")
    op.drop_table("edit_log")
