"""Score every indicator of a 5,000-project × 8-indicator department. Goal: ≤ 0.5 s.

Run: .venv/bin/python benchmarks/bench_scoring.py [--projects N] [--runs N]
Inputs are built first (targets and actuals parsed, as the store keeps them); the timed part is
score_projects (score_project over every project; the cyclic GC runs as usual) on the whole department.
Parsing the 80,000 target/actual texts is timed separately:
the app parses when a text is typed or imported, not when scoring.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.domain.schemes import default_scheme  # noqa: E402
from desktop.domain.scoring import IndicatorInput, ProjectInput, score_projects  # noqa: E402
from desktop.domain.targets import parse_actual, parse_target  # noqa: E402

# (level1, target text, actual texts to pick from): the mix of the seeds
TEMPLATES = [
    ("产出指标", "不少于{n}次", ["{a}次", "超过{a}场", "{a}余次"]),
    ("产出指标", "{n}万人次以上", ["{a}万人次", "超{a}万人次"]),
    ("产出指标", "≤{s}s", ["{s2}s"]),
    ("产出指标", "0次", ["0次", "1次"]),
    ("产出指标", "约{n}个", ["{a}个"]),
    ("效益指标", "有效提升", ["有效提升"]),
    ("效益指标", "低于5%", ["{p}%"]),
    ("满意度指标", "不低于{q}%", ["{q2}%"]),
]


def build_texts(projects: int, seed: int = 1) -> list[list[tuple[str, str, str]]]:
    rng = random.Random(seed)
    out = []
    for _ in range(projects):
        rows = []
        for level1, target, actuals in TEMPLATES:
            n = rng.randint(1, 5000)
            values = {
                "n": n,
                "a": max(0, n + rng.randint(-n // 2, n // 2)),
                "s": rng.randint(1, 9),
                "s2": rng.randint(1, 12),
                "p": rng.randint(0, 9),
                "q": rng.randint(80, 95),
                "q2": rng.randint(70, 100),
            }
            rows.append((level1, target.format(**values), rng.choice(actuals).format(**values)))
        out.append(rows)
    return out


def build_projects(texts) -> list[ProjectInput]:
    band = default_scheme().bands[0].name
    projects = []
    for i, rows in enumerate(texts):
        indicators = []
        for j, (level1, target, actual) in enumerate(rows):
            t = parse_target(target)
            indicators.append(
                IndicatorInput(
                    name=f"指标{j}",
                    level1=level1,
                    target=t,
                    actual=parse_actual(actual),
                    qualitative_band=band if not t.is_number else None,
                )
            )
        projects.append(
            ProjectInput(
                f"项目{i}", indicators, budget_adjusted=Decimal("100.00"), spent=Decimal(90 + i % 15)
            )
        )
    return projects


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--projects", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    scheme = default_scheme()
    texts = build_texts(args.projects)
    start = time.perf_counter()
    projects = build_projects(texts)
    parse_seconds = time.perf_counter() - start
    n_indicators = sum(len(p.indicators) for p in projects)
    timings, cpu = [], []
    for _ in range(args.runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        results = score_projects(projects, scheme)
        timings.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    best, median = min(timings), sorted(timings)[len(timings) // 2]
    grades = {}
    for r in results:
        grades[r.grade] = grades.get(r.grade, 0) + 1
    print(f"parse {2 * n_indicators:,} target/actual texts: {parse_seconds:.2f} s")
    print(
        f"score {args.projects:,} projects × {n_indicators // args.projects} indicators ({n_indicators:,}): "
        f"best {best:.3f} s, median {median:.3f} s over {args.runs} runs (goal ≤ 0.5 s); "
        f"CPU time best {min(cpu):.3f} s; grades {grades}"
    )
    print(
        f"load average while running: {' '.join(f'{x:.1f}' for x in os.getloadavg())} (the figure is wall time)"
    )
    return 0 if best <= 0.5 else 1


if __name__ == "__main__":
    sys.exit(main())
