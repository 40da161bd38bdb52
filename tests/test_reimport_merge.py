"""Issue 10 point 1: a replace-import merges corrected targets and never destroys the year's work."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal as D

import pytest
from sqlalchemy import select

from desktop.cli import main
from desktop.domain.matching import IndicatorKey, match_indicators, normal_name
from desktop.importers import read_file
from desktop.importers.model import (
    Amounts,
    ImportedBudgetExecution,
    ImportedIndicator,
    ImportedProject,
    ImportedTable,
)
from desktop.models import entities as db
from desktop.models import open_store
from desktop.models.backup import backups_dir
from desktop.operations.cells import edit_cell
from desktop.operations.imports import replace_preview, write_tables
from desktop.operations.scoring import score_year, year_dict
from desktop.operations.transaction import run
from tests.test_import_excel import write_per_indicator_xlsx

YEAR = 2023
UNIT = "科普中心"


def _ind(seq, l1, l2, name, target, weight=None, actual=None, reason=None):
    return ImportedIndicator(seq, l1, None, l2, None, name, target, target, weight, actual, reason)


def _year_end_table() -> ImportedTable:
    """Two projects with actuals, weights and budget execution, as a year-end workbook has them."""
    a = ImportedProject(
        UNIT, "科协", "科普经费", Amounts(D("93.08"), D("93.08"), None, None), "开展科普活动",
        [
            _ind(1, "产出指标", "数量指标", "科普活动次数", "≥100次", D("20"), "110次"),
            _ind(2, "产出指标", "数量指标", "培训人数", "≥500人", D("15"), "450人", "场地受限"),
            _ind(3, "产出指标", "质量指标", "活动合格率", "≥95%", D("15"), "96%"),
            _ind(4, "效益指标", "社会效益指标", "公众科学素质", "有效提升", D("30"), "有所提升"),
            _ind(5, "满意度指标", "服务对象满意度指标", "参与者满意度", "≥90%", D("10"), "93%"),
        ],
        ImportedBudgetExecution(D("93.08"), D("90.00"), D("85.50")),
    )
    b = ImportedProject(
        UNIT, "科协", "学会能力提升", Amounts(D("40.00"), D("40.00"), None, None), "提升学会能力",
        [
            _ind(1, "产出指标", "数量指标", "资助学会数", "≥8个", D("25"), "8个"),
            _ind(2, "产出指标", "时效指标", "完成时限", "≤12个月", D("25"), "11个月"),
            _ind(3, "效益指标", "社会效益指标", "学会服务能力", "明显提升", D("30"), "明显提升"),
            _ind(4, "满意度指标", "服务对象满意度指标", "学会满意度", "≥85%", D("10"), "88%"),
        ],
        ImportedBudgetExecution(D("40.00"), D("40.00"), D("39.00")),
    )
    return ImportedTable(source="年终.xlsx", title=f"{YEAR}年项目支出绩效目标表", department="科协", projects=[a, b])


def _corrected_targets() -> ImportedTable:
    """The budget system's corrected 目标表: targets only, one changed, one renamed, one dropped, reordered."""
    a = ImportedProject(
        UNIT, "科协", "科普经费", Amounts(D("95.00"), D("95.00"), None, None), "开展科普活动（修订）",
        [
            _ind(1, "产出指标", "数量指标", "科普活动次数", "≥120次"),  # target corrected: 110/120
            _ind(2, "产出指标", "质量指标", "活动质量合格率", "≥95%"),  # renamed: matched by class and place
            _ind(3, "产出指标", "数量指标", "培训人数", "≥500人"),  # moved
            _ind(4, "满意度指标", "服务对象满意度指标", "参与者满意度", "≥90%"),
            # 公众科学素质 (with its 定性 tier and reason) is gone from the corrected table
        ],
    )
    b = ImportedProject(
        UNIT, "科协", "学会能力提升", Amounts(D("40.00"), D("40.00"), None, None), "提升学会能力",
        [
            _ind(4, "满意度指标", "服务对象满意度指标", "学会满意度", "≥85%"),
            _ind(3, "效益指标", "社会效益指标", "学会服务能力", "明显提升"),
            _ind(2, "产出指标", "时效指标", "完成时限", "≤12个月"),
            _ind(1, "产出指标", "数量指标", "资助学会数", "≥8个"),
        ],
    )
    return ImportedTable(source="修订目标表.xlsx", title=f"{YEAR}年项目支出绩效目标表", department="科协", projects=[a, b])


