"""targets: departments, units, projects, indicators

Revision ID: 0001
Revises:
Create Date: 2026-11-21 00:46:39.593758

What an imported 项目支出绩效目标表 needs.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "department",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_department")),
        sa.UniqueConstraint("name", name=op.f("uq_department_name")),
    )
    op.create_table(
        "unit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_unit_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_unit")),
        sa.UniqueConstraint("department_id", "name", name="department_name"),
    )
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_unit_department_id"), ["department_id"], unique=False)
    op.create_table(
        "project",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("unit_id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("supervisor", sa.String(length=200), nullable=True),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("total", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("fiscal", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("special", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("other", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("goal", sa.Text(), nullable=True),
        sa.Column("goal_actual", sa.Text(), nullable=True),
        sa.Column("source", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["unit_id"], ["unit.id"], name=op.f("fk_project_unit_id_unit"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_project")),
        sa.UniqueConstraint("unit_id", "year", "name", name="unit_year_name"),
    )
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_project_unit_id"), ["unit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_project_year"), ["year"], unique=False)
    op.create_table(
        "indicator",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=True),
        sa.Column("level1", sa.String(length=50), nullable=True),
        sa.Column("level1_code", sa.String(length=10), nullable=True),
        sa.Column("level2", sa.String(length=50), nullable=True),
        sa.Column("level2_code", sa.String(length=10), nullable=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("period_target", sa.Text(), nullable=True),
        sa.Column("annual_target", sa.Text(), nullable=True),
        sa.Column("sign_override", sa.String(length=4), nullable=True),
        sa.Column("value_override", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("unit_override", sa.String(length=20), nullable=True),
        sa.Column("qualitative_override", sa.Boolean(), nullable=True),
        sa.Column("weight", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("actual", sa.Text(), nullable=True),
        sa.Column("qualitative_tier", sa.Integer(), nullable=True),
        sa.Column("score_override", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("score_override_reason", sa.Text(), nullable=True),
        sa.Column("deviation_reason", sa.Text(), nullable=True),
        sa.CheckConstraint(
            "qualitative_tier IS NULL OR qualitative_tier IN (1, 2, 3)", name=op.f("ck_indicator_tier")
        ),
        sa.ForeignKeyConstraint(
            ["project_id"], ["project.id"], name=op.f("fk_indicator_project_id_project"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_indicator")),
    )
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_indicator_project_id"), ["project_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_indicator_project_id"))
    op.drop_table("indicator")
    with op.batch_alter_table("project", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_project_year"))
        batch_op.drop_index(batch_op.f("ix_project_unit_id"))
    op.drop_table("project")
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_unit_department_id"))
    op.drop_table("unit")
    op.drop_table("department")
