"""`perfdesk rollover --from 2024 --to 2025 [--dry-run]`: 新建下一年度 from this year's targets."""

from __future__ import annotations

import argparse
import sys

from desktop.messages import message


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "rollover",
        parents=[common],
        help=str(message("commands.rollover.help")),
        description=str(message("commands.rollover.description")),
    )
    parser.add_argument("--from", dest="from_year", type=int, required=True, metavar="YEAR", help=str(message("commands.rollover.from_help")))
    parser.add_argument("--to", dest="to_year", type=int, metavar="YEAR", help=str(message("commands.rollover.to_help")))
    parser.add_argument("--dry-run", action="store_true", help=str(message("commands.rollover.dry_run_help")))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.models import StoreError, open_store
    from desktop.operations.rollover import RolloverError, plan_rollover, run_rollover

    to_year = args.to_year if args.to_year is not None else args.from_year + 1
    try:
        with open_store(args.db) as store, store.session() as session:
            action = plan_rollover if args.dry_run else run_rollover
            plan = action(session, args.from_year, to_year)
    except (StoreError, RolloverError) as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    for line in plan.lines():
        print(line)
    if plan.nothing_to_copy:
        print(message("commands.rollover.nothing", year=to_year))
    elif args.dry_run:
        print(message("commands.rollover.previewed"))
    else:
        print(message("commands.rollover.done"))
    return 0