@pytest.fixture
def worked_year(tmp_path):
    """A year imported from a year-end workbook, then worked on in the app."""
    book = tmp_path / "年终.xlsx"
    write_per_indicator_xlsx(_year_end_table(), book, year_end=True)
    path = tmp_path / "office.db"
    with open_store(path) as store:
        write_tables(store, read_file(book), year=YEAR)
        with store.session() as session:
            ids = {i.name: i.id for i in session.scalars(select(db.Indicator))}
            projects = {p.name: p.id for p in session.scalars(select(db.Project))}
        run(store, edit_cell, "indicator", ids["公众科学素质"], "qualitative_tier", "2")
        run(store, edit_cell, "indicator", ids["公众科学素质"], "deviation_reason", "宣传覆盖不足")
        run(store, edit_cell, "indicator", ids["学会服务能力"], "qualitative_tier", "1")
        run(store, edit_cell, "indicator", ids["学会服务能力"], "score_override", "27")
        run(store, edit_cell, "indicator", ids["学会服务能力"], "score_override_reason", "专家评议")
        run(store, edit_cell, "indicator", ids["资助学会数"], "unit_override", "个")
        run(store, edit_cell, "project", projects["科普经费"], "goal_actual", "全年开展科普活动110次")
    return path


def _scores(path) -> dict:
    with open_store(path) as store, store.session() as session:
        return {p["name"]: p for p in year_dict(score_year(session, YEAR))["projects"]}


def _by_name(project: dict) -> dict:
    return {i["name"]: i for i in project["indicators"]}


def _indicators(path) -> dict[str, sqlite3.Row]:
    con = sqlite3.connect(path)
    con.row_factory = sqlite3.Row
    try:
        return {r["name"]: r for r in con.execute("SELECT * FROM indicator")}
    finally:
        con.close()


def test_matching_by_name_then_class_and_place():
    old = [IndicatorKey("甲", "产出", "数量"), IndicatorKey("乙", "产出", "质量"), IndicatorKey("丙", "效益", "社会效益")]
    new = [IndicatorKey("乙 ", "产出指标", "质量指标"), IndicatorKey("丁", "1-产出指标", "11-数量指标"), IndicatorKey("戊", "满意度", "")]
    assert match_indicators(old, new) == {0: 1, 1: 0}  # 乙 by name, 丁 takes 甲's place; 戊 is new


def test_one_name_however_it_is_spaced_or_which_width_it_is_typed_in():
    # full-width letters, digits and punctuation, the ideographic space, a no-break space, a tab,
    # a line separator pasted from a PDF: all the same name
    typed = ["满意度；９０％", "满意度;90%", " 满意度 ; 90 % ", "满意度\u3000；\xa090％", "满意度\t;\u202890%"]
    assert {normal_name(t) for t in typed} == {"满意度;90%"}
    assert normal_name(None) == normal_name("") == normal_name(" \u3000\n") == ""
    assert normal_name("满意度") != normal_name("满意")


def test_replace_merges_and_keeps_every_other_figure(worked_year, tmp_path):
    before = _scores(worked_year)
    corrected = tmp_path / "修订目标表.xlsx"
    write_per_indicator_xlsx(_corrected_targets(), corrected)
    tables = read_file(corrected)
    with open_store(worked_year) as store:
        preview = replace_preview(store, tables, year=YEAR)
    assert [(lost.project, lost.name) for lost in preview.lost] == [("科普经费", "公众科学素质")]
    assert set(preview.lost[0].fields) == {"actual", "weight", "qualitative_tier", "deviation_reason"}
    assert _scores(worked_year) == before  # the preview wrote nothing

    with open_store(worked_year) as store:
        result = write_tables(store, tables, year=YEAR, replace=True)
    assert (result.added, result.replaced, result.kept) == (0, 2, 0)
    assert result.lost == preview.lost and result.retargeted == 1
    assert result.backup is not None and result.backup.parent == backups_dir()

    after = _scores(worked_year)
    # the untouched project: every figure as it was, although its indicators came in another order
    assert after["学会能力提升"]["total"] == before["学会能力提升"]["total"]
    assert _by_name(after["学会能力提升"]) == _by_name(before["学会能力提升"])
    assert [i["name"] for i in after["学会能力提升"]["indicators"]] == ["学会满意度", "学会服务能力", "完成时限", "资助学会数"]
    # the changed target is re-scored: 110 of ≥120 → 110/120 × 20 = 18.33
    a_before, a_after = _by_name(before["科普经费"]), _by_name(after["科普经费"])
    assert a_before["科普活动次数"]["score"] == 20 and a_after["科普活动次数"]["score"] == 18.33
    # the others keep their actuals, weights and scores
    assert a_after["培训人数"] == a_before["培训人数"]
    assert a_after["活动质量合格率"]["score"] == a_before["活动合格率"]["score"] == 15
    assert a_after["参与者满意度"] == a_before["参与者满意度"]
    assert after["科普经费"]["execution_rate"] == before["科普经费"]["execution_rate"]
    assert after["科普经费"]["execution_score"] == before["科普经费"]["execution_score"]

    rows = _indicators(worked_year)
    assert "公众科学素质" not in rows
    assert rows["培训人数"]["deviation_reason"] == "场地受限" and rows["培训人数"]["actual"] == "450人"
    assert rows["活动质量合格率"]["actual"] == "96%"
    assert rows["学会服务能力"]["score_override"] is not None and rows["学会服务能力"]["qualitative_tier"] == 1
    assert rows["学会服务能力"]["score_override_reason"] == "专家评议"
    assert rows["资助学会数"]["unit_override"] == "个"
    con = sqlite3.connect(worked_year)
    try:
        project = con.execute("SELECT total, goal, goal_actual FROM project WHERE name = '科普经费'").fetchone()
        assert (D(project[0]), *project[1:]) == (D("95.00"), "开展科普活动（修订）", "全年开展科普活动110次")
        spent = con.execute(
            "SELECT b.spent FROM budget_execution b JOIN project p ON p.id = b.project_id WHERE p.name = '科普经费'"
        ).fetchone()
        assert D(spent[0]) == D("85.50")
    finally:
        con.close()
    # the backup holds the year as it was before, dropped indicator included
    old = sqlite3.connect(result.backup)
    try:
        assert old.execute("SELECT qualitative_tier FROM indicator WHERE name = '公众科学素质'").fetchone() == (2,)
    finally:
        old.close()


