"""The main window: menus, year selector, 单位 → 项目 tree, central work area, status bar."""

from __future__ import annotations

from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.logsetup import log_file

if TYPE_CHECKING:  # the store, its models and the grids load behind the shown window (issue 16)
    from desktop.models import Store
    from desktop.views.grids.table import GridView

PROJECT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECENT_KEY = "recentDatabases"
RECENT_COUNT = 8


def recent_databases(settings: QSettings) -> list[str]:
    value = settings.value(RECENT_KEY, [])
    return [value] if isinstance(value, str) else list(value or [])


def remember_database(settings: QSettings, name: str) -> None:
    names = [name, *(n for n in recent_databases(settings) if n != name)][:RECENT_COUNT]
    settings.setValue(RECENT_KEY, names)


class MainWindow(QMainWindow):
    year_changed = Signal(int)
    project_selected = Signal(int)
    # Handled by the application (views.app.WindowHost): they replace this window's store.
    database_requested = Signal(str)
    restore_requested = Signal(str)
    store_opened = Signal(object)  # a store this window opened (a shared database) to carry on with

    def __init__(self, store: Store | None, settings: QSettings | None = None):
        """With no store the window shows at once, "opening the database"; `attach_store` then
        makes it usable (the application opens the store behind the shown window)."""
        super().__init__()
        self.store: Store | None = None
        self.workspace = None
        self.refresher = None  # made with the workspace, once the store is open
        self.settings = settings or QSettings()
        self.undo_stack = QUndoStack(self)
        # (id of the tables, year, row versions) of the last replace preview: the write checks them
        self._preview_seen: tuple | None = None
        self.setWindowTitle(self.tr("Performance Self-Evaluation Desk"))
        self.setObjectName("MainWindow")

        self.year_box = QComboBox()
        self.year_box.setObjectName("yearSelector")
        self.year_box.setToolTip(self.tr("Budget year"))
        toolbar = QToolBar(self.tr("Year"))
        toolbar.setObjectName("yearToolbar")
        toolbar.addWidget(QLabel(self.tr("Year:") + " "))
        toolbar.addWidget(self.year_box)
        self.addToolBar(toolbar)

        self.tree_model = QStandardItemModel(self)
        self.tree_model.setHorizontalHeaderLabels([self.tr("Units and projects")])
        self.tree = QTreeView()
        self.tree.setObjectName("unitTree")
        self.tree.setModel(self.tree_model)
        self.tree.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._on_tree_current)

        self.central = QStackedWidget()
        self.central.setObjectName("workArea")
        self.placeholder = self._start_page()  # an empty database: what to do first
        self.central.addWidget(self.placeholder)
        self.loading_page = self._loading_page()
        self.central.addWidget(self.loading_page)
        self.central.setCurrentWidget(self.loading_page)

        splitter = QSplitter()
        splitter.setObjectName("mainSplitter")
        splitter.addWidget(self.tree)
        splitter.addWidget(self.central)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([280, 900])
        self.setCentralWidget(splitter)

        self.db_label = QLabel()
        self.db_label.setObjectName("databaseLabel")
        self.statusBar().addPermanentWidget(self.db_label)

        self._build_menus()
        self.year_box.currentIndexChanged.connect(self._on_year_index)
        self._restore_geometry()
        self._held: dict = {}  # what _hold_store_actions disabled, and whether it was enabled
        if store is not None:
            self.attach_store(store)
        else:
            self._hold_store_actions()
            self.statusBar().showMessage(self.loading_text.text())

    # -- the store ------------------------------------------------------------------------------
    def _loading_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("loadingPage")
        self.loading_text = QLabel(self.tr("Opening the database…"))
        self.loading_text.setObjectName("loadingText")
        self.loading_text.setStyleSheet("QLabel { font-size: 14pt; }")
        self.loading_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(page)
        layout.addWidget(self.loading_text)
        return page

    def show_not_opened(self, sentence: str) -> None:
        """The store could not be opened: why, where "opening the database" stood."""
        self.loading_text.setWordWrap(True)
        self.loading_text.setText(sentence)
        self.statusBar().showMessage(sentence)

    def _store_actions(self) -> list:
        """What needs an open store: the File, View and Reports menus but 退出, the start page."""
        actions = [a for menu in (self.file_menu, self.view_menu, self.reports_menu) for a in menu.actions()
                   if not a.isSeparator() and a is not self.quit_action]
        return [*actions, self.start_import, self.start_open]

    def _hold_store_actions(self) -> None:
        """While the store opens: nothing that needs it can be started (each keeps its own state)."""
        self._held = {item: item.isEnabled() for item in self._store_actions()}
        for item in self._held:
            item.setEnabled(False)
        self.year_box.setEnabled(False)
        self.tree.setEnabled(False)

    def attach_store(self, store: Store) -> None:
        """Carry on with `store` open: the grids, the year and its tree (on the UI thread)."""
        from desktop.models.store import sqlite_file
        from desktop.views.grids.refresh import Refresher, refresh_seconds
        from desktop.views.workspace import Workspace

        self.store = store
        # the editing grids (issue 5); they follow the year and the project picked in the tree
        self.workspace = Workspace(store, self.undo_stack)
        self.central.addWidget(self.workspace)
        self.central.setCurrentWidget(self.workspace)
        self.year_changed.connect(self.workspace.set_year)
        self.project_selected.connect(self.workspace.set_project)
        self.workspace.project_changed.connect(self._show_current_project)
        self.workspace.status.connect(lambda text: self.statusBar().showMessage(text, 10000))

        self.db_label.setText(self.tr("Database: %1").replace("%1", store.display_name))
        if store.user:  # who is signed in (the database user on a shared database), issue 15
            self.db_label.setText(self.db_label.text() + " · " + self.tr("Signed in as %1").replace("%1", store.user))
        for item, enabled in self._held.items():
            item.setEnabled(enabled)
        self._held = {}
        self.year_box.setEnabled(True)
        self.tree.setEnabled(True)
        local = sqlite_file(store.url) is not None  # a shared database is backed up by its server
        for action in (self.backup_action, self.restore_action):
            action.setEnabled(local)
        self._fill_recent()
        # others' changes reach the grids on focus and every N seconds (issue 15)
        self.refresher = Refresher(self.workspace.editor, self, refresh_seconds(self.settings))
        self.refresher.follow_tree(self.tree, lambda: self.year, PROJECT_ID_ROLE)  # others' imports appear
        self.refresh_years()

    # -- menus ---------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.reports_menu = bar.addMenu(self.tr("&Reports"))
        self.help_menu = bar.addMenu(self.tr("&Help"))

        self.import_action = QAction(self.tr("&Import targets…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+I"))
        self.import_action.triggered.connect(lambda: self.import_targets())
        self.file_menu.addAction(self.import_action)
        from desktop.views.recheck_view import install_action

        install_action(self)  # 文件 → 复核自评表… (issue 12)

        self._build_database_actions()
        self.connect_action = QAction(self.tr("&Connect to shared database…"), self)
        self.connect_action.setObjectName("connectShared")
        self.connect_action.triggered.connect(lambda: self.connect_shared())
        self.file_menu.addAction(self.connect_action)

        self.quit_action = QAction(self.tr("E&xit"), self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence.StandardKey.Redo])
        self.edit_menu.addAction(undo)
        self.edit_menu.addAction(redo)
        self.edit_menu.addSeparator()
        # The grid with focus owns these keys; the menu entries serve mouse users and show the keys.
        for text, key, method in (
            (self.tr("&Copy"), QKeySequence.StandardKey.Copy, "copy_selection"),
            (self.tr("&Paste"), QKeySequence.StandardKey.Paste, "paste"),
            (self.tr("C&lear"), QKeySequence.StandardKey.Delete, "clear_selection"),
        ):
            action = QAction(text, self)
            action.setShortcut(key)
            action.setObjectName(f"edit_{method}")
            action.triggered.connect(lambda _checked=False, method=method: self._on_grid(method))
            self.edit_menu.addAction(action)

        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_tree)
        self.view_menu.addAction(refresh)

        from desktop.views.report_dialog import form_titles

        for key, title in form_titles().items():
            action = QAction(title + "…", self)
            action.setObjectName(f"report_{key}")
            action.triggered.connect(lambda _checked=False, key=key: self.open_reports(key))
            self.reports_menu.addAction(action)

        from desktop.views.year_end import install_year_end_menus

        install_year_end_menus(self)  # 新建下一年度 / 填报表 / 与上年对比 / 图表 / 自评报告草稿

        rules = QAction(self.tr("Scoring &rules"), self)
        rules.setObjectName("help_rules")
        rules.triggered.connect(self.show_rules)
        self.help_menu.addAction(rules)
        about = QAction(self.tr("&About"), self)
        about.triggered.connect(self.show_about)
        open_log = QAction(self.tr("Open &log folder"), self)
        open_log.triggered.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file().parent))))
        self.help_menu.addAction(open_log)
        self.help_menu.addAction(about)

    def _build_database_actions(self) -> None:
        """文件 → 备份数据库… / 从备份恢复… / 打开其他数据库… / 最近打开的数据库 (their state
        follows the store: `attach_store`)."""
        self.file_menu.addSeparator()
        self.backup_action = QAction(self.tr("&Back up the database…"), self)
        self.backup_action.setObjectName("backupDatabase")
        self.backup_action.triggered.connect(self.backup_database)
        self.restore_action = QAction(self.tr("Res&tore from a backup…"), self)
        self.restore_action.setObjectName("restoreDatabase")
        self.restore_action.triggered.connect(lambda: self.open_restore())
        for action in (self.backup_action, self.restore_action):
            self.file_menu.addAction(action)
        open_other = QAction(self.tr("&Open another database…"), self)
        open_other.setObjectName("openDatabase")
        open_other.triggered.connect(self.open_other_database)
        self.file_menu.addAction(open_other)
        self.recent_menu = self.file_menu.addMenu(self.tr("Recent databases"))
        self.recent_menu.setObjectName("recentDatabases")
        self.recent_menu.aboutToShow.connect(self._fill_recent)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = self.store.display_name if self.store is not None else None
        for path in recent_databases(self.settings):
            action = self.recent_menu.addAction(path)
            action.setEnabled(path != current)
            action.triggered.connect(lambda _checked=False, path=path: self.database_requested.emit(path))
        self.recent_menu.setEnabled(any(a.isEnabled() for a in self.recent_menu.actions()))

    def backup_database(self) -> None:
        from desktop.models.store import sqlite_file
        from desktop.views.backup_dialog import backup_to_file

        path = sqlite_file(self.store.url)
        if path is None:
            return

        def done(info) -> None:
            self.statusBar().showMessage(
                self.tr("Backed up and verified: %1 (%2 projects, %3 indicators)")
                .replace("%1", str(info.path)).replace("%2", str(info.projects)).replace("%3", str(info.indicators))
            )

        backup_to_file(self, path, self.settings, done)

    def open_restore(self):
        from desktop.models.store import sqlite_file
        from desktop.views.backup_dialog import RestoreDialog

        dialog = RestoreDialog(self.settings, self, sqlite_file(self.store.url))
        dialog.setObjectName("restoreDialog")
        dialog.restore_chosen.connect(self.restore_requested)
        dialog.open()
        return dialog

    def open_other_database(self) -> None:

        from desktop.views.backup_dialog import DB_FILTER

        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open another database"), str(self.settings.value("database/folder", "")),
            self.tr("Database files (%1)").replace("%1", DB_FILTER),
        )
        if path:
            from pathlib import Path

            self.settings.setValue("database/folder", str(Path(path).parent))
            self.database_requested.emit(path)

    def show_rules(self):
        from desktop.views.rules_dialog import RulesDialog

        dialog = RulesDialog(self.year, self)
        dialog.open()
        return dialog

    def _start_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("startPage")
        title = QLabel(self.tr("This database holds no projects yet."))
        title.setObjectName("startTitle")
        title.setStyleSheet("QLabel { font-size: 16pt; }")
        text = QLabel(self.tr("Start with the year's target table (项目支出绩效目标表) as Excel, PDF or text; "
                              "or open the database where your projects already are."))
        text.setWordWrap(True)
        self.start_import = QPushButton(self.tr("Import target tables…"))
        self.start_import.setObjectName("startImport")
        self.start_import.clicked.connect(lambda: self.import_targets())
        self.start_open = QPushButton(self.tr("Open another database…"))
        self.start_open.setObjectName("startOpen")
        self.start_open.clicked.connect(lambda: self.open_other_database())
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column = QWidget()  # a fixed-width column, so the wrapped sentence gets its full height
        column.setFixedWidth(560)
        inner = QVBoxLayout(column)
        inner.setSpacing(12)
        inner.addWidget(title)
        inner.addWidget(text)
        for button in (self.start_import, self.start_open):
            button.setMinimumWidth(220)
            inner.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(column, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def show_about(self) -> QMessageBox:
        from desktop import __version__

        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About"))
        box.setText(
            self.tr("Performance Self-Evaluation Desk %1").replace("%1", __version__)
            + "\n\n"
            + self.tr("Targets, actuals, self-evaluation scores and official forms, offline.")
            + "\n"
            + self.tr("Database: %1").replace("%1", self.store.display_name if self.store is not None else "…")
        )
        box.open()
        return box

    def focused_grid(self) -> GridView | None:
        if self.workspace is None:
            return None
        from desktop.views.grids.table import GridView

        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, GridView):
            widget = widget.parentWidget()
        return widget

    def _on_grid(self, method: str) -> None:
        grid = self.focused_grid()
        if grid is not None:
            getattr(grid, method)()

    # -- import ---------------------------------------------------------------------------------
    def import_targets(self, paths: list[str] | None = None) -> None:
        from desktop.views.import_dialog import start_import

        start_import(self, self.year, self._write_imported, self._on_imported, paths, losses=self._replace_losses)

    def _replace_losses(self, tables, year: int) -> list:
        """Runs on a worker thread: what a replace would remove, by the write's own code, rolled back."""
        from desktop.operations.imports import replace_preview

        preview = replace_preview(self.store, tables, year=year)
        # what the officer is shown is what the write must find, or it refuses (a shared database)
        self._preview_seen = (id(tables), year, preview.seen)
        return preview.lost

    def _write_imported(self, tables, year: int, replace: bool, progress) -> tuple[int, str]:
        """Runs on a worker thread: one transaction for all files."""
        from desktop.operations.imports import write_tables

        seen = self._preview_seen
        expected = seen[2] if replace and seen is not None and seen[:2] == (id(tables), year) else None
        result = write_tables(
            self.store, tables, year=year, replace=replace, expected=expected,
            progress=lambda fraction, text: progress(int(fraction * 1000), 1000, text),
            cancelled=lambda: progress.cancelled,
        )
        return year, str(result)

    def _on_imported(self, outcome: tuple[int, str]) -> None:
        year, summary = outcome
        self.settings.setValue("year", year)
        self.refresh_years()
        self.statusBar().showMessage(self.tr("Imported into %1: %2").replace("%1", str(year)).replace("%2", summary))

    # -- shared database (issue 15) -------------------------------------------------------------
    def connect_shared(self, dialog=None) -> MainWindow | None:
        """Ask for the server, open it, and carry on in a new window on it (this one closes)."""
        from desktop.models import StoreError, open_store
        from desktop.views.connect_dialog import ConnectDialog

        if dialog is None:  # (tests pass one already filled in)
            dialog = ConnectDialog(self.settings, self)
            if dialog.exec() != ConnectDialog.DialogCode.Accepted:
                return None
        try:
            store = open_store(dialog.url(with_password=True).render_as_string(hide_password=False))
        except StoreError as exc:
            QMessageBox.warning(self, self.tr("Cannot open the database"), str(exc))
            return None
        problem = dialog.remember_choices()
        self.successor = None
        self.store_opened.emit(store)  # the application's WindowHost carries on in a new window
        window = self.successor
        if window is None:  # no host (a window made on its own): hand over here
            window = MainWindow(store, self.settings)
            window.owns_store = True
            window.show()
            self.close()
        if problem:
            window.statusBar().showMessage(problem)
        return window

    # -- reports --------------------------------------------------------------------------------
    def open_reports(self, form: str):
        from desktop.views.report_dialog import ReportDialog

        dialog = ReportDialog(self.store, self.year, self.current_project_name, form, self, self.settings)
        dialog.setObjectName("reportDialog")
        dialog.open()
        return dialog

    @property
    def current_project_name(self) -> str | None:
        """The project the grids show (the tree highlights the same one)."""
        if self.workspace is None or self.workspace.project_id is None:
            return None
        index = self._tree_index_of(self.workspace.project_id)
        return index.data() if index is not None else None

    # -- year and tree --------------------------------------------------------------------------
    @property
    def year(self) -> int:
        return int(self.year_box.currentData() or date.today().year)

    def refresh_years(self) -> None:
        from desktop.models import queries

        with self.store.session() as session:
            years = queries.years(session)
        remembered = self.settings.value("year", type=int) or (years[0] if years else date.today().year - 1)
        choices = sorted(set(years) | {remembered, date.today().year}, reverse=True)
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for year in choices:
            self.year_box.addItem(str(year), year)
        self.year_box.setCurrentIndex(choices.index(remembered))
        self.year_box.blockSignals(False)
        self.refresh_tree()
        self.year_changed.emit(self.year)  # the grids reload: after an import the data is new
        self.central.setCurrentWidget(self.workspace if years else self.placeholder)

    def _on_year_index(self, _index: int) -> None:
        self.settings.setValue("year", self.year)
        self.refresh_tree()
        self.year_changed.emit(self.year)

    def refresh_tree(self) -> None:
        from desktop.models import queries

        if self.store is None:  # still opening: the tree fills once it is open
            return
        if self.refresher is not None:
            self.refresher.tree_rebuilt()
        with self.store.session() as session:
            units = queries.unit_tree(session, self.year)
        self.tree_model.removeRows(0, self.tree_model.rowCount())
        root = self.tree_model.invisibleRootItem()
        named = Counter(unit.name for unit in units)
        for unit in units:
            # two departments' units of one name (a table naming its department …（本级）): told apart
            label = unit.name if named[unit.name] == 1 else f"{unit.name}（{unit.department}）"
            unit_item = QStandardItem(label)
            unit_item.setToolTip(unit.department)
            for project in unit.projects:
                item = QStandardItem(project.name)
                item.setData(project.id, PROJECT_ID_ROLE)
                item.setToolTip(project.name)
                unit_item.appendRow(item)
            root.appendRow(unit_item)
        self.tree.expandAll()
        count = sum(len(u.projects) for u in units)
        self.statusBar().showMessage(
            self.tr("%1: %2 units, %3 projects").replace("%1", str(self.year)).replace("%2", str(len(units))).replace("%3", str(count))
        )

    def _on_tree_current(self, current, _previous) -> None:
        project_id = current.data(PROJECT_ID_ROLE)
        if project_id is not None and self.workspace is not None and int(project_id) != self.workspace.project_id:
            self.project_selected.emit(int(project_id))

    def _tree_index_of(self, project_id: int):
        found = self.tree_model.match(self.tree_model.index(0, 0), PROJECT_ID_ROLE, project_id, 1,
                                      Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return found[0] if found else None

    def _show_current_project(self, project_id: int) -> None:
        """One current project for the window: the tree highlights what the grids show."""
        index = self._tree_index_of(project_id)
        if index is not None and index != self.tree.currentIndex():
            self.tree.selectionModel().setCurrentIndex(
                index, self.tree.selectionModel().SelectionFlag.ClearAndSelect)
            self.tree.scrollTo(index)

    # -- geometry -------------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        geometry = self.settings.value("mainWindow/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.value("mainWindow/state")
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.settings.setValue("mainWindow/geometry", self.saveGeometry())
        self.settings.setValue("mainWindow/state", self.saveState())
        self.settings.sync()
        super().closeEvent(event)
        if getattr(self, "owns_store", False) and self.store is not None:  # opened by 连接共享数据库…
            self.store.close()
