"""The tag in black brackets a digest item opens with (【南岭县】12月1日，…): a digest gives each item
the place, or the unit, it comes from; a column's or a section's label in the same brackets
(【会场花絮】, 【工匠风采】) opens no item of its own, only a part of the same report.

>>> from uniongraph.extraction.lexicon import load_lexicons
>>> lex = load_lexicons()
>>> [tags_a_place_or_unit(t, lex) for t in ("南岭县", "眉县", "石桥机械厂", "会场花絮", "职工之家")]
[True, True, True, False, False]
"""

from __future__ import annotations

import re

from .lexicon import Lexicons
from .names import DIVISION_LEVEL_CHARS

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
    if len(tag) >= 2 and tag.endswith(_LEVEL_ENDINGS):
        return True
    for n in range(min(len(tag) - 2, 6), 0, -1):
        kind = lex.org_heads.get(tag[-n:])
        if kind is not None and kind[0] != "Place":
            return True
    return False
