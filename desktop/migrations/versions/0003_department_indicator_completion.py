"""department indicator completion

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21 01:09:51.086852
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

import desktop.models.types

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("department_indicator", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("completion", desktop.models.types.Money(precision=20, scale=6), nullable=True)
        )



def downgrade() -> None:
    with op.batch_alter_table("department_indicator", schema=None) as batch_op:
        batch_op.drop_column("completion")

