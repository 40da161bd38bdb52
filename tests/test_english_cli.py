"""PERFDESK_LANG=en: the command line speaks English (data stays as printed); the default, Chinese.

Each run is a process of its own, as the officer starts it; importer errors carry their code and
place whatever the language.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.importers import SourceError, read_files

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"
CJK = re.compile(r"[\u4e00-\u9fff]")


def perfdesk(*args: str, lang: str | None = "en", cwd: Path | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUTF8="1")
    env.pop("PERFDESK_LANG", None)
    if lang is not None:
        env["PERFDESK_LANG"] = lang
    return subprocess.run([sys.executable, "-m", "desktop", *args], env=env, cwd=cwd or ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=300)


def _words(line: str) -> str:
    """A line without its data: quoted names and texts, and a printed title, are the file's words."""
    line = re.sub(r'"[^"]*"', "", line)
    return line.split("Title: ")[0]


def _seed() -> Path:
    seeds = sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []
    if not seeds:
        pytest.skip(f"no seed tables in {SEEDS}")
    return seeds[0]


@pytest.mark.parametrize("command", [[], ["import"], ["score"], ["report"], ["fillin"], ["backup"], ["rollover"]])
def test_help_is_english_in_english(command):
    result = perfdesk(*command, "--help")
    assert result.returncode == 0, result.stderr
    assert "usage: perfdesk" in result.stdout and "options:" in result.stdout
    assert CJK.findall(result.stdout) == [], result.stdout


def test_help_is_chinese_by_default():
    result = perfdesk("import", "--help", lang=None)
    assert result.stdout.startswith("用法：perfdesk import")
    assert "导入项目支出绩效目标表" in perfdesk("--help", lang=None).stdout
    assert "要导入的文件（.xlsx / .xls / .csv / .txt / .pdf）" in result.stdout


def test_argparse_errors_follow_the_language():
    english = perfdesk("fillin")
    assert english.returncode == 2
    assert "error: the following arguments are required: ACTION" in english.stderr
    chinese = perfdesk("fillin", lang=None)
    assert "错误：缺少必需的参数：ACTION" in chinese.stderr


def test_a_bad_file_is_refused_in_the_ui_language(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"")
    english = perfdesk("import", str(bad), "--db", str(tmp_path / "e.db"))
    assert english.returncode == 2
    assert english.stderr.splitlines() == ['Cannot import "bad.txt": the file is empty', "Nothing was written."]
    chinese = perfdesk("import", str(bad), "--db", str(tmp_path / "c.db"), lang=None)
    assert chinese.stderr.splitlines() == ["无法导入“bad.txt”：文件是空的", "未写入任何数据。"]


def test_an_error_with_a_place_names_it_in_english(tmp_path):
    bad = tmp_path / "long.txt"
    bad.write_text("项目名称\t绩效目标\n" + "x" * 70_000 + "\n", encoding="utf-8")
    english = perfdesk("import", str(bad), "--dry-run")
    assert english.returncode == 2
    first = english.stderr.splitlines()[0]
    assert first.startswith('Cannot import "long.txt": row 2, ') and "characters" in first
    assert CJK.findall(english.stderr) == []


def test_import_score_and_report_speak_english(tmp_path):
    seed, db = _seed(), str(tmp_path / "en.db")
    imported = perfdesk("import", str(seed), "--db", db)
    assert imported.returncode == 0, imported.stderr
    lines = imported.stdout.splitlines()
    assert lines[0].startswith("Import year: ")
    assert any(re.fullmatch(r"  \d+ units, \d+ projects, \d+ indicators.*", line) for line in lines)
    assert lines[-1].startswith("Imported year ") and " projects added, " in lines[-1]
    assert [line for line in lines if CJK.search(_words(line))] == []

    scored = perfdesk("score", "--db", db)
    assert scored.returncode == 0, scored.stderr
    out = scored.stdout.splitlines()
    assert re.fullmatch(r"Project performance self-evaluation, year \d{4}", out[0])
    projects = [line for line in out if ": budget execution rate " in line]
    assert projects and all(re.search(r", execution score .*, total .*, grade ", line) for line in projects)
    indicators = [line for line in out if line.startswith("    ") and ": weight " in line]
    assert indicators and all(re.search(r", completion .*, score .* \([a-z ]+.*\)$", line) for line in indicators)

    pdf = tmp_path / "targets.pdf"
    reported = perfdesk("report", "targets", "--out", str(pdf), "--db", db)
    assert reported.returncode == 0, reported.stderr
    assert re.fullmatch(r".*targets\.pdf: \d+ form\(s\), \d+ page\(s\)", reported.stdout.strip())
    assert pdf.exists()


