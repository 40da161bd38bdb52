"""The year's end and the next year's start, in the window: roll over, fill-in workbooks, charts,
the year-over-year view and the 自评报告 draft.

`install_year_end_menus(window)` adds the entries to the main window's menus (文件 → 新建下一年度…,
生成填报表…, 导入填报表…; 视图 → 与上年对比…, 图表…; 报表 → 自评报告草稿…). The work runs on
a worker (desktop.views.tasks) through the operations; nothing here builds SQL.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.domain.numbers import fmt, percent
from desktop.views.tasks import CollectionOp, QueryOp


def _error(window, title: str):
    def show(exc: Exception) -> None:
        message = exc.args[0] if exc.args and isinstance(exc.args[0], str) else str(exc)
        QMessageBox.warning(window, title, message)

    return show


def install_year_end_menus(window) -> None:
    """Add the year-end entries to the window's File, View and Reports menus."""
    entries = [
        (window.file_menu, "rollover", QCoreApplication.translate("YearEnd", "&New next year…"), lambda: start_rollover(window)),
        (window.file_menu, "fillin_make", QCoreApplication.translate("YearEnd", "&Make fill-in workbooks…"), lambda: make_fillin_workbooks(window)),
        (window.file_menu, "fillin_read", QCoreApplication.translate("YearEnd", "&Read fill-in workbooks…"), lambda: read_fillin_workbooks(window)),
        (window.view_menu, "year_over_year", QCoreApplication.translate("YearEnd", "Compare with &last year…"), lambda: open_year_over_year(window)),
        (window.view_menu, "charts", QCoreApplication.translate("YearEnd", "C&harts…"), lambda: open_charts(window)),
        (window.reports_menu, "narrative", QCoreApplication.translate("YearEnd", "Self-evaluation report draft (.docx)…"),
         lambda: write_narrative_draft(window)),
        (window.reports_menu, "charts_file", QCoreApplication.translate("YearEnd", "Charts as PDF or Excel…"),
         lambda: write_charts_file(window)),
        (window.reports_menu, "check_statements",
         QCoreApplication.translate("YearEnd", "Check a published report's statements…"),
         lambda: check_published_report(window)),
    ]
    # above the separator before 退出, after what the File menu already offers
    separators = [a for a in window.file_menu.actions() if a.isSeparator()]
    first_in_file = separators[-1] if separators else None
    for menu, name, text, slot in entries:
        action = QAction(text, window)
        action.setObjectName(f"yearEnd_{name}")
        action.triggered.connect(lambda _checked=False, slot=slot: slot())
        if menu is window.file_menu and first_in_file is not None:
            menu.insertAction(first_in_file, action)
        else:
            menu.addAction(action)


# --- 新建下一年度 ---------------------------------------------------------------------------------


class RolloverDialog(QDialog):
    """Pick the years; the preview lists what is copied before anything is written."""

    def __init__(self, window, from_year: int):
        super().__init__(window)
        self.setObjectName("rolloverDialog")
        self.setWindowTitle(QCoreApplication.translate("YearEnd", "New next year"))
        self.window_ = window
        self.from_box, self.to_box = QSpinBox(), QSpinBox()
        for box, value in ((self.from_box, from_year), (self.to_box, from_year + 1)):
            box.setRange(1990, 2100)
            box.setValue(value)
            box.valueChanged.connect(self.preview)
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("YearEnd", "Copy"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate("YearEnd", "Copy from year")))
        layout.addWidget(self.from_box)
        layout.addWidget(QLabel(QCoreApplication.translate("YearEnd", "to year")))
        layout.addWidget(self.to_box)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.resize(640, 520)
        self.plan = None
        self.preview()

    def preview(self) -> None:
        from desktop.operations.rollover import RolloverError, plan_rollover

        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        try:
            with self.window_.store.session() as session:
                self.plan = plan_rollover(session, self.from_box.value(), self.to_box.value())
        except RolloverError as exc:
            self.plan = None
            self.text.setPlainText(str(exc.args[0]))
            ok.setEnabled(False)
            return
        self.text.setPlainText("\n".join(self.plan.lines()))
        ok.setEnabled(not self.plan.nothing_to_copy)


