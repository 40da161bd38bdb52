"""Feed the importer broken and hostile files; count clean imports, sentences, tracebacks, crashes, hangs.

    .venv/bin/python tools/fuzz_import.py [--cases 600] [--seed 1] [--timeout 30] [--shared ../shared]
                                          [--keep DIR] [--no-write]

Each case is a file made from the real seed tables (../shared/seeds, mutated) or from generated
workbooks, CSV and text: pathological numbers (NaN, inf, 1e999999999, 10^20, 40 digits) in every
kind of cell, far-away cells (XFD1048576, Z200000), lying <dimension> tags, cells without
references, truncated and bit-flipped zips, long lines, layout text without tabs, duplicate names,
forms that are not target tables, random bytes.

A worker process reads each file with `read_file` and writes what it got into a scratch store
(`write_tables`, one year per case) unless --no-write. An outcome is:
  clean      the file was imported
  sentence   SourceError / StoreError: a Chinese sentence (checked to contain Chinese)
  traceback  any other exception: a bug
  crash      the worker died (signal or abort): a bug
  hang       no answer within --timeout seconds: a bug (the worker is killed and restarted)
Bad cases are copied to --keep (default: a temp folder) with their traceback, for reproduction.
Exit status 1 when any traceback, crash or hang occurred.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import re
import select
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PATHOLOGICAL_NUMBERS = [
    "NaN", "nan", "inf", "-inf", "Infinity", "1e999999999", "1E20", "10^20", "1" * 40, "-" + "9" * 25,
    "1e-999999999", "0x10", "1_000", "١٢٣", "１２３", "1,2,3", "--1", "+", ".", "1..2", "", " ", "∞",
    "9" * 16, "123456789012345.678901234", "0.0000000000000000001", "1e308", "-0", "1/0",
]
PATHOLOGICAL_TEXT = [
    "完成" + "9" * 30 + "次", "不少于" + "9" * 20 + "次", "≥" + "1" * 16 + "%", "<p>" * 50, "&amp;" * 100,
    "\x00", "\ufeff", "\u2028", "\r", "、" * 500, "1、产出指标" * 300, "指标值" * 200, "目" * 33_000,
    "１、产出指标；１１-数量指标；次数；年度指标值：" + "9" * 40 + "次。", "=" * 10, "'" + "1" * 30,
]
HEADERS = [
    ["项目名称", "总计", "财政拨款", "财政专户拨款", "其他资金", "绩效目标", "绩效指标"],
    ["主管部门", "预算单位", "项目名称", "绩效目标", "绩效指标"],
    ["项目名称", "一级指标", "二级指标", "三级指标", "指标序号", "年度指标值", "实际完成值", "分值", "偏差原因"],
    ["单位", "项目名称", "总计", "年初预算数", "全年预算数", "全年执行数", "一级指标", "三级指标", "指标值"],
]
PACKED = "1、1-产出指标；11-数量指标；科普活动次数；实施周期指标值:不少于1000次；年度指标值:不少于1000次。"
FORMS = ["项目支出绩效自评表", "项目支出绩效目标申报表", "部门整体支出绩效自评表"]


# -- case makers: each returns (file name, bytes) ---------------------------------------------------


def _xlsx(rows, far: str | None = None, merges=()) -> bytes:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "表"
    for row in rows:
        ws.append([_openpyxl_safe(v) for v in row])
    for ref in merges:
        ws.merge_cells(ref)
    if far:
        ws[far] = "x"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _openpyxl_safe(v):
    if isinstance(v, str):  # openpyxl refuses control characters; the raw-XML cases carry them
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", "", v)[:32_767]
    return v


def _edit_sheet(data: bytes, edit) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in src.infolist():
            member = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                member = edit(member)
            zout.writestr(info.filename, member)
    return out.getvalue()


def _cell_value(rng: random.Random):
    kind = rng.random()
    if kind < 0.3:
        return rng.choice(PATHOLOGICAL_NUMBERS)
    if kind < 0.5:
        return rng.choice(PATHOLOGICAL_TEXT)
    if kind < 0.6:
        return rng.choice([float("nan"), float("inf"), 1e300, -1e300, 10**20, 10**40, 1e-300, 0.1])
    if kind < 0.8:
        return rng.choice(["科普经费", "运维经费", PACKED, "1000次", "有效提升", "≥90%", None, ""])
    return rng.randint(-(10**6), 10**6)


def make_workbook(rng: random.Random) -> tuple[str, bytes]:
    header = list(rng.choice(HEADERS))
    rows = []
    if rng.random() < 0.2:
        rows.append([rng.choice(FORMS + ["项目支出绩效目标表（含转移支付项目）"])])
    rows.append(header)
    same_name = rng.random() < 0.2
    for _ in range(rng.choice([1, 3, 10, 200, 2000 if same_name else 50])):
        row = [_cell_value(rng) for _ in header]
        row[header.index("项目名称")] = "重名项目" if same_name else rng.choice(["科普经费", "项目", None, "合计"])
        rows.append(row)
    far = rng.choice([None, None, None, "XFD1048576", "Z200000", "AAA10", "A300001", "ALL1000"])
    merges = ["A3:A6"] if rng.random() < 0.3 and len(rows) > 6 else ()
    return "wb.xlsx", _xlsx(rows, far, merges)


def make_raw_xml_workbook(rng: random.Random) -> tuple[str, bytes]:
    """Numbers and references openpyxl would not write: stored as raw XML."""
    base = _xlsx([HEADERS[0], ["科普经费", 7, 7, None, None, "目标", PACKED]])
    choice = rng.randrange(6)
    if choice == 0:
        value = rng.choice(["inf", "NaN", "1e999999999", "1E20", "1" * 40, "-1e308", "abc", ""]).encode()
        return "raw.xlsx", _edit_sheet(base, lambda d: re.sub(rb"<v>7</v>", b"<v>" + value + b"</v>", d, count=1))
    if choice == 1:
        ref = rng.choice([b"A1:XFD1048576", b"A1:Z200000", b"A1:B2", b"ZZZZ99999999", b"A0", b"garbage"])
        return "dim.xlsx", _edit_sheet(base, lambda d: re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' + ref + b'"', d))
    if choice == 2:
        ref = rng.choice([b"XFD1048576", b"A1048576", b"XFD1", b"A99999999999", b"AAAAAAAA1"])
        return "ref.xlsx", _edit_sheet(base, lambda d: d.replace(b'r="G2"', b'r="' + ref + b'"'))
    if choice == 3:
        return "noref.xlsx", _edit_sheet(base, lambda d: re.sub(rb' r="[A-Z]+[0-9]+"', b"", d))
    if choice == 4:
        wide = b"<row>" + b'<c t="inlineStr"><is><t>x</t></is></c>' * rng.choice([10, 2000]) + b"</row>"
        return "wide.xlsx", _edit_sheet(base, lambda d: d.replace(b"</sheetData>", wide + b"</sheetData>"))
    return "rows.xlsx", _edit_sheet(base, lambda d: d.replace(b"</sheetData>", b"<row/>" * 400_000 + b"</sheetData>"))


def make_broken_zip(rng: random.Random) -> tuple[str, bytes]:
    data = bytearray(make_workbook(rng)[1])
    how = rng.randrange(3)
    if how == 0:
        return "cut.xlsx", bytes(data[: rng.randrange(1, len(data))])
    if how == 1:
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return "flip.xlsx", bytes(data)
    return "junk.xlsx", b"PK\x03\x04" + os.urandom(rng.randint(0, 5000))


def make_text(rng: random.Random, seeds: list[bytes]) -> tuple[str, bytes]:
    if seeds and rng.random() < 0.7:
        text = rng.choice(seeds).decode("utf-8", "replace")
        lines = text.splitlines()
        for _ in range(rng.randint(1, 8)):
            if not lines:
                break
            k = rng.randrange(len(lines))
            op = rng.randrange(7)
            if op == 0:
                lines[k] = re.sub(r"\d+(?:\.\d+)?", rng.choice(PATHOLOGICAL_NUMBERS) or "0", lines[k], count=1)
            elif op == 1:
                lines[k] = lines[k] + rng.choice(PATHOLOGICAL_TEXT)
            elif op == 2:
                del lines[k]
            elif op == 3:
                lines[k:k] = [lines[k]] * rng.choice([2, 50, 5000])
            elif op == 4:
                lines[k] = lines[k].replace("\t", " ")
            elif op == 5:
                lines = lines[: k + 1]
            else:
                lines[k] = "".join(rng.sample(lines[k], len(lines[k])))
        return rng.choice(["seed.txt", "seed.csv"]), "\n".join(lines).encode(rng.choice(["utf-8", "gb18030"]), "replace")
    kind = rng.randrange(7)
    if kind == 5:  # what made csv.Sniffer quadratic, and item numbers of thousands of digits
        body = rng.choice([',"', ",'", 'a,"b']) * rng.choice([100, 10_000])
        return "q.csv", ("项目名称,总计,绩效目标,绩效指标\n" + body).encode()
    if kind == 6:
        cell = "2" * rng.choice([10, 5_000, 30_000]) + "、产出指标：数量，年度指标值：1个。"
        return "digits.txt", f"项目名称\t总计\t绩效目标\t绩效指标\n科普经费\t1\t目标\t{cell}\n".encode()
    if kind == 0:  # layout text without tabs, long
        head = ["主管部门 预算单位 项目名称 绩效目标 绩效指标", "广州市科协 广州市科协 科普经费"]
        body = [rng.choice(["科普经费", "以实施全民科学素质行动计划纲要为主线以科普信息化", PACKED])] * rng.choice([10, 16_000, 55_000, 200_000])
        return "layout.txt", "\n".join(head + body).encode()
    if kind == 1:
        header = rng.choice(HEADERS)
        rows = ["\t".join(header)] + [
            "\t".join(str(_cell_value(rng)) for _ in header) for _ in range(rng.choice([1, 30, 3000]))
        ]
        return "t.txt", "\n".join(rows).encode()
    if kind == 2:
        header = rng.choice(HEADERS)
        rows = [",".join(header)] + [",".join(f'"{_cell_value(rng)}"' for _ in header) for _ in range(50)]
        return "c.csv", "\n".join(rows).encode("gb18030", "replace")
    if kind == 3:
        return rng.choice(["r.txt", "r.csv", "r.xls", "r.xlsx", "r.pdf"]), os.urandom(rng.randint(0, 20_000))
    return "form.txt", f"{rng.choice(FORMS)}\n项目名称\t科普经费\n一级指标\t二级指标\t三级指标\t年度指标值\n".encode()


def make_case(rng: random.Random, seeds: list[bytes]) -> tuple[str, bytes]:
    kind = rng.random()
    if kind < 0.3:
        return make_workbook(rng)
    if kind < 0.5:
        return make_raw_xml_workbook(rng)
    if kind < 0.6:
        return make_broken_zip(rng)
    return make_text(rng, seeds)


# -- the worker: reads one path per line, answers one JSON line per case ---------------------------

WORKER = r"""
import json, sys, traceback
sys.path.insert(0, sys.argv[1])
from desktop.importers import SourceError, read_file
from desktop.operations.imports import write_tables
from desktop.models import StoreError, open_store
store = None if sys.argv[3] == "0" else open_store(sys.argv[2])
for line in sys.stdin:
    path, year = line.rstrip("\n").rsplit("\t", 1)
    try:
        tables = read_file(path)
        if store is not None:
            write_tables(store, tables, year=int(year))
        answer = {"outcome": "clean", "text": f"{sum(len(t.projects) for t in tables)} projects"}
    except (SourceError, StoreError) as exc:
        answer = {"outcome": "sentence", "text": str(exc.args[0] if isinstance(exc, StoreError) else exc)}
    except Exception:
        answer = {"outcome": "traceback", "text": traceback.format_exc()}
    print(json.dumps(answer, ensure_ascii=False), flush=True)
