"""Message texts: importing. Codes are "importing.<what>"; sources are English, fields in {braces}."""


TEXTS: dict[str, str] = {
}
