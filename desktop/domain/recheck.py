"""复核 (re-check): compare a published report's figures with our recomputation.

Published figures are a flat {key: value} mapping (values as printed: 99.74, "99.74%", 4.84),
typed in or read (desktop.importers.published) from a small JSON (flat or nested; nested keys join
with "/") or xlsx (first two columns: key, value). Each figure is compared with the recomputed one rounded half-up to the
printed decimals (at least `places`), so a truncated 99.74 for 99.7484 is flagged, not copied.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from decimal import ROUND_DOWN, Decimal

from desktop.domain.numbers import (
    DASHES,
    HUNDRED,
    MAX_DECIMALS,
    MAX_TYPED_DIGITS,
    decimal_or_none,
    parse_decimal,
    round_half_up,
)
from desktop.messages import message


@dataclass(frozen=True, slots=True)
class Discrepancy:
    key: str
    published: Decimal | None  # None: we computed a figure the report does not print
    computed: Decimal | None  # rounded like the published figure; None: we cannot recompute it
    exact: Decimal | None = None  # full precision

    def __str__(self) -> str:
        return str(message("checks.recheck.discrepancy", key=self.key, published=str(self.published),
                           computed=str(self.computed)))


def published_value(value) -> Decimal | None:
    """99.74 / '99.74%' / '4.84分' / ' 1,234.5 ' → Decimal as printed (percent sign dropped)."""
    try:
        return parse_decimal(value, suffixes="%分")
    except ValueError:
        return None


# A report prints a figure with a few decimals and a sane number of digits. Beyond these a value
# is no printed figure (1e-999999999 would be compared, and shown, with a billion decimals).
MAX_FIGURE_DECIMALS = MAX_DECIMALS
MAX_FIGURE_DIGITS = MAX_TYPED_DIGITS
# 表1/一、基本支出/预算控制率 is three levels; a published report's figures are never nested deeper.
MAX_FIGURE_DEPTH = 8


class FiguresError(ValueError):
    """A published-figures file that cannot be compared as it stands; args[0] is the Message."""


def recheck(
    published: Mapping[str, object], computed: Mapping[str, Decimal | None], places: int = 2
) -> list[Discrepancy]:
    """Every published figure that differs from the recomputation (or cannot be recomputed).

    A figure with more decimals than a report prints (MAX_FIGURE_DECIMALS) is compared, and
    shown, at that many: the comparison and the sentence stay short whatever the input."""
    out = []
    for key, raw in published.items():
        shown = published_value(raw)
        exact = computed.get(key)
        if shown is None:
            continue
        exponent = shown.as_tuple().exponent
        if exponent < -MAX_FIGURE_DECIMALS:
            shown = round_half_up(shown, MAX_FIGURE_DECIMALS)
            exponent = -MAX_FIGURE_DECIMALS
        if exact is None:
            out.append(Discrepancy(key, shown, None, None))
            continue
        decimals = max(places, -exponent if exponent < 0 else 0)
        rounded = round_half_up(exact, decimals)
        if rounded != shown:
            out.append(Discrepancy(key, shown, rounded, exact))
    return out


def as_percent(rate: Decimal | None) -> Decimal | None:
    """A fraction as the percentage a table prints (0.9974838 → 99.74838)."""
    return None if rate is None else rate * HUNDRED


def _short(value) -> str:
    """A value as a sentence quotes it: at most 24 characters."""
    text = str(value).strip()
    return text if len(text) <= 24 else text[:20] + "…"


def _blank(raw) -> bool:
    """Nothing printed: an empty cell, JSON null, or the dash a table prints in an empty cell."""
    return raw is None or (isinstance(raw, str) and (not raw.strip() or raw.strip() in DASHES))


def _figure(key: str, raw, notes: list | None) -> Decimal | None:
    """`raw` as a figure to compare; None (said in `notes`) for a value that is no printed figure."""
    shown = published_value(raw)
    if shown is None:
        if notes is not None:
            notes.append(message("importing.published.not_a_number", key=key, value=_short(raw)))
        return None
    exponent = shown.as_tuple().exponent
    if shown.adjusted() >= MAX_FIGURE_DIGITS or exponent < -MAX_FIGURE_DECIMALS:
        if notes is not None:
            notes.append(message("importing.published.too_long", key=key, value=_short(raw),
                                 digits=MAX_FIGURE_DIGITS, places=MAX_FIGURE_DECIMALS))
        return None
    return shown


class FigurePairs(list):
    """A JSON object as its (key, value) pairs in file order, duplicates kept
    (json.loads(object_pairs_hook=FigurePairs)): a key given twice must not silently keep the last."""


def flatten_figures(data, prefix: str = "", notes: list | None = None) -> dict[str, object]:
    """Published figures given as nested mappings (a JSON file): nested keys join with "/".

    Only values that read as printed figures are kept; blanks and dashes are nothing printed, any
    other value is said in `notes`. FiguresError for a file that is no such mapping, one nested
    deeper than MAX_FIGURE_DEPTH, or a figure given twice with different values."""
    if not isinstance(data, dict | FigurePairs):
        if prefix:
            data = {prefix: data}
            prefix = ""
        else:
            raise FiguresError(message("importing.published.not_an_object"))
    out: dict[str, object] = {}
    read: dict[str, Decimal] = {}
    stack = [(prefix, data, 1)]  # iterative: a deep file must not exhaust the interpreter's stack
    while stack:
        at, node, depth = stack.pop()
        if depth > MAX_FIGURE_DEPTH:
            raise FiguresError(message("importing.published.too_deep", levels=MAX_FIGURE_DEPTH))
        pairs = node.items() if isinstance(node, dict) else node
        nested = []
        for key, value in pairs:
            name = f"{at}/{key}" if at else str(key)
            if isinstance(value, dict | FigurePairs):
                nested.append((name, value, depth + 1))
                continue
            if _blank(value):
                continue
            shown = _figure(name, value, notes)
            if shown is None:
                continue
            if name in read and read[name] != shown:
                raise FiguresError(message("importing.published.duplicate", key=name, first=read[name], second=shown))
            if name not in read:
                read[name], out[name] = shown, value
        stack.extend(reversed(nested))
    return out


def figures_from_rows(rows, notes: list | None = None) -> dict[str, object]:
    """Published figures given as (key, value, …) rows, the first being row 1.

    Rows with nothing printed are skipped, and so is a header: a row of text before any figure.
    Any other value that is no number is said in `notes`, and so is a number with no key beside
    it. FiguresError for a key given twice with different values."""
    out: dict[str, object] = {}
    read: dict[str, tuple[Decimal, int]] = {}
    first = True  # the first row with a value may be the header
    for number, row in enumerate(rows, start=1):
        key = str(row[0]).strip() if len(row) >= 1 and row[0] is not None else ""
        raw = row[1] if len(row) >= 2 else None
        if _blank(raw):
            continue
        header, first = first, False
        if not key:
            if notes is not None and published_value(raw) is not None:
                notes.append(message("importing.published.no_key", row=number, value=_short(raw)))
            continue
        if header and published_value(raw) is None:
            continue  # a header row ("项目 | 数值") above the figures
        shown = _figure(key, raw, notes)
        if shown is None:
            continue
        if key in read:
            earlier, first_row = read[key]
            if earlier != shown:
                raise FiguresError(message("importing.published.duplicate_rows", key=key, first=earlier, row=first_row,
                                           second=shown, other_row=number))
            continue
        read[key], out[key] = (shown, number), raw
    return out


# --- recomputed figures of the report tables, keyed as a published-figures file would be ---------


def table1_figures(rows: Mapping[str, tuple]) -> dict[str, Decimal | None]:
    """表1: {row: (年初预算数, 全年预算数, 决算数)} → 预算调整率 and 预算控制率 in percent."""
    from desktop.domain.budget import adjustment_rate, execution_rate

    out: dict[str, Decimal | None] = {}
    for name, (initial, adjusted, spent) in rows.items():
        initial, adjusted, spent = (decimal_or_none(v) for v in (initial, adjusted, spent))
        out[f"表1/{name}/预算调整率"] = as_percent(adjustment_rate(initial, adjusted))
        out[f"表1/{name}/预算控制率"] = as_percent(execution_rate(spent, adjusted))
    return out


def table2_figures(monthly) -> dict[str, Decimal | None]:
    """表2: MonthlyProgress rows → 支出进度, 支出执行率 per month and 年度平均执行率, in percent."""
    from desktop.domain.budget import average_execution_rate, monthly_rates

    rates = monthly_rates(list(monthly))
    out: dict[str, Decimal | None] = {}
    for r in rates:
        out[f"表2/1-{r.month}月/支出进度"] = as_percent(r.progress)
        out[f"表2/1-{r.month}月/支出执行率"] = as_percent(r.execution)
    out["表2/年度平均执行率"] = as_percent(average_execution_rate(rates))
    return out


def table3_figures(result) -> dict[str, Decimal | None]:
    """表3: a DepartmentResult → each item, each 一级 total and the 合计."""
    out: dict[str, Decimal | None] = {f"表3/{item.name}": item.score for item in result.items}
    for level, total in result.level1_totals.items():
        out[f"表3/{level}"] = total
    out["表3/合计"] = result.total
    return out


def table4_figures(indicators) -> dict[str, Decimal | None]:
    """表4: DepartmentIndicator rows → 指标完成率 in percent (None where it cannot be computed)."""
    from desktop.domain.scoring import completion_rate

    return {f"表4/{ind.name}": as_percent(completion_rate(ind.target, ind.actual)) for ind in indicators}


# --- 复核 of a filled 项目支出绩效自评表 ---------------------------------------------------------

ARITHMETIC = "arithmetic"  # a figure that does not follow from its inputs
ROUNDING = "rounding"  # rounded to whole points, or truncated, where the scheme prints 2 decimals
MET_DOCKED = "met_docked"  # a met target scored below full with no 偏差原因
WEIGHTS = "weights"  # 分值 not adding up
TOTAL_NOT_SUM = "total_not_sum"  # 总分 is not the sum of the scores printed above it
FUND_TOTAL = "fund_total"  # 年度资金总额 is not the sum of its 其中 rows

# The kinds as the 复核意见 workbook prints them (a Chinese document); the window shows the
# catalogue's `checks.recheck.kind.<kind>` in the UI's language.
KIND_NAMES = {
    ARITHMETIC: "计算差错",
    ROUNDING: "取整差错",
    MET_DOCKED: "达标扣分且无偏差原因",
    WEIGHTS: "分值合计不符",
    TOTAL_NOT_SUM: "总分不等于各项之和",
    FUND_TOTAL: "资金总额不等于其中各项之和",
}

RATE_ITEM = "执行率"
BUDGET_SCORE_ITEM = "预算执行得分"
FUND_TOTAL_ITEM = "年度资金总额"
TOTAL_ITEM = "总分"
WEIGHT_ITEM = "分值"
# the items above as the window names them: catalogue `checks.recheck.item.<code>`
ITEM_CODES = {RATE_ITEM: "rate", BUDGET_SCORE_ITEM: "budget_score", FUND_TOTAL_ITEM: "fund_total",
              TOTAL_ITEM: "total", WEIGHT_ITEM: "weight"}


@dataclass(frozen=True, slots=True)
class Finding:
    """One printed figure that the rules do not give. Rates in percent; scores in points."""

    project: str
    item: str  # the 三级指标 name, or 执行率 / 预算执行得分 / 年度资金总额 / 总分 / 分值
    printed: Decimal | None
    computed: Decimal | None
    kind: str
    note: str  # why, in the UI's language (made from a catalogue code `checks.recheck.*`)
    place: str = ""  # sheet and row in the source workbook

    def as_dict(self) -> dict:
        def num(v):
            return None if v is None else float(round_half_up(v))

        return {
            "project": self.project,
            "item": self.item,
            "printed": num(self.printed),
            "computed": num(self.computed),
            "kind": self.kind,
            "note": self.note,
        }


@dataclass(slots=True)
class FormCheck:
    """One form re-checked: its findings and the app's own figures beside the printed ones."""

    project: str
    scheme_id: str
    scheme_name: str
    findings: list[Finding]
    execution_rate: Decimal | None  # percent, full precision
    execution_score: Decimal | None
    indicator_scores: list[Decimal | None]  # computed per indicator (None: cannot be recomputed)
    total: Decimal | None  # the app's total: computed scores, the officer's hand scores where 定性
    printed_total: Decimal | None
    unchecked: list[str]  # indicators whose score cannot be recomputed (composite, no number …)
    error: str = ""  # the form could not be re-checked at all (said to the user, details logged)


