"""Entry point: pick the reader by content, report progress, honour cancel."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.domain.numbers import MAX_TYPED_DIGITS, oversized_number
from desktop.importers.errors import NO_HEADER, ImportCancelled, SourceError
from desktop.importers.indicators import parse_indicators
from desktop.importers.limits import MAX_INDICATORS_PER_PROJECT
from desktop.importers.model import ImportedProject, ImportedTable, Repair
from desktop.importers.packed import SourceRow
from desktop.messages import Message, message
from desktop.oserrors import os_error_text

Progress = Callable[[float, str], None]
_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"


def _sniff(path: Path) -> str:
    try:
        with path.open("rb") as f:
            head = f.read(8)
    except FileNotFoundError:
        raise SourceError(path, message("importing.file_missing")) from None
    except IsADirectoryError:
        raise SourceError(path, message("importing.is_folder")) from None
    except PermissionError:
        raise SourceError(path, message("importing.no_permission")) from None
    except OSError as exc:
        raise SourceError(path, message("importing.cannot_open", reason=os_error_text(exc))) from None
    suffix = path.suffix.lower()
    if not head:
        raise SourceError(path, message("importing.file_empty"))
    if suffix in (".xlsx", ".xlsm"):
        if head.startswith(_OLE_MAGIC):
            raise SourceError(
                path,
                message("importing.xlsx.ole"),
            )
        if not head.startswith(_ZIP_MAGIC):
            raise SourceError(path, message("importing.xlsx.not_workbook"))
        return "xlsx"
    if suffix == ".xls":
        if head.startswith(_ZIP_MAGIC):
            return "xlsx"
        if not head.startswith(_OLE_MAGIC):
            raise SourceError(path, message("importing.xls.not_workbook"))
        return "xls"
    if head.startswith(_ZIP_MAGIC):
        return "xlsx"
    if suffix == ".csv":
        return "csv"
    if suffix == ".pdf" or head.startswith(b"%PDF"):
        if not head.startswith(b"%PDF"):
            raise SourceError(path, message("importing.pdf.not_pdf"))
        return "pdf"
    return "text"


# Called with each project once it is complete, before the next is split; the project's
# indicator list is the sink's from then on (see read_file).
ProjectSink = Callable[[ImportedTable, ImportedProject], None]


def read_file(
    path: str | Path,
    mapping: dict[str, int | str] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    progress: Callable[[float], None] | None = None,
    on_project: ProjectSink | None = None,
) -> list[ImportedTable]:
    """Every target table in one file (a workbook may hold one per sheet).

    `mapping` overrides the detected column meanings: {role: column index or header label}.
    `progress(fraction)` follows the rows of the table being parsed. `on_project(table, project)`
    gets each project as soon as it is complete, its table's other fields already final; the
    file may still be refused afterwards (a later project too big), so what the sink does with
    them must be undone then, as an import's rolled-back transaction is. The project's indicator
    list goes to the sink: once it returns, the table keeps the project without it (a sink that
    needs the list later keeps it) and counts the indicators in `handed_on`. A department
    workbook's 40,000 indicator records would otherwise live to the end of the read only to be
    counted, and the collector walk them over and over on the way.
    """
    from desktop.importers import textfile, xlsxfile

    path = Path(path)

    def check(done: int = 0, total: int = 0) -> None:
        if cancelled():
            raise ImportCancelled()
        if progress and total:
            progress(done / total)

    kind = _sniff(path)
    if kind in ("xlsx", "xls"):
        from desktop.importers.self_eval import looks_like_self_eval

        if looks_like_self_eval(path):  # issue 12: a filled 自评表 is not a target table
            raise SourceError(path, message("importing.is_self_eval"))
    try:
        if kind == "pdf":
            from desktop.importers import pdffile

            tables = pdffile.read_pdf(path, mapping, check)
        elif kind == "xlsx":
            tables = xlsxfile.read_workbook(path, mapping, check)
        elif kind == "xls":
            tables = xlsxfile.read_workbook(path, mapping, check, zipped=False)
        elif kind == "csv":
            tables = [textfile.read_csv(path, mapping, check)]
        else:
            tables = [textfile.read_text(path, mapping, check)]
    except SourceError as exc:
        if exc.code == NO_HEADER and (looks := what_it_looks_like(path, kind)):
            raise SourceError(path, _not_a_target_table(looks)) from None
        raise
    for table in tables:  # a report's own tables may read like projects: its title says what it is
        title = "".join((table.title or "").split())
        if any(words in title for words in _REPORTS):
            raise SourceError(path, _not_a_target_table(_kind_named(title) or Message("importing.looks.self_eval_report")))
    if not any(t.projects for t in tables):
        looks = what_it_looks_like(path, kind)
        raise SourceError(
            path,
            _not_a_target_table(looks)
            if looks
            else message("importing.no_project_rows"),
        )
    for table in tables:
        _complete(table, path, check, on_project)
    return tables


def _complete(table: ImportedTable, path: Path, check: Callable[..., None], on_project: ProjectSink | None) -> None:
    """The last step of reading a table: split the packed indicator lists left for it, one project
    at a time, refuse what no screen is meant for, and hand each finished project on."""
    unsplit, table.unsplit = table.unsplit, []
    if unsplit and len(unsplit) != len(table.projects):
        raise AssertionError(f"{len(unsplit)} indicator lists for {len(table.projects)} projects")
    empty = []  # projects without a single indicator read
    for n, project in enumerate(table.projects):
        if n % 500 == 499:
            check()
        if unsplit:
            project.indicators = parse_indicators(unsplit[n])
        _refuse_oversized(project, path)
        if not project.indicators:
            empty.append(project)
        if on_project is not None:
            on_project(table, project)
            table.handed_on += len(project.indicators)
            project.indicators = []
    if empty and len(empty) < len(table.projects):  # the others have theirs: a row misread, most likely
        table.flagged += [Repair(p.place, message("importing.repair.no_indicators", name=p.name[:30])) for p in empty]


_LABELS = (
    ("period_target", "importing.label.period_target"),
    ("annual_target", "importing.label.annual_target"),
    ("actual", "importing.label.actual"),
)


def _refuse_oversized(project: ImportedProject, path: Path) -> None:
    """A target or actual whose number has more than 15 digits (完成999…次) is refused here, at
    entry, as the grid refuses it when typed: no score, screen or form has to cope with it. So is
    a project of thousands of indicators (no grid or form is meant for one)."""
    if len(project.indicators) > MAX_INDICATORS_PER_PROJECT:
        raise SourceError(
            path,
            message("importing.too_many_indicators", name=project.name[:30],
                    count=len(project.indicators), limit=MAX_INDICATORS_PER_PROJECT),
            project.place or None,
        )
    # One scan of all the project's texts, a line each (no number runs across a line break); the
    # indicator and its label are looked for only when that scan finds one. A text of 15 characters
    # or fewer cannot hold 16 digits (two targets in three are that short: 90%, ≥95%, 100次).
    texts = [t for ind in project.indicators for t in (ind.period_target, ind.annual_target, ind.actual)
             if t and len(t) > MAX_TYPED_DIGITS]
    if not oversized_number("\n".join(texts)):
        return
    for ind in project.indicators:
        for attr, code in _LABELS:
            number = oversized_number(getattr(ind, attr))
            if number is not None:
                raise SourceError(
                    path,
                    message("importing.oversized_number", name=project.name[:30], indicator=ind.name[:30],
                            label=message(code), number=number, digits=MAX_TYPED_DIGITS),
                    project.place or None,
                )


_KINDS = (
    ("部门整体支出绩效自评", "importing.looks.department_self_eval"),
    ("部门整体支出绩效目标", "importing.looks.department_targets"),
    ("绩效自评报告", "importing.looks.self_eval_report"),
    ("绩效自评表", "importing.looks.self_eval"),
    ("自评表", "importing.looks.self_eval"),
    ("绩效目标申报表", "importing.looks.application"),
    ("申报表", "importing.looks.application"),
    ("绩效监控", "importing.looks.monitoring"),
)


# Titles of documents that are never a table of projects (a year-end 项目支出绩效自评 table with
# targets and actuals is one, and is read as such).
_REPORTS = ("自评报告", "部门整体支出绩效自评")


def _kind_named(text: str) -> Message | None:
    return next((Message(code) for words, code in _KINDS if words in text), None)


def _not_a_target_table(looks: Message) -> Message:
    return message("importing.not_a_target_table", looks=looks)


def what_it_looks_like(path: Path, kind: str | None = None) -> Message | None:
    """'这是项目支出绩效自评表…' when the first rows of the file name its kind, else None."""
    from desktop.importers import textfile, xlsxfile
    from desktop.importers.textnorm import CellTooLong, clean

    kind = kind or _sniff(path)
    try:
        if kind in ("xlsx", "xls"):
            sheets = [rows for _, rows in xlsxfile.read_sheet_rows(path, zipped=kind == "xlsx")]
        elif kind == "pdf":  # its text layer, not its bytes
            from desktop.importers.pdffile import first_page_text

            sheets = [[SourceRow([line]) for line in first_page_text(path).splitlines()]]
        elif kind == "csv":
            sheets = [textfile.csv_rows(path)]
        else:
            sheets = [textfile.text_rows(path)]
    except SourceError:
        return None
    for rows in sheets:
        head = []
        for row in rows[:40]:
            for cell in row.cells:
                try:
                    head.append(clean(cell))
                except CellTooLong:
                    continue
        if (looks := _kind_named("".join(head))) is not None:
            return looks
    return None


def read_files(
    paths: Iterable[str | Path],
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    mapping: dict[str, int | str] | None = None,
    on_project: ProjectSink | None = None,
) -> list[ImportedTable]:
    """Read all files or raise: SourceError on the first bad one, ImportCancelled on cancel.

    Meant for a worker thread: `progress(fraction, message)` is called between files and
    `cancelled()` is polled between files and every few hundred rows. `on_project`: see read_file.
    """
    paths = [Path(p) for p in paths]
    tables: list[ImportedTable] = []
    for i, path in enumerate(paths):
        if cancelled():
            raise ImportCancelled()
        if progress:
            progress(i / max(len(paths), 1), str(message("importing.progress.reading", file=path.name, n=i + 1, of=len(paths))))
        said = str(message("importing.progress.reading", file=path.name, n=i + 1, of=len(paths)))

        def within(fraction: float, i=i, said=said) -> None:
            if progress:
                progress((i + fraction) / len(paths), said)

        tables.extend(read_file(path, mapping, cancelled, within, on_project))
    if progress:
        progress(1.0, str(message("importing.progress.read", count=len(paths))))
    return tables


@dataclass
class DetectedColumns:
    """What the importer understood of one sheet's header, for the column-mapping dialog.

    `labels` are the header cells as printed (whitespace removed); `roles` maps each understood
    role (see headers.ROLE_LABELS for its Chinese name) to a column index. The dialog returns a
    corrected {role: index or label} that goes back into read_file(..., mapping=...).
    """

    sheet: str | None
    header_place: str
    labels: list[str]
    roles: dict[str, int]
    per_indicator: bool


def detect_columns(path: str | Path) -> list[DetectedColumns]:
    """The header of every sheet (or of the text/CSV file) that has one; SourceError if none."""
    from desktop.importers import textfile, xlsxfile
    from desktop.importers.headers import find_header

    path = Path(path)
    kind = _sniff(path)
    if kind in ("xlsx", "xls"):
        sheets = xlsxfile.read_sheet_rows(path, zipped=kind == "xlsx")
    elif kind == "csv":
        sheets = [(None, textfile.csv_rows(path))]
    elif kind == "pdf":
        from desktop.importers import pdffile

        preamble, _, pages = pdffile.page_rows(path)
        sheets = [(None, preamble + pdffile.stitch(pages))]
    else:
        sheets = [(None, textfile.text_rows(path))]
    found = []
    for sheet, rows in sheets:
        cmap = find_header([r.cells for r in rows])
        if cmap is not None:
            place = rows[cmap.header_index].place
            found.append(DetectedColumns(sheet, place, cmap.labels, dict(cmap.columns), cmap.per_indicator))
    if not found:
        raise SourceError(path, message(NO_HEADER))
    return found
