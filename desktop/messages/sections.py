"""The catalogue's sections, one module per area so each area's texts live together."""

from desktop.messages import checks, commands, importing, store

ALL = (checks.TEXTS, commands.TEXTS, importing.TEXTS, store.TEXTS)
