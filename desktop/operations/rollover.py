"""Roll a year over: next year starts from this year's targets (新建下一年度).

Copied: the projects of every unit (name, 主管部门, order, goal), their indicators with classes,
targets, weights and the officer's sign / value / unit corrections, the department's 表4 targets and
the stored 表3 tree (weights and methods). Not copied: amounts (next year's budget comes with the
approved 目标表), actuals, 定性 tiers, hand scores, 偏差原因, budget execution, monthly spending, the
officer's 表3 scores and evidence, 表1 lines.

Running it twice copies nothing the second time: a project is matched by (unit, name), a 表4 target
by (一级, 二级, name), a 表3 item by its code. Rows keep their names, so importing the approved 目标表
of the new year with `--replace` matches them project by project.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from desktop.domain.department import department_scheme_for_year
from desktop.domain.schemes import scheme_file_for_year
from desktop.messages import Message, message
from desktop.models import (
    DepartmentEvalItem,
    DepartmentIndicator,
    Indicator,
    Project,
    Unit,
)
from desktop.models.grid_queries import department_of

# Indicator fields that are targets (copied); everything else on an indicator is year-end data.
INDICATOR_TARGET_FIELDS = (
    "sort_order", "seq", "level1", "level1_code", "level2", "level2_code", "name", "period_target",
    "annual_target", "sign_override", "value_override", "unit_override", "qualitative_override", "weight",
)
DEPARTMENT_TARGET_FIELDS = (
    "sort_order", "level1", "level2", "name", "annual_target", "sign_override", "value_override", "unit_override",
)
EVAL_ITEM_FIELDS = ("code", "sort_order", "level", "name", "weight", "method")


class RolloverError(Exception):
    """Why a rollover cannot run: a catalogue message in args[0]."""


@dataclass(slots=True)
class CopiedProject:
    unit: str
    name: str
    indicators: int


@dataclass(slots=True)
class RolloverPlan:
    """What a rollover copies (the preview) and, once run, what it copied."""

    from_year: int
    to_year: int
    department: str = ""
    projects: list[CopiedProject] = field(default_factory=list)
    skipped_projects: list[CopiedProject] = field(default_factory=list)  # already in to_year
    department_targets: int = 0
    skipped_department_targets: int = 0
    eval_items: int = 0
    skipped_eval_items: int = 0
    scheme_notes: list[Message] = field(default_factory=list)

    @property
    def units(self) -> list[str]:
        return sorted({p.unit for p in self.projects})

    @property
    def indicators(self) -> int:
        return sum(p.indicators for p in self.projects)

    @property
    def nothing_to_copy(self) -> bool:
        return not (self.projects or self.department_targets or self.eval_items)

    def lines(self) -> list[str]:
        """The preview, one sentence per line, in the UI's language."""
        department = self.department or message("store.rollover.no_department")
        said = [
            message("store.rollover.from_to", from_year=self.from_year, to_year=self.to_year, department=department),
            message("store.rollover.projects", units=len(self.units), projects=len(self.projects),
                    indicators=self.indicators),
            message("store.rollover.department_targets", count=self.department_targets),
            message("store.rollover.eval_items", count=self.eval_items),
        ]
        if self.skipped_projects or self.skipped_department_targets or self.skipped_eval_items:
            said.append(message("store.rollover.skipped", to_year=self.to_year, projects=len(self.skipped_projects),
                                targets=self.skipped_department_targets, items=self.skipped_eval_items))
        said.append(message("store.rollover.not_copied"))
        out = [str(m) for m in said]
        out.extend(f"  {note}" for note in self.scheme_notes)
        for p in self.projects:
            out.append(str(message("store.rollover.project", unit=p.unit, name=p.name, count=p.indicators)))
        return out


def _scheme_notes(from_year: int, to_year: int) -> list[Message]:
    notes = []
    for kind in ("project", "department"):
        label = message(f"store.rollover.scheme_kind.{kind}")
        old, new = scheme_file_for_year(from_year, kind).name, scheme_file_for_year(to_year, kind).name
        if old == new:
            notes.append(message("store.rollover.scheme_same", kind=label, scheme=old))
        else:
            notes.append(message("store.rollover.scheme_changes", kind=label, from_year=from_year, old=old,
                                 to_year=to_year, new=new))
    return notes


def plan_rollover(session: Session, from_year: int, to_year: int) -> RolloverPlan:
    return _rollover(session, from_year, to_year, write=False)


def run_rollover(session: Session, from_year: int, to_year: int) -> RolloverPlan:
    """Copy in the caller's session (one transaction: the copy lands whole or not at all)."""
    return _rollover(session, from_year, to_year, write=True)


