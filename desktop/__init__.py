"""绩效自评 Desk: project performance targets and self-evaluation for finance officers."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("perfdesk")
except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
    __version__ = "0.1.0"
