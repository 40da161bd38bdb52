"""Point 4 of issue 10: huge values never break a score, a screen or a form.

A number typed or imported into a target or actual (完成999…次, 30 digits) is refused at entry with
a sentence; one that is already stored (written by an older version) still scores, displays and
prints. Amounts beyond 14 digits are refused at entry.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from desktop.domain.numbers import fmt, oversized_number, percent, round_half_up
from desktop.domain.targets import parse_target
from desktop.models import Indicator, open_store
from desktop.operations.cells import edit_cell, edit_count
from desktop.operations.conflicts import EditError
from desktop.operations.transaction import read, run

sys.path.insert(0, str(Path(__file__).parent))
from grids_data import YEAR, fill  # noqa: E402

THIRTY = "9" * 30
HUGE_ACTUAL = f"完成{THIRTY}次"


def test_rounding_and_showing_any_finite_size():
    rate = Decimal(THIRTY) / Decimal(1000)  # 10^27: beyond the default 28-digit context
    assert round_half_up(rate) == Decimal("1" + "0" * 27)
    assert round_half_up(Decimal("9" * 40 + ".005")) == Decimal("9" * 40 + ".01")
    assert percent(rate) == "1.00E+29%" and fmt(rate) == "1.00E+27"
    assert fmt(Decimal("123456789012345.678")) == "123456789012345.68"  # 15 digits: still in full
    assert percent(Decimal("1.125")) == "112.50%" and fmt(Decimal("4.8395")) == "4.84"
    assert fmt(Decimal("0.005")) == "0.01" and fmt(Decimal("-0.005")) == "-0.01"


def test_target_display_of_a_thirty_digit_value():
    assert parse_target(f"不少于{THIRTY[:28]}次").display() == f"≥{THIRTY[:28]}次"
    assert parse_target(f"不少于{THIRTY}次").display().startswith("≥")


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (HUGE_ACTUAL, "999999999999…（共 30 位）"),
        ("999,999,999,999,999,999元", "999999999999999999"),
        ("第1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16期", None),
        ("0.00000000000000001", None),
        ("0.12345678901234567，另有12345678901234567次", "12345678901234567"),  # decimals passed over
        ("1．12345678901234567次", None),
        ("９" * 16 + "次", "９" * 16),
        ("不少于1,000,000次", None),
        ("96.6亿元，电话 020-12345678，编号 123456789012345", None),
        (None, None),
    ],
)
def test_oversized_number(text, found):
    assert oversized_number(text) == found


@pytest.fixture
def store(tmp_path):
    with open_store(tmp_path / "huge.db") as store:
        store.ids = fill(store)
        yield store


@pytest.mark.parametrize(
    ("field", "raw", "says"),
    [
        ("actual", HUGE_ACTUAL, "超过 15 位"),
        ("annual_target", f"不少于{THIRTY}次", "超过 15 位"),
        ("period_target", "1" * 16, "超过 15 位"),
        ("score_override", "1e999999999", "过大"),
        ("value_override", "1" * 40, "过大"),
        ("score_override", "1e-999999999", "小数位数过多"),
    ],
)
def test_refused_at_entry_in_the_grid(store, field, raw, says):
    first = store.ids["first"]
    with pytest.raises(EditError) as caught:
        run(store, edit_cell, "indicator", first, field, raw)
    assert says in str(caught.value) and str(caught.value).endswith("未作任何修改。")
    with store.session() as session:
        assert session.get(Indicator, first).actual == "45"
    assert read(store, edit_count) == 0


@pytest.mark.parametrize("field", ["total", "budget_adjusted", "spent"])
def test_huge_amount_refused_at_entry(store, field):
    with pytest.raises(EditError) as caught:
        run(store, edit_cell, "project", store.ids["science"], field, "1" * 40)
    assert "过大" in str(caught.value)


def test_a_fifteen_digit_actual_is_still_accepted(store):
    run(store, edit_cell, "indicator", store.ids["first"], "actual", "完成999999999999999次")
    with store.session() as session:
        assert session.get(Indicator, store.ids["first"]).actual == "完成999999999999999次"


def test_imported_thirty_digit_actual_is_refused_with_a_sentence(tmp_path):
    import openpyxl

    from desktop.importers import SourceError, read_file

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "年终"
    ws.append(["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值"])
    ws.append(["科普经费", "产出指标", "数量指标", "科普活动次数", "≥1000次", HUGE_ACTUAL, 10])
    wb.save(tmp_path / "y.xlsx")
    with pytest.raises(SourceError) as info:
        read_file(tmp_path / "y.xlsx")
    assert info.value.place == "工作表“年终”第 2 行"
    assert "指标“科普活动次数”，实际完成值中的数字“999999999999…（共 30 位）”超过 15 位" in info.value.problem


@pytest.mark.parametrize(
    ("annual", "refused"),
    [
        ("完成1234567890123456次", "1234567890123456"),
        ("完成1,234,567,890,123,456次", "1234567890123456"),  # thousands separators
        ("完成1234567890123,456", "1234567890123456"),  # right before the next item's number
        ("完成123456789012345次，1,2,3,4,5,6,7,8,9次", None),  # 15 digits; commas between numbers
        ("0.12345678901234567", None),  # digits after a decimal point
    ],
)
def test_a_packed_cell_refuses_an_oversized_number_in_any_item(tmp_path, annual, refused):
    """A packed 绩效指标 cell is scanned whole first; only a cell that may hold a long number is
    scanned item by item, and that scan names the item."""
    import openpyxl

    from desktop.importers import SourceError, read_file

    items = (f"1、1-产出指标；11-数量指标；培训人次；年度指标值:{annual}"
             "2、2-效益指标；21-社会效益；群众满意度；年度指标值:≥90%。")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["项目名称", "总计", "绩效目标", "绩效指标"])
    ws.append(["培训经费", 10, "开展培训", items])
    wb.save(tmp_path / "p.xlsx")
    if refused is None:
        [table] = read_file(tmp_path / "p.xlsx")
        assert [i.annual_target for i in table.projects[0].indicators] == [annual, "≥90%"]
        return
    with pytest.raises(SourceError) as info:
        read_file(tmp_path / "p.xlsx")
    assert f"指标“培训人次”，年度指标值中的数字“{refused}”超过 15 位" in info.value.problem


@pytest.fixture
def stored_huge(store):
    """A 30-digit actual already in the database (as an older version let it in)."""
    with store.session() as session:
        session.execute(
            update(Indicator).where(Indicator.id == store.ids["first"]).values(actual=HUGE_ACTUAL)
        )
    return store


def test_score_command_with_a_stored_huge_actual(stored_huge, capsys):
    from desktop.cli import main

    db = stored_huge.display_name
    stored_huge.close()
    assert main(["score", "--db", db, "--year", str(YEAR)]) == 0
    out = capsys.readouterr().out
    assert "科普活动次数: 分值 25.00，完成率 2.50E+30%，得分 25.00" in out
    assert main(["score", "--db", db, "--year", str(YEAR), "--json"]) == 0
    assert "Infinity" not in capsys.readouterr().out


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx"])
def test_self_evaluation_form_with_a_stored_huge_actual(stored_huge, tmp_path, capsys, suffix):
    from desktop.cli import main

    db = stored_huge.display_name
    stored_huge.close()
    out = tmp_path / f"self{suffix}"
    assert main(["report", "self-eval", "--db", db, "--year", str(YEAR), "--out", str(out)]) == 0
    assert out.stat().st_size > 1000
    if suffix == ".xlsx":
        import openpyxl

        values = [
            c for row in openpyxl.load_workbook(out).worksheets[0].iter_rows(values_only=True) for c in row
        ]
        assert HUGE_ACTUAL in values


def test_indicator_grid_repaints_a_stored_huge_actual(qtbot, stored_huge):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QUndoStack

    from desktop.views.workspace import Workspace

    workspace = Workspace(stored_huge, QUndoStack())
    qtbot.addWidget(workspace)
    workspace.resize(1400, 700)
    workspace.show()
    workspace.set_year(YEAR)
    workspace.set_project(stored_huge.ids["science"])
    model = workspace.indicators.model
    shown = {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(0, c).data()
        for c in range(model.columnCount())
    }
    assert HUGE_ACTUAL in shown.values()
    assert "2.50E+30%" in shown.values()  # 10^30 ÷ 40
    workspace.indicators.view.viewport().repaint()


def test_oversized_check_reads_each_text_alone():
    """The import scans a project's texts in one go: digits at the end of one text and the start
    of the next are not one number; a long number in any of them is still refused, named."""
    from pathlib import Path

    from desktop.importers.errors import SourceError
    from desktop.importers.model import ImportedIndicator, ImportedProject
    from desktop.importers.reading import _refuse_oversized

    def project(*texts):
        ind = ImportedIndicator(1, "产出指标", None, None, None, "指标", texts[0], texts[1])
        ind.actual = texts[2]
        return ImportedProject(None, None, "项目", indicators=[ind])

    _refuse_oversized(project("12345678", "90123456", "78901234"), Path("t.xlsx"))
    with pytest.raises(SourceError) as caught:
        _refuse_oversized(project("1", "2", "完成1234567890123456次"), Path("t.xlsx"))
    assert "1234567890123456" in str(caught.value)
    # the shortest text that can hold too long a number: 16 digits and nothing else
    _refuse_oversized(project("123456789012345", "１２３４５６７８９０１２３４５", None), Path("t.xlsx"))
    for text in ("1234567890123456", "１２３４５６７８９０１２３４５６"):  # (full-width digits are digits too)
        with pytest.raises(SourceError) as caught:
            _refuse_oversized(project(None, text, None), Path("t.xlsx"))
        assert text in str(caught.value)
