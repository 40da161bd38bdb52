"""Font chains for the forms: the PC's own 仿宋/宋体/黑体 first, then the fonts we ship.

Every character is looked up in each font's cmap, in chain order; the first font that has the
glyph draws it, so a rare character never prints as a box. Only TrueType outlines are used
(reportlab embeds them as subsets); CFF fonts and non-embedded CID fonts are never used.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from desktop.paths import resources_dir
from desktop.reports.linebreak import break_lines

log = logging.getLogger(__name__)

# Printed for a character no font has: the geta mark, the typesetters' sign for a missing glyph.
MISSING_MARK = "〓"

# (file name, subfont index) in preference order, per role. System fonts come first.
BODY_FILES = [("simfang.ttf", 0), ("simsun.ttc", 0), ("simsun.ttf", 0)]
TITLE_FILES = [("simhei.ttf", 0), ("simsun.ttc", 0), ("simsun.ttf", 0)]
SHIPPED_FILES = [("gbsn00lp.ttf", 0), ("DroidSansFallbackFull.ttf", 0), ("DejaVuSans.ttf", 0)]


def system_font_dirs() -> list[Path]:
    """The Windows fonts folders (machine-wide and per user); nothing elsewhere, so other
    systems print with the shipped fonts only and look the same on every PC."""
    dirs = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    if windir:
        dirs.append(Path(windir) / "Fonts")
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    return [d for d in dirs if d.is_dir()]


def shipped_font_dir() -> Path:
    return resources_dir() / "fonts"


_registered: dict[tuple[str, int], TTFont | None] = {}


def _load(path: Path, index: int) -> TTFont | None:
    """Register a TrueType font once per process; None if reportlab cannot embed it."""
    key = (str(path), index)
    if key not in _registered:
        name = f"pd-{path.stem}-{index}"
        try:
            font = TTFont(name, str(path), subfontIndex=index)
            pdfmetrics.registerFont(font)
        except Exception as exc:  # CFF outlines, broken files: skip, the chain goes on
            log.warning("font %s unusable: %s", path, exc)
            font = None
        _registered[key] = font
    return _registered[key]


@dataclass
class FontChain:
    """Fonts in fallback order; per-character font choice and width are cached."""

    fonts: list[TTFont]
    _font_of: dict[str, int] = field(default_factory=dict)
    _width: dict[str, float] = field(default_factory=dict)  # advance per 1 pt of size
    missing: set[str] = field(default_factory=set)
    _ok: set[str] = field(default_factory=lambda: {"\n"})
    _lines: dict[tuple[str, float, float], list[str]] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return [f.fontName for f in self.fonts]

    def font_index(self, ch: str) -> int:
        idx = self._font_of.get(ch)
        if idx is None:
            code = ord(ch)
            idx = -1
            for i, font in enumerate(self.fonts):
                if code in font.face.charToGlyph:
                    idx = i
                    break
            if idx < 0:
                self.missing.add(ch)
            self._font_of[ch] = idx
        return idx

    def clean(self, text: str) -> str:
        """Text with characters no font has replaced by MISSING_MARK (logged once each)."""
        if self._ok.issuperset(text):  # the usual case, checked at C speed
            return text
        out = []
        for ch in text:
            if self.font_index(ch) < 0 and ch != "\n":
                log.warning("no font has U+%04X %r; printed as %s", ord(ch), ch, MISSING_MARK)
                out.append(MISSING_MARK)
            else:
                self._ok.add(ch)
                out.append(ch)
        return "".join(out)

    def lines(self, text: str, max_width: float, size: float) -> list[str]:
        """break_lines with this chain's widths, cached: forms repeat most of their texts."""
        key = (text, max_width, size)
        got = self._lines.get(key)
        if got is None:
            if len(self._lines) > 200_000:
                self._lines.clear()
            got = self._lines[key] = break_lines(text, max_width, lambda s: self.width(s, size))
        return got

    def char_width(self, ch: str) -> float:
        w = self._width.get(ch)
        if w is None:
            idx = self.font_index(ch)
            font = self.fonts[idx if idx >= 0 else 0]
            w = font.stringWidth(ch, 1.0)
            self._width[ch] = w
        return w

    def width(self, text: str, size: float) -> float:
        try:
            return sum(map(self._width.__getitem__, text)) * size
        except KeyError:
            for ch in text:
                self.char_width(ch)
            return sum(map(self._width.__getitem__, text)) * size

    def runs(self, text: str) -> list[tuple[str, str]]:
        """Split text into (font name, substring) runs of one font each."""
        fonts = self.fonts
        out: list[tuple[str, str]] = []
        cur = -2
        start = 0
        for i, ch in enumerate(text):
            idx = self._font_of.get(ch)
            if idx is None:
                idx = self.font_index(ch)
            if idx < 0:
                idx = 0
            if idx != cur:
                if cur >= 0 and i > start:
                    out.append((fonts[cur].fontName, text[start:i]))
                cur = idx
                start = i
        if cur >= 0 and start < len(text):
            out.append((fonts[cur].fontName, text[start:]))
        return out


@dataclass
class FontSet:
    body: FontChain
    title: FontChain


def _chain(preferred: list[tuple[str, int]], dirs: list[Path], shipped: Path) -> FontChain:
    fonts: list[TTFont] = []
    seen: set[str] = set()
    candidates = [(d / n, i) for n, i in preferred for d in dirs]
    candidates += [(shipped / n, i) for n, i in SHIPPED_FILES]
    for path, index in candidates:
        if path.is_file() and path.name.lower() not in seen:
            font = _load(path, index)
            if font is not None:
                fonts.append(font)
                seen.add(path.name.lower())
    if not fonts:
        raise RuntimeError(f"no usable TrueType font in {dirs} or {shipped}")
    return FontChain(fonts)


_default: FontSet | None = None


def font_set(system_dirs: list[Path] | None = None, shipped: Path | None = None) -> FontSet:
    """The fonts for the forms. With no arguments: Windows fonts + shipped ones, cached."""
    global _default
    if system_dirs is None and shipped is None and _default is not None:
        return _default
    dirs = system_font_dirs() if system_dirs is None else system_dirs
    ship = shipped_font_dir() if shipped is None else shipped
    fs = FontSet(body=_chain(BODY_FILES, dirs, ship), title=_chain(TITLE_FILES, dirs, ship))
    if system_dirs is None and shipped is None:
        _default = fs
    return fs
