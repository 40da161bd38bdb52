"""Command line: `perfdesk` opens the window; subcommands work headless.

Each subcommand lives in its own module under `desktop.commands` and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int`.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import logging
import sys

from desktop.commands import COMMAND_MODULES
from desktop.messages import catalogue, message, translate

log = logging.getLogger(__name__)

# argparse's own words (usage, errors, the -h/--version help) in the UI's language: argparse looks
# its messages up through the module-level gettext functions at the time it prints them. Their
# English msgids are catalogue sources (commands.argparse.*), so the Chinese lives in the .ts.
@functools.cache
def _argparse_sources() -> frozenset[str]:
    return frozenset(text for code, text in catalogue().items() if code.startswith("commands.argparse."))


def _argparse_gettext(text: str) -> str:
    return translate(text) if text in _argparse_sources() else text


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    return _argparse_gettext(singular if n == 1 else plural)


def utf8_streams() -> None:
    """Write UTF-8 whatever the console code page. A redirected stdout on a Western Windows is
    cp1252, which cannot encode a Chinese message (UnicodeEncodeError before anything is
    written); the launchers also set PYTHONUTF8=1. pythonw.exe has no streams (None)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")


def _add_db_option(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument(
        "--db",
        default=default,
        metavar="PATH_OR_URL",
        help=str(message("commands.db_option")),
    )


class _PrintVersion(argparse.Action):
    """argparse's "version" action, reading the version only when asked (not at every start)."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS, help=None):  # noqa: A002
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        from desktop import __version__

        print(f"perfdesk {__version__}")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="perfdesk", description=str(message("commands.app_description")))
    parser.add_argument("--version", action=_PrintVersion, help=str(message("commands.version_help")))
    _add_db_option(parser)
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand without --db keeps the value given before it (`perfdesk --db X score`).
    _add_db_option(common, default=argparse.SUPPRESS)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"desktop.commands.{name}")
        module.register(subparsers, common)
    return parser


def main(argv: list[str] | None = None) -> int:
    utf8_streams()
    argparse._ = _argparse_gettext
    argparse.ngettext = _argparse_ngettext
    parser = build_parser()
    args = parser.parse_args(argv)
    from desktop.logsetup import setup_logging

    setup_logging()
    if args.command is None:
        from desktop.views.app import run_gui

        return run_gui(args.db)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