def _decimals(value: Decimal) -> int:
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def _same(printed: Decimal, computed: Decimal) -> bool:
    return round_half_up(printed) == round_half_up(computed)


def _score_kind(printed: Decimal, computed: Decimal, scheme) -> str:
    """A score printed rounded coarser than the scheme's places (8.62 → 9 or 8.6) is rounding;
    anything else an arithmetic slip."""
    places = _decimals(printed)
    if places < min(scheme.score_places, 2) and printed == round_half_up(computed, places):
        return ROUNDING
    return ARITHMETIC


def _fmt(v: Decimal | None) -> str:
    if v is None:
        return "—"
    q = round_half_up(v)
    return str(q).rstrip("0").rstrip(".") if "." in str(q) else str(q)


def _as_printed(form, v: Decimal | None) -> Decimal | None:
    """An amount (万元) back in the unit the form prints (元 where it prints 元)."""
    return v * 10_000 if v is not None and form.amount_unit == "元" else v


def _fund_findings(form, project: str) -> tuple[list[Finding], tuple]:
    """年度资金总额 against the sum of its 其中 rows; returns the amounts the rate is computed from."""
    unit = form.amount_unit

    total = form.fund("total")
    subs = [f for f in form.funds if f.source != "total"]
    amounts = list(total.amounts()) if total else [None, None, None]
    findings = []
    filled = [f for f in subs if any(v for v in f.amounts())]
    if filled:
        labels = ("checks.word.budget_initial_name", "checks.word.budget_adjusted_name", "checks.word.spent_name")
        sums = [sum((f.amounts()[k] or Decimal(0) for f in subs), Decimal(0)) for k in range(3)]
        empty_total = not any(amounts)
        for k, label in enumerate(labels):
            printed = amounts[k]
            if printed is None and not empty_total and not any(f.amounts()[k] for f in subs):
                continue
            if printed is None and all(f.amounts()[k] is None for f in subs):
                continue
            if not _same(printed or Decimal(0), sums[k]):
                shown, right = _as_printed(form, printed), _as_printed(form, sums[k])
                as_printed = (message("checks.recheck.blank") if shown is None
                              else message("checks.recheck.printed_as", value=_fmt(shown), unit=unit))
                findings.append(
                    Finding(
                        project,
                        FUND_TOTAL_ITEM,
                        shown,
                        right,
                        FUND_TOTAL,
                        str(message("checks.recheck.fund_total", label=message(label), sum=_fmt(right), unit=unit,
                                    printed=as_printed)),
                        total.place if total else "",
                    )
                )
        if empty_total:  # a total row left at 0/0/0: the rate comes from its 其中 rows
            amounts = sums
    return findings, tuple(amounts)


