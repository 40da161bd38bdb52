"""Message texts: commands. Codes are "commands.<what>"; sources are English, fields in {braces}."""


TEXTS: dict[str, str] = {
}
