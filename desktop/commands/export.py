"""`perfdesk export OUT.json [--db URL] [--year N]`: the store as truth-schema JSON."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.messages import message
from desktop.oserrors import os_error_text


def register(subparsers, common: argparse.ArgumentParser) -> None:
    parser = subparsers.add_parser(
        "export",
        parents=[common],
        help=str(message("commands.export.help")),
        description=str(message("commands.export.description")),
    )
    parser.add_argument("out", metavar="OUT.json", help=str(message("commands.export.out_help")))
    parser.add_argument("--year", type=int, help=str(message("commands.export.year_help")))
    parser.set_defaults(func=run)


def _number(v):
    return None if v is None else float(v)


def target_fields(ind) -> dict:
    """Weight, the target as parsed (sign / value / unit, the officer's or the columns' overrides on
    top) and the direction: 指标方向性 as printed where the source had it, else from the sign."""
    from desktop.domain.targets import stored_target

    t = stored_target(ind.annual_target, ind.name, ind.sign, ind.value, ind.unit, ind.qualitative)
    return {
        "weight": _number(ind.weight),
        "target_kind": t.kind,
        "sign": t.sign if t.is_number else None,
        "value": _number(t.value) if t.is_number else None,
        "unit": (t.unit or None) if t.is_number else None,
        "parsed": t.display(),
        "direction": ind.direction or (("正向" if t.higher_is_better else "反向") if t.is_number else None),
    }


def export_data(store, year: int | None) -> list[dict]:
    from desktop.importers.model import to_truth_dict
    from desktop.operations.imports import read_tables

    out = []
    for table_year, table in read_tables(store, year):
        data = to_truth_dict(table)
        for project, exported in zip(table.projects, data["projects"], strict=True):
            for ind, item in zip(project.indicators, exported["indicators"], strict=True):
                item.pop("qualitative", None)
                item.update(target_fields(ind))
        if year is None:
            data["year"] = table_year
        out.append(data)
    return out


def run(args: argparse.Namespace) -> int:
    from desktop.models import StoreError, open_store

    try:
        with open_store(getattr(args, "db", None)) as store:
            data = export_data(store, args.year)
    except StoreError as exc:
        print(str(exc.args[0] if exc.args else exc), file=sys.stderr)
        return 3
    text = json.dumps(data, ensure_ascii=False, indent=2)
    if args.out == "-":
        print(text)
    else:
        try:
            Path(args.out).write_text(text + "\n", encoding="utf-8")
        except OSError as exc:
            print(message("commands.cannot_write", path=args.out, reason=os_error_text(exc)), file=sys.stderr)
            return 4
        projects = sum(len(d["projects"]) for d in data)
        print(message("commands.export.done", tables=len(data), projects=projects, path=args.out))
    return 0