def start_rollover(window) -> RolloverDialog:
    dialog = RolloverDialog(window, window.year)

    def copy() -> None:
        from desktop.operations.rollover import run_rollover

        frm, to = dialog.from_box.value(), dialog.to_box.value()

        def work(progress):
            progress(0, 0, QCoreApplication.translate("YearEnd", "Copying…"))
            with window.store.session() as session:
                return run_rollover(session, frm, to)

        def done(plan) -> None:
            window.settings.setValue("year", to)
            window.refresh_years()
            window.statusBar().showMessage(
                QCoreApplication.translate("YearEnd", "Year %1 created: %2 projects, %3 indicators copied.").replace("%1", str(to))
                .replace("%2", str(len(plan.projects))).replace("%3", str(plan.indicators)))

        title = QCoreApplication.translate("YearEnd", "New next year")
        CollectionOp(parent=window, op=work).success(done).failure(_error(window, title)).with_progress(title).run_in_background()

    dialog.accepted.connect(copy)
    dialog.open()
    return dialog


# --- 填报表 -----------------------------------------------------------------------------------------


def make_fillin_workbooks(window, folder: str | None = None) -> None:
    if folder is None:
        folder = QFileDialog.getExistingDirectory(window, QCoreApplication.translate("YearEnd", "Folder for the fill-in workbooks"))
    if not folder:
        return
    year = window.year

    def work(progress):
        from desktop.operations.fillin import load_books
        from desktop.reports.fillin import book_file_name, write_book

        with window.store.session() as session:
            books = load_books(session, year)
        for i, book in enumerate(books):
            progress(i, len(books), book.unit)
            write_book(book, Path(folder) / book_file_name(book))
        return len(books)

    def done(count: int) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("YearEnd", "%1 fill-in workbooks written to %2").replace("%1", str(count))
                                       .replace("%2", folder))

    title = QCoreApplication.translate("YearEnd", "Make fill-in workbooks")
    QueryOp(parent=window, op=work, success=done).failure(_error(window, title)).with_progress(title).run_in_background()


class FillinPreview(QDialog):
    """Every value that would change, old → new, per workbook; refused workbooks say why."""

    def __init__(self, window, readings):
        from desktop.operations.fillin import conflicts

        super().__init__(window)
        self.setObjectName("fillinPreview")
        self.setWindowTitle(QCoreApplication.translate("YearEnd", "Read fill-in workbooks"))
        self.readings = readings
        lines = []
        for reading in readings:
            lines.append(reading.summary())
            lines += [f"  ! {reason}" for reason in reading.refused]
            lines += [f"  {change.line()}" for change in reading.changes]
        clashes = conflicts(readings)
        lines += [f"! {clash}" for clash in clashes]
        refused = [r for r in readings if not r.accepted] + clashes
        total = sum(len(r.changes) for r in readings)
        head = QLabel(
            QCoreApplication.translate("YearEnd", "%1 workbooks refused: nothing can be written until they are corrected.").replace("%1", str(len(refused)))
            if refused else QCoreApplication.translate("YearEnd", "%1 values will change. Write them all?").replace("%1", str(total)))
        head.setObjectName("fillinSummary")
        self.text = QPlainTextEdit("\n".join(lines))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(QCoreApplication.translate("YearEnd", "Write all"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not refused and total > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 600)


def read_fillin_workbooks(window, paths: list[str] | None = None) -> None:
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(window, QCoreApplication.translate("YearEnd", "Returned fill-in workbooks"), "",
                                                QCoreApplication.translate("YearEnd", "Excel workbooks (*.xlsx)"))
    if not paths:
        return

    def work(progress):
        from desktop.operations.fillin import read_fillins as read_all

        out = []
        with window.store.session() as session:
            for i, path in enumerate(paths):
                progress(i, len(paths), Path(path).name)
                out += read_all(session, [path])
        return out

    def show(readings) -> None:
        dialog = FillinPreview(window, readings)
        dialog.accepted.connect(lambda: _apply(window, readings))
        dialog.open()
        window.fillin_preview = dialog

    title = QCoreApplication.translate("YearEnd", "Read fill-in workbooks")
    QueryOp(parent=window, op=work, success=show).failure(_error(window, title)).with_progress(title).run_in_background()


def _apply(window, readings) -> None:
    from desktop.operations.fillin import apply_fillin

    def work(progress):
        progress(0, 0, QCoreApplication.translate("YearEnd", "Writing…"))
        return len(apply_fillin(window.store, readings))

    def done(count: int) -> None:
        window.refresh_years()
        window.statusBar().showMessage(QCoreApplication.translate("YearEnd", "%1 values written from the fill-in workbooks.").replace("%1", str(count)))

    title = QCoreApplication.translate("YearEnd", "Read fill-in workbooks")
    CollectionOp(parent=window, op=work).success(done).failure(_error(window, title)).with_progress(title).run_in_background()


# --- 与上年对比 -------------------------------------------------------------------------------------


class YearOverYearDialog(QDialog):
    def __init__(self, window, comparison):
        super().__init__(window)
        from desktop.operations.year_over_year import DROPPED, NEW

        self.setObjectName("yearOverYear")
        c = comparison
        self.setWindowTitle(QCoreApplication.translate("YearEnd", "%1 compared with %2").replace("%1", c.project).replace("%2", str(c.last_year)))
        status_text = {NEW: QCoreApplication.translate("YearEnd", "new"), DROPPED: QCoreApplication.translate("YearEnd", "dropped")}
        headers = [QCoreApplication.translate("YearEnd", "Indicator"), QCoreApplication.translate("YearEnd", "Status")]
        for year in (c.year, c.last_year):
            headers += [t.replace("%1", str(year)) for t in (QCoreApplication.translate("YearEnd", "Target %1"), QCoreApplication.translate("YearEnd", "Actual %1"), QCoreApplication.translate("YearEnd", "Completion %1"),
                                                             QCoreApplication.translate("YearEnd", "Score %1"))]
        self.table = QTableWidget(len(c.rows), len(headers))
        self.table.setObjectName("yearOverYearTable")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(c.rows):
            cells = [row.name, status_text.get(row.status, "")]
            for side in (row.this_year, row.last_year):
                cells += ([side.target, side.actual, percent(side.completion_rate), fmt(side.score)]
                          if side is not None else ["", "", "", ""])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if row.status == NEW:
                    item.setBackground(QBrush(QColor("#E2EFDA")))
                elif row.status == DROPPED:
                    item.setBackground(QBrush(QColor("#FCE4D6")))
                if col >= 4 and col not in (6, 7):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)
        self.table.resizeColumnsToContents()
        summary = QCoreApplication.translate("YearEnd", "Total score %1: %2 · %3: %4").replace("%1", str(c.year)).replace("%2", fmt(c.total)) \
            .replace("%3", str(c.last_year)).replace("%4", fmt(c.last_total) if c.found_last_year else "—")
        if not c.found_last_year:
            summary += " · " + QCoreApplication.translate("YearEnd", "no project of this unit and name last year")
        self.summary = QLabel(summary)
        self.summary.setObjectName("yearOverYearSummary")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(1100, 480)


