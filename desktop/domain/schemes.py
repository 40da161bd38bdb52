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
        """The scheme's rules in one line each, in Chinese, for the user (which scheme scored what)."""
        out = [f"评分方案：{self.name}（{self.id}）"]
        denominator = "年初预算数" if self.execution_denominator == BUDGET_INITIAL else "全年预算数"
        where = f"，计入{self.execution_level}" if self.execution_level else ""
        out.append(f"预算执行率 {self.execution_weight} 分{where}，执行率 = 全年执行数 ÷ {denominator}")
        if self.indicator_pool is not None:
            out.append(f"绩效指标合计 {self.indicator_pool} 分，按各指标分值")
        else:
            out.append("一级指标：" + "、".join(f"{k} {v}" for k, v in self.levels.items()))
        if self.equal_target == EQUAL_PRO_RATA:
            out.append("“=”目标（非 0）：达到或超过为满分，低于按 实际 ÷ 目标 计分")
        else:
            out.append("“=”目标（非 0）：按偏离目标的比例扣分（高于或低于均扣）")
        out.append(f"成本指标未写比较符号时按“{self.cost_without_sign}”理解")
        out.append(
            "定性档次："
            + "；".join(
                f"{b.name} [{_pct(b.low)}%, {_pct(b.high)}%{']' if b.high_closed else ')'}" for b in self.bands
            )
        )
        for rule in self.step_rules:
            out.append(f"“{rule.match}”：{rule.full_at:g} 及以上满分，每低 {rule.step:g} 扣 {rule.points:g} 分")
        if self.not_applicable == NA_RESCALE:
            out.append("不适用的指标剔除，其余分值按比例折算到满分")
        out.append("得分取整到整数" if self.score_places == 0 else f"得分保留 {self.score_places} 位小数")
        return out

    def problems(self) -> list[str]:
        """What is wrong with the scheme itself (reported, never fixed silently)."""
        out = []
        if self.total_weight != 100:
            out.append(f"方案 {self.id}: 分值合计 {self.total_weight}，应为 100")
        if self.equal_target not in (EQUAL_PRO_RATA, EQUAL_DEVIATION):
            out.append(f"方案 {self.id}: equal_target 应为 {EQUAL_PRO_RATA} 或 {EQUAL_DEVIATION}")
        if self.execution_denominator not in (BUDGET_ADJUSTED, BUDGET_INITIAL):
            out.append(f"方案 {self.id}: execution_denominator 应为 {BUDGET_ADJUSTED} 或 {BUDGET_INITIAL}")
        if self.execution_level and self.execution_level not in self.levels:
            out.append(f"方案 {self.id}: execution_level “{self.execution_level}”不在 levels 中")
        if self.not_applicable not in (NA_KEEP, NA_RESCALE):
            out.append(f"方案 {self.id}: not_applicable 应为 {NA_KEEP} 或 {NA_RESCALE}")
        if self.lower_is_better not in (RATIO, LINEAR):
            out.append(f"方案 {self.id}: lower_is_better 应为 ratio 或 linear，而不是 {self.lower_is_better}")
        if not self.bands:
            out.append(f"方案 {self.id}: 未定义定性档次")
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
