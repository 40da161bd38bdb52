"""Translations: source strings are English, the shipped UI is zh_CN.

The app's `.qm` is compiled from `resources/translations/*.ts` by Qt's lrelease — by the
installer build, or on first start from a source checkout (so no compiled file is committed).
"""

from __future__ import annotations

import logging
import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.i18n import compile_translations, language, translations_dir

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, lang: str | None = None) -> list[QTranslator]:
    """Load Qt's own strings (standard dialogs) and ours for `lang`; English needs none."""
    lang = lang or language()
    if lang.startswith("en"):
        return []
    QLocale.setDefault(QLocale(lang))
    if not getattr(sys, "frozen", False):
        try:
            compile_translations()
        except (OSError, subprocess.CalledProcessError):
            log.exception("could not compile translations")
    loaded = []
    # One .ts per screen family (perfdesk_, grids_, …) so they can be edited independently.
    ours = sorted({qm.stem for qm in translations_dir().glob(f"*_{lang}.qm")})
    candidates = [(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    candidates += [(name, str(translations_dir())) for name in ours]
    for name, folder in candidates:
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            loaded.append(translator)
        else:
            log.warning("translation %s not found in %s", name, folder)
    return loaded
