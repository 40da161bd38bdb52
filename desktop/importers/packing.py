"""Indicators back into one packed cell, in the format they came in (for Excel output and tests)."""

from __future__ import annotations

from desktop.importers.model import ImportedIndicator


def pack_indicator(ind: ImportedIndicator) -> str:
    seq = ind.seq if ind.seq is not None else 1
    if ind.level1_code is not None:
        parts = [f"{seq}、{ind.level1_code}-{ind.level1}"]
        if ind.level2 is not None:
            parts.append(f"{ind.level2_code}-{ind.level2}" if ind.level2_code else ind.level2)
        parts.append(ind.name)
        if ind.period_target is not None:
            parts.append(f"实施周期指标值:{ind.period_target}")
        if ind.annual_target is not None:
            parts.append(f"年度指标值:{ind.annual_target}")
        return "；".join(parts) + "。"
    text = f"{seq}、{ind.level1 or '产出指标'}：{ind.name}"
    if ind.period_target is not None:
        text += f"，实施周期指标值：{ind.period_target}"
    if ind.annual_target is not None:
        text += f"，年度指标值：{ind.annual_target}"
    return text + "。"


def pack_indicators(indicators: list[ImportedIndicator]) -> str:
    return "".join(pack_indicator(i) for i in indicators)
