"""Layout text (PDF converted to text, columns separated by spaces) with amount columns.

The example is made here in the look of seed 000 — 主管部门 and 预算单位 on the row's first line,
names broken over short lines, goals and indicator lists over long ones, page numbers and the
header printed again at page breaks — with the amounts (总计 / 财政拨款 / …) among the words and
empty amount cells dropped, as PDF-to-text does.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.importers import read_file
from desktop.importers.model import Amounts, ImportedIndicator, ImportedProject, ImportedTable, UnitTotals
from desktop.importers.packing import pack_indicators

SUPERVISOR = "广州市示例局"
HEADER = "主管部门 预算单位 项目名称 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标 备注"
WORDS = "以提升公共服务能力为目标，完善基层设施，加强队伍建设，规范资金管理，确保项目按期完成并发挥效益"


def _indicators(p: int, n: int) -> list[ImportedIndicator]:
    out = []
    for k in range(n):
        level1 = ("产出指标", "效益指标", "满意度指标")[k % 3]
        value = f"不少于{10 * (k + 1)}次，覆盖全市11个区" if k % 2 == 0 else "服务对象满意度超过90%"
        out.append(ImportedIndicator(k + 1, level1, None, None, None, f"第{p}项目指标{k + 1}名称", None, value))
    return out


def example_table() -> ImportedTable:
    d = Decimal
    plan = [  # unit, name, (total, fiscal, special, other)
        ("广州市示例局", "业务经费", (d("1200.00"), d("1200.00"), None, None)),
        ("广州市示例局", "示例局信息化系统运维及网络安全保障项目", (d("35.50"), d("35.50"), None, None)),
        ("广州市示例中心", "设备购置", (d("2500.00"), d("2000.00"), d("500.00"), None)),
        ("广州市示例中心", "示例中心大楼维修改造及配套设施建设工程项目", (d("1234.56"), d("1234.56"), None, None)),
        ("广州市示例学校", "学生资助", (d("12345.67"), d("10000.00"), None, d("2345.67"))),
    ]
    table = ImportedTable(source="layout.txt", title="广州市示例局2024年项目支出绩效目标表（含转移支付项目）")
    for p, (unit, name, amounts) in enumerate(plan, 1):
        goal = (WORDS + "。") * (1 + p % 3)
        table.projects.append(ImportedProject(unit, SUPERVISOR, name, Amounts(*amounts), goal, _indicators(p, 3 + p)))
    for unit in dict.fromkeys(u for u, _, _ in plan):
        mine = [Amounts(*a) for u, _, a in plan if u == unit]
        sums = [sum((m.as_tuple()[i] for m in mine if m.as_tuple()[i] is not None), Decimal(0)) for i in range(4)]
        table.units.append(UnitTotals(unit, Amounts(*(s if s else None for s in sums))))
    totals = [sum((u.stated.as_tuple()[i] or Decimal(0)) for u in table.units) for i in range(4)]
    table.stated_totals = Amounts(*(t if t else None for t in totals))
    return table


def _money(v: Decimal) -> str:
    return f"{v:,.2f}"


def _wrap(text: str, width: int) -> list[str]:
    return [text[i : i + width] for i in range(0, len(text), width)]


BROKEN_HEADER = ["财政专户 其他资", "主管部门 预算单位 项目名称 总计 财政拨款 绩效目标 绩效指标 备注", "拨款 金"]


def render(
    table: ImportedTable,
    names_below: bool = True,
    amounts_centred: bool = False,
    broken: bool = False,
    amounts_apart: bool = False,
) -> str:
    """The table as PDF-to-text gives it: one-line cells on the first line, empty amounts dropped."""
    header = BROKEN_HEADER if broken else [HEADER]
    lines = [table.title, "", *header]
    lines.append("合计 " + " ".join(_money(v) for v in table.stated_totals.as_tuple() if v is not None))
    current = None
    units = {u.name: u for u in table.units}
    for p in table.projects:
        if p.unit != current:
            stated = [_money(v) for v in units[p.unit].stated.as_tuple() if v is not None]
            lines += [f"{SUPERVISOR} {p.unit}", *stated] if amounts_apart else [f"{SUPERVISOR} {p.unit} {' '.join(stated)}"]
            current = p.unit
        amounts = " ".join(_money(v) for v in p.amounts.as_tuple() if v is not None)
        if amounts_apart:  # each cell its own text box: name, then every amount on a line of its own
            lines.append(f"{SUPERVISOR} {p.unit} {p.name}")
            lines += [_money(v) for v in p.amounts.as_tuple() if v is not None]
            lines += _wrap(p.goal, 34) + [""]
            for part in _wrap(pack_indicators(p.indicators), 60):
                lines += [part, ""]
            continue
        if amounts_centred:  # amount cells centred in a tall row: a line of their own amid the goal
            lines.append(f"{SUPERVISOR} {p.unit}")
            lines += _wrap(p.name, 11)
            goal = _wrap(p.goal, 34)
            lines += goal[:1] + [amounts] + goal[1:] + [""]
            for part in _wrap(pack_indicators(p.indicators), 60):
                lines += [part, ""]
            continue
        if len(p.name) <= 8 or not names_below:
            lines.append(f"{SUPERVISOR} {p.unit} {p.name} {amounts}")
        else:  # a long name breaks over short lines below the row's first line
            lines.append(f"{SUPERVISOR} {p.unit} {amounts}")
            for part in _wrap(p.name, 11):
                lines += [part, ""]
        lines += _wrap(p.goal, 34)
        lines.append("")
        for part in _wrap(pack_indicators(p.indicators), 60):
            lines += [part, ""]
    # page breaks: a page number and the header printed again every 25 lines
    out = []
    for k, line in enumerate(lines):
        if k and k % 25 == 0:
            out += [f"- {k // 25} -", "", *header]
        out.append(line)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize(
    ("centred", "broken", "apart"),
    [(False, False, False), (True, False, False), (False, True, False), (False, False, True)],
    ids=["amounts-first-line", "amounts-centred", "header-broken-over-lines", "one-amount-a-line"],
)
def test_layout_text_with_amount_columns(tmp_path, centred, broken, apart):
    want = example_table()
    path = tmp_path / "layout.txt"
    path.write_text(render(want, amounts_centred=centred, broken=broken, amounts_apart=apart), encoding="utf-8")
    [got] = read_file(path)
    assert got.layout == "text"
    assert [p.name for p in got.projects] == [p.name for p in want.projects]
    assert [p.unit for p in got.projects] == [p.unit for p in want.projects]
    assert [p.amounts for p in got.projects] == [p.amounts for p in want.projects]
    assert [p.goal for p in got.projects] == [p.goal for p in want.projects]
    for g, w in zip(got.projects, want.projects, strict=True):
        assert [(i.seq, i.level1, i.name, i.annual_target) for i in g.indicators] == [
            (i.seq, i.level1, i.name, i.annual_target) for i in w.indicators
        ]
    assert got.stated_totals == want.stated_totals
    assert [(u.name, u.stated) for u in got.units] == [(u.name, u.stated) for u in want.units]
    assert all(c.matches for c in got.sum_checks())
    assert got.unused_columns == ["备注"]
    # rows whose amounts fit several columns were settled by the 合计 and the subtotals, and said so
    assert got.flagged == []
    assert any("12,345.67" in r.what and "其他资金" in r.what for r in got.repairs)


def _subtotal(line: str) -> bool:
    words = line.split()
    return words[:1] == [SUPERVISOR] and len(words) > 2 and all(w[0].isdigit() for w in words[2:])


def test_amounts_the_sums_cannot_settle_are_marked_not_guessed(tmp_path):
    table = example_table()
    text = render(table, names_below=False)
    # without 合计 and subtotals nothing settles 12,345.67 10,000.00 2,345.67
    text = "\n".join(line for line in text.splitlines() if not line.startswith("合计") and not _subtotal(line))
    path = tmp_path / "layout.txt"
    path.write_text(text, encoding="utf-8")
    [got] = read_file(path)
    assert got.units == [] and got.stated_totals.is_empty()
    school = got.projects[-1]
    assert school.name == "学生资助" and school.amounts.total == Decimal("12345.67")
    marked = [r for r in got.flagged if "12,345.67" in r.what]
    assert len(marked) == 1 and "请核对" in marked[0].what
    # the money shown beyond 财政拨款 makes the two-amount rows unsure as well
    assert len(got.flagged) == 5


def test_layout_text_in_yuan_becomes_wanyuan_exactly(tmp_path):
    want = example_table()
    yuan = example_table()
    for p in yuan.projects:
        p.amounts = Amounts(*(None if v is None else v * 10000 for v in p.amounts.as_tuple()))
    for u in yuan.units:
        u.stated = Amounts(*(None if v is None else v * 10000 for v in u.stated.as_tuple()))
    yuan.stated_totals = Amounts(*(None if v is None else v * 10000 for v in yuan.stated_totals.as_tuple()))
    text = render(yuan)
    lines = text.splitlines()
    lines.insert(1, "单位：元")
    path = tmp_path / "yuan.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    [got] = read_file(path)
    assert got.amount_unit == "万元"
    assert [p.amounts for p in got.projects] == [p.amounts for p in want.projects]
    assert got.stated_totals == want.stated_totals
    assert any("换算为万元" in r.what for r in got.repairs)


def render_name_first(table: ImportedTable) -> str:
    """The 资金使用单位 look (no 主管部门 column): name, amounts and the goal's first line on one line,
    a long name's head printed on the line above the amounts."""
    header = "项目名称（资金使用单位） 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标"
    lines = [table.title, "", header]
    lines.append("合计 " + " ".join(_money(v) for v in table.stated_totals.as_tuple() if v is not None))
    units = {u.name: u for u in table.units}
    current = None
    for p in table.projects:
        if p.unit != current:
            lines.append(f"{p.unit} " + " ".join(_money(v) for v in units[p.unit].stated.as_tuple() if v is not None))
            current = p.unit
        amounts = " ".join(_money(v) for v in p.amounts.as_tuple() if v is not None)
        goal = _wrap(p.goal, 34)
        if len(p.name) > 11:
            head, tail = p.name[:11], p.name[11:]
            lines += [head, f"{tail} {amounts} {goal[0]}"]
        else:
            lines.append(f"{p.name} {amounts} {goal[0]}")
        lines += goal[1:]
        lines += _wrap(pack_indicators(p.indicators), 60)
    return "\n".join(lines) + "\n"


