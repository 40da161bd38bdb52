"""Cold start of the frozen app to its window: spawn → the "perfdesk: window shown" line.

    bash installer/build.sh && .venv/bin/python benchmarks/bench_frozen_start.py [--runs 5] [--bundle DIR]

Runs installer/dist/perfdesk/perfdesk with QT_QPA_PLATFORM=offscreen and PERFDESK_EXIT_WHEN_SHOWN=1
(the app prints the line from the event loop once the main window is shown, then quits), in a
clean environment (no PYTHON* variables, empty PATH) and a fresh HOME / XDG folders per run, so
each start also creates and migrates a new database, as a first start on an officer's PC does.
The OS page cache is not dropped (that needs root); the first run is the coldest and is shown.
Prints each run, the median and the bundle's size.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_BUNDLE = ROOT / "installer" / "dist" / "perfdesk"
SHOWN = "perfdesk: window shown"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def one_start(exe: Path, timeout: float) -> float:
    with tempfile.TemporaryDirectory(prefix="perfdesk-bench-") as tmp:
        home = Path(tmp)
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700)
        env = {
            "HOME": str(home),
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_STATE_HOME": str(home / "state"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(runtime),
            "PATH": str(home / "bin"),
            "LANG": "C.UTF-8",
            "QT_QPA_PLATFORM": "offscreen",
            "PERFDESK_EXIT_WHEN_SHOWN": "1",
        }
        if sys.platform == "win32":
            env = {**env, "SYSTEMROOT": os.environ.get("SYSTEMROOT", r"C:\Windows")}
        start = time.perf_counter()
        proc = subprocess.Popen(
            [str(exe)], cwd=tmp, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        elapsed = None
        output = []
        assert proc.stdout is not None
        for line in proc.stdout:
            output.append(line)
            if SHOWN in line and elapsed is None:
                elapsed = time.perf_counter() - start
            if time.perf_counter() - start > timeout:
                break
        try:
            proc.wait(timeout=max(1.0, timeout - (time.perf_counter() - start)))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if elapsed is None:
            raise SystemExit(f"no '{SHOWN}' line (exit {proc.returncode}):\n{''.join(output)[-2000:]}")
        return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=DEFAULT_BUNDLE)
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args()

    # On Windows perfdesk.exe has no console (its stdout goes nowhere); perfdesk-cli.exe is the same program.
    exe = args.bundle / ("perfdesk-cli.exe" if sys.platform == "win32" else "perfdesk")
    if not exe.exists():
        print(f"no frozen app at {exe}; build it first: bash installer/build.sh", file=sys.stderr)
        return 2

    times = []
    for i in range(args.runs):
        t = one_start(exe, args.timeout)
        times.append(t)
        print(f"run {i + 1}: {t * 1000:7.0f} ms{'  (first, coldest cache)' if i == 0 else ''}", flush=True)
    print(f"frozen cold start to window shown (offscreen), median of {len(times)}: {statistics.median(times) * 1000:.0f} ms")
    print(f"min {min(times) * 1000:.0f} ms, max {max(times) * 1000:.0f} ms")
    print(f"bundle {args.bundle}: {folder_size(args.bundle) / 1e6:.1f} MB on disk")
    tarballs = sorted(args.bundle.parent.glob("perfdesk-*.tar.gz"))
    for tarball in tarballs:
        print(f"{tarball.name}: {tarball.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
