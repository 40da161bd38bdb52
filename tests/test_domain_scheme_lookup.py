"""One scheme lookup: by year (index.yaml), the project schemes offered, one by id or file."""

import shutil

import pytest

from desktop.domain.schemes import project_schemes, scheme_for_year, schemes_dir
from desktop.operations.recheck import scheme_named


def test_the_year_scheme_is_read_once():
    assert scheme_for_year(2023) is scheme_for_year(2023)
    assert scheme_for_year(2023).id == "mof-2020-10"


def test_project_schemes_leave_out_the_department_scheme():
    ids = [s.id for s in project_schemes()]
    assert "mof-2020-10" in ids and "pool-90" in ids
    assert "guangzhou-2022-department" not in ids


def test_a_scheme_by_id_even_when_its_file_is_named_otherwise(tmp_path, monkeypatch):
    shutil.copy(schemes_dir() / "mof-2020-10.yaml", tmp_path / "another-name.yaml")
    assert [s.id for s in project_schemes(tmp_path)] == ["mof-2020-10"]
    monkeypatch.setattr("desktop.domain.schemes.schemes_dir", lambda: tmp_path)
    assert scheme_named("mof-2020-10").path == str(tmp_path / "another-name.yaml")
    assert scheme_named(str(tmp_path / "another-name.yaml")).id == "mof-2020-10"
    with pytest.raises(ValueError):
        scheme_named("pool-90")
