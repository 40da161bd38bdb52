"""Scoring schemes: data files under resources/schemes/, chosen per year through index.yaml.

A scheme file may `extends: other.yaml` and override some fields (nested maps merge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal
from functools import lru_cache
from pathlib import Path

import yaml

from desktop.domain.numbers import decimal_or_none
from desktop.messages import Message, message

RATIO = "ratio"
LINEAR = "linear"
# "= N" targets with N ≠ 0 (=100%, =8个): equal or above meets, below scores pro rata (actual ÷ target) …
EQUAL_PRO_RATA = "pro_rata_below"
# … or the relative deviation either way is lost (1 − |actual − target| ÷ target).
EQUAL_DEVIATION = "deviation"
BUDGET_ADJUSTED = "budget_adjusted"  # 全年预算数
BUDGET_INITIAL = "budget_initial"  # 年初预算数
NA_KEEP = "keep"  # 不适用 indicators stay and score like any other
NA_RESCALE = "rescale"  # … are removed and the other points rescaled to the full total


@dataclass(frozen=True, slots=True)
class StepRule:
    """满意度 "90% 以上得满分，每降 5% 扣 1 分": full at `full_at`, `points` off per whole `step` below.

    Applies to indicators whose 三级指标 name (or 二级) contains `match`; values in the target's unit.
    """

    match: str
    full_at: Decimal
    step: Decimal
    points: Decimal

    def points_lost(self, actual: Decimal) -> Decimal:
        """Points lost: one `points` per whole `step` below `full_at` (89% → 0, 85% → 1, 84% → 1)."""
        if actual >= self.full_at:
            return Decimal(0)
        return ((self.full_at - actual) / self.step).to_integral_value(rounding=ROUND_FLOOR) * self.points


@dataclass(frozen=True, slots=True)
class Band:
    """A 定性 band as fractions of the weight: [low, high) or [low, high] when high_closed."""

    name: str
    low: Decimal
    high: Decimal
    high_closed: bool = False

    def contains(self, fraction: Decimal) -> bool:
        return self.low <= fraction and (fraction <= self.high if self.high_closed else fraction < self.high)


@dataclass(frozen=True, slots=True)
class Scheme:
    id: str
    name: str
    execution_weight: Decimal = Decimal(10)
    levels: dict[str, Decimal] = field(default_factory=dict)
    cost_level1_counted_in: str | None = "产出指标"
    lower_is_better: str = RATIO
    over_target_threshold: Decimal = Decimal("1.30")
    bands: tuple[Band, ...] = ()
    grades: tuple[tuple[str, Decimal], ...] = ()
    execution_cap: bool = False
    execution_caps: tuple[tuple[Decimal, Decimal], ...] = ()  # (below, cap), ascending by below
    over_target_deduction: bool = False
    deduction: Decimal = Decimal(2)
    equal_target: str = EQUAL_PRO_RATA
    cost_without_sign: str = "≤"  # 成本 rows printed without an operator ("20万元")
    execution_denominator: str = BUDGET_ADJUSTED
    execution_level: str | None = None  # the 预算执行率 points sit inside this level (管理指标 10)
    indicator_pool: Decimal | None = None  # 预算 10 + 绩效指标 90: one pool for every indicator
    step_rules: tuple[StepRule, ...] = ()
    not_applicable: str = NA_KEEP
    score_places: int = 2  # each score rounded half-up to this many places (0: whole points)
    path: str = ""

    @property
    def total_weight(self) -> Decimal:
        inside = self.indicator_pool if self.indicator_pool is not None else sum(self.levels.values(), Decimal(0))
        return inside + (Decimal(0) if self.execution_level else self.execution_weight)

    def describe(self) -> list[str]:
        """The scheme's rules in one line each, in the UI's language (which scheme scored what)."""
        return [str(line) for line in self.said()]

    def said(self) -> list[Message]:
        """The scheme's rules as catalogue codes (`checks.scheme.*`) with their fields."""
        enum, semi = str(message("checks.scheme.sep_enum")), str(message("checks.scheme.sep_semi"))
        out = [message("checks.scheme.name", name=self.name, id=self.id)]
        denominator = message("checks.word.budget_initial_name" if self.execution_denominator == BUDGET_INITIAL
                              else "checks.word.budget_adjusted_name")
        where = message("checks.scheme.counted_in", level=self.execution_level) if self.execution_level else ""
        out.append(message("checks.scheme.execution", weight=str(self.execution_weight), where=where,
                           denominator=denominator))
        if self.indicator_pool is not None:
            out.append(message("checks.scheme.pool", points=str(self.indicator_pool)))
        else:
            out.append(message("checks.scheme.levels", levels=enum.join(f"{k} {v}" for k, v in self.levels.items())))
        if self.equal_target == EQUAL_PRO_RATA:
            out.append(message("checks.scheme.equal_pro_rata"))
        else:
            out.append(message("checks.scheme.equal_deviation"))
        out.append(message("checks.scheme.cost_sign", sign=self.cost_without_sign))
        bands = semi.join(
            f"{b.name} [{_pct(b.low)}%, {_pct(b.high)}%{']' if b.high_closed else ')'}" for b in self.bands
        )
        out.append(message("checks.scheme.bands", bands=bands))
        for rule in self.step_rules:
            out.append(message("checks.scheme.step", match=rule.match, full_at=f"{rule.full_at:g}",
                               step=f"{rule.step:g}", points=f"{rule.points:g}"))
        if self.not_applicable == NA_RESCALE:
            out.append(message("checks.scheme.not_applicable_rescale"))
        out.append(message("checks.scheme.whole_points") if self.score_places == 0
                   else message("checks.scheme.places", places=self.score_places))
        return out

    def problems(self) -> list[Message]:
        """What is wrong with the scheme itself (reported, never fixed silently)."""
        out = []

        def wrong(setting: str, a: str, b: str) -> None:
            out.append(message("checks.scheme.setting_wrong", id=self.id, setting=setting, a=a, b=b))

        if self.total_weight != 100:
            out.append(message("checks.scheme.total_weight", id=self.id, total=str(self.total_weight)))
        if self.equal_target not in (EQUAL_PRO_RATA, EQUAL_DEVIATION):
            wrong("equal_target", EQUAL_PRO_RATA, EQUAL_DEVIATION)
        if self.execution_denominator not in (BUDGET_ADJUSTED, BUDGET_INITIAL):
            wrong("execution_denominator", BUDGET_ADJUSTED, BUDGET_INITIAL)
        if self.execution_level and self.execution_level not in self.levels:
            out.append(message("checks.scheme.execution_level_unknown", id=self.id, level=self.execution_level))
        if self.not_applicable not in (NA_KEEP, NA_RESCALE):
            wrong("not_applicable", NA_KEEP, NA_RESCALE)
        if self.lower_is_better not in (RATIO, LINEAR):
            out.append(message("checks.scheme.lower_is_better_wrong", id=self.id, value=self.lower_is_better))
        if not self.bands:
            out.append(message("checks.scheme.no_bands", id=self.id))
        return out

    def grade(self, total: Decimal) -> str:
        for name, minimum in self.grades:
            if total >= minimum:
                return name
        return self.grades[-1][0] if self.grades else ""

    def band(self, name: str | None) -> Band | None:
        return next((b for b in self.bands if b.name == name), None)

    def band_for(self, fraction: Decimal) -> Band | None:
        return next((b for b in self.bands if b.contains(fraction)), None)


