"""printed figures of imported 自评表

Revision ID: 0007
Revises: 0004
Create Date: 2026-11-30 21:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision: str = "0007"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "printed_figure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("project_id", sa.Integer(), nullable=False),
        sa.Column("indicator_id", sa.Integer(), nullable=True),
        sa.Column("item", sa.String(length=50), nullable=False),
        sa.Column("value", desktop.models.types.Money(precision=20, scale=6), nullable=True),
        sa.Column("text", sa.String(length=50), nullable=True),
        sa.ForeignKeyConstraint(
            ["indicator_id"],
            ["indicator.id"],
            name=op.f("fk_printed_figure_indicator_id_indicator"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["project_id"],
            ["project.id"],
            name=op.f("fk_printed_figure_project_id_project"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_printed_figure")),
        sa.UniqueConstraint("project_id", "indicator_id", "item", name="project_indicator_item"),
    )
    with op.batch_alter_table("printed_figure", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_printed_figure_indicator_id"), ["indicator_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_printed_figure_project_id"), ["project_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("printed_figure", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_printed_figure_project_id"))
        batch_op.drop_index(batch_op.f("ix_printed_figure_indicator_id"))

    op.drop_table("printed_figure")
