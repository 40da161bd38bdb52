"""Headless subcommands of `perfdesk`; each module has `register(subparsers, common)`."""

# Modules are imported lazily by desktop.cli, in this order (the order of `perfdesk --help`).
COMMAND_MODULES: list[str] = ["import_", "export", "score", "report", "recheck", "rollover", "fillin", "backup"]
