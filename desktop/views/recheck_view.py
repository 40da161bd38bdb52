"""文件 → 复核自评表…: a filled 自评表 workbook re-checked, the findings beside the imported form.

The workbook is read and re-checked off the UI thread (desktop.views.tasks); the scheme can be
changed and the check re-run; the 复核意见 prints as PDF or Excel (desktop.reports.recheck_opinion).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.numbers import fmt
from desktop.views.tasks import CollectionOp, QueryOp

log = logging.getLogger(__name__)
SLIP = QColor("#fde2e1")  # a row with a finding
HEADING = QColor("#eef2f7")  # a project's own row


def install_action(window) -> QAction:
    """Add 文件 → 复核自评表… to the main window's File menu (called right after 导入目标表…)."""
    action = QAction(QCoreApplication.translate("RecheckDialog", "&Re-check self-evaluation tables…"), window)
    action.setObjectName("recheckSelfEvalAction")
    action.triggered.connect(lambda: open_recheck(window))
    window.file_menu.addAction(action)
    window.recheck_action = action
    return action


def open_recheck(parent: QWidget, path: str | None = None) -> RecheckDialog | None:
    settings = getattr(parent, "settings", None) or QSettings()
    if path is None:
        start = str(settings.value("recheck/folder", ""))
        path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("RecheckDialog", "Re-check self-evaluation tables"), start,
                                              QCoreApplication.translate("RecheckDialog", "Excel workbooks (*.xlsx *.xlsm *.xls)"))
        if not path:
            return None
        settings.setValue("recheck/folder", str(Path(path).parent))
    dialog = RecheckDialog(path, parent)
    dialog.setObjectName("recheckDialog")
    dialog.open()
    dialog.run_check()
    return dialog


