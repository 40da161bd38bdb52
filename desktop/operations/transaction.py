"""One user action, one transaction: `run(store, operation, …)` opens it, retries when another
client committed the same row in between, and turns store failures into one clear sentence."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from desktop.messages import message
from desktop.models.db_errors import describe_database_error, length_refusal
from desktop.models.store import Store, StoreError
from desktop.operations.changes import CellEdit
from desktop.operations.conflicts import EditError
from desktop.operations.fields import field_label

_ATTEMPTS = 5


def run[T](store: Store, operation: Callable[..., T], *args, **kwargs) -> T:
    """`operation(session, *args, **kwargs)` in one write transaction; its result.

    EditError and EditConflict pass through (nothing saved). An operation that seeds rows every
    client may seed at once says so with a `lock` attribute (the store's advisory lock key).
    """
    lock = getattr(operation, "lock", False)
    try:
        for _attempt in range(_ATTEMPTS):
            try:
                with store.write_session(exclusive=lock) as session:
                    return operation(session, *args, **kwargs)
            except StaleDataError:  # the row's version moved on: read it again and check again
                continue
        raise EditError(message("store.edit.busy"))
    except IntegrityError as exc:
        refused = length_refusal(exc)  # SQLite's CHECK on a text's length, said as the limits say it
        if refused is not None:
            raise EditError(refused) from None
        # e.g. a project renamed to the name of another project of the same unit and year
        edits = [e for e in (args[0] if args and isinstance(args[0], list | tuple) else ()) if isinstance(e, CellEdit)]
        where = "、".join(dict.fromkeys(e.label or field_label(e.entity, e.field) for e in edits[:3])) or str(message("store.label.this_action"))
        raise EditError(message("store.edit.duplicate", where=where)) from None
    except (OperationalError, OSError) as exc:  # disk full, read-only, locked: a sentence, not a crash
        raise EditError(describe_database_error(exc, store.display_name, "edit")) from exc
    except StoreError as exc:  # the same, said by the store's session at commit
        raise EditError(exc.args[0]) from exc


def read[T](store: Store, query: Callable[..., T], *args, **kwargs) -> T:
    """`query(session, …)` in a short read-only unit of work (an order, a history, a count)."""
    with store.session() as session:
        return query(session, *args, **kwargs)
