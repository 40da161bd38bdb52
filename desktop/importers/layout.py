"""Layout text: a table copied out of a PDF viewer, columns side by side with no tabs.

Each project starts on a line beginning with the first column's value (主管部门, the same on every
row), possibly followed by the unit and the start of the name. The narrow unit and name columns
wrap onto short lines below; then come the goal's long lines, then the indicator list, which starts
with `1、` and a level-1 class. A unit wraps while its line fills the column (as wide as the first
column's value); whatever short lines remain before the goal are the name.
"""

from __future__ import annotations

import re
from pathlib import Path

from desktop.importers.errors import SourceError
from desktop.importers.headers import map_header
from desktop.importers.indicators import LEVEL1_WORDS, leading_text, parse_indicators
from desktop.importers.model import ImportedTable, Project, Repair
from desktop.importers.preamble import read_preamble
from desktop.importers.textnorm import clean, display_width

LONG_LINE = 34  # display columns: name and unit cells are narrower, goal lines wider
_ITEM_START = re.compile(rf"^\d+、(?:\d{{1,2}}[-－])?(?:{'|'.join(LEVEL1_WORDS)})")
_PAGE_NUMBER = re.compile(r"^(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)$")


def _find_header(lines: list[str]) -> tuple[int, dict[str, int]] | None:
    for i, line in enumerate(lines[:60]):
        columns = map_header(line.split())
        if "name" in columns and len(columns) >= 3:
            return i, columns
    return None


def _starts_indicators(lines: list[str], i: int) -> bool:
    text = clean(lines[i])
    if _ITEM_START.match(text):
        return True
    if text.isdigit():  # '6' and '、产出指标' split over lines
        for j in range(i + 1, min(i + 4, len(lines))):
            nxt = clean(lines[j])
            if nxt:
                return bool(_ITEM_START.match(text + nxt))
    return False


def parse_layout(lines: list[str], path: Path, check=None) -> ImportedTable:
    """`check(done, total)` is called every few hundred lines (it raises ImportCancelled)."""
    found = _find_header(lines)
    if found is None:
        raise SourceError(path, "找不到表头（应有“项目名称”“绩效目标”“绩效指标”等列名）")
    header_at, columns = found
    if any(r in columns for r in ("total", "fiscal", "special", "other")):
        raise SourceError(
            path,
            "这是带金额列的版式文本，无法可靠分列；请改用 Excel 或制表符分隔的文本",
            f"第 {header_at + 1} 行",
        )
    title, department, amount_unit = read_preamble(lines[:header_at])
    table = ImportedTable(
        source=path.name, title=title, department=department, amount_unit=amount_unit, layout="text"
    )
    header_text = clean(lines[header_at])
    body = [
        (n, line)
        for n, line in enumerate(lines[header_at + 1 :], header_at + 2)
        if clean(line) != header_text and not _PAGE_NUMBER.match(line.strip())
    ]
    first = next((line for _, line in body if line.strip()), None)
    if first is None:
        return table
    key = first.split()[0]
    # A row starts on a line led by the key, once the previous row has reached its indicators: a
    # unit that begins with the same words as the 主管部门 wraps onto its own line right below it.
    starts, reached = [], True
    texts = [line for _, line in body]
    for k, line in enumerate(texts):
        if check and k % 1000 == 0:
            check(k, 2 * len(texts))
        if reached and line.split()[:1] == [key]:
            starts.append(k)
            reached = False
        elif not reached and _starts_indicators(texts, k):
            reached = True
    for a, b in zip(starts, starts[1:] + [len(body)], strict=True):
        if check:
            check(len(texts) + a, 2 * len(texts))
        table.projects.append(_read_record(body[a:b], columns, key, table))
    return table


def _read_record(record: list[tuple[int, str]], columns: dict[str, int], key: str, table) -> Project:
    start_no, start_line = record[0]
    fields = start_line.split()
    order = sorted(columns, key=columns.get)
    leading = [r for r in order if r in ("supervisor", "unit")]
    values = dict(zip(leading, fields, strict=False))
    name_parts = ["".join(fields[len(leading) :])] if len(fields) > len(leading) else []
    column_width = max(display_width(key), 14)

    lines = [(n, line.strip()) for n, line in record[1:] if line.strip()]
    texts = [t for _, t in lines]  # once: asking each line "do the indicators start here?" is O(1)
    k = 0
    unit_lines = []
    if "unit" in leading and "unit" not in values:
        while k < len(lines) and display_width(lines[k][1]) < LONG_LINE and not _starts_indicators(texts, k):
            unit_lines.append(lines[k])
            k += 1
            if display_width(unit_lines[-1][1]) < column_width:
                break
        values["unit"] = "".join(clean(t) for _, t in unit_lines)
        if len(unit_lines) > 1:
            table.repairs.append(
                Repair(_span(unit_lines), f"预算单位“{values['unit']}”断成 {len(unit_lines)} 行，已合并")
            )
    name_lines = []
    while k < len(lines) and display_width(lines[k][1]) < LONG_LINE and not _starts_indicators(texts, k):
        name_lines.append(lines[k])
        k += 1
    goal_lines = []
    while k < len(lines) and not _starts_indicators(texts, k):
        goal_lines.append(lines[k])
        k += 1
    if not goal_lines and len(name_lines) > 1:
        goal_lines = [name_lines.pop()]  # a goal short enough to fit one narrow line
        table.repairs.append(Repair(_span(goal_lines), "绩效目标只有一短行，按绩效目标读取"))
    name = "".join(clean(p) for p in name_parts) + "".join(clean(t) for _, t in name_lines)
    if name_parts and name_lines or len(name_lines) > 1:
        table.repairs.append(
            Repair(
                _span(([(start_no, "")] if name_parts else []) + name_lines),
                f"项目名称“{name}”断成多行，已合并",
            )
        )
    indicator_text = "".join(clean(t) for _, t in lines[k:])
    stray = leading_text(indicator_text)
    if stray:
        table.repairs.append(Repair(f"第 {start_no} 行起", f"绩效指标前的文字“{stray[:20]}”未能归入指标"))
    return Project(
        unit=values.get("unit") or None,
        supervisor=values.get("supervisor") or None,
        name=name,
        goal="".join(clean(t) for _, t in goal_lines),
        indicators=parse_indicators(indicator_text),
        place=f"第 {start_no} 行",
    )


def _span(lines: list[tuple[int, str]]) -> str:
    first, last = lines[0][0], lines[-1][0]
    return f"第 {first} 行" if first == last else f"第 {first}–{last} 行"
