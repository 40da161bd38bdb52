"""Helpers of installer/build-windows.sh that are easier in Python than in bash (host Python, no deps).

    python3 installer/winbundle.py drop STAGE RULES REPORT   apply installer/windows-drop.txt
    python3 installer/winbundle.py uninstall-list STAGE OUT  NSIS lines that delete what was installed
    python3 installer/winbundle.py relock WHEELS LOCK        write the lock file from downloaded wheels
"""

from __future__ import annotations

import fnmatch
import hashlib
import struct
import sys
from pathlib import Path


def pe_imports(path: Path) -> set[str]:
    """Names of the DLLs a PE file (DLL, .pyd, .exe) imports, lower-case; empty if not a PE."""
    data = path.read_bytes()
    if data[:2] != b"MZ":
        return set()
    pe = struct.unpack_from("<I", data, 0x3C)[0]
    if data[pe:pe + 4] != b"PE\0\0":
        return set()
    sections, opt_size = struct.unpack_from("<H12xH", data, pe + 6)
    opt = pe + 24
    magic = struct.unpack_from("<H", data, opt)[0]
    dirs = opt + (112 if magic == 0x20B else 96)
    import_rva = struct.unpack_from("<I", data, dirs + 8)[0]
    table = []
    for i in range(sections):
        s = opt + opt_size + 40 * i
        vsize, vaddr, rsize, raddr = struct.unpack_from("<IIII", data, s + 8)
        table.append((vaddr, max(vsize, rsize), raddr))

    def offset(rva: int) -> int:
        for vaddr, size, raddr in table:
            if vaddr <= rva < vaddr + size:
                return rva - vaddr + raddr
        raise ValueError(f"{path}: RVA {rva:#x} outside every section")

    names = set()
    if import_rva:
        pos = offset(import_rva)
        while True:
            name_rva = struct.unpack_from("<I", data, pos + 12)[0]
            if name_rva == 0:
                break
            start = offset(name_rva)
            names.add(data[start:data.index(b"\0", start)].decode("ascii").lower())
            pos += 20
    return names


def read_rules(path: Path) -> list[tuple[str, str, str]]:
    rules = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        sign, rest = line[0], line[1:]
        glob, _, reason = rest.partition("|")
        if sign not in "+-" or not glob.strip():
            raise SystemExit(f"{path}: cannot read the rule {line!r}")
        rules.append((sign, glob.strip(), reason.strip()))
    return rules


def drop(stage: Path, rules_file: Path, report: Path) -> None:
    rules = read_rules(rules_file)
    drops = [(g, r) for s, g, r in rules if s == "-"]
    keeps = [g for s, g, _ in rules if s == "+"]
    saved: dict[str, list[tuple[str, int]]] = {g: [] for g, _ in drops}
    removed: set[str] = set()
    for path in sorted(p for p in stage.rglob("*") if p.is_file()):
        rel = path.relative_to(stage).as_posix()
        rule = next((g for g, _ in drops if fnmatch.fnmatch(rel, g)), None)
        if rule is None or any(fnmatch.fnmatch(rel, k) for k in keeps):
            continue
        saved[rule].append((rel, path.stat().st_size))
        removed.add(path.name.lower())
        path.unlink()
    for folder in sorted((p for p in stage.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(folder.iterdir()):
            folder.rmdir()
    unused = [g for g, items in saved.items() if not items]
    # Every kept binary's imports must still be there.
    kept_names = {p.name.lower() for p in stage.rglob("*") if p.is_file()}
    broken = []
    for path in stage.rglob("*"):
        if path.suffix.lower() in {".dll", ".pyd", ".exe"} and path.is_file():
            missing = (pe_imports(path) & removed) - kept_names
            if missing:
                broken.append(f"{path.relative_to(stage).as_posix()} needs {', '.join(sorted(missing))}")
    total = sum(size for items in saved.values() for _, size in items)
    lines = [f"{total / 1e6:8.1f} MB  {sum(len(i) for i in saved.values()):5d} files  dropped in all"]
    for glob, reason in drops:
        items = saved[glob]
        lines.append(f"{sum(s for _, s in items) / 1e6:8.1f} MB  {len(items):5d} files  {glob}  ({reason})")
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    if unused:
        raise SystemExit(f"winbundle: drop rules that match nothing (stale?): {', '.join(unused)}")
    if broken:
        raise SystemExit("winbundle: kept files import dropped ones:\n  " + "\n  ".join(broken))


def uninstall_list(stage: Path, out: Path) -> None:
    """Delete exactly the top-level entries the installer puts in $INSTDIR (never the folder's
    other contents, in case someone installed into a folder holding their own files)."""
    lines = []
    for entry in sorted(stage.iterdir()):
        if entry.is_dir():
            lines.append(f'  RMDir /r "$INSTDIR\\{entry.name}"')
        else:
            lines.append(f'  Delete "$INSTDIR\\{entry.name}"')
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def relock(wheels: Path, lock: Path) -> None:
    header = [line for line in lock.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    body = []
    for wheel in sorted(wheels.glob("*.whl")):
        name, version = wheel.name.split("-")[:2]
        digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
        body.append(f"{name}=={version} --hash=sha256:{digest}")
    lock.write_text("\n".join(header + body) + "\n", encoding="utf-8")
    print(f"winbundle: {len(body)} wheels locked in {lock}")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "drop":
        drop(Path(args[0]), Path(args[1]), Path(args[2]))
    elif command == "uninstall-list":
        uninstall_list(Path(args[0]), Path(args[1]))
    elif command == "relock":
        relock(Path(args[0]), Path(args[1]))
    else:
        raise SystemExit(f"winbundle: unknown command {command}")
