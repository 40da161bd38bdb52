"""Command line: `perfdesk` opens the window; subcommands work headless.

Each subcommand lives in its own module under `desktop.commands` and exposes
`register(subparsers)`, which adds its parser and sets `func(args) -> int`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from desktop.commands import COMMAND_MODULES

log = logging.getLogger(__name__)

# argparse's own words (usage, errors, the -h/--version help) in Chinese: argparse looks its
# messages up through the module-level gettext functions at the time it prints them.
ARGPARSE_ZH = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "optional arguments": "选项",
    "show this help message and exit": "显示本帮助并退出",
    "show program's version number and exit": "显示程序版本并退出",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选项 %(value)r（可选：%(choices)s）",
    "invalid choice: %(value)r, choose from %(choices)s": "无效的选项 %(value)r（可选：%(choices)s）",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的 %(type)s 值：%(value)r",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "ambiguous option: %(option)s could match %(matches)s": "选项 %(option)s 有歧义，可能是 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "必须给出参数 %s 之一",
    "ignored explicit argument %r": "忽略了多余的值 %r",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的子命令 %(parser_name)r（可选：%(choices)s）",
}


def _argparse_gettext(message: str) -> str:
    return ARGPARSE_ZH.get(message, message)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "需要 %s 个值"
    return singular if n == 1 else plural


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
        help="数据库：SQLite 文件路径或 SQLAlchemy URL（默认：用户数据目录中的 perfdesk.db）",
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
    parser = argparse.ArgumentParser(prog="perfdesk", description="绩效自评 Desk")
    parser.add_argument("--version", action=_PrintVersion, help="显示程序版本并退出")
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
