"""Rotating log file in the user's log folder: the detail a user never sees in a dialog."""

import logging
import logging.handlers

from desktop.paths import log_dir

LOG_FILE_NAME = "perfdesk.log"


def setup_logging(level: int = logging.INFO) -> None:
    root = logging.getLogger()
    if any(getattr(h, "_perfdesk", False) for h in root.handlers):
        return
    handler = logging.handlers.RotatingFileHandler(
        log_dir() / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    handler._perfdesk = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)


def log_file():
    return log_dir() / LOG_FILE_NAME
