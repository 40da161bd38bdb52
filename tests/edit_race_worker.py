"""One officer in the two-process edit race of tests/test_edit_race.py (issue 15).

Reads a cell as the grid shows it, "types" for a moment, saves through the grids' Editor (the
same path a paste or a typed cell takes), and now and then presses undo. Conflicts go to a
resolver that, like the officer in the dialog, keeps theirs or knowingly uses mine. Prints its
counts as JSON.
"""

from __future__ import annotations

import json
import random
import sys
import time

from PySide6.QtGui import QUndoStack

from desktop.models import Indicator, open_store
from desktop.operations.cells import edit_cells
from desktop.operations.changes import NOT_SEEN, CellEdit
from desktop.operations.conflicts import EditError
from desktop.views.grids import commands
from desktop.views.grids.commands import KEEP_THEIRS, USE_MINE, Editor, Resolution


def main(url: str, tag: str, seconds: float, ids: list[int], seed: int) -> None:
    rng = random.Random(seed)
    counts = {"tag": tag, "edits": 0, "undos": 0, "conflicts": 0, "conflicted_cells": 0, "errors": 0,
              "saves": 0, "overwrote_unseen": 0}
    run = commands.run

    def checked(store, operation, *args):
        """The save as the Editor makes it, counting any value it replaced that this officer had
        not seen (the issue's "lost update": 266 of 502 saves before the version check)."""
        changes = run(store, operation, *args)
        if operation is not edit_cells:
            return changes
        seen = {(e.entity_id, e.field): e.expected for e in args[0]}
        for change in changes.cells:
            expected = seen.get((change.entity_id, change.field), NOT_SEEN)
            counts["saves"] += 1
            if expected is not NOT_SEEN and change.old != expected:
                counts["overwrote_unseen"] += 1
        return changes

    commands.run = checked  # the Editor saves through commands.run: every save passes here
    with open_store(url, instance_lock=False, upgrade=False) as store:
        store.user, store.machine = tag, f"machine-{tag}"
        stack = QUndoStack()
        editor = Editor(store, stack)

        def resolver(conflict):
            counts["conflicts"] += 1
            counts["conflicted_cells"] += len(conflict.conflicts)
            return Resolution(USE_MINE if rng.random() < 0.3 else KEEP_THEIRS)

        editor.resolver = resolver
        editor.error.connect(lambda _text: counts.__setitem__("errors", counts["errors"] + 1))
        deadline = time.monotonic() + seconds
        n = 0
        while time.monotonic() < deadline:
            if stack.canUndo() and rng.random() < 0.15:
                stack.undo()
                counts["undos"] += 1
                continue
            ident = rng.choice(ids)
            with store.session() as session:
                seen = session.get(Indicator, ident).actual  # what the grid shows
            time.sleep(rng.uniform(0, 0.004))  # the officer types
            n += 1
            try:
                editor.edit([CellEdit("indicator", ident, "actual", f"{tag}-{n}", f"指标 {ident}", expected=seen)])
            except EditError:
                counts["errors"] += 1
            counts["edits"] += 1
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], float(sys.argv[3]), [int(i) for i in sys.argv[4].split(",")], int(sys.argv[5]))