def test_a_changed_target_drops_the_corrections_of_the_old_text(worked_year):
    with open_store(worked_year) as store:
        with store.session() as session:
            pid = session.scalar(select(db.Indicator.id).where(db.Indicator.name == "科普活动次数"))
        run(store, edit_cell, "indicator", pid, "value_override", "105")
    table = _year_end_table()
    table.projects = table.projects[:1]
    table.projects[0].indicators[0].annual_target = "≥120次"
    with open_store(worked_year) as store:
        result = write_tables(store, [table], year=YEAR, replace=True)
        assert (result.retargeted, result.corrections_cleared) == (1, 1)
        with store.session() as session:
            row = session.get(db.Indicator, pid)
            assert row.value_override is None and row.annual_target == "≥120次"
            logged = session.scalars(
                select(db.EditLog.old).where(db.EditLog.entity_id == pid, db.EditLog.field == "value_override")
            ).all()
    assert logged[-1] == "105"  # the cleared correction stays in the cell's history


def test_cli_lists_what_would_be_lost_before_writing(worked_year, tmp_path, capsys):
    corrected = tmp_path / "修订目标表.xlsx"
    write_per_indicator_xlsx(_corrected_targets(), corrected)
    assert main(["import", str(corrected), "--year", str(YEAR), "--replace", "--db", str(worked_year)]) == 0
    out = capsys.readouterr().out
    warning = out.index("替换后将被删除")
    assert "科普中心 / 科普经费 / 公众科学素质（实际完成值、分值、定性档次、偏差原因）" in out
    assert warning < out.index("已导入")
    assert "已备份到" in out
    assert main(["score", "--year", str(YEAR), "--json", "--db", str(worked_year)]) == 0
    scored = {p["name"]: p for p in json.loads(capsys.readouterr().out)["projects"]}
    assert _by_name(scored["科普经费"])["科普活动次数"]["score"] == 18.33


def test_a_table_naming_no_unit_corrects_the_projects_of_that_name(worked_year):
    """Packed 目标表 often print only the department: the project of that name is still the one corrected."""
    table = _corrected_targets()
    for project in table.projects:
        project.unit = None
    with open_store(worked_year) as store:
        result = write_tables(store, [table], year=YEAR, replace=True)
        with store.session() as session:
            units = session.scalars(select(db.Unit.name)).all()
            projects = session.scalars(select(db.Project.name)).all()
    assert (result.added, result.replaced) == (0, 2)
    assert units == [UNIT] and sorted(projects) == ["学会能力提升", "科普经费"]
    assert _by_name(_scores(worked_year)["科普经费"])["科普活动次数"]["score"] == 18.33


def test_a_replace_refuses_when_someone_changed_the_rows_after_the_preview(worked_year, tmp_path):
    """Issue 15 on the import path: the preview's versions must still hold when the write comes."""
    from desktop.operations.imports import ImportConflict

    corrected = tmp_path / "修订目标表.xlsx"
    write_per_indicator_xlsx(_corrected_targets(), corrected)
    tables = read_file(corrected)
    with open_store(worked_year) as store:
        preview = replace_preview(store, tables, year=YEAR)
        assert preview.seen  # every stored row the replace reads, with its version
        with store.session() as session:
            pid = session.scalar(select(db.Indicator.id).where(db.Indicator.name == "培训人数"))
        run(store, edit_cell, "indicator", pid, "actual", "480人")  # another officer, meanwhile
        with store.session() as session:
            before = year_dict(score_year(session, YEAR))
        with pytest.raises(ImportConflict) as caught:
            write_tables(store, tables, year=YEAR, replace=True, expected=preview.seen)
        assert "科普经费" in str(caught.value) and "未写入任何数据" in str(caught.value)
        with store.session() as session:  # nothing of the import landed; their edit stands
            assert year_dict(score_year(session, YEAR)) == before
        fresh = replace_preview(store, tables, year=YEAR)
        result = write_tables(store, tables, year=YEAR, replace=True, expected=fresh.seen)
    assert result.replaced == 2 and _indicators(worked_year)["培训人数"]["actual"] == "480人"
