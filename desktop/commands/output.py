"""What every command prints through: quiet when the reader goes away (`perfdesk score | head`)."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable


def quietly_piped(write: Callable[[], None]) -> int:
    """Run `write`; a closed pipe ends the command quietly (exit 0), as `head` expects."""
    try:
        write()
        sys.stdout.flush()
    except BrokenPipeError:
        # Python flushes stdout again at exit: point it at devnull so that flush cannot fail
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return 0


def store_location(db: str | None) -> dict:
    """open_store's options for a command: an explicit --db path must already have its folder."""
    return {"make_folder": db is None}
