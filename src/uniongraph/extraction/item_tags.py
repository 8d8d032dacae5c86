"""The tag in black brackets a digest item opens with (【南岭县】12月1日，…): a digest gives each item
the place, or the unit, it comes from; a column's or a section's label in the same brackets
(【会场花絮】, 【工匠风采】) opens no item of its own, only a part of the same report.

>>> from uniongraph.extraction.lexicon import load_lexicons
>>> lex = load_lexicons()
>>> [tags_a_place_or_unit(t, lex) for t in ("南岭县", "眉县", "石桥机械厂", "会场花絮", "职工之家", "走进社区", "一线工厂")]
[True, True, True, False, False, False, False]
"""

from __future__ import annotations

import re

from .lexicon import Lexicons
from .names import DIVISION_LEVEL_CHARS, has_proper_word
from .tokens import tokenize

#: a 【…】 tag opening a line (its words in group 1)
ITEM_TAG = re.compile(r"【([^】\n]{1,10})】")
#: the level words a tag that names a division, a town or a community ends with (南岭县, 石桥镇)
_LEVEL_ENDINGS = tuple(DIVISION_LEVEL_CHARS) + ("旗", "盟", "街道", "社区", "村")


def tags_a_place_or_unit(tag: str, lex: Lexicons) -> bool:
    """Whether a digest item's tag names a place (a gazetteer place or its short form, 武安; a name
    ending in a level, 南岭县) or a unit (a name ending in a body's head after words of its own,
    石桥机械厂; not a venue's head, 职工之家, which is a column's)."""
    if tag in lex.places or tag in lex.place_aliases:
        return True
    level = next((e for e in _LEVEL_ENDINGS if tag.endswith(e)), None)
    if len(tag) >= 2 and level is not None:
        return _names_its_own(tag[: -len(level)], lex)
    for n in range(min(len(tag) - 2, 6), 0, -1):
        kind = lex.org_heads.get(tag[-n:])
        if kind is not None and kind[0] != "Place":
            return _names_its_own(tag[:-n], lex)
    return False


#: word classes a column's label opens with, before a level word or a body's head: a verb (走进社区),
#: a number (一线工厂), a pronoun (我们的社区), a place word (身边工会), an adverb or a preposition
_NO_NAME_POS = ("v", "m", "r", "s", "d", "p", "u")


def _names_its_own(before: str, lex: Lexicons) -> bool:
    """Whether the words before a level word or a body's head are a name's own (南岭, 石桥机械, 幸福),
    not a column's words (走进, 一线, 基层): a proper word, or nouns and adjectives no generic modifier."""
    tokens = tokenize(before)
    if len(before) == 1 or has_proper_word(tokens, lex):
        return True
    return before not in lex.generic_modifiers and not any(t.pos.startswith(_NO_NAME_POS) for t in tokens)
