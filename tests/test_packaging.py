"""The wheel carries its resources, and an app installed from it (not editable) works from any folder.

One wheel is built per test session (setup.py copies resources/ into the package as
desktop/resources and compiles the .ts with lrelease), then installed without dependencies into a
fresh venv whose only extra path is this venv's site-packages, for the dependencies: so the
`desktop` that runs is the installed one, with no source tree to lean on.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RESOURCES = REPO / "resources"


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    if shutil.which("pip", path=str(Path(sys.executable).parent)) is None:
        pytest.skip("no pip in this environment")
    try:
        import setuptools  # noqa: F401  (the test extra has it: the build runs without isolation, offline)
    except ImportError:
        pytest.skip("setuptools is not installed (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("wheel")
    # A copy of the tree, so the build's build/ and egg-info never touch the working tree.
    src = tmp_path_factory.mktemp("src") / "perfdesk"
    shutil.copytree(
        REPO, src,
        ignore=shutil.ignore_patterns(".venv", ".git", "build", "dist", "*.egg-info", "__pycache__",
                                      ".pytest_cache", ".ruff_cache", ".hypothesis", "installer", "*.qm"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", str(src), "-w", str(out)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    wheels = list(out.glob("perfdesk-*.whl"))
    assert len(wheels) == 1, wheels
    return wheels[0]


def test_wheel_holds_fonts_schemes_icons_and_compiled_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for kind in ("fonts", "schemes", "icons"):
        for path in (RESOURCES / kind).iterdir():
            if path.suffix == ".py":
                assert f"desktop/resources/{kind}/{path.name}" not in names, path
            else:
                assert f"desktop/resources/{kind}/{path.name}" in names, path
    sources = sorted((RESOURCES / "translations").glob("*.ts"))
    assert sources
    for ts in sources:
        assert f"desktop/resources/translations/{ts.stem}.qm" in names
        assert f"desktop/resources/translations/{ts.name}" not in names
    for migration in (REPO / "desktop" / "migrations" / "versions").glob("*.py"):
        assert f"desktop/migrations/versions/{migration.name}" in names
    qm = zipfile.ZipFile(wheel).read(f"desktop/resources/translations/{sources[0].stem}.qm")
    assert qm[:16] == bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """A fresh venv with the wheel installed; returns its python."""
    venv = tmp_path_factory.mktemp("venv") / "v"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip())
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        check=True, capture_output=True, text=True,
    )
    # The dependencies from this venv, after the fresh venv's own site-packages: a plain path in a
    # .pth (no nested .pth of this venv is read, so its editable `desktop` stays invisible).
    (site / "zz_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    return python


def _run(python: Path, args: list[str], cwd: Path, home: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "XDG_", "VIRTUAL_ENV"))}
    env.update(XDG_DATA_HOME=str(home / "data"), XDG_STATE_HOME=str(home / "state"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               QT_QPA_PLATFORM="offscreen")
    return subprocess.run([str(python), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300)


def test_installed_app_finds_its_resources_in_the_package(installed, tmp_path):
    result = _run(installed, ["-c", (
        "import desktop, desktop.paths as p, desktop.views.i18n as i;"
        "print(desktop.__file__); print(p.resources_dir());"
        "print(sorted(q.name for q in i.translations_dir().glob('*.qm')))"
    )], tmp_path, tmp_path)
    assert result.returncode == 0, result.stderr
    package_file, resources, qms = result.stdout.splitlines()
    assert str(REPO) not in package_file and Path(package_file).parent.parent.name == "site-packages"
    assert Path(resources) == Path(package_file).parent / "resources"
    assert qms == str(sorted(p.with_suffix(".qm").name for p in (RESOURCES / "translations").glob("*.ts")))


def test_installed_app_imports_scores_and_prints_from_another_folder(installed, tmp_path, seed_path):
    work = tmp_path / "elsewhere"
    work.mkdir()
    db = tmp_path / "x.db"
    seed = seed_path("001_fef803051986e1a1")
    steps = [
        ["-m", "desktop", "--db", str(db), "import", str(seed)],
        ["-m", "desktop", "--db", str(db), "score"],
        ["-m", "desktop", "--db", str(db), "report", "self-eval", "--out", "x.pdf"],
        ["-m", "desktop", "--db", str(db), "report", "targets", "--out", "t.pdf"],
    ]
    outputs = []
    for args in steps:
        result = _run(installed, args, work, tmp_path)
        assert result.returncode == 0, f"{args}: {result.stdout}{result.stderr}"
        outputs.append(result.stdout)
    assert "得分" in outputs[1] or "分" in outputs[1]
    from pypdf import PdfReader

    for name in ("x.pdf", "t.pdf"):
        reader = PdfReader(work / name)
        assert len(reader.pages) >= 1
        fonts = {}
        for page in reader.pages:
            for font in page["/Resources"]["/Font"].values():
                font = font.get_object()
                desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"] if "/DescendantFonts" in font \
                    else font.get("/FontDescriptor")
                fonts[str(font["/BaseFont"])] = desc is not None and "/FontFile2" in desc.get_object()
        assert fonts and all(fonts.values()), fonts
    assert "项目支出绩效自评表" in PdfReader(work / "x.pdf").pages[0].extract_text()
