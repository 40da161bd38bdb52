"""Message texts: store. Codes are "store.<what>"; sources are English, fields in {braces}."""

from desktop.messages import QT_TRANSLATE_NOOP

TEXTS: dict[str, str] = {
}
