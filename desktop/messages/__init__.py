"""The message catalogue: every sentence the officer reads that is not a widget's own label.

Below the views, code says what happened with a `Message` (a code and typed fields: file, sheet,
row, column, values). The sentence is made here, at the edge, in the language of the UI: each
code has an English source in one of the section modules (`importing`, `checks`, `store`,
`commands`, …), marked with `QT_TRANSLATE_NOOP("messages", …)` so `pyside6-lupdate` collects it
into `resources/translations/messages_zh_CN.ts`. The window and the command line render through
the same translator, so `PERFDESK_LANG=en` gives English everywhere and the default Chinese.

Nothing here imports Qt at module level: the domain may build `Message`s, and Qt is loaded only
when a sentence is rendered.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import PurePath
from typing import Any

from desktop.i18n import language

log = logging.getLogger(__name__)

CONTEXT = "messages"



def QT_TRANSLATE_NOOP(context: str, source: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Marks `source` for lupdate under `context`; returns it unchanged."""
    return source


@dataclass(frozen=True, slots=True)
class Message:
    """What happened, as a code and its fields; `str()` renders it in the UI's language."""

    code: str
    fields: Mapping[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        return render(self)


def message(code: str, /, **fields: Any) -> Message:
    return Message(code, fields)


def catalogue() -> dict[str, str]:
    """Every code with its English source, from all section modules (loaded on first use)."""
    global _CATALOGUE
    if _CATALOGUE is None:
        from desktop.messages import sections

        merged: dict[str, str] = {}
        for section in sections.ALL:
            for code, source in section.items():
                if code in merged:
                    raise RuntimeError(f"message code {code!r} is defined twice")
                merged[code] = source
        _CATALOGUE = merged
    return _CATALOGUE


_CATALOGUE: dict[str, str] | None = None


def translate(source: str) -> str:
    """`source` (an English catalogue text) in the UI's language."""
    lang = language()
    key = (lang, source)
    done = _TRANSLATED.get(key)  # an import names a place on every row: look each text up once
    if done is None:
        done = _translated(lang, source)
        _TRANSLATED[key] = done
    return done


_TRANSLATED: dict[tuple[str, str], str] = {}


def _translated(lang: str, source: str) -> str:
    if lang.startswith("en"):
        return source
    translator = _translator()
    if translator is None:
        return source
    return translator.translate(CONTEXT, source) or source


def render(msg: Message | str) -> str:
    """The sentence for `msg` in the UI's language; a plain string passes through."""
    if isinstance(msg, str):
        return msg
    source = catalogue().get(msg.code)
    if source is None:  # a code without a text is a programming error: say the code, never crash
        log.error("message code %s has no text", msg.code)
        return msg.code
    values = {name: _shown(value) for name, value in msg.fields.items()}
    try:
        return translate(source).format(**values)
    except (KeyError, IndexError, ValueError):
        log.exception("message %s could not be filled with %s", msg.code, sorted(values))
        return source.format_map(_Lenient(values))


class _Lenient(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _shown(value: Any) -> Any:
    """Fields rendered as the officer reads them: nested messages in words, paths by file name."""
    if isinstance(value, Message):
        return render(value)
    if isinstance(value, PurePath):
        return value.name
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value == value.to_integral() else format(value, "f")
    return value


_TRANSLATOR: Any = None
_LOADED_FOR: str | None = None


def _translator():
    """The `messages` translator for the current language: Qt's installed translators when an
    application runs (the window), else a QTranslator loaded here (the command line)."""
    global _TRANSLATOR, _LOADED_FOR
    from desktop.i18n import language

    lang = language()
    if _LOADED_FOR == lang:
        return _TRANSLATOR
    from PySide6.QtCore import QTranslator

    from desktop.paths import resources_dir

    folder = resources_dir() / "translations"
    qm = folder / f"messages_{lang}.qm"
    ts = folder / f"messages_{lang}.ts"
    if ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime):
        try:
            from desktop.i18n import compile_translations

            compile_translations(folder)
        except Exception:  # noqa: BLE001 - an uncompiled catalogue falls back to English, logged
            log.exception("could not compile %s", ts)
    translator = QTranslator()
    if not translator.load(str(qm)):
        log.warning("message catalogue %s not found", qm)
        translator = None
    _TRANSLATOR, _LOADED_FOR = translator, lang
    return translator
