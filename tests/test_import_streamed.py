"""`perfdesk import` writes each project as it is read (operations.imports.import_files): the store
ends exactly as reading everything first and then writing it would leave it, and a file refused
part-way leaves the store as it was."""

from __future__ import annotations

import copy
import sqlite3

import pytest

from desktop.importers import SourceError, read_files
from desktop.models import StoreError, open_store
from desktop.operations import bulk_insert, imports
from desktop.operations.imports import import_files, repeated_projects, write_tables
from tests.test_import_excel import write_packed_xlsx
from tests.test_import_store import dump

SEEDS = ("001_fef803051986e1a1", "002_ab6e064b63c97b02")


def _rows(path) -> dict:
    """Every row of every table but the moments rows were written."""
    con = sqlite3.connect(path)
    try:
        out = {}
        for (name,) in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name"):
            columns = [c[1] for c in con.execute(f'PRAGMA table_info("{name}")') if c[1] not in ("at", "imported_at")]
            out[name] = con.execute(f'SELECT {", ".join(columns)} FROM "{name}" ORDER BY 1').fetchall()
        return out
    finally:
        con.close()


def _big_packed(tmp_path, seed_path, copies: int = 8, name: str = "big.xlsx"):
    """Seed 002 as a packed workbook, its 45 projects repeated under new names: 360 projects."""
    [table] = read_files([seed_path("002_ab6e064b63c97b02")])
    projects = []
    for k in range(copies):
        for p in table.projects:
            q = copy.deepcopy(p)
            q.name = p.name if k == 0 else f"{p.name}第{k}批"
            projects.append(q)
    table.projects = projects
    table.title = "广州市科学技术协会2023年项目支出绩效目标表"
    path = tmp_path / name
    write_packed_xlsx(table, path)
    return path


def _opener(db):
    calls = []

    def open_it():
        calls.append(db)
        return open_store(db)

    return open_it, calls


def test_streamed_import_stores_what_reading_then_writing_stores(tmp_path, seed_path, monkeypatch):
    monkeypatch.setattr(imports, "PROJECTS_PER_BATCH", 50)  # several batches per table
    monkeypatch.setattr(bulk_insert, "ROWS_PER_STATEMENT", 120)  # the held project rows, every 120
    files = [seed_path(SEEDS[0]), _big_packed(tmp_path, seed_path)]
    streamed, whole = tmp_path / "streamed.db", tmp_path / "whole.db"
    for db in (streamed, whole):  # seed 002 is there already: the big workbook's first copy of it is kept
        with open_store(db) as store:
            write_tables(store, read_files([seed_path(SEEDS[1])]), year=2023)
    done = import_files(files, _opener(streamed)[0], year=2023)
    with open_store(whole) as store:
        expected = write_tables(store, read_files(files), year=2023)
    assert (done.result.added, done.result.kept, done.result.indicators) == (
        expected.added, expected.kept, expected.indicators)
    assert done.result.kept == 45
    assert _rows(streamed) == _rows(whole)
    assert done.where == str(streamed)


def test_streamed_import_exports_the_same_on_both_back_ends(db_url, tmp_path, seed_path, monkeypatch):
    from desktop.commands.export import export_data

    monkeypatch.setattr(imports, "PROJECTS_PER_BATCH", 50)
    files = [seed_path(SEEDS[0]), _big_packed(tmp_path, seed_path, copies=3)]
    done = import_files(files, _opener(db_url)[0], year=2023)
    assert done.result.added == 15 + 135
    with open_store(tmp_path / "whole.db") as store:
        write_tables(store, read_files(files), year=2023)
        expected = export_data(store, 2023)
    with open_store(db_url) as store:
        assert export_data(store, 2023) == expected


def test_the_year_is_the_first_title_that_names_one(tmp_path, seed_path):
    # seed 001's title names no year: its projects wait until the packed file's title has said 2023
    files = [seed_path(SEEDS[0]), _big_packed(tmp_path, seed_path, copies=1)]
    done = import_files(files, _opener(tmp_path / "y.db")[0])
    assert done.year == 2023
    with sqlite3.connect(tmp_path / "y.db") as con:
        assert con.execute("SELECT DISTINCT year FROM project").fetchall() == [(2023,)]
        assert con.execute("SELECT count(*) FROM project").fetchone() == (15 + 45,)
        # the held projects kept their indicators while they waited for the year
        stored = con.execute("SELECT count(*) FROM indicator").fetchone()[0]
    assert stored == done.result.indicators == sum(t.indicator_count for t in read_files(files)) > 0


