"""Pure domain rules: target values, scores, budget formulas, department scheme, re-check.

No Qt and no SQL here: every function takes and returns plain values (Decimal, dataclasses),
so the store, the GUI, the reports and the tests all call the same rules.
"""