def _current_project_id(window) -> int | None:
    from desktop.views.main_window import PROJECT_ID_ROLE

    index = window.tree.currentIndex()
    value = index.data(PROJECT_ID_ROLE) if index.isValid() else None
    return int(value) if value is not None else None


def open_year_over_year(window) -> YearOverYearDialog | None:
    from desktop.operations.year_over_year import compare_with_last_year

    project_id = _current_project_id(window)
    if project_id is None:
        QMessageBox.information(window, QCoreApplication.translate("YearEnd", "Compare with last year"), QCoreApplication.translate("YearEnd", "Pick a project on the left first."))
        return None
    with window.store.session() as session:
        comparison = compare_with_last_year(session, project_id)
    dialog = YearOverYearDialog(window, comparison)
    dialog.open()
    return dialog


# --- 图表 / 自评报告 ------------------------------------------------------------------------------


def open_charts(window):
    from desktop.operations.charts import year_charts
    from desktop.reports.build import NothingToReport
    from desktop.views.chart_view import ChartsDialog

    year, project = window.year, window.current_project_name

    def work(progress):
        progress(0, 0, QCoreApplication.translate("YearEnd", "Scoring…"))
        with window.store.session() as session:
            charts = year_charts(session, year, projects=False)
            if project is not None:
                charts += year_charts(session, year, project, department=False)
            return charts

    def show(charts) -> None:
        dialog = ChartsDialog(charts, QCoreApplication.translate("YearEnd", "Charts %1").replace("%1", str(year)), window)
        dialog.open()
        window.charts_dialog = dialog

    def failed(exc: Exception) -> None:
        if isinstance(exc, NothingToReport):
            QMessageBox.information(window, QCoreApplication.translate("YearEnd", "Charts"), str(exc.args[0]))
        else:
            _error(window, QCoreApplication.translate("YearEnd", "Charts"))(exc)

    return QueryOp(parent=window, op=work, success=show).failure(failed).with_progress(
        QCoreApplication.translate("YearEnd", "Charts")).run_in_background()


