"""Command line: `perfdesk` opens the window; subcommands work headless.

Each subcommand lives in its own module under `desktop.commands` and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from desktop import __version__
from desktop.commands import COMMAND_MODULES

log = logging.getLogger(__name__)


def _add_db_option(parser: argparse.ArgumentParser, default=None) -> None:
    parser.add_argument(
        "--db",
        default=default,
        metavar="PATH_OR_URL",
        help="数据库：SQLite 文件路径或 SQLAlchemy URL（默认：用户数据目录中的 perfdesk.db）",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="perfdesk", description="绩效自评 Desk")
    parser.add_argument("--version", action="version", version=f"perfdesk {__version__}")
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
