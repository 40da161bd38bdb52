"""Re-check of a big filled 自评表 workbook: read (openpyxl) and recompute, per form.

    .venv/bin/python benchmarks/bench_recheck.py [--forms 500] [--one-sheet]

Writes the six test forms of tests/self_eval_books.py over and over (each a different name),
one sheet per form or all down one sheet, then times read_self_eval and recheck_form separately.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def main() -> None:
    from self_eval_books import slips_forms, write_book

    from desktop.domain.recheck import recheck_form
    from desktop.domain.schemes import default_scheme
    from desktop.importers.self_eval import read_self_eval

    parser = argparse.ArgumentParser()
    parser.add_argument("--forms", type=int, default=500)
    parser.add_argument("--one-sheet", action="store_true")
    args = parser.parse_args()
    base = slips_forms()
    forms = []
    for i in range(args.forms):
        f = dict(base[i % len(base)])
        f["name"] = f"{f['name']}{i:05d}"
        forms.append(f)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_book(Path(tmp) / "big.xlsx", forms, per_sheet=not args.one_sheet)
        size = path.stat().st_size
        t0 = time.perf_counter()
        book = read_self_eval(path)
        t1 = time.perf_counter()
        scheme = default_scheme()
        findings = sum(len(recheck_form(f, scheme).findings) for f in book.forms)
        t2 = time.perf_counter()
    print(f"{len(book.forms)} forms, {book.indicator_count} indicators, {size / 1e6:.1f} MB, "
          f"{'one sheet' if args.one_sheet else 'one sheet per form'}")
    print(f"read {t1 - t0:.2f} s, re-check {t2 - t1:.2f} s, {findings} findings")


if __name__ == "__main__":
    main()
