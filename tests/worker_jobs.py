"""Work for the worker-process tests: module-level functions, so they travel to the process by
name (as check_rows and score_department_items do)."""

from __future__ import annotations

import os
import time

from sqlalchemy import text


def count_projects(store, year: int, progress) -> int:
    with store.session() as session:
        return session.execute(text("SELECT count(*) FROM project WHERE year = :y"), {"y": year}).scalar_one()


def until_stopped(store, marker: str, progress) -> str:
    """Runs until cancelled (writes `marker` when it started, so the test knows it is running)."""
    with open(marker, "w", encoding="utf-8") as f:
        f.write(str(os.getpid()))
    for i in range(3000):  # 30 s at most
        progress(i, 0)
        time.sleep(0.01)
    return "not stopped"


def fail(store, progress):
    from desktop.messages import message
    from desktop.models.store import StoreError

    raise StoreError(message("store.edit.busy"))


def language(store, progress) -> str:
    from desktop.i18n import language

    return language()
