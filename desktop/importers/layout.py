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

from desktop.importers import layout_amounts as money
from desktop.importers.errors import NO_HEADER, Place, SourceError
from desktop.importers.finishing import finish
from desktop.importers.headers import AMOUNT_ROLES, ROLE_PATTERNS, map_header, role_of
from desktop.importers.indicators import LEVEL1_WORDS, leading_text, parse_indicators
from desktop.importers.model import ImportedProject, ImportedTable, Repair
from desktop.importers.preamble import read_preamble
from desktop.importers.textnorm import clean, display_width
from desktop.messages import message

LONG_LINE = 34  # display columns: name and unit cells are narrower, goal lines wider
_ITEM_START = re.compile(rf"^\d+、(?:\d{{1,2}}[-－])?(?:{'|'.join(LEVEL1_WORDS)})")
# An indicator list that begins after a space inside a line: a TSV whose tabs became spaces puts a
# whole row on one line, the list behind its goal.
_LIST_INSIDE = re.compile(rf"\s+(?=\d+、(?:\d{{1,2}}[-－])?(?:{'|'.join(LEVEL1_WORDS)}))")
_PAGE_NUMBER = re.compile(r"^(?:[-—–]\s*\d+\s*[-—–]|第\s*\d+\s*页(?:\s*共\s*\d+\s*页)?)$")


def _find_header(lines: list[str]) -> tuple[int, dict[str, int]] | None:
    for i, line in enumerate(lines[:60]):
        columns = map_header(line.split())
        if "name" in columns and len(columns) >= 3:
            return i, columns
    return None


# Column order of the 目标表 where a header broken over lines no longer shows it
_CANONICAL = ("seq", "supervisor", "unit", "name", *AMOUNT_ROLES, "goal", "indicators")
_LABELS = [p for _, patterns in ROLE_PATTERNS for p in patterns] + ["项目名称（资金使用单位）", "资金使用单位"]


def _is_fragment(word: str) -> bool:
    """'其他资', '拨款', '（资金', '使用单位）': a piece of a known header label."""
    bare = word.strip("（）()")
    return bool(bare) and any(bare in label for label in _LABELS)


def _broken_roles(rows: list[list[str]]) -> dict[str, int]:
    """Roles of a header broken over lines: whole labels, then pieces joined down a column
    (其他资 above 金 → 其他资金); in the table's usual column order."""
    found = {r for r in map_header([w for row in rows for w in row])}
    loose = [[w for w in row if role_of(w) is None] for row in rows]
    for k, upper in enumerate(loose):
        for w1 in upper:
            for lower in loose[k + 1 :]:
                for w2 in lower:
                    role = role_of(w1 + w2)
                    if role is not None and role not in found:
                        found.add(role)
    return {r: _CANONICAL.index(r) for r in found if r in _CANONICAL}


def _find_broken_header(lines: list[str]) -> tuple[int, dict[str, int], list[int]] | None:
    """A header whose labels wrap in narrow columns (财政专户 / 拨款, 其他资 / 金) over 2–3 lines:
    (first line, roles in the table's usual order, the header's line numbers)."""
    for i, line in enumerate(lines[:60]):
        if not map_header(line.split()):
            continue
        picked = [i]
        for j in range(i + 1, min(i + 6, len(lines))):
            if len(picked) == 3:
                break
            if lines[j].strip():
                picked.append(j)
        best = None
        for span in (2, 3):
            window = picked[:span]
            if len(window) < span:
                break
            last = lines[window[-1]].split()
            if span == 3 and not all(_is_fragment(w) or role_of(w) for w in last):
                break  # the third line is the table's first row, not the header's
            columns = _broken_roles([lines[k].split() for k in window])
            if "name" in columns and len(columns) >= 3 and (best is None or len(columns) > len(best[1])):
                best = (i, columns, window)
        if best is not None:
            return best
    return None


