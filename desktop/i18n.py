"""Where translations live and how a source checkout compiles them (no widgets; the CLI uses it).

The app's `.qm` is compiled from `resources/translations/*.ts` by Qt's lrelease — by the
installer build, or on first start from a source checkout (so no compiled file is committed).
"""

from __future__ import annotations

import logging
import os
import subprocess
from pathlib import Path

from desktop.paths import resources_dir

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "zh_CN"
LANGUAGE_VARIABLE = "PERFDESK_LANG"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def lrelease_executable() -> Path | None:
    import PySide6

    base = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
        if (base / name).exists():
            return base / name
    return None


def compile_translations(directory: Path | None = None) -> list[Path]:
    """Build each stale or missing `.qm` from its `.ts`; returns the `.qm` files that exist."""
    directory = directory or translations_dir()
    built = []
    for ts in sorted(directory.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime:
            tool = lrelease_executable()
            if tool is None:
                log.warning("lrelease not found; %s stays uncompiled", ts)
                continue
            subprocess.run([str(tool), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def language() -> str:
    return os.environ.get(LANGUAGE_VARIABLE, DEFAULT_LANGUAGE)
