"""Pure domain rules: target values, scores, budget formulas, department scheme, re-check.

No Qt and no SQL here: every function takes and returns plain values (Decimal, dataclasses),
so the store, the GUI, the reports and the tests all call the same rules.

- targets: parse_target(text, *, sign, value, unit, qualitative, higher_is_better, name) → TargetValue
- schemes: scheme_for_year(year) → Scheme (resources/schemes/index.yaml), load_scheme(path)
- scoring: score_project(ProjectInput, Scheme) → ProjectResult; score_projects([...], Scheme)
- budget: adjustment_rate, execution_rate, monthly_rates, average_execution_rate
- department: department_scheme_for_year(year), score_department(DepartmentInput, scheme)
- recheck: recheck(published, computed) → [Discrepancy]; flatten_figures / figures_from_rows; table1–4_figures
- numbers: fmt(x) '4.84', percent(rate) '112.50%', round_half_up — for display only
"""
