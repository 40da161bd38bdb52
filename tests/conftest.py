"""Shared fixtures. Seeds and truth files are read from ../shared beside the clone, never copied."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("PERFDESK_SHARED", REPO.parent / "shared"))
SEED_NAMES = ["000_42afa216e8045207", "001_fef803051986e1a1", "002_ab6e064b63c97b02"]
REPORT_SEED = "003_83b62fd26cda6339"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Keep data, logs and QSettings of every test out of the real user folders."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip(f"../shared is absent ({SHARED}): seed and truth files are not available here")
    return SHARED


@pytest.fixture(scope="session")
def seed_path(shared_dir):
    def _path(name: str) -> Path:
        return shared_dir / "seeds" / f"{name}.txt"

    return _path


@pytest.fixture(scope="session")
def truth(shared_dir):
    def _truth(name: str) -> dict:
        return json.loads((shared_dir / "truth" / f"{name}.json").read_text(encoding="utf-8"))

    return _truth
