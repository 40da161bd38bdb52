"""Issue 11 · 8: the command line speaks the officer's language and fails with a sentence."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from test_domain_score_command import db  # noqa: F401 (the fixture)

from desktop.cli import main

ROOT = Path(__file__).resolve().parents[1]


def test_score_prints_no_internal_names(db, capsys):  # noqa: F811
    assert main(["score", "--db", db]) == 0
    out = capsys.readouterr().out
    for internal in ("none", "manual", "indicator_completion", "average_execution", "project_scores", "ratio"):
        assert f"（{internal}" not in out and f"({internal}" not in out, internal
    assert "（按年度平均执行率，依据：96.79%）" in out
    assert "未评分" in out or "填报人评分" in out


def test_a_year_without_data_is_an_error(db, capsys):  # noqa: F811
    assert main(["score", "--db", db, "--year", "2019"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "2019 年度没有项目数据" in captured.err and "2022" in captured.err


def test_a_db_in_a_missing_folder_is_refused(tmp_path, capsys):
    target = tmp_path / "nonexistent" / "dir" / "x.db"
    assert main(["score", "--db", str(target)]) == 2
    assert "文件夹不存在" in capsys.readouterr().err
    assert not target.parent.exists()
    assert main(["report", "self-eval", "--db", str(target), "--out", str(tmp_path / "a.pdf")]) == 2
    assert not target.parent.exists()


def test_piping_into_head_ends_quietly(db):  # noqa: F811
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    script = f"{sys.executable} -m desktop score --db {db} | head -n 1"
    result = subprocess.run(["bash", "-o", "pipefail", "-c", script], env=env, capture_output=True, text=True,
                            timeout=120, cwd=ROOT)
    assert result.stdout.startswith("2022 年度项目支出绩效自评")
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    # a reader that is gone before anything is written: every write meets a closed pipe
    for extra in ("", "--json"):
        script = f"{sys.executable} -m desktop score --db {db} {extra} | true; echo \"exit ${{PIPESTATUS[0]}}\""
        result = subprocess.run(["bash", "-c", script], env=env, capture_output=True, text=True, timeout=120,
                                cwd=ROOT)
        assert "Traceback" not in result.stderr and "BrokenPipe" not in result.stderr, result.stderr
        assert result.stdout.strip() == "exit 0"


def test_import_states_the_year_first(tmp_path, capsys):
    from datetime import date

    source = tmp_path / "targets.csv"
    source.write_text("项目名称,总计,财政拨款,绩效目标,绩效指标\n"
                      "科普专项,100,100,开展科普活动,1、产出指标：活动次数，年度指标值：不少于40次\n", encoding="utf-8")
    assert main(["import", str(source), "--db", str(tmp_path / "i.db"), "--dry-run"]) == 0
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"导入年度：{date.today().year}（表名中没有年份，按今年")
    assert main(["import", str(source), "--db", str(tmp_path / "i.db"), "--dry-run", "--year", "2022"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "导入年度：2022（--year 指定）"


def test_recheck_of_a_file_of_the_wrong_kind_is_a_sentence(db, tmp_path, capsys):  # noqa: F811
    report = tmp_path / "report.txt"
    report.write_text("表1 合计 98.90%", encoding="utf-8")
    assert main(["recheck", str(report), "--db", db]) == 2
    err = capsys.readouterr().err
    assert "须为 .json 或 .xlsx" in err and "Traceback" not in err
    broken = tmp_path / "figures.xlsx"
    broken.write_text("not a workbook", encoding="utf-8")
    assert main(["recheck", str(broken), "--db", db]) == 2
    err = capsys.readouterr().err
    # a broken .xlsx may be a 自评表 as well as a figures file: its reader says what is wrong, once
    assert "figures.xlsx" in err and "损坏" in err and len(err.strip().splitlines()) == 1