def test_the_same_commands_print_chinese_by_default(tmp_path):
    seed, db = _seed(), str(tmp_path / "zh.db")
    imported = perfdesk("import", str(seed), "--db", db, lang=None)
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.startswith("导入年度：")
    assert re.search(r"\d+ 个单位，\d+ 个项目，\d+ 条指标", imported.stdout)
    assert "已导入 " in imported.stdout and "新增 " in imported.stdout
    scored = perfdesk("score", "--db", db, lang=None)
    assert re.match(r"\d{4} 年度项目支出绩效自评", scored.stdout)
    assert "预算执行率 " in scored.stdout


def _per_indicator_workbook(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "指标"
    sheet.append(["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "分值"])
    sheet.append(["甲项目", "产出指标", "数量指标", "培训人数", "≥100人", "20"])
    sheet.append(["甲项目", "产出指标", "质量指标", "合格率", "≥95%", "二十分"])
    book.save(path)
    return path


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_an_importer_error_carries_its_code_and_place_in_any_language(tmp_path, monkeypatch, lang):
    monkeypatch.setenv("PERFDESK_LANG", lang)
    path = _per_indicator_workbook(tmp_path / "weights.xlsx")
    with pytest.raises(SourceError) as info:
        read_files([path])
    err = info.value
    assert err.code == "importing.not_a_number"
    assert (err.sheet, err.row, err.column) == ("指标", 3, 6)
    assert err.fields["file"] == "weights.xlsx" and err.fields["value"] == "二十"  # the weight's 分 is its unit
    if lang == "en":
        assert str(err) == 'Cannot import "weights.xlsx": sheet "指标", row 3, column 6, the "分值" value "二十" ' \
                           "is not a number"
    else:
        assert str(err) == "无法导入“weights.xlsx”：工作表“指标”第 3 行第 6 列，“分值”列的内容“二十”不是数字"


def test_a_sheet_without_the_table_is_skipped_by_code_not_by_words(tmp_path, monkeypatch):
    """xlsxfile goes on to the next sheet on a missing header whatever the language."""
    from openpyxl import Workbook

    monkeypatch.setenv("PERFDESK_LANG", "en")
    book = Workbook()
    book.active.title = "说明"
    book.active.append(["填表说明：请按实际填写"])
    table = book.create_sheet("目标表")
    table.append(["项目名称", "一级指标", "二级指标", "三级指标", "年度指标值", "分值"])
    table.append(["甲项目", "产出指标", "数量指标", "培训人数", "≥100人", "20"])
    path = tmp_path / "two.xlsx"
    book.save(path)
    [read] = read_files([path])
    assert [p.name for p in read.projects] == ["甲项目"]


def test_a_place_survives_copy_and_pickle_with_its_coordinates():
    import copy
    import pickle

    from desktop.importers.errors import Place

    place = Place(sheet="表1", row=5, column=3, letter=True)
    for again in (copy.deepcopy(place), pickle.loads(pickle.dumps(place))):
        assert again == place and isinstance(again, Place)
        assert (again.sheet, again.row, again.column) == ("表1", 5, 3)
        assert again.with_column(4) == Place(sheet="表1", row=5, column=4, letter=True)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_sheets_row_named_in_bulk_is_the_place_made_one_by_one(monkeypatch, lang):
    """errors.sheet_rows (a workbook's rows, the sheet's text made once) says and holds what
    Place(sheet=…, row=…) does, a sheet name with braces included."""
    from desktop.importers.errors import Place, sheet_rows

    monkeypatch.setenv("PERFDESK_LANG", lang)
    for sheet in ("表1", "{row}表{0}"):
        made = sheet_rows(sheet)(12)
        alone = Place(sheet=sheet, row=12)
        assert (str(made), made.sheet, made.row, made.column, made.page) == (str(alone), sheet, 12, None, None)
        assert isinstance(made, Place) and made.fields() == alone.fields() == {"sheet": sheet, "row": 12}
        assert made.with_column(3) == alone.with_column(3)


def test_no_importer_error_is_raised_with_a_written_sentence():
    """A SourceError says what happened with a code (its text lives in the catalogue), never a literal."""
    literal = re.compile(r"""SourceError\(\s*[\w.]+,\s*f?["']""")
    found = [f"{path.relative_to(ROOT)}: {m.group(0)}" for path in (ROOT / "desktop").rglob("*.py")
             for m in literal.finditer(path.read_text(encoding="utf-8"))]
    assert found == []


def test_what_an_import_repaired_carries_codes_and_places():
    from desktop.importers.errors import Place
    from desktop.messages import catalogue

    tables = read_files([_seed()])
    repairs = [r for t in tables for r in t.repairs + t.flagged]
    assert repairs
    assert {r.code for r in repairs} <= {code for code in catalogue() if code.startswith("importing.repair.")}
    assert all(r.code for r in repairs)
    assert any(isinstance(r.place, Place) and r.place.row for r in repairs)  # the row, as data
