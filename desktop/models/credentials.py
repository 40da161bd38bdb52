"""The password of a shared database lives in the OS keyring (`keyring`), never in QSettings,
a URL on disk or a log. `keyring` comes with the `postgres` extra; without it nothing is kept."""

from __future__ import annotations

import logging

from sqlalchemy.engine import URL, make_url

from desktop.messages import message

log = logging.getLogger(__name__)

SERVICE = "perfdesk"
DRIVER = "postgresql+psycopg"


def shared_url(user: str | None, host: str, port: int, database: str | None, password: str | None = None) -> URL:
    """The SQLAlchemy URL of a shared PostgreSQL database, made here so the views need no SQL library."""
    return URL.create(DRIVER, username=user, password=password, host=host, port=port, database=database)


class CredentialError(Exception):
    """The keyring could not keep the password; `args[0]` says why (a catalogue message)."""


def account(url: str | URL) -> str:
    """The keyring's name for a server login: user@host:port/database (no password)."""
    u = make_url(url) if isinstance(url, str) else url
    return f"{u.username or ''}@{u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"


def _keyring():
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def saved_password(url: str | URL) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(SERVICE, account(url))
    except Exception as exc:  # no usable keyring backend (a headless Linux session)
        log.info("no password from the keyring: %s", type(exc).__name__)
        return None


def save_password(url: str | URL, password: str) -> None:
    keyring = _keyring()
    if keyring is None:
        raise CredentialError(message("store.credentials.no_keyring"))
    try:
        keyring.set_password(SERVICE, account(url), password)
    except Exception as exc:
        raise CredentialError(message("store.credentials.keyring_failed", error=type(exc).__name__)) from None


def with_password(url: str) -> str:
    """A server URL without a password gets the one kept in the keyring (in memory only)."""
    if "://" not in url:  # a file path
        return url
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" or parsed.password:
        return url
    password = saved_password(parsed)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)
