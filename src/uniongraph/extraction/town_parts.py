"""A common word for a part of a town before a venue's or a street's name is no part of the name.

>>> from uniongraph.extraction.pipeline import extract_text
>>> [m.text for m in extract_text("局长来到县城东湖广场慰问环卫工人。").mentions if m.type == "Place"]
['东湖广场']

The place grammars read 县城|东湖|广场 as one name, since any noun may open a venue's name; the
words of ``town_part_words.txt`` (县城, 市区, 老城区) say where in the town the venue lies.
"""
from __future__ import annotations

from dataclasses import replace

from ..model import Mention
from .lexicon import Lexicons
from .names import clean_name
from .tokens import TokenIndex

#: the shortest name left after the word: a proper word and a head (东湖广场, 南关街道)
_SHORTEST_REST = 3


def drop_town_parts(candidates: list[Mention], idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """The candidates, a Place that opens with a town-part word (a token of its own) starting after it."""
    words = lex.words.get("town_part_words", frozenset())
    out = []
    for m in candidates:
        tok = idx.tokens[idx.index_at(m.start)] if m.type == "Place" and m.start < len(idx.text) else None
        if tok is not None and tok.start == m.start and tok.word in words and m.end - tok.end >= _SHORTEST_REST:
            text = idx.text[tok.end:m.end]
            m = replace(m, start=tok.end, text=text, name=clean_name(text), parts=None)
        out.append(m)
    return out
