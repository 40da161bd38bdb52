"""In-tree PEP 517 backend: setuptools, plus PySide6-Essentials when a real wheel is built.

The wheel's translations are compiled by Qt's lrelease (setup.py), which comes with the PySide6
wheel. An editable install compiles nothing, so it does not pay for installing PySide6 into the
isolated build environment.
"""

from setuptools import build_meta as _orig
from setuptools.build_meta import *  # noqa: F401,F403 (the PEP 517 hooks setuptools provides)

# The same bounds as the runtime dependency in pyproject.toml.
LRELEASE_REQUIREMENT = "PySide6-Essentials>=6.12,<6.13"


def get_requires_for_build_wheel(config_settings=None):
    return [*_orig.get_requires_for_build_wheel(config_settings), LRELEASE_REQUIREMENT]


def get_requires_for_build_sdist(config_settings=None):
    return _orig.get_requires_for_build_sdist(config_settings)
