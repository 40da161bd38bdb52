"""文件 → 导入目标表…: read files off the UI thread, preview what was found, then write all at once."""

from __future__ import annotations

import logging
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.numbers import fmt_money
from desktop.importers import ImportCancelled, ImportedTable, SourceError, read_files
from desktop.importers.reading import detect_columns
from desktop.models import StoreError
from desktop.operations.imports import repeated_projects
from desktop.views.column_mapping import ColumnMappingDialog
from desktop.views.tasks import CollectionOp, Progress, QueryOp

log = logging.getLogger(__name__)

MISMATCH = QBrush(QColor("#c62828"))
FILE_FILTER = "*.xlsx *.xlsm *.xls *.csv *.txt *.tsv *.pdf"
TABULAR = (".xlsx", ".xlsm", ".xls", ".csv", ".pdf")


def _money(value: Decimal | None) -> str:
    return fmt_money(value)  # the one money format: 1,234.50


class ImportPreviewDialog(QDialog):
    """What each file holds, what was repaired, and the choices before anything is written."""

    def __init__(self, tables: list[ImportedTable], year: int, parent: QWidget | None = None,
                 year_given: bool = False):
        """`year`: the one offered when no table's title names one (the window's), or, with
        `year_given`, the one the officer already chose."""
        super().__init__(parent)
        self.tables = tables
        self.setWindowTitle(self.tr("Import target tables"))
        self.resize(900, 600)

        self.tree = QTreeWidget()
        self.tree.setObjectName("importPreview")
        self.tree.setColumnCount(6)
        self.tree.setHeaderLabels(
            [self.tr("Item"), self.tr("Total"), self.tr("Fiscal"), self.tr("Special"), self.tr("Other"), self.tr("Note")]
        )
        for table in tables:
            self._add_table(table)
        self.tree.expandToDepth(0)
        self.tree.resizeColumnToContents(0)

        self.year_box = QSpinBox()
        self.year_box.setObjectName("importYear")
        self.year_box.setRange(2000, 2100)
        titled = None if year_given else next((t.title_year for t in tables if t.title_year is not None), None)
        self.year_box.setValue(titled or year)
        # as `perfdesk import` says it: a 2022 table is not filed under the year the window shows
        self.year_note = QLabel(self.tr("(from the table's title)") if titled else "")
        self.year_note.setObjectName("importYearNote")
        self.year_box.valueChanged.connect(lambda value: self.year_note.setVisible(value == titled))
        self.replace_button = QRadioButton(self.tr("Replace them with the imported ones"))
        self.keep_button = QRadioButton(self.tr("Keep them and skip the imported ones"))
        self.keep_button.setChecked(True)
        self.losses_item: QTreeWidgetItem | None = None
        group = QButtonGroup(self)
        group.addButton(self.replace_button)
        group.addButton(self.keep_button)
        existing = QVBoxLayout()
        existing.addWidget(self.keep_button)
        existing.addWidget(self.replace_button)
        form = QFormLayout()
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_box)
        year_row.addWidget(self.year_note)
        year_row.addStretch(1)
        form.addRow(self.tr("Budget year:"), year_row)
        form.addRow(self.tr("Projects already there (same year, unit and name):"), existing)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        # Asked before OK closes the dialog; it calls back `proceed` when the write may go ahead.
        self.before_accept: Callable[[Callable[[], None]], None] | None = None
        self._may_accept = False
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.mapping_button = buttons.addButton(self.tr("Column mapping…"), QDialogButtonBox.ButtonRole.ResetRole)
        self.mapping_button.setVisible(False)
        self._show_repeated(repeated_projects(tables))

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nothing is written until you press OK; all files are imported together or not at all.")))
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        row.addLayout(form)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if self.before_accept is not None and not self._may_accept:
            self.before_accept(self._proceed)
            return
        super().accept()

    def _proceed(self) -> None:
        self._may_accept = True
        self.accept()

    @property
    def year(self) -> int:
        return self.year_box.value()

    @property
    def replace(self) -> bool:
        return self.replace_button.isChecked()

    def _show_repeated(self, repeated: list) -> None:
        """Projects that two of the files bring: which version is right cannot be guessed, so
        these files cannot be imported together (the write would refuse them too)."""
        if not repeated:
            return
        title = self.tr("Projects in more than one of these files (%1): import the files one at a time")
        top = QTreeWidgetItem(self.tree, [title.replace("%1", str(len(repeated)))])
        top.setFirstColumnSpanned(True)
        top.setForeground(0, MISMATCH)
        for one in repeated:
            files = f"{Path(one.first).name}、{Path(one.second).name}"
            item = QTreeWidgetItem(top, [f"{one.unit} / {one.name}", "", "", "", "", files])
            item.setToolTip(5, files)
            item.setForeground(0, MISMATCH)
        top.setExpanded(True)
        self.ok_button.setEnabled(False)
        self.ok_button.setToolTip(title.replace("%1", str(len(repeated))))

    def show_losses(self, lost: list) -> None:
        """The indicators a replace would remove together with the officer's year-end data."""
        if self.losses_item is not None:
            self.tree.invisibleRootItem().removeChild(self.losses_item)
            self.losses_item = None
        if not lost:
            return
        title = self.tr("Indicators no longer in the new table, removed with their year-end data (%1)")
        self.losses_item = QTreeWidgetItem(self.tree, [title.replace("%1", str(len(lost)))])
        self.losses_item.setFirstColumnSpanned(True)  # the sentence is read whole, not cut at a column
        self.losses_item.setForeground(0, MISMATCH)
        for one in lost:
            item = QTreeWidgetItem(self.losses_item, [one.name, "", "", "", "", f"{one.unit} / {one.project}：{one.data_text}"])
            item.setToolTip(0, str(one))
            item.setToolTip(5, str(one))
            item.setForeground(0, MISMATCH)
        self.losses_item.setExpanded(True)
        self.tree.resizeColumnToContents(0)
        self.tree.scrollToItem(self.losses_item)

    def _add_table(self, table: ImportedTable) -> None:
        top = QTreeWidgetItem(self.tree, [Path(table.source).name])
        top.setToolTip(0, table.source)
        units = {p.unit for p in table.projects}
        summary = self.tr("%1 · %2 units · %3 projects · %4 indicators")
        summary = (
            summary.replace("%1", table.department or self.tr("(department not stated)"))
            .replace("%2", str(len(units)))
            .replace("%3", str(len(table.projects)))
            .replace("%4", str(table.indicator_count))
        )
        top.setText(5, summary)
        for check in table.sum_checks():
            label = self.tr("Stated %1").replace("%1", check.label)
            stated = QTreeWidgetItem(top, [label, *(_money(v) for v in check.stated.as_tuple()), ""])
            computed = QTreeWidgetItem(top, [self.tr("Sum of projects"), *(_money(v) for v in check.computed.as_tuple()), ""])
            if check.matches:
                computed.setText(5, self.tr("agrees"))
            else:
                computed.setText(5, self.tr("differs from the stated figures"))
                for column in range(1, 6):
                    computed.setForeground(column, MISMATCH)
                    stated.setForeground(column, MISMATCH)
        if table.unused_columns:
            names = "、".join(table.unused_columns)
            unused = QTreeWidgetItem(top, [self.tr("Unused columns: %1").replace("%1", names)])
            unused.setToolTip(0, names)
            unused.setForeground(0, MISMATCH)
        if table.flagged:
            flagged = QTreeWidgetItem(top, [self.tr("Rows to check (%1)").replace("%1", str(len(table.flagged)))])
            for row in table.flagged:
                item = QTreeWidgetItem(flagged, [row.place, "", "", "", "", row.what])
                item.setToolTip(5, row.what)
                for column in (0, 5):
                    item.setForeground(column, MISMATCH)
        if table.repairs:
            repairs = QTreeWidgetItem(top, [self.tr("Repairs (%1)").replace("%1", str(len(table.repairs)))])
            for repair in table.repairs:
                item = QTreeWidgetItem(repairs, [repair.place, "", "", "", "", repair.what])
                item.setToolTip(5, repair.what)