"""


class Worker:
    def __init__(self, scratch: Path, write: bool):
        self.scratch, self.write = scratch, write
        self.proc = None

    def start(self) -> None:
        db = self.scratch / f"fuzz-{time.monotonic_ns()}.db"
        self.proc = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(ROOT), str(db), "1" if self.write else "0"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        )

    def run(self, path: Path, year: int, timeout: float) -> tuple[str, str, float]:
        if self.proc is None or self.proc.poll() is not None:
            self.start()
        started = time.perf_counter()
        self.proc.stdin.write(f"{path}\t{year}\n")
        self.proc.stdin.flush()
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        took = time.perf_counter() - started
        if not ready:
            self.stop()
            return "hang", f"no answer within {timeout} s", took
        line = self.proc.stdout.readline()
        if not line:
            code = self.proc.wait()
            err = self.proc.stderr.read()[-3000:]
            self.proc = None
            return "crash", f"worker died (exit {code}): {err}", took
        answer = json.loads(line)
        return answer["outcome"], answer["text"], took

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            self.proc = None


def _has_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=600)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--keep", type=Path, default=None, help="where to copy the bad cases")
    parser.add_argument("--no-write", action="store_true", help="only read; do not write into a store")
    args = parser.parse_args()

    seeds = [p.read_bytes() for p in sorted((args.shared / "seeds").glob("00[012]_*.txt"))]
    if not seeds:
        print(f"(no seeds under {args.shared}/seeds: generated cases only)")
    rng = random.Random(args.seed)
    scratch = Path(tempfile.mkdtemp(prefix="perfdesk-fuzz-"))
    keep = args.keep or scratch / "bad"
    keep.mkdir(parents=True, exist_ok=True)
    worker = Worker(scratch, not args.no_write)
    counts: Counter[str] = Counter()
    slowest = (0.0, "")
    started = time.perf_counter()
    try:
        for i in range(args.cases):
            name, data = make_case(rng, seeds)
            path = scratch / f"case{i:05d}-{name}"
            path.write_bytes(data)
            outcome, text, took = worker.run(path, 3000 + i, args.timeout)
            if outcome == "sentence" and not _has_chinese(text):
                outcome, text = "traceback", f"a sentence without Chinese: {text}"
            counts[outcome] += 1
            if took > slowest[0]:
                slowest = (took, f"{path.name} ({outcome})")
            if outcome in ("traceback", "crash", "hang"):
                shutil.copy(path, keep / path.name)
                (keep / f"{path.name}.txt").write_text(text, encoding="utf-8")
                print(f"[{i}] {outcome}: {path.name}\n{text[-1500:]}", flush=True)
            else:
                path.unlink()
    finally:
        worker.stop()
    bad = counts["traceback"] + counts["crash"] + counts["hang"]
    print(
        f"{args.cases} cases in {time.perf_counter() - started:.0f} s: "
        f"{counts['clean']} clean imports, {counts['sentence']} sentences, "
        f"{counts['traceback']} tracebacks, {counts['crash']} crashes, {counts['hang']} hangs; "
        f"slowest {slowest[0]:.1f} s ({slowest[1]})"
    )
    if bad:
        print(f"bad cases kept in {keep}")
    else:
        shutil.rmtree(scratch, ignore_errors=True)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
