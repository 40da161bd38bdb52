"""installer/winbundle.py: the drop list of the Windows installer and its import check."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
spec = importlib.util.spec_from_file_location("winbundle", REPO / "installer" / "winbundle.py")
winbundle = importlib.util.module_from_spec(spec)
spec.loader.exec_module(winbundle)

LD = shutil.which("x86_64-w64-mingw32-ld")
AS = shutil.which("x86_64-w64-mingw32-as")
DLLTOOL = shutil.which("x86_64-w64-mingw32-dlltool")


def _tree(root: Path, files: dict[str, int]) -> None:
    for name, size in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * size)


def test_drop_removes_matches_keeps_exceptions_and_reports_sizes(tmp_path):
    stage = tmp_path / "stage"
    _tree(stage, {
        "Lib/site-packages/PySide6/translations/qt_de.qm": 1000,
        "Lib/site-packages/PySide6/translations/qtbase_zh_CN.qm": 500,
        "Lib/site-packages/PySide6/qml/a/b.qml": 2000,
        "python.exe": 10,
    })
    rules = tmp_path / "rules.txt"
    rules.write_text(
        "# comment\n"
        "- Lib/site-packages/PySide6/translations/*  | Qt's translations\n"
        "+ Lib/site-packages/PySide6/translations/qtbase_zh_CN.qm | Chinese\n"
        "- Lib/site-packages/PySide6/qml/*  | QML\n",
        encoding="utf-8",
    )
    report = tmp_path / "dropped.txt"
    winbundle.drop(stage, rules, report)
    left = sorted(p.relative_to(stage).as_posix() for p in stage.rglob("*") if p.is_file())
    assert left == ["Lib/site-packages/PySide6/translations/qtbase_zh_CN.qm", "python.exe"]
    assert not (stage / "Lib/site-packages/PySide6/qml").exists()  # emptied folders go too
    lines = report.read_text(encoding="utf-8").splitlines()
    assert lines[0].split()[:4] == ["0.0", "MB", "2", "files"]
    assert "1 files  Lib/site-packages/PySide6/translations/*  (Qt's translations)" in lines[1]


def test_a_rule_matching_nothing_fails_the_build(tmp_path):
    stage = tmp_path / "stage"
    _tree(stage, {"python.exe": 10})
    rules = tmp_path / "rules.txt"
    rules.write_text("- gone.dll | renamed upstream?\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="match nothing"):
        winbundle.drop(stage, rules, tmp_path / "r.txt")


def test_unreadable_rule_is_refused(tmp_path):
    rules = tmp_path / "rules.txt"
    rules.write_text("* something\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="cannot read"):
        winbundle.read_rules(rules)


def test_the_real_drop_list_keeps_what_the_app_loads():
    rules = winbundle.read_rules(REPO / "installer" / "windows-drop.txt")
    import fnmatch

    def dropped(path: str) -> bool:
        return any(s == "-" and fnmatch.fnmatch(path, g) for s, g, _ in rules) and not any(
            s == "+" and fnmatch.fnmatch(path, g) for s, g, _ in rules)

    base = "Lib/site-packages/PySide6/"
    for kept in ("QtCore.pyd", "QtGui.pyd", "QtWidgets.pyd", "QtPrintSupport.pyd", "QtPdf.pyd",
                 "QtPdfWidgets.pyd", "Qt6Pdf.dll", "Qt6Network.dll", "plugins/platforms/qwindows.dll",
                 "translations/qtbase_zh_CN.qm", "Qt6Core.dll"):
        assert not dropped(base + kept), kept
    for gone in ("QtQml.pyd", "Qt6Quick.dll", "qml/QtQuick/x.qml", "designer.exe", "translations/qt_de.qm",
                 "plugins/sqldrivers/qsqlite.dll"):
        assert dropped(base + gone), gone
    # The app's own resources are never dropped.
    assert not dropped("Lib/site-packages/desktop/resources/fonts/gbsn00lp.ttf")


@pytest.mark.skipif(not (LD and AS and DLLTOOL), reason="binutils-mingw-w64-x86-64 is not installed (apt-get install it)")
def test_pe_imports_and_a_dropped_dll_still_imported_fails(tmp_path):
    # Real PE DLLs made with mingw binutils: c.dll imports f from a.dll.
    stub = tmp_path / "stub.o"
    subprocess.run([AS, str(REPO / "installer" / "wine" / "stubs.s"), "-o", str(stub)], check=True)
    stage = tmp_path / "stage"
    stage.mkdir()
    (tmp_path / "a.def").write_text("LIBRARY a.dll\nEXPORTS\n    f = ReturnZero\n", encoding="utf-8")
    subprocess.run([LD, "-shared", "-e", "DllMain", "-o", str(stage / "a.dll"), str(stub),
                    str(tmp_path / "a.def")], check=True)
    assert winbundle.pe_imports(stage / "a.dll") == set()
    assert winbundle.pe_imports(REPO / "README.md") == set()
    subprocess.run([DLLTOOL, "-d", str(tmp_path / "a.def"),
                    "-l", str(tmp_path / "liba.a")], check=True)
    (tmp_path / "c.def").write_text("LIBRARY c.dll\nEXPORTS\n    h = f\n", encoding="utf-8")
    subprocess.run([LD, "-shared", "-e", "DllMain", "-o", str(stage / "c.dll"), str(stub), str(tmp_path / "c.def"),
                    str(tmp_path / "liba.a")], check=True)
    assert winbundle.pe_imports(stage / "c.dll") == {"a.dll"}
    rules = tmp_path / "rules.txt"
    rules.write_text("- a.dll | not needed?\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="c.dll needs a.dll"):
        winbundle.drop(stage, rules, tmp_path / "r.txt")
