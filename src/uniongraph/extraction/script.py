"""Traditional characters read as simplified ones, character for character.

The lexicons, jieba's dictionary and the patterns are simplified Chinese. A page in
traditional script (溫州市總工會) is extracted from a copy in which each traditional character is
replaced by its simplified form (OpenCC's character table, shipped in the
``opencc-python-reimplemented`` package): one character for one, so every offset stays true for
the original text. Names found this way are canonical in simplified script, so the same
federation written in either script is one entity; mention texts stay as written.

>>> to_simplified("溫州市總工會舉辦職工技能大賽")
'温州市总工会举办职工技能大赛'
>>> to_simplified("温州市总工会") is None
True
>>> to_simplified("著名劳模王进喜的事迹") is None   # a simplified text with one mapped character
True
"""

from __future__ import annotations

import functools
import importlib.resources
import re


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    """Traditional code point -> simplified character (single characters only)."""
    try:
        text = (importlib.resources.files("opencc") / "dictionary" / "TSCharacters.txt").read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError):
        return {}
    table: dict[int, str] = {}
    for line in text.splitlines():
        trad, _, simp = line.partition("\t")
        first = simp.split(" ")[0] if simp else ""
        if len(trad) == 1 and len(first) == 1 and first != trad:
            table[ord(trad)] = first
    return table


#: the share of Chinese characters that must change before a text counts as traditional: a
#: simplified text may hold a few characters OpenCC also maps (著, 乾 in 乾隆)
TRADITIONAL_SHARE = 0.05


@functools.lru_cache(maxsize=1)
def _may_change() -> re.Pattern[str] | None:
    """A character the table maps, or any character outside the BMP: a text without one is left
    as it is by the table. One regex scan (a bitmap test per character) instead of the
    translation, which looks every character up (most texts are in simplified script)."""
    bmp = "".join(re.escape(chr(cp)) for cp in sorted(_table()) if cp <= 0xFFFF)
    return re.compile(f"[{bmp}\U00010000-\U0010ffff]") if bmp else None


def to_simplified(text: str) -> str | None:
    """``text`` with traditional characters simplified (same length), or None if it is not
    written in traditional script."""
    table = _table()
    may_change = _may_change()
    if may_change is not None and may_change.search(text) is None:
        return None  # no character the table maps: the translation would be the text itself
    simplified = text.translate(table) if table else text
    if simplified == text:
        return None
    changed = sum(a != b for a, b in zip(text, simplified))
    han = sum("\u4e00" <= c <= "\u9fff" for c in text) or 1
    return simplified if changed / han >= TRADITIONAL_SHARE else None
