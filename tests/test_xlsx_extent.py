"""The worksheet grid bound (xlsxfile._SheetExtent) reads a sheet's XML in chunks with one regex
built for the likely maxima; it must reach exactly what the plain scans reach — every chunking,
references split by a chunk's edge, rows out of order, numbers in other attributes, cells without
references — and refuse the same sheets with the same extent."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.importers import SourceError, xlsxfile


class _Plain(xlsxfile._SheetExtent):
    """The plain scans only, as before the one-regex pass."""

    def _scan_for_more(self, data: bytes) -> bool:
        return False


def _letters(rng: random.Random) -> str:
    pick = rng.random()
    if pick < 0.85:
        return xlsxfile.column_letters(rng.randint(1, 30))
    if pick < 0.95:
        return xlsxfile.column_letters(rng.randint(1, 1200))
    return rng.choice(["", "ABCDEFGHI", "a", "XFD"])


def _row_number(rng: random.Random, n: int) -> str:
    pick = rng.random()
    if pick < 0.9:
        return str(n)
    if pick < 0.95:
        return str(rng.randint(1, 400_000))
    return rng.choice(["0", "007", "1" * 13, str(n) + "0", ""])


def _sheet(rng: random.Random) -> bytes:
    parts = ['<worksheet><sheetPr/><dimension ref="A1:C3"/><sheetData>']
    rows = rng.randint(1, 120)
    order = list(range(1, rows + 1))
    if rng.random() < 0.3:
        rng.shuffle(order)
    for n in order:
        tag = rng.random()
        if tag < 0.8:
            parts.append(f'<row r="{_row_number(rng, n)}">')
        elif tag < 0.88:
            parts.append(f'<row spans="1:3" r="{_row_number(rng, n)}" ht="15">')
        elif tag < 0.93:
            parts.append("<row>")
        else:
            parts.append(rng.choice([f'<row <row r="{n}">', f'<row r="1" <row r="{n * 7}">', "<row >"]))
        for k in range(rng.randint(0, 12)):
            cell = rng.random()
            if cell < 0.85:
                ref = f'r="{_letters(rng) if rng.random() < 0.9 else xlsxfile.column_letters(k + 1)}{_row_number(rng, n)}"'
                parts.append(f'<c {ref} t="n"><v>{k}</v></c>')
            elif cell < 0.92:
                parts.append(f'<c t="s"><v>{k}</v></c>')
            elif cell < 0.96:
                parts.append(f'<c s="1" r="B{n}"><v>1</v></c>')
            else:
                parts.append(f'<c r="C{n}" t="inlineStr"><is><t>r="ZZ{n}9" xr="{n * 1000}"</t></is></c>')
        parts.append("</row>")
    parts.append("</sheetData>")
    if rng.random() < 0.5:
        parts.append(f'<pageSetup firstPageNumber="{rng.randint(1, 900_000)}" useFirstPageNumber="1"/>')
    parts.append("</worksheet>")
    return "".join(parts).encode()


def _extent(cls, data: bytes, cuts: list[int]):
    extent = cls(Path("x.xlsx"), "表")
    try:
        for k, (a, b) in enumerate(zip([0, *cuts], [*cuts, len(data)], strict=True)):
            extent.feed(data[a:b], k == 0)
        extent.finish()
    except SourceError as exc:
        return "refused", exc.problem, exc.place
    return extent.columns, extent.rows


@pytest.mark.parametrize("seed", range(300))
def test_the_one_scan_reaches_what_the_plain_scans_reach(seed):
    rng = random.Random(seed)
    data = _sheet(rng)
    cuts = sorted(rng.sample(range(1, len(data)), min(len(data) - 1, rng.randint(0, 12))))
    assert _extent(xlsxfile._SheetExtent, data, cuts) == _extent(_Plain, data, cuts)


@pytest.mark.parametrize("split", range(1, 12))
def test_a_far_reference_split_between_chunks_is_found(split):
    data = b'<worksheet><sheetData><row r="1"><c r="A1"/><c r="XFD1048576"/></row></sheetData></worksheet>'
    at = data.index(b"XFD") + split - 6
    got = _extent(xlsxfile._SheetExtent, data, [at])
    assert got[0] == "refused" and "A1:XFD1048576" in got[1]


def test_a_row_below_the_last_one_is_found_in_an_ordinary_chunk():
    rows = "".join(f'<row r="{n}"><c r="A{n}"/><c r="B{n}"/></row>' for n in range(1, 500))
    hidden = rows.replace('<c r="B250"/>', '<c r="B299999"/>').replace('<row r="300">', '<row r="310">')
    data = f"<worksheet><sheetData>{hidden}</sheetData></worksheet>".encode()
    assert _extent(xlsxfile._SheetExtent, data, []) == (2, 299_999)
    assert _extent(xlsxfile._SheetExtent, data.replace(b"B299999", b"B300001"), [])[0] == "refused"


def _wordy_sheet(rng: random.Random) -> bytes:
    """A sheet of inline strings as openpyxl writes them (every character &#N;), most cells long
    enough that their text is cut out before the scans, with what could hide among it: '=' and
    references in the text, a '>' inside an attribute's value, cells and rows out of bounds."""
    parts = ['<worksheet><dimension ref="A1:C3"/><sheetData>']
    odd = rng.choice([0, 0, 0.01, 0.1])  # how often a cell holds something that could hide
    for n in range(1, rng.randint(2, 60)):
        far = rng.random() < 0.02  # now and then a row, or a cell below, far out of bounds
        parts.append(f'<row r="{_row_number(rng, n) if far else n}">')
        for k in range(rng.randint(1, 6)):
            text = "".join(f"&#{rng.randint(0x4E00, 0x9FA5)};" for _ in range(rng.choice([2, 10, 40, 200])))
            pick = rng.random()
            if pick < odd:
                text += f' r="ZZ{rng.randint(1, 900_000)}" x={n}'  # as the text says it, raw
            elif pick < 1.5 * odd:
                text += " a = b "
            column = _letters(rng) if rng.random() < 0.02 else xlsxfile.column_letters(k + 1)
            ref = f'r="{column}{_row_number(rng, n) if far else n}"'
            if rng.random() < odd:  # a '>' in a value, text after it, then the reference
                parts.append(f'<c s="1" x="q>{text}" {ref} t="inlineStr"><is><t>{text}</t></is></c>')
            else:
                parts.append(f'<c {ref} t="inlineStr"><is><t>{text}</t></is></c>')
        parts.append("</row>")
    parts.append("</sheetData></worksheet>")
    return "".join(parts).encode()


@pytest.mark.parametrize("seed", range(200))
def test_cutting_the_text_out_changes_no_extent(seed, monkeypatch):
    rng = random.Random(seed)
    data = _wordy_sheet(rng)
    cuts = sorted(rng.sample(range(1, len(data)), min(len(data) - 1, rng.randint(0, 8))))
    cut = _extent(xlsxfile._SheetExtent, data, cuts)
    monkeypatch.setattr(xlsxfile, "_without_text", lambda data: data)
    assert cut == _extent(xlsxfile._SheetExtent, data, cuts) == _extent(_Plain, data, cuts)


def test_text_is_cut_out_of_a_wordy_chunk_only():
    words = "".join(f"&#{0x4E00 + k};" for k in range(100))
    wordy = f'<row r="1"><c r="A1" t="inlineStr"><is><t>{words}</t></is></c></row>'.encode() * 50
    assert xlsxfile._without_text(wordy) == b'<row r="1"><c r="A1" t="inlineStr"><is><t></t></is></c></row>' * 50
    dense = b'<row r="1"><c r="A1" t="n"><v>1</v></c></row>' * 2000
    assert xlsxfile._without_text(dense) is dense
    said = wordy.replace(b"</t>", b"x=1</t>")  # an '=' in the text: cutting it would hide an '='
    assert xlsxfile._without_text(said) is said


def test_a_far_reference_after_a_quoted_angle_bracket_is_refused():
    """A '>' inside a value, then text, then the far reference: cutting from that '>' to the next
    tag would take the reference with it, so the '=' it holds keeps the chunk whole."""
    words = "".join(f"&#{0x4E00 + k};" for k in range(100))
    cells = f'<c r="A1" t="inlineStr"><is><t>{words}</t></is></c>' * 50
    data = (f'<worksheet><sheetData><row r="1">{cells}<c x="q>{words}" r="XFD1048576" t="n"><v>1</v></c>'
            "</row></sheetData></worksheet>").encode()
    got = _extent(xlsxfile._SheetExtent, data, [])
    assert got[0] == "refused" and "A1:XFD1048576" in got[1]


# The same XML written otherwise: calamine reads these references alike (a far one made it abort
# the process), so the bound must read them too.
FAR = [
    b"<row r='3'><c r='ZZ250000' t='n'><v>1</v></c></row>",
    b'<row r="3"><c r = "ZZ250000" t="n"><v>1</v></c></row>',
    b'<row\tr\t=\t"3"><c t="n" r=\n"ZZ250000"><v>1</v></c></row>',
    b'<row r="3"><c r="zz250000" t="n"><v>1</v></c></row>',
    b'<row r="3"><c r="Zz250000" t="n"><v>1</v></c></row>',
    b'<row r="3"><c r="ZZ00000000000250000" t="n"><v>1</v></c></row>',
    b'<row r="250000">' + b'<x:c t="n"><v>1</v></x:c>' * 1200 + b"</row>",
    b'<row r="250000">' + b'<c\tt="n"><v>1</v></c>' * 1200 + b"</row>",
    b'<x:row r="1000000"><c t="n"><v>1</v></c></x:row>',
    b'<row r="00000000000001000000"><c t="n"><v>1</v></c></row>',
    b'<row r="3"><c r="AAAAAAAAA3" t="n"><v>1</v></c></row>',  # nine letters: column 5.6 billion
    b'<row r="3"><c r="aaaaaaaaa3" t="n"><v>1</v></c></row>',
    b'<row r="3"><c r="A' + b"9" * 5000 + b'" t="n"><v>1</v></c></row>',  # past int()'s 4,300 digits
    b'<row r="' + b"9" * 5000 + b'"><c t="n"><v>1</v></c></row>',
    b'<row r="3"><c r="' + b"Z" * 100_000 + b'3" t="n"><v>1</v></c></row>',
]


@pytest.mark.parametrize("far", FAR)
@pytest.mark.parametrize("cls", [xlsxfile._SheetExtent, _Plain])
def test_a_far_reference_written_otherwise_is_refused(far, cls):
    near = b"".join(b'<row r="%d"><c r="A%d" t="n"><v>1</v></c></row>' % (n, n) for n in (1, 2))
    data = b"<worksheet><sheetData>" + near + far + b"</sheetData></worksheet>"
    got = _extent(cls, data, [])
    assert got[0] == "refused", got


@pytest.mark.parametrize(
    ("ref", "shown"), [(b"ref = 'A1:ZZ250000'", "A1:ZZ250000"), (b'ref="A1:AAAAAAAAA3"', "217,180,147,159")]
)
def test_a_declared_area_written_otherwise_is_refused(ref, shown):
    data = b"<worksheet><dimension " + ref + b"/><sheetData></sheetData></worksheet>"
    got = _extent(xlsxfile._SheetExtent, data, [])
    assert got[0] == "refused" and shown in got[1]


def test_plain_references_and_margins_stay_on_the_fast_path(monkeypatch):
    """Excel's page margins (header="0.3") and 指标 text with '=' cost no rewrite of the chunk."""
    rows = "".join(f'<row r="{n}"><c r="A{n}" t="inlineStr"><is><t>≥95%，x&gt;=1</t></is></c></row>' for n in (1, 2))
    data = f'<worksheet><sheetData>{rows}</sheetData><pageMargins header="0.3" footer="0.3"/></worksheet>'.encode()
    monkeypatch.setattr(xlsxfile, "_plain", lambda data: pytest.fail("rewritten"))
    assert _extent(xlsxfile._SheetExtent, data, []) == (1, 2)


def _workbook_saying(tmp_path: Path, name: str, text: str, as_references: bool,
                     padding_as_references: bool = False) -> Path:
    """A workbook with one inline string; with `as_references` its characters written &#N; each
    (`padding_as_references`: so is the long text before it, which leaves its chunks ASCII)."""
    import zipfile

    import openpyxl

    plain = tmp_path / "plain.xlsx"
    wb = openpyxl.Workbook()
    wb.active["A1"] = "填表说明"
    wb.save(plain)
    path = tmp_path / name
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                cell = "".join(f"&#{ord(c)};" for c in text) if as_references else text
                padding = "说明" * 20_000  # the word lands past the first chunk's edge
                if padding_as_references:
                    padding = "".join(f"&#{ord(c)};" for c in padding)
                data = data.replace(b"</sheetData>", (
                    f'<row r="2"><c r="A2" t="inlineStr"><is><t>{padding}</t></is></c>'
                    f'<c r="B2" t="inlineStr"><is><t>{cell}</t></is></c></row></sheetData>').encode())
            out.writestr(info, data)
    return path


@pytest.mark.parametrize("padding_as_references", [False, True])
@pytest.mark.parametrize("as_references", [False, True])
@pytest.mark.parametrize("cut", [False, True])
def test_the_survey_finds_the_score_word_however_it_is_written(tmp_path, monkeypatch, as_references, cut,
                                                               padding_as_references):
    import zipfile

    with_word = _workbook_saying(tmp_path, "self_eval.xlsx", "自评得分", as_references, padding_as_references)
    without = _workbook_saying(tmp_path, "targets.xlsx", "年度指标值", as_references, padding_as_references)
    if cut:  # a chunk's edge two bytes into the word
        sheet = zipfile.ZipFile(with_word).read("xl/worksheets/sheet1.xml")
        word = xlsxfile.SCORE_WORDS[1 if as_references else 0]
        monkeypatch.setattr(xlsxfile, "_CHUNK", sheet.index(word) + 2)
    xlsxfile._SURVEYED.clear()
    assert xlsxfile.zip_survey(with_word).score_word
    assert not xlsxfile.zip_survey(without).score_word
