"""Chinese line breaking for table cells (禁则): no line starts with closing punctuation
(，。；：！？、）》 …) and none ends with an opening one (（《 …).

reportlab's CJK wrap only knows the Japanese list, so a line there can start with ，；：！？.
Here text is cut into clusters that must stay on one line (a CJK character with the
punctuation glued to it, a run of Latin letters/digits like 98.79%), then filled greedily.
"""

from __future__ import annotations

from collections.abc import Callable

NO_LINE_START = frozenset(
    "，。；：！？、）》〉」』】〕〗”’…‥·・～—％‰°℃"
    ",.;:!?)]}>%"
)
NO_LINE_END = frozenset("（《〈「『【〔〖“‘([{<")

WidthFn = Callable[[str], float]


def _tokens(text: str) -> list[str]:
    """Atoms: one CJK character, one space, or a run of ASCII word characters."""
    out: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isascii() and ch.isalnum():
            j = i + 1
            while j < n and text[j].isascii() and (text[j].isalnum() or text[j] in ".,%-/_+:"):
                # a trailing sign belongs to the next cluster rules (e.g. "100%" keeps %)
                j += 1
            out.append(text[i:j])
            i = j
        else:
            out.append(ch)
            i += 1
    return out


def clusters(text: str) -> list[str]:
    """Unbreakable pieces: opening punctuation glued forward, closing punctuation glued back."""
    out: list[str] = []
    pending = ""  # opening punctuation waiting for the next atom
    for tok in _tokens(text):
        if tok.isspace():
            if pending:
                pending += tok
            else:
                out.append(tok)
            continue
        if tok in NO_LINE_END:
            pending += tok
            continue
        if tok[0] in NO_LINE_START and out and not pending:
            if out[-1].isspace() and len(out) > 1:
                space = out.pop()  # "完成 ，" : the comma still may not open a line
                out[-1] += space
            if not out[-1].isspace():
                out[-1] += tok
                continue
        out.append(pending + tok)
        pending = ""
    if pending:
        if out:
            out[-1] += pending
        else:
            out.append(pending)
    return out


def _split_long(cluster: str, max_width: float, width: WidthFn) -> list[str]:
    """A cluster wider than the cell (a long number or URL): cut it by character, still never
    putting closing punctuation first."""
    pieces: list[str] = []
    cur = ""
    for ch in cluster:
        # a run of punctuation with no allowed break ('（' × 300) is cut once it has run a character
        # past the cell: it would otherwise run off the page
        if cur and width(cur + ch) > max_width and (
                ch not in NO_LINE_START and cur[-1] not in NO_LINE_END or width(cur) > max_width):
            pieces.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        pieces.append(cur)
    return pieces


def break_lines(text: str, max_width: float, width: WidthFn) -> list[str]:
    """Lines of `text` that fit `max_width` (width(text) gives the printed width).

    Explicit newlines are kept. Spaces at a break are dropped.
    """
    if not text:
        return [""]
    if "\n" not in text and width(text) <= max_width:
        return [text]
    lines: list[str] = []
    for para in text.split("\n"):
        para = para.strip(" ")
        if not para:
            lines.append("")
            continue
        if width(para) <= max_width:
            lines.append(para)
            continue
        start = len(lines)
        cur = ""
        cur_w = 0.0
        for cl in clusters(para):
            w = width(cl)
            if cur_w + w <= max_width or not cur:
                if not cur and w > max_width and not cl.isspace():
                    *full, last = _split_long(cl, max_width, width)
                    lines.extend(full)
                    cur, cur_w = last, width(last)
                    continue
                if cur or not cl.isspace():
                    cur += cl
                    cur_w += w
                continue
            lines.append(cur.rstrip(" "))
            if cl.isspace():
                cur, cur_w = "", 0.0
            elif w > max_width:
                *full, last = _split_long(cl, max_width, width)
                lines.extend(full)
                cur, cur_w = last, width(last)
            else:
                cur, cur_w = cl, w
        if cur.strip(" "):
            lines.append(cur.rstrip(" "))
        _no_punctuation_first(lines, start)
    return lines or [""]


HANG = 2  # closing punctuation allowed past the line's end


def _no_punctuation_first(lines: list[str], start: int) -> None:
    """Closing punctuation that came after a space (“1  、”) still never starts a line: it goes
    back to the end of the line before, which may then run a little over (two characters at most:
    a longer run was cut to the cell's width on purpose)."""
    for i in range(start + 1, len(lines)):
        line = lines[i]
        k = 0
        while k < len(line) and line[k] in NO_LINE_START:
            k += 1
        if k > HANG:
            continue
        if k and line[k:].strip(" ") and lines[i - 1]:
            lines[i - 1] += line[:k]
            lines[i] = line[k:].lstrip(" ")
        elif k and not line[k:].strip(" ") and lines[i - 1]:
            lines[i - 1] += line.rstrip(" ")
            lines[i] = ""
    lines[start:] = [line for j, line in enumerate(lines[start:]) if line or j == 0]
