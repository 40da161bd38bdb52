"""自评报告 draft: computed sentences on seed 003's figures, tables, the officer's paragraphs kept."""

from __future__ import annotations

import pytest
from docx import Document
from seed003_store import build_seed003

from desktop.cli import main
from desktop.models import open_store
from desktop.operations.narrative import narrative_figures
from desktop.reports.narrative import COMPUTED_STYLE, check_statements, load


@pytest.fixture
def db(tmp_path):
    return build_seed003(tmp_path / "office.db")


def _computed(path) -> str:
    return "\n".join(p.text for p in Document(str(path)).paragraphs if p.style.name == COMPUTED_STYLE)


def test_computed_sentences_state_seed_003s_figures(db, tmp_path, capsys):
    out = tmp_path / "自评报告.docx"
    assert main(["report", "narrative", "--db", db, "--year", "2022", "--out", str(out)]) == 0
    text = _computed(out)
    assert "全年预算执行率为96.79%，得分4.84分" in text
    assert "部门整体自评得分97.79分，等级为优" in text
    assert "履职效能得分49.79分，得分百分比为99.58%；管理效率得分48.00分" in text
    assert "当年实际支出数为43791.86万元，预算执行率为98.90%" in text
    assert "未达到的有会议数量（83.33%）" in text
    doc = Document(str(out))
    assert len(doc.tables) == 4
    table3 = doc.tables[2]
    assert [c.text for c in table3.rows[-1].cells] == ["合计", "", "", "100.00", "97.79"]
    assert any(row.cells[2].text == "部门预算资金支出率" and row.cells[4].text == "4.84" for row in table3.rows)
    table2 = doc.tables[1]
    assert [c.text for c in table2.rows[1].cells][1:] == ["1-3月", "45456.00", "12408.00", "27.30%", "109.19%"]
    assert table2.rows[-1].cells[-1].text == "96.79%"


def test_the_officers_paragraphs_survive_regeneration(db, tmp_path, capsys):
    out = tmp_path / "自评报告.docx"
    assert main(["report", "narrative", "--db", db, "--out", str(out)]) == 0
    doc = Document(str(out))
    problems = next(i for i, p in enumerate(doc.paragraphs) if p.text == "三、存在的问题及原因分析")
    doc.paragraphs[problems + 1].text = "部分会议因故延期，会议数量未达目标。"
    conclusion = next(p for p in doc.paragraphs if p.text.startswith("2022年部门整体自评得分"))
    conclusion.text = "部门整体自评得分99分。"  # a computed sentence typed over: regenerated, not kept
    doc.paragraphs[1].insert_paragraph_before("（内部讨论稿）")  # above the first heading
    doc.save(str(out))
    assert main(["report", "narrative", "--db", db, "--out", str(out)]) == 0
    assert "保留原有 10 段" in capsys.readouterr().out
    before = Document(str(tmp_path / "自评报告.上一版.docx"))  # the file as it was, whole
    assert any(p.text == "部门整体自评得分99分。" for p in before.paragraphs)
    again = Document(str(out))
    texts = [p.text for p in again.paragraphs]
    at = texts.index("三、存在的问题及原因分析")
    assert texts[at + 1] == "部分会议因故延期，会议数量未达目标。"
    assert "部门整体自评得分99分。" not in texts
    assert texts[1] == "（内部讨论稿）"
    assert any(t.startswith("2022年部门整体自评得分97.79分") for t in texts)
    assert len(again.tables) == 4


def test_statements_the_data_contradicts_in_seed_003(db, seed_path, tmp_path, capsys):
    published = seed_path("003_83b62fd26cda6339")
    with open_store(db) as store, store.session() as session:
        data = load(narrative_figures(session, 2022))
    found = {(s.what, str(s.printed), str(s.computed)) for s in check_statements(data, published.read_text("utf-8"))}
    assert found == {
        ("部门整体自评得分", "95.64", "97.79"),
        ("履职效能得分", "49.64", "49.79"),
        ("履职效能得分百分比", "99.28", "99.58"),
        ("管理效率得分", "46", "48.00"),
        ("管理效率得分百分比", "92", "96.00"),
    }  # 96.79% 平均执行率 and 98.90% 预算完成率 agree, so they are not listed
    assert main(["report", "narrative", "--db", db, "--out", str(tmp_path / "r.docx"), "--check", str(published)]) == 1
    assert "自评得分为95.64分。”：部门整体自评得分报告为 95.64，按数据应为 97.79" in capsys.readouterr().out


def test_narrative_refuses_other_suffixes_and_empty_years(db, tmp_path, capsys):
    assert main(["report", "narrative", "--db", db, "--out", str(tmp_path / "r.pdf")]) == 2
    assert main(["report", "narrative", "--db", db, "--year", "2019", "--out", str(tmp_path / "r.docx")]) == 1
    err = capsys.readouterr().err
    assert ".docx" in err and "2019" in err


def test_a_rate_from_an_absurd_budget_is_printed_in_plain_digits(db, tmp_path, capsys):
    """A report is read on paper: a budget of 0.0000000001 万元 against real spending gives a rate of
    10^16 %, printed as digits (the grids show such a value as 1.00E+16%, to keep a cell short)."""
    import re
    import sqlite3

    with sqlite3.connect(db) as c:
        c.execute("UPDATE department_budget_line SET budget_adjusted = '0.0000000001', budget_initial = '0.0000000001'")
    c.close()
    out = tmp_path / "自评报告.docx"
    assert main(["report", "narrative", "--db", db, "--year", "2022", "--out", str(out)]) == 0
    doc = Document(str(out))
    text = "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for row in t.rows for c in row.cells])
    assert not re.search(r"\dE[+-]?\d", text)
    assert re.search(r"预算执行率为\d{17,}\.\d\d%", text)
