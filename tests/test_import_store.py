"""Imported tables in the store: one transaction, keep/replace, export equals truth, CLI."""

from __future__ import annotations

import json
import sqlite3
from decimal import Decimal

import pytest

from desktop.cli import main
from desktop.commands.export import export_data
from desktop.importers import ImportCancelled, read_file
from desktop.importers.model import ImportedBudgetExecution, from_truth_dict
from desktop.models import open_store
from desktop.operations.imports import department_name, write_tables
from tests.test_import_excel import write_per_indicator_xlsx
from tests.test_import_seeds import assert_matches_truth

YEARS = {"000_42afa216e8045207": 2022, "001_fef803051986e1a1": 2023, "002_ab6e064b63c97b02": 2023}


def dump(path) -> dict:
    """Every row of every table, to prove that nothing changed."""
    con = sqlite3.connect(path)
    try:
        names = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return {n: con.execute(f'SELECT * FROM "{n}" ORDER BY 1').fetchall() for n in names}
    finally:
        con.close()


@pytest.fixture
def seeded(tmp_path, seed_path):
    """A store with the three seeds imported: 000 as 2022, 001 and 002 as 2023."""
    db = tmp_path / "store.db"
    with open_store(db) as store:
        write_tables(store, read_file(seed_path("000_42afa216e8045207")), year=2022)
        tables = read_file(seed_path("001_fef803051986e1a1")) + read_file(seed_path("002_ab6e064b63c97b02"))
        write_tables(store, tables, year=2023)
    return db


def _exported(db, year=None) -> dict[str, dict]:
    with open_store(db) as store:
        return {d["source"]: d for d in export_data(store, year)}


def test_export_after_import_equals_truth(seeded, truth):
    got = _exported(seeded)
    assert len(got) == 3
    for name, year in YEARS.items():
        data = got[f"{name}.txt"]
        assert data["year"] == year
        assert_matches_truth(data, truth(name))
    only_2023 = _exported(seeded, 2023)
    assert sorted(only_2023) == ["001_fef803051986e1a1.txt", "002_ab6e064b63c97b02.txt"]
    assert "year" not in only_2023["001_fef803051986e1a1.txt"]
    # the repairs survive the round trip into the export's notes
    assert any("第 18 行" in note for note in only_2023["001_fef803051986e1a1.txt"]["notes"])


def test_reimport_keep_changes_nothing(seeded, seed_path):
    before = dump(seeded)
    with open_store(seeded) as store:
        result = write_tables(store, read_file(seed_path("002_ab6e064b63c97b02")), year=2023, replace=False)
    assert (result.added, result.replaced, result.kept, result.indicators) == (0, 0, 45, 0)
    assert dump(seeded) == before


def test_reimport_replace_leaves_one_copy(seeded, seed_path, truth):
    from sqlalchemy import text

    with open_store(seeded) as store, store.session() as session:
        session.execute(
            text(
                "UPDATE project SET goal = '改过的目标' WHERE name = '工作经费' AND source = '001_fef803051986e1a1.txt'"
            )
        )
    before = dump(seeded)
    with open_store(seeded) as store:
        result = write_tables(store, read_file(seed_path("001_fef803051986e1a1")), year=2023, replace=True)
    assert (result.added, result.replaced, result.kept) == (0, 15, 0)
    after = dump(seeded)
    assert len(after["project"]) == len(before["project"])
    assert len(after["indicator"]) == len(before["indicator"])
    got = _exported(seeded, 2023)
    assert_matches_truth(got["001_fef803051986e1a1.txt"], truth("001_fef803051986e1a1"))
    assert_matches_truth(got["002_ab6e064b63c97b02.txt"], truth("002_ab6e064b63c97b02"))