def test_a_streamed_read_hands_each_projects_indicators_to_the_sink(tmp_path, seed_path):
    files = [seed_path(SEEDS[0]), _big_packed(tmp_path, seed_path, copies=2)]
    whole = read_files(files)
    taken = []
    streamed = read_files(files, on_project=lambda table, project: taken.append(project.indicators))
    assert taken == [p.indicators for t in whole for p in t.projects]
    assert all(p.indicators == [] for t in streamed for p in t.projects)  # the read kept no copy
    assert [t.indicator_count for t in streamed] == [t.indicator_count for t in whole]
    assert [len(t.projects) for t in streamed] == [len(t.projects) for t in whole]


def test_a_value_the_store_cannot_hold_late_in_the_read_writes_nothing(tmp_path, seed_path, monkeypatch):
    monkeypatch.setattr(imports, "PROJECTS_PER_BATCH", 20)
    db = tmp_path / "store.db"
    import_files([seed_path(SEEDS[0])], _opener(db)[0], year=2023)
    before = dump(db)
    [table] = read_files([_big_packed(tmp_path, seed_path)])
    table.projects[-2].name = "很长的项目名称" * 80  # 560 characters; the column holds 500
    late = tmp_path / "late.xlsx"
    write_packed_xlsx(table, late)
    with pytest.raises(StoreError, match="很长的项目名称"):
        import_files([late], _opener(db)[0], year=2023)
    assert dump(db) == before


def test_a_file_refused_late_in_the_read_leaves_the_store_as_it_was(tmp_path, seed_path, monkeypatch):
    monkeypatch.setattr(imports, "PROJECTS_PER_BATCH", 20)
    db = tmp_path / "store.db"
    import_files([seed_path(SEEDS[0])], _opener(db)[0], year=2023)
    before = dump(db)
    good = _big_packed(tmp_path, seed_path)
    [table] = read_files([good])
    table.projects[-3].indicators[0].annual_target = "完成1234567890123456次"  # past many batches
    bad = tmp_path / "late.xlsx"
    write_packed_xlsx(table, bad)
    with pytest.raises(SourceError, match="1234567890123456"):
        import_files([good, bad], _opener(db)[0], year=2023)
    assert dump(db) == before


def test_a_file_that_cannot_be_read_opens_no_store(tmp_path):
    bad = tmp_path / "renamed.xlsx"
    bad.write_text("不是工作簿", encoding="utf-8")
    open_it, calls = _opener(tmp_path / "never.db")
    with pytest.raises(SourceError):
        import_files([bad], open_it, year=2023)
    assert calls == [] and not (tmp_path / "never.db").exists()


@pytest.mark.parametrize("streamed", [True, False], ids=["perfdesk import", "window"])
def test_a_project_in_two_files_of_one_import_refuses_it_whole(tmp_path, seed_path, streamed):
    """Seed 002's 45 projects come again in a later file of the same import: which version is
    right cannot be guessed, and keeping the first silently lost the other's amounts and
    indicators (reported as "kept, already there" in an empty store). Refused, naming one and
    both files; nothing is written."""
    files = [_big_packed(tmp_path, seed_path, copies=2), seed_path(SEEDS[1])]
    db = tmp_path / "two.db"
    with pytest.raises(SourceError) as refused:
        if streamed:
            import_files(files, _opener(db)[0], year=2023)
        else:
            with open_store(db) as store:
                write_tables(store, read_files(files), year=2023)
    sentence = str(refused.value)
    assert "有 45 个项目在这次一起导入的另一个文件中也有" in sentence
    assert len(repeated_projects(read_files(files))) == 45  # what the window's preview names first
    assert "big.xlsx" in sentence and SEEDS[1] in sentence and "“科普经费”" in sentence
    assert refused.value.row is not None  # where the later file has it
    with sqlite3.connect(db) as con:
        assert con.execute("SELECT count(*) FROM project").fetchone() == (0,)
    # one at a time, as the sentence says: the second keeps what the first wrote
    with open_store(db) as store:
        first = write_tables(store, read_files(files[:1]), year=2023)
        second = write_tables(store, read_files(files[1:]), year=2023)
    assert (first.added, second.added, second.kept) == (90, 0, 45)


def test_the_same_file_chosen_twice_is_named_by_the_preview_as_the_write_refuses_it(tmp_path, seed_path):
    tables = read_files([seed_path(SEEDS[0]), seed_path(SEEDS[0])])
    assert len(repeated_projects(tables)) == 15
    with open_store(tmp_path / "twice.db") as store, pytest.raises(SourceError, match="有 15 个项目"):
        write_tables(store, tables, year=2023)
