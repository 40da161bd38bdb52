"""text lengths on SQLite by CHECK constraints instead of triggers

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 05:30:00

0009's BEFORE INSERT trigger cost a quarter of an import's indicator insert; a CHECK does the
same test at about a third of that. One named CHECK per column (`ck_<table>_<column>_length`),
so the error names the column, and SQLite skips it on an UPDATE that does not set that column:
an old over-long value elsewhere in the row still does not block an edit, as with the triggers.

SQLite only: PostgreSQL enforces VARCHAR(n) itself, and the entities declare these CHECKs with
`ddl_if(dialect="sqlite")`, so each back end's migrated schema equals the model.
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

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
    """0009's triggers, for the downgrade."""
    raise_ = f"BEGIN SELECT RAISE(ABORT, 'value too long for a column of {table}'); END"
    checks = " OR ".join(f"length(NEW.{column}) > {n}" for column, n in lengths.items())
    statements = [f"CREATE TRIGGER trg_{table}_lengths_insert BEFORE INSERT ON {table} FOR EACH ROW WHEN {checks} {raise_}"]
    for column, n in lengths.items():
        statements.append(
            f"CREATE TRIGGER trg_{table}_{column}_length_update BEFORE UPDATE OF {column} ON {table} "
            f"FOR EACH ROW WHEN length(NEW.{column}) > {n} {raise_}"
        )
    return statements


def _check(table: str, column: str, n: int) -> str:
    return f"CONSTRAINT ck_{table}_{column}_length CHECK (length({column}) <= {n})"


def _rebuild(table: str, edit) -> None:
    """SQLite's own way to change a table (https://sqlite.org/lang_altertable.html#otheralter):
    a copy made from the stored CREATE TABLE as `edit` changes it, then its indexes again.
    Not Alembic's batch mode: that rebuilds the statement from reflection, in set order, so two
    runs wrote the constraints in different orders and the schema script could not match."""
    bind = op.get_bind()
    create = bind.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)).scalar()
    indexes = [row[0] for row in bind.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY rowid", (table,))]
    head, body = create.split("(", 1)
    if head.replace('"', "").strip() != f"CREATE TABLE {table}":
        raise RuntimeError(f"0010 cannot read the CREATE TABLE of {table}: {head!r}")
    bind.exec_driver_sql(f"CREATE TABLE _new_{table} ({edit(body)}")
    bind.exec_driver_sql(f"INSERT INTO _new_{table} SELECT * FROM {table}")
    bind.exec_driver_sql(f"DROP TABLE {table}")
    bind.exec_driver_sql(f"ALTER TABLE _new_{table} RENAME TO {table}")
    for statement in indexes:
        bind.exec_driver_sql(statement)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    if bind.exec_driver_sql("PRAGMA foreign_keys").scalar():  # dropping `department` would cascade
        raise RuntimeError("0010 copies tables: run it inside migrate.migration_transaction (foreign keys off)")
    # The copy re-inserts every row: a value over its limit from before 0009 (the triggers only
    # refused new writes) must survive it, so CHECKs are not applied to the copy.
    bind.exec_driver_sql("PRAGMA ignore_check_constraints=ON")
    try:
        for table, lengths in LENGTHS.items():
            for name in _trigger_names(table, lengths):
                bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            checks = "".join(f", \n\t{_check(table, column, n)}" for column, n in lengths.items())
            _rebuild(table, lambda body, checks=checks: body.rstrip()[:-1].rstrip() + checks + "\n)")
    finally:
        bind.exec_driver_sql("PRAGMA ignore_check_constraints=OFF")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    if bind.exec_driver_sql("PRAGMA foreign_keys").scalar():
        raise RuntimeError("0010 copies tables: run it inside migrate.migration_transaction (foreign keys off)")
    for table, lengths in LENGTHS.items():
        checks = [f", \n\t{_check(table, column, n)}" for column, n in lengths.items()]

        def without(body: str, checks=checks) -> str:
            for check in checks:
                body = body.replace(check, "")
            return body

        _rebuild(table, without)
        for statement in _length_triggers(table, lengths):
            bind.exec_driver_sql(statement)