def _pct(fraction: Decimal) -> str:
    return format((fraction * 100).normalize(), "f")


@lru_cache(maxsize=4096)
def canonical_level1(level1: str | None) -> str:
    """'1-产出指标' / '产出' / ' 产出指标 ' → '产出指标'."""
    text = re.sub(r"\s+", "", level1 or "")
    text = re.sub(r"^\d+[-—、.．]?", "", text)
    if text and not text.endswith("指标"):
        text += "指标"
    return text


def schemes_dir() -> Path:
    from desktop.paths import resources_dir

    return resources_dir() / "schemes"


def _read(path: Path) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    parent = data.pop("extends", None)
    if not parent:
        return data
    base = _read(path.parent / parent)
    for key, value in data.items():
        if isinstance(value, dict) and isinstance(base.get(key), dict):
            base[key] = {**base[key], **value}
        else:
            base[key] = value
    return base


def _dec(value, default: str = "0") -> Decimal:
    result = decimal_or_none(value)
    return Decimal(default) if result is None else result


def load_scheme(path: str | Path) -> Scheme:
    """A project scheme from a YAML file."""
    path = Path(path)
    data = _read(path)
    province = data.get("province") or {}
    return Scheme(
        id=str(data.get("id", path.stem)),
        name=str(data.get("name", path.stem)),
        execution_weight=_dec(data.get("execution_weight"), "10"),
        levels={canonical_level1(k): _dec(v) for k, v in (data.get("levels") or {}).items()},
        cost_level1_counted_in=canonical_level1(data.get("cost_level1_counted_in")) or None,
        lower_is_better=str(data.get("lower_is_better", RATIO)),
        over_target_threshold=_dec(data.get("over_target_threshold"), "1.30"),
        bands=tuple(
            Band(str(b["name"]), _dec(b["low"]), _dec(b["high"]), bool(b.get("high_closed", False)))
            for b in data.get("qualitative_bands") or ()
        ),
        grades=tuple(
            sorted(((str(g["name"]), _dec(g["min"])) for g in data.get("grades") or ()), key=lambda g: -g[1])
        ),
        execution_cap=bool(province.get("execution_cap", False)),
        execution_caps=tuple(
            sorted((_dec(c["below"]), _dec(c["cap"])) for c in province.get("execution_caps") or ())
        ),
        over_target_deduction=bool(province.get("over_target_deduction", False)),
        deduction=_dec(province.get("deduction"), "2"),
        equal_target=str(data.get("equal_target", EQUAL_PRO_RATA)),
        cost_without_sign=str(data.get("cost_without_sign", "≤")),
        execution_denominator=str(data.get("execution_denominator", BUDGET_ADJUSTED)),
        execution_level=canonical_level1(data.get("execution_level")) or None,
        indicator_pool=decimal_or_none(data.get("indicator_pool")),
        step_rules=tuple(
            StepRule(str(r["match"]), _dec(r["full_at"]), _dec(r["step"], "1"), _dec(r["points"], "1"))
            for r in data.get("step_rules") or ()
        ),
        not_applicable=str(data.get("not_applicable", NA_KEEP)),
        score_places=int(data.get("score_places", 2)),
        path=str(path),
    )


def scheme_file_for_year(year: int | None, kind: str = "project", directory: Path | None = None) -> Path:
    """The scheme file index.yaml names for `year` (or its default)."""
    directory = directory or schemes_dir()
    index = yaml.safe_load((directory / "index.yaml").read_text(encoding="utf-8")) or {}
    entry = index.get(kind) or {}
    years = {int(k): v for k, v in (entry.get("years") or {}).items()}
    name = years.get(int(year)) if year is not None else None
    return directory / (name or entry["default"])


@lru_cache(maxsize=8)  # scheme files are read-only resources; a grid asks on every refresh
def scheme_for_year(year: int | None = None, directory: Path | None = None) -> Scheme:
    return load_scheme(scheme_file_for_year(year, "project", directory))


def project_schemes(directory: Path | None = None) -> list[Scheme]:
    """Every project scheme file under resources/schemes (department schemes have no levels)."""
    files = sorted((directory or schemes_dir()).glob("*.yaml"))
    return [s for s in (load_scheme(f) for f in files if f.name != "index.yaml") if s.levels or s.indicator_pool is not None]


def default_scheme() -> Scheme:
    return scheme_for_year(None)
