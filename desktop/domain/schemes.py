"""Scoring schemes: data files under resources/schemes/, chosen per year through index.yaml.

A scheme file may `extends: other.yaml` and override some fields (nested maps merge).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from pathlib import Path

import yaml

from desktop.domain.numbers import to_decimal

RATIO = "ratio"
LINEAR = "linear"


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
    path: str = ""

    @property
    def total_weight(self) -> Decimal:
        return self.execution_weight + sum(self.levels.values(), Decimal(0))

    def problems(self) -> list[str]:
        """What is wrong with the scheme itself (reported, never fixed silently)."""
        out = []
        if self.total_weight != 100:
            out.append(f"方案 {self.id}: 分值合计 {self.total_weight}，应为 100")
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
    result = to_decimal(value)
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


def scheme_for_year(year: int | None = None, directory: Path | None = None) -> Scheme:
    return load_scheme(scheme_file_for_year(year, "project", directory))


def default_scheme() -> Scheme:
    return scheme_for_year(None)