def write_narrative_draft(window, path: str | None = None) -> None:
    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("YearEnd", "Self-evaluation report draft"),
                                              f"{window.year}年部门整体支出绩效自评报告.docx", QCoreApplication.translate("YearEnd", "Word documents (*.docx)"))
    if not path:
        return
    year = window.year

    def work(progress):
        from desktop.reports.narrative import write_narrative

        progress(0, 0, QCoreApplication.translate("YearEnd", "Writing…"))
        return write_narrative(_narrative_data(window.store, year), Path(path))

    def done(counts) -> None:
        window.statusBar().showMessage(
            QCoreApplication.translate("YearEnd", "%1 written: %2 paragraphs from the data, %3 of your own kept.").replace("%1", path)
            .replace("%2", str(counts["computed"])).replace("%3", str(counts["kept"])))

    title = QCoreApplication.translate("YearEnd", "Self-evaluation report draft")
    QueryOp(parent=window, op=work, success=done).failure(_error(window, title)).with_progress(title).run_in_background()


def write_charts_file(window, path: str | None = None) -> None:
    """The year's charts (and the chosen project's) as vector PDF pages or native Excel charts."""
    if path is None:
        path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("YearEnd", "Charts"),
                                              f"{window.year}年度图表.pdf",
                                              QCoreApplication.translate("YearEnd", "PDF or Excel (*.pdf *.xlsx)"))
    if not path:
        return
    year, project = window.year, window.current_project_name

    def work(progress):
        from desktop.operations.charts import year_charts
        from desktop.reports.charts import write_charts_pdf, write_charts_xlsx

        progress(0, 0, QCoreApplication.translate("YearEnd", "Scoring…"))
        with window.store.session() as session:
            charts = year_charts(session, year, projects=False)
            if project is not None:
                charts += year_charts(session, year, project, department=False)
        if path.lower().endswith(".xlsx"):
            write_charts_xlsx(charts, Path(path))
        else:
            write_charts_pdf(charts, Path(path), f"绩效自评图表（{year} 年度）")
        return len(charts)

    def done(count: int) -> None:
        window.statusBar().showMessage(QCoreApplication.translate("YearEnd", "%1 charts written to %2")
                                       .replace("%1", str(count)).replace("%2", path))

    title = QCoreApplication.translate("YearEnd", "Charts")
    QueryOp(parent=window, op=work, success=done).failure(_error(window, title)).with_progress(title).run_in_background()


class StatementsDialog(QDialog):
    """The sentences of a published report whose figures the data contradicts."""

    def __init__(self, window, name: str, statements):
        super().__init__(window)
        self.setObjectName("statementsDialog")
        self.setWindowTitle(QCoreApplication.translate("YearEnd", "Check a published report"))
        head = QLabel(
            QCoreApplication.translate("YearEnd", "%1: %2 statements the data contradicts.")
            .replace("%1", name).replace("%2", str(len(statements))) if statements else
            QCoreApplication.translate("YearEnd", "%1: the figures it states agree with the data.").replace("%1", name))
        head.setObjectName("statementsSummary")
        self.text = QPlainTextEdit("\n".join(s.line() for s in statements))
        self.text.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(900, 420)


def check_published_report(window, path: str | None = None) -> None:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(window, QCoreApplication.translate("YearEnd", "Published report"), "",
                                              QCoreApplication.translate("YearEnd", "Reports (*.docx *.txt)"))
    if not path:
        return
    year = window.year

    def work(progress):
        from desktop.reports.narrative import check_statements, report_text

        progress(0, 0, QCoreApplication.translate("YearEnd", "Scoring…"))
        data = _narrative_data(window.store, year)
        try:
            text = report_text(Path(path))
        except (UnicodeDecodeError, KeyError, ValueError) as exc:
            raise ValueError(QCoreApplication.translate("YearEnd", "Cannot read %1: %2")
                             .replace("%1", Path(path).name).replace("%2", str(exc))) from None
        return check_statements(data, text)

    def show(statements) -> None:
        dialog = StatementsDialog(window, Path(path).name, statements)
        dialog.open()
        window.statements_dialog = dialog

    title = QCoreApplication.translate("YearEnd", "Check a published report")
    QueryOp(parent=window, op=work, success=show).failure(_error(window, title)).with_progress(title).run_in_background()


def _narrative_data(store, year: int):
    """The report draft's tables and scores for `year`, gathered in the worker's own session."""
    from desktop.operations.narrative import narrative_figures
    from desktop.reports.narrative import load

    with store.session() as session:
        return load(narrative_figures(session, year))