def test_layout_text_name_first_with_amounts(tmp_path):
    want = example_table()
    path = tmp_path / "names.txt"
    path.write_text(render_name_first(want), encoding="utf-8")
    [got] = read_file(path)
    assert [p.name for p in got.projects] == [p.name for p in want.projects]
    assert [p.unit for p in got.projects] == [p.unit for p in want.projects]
    assert [p.amounts for p in got.projects] == [p.amounts for p in want.projects]
    assert [p.goal for p in got.projects] == [p.goal for p in want.projects]
    assert [[(i.name, i.annual_target) for i in p.indicators] for p in got.projects] == [
        [(i.name, i.annual_target) for i in p.indicators] for p in want.projects
    ]
    assert all(c.matches for c in got.sum_checks())
    assert sum("在金额行之上" in r.what for r in got.repairs) == 2


def test_an_amount_beyond_any_budget_is_refused_naming_its_row(tmp_path):
    from desktop.importers import SourceError

    text = render(example_table(), names_below=False).replace("1,200.00 1,200.00", "999,999,999,999,999.00 1,200.00", 1)
    path = tmp_path / "layout.txt"
    path.write_text(text, encoding="utf-8")
    row = next(n for n, line in enumerate(text.splitlines(), 1) if "999,999,999,999,999.00" in line)
    with pytest.raises(SourceError) as caught:
        read_file(path)
    assert caught.value.code == "importing.number.too_big" and caught.value.row == row


