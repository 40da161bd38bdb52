"""Data: SQLAlchemy entities, the store and its migrations. No Qt here."""

from desktop.models.entities import (
    Base,
    BudgetExecution,
    Department,
    DepartmentBudgetLine,
    DepartmentEvalItem,
    DepartmentIndicator,
    EditLog,
    Indicator,
    MonthlySpending,
    Project,
    Unit,
)
from desktop.models.store import Store, StoreDamaged, StoreError, StoreLocked, database_url, open_store

__all__ = [
    "Base",
    "BudgetExecution",
    "Department",
    "DepartmentBudgetLine",
    "DepartmentEvalItem",
    "DepartmentIndicator",
    "EditLog",
    "Indicator",
    "MonthlySpending",
    "Project",
    "Store",
    "StoreDamaged",
    "StoreError",
    "StoreLocked",
    "Unit",
    "database_url",
    "open_store",
]
