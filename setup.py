"""Build step of the wheel (pyproject.toml has the metadata): put `resources/` into the package.

`resources/` stays at the top of the source tree (fonts, schemes, icons, translation sources);
a wheel carries it as `desktop/resources/`, where `desktop.paths.resources_dir()` finds it
through importlib.resources. The translations go in compiled: each `.ts` is turned into its
`.qm` by Qt's lrelease (from the PySide6 wheel the build backend adds to the build
requirements, see tools/build_backend.py), and the `.ts` themselves stay out. An editable
install copies nothing: it reads `resources/` of the source tree.
"""

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
# Kept out of the wheel: translation sources (shipped compiled), scripts that made the files.
SKIPPED_SUFFIXES = {".ts", ".py", ".pyc"}


def lrelease() -> list[str]:
    """The lrelease of the PySide6 in the build environment (platform-independent output)."""
    try:
        import PySide6
    except ImportError:
        raise SystemExit(
            "perfdesk build: PySide6 is needed to compile the translations; build with "
            "`pip wheel .` / `python -m build` (build isolation installs it) or install "
            "PySide6-Essentials into this environment"
        ) from None
    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (base / name).is_file():
            return [str(base / name)]
    for script in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        found = shutil.which(script, path=str(Path(sys.executable).parent))
        if found:
            return [found]
    raise SystemExit(f"perfdesk build: no lrelease in {base}")


class BuildWithResources(build_py):
    def run(self):
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / "desktop" / "resources"
        if target.exists():
            shutil.rmtree(target)
        copied = 0
        for path in sorted(RESOURCES.rglob("*")):
            if not path.is_file() or "__pycache__" in path.parts or path.suffix in SKIPPED_SUFFIXES:
                continue
            if path.suffix == ".qm":  # a stale local build output; compiled afresh below
                continue
            dest = target / path.relative_to(RESOURCES)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(path, dest)
            copied += 1
        sources = sorted((RESOURCES / "translations").glob("*.ts"))
        tool = lrelease() if sources else []
        for ts in sources:
            qm = target / "translations" / ts.with_suffix(".qm").name
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*tool, "-silent", str(ts), "-qm", str(qm)], check=True)
            if not qm.is_file() or qm.stat().st_size == 0:
                raise SystemExit(f"perfdesk build: lrelease made no {qm.name} from {ts.name}")
        if copied == 0:
            raise SystemExit(f"perfdesk build: nothing to ship in {RESOURCES}")
        print(f"perfdesk build: {copied} resource files and {len(sources)} compiled translations in {target}")


setup(cmdclass={"build_py": BuildWithResources})
