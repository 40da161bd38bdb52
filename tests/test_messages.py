"""The message catalogue: each code used in the code has a text, and each text a Chinese one."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from desktop.messages import Message, catalogue, render

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "messages_zh_CN.ts"
# message("area.what", …) or Message("area.what", …) anywhere in the package
USED = re.compile(r"""\b(?:message|Message)\(\s*["']([a-z_]+\.[a-z0-9_.]+)["']""")


def _used_codes() -> set[str]:
    codes = set()
    for path in (ROOT / "desktop").rglob("*.py"):
        codes.update(USED.findall(path.read_text(encoding="utf-8")))
    return codes


def test_every_code_used_has_a_text():
    assert sorted(_used_codes() - set(catalogue())) == []


def test_every_text_has_a_finished_chinese_translation():
    if not catalogue():
        return
    tree = ET.parse(TS)
    done = {
        m.findtext("source"): m.findtext("translation")
        for ctx in tree.iter("context") if ctx.findtext("name") == "messages"
        for m in ctx.iter("message")
        if m.find("translation") is not None and m.find("translation").get("type") is None
    }
    missing = sorted(source for source in catalogue().values() if not done.get(source))
    assert missing == []


def test_codes_are_named_by_their_section():
    from desktop.messages import sections

    for section in sections.ALL:
        for code in section:
            assert re.fullmatch(r"[a-z_]+\.[a-z0-9_.]+", code), code


def test_a_message_renders_english_and_passes_fields(monkeypatch):
    monkeypatch.setenv("PERFDESK_LANG", "en")
    if not catalogue():
        return
    code, source = next(iter(catalogue().items()))
    fields = {name: "X" for name in re.findall(r"{(\w+)", source)}
    assert render(Message(code, fields)) == source.format(**fields)


def test_an_unknown_code_renders_as_its_code_not_a_crash():
    assert render(Message("nowhere.nothing")) == "nowhere.nothing"
