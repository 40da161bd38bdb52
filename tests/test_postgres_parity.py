"""Issue 15: import, scoring and export give the same figures on PostgreSQL as on SQLite —
the seeds import to exactly their truth files on both, and `perfdesk score` prints the same."""

from __future__ import annotations

import pytest

from desktop.cli import main
from desktop.commands.export import export_data
from desktop.importers import read_file
from desktop.models import open_store
from desktop.operations.imports import write_tables
from tests.test_import_seeds import assert_matches_truth

YEARS = {"000_42afa216e8045207": 2022, "001_fef803051986e1a1": 2023, "002_ab6e064b63c97b02": 2023}


@pytest.fixture
def seeded(db_url, seed_path):
    with open_store(db_url) as store:
        for name, year in YEARS.items():
            write_tables(store, read_file(seed_path(name)), year=year)
    return db_url


def test_seeds_import_to_their_truth(seeded, truth):
    with open_store(seeded) as store:
        got = {d["source"]: d for d in export_data(store, None)}
    assert len(got) == 3
    for name, year in YEARS.items():
        assert got[f"{name}.txt"]["year"] == year
        assert_matches_truth(got[f"{name}.txt"], truth(name))


@pytest.mark.postgres
def test_scores_are_the_same_on_both_back_ends(tmp_path, pg_url, seed_path, capsys):
    printed = {}
    for name, db in (("sqlite", str(tmp_path / "ref.db")), ("postgres", pg_url)):
        with open_store(db) as store:
            write_tables(store, read_file(seed_path("001_fef803051986e1a1")), year=2023)
        capsys.readouterr()
        assert main(["score", "--db", db, "--year", "2023"]) == 0
        printed[name] = capsys.readouterr().out
    assert printed["sqlite"].strip() and printed["sqlite"] == printed["postgres"]
