"""Operations: each user action on the store, one function taking a Session (no Qt).

The GUI, the command line and the tests call these; nothing else writes the store. An action
runs in one transaction (`transaction.run(store, operation, …)`) and returns a typed `Changes`
(`changes.py`, after Anki's OpChanges) or a result carrying one (`Added`, `Deleted`, `Moved`).

cells             edit cells: converted, checked against what the officer saw, logged, totals follow
indicator_rows    a project's indicators: add, delete, put back, move
split             split a composite indicator, and its undo and redo
department_rows   表4's rows: add, delete, put back
year_items        seed 表1 lines, 表2 months, 表3 items for a department-year
fillin            returned 填报表: compared with the store, saved all or none; books to send out
others            what other officers changed since (read from the edit log)
backup            back up and restore the database file
imports, self_eval_import, rollover, scoring, recheck, …  the other actions
"""
