"""Where the app keeps its files: user data and logs (platformdirs), and its own resources."""

from importlib.resources import files
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
    """Fonts, schemes, icons and translations.

    An installed wheel carries them as the package's `desktop/resources` (setup.py maps the
    source tree's `resources/` there and compiles the translations), found through
    importlib.resources; a source tree or an editable install reads `resources/` beside the
    package."""
    packaged = files("desktop").joinpath("resources")
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "resources"
