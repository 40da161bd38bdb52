"""The layers of DESIGN.md §7, checked on the source: a new import across a wall fails here.

domain (pure rules) ← models (store) ← operations ← importers / reports ← views (Qt widgets).
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"

# The store (models), its migrations and the operations (each user action on a session) work with SQL
# sessions; nothing else does, without exception.
SQL_LAYERS = ("models", "migrations", "operations")
# The entry points sit above every layer: they start the window or a command.
ENTRY_POINTS = {"desktop/cli.py", "desktop/__main__.py"}
# Readers of workbooks, documents and archives: files a user hands in go through the importers, which
# bound them (size, zip bombs); the domain gets their contents as plain data. (The domain's scheme
# files are the app's own YAML resources, not user input.)
FILE_READERS = ("openpyxl", "python_calamine", "reportlab", "docx", "pypdf", "pdfplumber", "zipfile", "csv")


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


def test_the_domain_reads_no_files():
    assert _offenders(_files("domain"), FILE_READERS) == {}


def test_nothing_below_the_views_imports_qt_widgets():
    below = [
        p for p in PACKAGE.rglob("*.py")
        if "views" not in p.relative_to(PACKAGE).parts and _rel(p) not in ENTRY_POINTS
    ]
    assert _offenders(below, ("PySide6.QtWidgets", "desktop.views")) == {}


def test_only_the_store_and_the_operations_use_sql():
    outside = [p for p in PACKAGE.rglob("*.py") if p.relative_to(PACKAGE).parts[0] not in SQL_LAYERS]
    assert _offenders(outside, ("sqlalchemy", "alembic")) == {}


def test_importers_and_reports_work_on_plain_data():
    """Importers parse files, reports lay out and write them: neither sees the store or an operation.

    What they print or return is plain data: the domain's records (desktop.domain.records, the
    scores' dataclasses) and their own types. So they import nothing from desktop.models (not even its
    record tuples, which sit beside the queries) nor from desktop.operations; the operations gather
    the figures in a session and call them."""
    files = _files("importers") + _files("reports")
    assert _offenders(files, ("desktop.models", "desktop.operations", "sqlalchemy", "alembic")) == {}


def test_a_violation_would_be_found(tmp_path):
    """The walls are checked on imports anywhere in a file, lazy ones inside functions included."""
    probe = tmp_path / "probe.py"
    probe.write_text("def f():\n    from sqlalchemy.orm import Session\n    import openpyxl\n", encoding="utf-8")
    assert _imports(probe) == {"sqlalchemy.orm", "openpyxl"}
    found = sorted(m for m in _imports(probe) if m.split(".")[0] in ("sqlalchemy", *FILE_READERS))
    assert found == ["openpyxl", "sqlalchemy.orm"]