def test_keep_preserves_the_officers_edits(seeded, seed_path):
    from sqlalchemy import text

    with open_store(seeded) as store, store.session() as session:
        session.execute(text("UPDATE project SET goal = '改过的目标' WHERE name = 'TZMMZX'"))
    with open_store(seeded) as store:
        write_tables(store, read_file(seed_path("001_fef803051986e1a1")), year=2023)
    with sqlite3.connect(seeded) as con:
        assert con.execute("SELECT goal FROM project WHERE name = 'TZMMZX'").fetchall() == [("改过的目标",)]


def test_other_year_is_a_separate_copy(seeded, seed_path):
    with open_store(seeded) as store:
        result = write_tables(store, read_file(seed_path("001_fef803051986e1a1")), year=2024)
    assert result.added == 15
    with sqlite3.connect(seeded) as con:
        assert con.execute("SELECT count(*) FROM project WHERE name = 'TZMMZX'").fetchone() == (2,)


def test_cancel_or_failure_writes_nothing(seeded, seed_path):
    before = dump(seeded)
    tables = read_file(seed_path("001_fef803051986e1a1")) + read_file(seed_path("002_ab6e064b63c97b02"))
    calls = iter([False, True])
    with open_store(seeded) as store, pytest.raises(ImportCancelled):
        write_tables(store, tables, year=2030, cancelled=lambda: next(calls, True))
    assert dump(seeded) == before


def test_year_end_workbook_through_the_store(tmp_path, truth):
    source = from_truth_dict(truth("001_fef803051986e1a1"))
    for n, p in enumerate(source.projects):
        p.budget = ImportedBudgetExecution(p.amounts.total, p.amounts.total, Decimal(n) + Decimal("0.5"))
        for ind in p.indicators:
            ind.weight, ind.actual, ind.deviation_reason = Decimal("12.5"), "已完成", "无"
    path = tmp_path / "year_end.xlsx"
    write_per_indicator_xlsx(source, path, year_end=True)
    db = tmp_path / "ye.db"
    with open_store(db) as store:
        write_tables(store, read_file(path), year=2023)
        [data] = export_data(store, 2023)
    for got, want in zip(data["projects"], source.projects, strict=True):
        assert got["budget"]["spent"] == float(want.budget.spent)
        assert {(i["weight"], i["actual"], i["deviation_reason"]) for i in got["indicators"]} == {
            (12.5, "已完成", "无")
        }


def test_department_name_fallbacks(seed_path):
    [t000] = read_file(seed_path("000_42afa216e8045207"))
    [t001] = read_file(seed_path("001_fef803051986e1a1"))
    assert department_name(t000) == "广州市科学技术协会"  # no 部门名称 line: the 主管部门 column
    assert department_name(t001) == "广州市科学技术协会（本级）"


# -- command line ---------------------------------------------------------------------------------


def test_cli_import_prints_summary_and_export_equals_truth(tmp_path, seed_path, truth, capsys):
    db = tmp_path / "cli.db"
    seed = seed_path("002_ab6e064b63c97b02")
    assert main(["import", str(seed), "--db", str(db), "--year", "2023"]) == 0
    out = capsys.readouterr().out
    assert "广州市科学技术协会" in out and "45 个项目" in out and "367 条指标" in out
    assert "合计：表列 37,331.72" in out and "不一致" not in out
    assert "新增 45 个项目" in out
    assert main(["import", str(seed), "--db", str(db), "--year", "2023"]) == 0
    assert "保留原有 45 个" in capsys.readouterr().out
    assert main(["import", str(seed), "--db", str(db), "--year", "2023", "--replace"]) == 0
    assert "替换 45 个" in capsys.readouterr().out
    out_json = tmp_path / "out.json"
    assert main(["export", str(out_json), "--db", str(db), "--year", "2023"]) == 0
    [data] = json.loads(out_json.read_text(encoding="utf-8"))
    assert_matches_truth(data, truth("002_ab6e064b63c97b02"))