def confirm_losses(parent: QWidget, lost: list) -> QMessageBox:
    """Ask before a replace removes indicators that carry the officer's work, naming each one."""
    text = QCoreApplication.translate("ImportFlow",
        "The new table no longer contains %1 indicators that carry year-end data (actuals, weights, "
        "reasons…). Replacing removes them; a backup of the database is made first. Replace anyway?"
    ).replace("%1", str(len(lost)))
    box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("ImportFlow", "Replace"), text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, parent)
    box.setObjectName("confirmLosses")
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setInformativeText("\n".join(f"{one.project} / {one.name}" for one in lost[:15]) + ("\n…" if len(lost) > 15 else ""))
    box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 420px; }")
    box.setDetailedText("\n".join(str(one) for one in lost))
    return box


def start_import(
    parent: QWidget,
    year: int,
    write_tables: Callable[[list[ImportedTable], int, bool, Progress], object],
    on_imported: Callable[[object], None],
    paths: list[str] | None = None,
    mapping: dict[str, int | None] | None = None,
    losses: Callable[[list[ImportedTable], int], list] | None = None,
    year_given: bool = False,
) -> None:
    """The whole flow: pick files → read (background) → preview → write (background).

    `year` is offered when no table's title names one, unless `year_given` (the officer chose it)."""
    if paths is None:
        paths, _ = QFileDialog.getOpenFileNames(
            parent, QCoreApplication.translate("ImportDialog", "Import target tables"), "",
            QCoreApplication.translate("ImportDialog", "Target tables (%1)").replace("%1", FILE_FILTER)
        )
    if not paths:
        return

    def read(progress: Progress) -> list[ImportedTable]:
        return read_files(
            paths, lambda fraction, text: progress(int(fraction * 1000), 1000, text), lambda: progress.cancelled, mapping
        )

    def remap(dialog: ImportPreviewDialog) -> None:
        try:
            detected = detect_columns(paths[0])[0]
        except SourceError as exc:
            _report_error(parent, exc)
            return
        chooser = ColumnMappingDialog(detected, dialog)
        chooser.setObjectName("columnMappingDialog")

        def chosen() -> None:
            dialog.reject()
            start_import(parent, dialog.year, write_tables, on_imported, paths, {**(mapping or {}), **chooser.mapping()},
                         losses, year_given=True)

        chooser.accepted.connect(chosen)
        chooser.open()

    def preview(tables: list[ImportedTable]) -> None:
        dialog = ImportPreviewDialog(tables, year, parent, year_given)
        dialog.setObjectName("importPreviewDialog")
        # A mapping is per header, so it is offered for one tabular file at a time.
        if len(paths) == 1 and Path(paths[0]).suffix.lower() in TABULAR:
            dialog.mapping_button.setVisible(True)
            dialog.mapping_button.clicked.connect(lambda: remap(dialog))

        def write() -> None:
            CollectionOp(
                parent=parent, op=lambda progress: write_tables(tables, dialog.year, dialog.replace, progress),
            ).success(on_imported).failure(lambda exc: _report_error(parent, exc)).with_progress(
                parent.tr("Writing to the database…")).run_in_background()

        def check_losses(then: Callable[[list], None]) -> None:
            year_asked = dialog.year
            QueryOp(parent=dialog, op=lambda _progress: losses(tables, year_asked), success=then).failure(
                lambda exc: _report_error(parent, exc)).with_progress(
                QCoreApplication.translate("ImportFlow", "Comparing with the stored projects…")).run_in_background()

        def before_accept(proceed: Callable[[], None]) -> None:
            if not dialog.replace:
                proceed()
                return

            def decide(lost: list) -> None:
                dialog.show_losses(lost)
                if not lost:
                    proceed()
                    return
                box = confirm_losses(dialog, lost)
                yes = box.button(QMessageBox.StandardButton.Yes)
                box.finished.connect(lambda _code: box.clickedButton() is yes and proceed())
                box.open()

            check_losses(decide)

        if losses is not None:  # listed as soon as the officer picks "replace", not only at OK
            dialog.before_accept = before_accept
            dialog.replace_button.toggled.connect(lambda on: on and check_losses(dialog.show_losses))
        dialog.accepted.connect(write)
        dialog.open()

    QueryOp(parent=parent, op=read, success=preview).failure(lambda exc: _report_error(parent, exc)).with_progress(
        parent.tr("Reading files…")).run_in_background()


def _report_error(parent: QWidget, exc: Exception) -> None:
    if isinstance(exc, ImportCancelled):
        return
    if isinstance(exc, SourceError):
        text = str(exc)
    elif isinstance(exc, StoreError):  # disk full, read-only, locked, limits: the sentence says which
        text = str(exc.args[0] if exc.args else exc)
    else:
        log.error("import failed: %r", exc)
        text = parent.tr("The import failed and nothing was written. The details are in the log file.")
    box = QMessageBox(QMessageBox.Icon.Warning, parent.tr("Import"), text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("importError")
    box.open()
