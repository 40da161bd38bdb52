"""Where the app keeps its files: user data and logs (platformdirs), and its own resources."""

import sys
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "perfdesk"
APP_AUTHOR = "perfdesk"


def data_dir() -> Path:
    path = user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_dir() -> Path:
    path = user_log_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database() -> Path:
    return data_dir() / "perfdesk.db"


def resources_dir() -> Path:
    """`resources/` beside the package in a source tree; inside the bundle when frozen."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"
