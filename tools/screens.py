"""Developer tool: screenshots of the screens issue 11 asked to look at, offscreen, as an officer
sees them on a machine without a Chinese system font (the bundled font is registered).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screens.py [OUT_DIR]

Writes start.png, projects.png, projects-funds.png, table1.png, table3.png, indicators.png,
checks.png, rules.png and the printed 自评表 / 表1 (selfeval-1.png, budget-1.png, via pdftoppm).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TABLE1 = ("15565.06\t16411.86\t16398.38\n4339.30\t3980.53\t3942.70\n25442.00\t23887.96\t23450.78\n"
          "10881.96\t8084.50\t8083.47\n")


def main() -> None:
    from grids_data import YEAR, fill
    from PySide6.QtCore import QSettings

    from desktop.models import BudgetExecution, Project, open_store
    from desktop.views.app import create_application
    from desktop.views.main_window import MainWindow

    out = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="perfdesk-screens-"))
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="perfdesk-screens-db-"))
    app = create_application()
    settings = QSettings(str(work / "settings.ini"), QSettings.Format.IniFormat)

    def shoot(widget, name: str) -> None:
        app.processEvents()
        widget.grab().save(str(out / name))

    with open_store(work / "empty.db") as store:
        window = MainWindow(store, settings)
        window.resize(1280, 760)
        window.show()
        shoot(window, "start.png")
        window.close()
    settings.setValue("year", YEAR)
    db = work / "screens.db"
    with open_store(db) as store:
        ids = fill(store)
        with store.session() as session:
            project = session.get(Project, ids["science"])
            project.goal = "开展科普活动，提升公众科学素质。"
            project.goal_actual = "全年开展科普活动45次，覆盖15万人次，公众科学素质稳步提升。"
            for source, (initial, adjusted, spent) in (("fiscal", ("80", "80", "76")), ("carryover", ("20", "15", "14")),
                                                       ("other", (None, "5", "5"))):
                project.budget_executions.append(BudgetExecution(
                    fund_source=source, budget_initial=initial and Decimal(initial),
                    budget_adjusted=Decimal(adjusted), spent=Decimal(spent)))
        window = MainWindow(store, settings)
        window.resize(1400, 800)
        window.show()
        workspace = window.workspace
        workspace.show_tab(workspace.projects)
        shoot(window, "projects.png")
        model = workspace.projects.model
        workspace.projects.view.scrollTo(model.index(0, model.columnCount() - 1))
        shoot(window, "projects-funds.png")
        lines = workspace.budget_lines
        workspace.show_tab(lines)
        lines.view.setCurrentIndex(lines.model.index(1, 1))
        lines.view.paste(TABLE1)
        shoot(window, "table1.png")
        workspace.show_tab(workspace.department)
        shoot(window, "table3.png")
        workspace.set_project(ids["science"])
        shoot(window, "indicators.png")
        workspace.show_tab(workspace.checks)
        shoot(window, "checks.png")
        rules = window.show_rules()
        shoot(rules, "rules.png")
        rules.close()
        window.close()
    for form, extra, name in (("self-eval", ["--project", "科普专项"], "selfeval"), ("budget", [], "budget")):
        pdf = out / f"{name}.pdf"
        subprocess.run([sys.executable, "-m", "desktop", "report", form, "--db", str(db), "--year", str(YEAR),
                        *extra, "--out", str(pdf)], check=True, cwd=ROOT)
        subprocess.run(["pdftoppm", "-png", "-r", "80", str(pdf), str(out / name)], check=True)
    print(out)


if __name__ == "__main__":
    main()