def test_cli_bad_file_exits_nonzero_and_writes_nothing(seeded, seed_path, tmp_path, capsys):
    before = dump(seeded)
    bad = tmp_path / "renamed.xlsx"
    bad.write_text("不是工作簿", encoding="utf-8")
    code = main(
        ["import", str(seed_path("001_fef803051986e1a1")), str(bad), "--db", str(seeded), "--year", "2031"]
    )
    assert code != 0
    err = capsys.readouterr().err
    assert "无法导入“renamed.xlsx”" in err and "未写入任何数据" in err
    assert dump(seeded) == before


def test_cli_default_year_from_title(tmp_path, seed_path, capsys):
    db = tmp_path / "y.db"
    assert main(["import", str(seed_path("000_42afa216e8045207")), "--db", str(db)]) == 0
    assert "已导入 2022 年度" in capsys.readouterr().out


def test_department_name_from_title_or_file():
    from desktop.importers.model import ImportedTable

    assert department_name(ImportedTable(source="a.xlsx", title="某局2024年项目支出绩效目标表")) == "某局"
    assert (
        department_name(ImportedTable(source="b.xlsx#表1", title="项目支出绩效目标表（含转移支付项目）"))
        == "b"
    )


def _bad_files(tmp_path) -> dict:
    from tests.test_import_bad_files import BILLION_LAUGHS, _replace_member, _small_workbook

    good = _small_workbook(tmp_path / "good.xlsx")
    files = {
        "empty": tmp_path / "empty.xlsx",
        "renamed": tmp_path / "renamed.xlsx",
        "truncated": tmp_path / "truncated.xlsx",
        "no_header": tmp_path / "no_header.xlsx",
        "entity_bomb": tmp_path / "laughs.xlsx",
        "zip_bomb": tmp_path / "bomb.xlsx",
    }
    files["empty"].write_bytes(b"")
    files["renamed"].write_text("项目名称\t总计", encoding="utf-8")
    files["truncated"].write_bytes(good.read_bytes()[:300])
    _small_workbook(files["no_header"], [["姓名", "年龄"], ["张三", 30]])
    _replace_member(good, files["entity_bomb"], "xl/sharedStrings.xml", BILLION_LAUGHS)
    _replace_member(good, files["zip_bomb"], "xl/worksheets/sheet1.xml", b"<" + b"\x00" * 30_000_000)
    return files


def test_cli_each_bad_file_leaves_the_store_unchanged(seeded, seed_path, tmp_path, capsys):
    before = dump(seeded)
    for kind, bad in _bad_files(tmp_path).items():
        code = main(
            ["import", str(seed_path("002_ab6e064b63c97b02")), str(bad), "--db", str(seeded), "--replace"]
        )
        assert code == 2, kind
        assert f"无法导入“{bad.name}”" in capsys.readouterr().err, kind
        assert dump(seeded) == before, kind


def test_export_of_an_empty_store_writes_nothing_into_it(tmp_path):
    db = tmp_path / "empty.db"
    with open_store(db) as store:
        assert export_data(store, None) == []
    assert dump(db)["import_source"] == []


def test_cli_db_option_before_the_command(tmp_path, seed_path, capsys):
    db = tmp_path / "top.db"
    assert main(["--db", str(db), "import", str(seed_path("001_fef803051986e1a1")), "--year", "2023"]) == 0
    assert str(db) in capsys.readouterr().out
    assert main(["--db", str(db), "export", "-", "--year", "2023"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["department"] == "广州市科学技术协会（本级）"


def test_same_name_twice_in_one_unit_is_numbered(tmp_path):
    from desktop.importers.model import ImportedProject, ImportedTable

    table = ImportedTable(source="dup.xlsx", department="某部门")
    table.projects = [ImportedProject(unit="甲单位", supervisor=None, name="运维经费") for _ in range(3)]
    with open_store(tmp_path / "dup.db") as store:
        result = write_tables(store, [table], year=2024)
        [data] = export_data(store, 2024)
    assert result.added == 3 and len(result.renamed) == 2
    assert [p["name"] for p in data["projects"]] == ["运维经费", "运维经费（2）", "运维经费（3）"]
    assert "加编号" in str(result)
