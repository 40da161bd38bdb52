"""The layers of DESIGN.md §7, checked on the source: a new import across a wall fails here.

domain (pure rules) ← models (store) ← operations ← importers / reports ← views (Qt widgets).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"

# The store (models), its migrations and the operations (each user action on a session) work with SQL
# sessions. These importer and report modules still query the store themselves; they are to move
# behind store operations, and the list may only shrink.
SQL_LAYERS = ("models", "migrations", "operations")
SQL_OUTSIDE_MODELS = {
    "desktop/importers/fillin.py",
    "desktop/reports/build.py",
    "desktop/reports/fillin.py",
    "desktop/reports/narrative.py",
}


# The entry points sit above every layer: they start the window or a command.
ENTRY_POINTS = {"desktop/cli.py", "desktop/__main__.py"}
# Domain modules that still read files themselves (to move to the importers, which bound their input).
FILES_IN_DOMAIN = {"desktop/domain/recheck.py"}


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside a function (lazy imports count too)."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _files(*parts: str) -> list[Path]:
    return sorted(PACKAGE.joinpath(*parts).rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(PACKAGE.parent).as_posix()


def _offenders(files: list[Path], forbidden: tuple[str, ...]) -> dict[str, list[str]]:
    found = {}
    for path in files:
        bad = sorted(m for m in _imports(path) if m.split(".")[0] in forbidden or m.startswith(forbidden))
        if bad:
            found[_rel(path)] = bad
    return found


def test_the_domain_imports_neither_qt_nor_sql_nor_the_layers_above():
    layers = ("PySide6", "sqlalchemy", "alembic", "desktop.models", "desktop.views",
              "desktop.importers", "desktop.reports", "desktop.operations", "desktop.commands")
    assert _offenders(_files("domain"), layers) == {}
    pure = [p for p in _files("domain") if _rel(p) not in FILES_IN_DOMAIN]
    assert _offenders(pure, ("openpyxl", "python_calamine", "reportlab")) == {}


def test_nothing_below_the_views_imports_qt_widgets():
    below = [
        p for p in PACKAGE.rglob("*.py")
        if "views" not in p.relative_to(PACKAGE).parts and _rel(p) not in ENTRY_POINTS
    ]
    assert _offenders(below, ("PySide6.QtWidgets", "desktop.views")) == {}


def test_only_the_store_opens_sql_sessions():
    outside = [
        p for p in PACKAGE.rglob("*.py")
        if p.relative_to(PACKAGE).parts[0] not in SQL_LAYERS and _rel(p) not in SQL_OUTSIDE_MODELS
    ]
    assert _offenders(outside, ("sqlalchemy", "alembic")) == {}


def test_the_allowance_only_shrinks():
    """A module that no longer needs its exception is taken off the list, so it cannot come back."""
    still = {name for name in SQL_OUTSIDE_MODELS if _offenders([PACKAGE.parent / name], ("sqlalchemy",))}
    assert still == SQL_OUTSIDE_MODELS
