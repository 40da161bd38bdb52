"""A form never ends on a （续表） page holding the signature block alone: when the last page is
full, its last row goes over with the signature."""

from __future__ import annotations

import copy
from dataclasses import replace

from desktop.reports import samples
from desktop.reports.fonts import font_set
from desktop.reports.forms import targets_sheet
from desktop.reports.grid import layout


def test_the_signature_page_always_carries_a_row():
    """The 目标表 with 1 to 40 projects: somewhere the last page fills up exactly where the
    signature would go (seed 002's 39-page 目标表 ended on a page of signatures alone)."""
    fonts = font_set()
    table = samples.targets_table()
    project = table.projects[2]
    full_pages = 0
    for n in range(1, 41):
        t = copy.deepcopy(table)
        t.projects = t.projects[:2] + [replace(project, name=f"项目{k}") for k in range(n)]
        lay = layout(targets_sheet(t), fonts)
        [signed] = [p for p in lay.pages if p.signature]
        assert signed is lay.pages[-1]
        assert any(not r.header for r in signed.rows), f"{n} projects: the signature alone on page {len(lay.pages)}"
        full_pages += len(lay.pages) > 1 and len([r for r in signed.rows if not r.header]) == 1
    assert full_pages  # the case came up: a last page carried over


def test_a_level_one_class_prints_on_one_line():
    """满意度指标 (and 3-满意度指标 with its code) was broken 满意度指 / 标 in both forms' 一级 column."""
    from desktop.reports.forms import self_eval_sheet

    fonts = font_set()
    for sheet in (self_eval_sheet(samples.self_eval_form()), targets_sheet(samples.targets_table())):
        cells = [c for p in layout(sheet, fonts).pages for r in p.rows for c in r.cells
                 if "".join(c.lines) in ("满意度指标", "3-满意度指标")]
        assert cells and all(len(c.lines) == 1 for c in cells), sheet.title