def _fraction_as_percent(target, actual):
    """An actual typed as a bare fraction (0.98, 1) against a percentage to reach means 98%, 100%
    (not against a ceiling: "≤5%" with 0.5 may well mean 0.5%)."""
    from dataclasses import replace

    if (
        actual is not None and actual.is_number and not actual.unit and target.is_number
        and target.unit == "%" and target.higher_is_better
        and actual.value <= Decimal("1.5") and target.value > Decimal("1.5")
    ):
        return replace(actual, value=actual.value * HUNDRED, unit="%")
    return actual


def recheck_form(form, scheme) -> FormCheck:
    """Recompute every figure of one printed 自评表 (desktop.domain.self_eval.FilledSelfEvalForm) under
    `scheme` and list each difference; figures that agree produce nothing."""
    from desktop.domain.schemes import BUDGET_INITIAL, NA_RESCALE
    from desktop.domain.scoring import (
        IndicatorInput,
        allocate_weights,
        has_reason,
        is_not_applicable,
        level_totals,
        round_score,
        score_indicator,
    )
    from desktop.domain.targets import QUALITATIVE, direction_of, parse_actual, parse_target

    project = form.name
    findings, (initial, adjusted, spent) = _fund_findings(form, project)
    total_row = form.fund("total")
    place = total_row.place if total_row else form.place

    # 执行率 and 预算执行得分
    denominator = initial if scheme.execution_denominator == BUDGET_INITIAL else adjusted
    if denominator is None:  # a template without that column: the other budget figure
        denominator = adjusted if denominator is initial else initial
    rate = spent * HUNDRED / denominator if spent is not None and denominator else None
    printed_rate = total_row.rate if total_row else None
    if rate is not None and printed_rate is not None:
        places = _decimals(printed_rate)
        fine = _same(printed_rate, rate) or (places < 2 and printed_rate == round_half_up(rate, places))
        if not fine:
            truncated = (rate * 100).to_integral_value(rounding=ROUND_DOWN) / 100
            kind = ROUNDING if printed_rate == truncated else ARITHMETIC
            which = message("checks.word.budget_initial_name" if denominator is initial
                            else "checks.word.budget_adjusted_name")
            unit = form.amount_unit
            note = str(message("checks.recheck.rate", spent=_fmt(_as_printed(form, spent)), unit=unit, which=which,
                               denominator=_fmt(_as_printed(form, denominator)), rate=_fmt(rate)))
            if kind == ROUNDING:
                note += str(message("checks.recheck.truncated"))
            findings.append(Finding(project, RATE_ITEM, printed_rate, rate, kind, note, place))
    exec_weight = None
    if total_row is not None and total_row.weight is not None:
        exec_weight = total_row.weight
    elif total_row is not None and total_row.score is not None:
        exec_weight = scheme.execution_weight
    exec_score = None
    if rate is not None and exec_weight is not None:
        exec_score = round_score(min(max(rate / HUNDRED, Decimal(0)), Decimal(1)) * exec_weight, scheme)
        printed = total_row.score
        if printed is not None and not _same(printed, exec_score):
            kind = _score_kind(printed, exec_score, scheme)
            note = str(message("checks.recheck.execution_score", weight=_fmt(exec_weight), rate=_fmt(rate),
                               score=_fmt(exec_score)))
            if kind == ROUNDING:
                note += str(message("checks.recheck.rounded_suffix"))
            findings.append(Finding(project, BUDGET_SCORE_ITEM, printed, exec_score, kind, note, place))

    # the indicators, weighted as printed (an equal share of the scheme's level where blank)
    inputs = []
    for ind in form.indicators:
        higher = direction_of(ind.direction)
        target = parse_target(ind.target, name=ind.name)
        if higher is not None and target.is_number:
            target = parse_target(ind.target, name=ind.name, higher_is_better=higher)
        actual = parse_actual(ind.actual, name=ind.name) if ind.actual.strip() else None
        actual = _fraction_as_percent(target, actual)
        inputs.append(
            IndicatorInput(ind.name, ind.level1, target, actual, ind.level2, ind.weight,
                           deviation_reason=ind.deviation)
        )
    weights, _problems = allocate_weights(inputs, level_totals(scheme), scheme)
    scores: list[Decimal | None] = []
    unchecked: list[str] = []
    for ind, data, weight in zip(form.indicators, inputs, weights, strict=True):
        printed = ind.score
        if scheme.not_applicable == NA_RESCALE and is_not_applicable(data):
            scores.append(Decimal(0))
            continue
        numeric = data.target.is_number and data.actual is not None and data.actual.is_number
        if not numeric:  # 定性: the printed score is the officer's hand score when it lies in a band
            scores.append(printed)
            if printed is not None and not Decimal(0) <= printed <= weight:
                findings.append(
                    Finding(project, ind.name, printed, min(max(printed, Decimal(0)), weight), ARITHMETIC,
                            str(message("checks.recheck.score_over_weight", score=_fmt(printed), weight=_fmt(weight))),
                            ind.place)
                )
            elif data.target.kind != QUALITATIVE or (data.actual is not None and data.actual.kind != QUALITATIVE):
                unchecked.append(ind.name)
            continue
        result = score_indicator(data, weight, scheme)
        if result.method == "none":
            scores.append(printed)
            unchecked.append(ind.name)
            continue
        computed = result.score
        scores.append(computed)
        if printed is None or _same(printed, computed):
            continue
        how = message("checks.recheck.how", target=data.target.display(),
                      actual=data.actual.display().lstrip('≥>=<≤≈'))
        if result.met and printed < weight and not has_reason(ind.deviation):  # scoring.has_reason
            kind = MET_DOCKED
            note = str(message("checks.recheck.met_docked", how=how, weight=_fmt(weight)))
        elif result.met and printed < weight:
            continue  # docked on purpose, with the reason written: the officer's call
        else:
            kind = _score_kind(printed, computed, scheme)
            if printed > weight:
                note = str(message("checks.recheck.how_over_weight", how=how, score=_fmt(printed), weight=_fmt(weight)))
            elif kind == ROUNDING:
                note = str(message("checks.recheck.how_rounded", how=how, score=_fmt(computed)))
            else:
                rule = (message("checks.recheck.rule_pro_rata") if result.method == "="
                        else message("checks.recheck.rule", method=result.method))
                note = str(message("checks.recheck.how_rule", how=how, rule=rule, score=_fmt(computed)))
        findings.append(Finding(project, ind.name, printed, computed, kind, note, ind.place))

    # 分值 and 总分
    budget_weight = exec_weight or Decimal(0)
    weight_sum = budget_weight + sum((w for w in (i.weight for i in form.indicators) if w is not None), Decimal(0))
    printed_weight = form.total_weight
    if any(i.weight is not None for i in form.indicators) and scheme.not_applicable != NA_RESCALE:
        if printed_weight is not None and not _same(printed_weight, weight_sum):
            findings.append(
                Finding(project, WEIGHT_ITEM, printed_weight, weight_sum, WEIGHTS,
                        str(message("checks.recheck.weights_printed", budget=_fmt(budget_weight),
                                    indicators=_fmt(weight_sum - budget_weight), sum=_fmt(weight_sum),
                                    printed=_fmt(printed_weight))), form.total_place)
            )
        elif weight_sum != scheme.total_weight:
            findings.append(
                Finding(project, WEIGHT_ITEM, weight_sum, scheme.total_weight, WEIGHTS,
                        str(message("checks.recheck.weights_scheme", sum=_fmt(weight_sum), scheme=scheme.name,
                                    full=_fmt(scheme.total_weight))),
                        form.total_place)
            )
    printed_parts = [total_row.score if total_row and total_row.score is not None else exec_score]
    printed_parts += [i.score if i.score is not None else s for i, s in zip(form.indicators, scores, strict=True)]
    if form.total_score is not None and all(p is not None for p in printed_parts):
        parts_sum = sum(printed_parts, Decimal(0))
        if not _same(form.total_score, parts_sum):
            findings.append(
                Finding(project, TOTAL_ITEM, form.total_score, parts_sum, TOTAL_NOT_SUM,
                        str(message("checks.recheck.total_not_sum", sum=_fmt(parts_sum))), form.total_place)
            )
    computed_parts = [exec_score, *scores]
    total = sum(computed_parts, Decimal(0)) if all(p is not None for p in computed_parts) else None
    return FormCheck(project, scheme.id, scheme.name, findings, rate, exec_score, scores, total,
                     form.total_score, unchecked)
