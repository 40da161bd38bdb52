"""Message texts: store. Codes are "store.<what>"; sources are English, fields in {braces}."""


TEXTS: dict[str, str] = {
}
