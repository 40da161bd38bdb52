"""Read-only questions the screens ask of the store, answered as plain rows (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.entities import Department, Project, Unit


@dataclass(frozen=True)
class ProjectRow:
    id: int
    name: str


@dataclass(frozen=True)
class UnitNode:
    id: int
    department: str
    name: str
    projects: tuple[ProjectRow, ...]


def years(session: Session) -> list[int]:
    """The years that have projects, newest first."""
    return list(session.scalars(select(Project.year).distinct().order_by(Project.year.desc())))


def unit_tree(session: Session, year: int) -> list[UnitNode]:
    """单位 → 项目 for one year, units by department and name, projects in their imported order."""
    rows = session.execute(
        select(Unit.id, Department.name, Unit.name, Project.id, Project.name)
        .join(Unit.department)
        .join(Unit.projects)
        .where(Project.year == year)
        .order_by(Department.name, Unit.name, Project.sort_order, Project.id)
    ).all()
    nodes: dict[int, tuple[str, str, list[ProjectRow]]] = {}
    for unit_id, department, unit, project_id, project in rows:
        nodes.setdefault(unit_id, (department, unit, []))[2].append(ProjectRow(project_id, project))
    return [UnitNode(uid, dep, name, tuple(projects)) for uid, (dep, name, projects) in nodes.items()]
