"""Normalising decoded file text: line ends, invisible characters, control characters.

Only what hides or breaks text is changed. Full-width letters, digits and punctuation stay
as they are (no NFKC): People's Daily writes ``１月２２日`` and offsets must match the source.

>>> normalize_text("本报讯\\r\\n（记者\\u00a0陈立新）\\u200b岁末年初")
'本报讯\\n（记者 陈立新）岁末年初'
"""

from __future__ import annotations

import re

# CR LF and lone CR become LF; vertical tab, form feed (a page break), NEL and the Unicode
# line/paragraph separators end a line too, so they become LF instead of being dropped.
_LINE_ENDS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")

# Zero-width characters, then the C0 and C1 controls other than TAB and LF.
_DROP = re.compile(r"[\u200b-\u200d\u2060\ufeff\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")

# No-break spaces (ordinary, narrow, figure) are plain spaces for every later stage.
_NBSP = ("\u00a0", "\u202f", "\u2007")


def normalize_text(text: str) -> str:
    """Return ``text`` with LF line ends and without zero-width or control characters."""
    text = _LINE_ENDS.sub("\n", text)
    text = _DROP.sub("", text)
    for space in _NBSP:  # str.replace, not str.translate: translate looks up every character
        text = text.replace(space, " ")
    return text