class RecheckDialog(QDialog):

    def __init__(self, path: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.path = path
        self.book = None
        self.checks: list = []
        self._row_of: dict[tuple[str, str], int] = {}
        self.setWindowTitle(self.tr("Re-check self-evaluation tables") + f" — {Path(path).name}")
        self.resize(1280, 760)

        self.scheme_box = QComboBox()
        self.scheme_box.setObjectName("schemeBox")
        self.scheme_box.addItem(self.tr("Scheme of the table's year"), None)
        from desktop.domain.schemes import project_schemes

        for scheme in project_schemes():
            self.scheme_box.addItem(scheme.name, scheme.id)
            # what the scheme does, line by line (Chinese, from the scheme's own data)
            self.scheme_box.setItemData(self.scheme_box.count() - 1, "\n".join(scheme.describe()),
                                        Qt.ItemDataRole.ToolTipRole)
        self.scheme_box.currentIndexChanged.connect(lambda _i: self.run_check())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Workbook:") + f" {Path(path).name}"))
        top.addStretch(1)
        top.addWidget(QLabel(self.tr("Scheme:")))
        top.addWidget(self.scheme_box)

        form_columns = [self.tr("Project"), self.tr("Item"), self.tr("Printed"), self.tr("Computed"), self.tr("Weight"), self.tr("Target"),
                        self.tr("Actual"), self.tr("Level 1"), self.tr("Level 2")]
        finding_columns = [self.tr("Project"), self.tr("Item"), self.tr("Printed"), self.tr("Computed"), self.tr("Kind"), self.tr("Why")]
        self.form_table = self._table(form_columns, "formTable")
        self.findings_table = self._table(finding_columns, "findingsTable")
        self.findings_table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.findings_table.itemSelectionChanged.connect(self._show_finding)
        left = self._titled(self.tr("The imported form (printed and computed scores)"), self.form_table)
        right = self._titled(self.tr("Findings (figures that do not follow from the rules)"), self.findings_table)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 640])

        self.summary = QLabel()
        self.summary.setObjectName("recheckSummary")
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.pdf_button = QPushButton(self.tr("Print opinion (PDF)…"))
        self.xlsx_button = QPushButton(self.tr("Export opinion (Excel)…"))
        for button, suffix in ((self.pdf_button, ".pdf"), (self.xlsx_button, ".xlsx")):
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, s=suffix: self.save_opinion(s))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        # the forms into the store (project, fund rows, indicators, printed figures kept apart)
        self.import_button = QPushButton(self.tr("Import into the database"))
        self.import_button.setObjectName("recheckImport")
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_forms)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button.setVisible(getattr(parent, "store", None) is not None)  # after addButton shows it

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)

    # -- building -------------------------------------------------------------------------------
    def _table(self, columns, name: str) -> QTableWidget:
        table = QTableWidget(0, len(columns))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels(columns)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(22)
        return table

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(title)
        label.setStyleSheet("font-weight: bold")
        layout.addWidget(label)
        layout.addWidget(widget)
        return box

    def run_check(self) -> None:
        """Read and re-check the workbook off the UI thread under the chosen scheme."""
        from desktop.operations.recheck import recheck_self_eval_file

        scheme = self.scheme_box.currentData()
        self.summary.setText(self.tr("Re-checking…"))
        QueryOp(parent=self, op=lambda _progress: recheck_self_eval_file(self.path, scheme), success=self.show_result
                ).failure(self._failed).with_progress(self.tr("Re-checking…")).run_in_background()

    def _failed(self, exc: Exception) -> None:
        from desktop.importers import SourceError

        if isinstance(exc, SourceError | ValueError):
            text = str(exc)
        else:
            log.error("re-check failed: %r", exc)
            text = self.tr("The workbook could not be re-checked. The details are in the log file.")
        self.summary.setText(text)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Re-check self-evaluation tables"), text,
                          QMessageBox.StandardButton.Ok, self)
        box.setObjectName("recheckError")
        box.open()

    def show_result(self, outcome) -> None:
        from desktop.domain.recheck import ITEM_CODES
        from desktop.messages import message, render

        self.book, self.checks = outcome
        self._fill_form()
        rows = [(c.project, f) for c in self.checks for f in c.findings]
        self.findings_table.setRowCount(len(rows))
        for r, (project, f) in enumerate(rows):
            item_name = render(message(f"checks.recheck.item.{ITEM_CODES[f.item]}")) if f.item in ITEM_CODES else f.item
            for c, text in enumerate((project, item_name, fmt(f.printed), fmt(f.computed),
                                      render(message(f"checks.recheck.kind.{f.kind}")), f.note)):
                item = QTableWidgetItem(text)
                if c in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                item.setToolTip(f"{f.note}\n{f.place}" if c == 5 else text)
                self.findings_table.setItem(r, c, item)
        self.findings_table.resizeColumnsToContents()
        schemes = sorted({c.scheme_name for c in self.checks})
        count = len(rows)
        text = self.tr("%1 projects, %2 indicators: %3 findings. Scored by: %4.")
        for key, value in (("%1", len(self.checks)), ("%2", self.book.indicator_count), ("%3", count),
                           ("%4", "、".join(schemes))):
            text = text.replace(key, str(value))
        if self.book.notes:
            text += " " + self.tr("Not used:") + " " + "；".join(self.book.notes)
        self.summary.setText(text)
        self.pdf_button.setEnabled(True)
        self.import_button.setEnabled(True)
        self.xlsx_button.setEnabled(True)

    def _fill_form(self) -> None:
        table = self.form_table
        table.setRowCount(0)
        self._row_of.clear()
        slips = {(c.project, f.item) for c in self.checks for f in c.findings}

        def add(values, key=None, colour=None):
            r = table.rowCount()
            table.insertRow(r)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                if c in (2, 3, 4):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if colour is not None:
                    item.setBackground(QBrush(colour))
                table.setItem(r, c, item)
            if key is not None:
                self._row_of.setdefault(key, r)
            return r

        for form, check in zip(self.book.forms, self.checks, strict=True):
            total = form.fund("total")
            budget_slip = any((form.name, i) in slips for i in ("执行率", "预算执行得分", "年度资金总额"))
            rate = f"{fmt(total.rate)}% → {fmt(check.execution_rate)}%" if total and total.rate is not None else ""
            r = add([form.name, self.tr("Budget execution") + f" {rate}", fmt(total.score) if total else "",
                     fmt(check.execution_score), fmt(total.weight) if total else "", "", "", "", ""],
                    None, SLIP if budget_slip else HEADING)
            for item in ("执行率", "预算执行得分", "年度资金总额"):
                self._row_of.setdefault((form.name, item), r)
            for ind, computed in zip(form.indicators, check.indicator_scores, strict=True):
                add(["", ind.name, fmt(ind.score), fmt(computed), fmt(ind.weight), ind.target, ind.actual, ind.level1,
                     ind.level2], (form.name, ind.name), SLIP if (form.name, ind.name) in slips else None)
            total_slip = any((form.name, i) in slips for i in ("总分", "分值"))
            total_label = self.tr("Total (grade: %1)").replace("%1", form.grade or "—")
            r = add(["", total_label, fmt(form.total_score),
                     fmt(check.total), fmt(form.total_weight), "", "", "", ""],
                    (form.name, "总分"), SLIP if total_slip else HEADING)
            self._row_of.setdefault((form.name, "分值"), r)
        table.resizeColumnsToContents()
        for c in (1, 5, 6):
            table.setColumnWidth(c, min(table.columnWidth(c), 220))

    def _show_finding(self) -> None:
        rows = self.findings_table.selectionModel().selectedRows()
        if not rows:
            return
        r = rows[0].row()
        key = (self.findings_table.item(r, 0).text(), self.findings_table.item(r, 1).text())
        target = self._row_of.get(key)
        if target is not None:
            self.form_table.selectRow(target)
            self.form_table.scrollToItem(self.form_table.item(target, 0))

    # -- import ---------------------------------------------------------------------------------
    def import_forms(self) -> None:
        """Write the forms into the window's store off the UI thread: all or nothing, existing
        projects (same unit, year and name) kept."""
        from desktop.operations.recheck import scheme_named
        from desktop.operations.self_eval_import import write_self_eval

        window = self.parent()
        scheme_id = self.scheme_box.currentData()
        scheme = scheme_named(scheme_id) if scheme_id else None
        book = self.book
        self.import_button.setEnabled(False)

        def work(_progress):
            return str(write_self_eval(window.store, [book], scheme=scheme))

        def done(summary: str) -> None:
            self.summary.setText(self.summary.text() + " " + self.tr("Imported: %1").replace("%1", summary))
            if hasattr(window, "refresh_years"):
                window.refresh_years()

        CollectionOp(parent=self, op=work).success(done).failure(self._failed).with_progress(self.tr("Importing…")).run_in_background()

    # -- output ---------------------------------------------------------------------------------
    def save_opinion(self, suffix: str, path: str | None = None) -> Path | None:
        from desktop.reports.recheck_opinion import write_opinion

        if path is None:
            default = str(Path(self.path).with_name(Path(self.path).stem + "-复核意见" + suffix))
            filters = self.tr("PDF files (*.pdf)") if suffix == ".pdf" else self.tr("Excel workbooks (*.xlsx)")
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the re-check opinion"), default, filters)
            if not path:
                return None
        out = Path(path)
        try:
            write_opinion(self.book.source, self.checks, out)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Save the re-check opinion"),
                                self.tr("Could not write %1: %2").replace("%1", str(out)).replace(
                                    "%2", exc.strerror or str(exc)))
            return None
        self.summary.setText(self.summary.text() + " " + self.tr("Opinion saved to %1.").replace("%1", str(out)))
        return out
