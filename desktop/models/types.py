"""Column types. Money is Decimal end to end, also on SQLite (which has no decimal type)."""

from decimal import Decimal

from sqlalchemy import Numeric, String
from sqlalchemy.types import TypeDecorator

# NUMERIC(28, 10): 18 digits before the point (12,345,678,901,234.56 万元 fits with room) and 10
# after (1.23456789 comes back exactly). Entry refuses what does not fit (desktop.models.limits).
MONEY_PRECISION = 28
MONEY_SCALE = 10


class Money(TypeDecorator):
    """A Decimal stored exactly: NUMERIC where the database has it, canonical text on SQLite.

    SQLite would store NUMERIC as a binary float, so 0.1 + 0.2 would not come back as 0.30.
    """

    impl = Numeric(MONEY_PRECISION, MONEY_SCALE)
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String(40))
        return dialect.type_descriptor(Numeric(MONEY_PRECISION, MONEY_SCALE))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        value = value if isinstance(value, Decimal) else Decimal(str(value))
        if not value.is_finite():
            raise ValueError(f"not a finite amount: {value}")
        return format(value, "f") if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        value = value if isinstance(value, Decimal) else Decimal(str(value))
        if dialect.name != "sqlite":
            # NUMERIC(28, 10) pads every value to 10 places (25 → 25.0000000000); give back the
            # plain amount as SQLite's canonical text does, never in exponent form.
            value = value.quantize(Decimal(1)) if value == value.to_integral_value() else value.normalize()
        return value
