"""The one error an import raises, and the places it names: codes and fields, rendered at the edge.

A `SourceError` carries a message code with its fields and the place (file, sheet, page, row,
column) as data, so callers branch on `code` and tests read `sheet`/`row`/`column` whatever the
language; `str(err)` is the sentence in the UI's language.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.i18n import language
from desktop.messages import Message, catalogue, message, render, translate

# Codes callers branch on: a sheet without the table is skipped for the next one (xlsxfile), and
# a file without a header may be another kind of form (reading).
NO_HEADER = "importing.no_header"
NOTHING_READ = "importing.nothing_read"


_PARTS = {"header": "importing.place.header", "above_table": "importing.place.above_table",
          "outside_table": "importing.place.outside_table"}


def _texts() -> dict[str, str]:
    """The place pieces' texts in the UI's language, looked up once per language: an import names
    the place of every row it reads, so a place is filled in directly, without a Message."""
    lang = language()
    texts = _TEXTS.get(lang)
    if texts is None:
        texts = _TEXTS[lang] = {code: translate(text) for code, text in catalogue().items()
                                if code.startswith("importing.place.")}
    return texts


_TEXTS: dict[str, dict[str, str]] = {}


class Place(str):
    """Where in a file, as the officer reads it ("工作表“S”第 5 行") and as data (.sheet, .row …).

    A `str` so that previews, logs and stored repairs keep working with it as text; the text is
    made once, in the UI's language, from the coordinates.
    """

    # Coordinates not given are these class defaults: an import names thousands of places, and
    # most are a sheet and a row, so only what is given is stored on the place itself.
    sheet: str | None = None
    page: int | None = None
    row: int | None = None
    row_end: int | None = None
    column: int | None = None
    part: str | None = None
    _from_row = _letter = False

    def __new__(cls, *, sheet: str | None = None, page: int | None = None, row: int | None = None,
                row_end: int | None = None, column: int | None = None, part: str | None = None,
                from_row: bool = False, letter: bool = False) -> Place:
        say = _texts()
        if page is None and row_end is None and column is None and part is None and not from_row:
            # a sheet's row (or either alone), the place of nearly every row an import reads
            if sheet is None:
                text = "" if row is None else say["importing.place.row"].format(row=row)
            elif row is None:
                text = say["importing.place.sheet"].format(sheet=sheet)
            else:
                text = say["importing.place.join"].format(first=say["importing.place.sheet"].format(sheet=sheet),
                                                          then=say["importing.place.row"].format(row=row))
            place = super().__new__(cls, text)
            if sheet is not None:
                place.sheet = sheet
            if row is not None:
                place.row = row
            if letter:
                place._letter = True
            return place
        pieces: list[str] = []
        if sheet is not None:
            pieces.append(say["importing.place.sheet"].format(sheet=sheet))
        if page is not None:
            pieces.append(say["importing.place.page"].format(page=page))
        if row is not None:
            if row_end is not None and row_end != row:
                pieces.append(say["importing.place.rows"].format(row=row, row_end=row_end))
            elif from_row:
                pieces.append(say["importing.place.rows_from"].format(row=row))
            else:
                pieces.append(say["importing.place.row"].format(row=row))
        if part is not None:
            pieces.append(say[_PARTS[part]])
        if column is not None and not letter:
            pieces.append(say["importing.place.column"].format(column=column))
        text = pieces[0] if pieces else ""
        for piece in pieces[1:]:
            text = say["importing.place.join"].format(first=text, then=piece)
        if column is not None and letter:  # a workbook's cell, as Excel names its column: "第 5 行 G 列"
            text = say["importing.place.cell_letter"].format(place=text, letter=column_letter(column))
        place = super().__new__(cls, text)
        place.sheet, place.page, place.row, place.row_end = sheet, page, row, row_end
        place.column, place.part = column, part
        place._from_row, place._letter = from_row, letter
        return place

    def __reduce__(self):  # copy and pickle keep the text as made and the coordinates
        return _restored_place, (str(self), self._coordinates())

    def _coordinates(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "page": self.page, "row": self.row, "row_end": self.row_end,
                "column": self.column, "part": self.part, "_from_row": self._from_row, "_letter": self._letter}

    def with_column(self, column: int) -> Place:
        """This place narrowed to a 1-based column."""
        return Place(sheet=self.sheet, page=self.page, row=self.row, row_end=self.row_end,
                     column=column, part=self.part, from_row=self._from_row, letter=self._letter)

    def fields(self) -> dict[str, Any]:
        return {k: v for k, v in (("sheet", self.sheet), ("page", self.page), ("row", self.row),
                                  ("column", self.column)) if v is not None}


def sheet_rows(sheet: str) -> Callable[[int], Place]:
    """`Place(sheet=sheet, row=n)` for any n, with the sheet's part of the text made once: a
    workbook's reader names thousands of rows of one sheet."""
    say = _texts()
    first = say["importing.place.sheet"].format(sheet=sheet)
    join, row_text = say["importing.place.join"], say["importing.place.row"]

    def place(row: int) -> Place:
        made = str.__new__(Place, join.format(first=first, then=row_text.format(row=row)))
        made.sheet, made.row = sheet, row
        return made

    return place


def _restored_place(text: str, coordinates: dict[str, Any]) -> Place:
    place = str.__new__(Place, text)
    for name, value in coordinates.items():
        setattr(place, name, value)
    return place


def column_letter(column: int) -> str:
    """1 → "A", 27 → "AA": the name Excel shows for a 1-based column."""
    letters = ""
    while column > 0:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def at_column(place: str, column: int) -> str:
    """`place` narrowed to a 1-based column ("第 5 行" → "第 5 行第 3 列")."""
    if isinstance(place, Place):
        return place.with_column(column)
    column_text = message("importing.place.column", column=column)
    return render(message("importing.place.join", first=place, then=column_text))


def place_fields(place: str | None) -> dict[str, Any]:
    """The coordinates of `place` when it is a `Place`; a plain text place has none."""
    return place.fields() if isinstance(place, Place) else {}


class SourceError(Exception):
    """A file that cannot be imported. `code`/`fields` say what and where; `str(err)` says it in words."""

    def __init__(self, path: str | Path | None, problem: Message, place: str | None = None):
        self.path = str(path) if path is not None else None
        self.place = place
        self.message = problem
        super().__init__(self.sentence())

    @property
    def code(self) -> str:
        return self.message.code

    @property
    def problem(self) -> str:
        """The problem alone, in words (without the file and the place)."""
        return render(self.message)

    @property
    def fields(self) -> dict[str, Any]:
        """The problem's own fields with the file and the place's coordinates."""
        where = {"file": Path(self.path).name} if self.path else {}
        return {**self.message.fields, **where, **place_fields(self.place)}

    @property
    def sheet(self) -> str | None:
        return self.fields.get("sheet")

    @property
    def row(self) -> int | None:
        return self.fields.get("row")

    @property
    def column(self) -> int | None:
        return self.fields.get("column")

    def sentence(self) -> str:
        name = Path(self.path).name if self.path else render(message("importing.a_file"))
        if self.place:
            return render(message("importing.cannot_import_at", file=name, place=self.place, problem=self.message))
        return render(message("importing.cannot_import", file=name, problem=self.message))


class ImportCancelled(Exception):
    """The officer pressed 取消 while files were being read."""