def _without_broken_header(lines: list[str], header_lines: list[int]) -> list[tuple[int, str]]:
    """Body lines after the header: page numbers and each repeat of the whole broken header out."""
    texts = [clean(lines[k]) for k in header_lines]
    body: list[tuple[int, str]] = []
    k = header_lines[-1] + 1
    while k < len(lines):
        if clean(lines[k]) == texts[0]:
            nxt = [j for j in range(k + 1, min(k + 8, len(lines))) if lines[j].strip()][: len(texts) - 1]
            if [clean(lines[j]) for j in nxt] == texts[1:]:
                k = nxt[-1] + 1 if nxt else k + 1
                continue
        if not _PAGE_NUMBER.match(lines[k].strip()):
            body.append((k + 1, lines[k]))
        k += 1
    return body


def _lists_on_their_own_lines(body: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A line holding an indicator list after other words is cut before the list: the list then
    starts a line, as PDF-to-text gives it (the pieces keep the line's number)."""
    out = []
    for n, line in body:
        if "、" in line and (m := _LIST_INSIDE.search(line, 1)) is not None and line[: m.start()].strip():
            out += [(n, line[: m.start()]), (n, line[m.end() :])]
        else:
            out.append((n, line))
    return out


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
    header_lines = None
    broken = _find_broken_header(lines)
    if broken is not None and (
        found is None or (found[0] in broken[2] and len(broken[1]) > len(found[1]))
    ):  # labels wrapped over lines around the line that looked like the whole header
        found, header_lines = broken[:2], broken[2]
    if found is None:
        raise SourceError(path, message(NO_HEADER))
    header_at, columns = found
    read_roles = ("supervisor", "unit", "name", "goal", "indicators", *AMOUNT_ROLES)
    if header_lines is None:
        unused = [w for w in lines[header_at].split() if len(w) > 1 and role_of(w) not in read_roles]
    else:  # pieces of broken labels are not columns
        words = [w for k in header_lines for w in lines[k].split()]
        unused = [w for w in words if role_of(w) not in read_roles and not _is_fragment(w)]
    title, department, amount_unit = read_preamble(lines[:header_at])
    table = ImportedTable(
        source=path.name, title=title, department=department, amount_unit=amount_unit, layout="text"
    )
    table.unused_columns = unused
    header_text = clean(lines[header_at])
    if header_lines is not None:
        body = _without_broken_header(lines, header_lines)
        table.repairs.append(Repair(_span([(k + 1, "") for k in header_lines]), message("importing.repair.header_joined")))
    else:
        body = [
            (n, line)
            for n, line in enumerate(lines[header_at + 1 :], header_at + 2)
            if clean(line) != header_text and not _PAGE_NUMBER.match(line.strip())
        ]
    body = _lists_on_their_own_lines(body)
    if any(r in columns for r in AMOUNT_ROLES):
        return _parse_with_amounts(body, columns, table, path)
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


def _read_record(record: list[tuple[int, str]], columns: dict[str, int], key: str, table) -> ImportedProject:
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
                Repair(_span(unit_lines), message("importing.repair.unit_joined", unit=values["unit"], lines=len(unit_lines)))
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
        table.repairs.append(Repair(_span(goal_lines), message("importing.repair.short_goal")))
    name = "".join(clean(p) for p in name_parts) + "".join(clean(t) for _, t in name_lines)
    if name_parts and name_lines or len(name_lines) > 1:
        table.repairs.append(
            Repair(
                _span(([(start_no, "")] if name_parts else []) + name_lines),
                message("importing.repair.name_joined", name=name),
            )
        )
    indicator_text = "".join(clean(t) for _, t in lines[k:])
    stray = leading_text(indicator_text)
    if stray:
        table.repairs.append(Repair(Place(row=start_no, from_row=True), message("importing.repair.stray_text", text=stray[:20])))
    return ImportedProject(
        unit=values.get("unit") or None,
        supervisor=values.get("supervisor") or None,
        name=name,
        goal="".join(clean(t) for _, t in goal_lines),
        indicators=parse_indicators(indicator_text),
        place=Place(row=start_no),
    )


def _parse_with_amounts(body: list[tuple[int, str]], columns: dict[str, int], table, path: Path) -> ImportedTable:
    """Layout text whose header has amount columns (see layout_amounts)."""
    roles = sorted((r for r in AMOUNT_ROLES if r in columns), key=columns.get)
    pending: list[money.Pending] = []
    body = money.take_totals(body, roles, table, pending, path)
    texts = [line for _, line in body]
    first = next((line for line in texts if line.strip()), None)
    if first is None:
        return table
    leading = [r for r in sorted(columns, key=columns.get) if r in ("supervisor", "unit")]
    key = first.split()[0] if leading else None
    starts: list[int] = []
    reached, since, start_has_amounts = True, 0, False
    for k, line in enumerate(texts):
        if not line.strip():
            continue
        run = money.amount_run(line)
        led = line.split()[:1] == [key] if key is not None else run is not None
        # a one-line record with amounts (a subtotal) is complete when the next row begins
        if led and (reached or (since == 0 and start_has_amounts)):
            starts.append(k)
            reached, since, start_has_amounts = False, 0, run is not None
            continue
        if since == 0 and run is not None and not run[0] and not run[2]:
            start_has_amounts = True  # the row's amounts, each on a line of its own
            continue
        since += 1
        if not reached and _starts_indicators(texts, k):
            reached = True
    if key is None:
        starts = _name_heads(texts, starts)
    for a, b in zip(starts, starts[1:] + [len(body)], strict=True):
        record = body[a:b]
        if key is None:  # a name broken above its amounts: its head lines join the first line
            k = next((i for i, (_, t) in enumerate(record) if money.amount_run(t)), 0)
            if k:
                head = "".join(t.strip() for _, t in record[:k])
                record = [(record[k][0], head + " " + record[k][1].lstrip())] + body[a + k + 1 : b]
                table.repairs.append(Repair(Place(row=body[a][0]), message("importing.repair.name_head_above", head=head)))
        lines = [t for _, t in record]
        first_indicator = next((k for k in range(len(lines)) if _starts_indicators(lines, k)), len(lines))
        record, choices, tokens = money.strip_amounts(record, roles, first_indicator, path)
        place = Place(row=record[0][0])
        rest = [t for _, t in record[1:] if t.strip()]
        if not rest and tokens:  # amounts and a name only: a subtotal
            words = record[0][1].split()
            name = clean("".join(words[1:] if key is not None and len(words) > 1 else words))
            target, attr = money.unit_subtotal(table, name, choices[0], place), "stated"
        else:
            target, attr = _read_record(record, columns, key or "", table), "amounts"
            target.amounts = choices[0]
            if target.unit is None and table.units:
                target.unit = table.units[-1].name
            table.projects.append(target)
        if len(choices) > 1:
            pending.append(money.Pending(target, attr, choices, tokens, place))
    money.resolve(table, pending)
    return finish(table, None, None)


def _name_heads(texts: list[str], starts: list[int]) -> list[int]:
    """Move each start up over the short lines just above it: the head of a name broken over lines,
    printed above the row's amounts, once the row before has ended (its last line ends in 。)."""
    out: list[int] = []
    for start in starts:
        floor = out[-1] + 1 if out else 0
        top, j = start, start - 1
        while j >= floor:
            line = texts[j].strip()
            if not line:
                j -= 1
                continue
            if (
                display_width(line) >= LONG_LINE
                or line.endswith("。")
                or money.amount_run(line)
                or _starts_indicators(texts, j)
            ):
                break
            top, j = j, j - 1
        ended = j < floor or texts[j].strip().endswith("。")
        out.append(top if top < start and ended else start)
    return out


def _span(lines: list[tuple[int, str]]) -> Place:
    first, last = lines[0][0], lines[-1][0]
    return Place(row=first, row_end=last)