def test_many_unsure_rows_are_settled_without_comparing_every_sum_for_each_placement(tmp_path, monkeypatch):
    # 500 projects in 50 units; nine of the first unit's print "5.00 5.00" (总计 and 财政拨款,
    # 财政专户拨款 or 其他资金): 3^9 placements, and only the last one tried (all 其他资金) adds
    # up. Comparing every sum of the table for each took most of a minute.
    lines = ["广州市示例局2024年项目支出绩效目标表", "", "主管部门 预算单位 项目名称 总计 财政拨款 财政专户拨款 其他资金 绩效目标 绩效指标",
             "合计 4,955.00 0.00 0.00 45.00"]
    for u in range(50):
        lines.append(f"{SUPERVISOR} 单位{u:03d} " + ("55.00 0.00 0.00 45.00" if u == 0 else "100.00"))
        for k in range(10):
            amounts = "5.00 5.00" if u == 0 and k < 9 else "10.00"
            lines += [f"{SUPERVISOR} 单位{u:03d} 项目{u:03d}{k} {amounts}", "开展示例工作，完成年度任务。",
                      "1、产出指标：活动场次，年度指标值：≥10次。"]
    path = tmp_path / "layout.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    import desktop.importers.layout_amounts as money
    from desktop.importers import model

    added, sums = 0, model.sum_amounts

    def counted(items):
        nonlocal added
        added += 1
        return sums(items)

    monkeypatch.setattr(model, "sum_amounts", counted)
    monkeypatch.setattr(money, "sum_amounts", counted, raising=False)
    [got] = read_file(path)
    assert len(got.projects) == 500 and got.indicator_count == 500
    assert [p.amounts for p in got.projects[:9]] == [Amounts(Decimal("5.00"), None, None, Decimal("5.00"))] * 9
    assert sum("5.00 5.00" in r.what and "其他资金" in r.what for r in got.repairs) == 9
    assert got.flagged == []
    # per placement only the sums an unsure row is in are added again: its unit's and the 合计
    # (not all 51 of the table)
    assert added <= 2 * 3**9 + 51
