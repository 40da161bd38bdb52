"""Importers for the 项目支出绩效目标表: text/TSV, CSV, Excel and text PDFs, into plain ImportedTable objects.

Pure Python and file reading only: no Qt, no database. `read_files` is the entry point.
"""

from desktop.importers.errors import ImportCancelled, SourceError
from desktop.importers.headers import ROLE_LABELS
from desktop.importers.model import ImportedTable, to_truth_dict
from desktop.importers.reading import DetectedColumns, detect_columns, read_file, read_files

__all__ = [
    "ROLE_LABELS",
    "DetectedColumns",
    "ImportCancelled",
    "ImportedTable",
    "SourceError",
    "detect_columns",
    "read_file",
    "read_files",
    "to_truth_dict",
]
