"""Title, 部门名称 and 单位 lines printed above the header row."""

from __future__ import annotations

import re

from desktop.importers.textnorm import clean

_DEPARTMENT = re.compile(r"^(?:部门名称|主管部门|部门|单位名称|编制单位|填报单位)[：:](.+)$")
_AMOUNT_UNIT = re.compile(r"^(?:金额)?单位[：:](.{1,6})$")


def read_preamble(lines: list[str]) -> tuple[str | None, str | None, str | None]:
    """(title, department, amount_unit) from the cleaned text of the rows above the header."""
    title = department = amount_unit = None
    for raw in lines:
        text = clean(raw).lstrip("#")
        if not text:
            continue
        m = _AMOUNT_UNIT.match(text)
        if m:
            amount_unit = m.group(1)
            continue
        m = _DEPARTMENT.match(text)
        if m:
            department = m.group(1)
            continue
        if title is None:
            title = text
    return title, department, amount_unit
