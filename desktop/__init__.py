"""绩效自评 Desk: project performance targets and self-evaluation for finance officers."""


def __getattr__(name: str) -> str:
    # `__version__` on first use: importlib.metadata alone is a noticeable share of start-up
    # before the window shows (issue 16).
    if name != "__version__":
        raise AttributeError(f"module 'desktop' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("perfdesk")
    except PackageNotFoundError:  # running from a source tree or a frozen bundle without metadata
        value = "0.1.0"
    globals()["__version__"] = value
    return value
