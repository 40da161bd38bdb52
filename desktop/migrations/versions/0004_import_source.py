"""import source

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21 01:36:17.687629
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "import_source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("department_id", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=500), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=True),
        sa.Column("amount_unit", sa.String(length=20), nullable=True),
        sa.Column("layout", sa.String(length=20), nullable=True),
        sa.Column("stated_total", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("stated_fiscal", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("stated_special", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("stated_other", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("units_stated", sa.Text(), nullable=True),
        sa.Column("repairs", sa.Text(), nullable=True),
        sa.Column(
            "imported_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False
        ),
        sa.ForeignKeyConstraint(
            ["department_id"],
            ["department.id"],
            name=op.f("fk_import_source_department_id_department"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_source")),
        sa.UniqueConstraint("year", "department_id", "source", name="year_department_source"),
    )
    with op.batch_alter_table("import_source", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_import_source_department_id"), ["department_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_import_source_year"), ["year"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("import_source", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_import_source_year"))
        batch_op.drop_index(batch_op.f("ix_import_source_department_id"))

    op.drop_table("import_source")
