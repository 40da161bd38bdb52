"""Message texts: checks. Codes are "checks.<what>"; sources are English, fields in {braces}."""


TEXTS: dict[str, str] = {
}
