"""indicator direction (指标方向性 as printed) and unit code (820001- before a unit's name)

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-30 21:45:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.add_column(sa.Column("direction", sa.String(length=20), nullable=True))
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("code", sa.String(length=30), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("unit", schema=None) as batch_op:
        batch_op.drop_column("code")
    with op.batch_alter_table("indicator", schema=None) as batch_op:
        batch_op.drop_column("direction")
