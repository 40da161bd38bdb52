"""Excel workbooks, read with python-calamine after checking the zip is safe to open.

Before calamine touches the file every member is streamed once through zipfile: declared and real
sizes must stay under the limits (a zip bomb may lie about its sizes; zipfile stops at the declared
size and the CRC check then fails), and no XML part may carry a DOCTYPE (xlsx never needs one; it is
how entity-expansion bombs start). The same pass bounds each worksheet's grid: calamine reads a sheet
as a dense grid from A1 to its last cell (and sizes it first from the declared <dimension>), so one
cell at XFD1048576 makes it allocate hundreds of GB and abort the process. Both the declared range
and the cells' own references must stay under the limits, however the XML writes them (single quotes,
spaces around '=', lower-case letters, leading zeros, prefixed tags, any number of letters or
digits: calamine reads them all).
Vertically merged cells read empty below their first row, so they are filled down from calamine's
merged ranges.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import os
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

from desktop.importers.errors import NO_HEADER, NOTHING_READ, Place, SourceError, sheet_rows
from desktop.importers.limits import (
    MAX_MEMBER_BYTES,
    MAX_MEMBERS,
    MAX_RATIO,
    MAX_SHEET_CELLS,
    MAX_SHEET_COLUMNS,
    MAX_SHEET_ROWS,
    MAX_TOTAL_BYTES,
    MAX_WORKBOOK_BYTES,
)
from desktop.importers.model import ImportedTable
from desktop.importers.packed import SourceRow
from desktop.messages import message

_CHUNK = 1 << 20
_DTD_MARKERS = (b"<!DOCTYPE", b"<!ENTITY", b"<\x00!\x00D\x00O\x00C\x00", b"<\x00!\x00E\x00N\x00T\x00")
_BROKEN = message("importing.xlsx.broken")


# 得分 in a workbook's strings, in UTF-8 or as character references (openpyxl over lxml writes
# &#24471;…): the 自评表 look (self_eval) turns a target table away when no part holds it.
SCORE_WORDS = ("得分".encode(), "".join(f"&#{ord(c)};" for c in "得分").encode())


@dataclass(frozen=True)
class ZipSurvey:
    """What the one pass of check_zip learnt of a sound workbook."""

    score_word: bool  # sharedStrings.xml or a worksheet holds SCORE_WORDS


# Passed workbooks by content: one import asks for the pass two or three times (the 自评表 look,
# the command's own look, the read), and each unzips and scans every part.
_SURVEYED: dict[tuple, ZipSurvey] = {}


def check_zip(path: Path) -> None:
    """Raise SourceError unless the .xlsx zip is sound, reasonably sized and free of DTDs."""
    zip_survey(path)


def zip_survey(path: Path) -> ZipSurvey:
    """check_zip's pass, and what it saw; a file with the same bytes as one passed is not scanned
    again (its digest costs milliseconds, the pass a good part of a second)."""
    try:
        with open(path, "rb") as f:
            if os.fstat(f.fileno()).st_size > MAX_WORKBOOK_BYTES:
                return _survey(path)  # refused by the reader anyway; not worth remembering
            digest = hashlib.file_digest(f, "blake2b").digest()
    except OSError:
        raise SourceError(path, _BROKEN) from None
    # the limits belong to the key: a pass under other limits says nothing about these
    key = (digest, MAX_MEMBERS, MAX_MEMBER_BYTES, MAX_RATIO, MAX_TOTAL_BYTES, MAX_SHEET_ROWS, MAX_SHEET_COLUMNS,
           MAX_SHEET_CELLS)
    survey = _SURVEYED.get(key)  # one lookup: another thread may clear the cache meanwhile
    if survey is None:
        survey = _survey(path)
        if len(_SURVEYED) >= 16:
            _SURVEYED.clear()
        _SURVEYED[key] = survey
    return survey


def _survey(path: Path) -> ZipSurvey:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, EOFError, NotImplementedError, ValueError, RuntimeError):
        # NotImplementedError: a "version needed to extract" from a future zip (or a flipped bit)
        raise SourceError(path, _BROKEN) from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_MEMBERS:
            raise SourceError(path, message("importing.xlsx.too_many_members", count=len(infos)))
        names = {i.filename for i in infos}
        if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
            raise SourceError(path, message("importing.xlsx.zip_not_workbook"))
        declared = sum(i.file_size for i in infos)
        if declared > MAX_TOTAL_BYTES:
            raise SourceError(path, message("importing.xlsx.bomb_total", mb=declared // 1_000_000))
        sheet_names = _sheet_names_by_member(zf, infos)
        total = 0
        score_word = False
        for info in infos:
            if info.file_size > MAX_MEMBER_BYTES or (
                info.file_size > 20_000_000 and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            ):
                raise SourceError(path, message("importing.xlsx.bomb_member", member=info.filename))
            sheet = sheet_names.get(info.filename)
            if sheet is None and _WORKSHEET_MEMBER.match(info.filename):
                sheet = info.filename.rsplit("/", 1)[-1].removesuffix(".xml")
            extent = _SheetExtent(path, sheet) if sheet is not None else None
            strings = info.filename == "xl/sharedStrings.xml" or (
                info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml")
            )
            size, found = _stream_member(zf, info, path, extent, strings and not score_word)
            total += size
            score_word = score_word or found
            if total > MAX_TOTAL_BYTES:
                raise SourceError(path, message("importing.xlsx.bomb"))
    return ZipSurvey(score_word)


_WORD_OVERLAP = max(map(len, SCORE_WORDS)) - 1  # a word cut between two chunks is still found


def _stream_member(
    zf: zipfile.ZipFile, info: zipfile.ZipInfo, path: Path, extent=None, look: bool = False
) -> tuple[int, bool]:
    """(uncompressed size, whether SCORE_WORDS occur) of one member, streamed."""
    size, found, tail = 0, False, b""
    is_xml = info.filename.endswith((".xml", ".rels", ".vml"))
    try:
        with zf.open(info) as member:
            first = True
            while chunk := member.read(_CHUNK):
                if first and is_xml and any(m in chunk[:4096].upper() for m in _DTD_MARKERS):
                    raise SourceError(path, message("importing.xlsx.dtd", member=info.filename))
                if extent is not None:
                    extent.feed(chunk, first)
                if look and not found:
                    edge = tail + chunk[:_WORD_OVERLAP]
                    # Each form only where it can be, by checks as cheap as memchr: the written-out
                    # one where a character reference is; the UTF-8 one where a byte above 127 is
                    # in this chunk (a word cut by the edge has some here, or the last chunk held it
                    # whole). A sheet written all in references is ASCII: one scan of two spared.
                    refs = b"&#" in chunk or b"&#" in edge
                    utf8 = not chunk.isascii()
                    found = any(w in chunk or w in edge for w in SCORE_WORDS if (refs if w.startswith(b"&#") else utf8))
                    tail = chunk[-_WORD_OVERLAP:]
                first = False
                size += len(chunk)
            if extent is not None:
                extent.finish()
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
        raise SourceError(path, _BROKEN) from None
    return size, found


# -- the size of each worksheet's grid, before calamine allocates it -----------------------------

_WORKSHEET_MEMBER = re.compile(r"^xl/worksheets/[^/]+\.xml$")
_SHEET_TAG = re.compile(rb"<(?:\w+:)?sheet\s[^>]*>")
_ATTR_NAME = re.compile(rb'\sname="([^"]*)"')
_ATTR_RID = re.compile(rb'\sr:id="([^"]*)"')
_REL_TAG = re.compile(rb"<(?:\w+:)?Relationship\s[^>]*>")
_ATTR_ID = re.compile(rb'\sId="([^"]*)"')
_ATTR_TARGET = re.compile(rb'\sTarget="([^"]*)"')
_DIMENSION = re.compile(
    rb'<(?:\w+:)?dimension\s+ref="([A-Za-z]+)0*([0-9]+)(?::([A-Za-z]+)0*([0-9]+))?"'
)
# `r="` with a literal start keeps these scans fast; no other worksheet attribute ends in r and
# holds a cell reference (ref, sqref and activeCell do not end so).
_CELL_REF = re.compile(rb'r="([A-Z]+)([0-9]+)"')
_CELL_COLUMN = re.compile(rb'r="([A-Z]+)[0-9]')
_ROW_NUMBER = re.compile(rb'<row\s[^>]*?\br="0*([0-9]+)"')
_REF_ROW = re.compile(rb'r="[A-Z]+([1-9][0-9]*)"')  # as the `below` scan reads a cell's row
_OTHER_CELL_TAG = re.compile(rb'<c(?:>|\s(?!r="))')  # <c> or <c …> not opening with its reference
_CELL_TAG = re.compile(rb"<c[\s>]")
_ROW_TAG = re.compile(rb"<row[\s>]")
# The same XML written otherwise, which calamine reads alike and the scans above would not: a value
# in single quotes or with white space around '=', a namespace prefix on <row> or <c>, lower-case
# column letters, leading zeros. A chunk holding any of them is rewritten to the plain form first.
# (Two scans: one pattern with both would have no literal start and cost several times more.)
_ODD_EQUALS = re.compile(rb"=(?:[\s']|(?<=\s=))")
_ODD_TAG = re.compile(rb":(?:row|c)[\s>/]")
_ODD_REFERENCE = rb'[A-Z]*+(?:[a-z][A-Za-z]*[0-9]|0[0-9]*")'  # after r="
_ODD_REFERENCE_AT = re.compile(rb'r="' + _ODD_REFERENCE)
_PREFIXED_TAG = re.compile(rb"<[A-Za-z_][\w.-]*:(row|c)(?=[\s>/])")
_SINGLE_QUOTED = re.compile(rb"\s*=\s*'([^'<]*)'")
_LOOSE_EQUALS = re.compile(rb'\s*=\s*"')
_LOOSE_REFERENCE = re.compile(rb'r="((?=[A-Z]*[a-z])[A-Za-z]+|[A-Z]*(?=0))0*([0-9]+)"')


# Text between tags: an inline string's characters (openpyxl writes each as &#N;) can be nearly all
# of a sheet's bytes. The scans below look only at tags, so where a sample shows text filling a
# chunk, its long runs are cut out first, in one quick pass. A run holds no '<' (no tag) and, or
# the chunk is scanned whole, no '=' (so no attribute either, should a '>' stand in a value).
_TEXT_RUN = re.compile(rb">[^<]{64,}+<")
_SAMPLE = 1 << 16


def _without_text(data: bytes) -> bytes:
    sample = data[:_SAMPLE]
    if sample.count(b"<") * 64 >= len(sample):  # tags every 64 bytes or more often: little to cut
        return data
    if sample.count(b"=") > sample.count(b'="') + sample.count(b"='"):  # text with '=': the cut would be undone
        return data
    cut = _TEXT_RUN.sub(b"><", data)
    return cut if cut.count(b"=") == data.count(b"=") else data


def _plain(data: bytes) -> bytes:
    data = _PREFIXED_TAG.sub(rb"<\1", data)
    data = _LOOSE_EQUALS.sub(b'="', _SINGLE_QUOTED.sub(rb'="\1"', data))
    return _LOOSE_REFERENCE.sub(lambda m: b'r="' + m[1].upper() + (m[2].lstrip(b"0") or b"0") + b'"', data)


def _sheet_names_by_member(zf: zipfile.ZipFile, infos) -> dict[str, str]:
    """{'xl/worksheets/sheet1.xml': '表1'} from workbook.xml and its relationships (regex only:
    these small parts are read before their DTD check, so no XML parser touches them)."""
    sizes = {i.filename: i.file_size for i in infos}
    if (
        sizes.get("xl/workbook.xml", 1 << 30) > 5_000_000
        or sizes.get("xl/_rels/workbook.xml.rels", 1 << 30) > 5_000_000
    ):
        return {}
    try:
        workbook = zf.read("xl/workbook.xml")
        rels = zf.read("xl/_rels/workbook.xml.rels")
    except (KeyError, zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError, RuntimeError):
        return {}
    targets = {}
    for tag in _REL_TAG.findall(rels):
        rid, target = _ATTR_ID.search(tag), _ATTR_TARGET.search(tag)
        if rid and target:
            t = target.group(1).decode("utf-8", "replace")
            targets[rid.group(1)] = t.lstrip("/") if t.startswith("/") else f"xl/{t}"
    out = {}
    for tag in _SHEET_TAG.findall(workbook):
        name, rid = _ATTR_NAME.search(tag), _ATTR_RID.search(tag)
        if name and rid and rid.group(1) in targets:
            out[targets[rid.group(1)]] = _xml_unescape(name.group(1).decode("utf-8", "replace"))
    return out


def _xml_unescape(text: str) -> str:
    for entity, char in (("&lt;", "<"), ("&gt;", ">"), ("&quot;", '"'), ("&apos;", "'"), ("&amp;", "&")):
        text = text.replace(entity, char)
    return text


def _column_number(letters: bytes) -> int:
    n = 0
    for ch in letters[:13].upper():  # 13 letters are far past any limit; a megabyte would take minutes
        n = n * 26 + ch - 64
    return n


def _whole(digits: bytes) -> int:
    """A row number; 15 digits are far past any limit (and int() refuses more than 4,300)."""
    return int(digits[:15])


def _greater_than(n: int) -> bytes:
    """A regex alternation matching exactly the decimal numbers (no leading zero) above n."""
    text = str(n)
    options = [rb"[1-9][0-9]{%d,}" % len(text)]  # more digits
    for i, ch in enumerate(text):
        if ch != "9":
            rest = len(text) - i - 1
            options.append(text[:i].encode() + b"[%d-9]" % (int(ch) + 1) + rb"[0-9]{%d}" % rest)
    return b"|".join(options)


def _column_beyond(n: int) -> re.Pattern:
    """A cell reference whose column lies right of column n: more letters, or as many and a
    letter greater at the first place they differ (as _greater_than does for digits)."""
    letters = column_letters(n).encode()
    options = [rb"[A-Z]{%d,}" % (len(letters) + 1)]
    for i, ch in enumerate(letters):
        if ch != ord("Z"):
            rest = len(letters) - i - 1
            options.append(letters[:i] + b"[%c-Z]" % (ch + 1) + rb"[A-Z]{%d}" % rest)
    return re.compile(rb'r="(' + b"|".join(options) + rb")[0-9]")


@functools.lru_cache(maxsize=64)
def _beyond(columns: int, rows: int) -> re.Pattern:
    """Every `r="` whose reference could lie right of `columns` or below `rows`: a cell
    reference or a bare number (a row tag's, or another attribute's — _take_reference tells)."""
    right = _column_beyond(columns).pattern.removeprefix(b'r="')
    return re.compile(rb'r="(?:[A-Z]*+(?:[a-z0]|(?:' + _greater_than(rows) + rb')")|' + right + rb")")


def column_letters(n: int) -> str:
    s = ""
    while n > 0:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


class _OddReference(Exception):
    """A reference the plain scans would not read as calamine does: the chunk is made plain."""


class _SheetExtent:
    """Streams one worksheet part and refuses a grid (A1 to the last cell) beyond the limits.

    Chunks are cut after their last '>' so that no tag is split between two scans. Cells without
    an `r` reference (some generators omit it) are placed by counting, as the reader does.
    """

    def __init__(self, path: Path, sheet: str):
        self.path, self.sheet = path, sheet
        self.rows = self.columns = 0
        self.rows_seen = 0  # <row> tags, for sheets without row numbers
        self.unref_in_row = self.unref_widest = 0
        self.carry = b""

    def feed(self, chunk: bytes, first: bool) -> None:
        data = self.carry + chunk
        cut = data.rfind(b">") + 1
        data, rest = data[:cut], data[cut:]
        start = rest.rfind(b"<")  # text holds no raw '<': only a tag cut in two needs carrying
        self.carry = rest[start:] if start != -1 else b""
        if len(self.carry) > _CHUNK:  # one tag of a megabyte: not a worksheet anyone wrote
            raise SourceError(self.path, _BROKEN, Place(sheet=self.sheet))
        data = _without_text(data)
        # (a colon is one memchr away, and absent from the sheet data most writers make)
        plain = _ODD_EQUALS.search(data) is not None or (b":" in data and _ODD_TAG.search(data) is not None)
        if plain:
            data = _plain(data)
        if first:
            m = _DIMENSION.search(data)
            if m:
                last_col, last_row = (m.group(3), m.group(4)) if m.group(3) else (m.group(1), m.group(2))
                self._check(_column_number(last_col), _whole(last_row), declared=True)
        try:
            done = self._scan_for_more(data)
        except _OddReference:
            done = False
        if not done:
            if not plain and _ODD_REFERENCE_AT.search(data):
                data = _plain(data)
            self._exact_extent(data)
        # every cell written `<c r="…` (as Excel and openpyxl do) has a reference; else count them.
        # One scan for a cell tag written otherwise is cheaper than the three counts it spares.
        if _OTHER_CELL_TAG.search(data):
            cells = len(_CELL_TAG.findall(data))
            if cells > data.count(b'<c r="') and cells > len(_CELL_COLUMN.findall(data)):
                self._count_unreferenced(data)
        self._check(self.columns, self.rows)

    def _scan_for_more(self, data: bytes) -> bool:
        """Raise columns and rows to the right-most and lowest reference in `data`, in one scan.

        The last row tag and the last reference first give the likely maxima (rows come in
        order), so the one regex, built for those maxima, matches nothing in an ordinary chunk;
        each match is read again by the exact patterns. False: the work is left to the plain scans.
        """
        k = data.rfind(b"<row")
        if k != -1 and (m := _ROW_NUMBER.match(data, k)):  # a value the full row scan would count
            self.rows = max(self.rows, _whole(m.group(1)))
        k = data.rfind(b'r="')
        if k != -1:
            self._take_reference(data, k)
        at, pattern = 0, _beyond(self.columns, self.rows)
        for _ in range(32):  # then a poor guess, or many false matches: the plain scans are cheaper
            m = pattern.search(data, at)
            if m is None:
                return True
            at = m.end()
            if self._take_reference(data, m.start()):
                if self.columns > MAX_SHEET_COLUMNS:
                    return False  # refused: the plain scans name the whole extent
                pattern = _beyond(self.columns, self.rows)
        return False

    def _take_reference(self, data: bytes, at: int) -> bool:
        """Count the `r="…"` at `at` as the plain scans would; True if a maximum rose."""
        if _ODD_REFERENCE_AT.match(data, at):
            raise _OddReference
        columns, rows = self.columns, self.rows
        if m := _CELL_COLUMN.match(data, at):
            self.columns = max(columns, _column_number(m.group(1)))
        if m := _REF_ROW.match(data, at):
            self.rows = max(rows, _whole(m.group(1)))
        elif data[at + 3 : at + 4].isdigit():
            # no letters: a row tag's number, if the row scan takes it. Its matches hold no '>',
            # so rescanning from the last '>' before to the next after finds the same ones.
            start = data.rfind(b">", 0, at) + 1
            end = data.find(b">", at)
            numbers = _ROW_NUMBER.findall(data, start, len(data) if end == -1 else end)
            self.rows = max(rows, max(map(_whole, numbers), default=0))
        return self.columns > columns or self.rows > rows

    def _exact_extent(self, data: bytes) -> None:
        # Columns: only the references right of the widest so far come out of the C scan. Rows:
        # the <row r="N"> tags, then only the cell references that could lie below the last of
        # them (more digits, or as many digits and a leading digit at least as large).
        at = 0
        while self.columns <= MAX_SHEET_COLUMNS and (m := _column_beyond(self.columns).search(data, at)):
            self.columns, at = _column_number(m.group(1)), m.end()
        if self.columns > MAX_SHEET_COLUMNS:  # refused below: name the whole extent
            self.columns = max([self.columns, *map(_column_number, set(_CELL_COLUMN.findall(data)))])
        self.rows = max(self.rows, max(map(_whole, _ROW_NUMBER.findall(data)), default=0))
        below = re.compile(rb'r="[A-Z]+(' + _greater_than(self.rows) + rb')"')
        self.rows = max(self.rows, max(map(_whole, below.findall(data)), default=0))

    def _count_unreferenced(self, data: bytes) -> None:
        self.rows_seen += len(_ROW_TAG.findall(data))
        pieces = data.split(b"</row>")
        for k, piece in enumerate(pieces):
            self.unref_in_row += len(_CELL_TAG.findall(piece)) - len(_CELL_REF.findall(piece))
            self.unref_widest = max(self.unref_widest, self.unref_in_row)
            if k < len(pieces) - 1:
                self.unref_in_row = 0
        self.columns = max(self.columns, self.unref_widest)
        self.rows = max(self.rows, self.rows_seen)

    def finish(self) -> None:
        self._check(self.columns, self.rows)

    def _check(self, columns: int, rows: int, declared: bool = False) -> None:
        if columns <= MAX_SHEET_COLUMNS and rows <= MAX_SHEET_ROWS and columns * rows <= MAX_SHEET_CELLS:
            return
        code = "importing.xlsx.declared_area_too_big" if declared else "importing.xlsx.cell_range_too_big"
        if columns < 10**6:
            problem = message(code, ref=f"A1:{column_letters(columns)}{rows}", columns=columns, rows=rows)
        else:
            problem = message(code + "_huge", columns=columns, rows=rows)
        raise SourceError(self.path, problem, Place(sheet=self.sheet))


def _sheet_rows(sheet, name: str, path: Path | None = None) -> list[SourceRow]:
    # The grid calamine holds is checked again before it becomes Python lists: an old .xls has no
    # zip to look into first (its grid is at most 65,536 × 256, which calamine survives).
    end = getattr(sheet, "end", None)
    if end is not None:
        extent = _SheetExtent(path or Path(name), name)
        extent._check(end[1] + 1, end[0] + 1)
    rows = sheet.to_python(skip_empty_area=False)
    merges = getattr(sheet, "merged_cell_ranges", None) or []
    filled = 0  # merged ranges do not overlap in a real sheet: together they fill at most the grid
    for (r0, c0), (r1, c1) in merges:
        if r1 == r0 or r0 >= len(rows):
            continue
        filled += (min(r1, len(rows) - 1) - r0) * (max(c1 - c0, 0) + 1)
        if filled > MAX_SHEET_CELLS:
            raise SourceError(
                path or name,
                message("importing.xlsx.merges_overlap", count=len(merges)),
                Place(sheet=name),
            )
        top = rows[r0][c0] if c0 < len(rows[r0]) else ""
        for r in range(r0 + 1, min(r1, len(rows) - 1) + 1):
            for c in range(c0, min(c1, len(rows[r]) - 1) + 1):
                rows[r][c] = top if c == c0 else rows[r0][c] if c < len(rows[r0]) else ""
    places = sheet_rows(name)
    return list(map(SourceRow, rows, itertools.repeat(None), itertools.repeat(places), range(1, len(rows) + 1)))


_XLS_DIMENSIONS = re.compile(rb"\x00\x02\x0e\x00(.{14})", re.DOTALL)  # BIFF8 DIMENSIONS record
_XLS_MAX_ROWS, _XLS_MAX_COLUMNS = 65_536, 256


def check_xls_dimensions(path: Path) -> None:
    """Refuse an old .xls whose DIMENSIONS record claims more rows than the format has.

    calamine sizes the sheet from that record and aborts the process on a huge one (rwMac
    0x7FFFFFFF). Real files never exceed 65,536 rows × 256 columns, so such a record is forged or
    broken. The records are looked for in the file's bytes (a record is not split in the usual
    contiguous layout); the field checks keep random bytes from passing for one.
    """
    import struct

    data = path.read_bytes()
    for m in _XLS_DIMENSIONS.finditer(data):
        first_row, last_row, first_col, last_col, reserved = struct.unpack("<IIHHH", m.group(1))
        if reserved or first_row > last_row or first_col > last_col or last_col > _XLS_MAX_COLUMNS:
            continue
        if last_row > _XLS_MAX_ROWS:
            raise SourceError(
                path,
                message("importing.xls.too_many_rows", rows=last_row, limit=_XLS_MAX_ROWS),
            )


def calamine_failed(exc: BaseException) -> bool:
    """Whether `exc`, raised by a calamine call, means "this file cannot be read": its own error
    types, and a panic of its Rust code, which pyo3 raises as a BaseException so that `except
    Exception` lets it through (a date-formatted cell of -1e12 days makes to_python panic)."""
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _open(path: Path, zipped: bool):
    from python_calamine import CalamineWorkbook

    size = path.stat().st_size
    if size > MAX_WORKBOOK_BYTES:
        raise SourceError(path, message("importing.file_too_big", mb=size // 1_000_000))
    if zipped:
        check_zip(path)
    else:
        check_xls_dimensions(path)
    try:
        return CalamineWorkbook.from_path(str(path))
    except BaseException as exc:  # calamine raises its own CalamineError/XmlError/ZipError types
        if not calamine_failed(exc):
            raise
        raise SourceError(path, _BROKEN) from None


def _worksheet_names(workbook) -> list[str]:
    names = [
        m.name for m in workbook.sheets_metadata if str(getattr(m, "typ", "WorkSheet")).endswith("WorkSheet")
    ]
    return names or workbook.sheet_names


def _rows_of(path: Path, workbook, name: str) -> list[SourceRow]:
    try:
        sheet = workbook.get_sheet_by_name(name)
        return _sheet_rows(sheet, name, path)
    except SourceError:
        raise
    except BaseException as exc:
        if not calamine_failed(exc):
            raise
        raise SourceError(path, _BROKEN, Place(sheet=name)) from None


def read_sheet_rows(path: Path, zipped: bool = True) -> list[tuple[str, list[SourceRow]]]:
    workbook = _open(path, zipped)
    try:
        return [(name, _rows_of(path, workbook, name)) for name in _worksheet_names(workbook)]
    finally:
        workbook.close()


def read_workbook(path: Path, mapping=None, check=None, zipped: bool = True) -> list[ImportedTable]:
    from desktop.importers.textfile import rows_to_table

    workbook = _open(path, zipped)
    tables: list[ImportedTable] = []
    first_error: SourceError | None = None
    try:
        names = _worksheet_names(workbook)
        for name in names:
            if check:
                check()
            rows = _rows_of(path, workbook, name)
            if not rows:
                continue
            try:
                table = rows_to_table(rows, path, "packed", mapping, check, check_all_cells=False)
            except SourceError as exc:
                if exc.code not in (NO_HEADER, NOTHING_READ):  # a sheet without the table: try the next
                    raise
                first_error = first_error or SourceError(path, exc.message, Place(sheet=name))
                continue
            if len(names) > 1:
                table.source = f"{path.name}#{name}"
            tables.append(table)
    finally:
        workbook.close()
    if not tables:
        raise first_error or SourceError(path, message("importing.xlsx.no_data"))
    return tables