def _rollover(session: Session, from_year: int, to_year: int, write: bool) -> RolloverPlan:
    if from_year == to_year:
        raise RolloverError(message("store.rollover.same_year", year=from_year))
    dept = department_of(session, from_year)
    source = session.execute(
        select(Project.id, Project.unit_id, Unit.name, Project.name, Project.supervisor, Project.sort_order,
               Project.goal)
        .join(Unit, Project.unit_id == Unit.id)
        .where(Project.year == from_year)
        .order_by(Unit.name, Project.sort_order, Project.id)
    ).all()
    if not source and dept is None:
        raise RolloverError(message("store.rollover.nothing", year=from_year))
    plan = RolloverPlan(from_year, to_year, dept[1] if dept else "")
    plan.scheme_notes = _scheme_notes(from_year, to_year)

    present = set(session.execute(select(Project.unit_id, Project.name).where(Project.year == to_year)).all())
    counts: dict[int, int] = defaultdict(int)
    for (pid,) in session.execute(
        select(Indicator.project_id).join(Project, Indicator.project_id == Project.id).where(Project.year == from_year)
    ):
        counts[pid] += 1
    to_copy = []
    for pid, unit_id, unit, name, supervisor, order, goal in source:
        item = CopiedProject(unit, name, counts[pid])
        if (unit_id, name) in present:
            plan.skipped_projects.append(item)
        else:
            plan.projects.append(item)
            to_copy.append((pid, unit_id, name, supervisor, order, goal))

    if write and to_copy:
        _copy_projects(session, to_copy, to_year)
    if dept is not None:
        _department(session, plan, dept[0], write)
    return plan


def _copy_projects(session: Session, to_copy: list[tuple], to_year: int) -> None:
    new_ids: dict[int, int] = {}
    for pid, unit_id, name, supervisor, order, goal in to_copy:
        project = Project(unit_id=unit_id, year=to_year, name=name, supervisor=supervisor, sort_order=order,
                          goal=goal)
        session.add(project)
        session.flush()
        new_ids[pid] = project.id
    columns = [getattr(Indicator, f) for f in INDICATOR_TARGET_FIELDS]
    rows = []
    for chunk_start in range(0, len(new_ids), 500):
        chunk = list(new_ids)[chunk_start:chunk_start + 500]
        for pid, *values in session.execute(
            select(Indicator.project_id, *columns).where(Indicator.project_id.in_(chunk))
            .order_by(Indicator.project_id, Indicator.sort_order, Indicator.id)
        ):
            rows.append({"project_id": new_ids[pid], **dict(zip(INDICATOR_TARGET_FIELDS, values, strict=True))})
    for start in range(0, len(rows), 2000):
        session.execute(insert(Indicator), rows[start:start + 2000])


def _department(session: Session, plan: RolloverPlan, dept_id: int, write: bool) -> None:
    frm, to = plan.from_year, plan.to_year
    # 表4 targets
    have = {
        (l1 or "", l2 or "", name or "")
        for l1, l2, name in session.execute(
            select(DepartmentIndicator.level1, DepartmentIndicator.level2, DepartmentIndicator.name)
            .where(DepartmentIndicator.department_id == dept_id, DepartmentIndicator.year == to)
        )
    }
    columns = [getattr(DepartmentIndicator, f) for f in DEPARTMENT_TARGET_FIELDS]
    new_rows = []
    for values in session.execute(
        select(*columns).where(DepartmentIndicator.department_id == dept_id, DepartmentIndicator.year == frm)
        .order_by(DepartmentIndicator.sort_order, DepartmentIndicator.id)
    ):
        row = dict(zip(DEPARTMENT_TARGET_FIELDS, values, strict=True))
        key = (row["level1"] or "", row["level2"] or "", row["name"] or "")
        if key in have:
            plan.skipped_department_targets += 1
            continue
        have.add(key)
        plan.department_targets += 1
        new_rows.append({"department_id": dept_id, "year": to, **row})
    if write and new_rows:
        session.execute(insert(DepartmentIndicator), new_rows)

    # 表3 tree as stored (weights and methods; not the officer's scores or evidence)
    existing = {
        code: item_id
        for code, item_id in session.execute(
            select(DepartmentEvalItem.code, DepartmentEvalItem.id)
            .where(DepartmentEvalItem.department_id == dept_id, DepartmentEvalItem.year == to)
        )
    }
    items = session.execute(
        select(DepartmentEvalItem.id, DepartmentEvalItem.parent_id, *[getattr(DepartmentEvalItem, f)
                                                                     for f in EVAL_ITEM_FIELDS])
        .where(DepartmentEvalItem.department_id == dept_id, DepartmentEvalItem.year == frm)
        .order_by(DepartmentEvalItem.level, DepartmentEvalItem.sort_order, DepartmentEvalItem.id)
    ).all()
    old_code = {item[0]: item[2] for item in items}
    for _item_id, parent_id, *values in items:
        row = dict(zip(EVAL_ITEM_FIELDS, values, strict=True))
        if row["code"] in existing:
            plan.skipped_eval_items += 1
            continue
        plan.eval_items += 1
        if not write:
            existing[row["code"]] = -1
            continue
        parent = existing.get(old_code.get(parent_id)) if parent_id is not None else None
        new = DepartmentEvalItem(department_id=dept_id, year=to, parent_id=parent, **row)
        session.add(new)
        session.flush()
        existing[row["code"]] = new.id
    # the scheme file each year resolves to is named in the preview (scheme_notes)
    department_scheme_for_year(to)  # fails loudly here, not later, if the new year's scheme is unreadable
