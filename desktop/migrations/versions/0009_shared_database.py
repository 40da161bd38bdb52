"""shared database: row versions, who saved an edit, limits enforced on both back ends

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 21:50:00

- `version` on every table the grids edit (optimistic concurrency, issue 15);
- `edit_log.user_name` and `edit_log.machine`;
- money columns NUMERIC(28, 10) on PostgreSQL (NUMERIC(20, 6) rounded 1.23456789 to 1.234568);
- on SQLite, which ignores VARCHAR lengths, triggers refuse text longer than its column, so both
  back ends hold the same limits (PostgreSQL enforces them itself).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = (
    "project",
    "indicator",
    "budget_execution",
    "department_budget_line",
    "monthly_spending",
    "department_indicator",
    "department_eval_item",
)

# Money columns as of 0004, per table.
MONEY = {
    "project": ("total", "fiscal", "special", "other"),
    "indicator": ("value_override", "weight", "score_override"),
    "budget_execution": ("budget_initial", "budget_adjusted", "spent"),
    "department_budget_line": ("budget_initial", "budget_adjusted", "spent"),
    "monthly_spending": ("annual_budget", "cumulative_spent"),
    "department_indicator": ("value_override", "actual_value_override", "completion"),
    "department_eval_item": ("weight", "manual_score"),
    "import_source": ("stated_total", "stated_fiscal", "stated_special", "stated_other"),
}

# Text lengths as of 0009, per table (what PostgreSQL enforces through VARCHAR(n)).
LENGTHS = {
    "department": {"name": 200},
    "unit": {"name": 200},
    "project": {"name": 500, "supervisor": 200, "source": 500},
    "indicator": {"level1": 50, "level1_code": 10, "level2": 50, "level2_code": 10, "sign_override": 4,
                  "unit_override": 20},
    "budget_execution": {"fund_source": 20},
    "department_budget_line": {"name": 200},
    "department_indicator": {"level1": 50, "level2": 50, "sign_override": 4, "unit_override": 20},
    "department_eval_item": {"code": 50, "name": 200, "method": 50},
    "edit_log": {"entity": 50, "field": 50, "user_name": 100, "machine": 100},
    "import_source": {"source": 500, "department": 200, "amount_unit": 20, "layout": 20},
}


def _trigger_names(table: str, lengths: dict[str, int]) -> list[str]:
    return [f"trg_{table}_lengths_insert"] + [f"trg_{table}_{column}_length_update" for column in lengths]


def _length_triggers(table: str, lengths: dict[str, int]) -> list[str]:
    """An INSERT checks every column; an UPDATE only the columns it sets (a row that was already
    too long before 0009 can still be corrected elsewhere)."""
    raise_ = f"BEGIN SELECT RAISE(ABORT, 'value too long for a column of {table}'); END"
    checks = " OR ".join(f"length(NEW.{column}) > {n}" for column, n in lengths.items())
    statements = [f"CREATE TRIGGER trg_{table}_lengths_insert BEFORE INSERT ON {table} FOR EACH ROW WHEN {checks} {raise_}"]
    for column, n in lengths.items():
        statements.append(
            f"CREATE TRIGGER trg_{table}_{column}_length_update BEFORE UPDATE OF {column} ON {table} "
            f"FOR EACH ROW WHEN length(NEW.{column}) > {n} {raise_}"
        )
    return statements


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("edit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("user_name", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("machine", sa.String(length=100), nullable=True))
    if sqlite:
        for table, lengths in LENGTHS.items():
            for statement in _length_triggers(table, lengths):
                op.execute(statement)
    else:  # SQLite keeps money as canonical text; elsewhere widen the NUMERIC
        for table, columns in MONEY.items():
            for column in columns:
                op.alter_column(table, column, type_=sa.Numeric(28, 10), existing_nullable=True)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        for table, lengths in LENGTHS.items():
            for name in _trigger_names(table, lengths):
                op.execute(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for table, columns in MONEY.items():
            for column in columns:
                op.alter_column(table, column, type_=sa.Numeric(20, 6), existing_nullable=True)
    with op.batch_alter_table("edit_log", schema=None) as batch_op:
        batch_op.drop_column("machine")
        batch_op.drop_column("user_name")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
