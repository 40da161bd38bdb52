"""`perfdesk score [--db URL] [--year N] [--json]`: score every project and the department."""

from __future__ import annotations

import argparse
import json
import sys

from desktop.domain.numbers import fmt, percent
from desktop.messages import message


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "score",
        parents=[common],
        help=str(message("commands.score.help")),
        description=str(message("commands.score.description")),
    )
    parser.add_argument("--year", type=int, help=str(message("commands.year_help_latest")))
    parser.add_argument("--json", action="store_true", help=str(message("commands.score.json_help")))
    parser.set_defaults(func=run)


# How each score was worked out, in the officer's words (the scoring rules' internal names → codes).
METHOD_NAMES = {
    "none": "commands.method.none",
    "override": "commands.method.override",
    "定性": "commands.method.qualitative",
    "manual": "commands.method.manual",
    "indicator_completion": "commands.method.indicator_completion",
    "average_execution": "commands.method.average_execution",
    "project_scores": "commands.method.project_scores",
    "project_execution": "commands.method.project_execution",
    "ceiling_rate": "commands.method.ceiling_rate",
}
METHOD_WORDS = {"ratio": "commands.method.ratio", "linear": "commands.method.linear"}


def method_name(method: str) -> str:
    """'≥' → '≥ 达标满分'; '≤ ratio' → '≤ 比例计分'; unknown names are shown as they are."""
    if method in METHOD_NAMES:
        return str(message(METHOD_NAMES[method]))
    return " ".join(str(message(METHOD_WORDS[part])) if part in METHOD_WORDS else part for part in method.split())


def run(args: argparse.Namespace) -> int:
    from desktop.commands.output import quietly_piped, store_location
    from desktop.models import StoreError, open_store
    from desktop.operations.scoring import latest_year, score_year, year_dict

    try:
        with open_store(args.db, **store_location(args.db)) as store, store.session() as session:
            if args.year is not None and not _has_projects(session, args.year):
                latest = latest_year(session)
                if latest is not None:
                    print(message("commands.score.no_projects_in_year_hint", year=args.year, latest=latest),
                          file=sys.stderr)
                else:
                    print(message("commands.score.no_projects_in_year", year=args.year), file=sys.stderr)
                return 1
            scores = score_year(session, args.year)
    except StoreError as exc:
        print(exc.args[0], file=sys.stderr)
        return 2
    if scores is None:
        print(message("commands.score.no_projects"), file=sys.stderr)
        return 1
    if args.json:
        def write() -> None:
            json.dump(year_dict(scores), sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")

        return quietly_piped(write)
    return quietly_piped(lambda: _print_text(scores))


def _basis(item) -> str:
    if item.basis is None:
        return ""
    if getattr(item, "basis_unit", "rate") == "points":
        if item.left_out:
            return str(message("commands.score.basis_points_left_out", points=fmt(item.basis), left_out=item.left_out))
        return str(message("commands.score.basis_points", points=fmt(item.basis)))
    return str(message("commands.score.basis_rate", rate=percent(item.basis)))


def _has_projects(session, year: int) -> bool:
    from desktop.models import queries

    return year in queries.years(session)


def _print_text(scores) -> None:
    print(message("commands.score.heading", year=scores.year))
    schemes = sorted({p.scheme_name for p in scores.projects if p.scheme_name})
    if schemes:
        print(message("commands.score.schemes", schemes="、".join(schemes)))  # which scheme scored these projects
    for p in scores.projects:
        print(message("commands.score.project", unit=p.unit, name=p.name, rate=percent(p.execution_rate) or "—",
                      execution=fmt(p.execution_score), total=fmt(p.total), grade=p.grade))
        for ind in p.indicators:
            rate = percent(ind.completion_rate) or "—"
            print("    " + str(message("commands.score.indicator", name=ind.name, weight=fmt(ind.weight), rate=rate,
                                            score=fmt(ind.score), method=method_name(ind.method))))
        for problem in p.problems:
            print(f"    ! {problem.message}")
    if scores.department is not None:
        d = scores.department
        print("\n" + str(message("commands.score.department_heading", department=scores.department_name)))
        for item in d.items:
            print("  " + str(message("commands.score.item", level1=item.level1, level2=item.level2, name=item.name,
                                         weight=fmt(item.weight), score=fmt(item.score),
                                         method=method_name(item.method), basis=_basis(item))))
        for level, total in d.level1_totals.items():
            print("  " + str(message("commands.score.level_total", level=level, total=fmt(total))))
        print("  " + str(message("commands.score.department_total", total=fmt(d.total), grade=d.grade)))
        for problem in d.problems:
            print(f"  ! {problem}")
