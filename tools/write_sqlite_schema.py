"""Write desktop/migrations/current_sqlite.py: the schema the migrations build, as one script.

    .venv/bin/python tools/write_sqlite_schema.py

Run it after adding a migration; tests/test_migrations.py fails until the script matches.
A new SQLite file is made from this script (models/migrate.create_new_sqlite) instead of
replaying every migration.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def render() -> str:
    from desktop.models import migrate
    from desktop.models.store import make_engine

    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite:///{Path(tmp) / 'schema.db'}")
        try:
            with engine.connect() as connection, migrate.migration_transaction(connection):
                migrate.upgrade(connection)
            with engine.connect() as connection:
                statements = migrate.sqlite_schema(connection)
                revision = migrate.current_revision(connection)
        finally:
            engine.dispose()
    lines = [
        "# ruff: noqa: E501",
        '"""The newest schema of a SQLite store, as the migrations build it: made by',
        "tools/write_sqlite_schema.py, never edited by hand (tests/test_migrations.py compares).",
        '"""',
        "",
        f"REVISION = {revision!r}",
        "",
        "STATEMENTS = (",
        *(f"    {statement!r}," for statement in statements),
        ")",
        "",
    ]
    return "\n".join(lines)


def main() -> None:
    target = REPO / "desktop" / "migrations" / "current_sqlite.py"
    target.write_text(render(), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
