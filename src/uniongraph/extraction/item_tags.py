"""The tag in black brackets a digest item opens with (【南岭县】12月1日，…): a digest gives each item
the place, or the unit, it comes from; a column's or a section's label in the same brackets
(【会场花絮】, 【工匠风采】) opens no item of its own, only a part of the same report.

One reading of the tag, three uses that differ on purpose: a section of the relations opens at a
place's tag (:func:`tags_a_place`); a brief, whose lead a later sentence leans on, at a place's or a
unit's (:func:`tags_a_place_or_unit`); and a short form's region (县总工会 in 【涉县】's item) is the
place of the tag of the item holding it (:func:`item_tag_at`, read in ``aliases``).

>>> from uniongraph.extraction.lexicon import load_lexicons
>>> lex = load_lexicons()
>>> [tags_a_place_or_unit(t, lex) for t in ("南岭县", "眉县", "石桥机械厂", "会场花絮", "职工之家", "走进社区", "一线工厂")]
[True, True, True, False, False, False, False]
>>> [tags_a_place(t, lex) for t in ("南岭县", "石桥街道", "石桥机械厂", "赛场直击")]
[True, False, False, False]
"""

from __future__ import annotations

import re

from ..model import Article
from .lexicon import Lexicons
from .names import REGION_LEVELS, has_proper_word
from .tokens import tokenize

_TAG = r"【([^】\n]{1,10})】"
#: a 【…】 tag where a line opens (its words in group 1)
ITEM_TAG = re.compile(_TAG)
#: … found anywhere in a text: a line's start, maybe indented, then the tag
_TAG_OPENING_A_LINE = re.compile(r"^[ \u3000]*" + _TAG, re.M)
#: a line opening a new untagged item (本报讯 …): the tag before it no longer holds
_UNTAGGED_ITEM = re.compile(r"\n[ \u3000]*本报讯")
#: the other areas a brief comes from (某州, 某旗, 某盟, 石桥街道, 某社区): besides a place's levels
_BRIEF_AREA_ENDINGS = ("州", "旗", "盟", "街道", "社区")


def tags_a_place(tag: str, lex: Lexicons) -> bool:
    """Whether a tag names a place (【涉县】, 【武安】: a digest item from there): a gazetteer place or its
    short form, or a name ending in a region's level (南岭县, 石桥镇, 某自治县); not a sub-heading
    (【赛场直击】, 【编者按】)."""
    return lex.knows_place(tag) or any(tag.endswith(lv) and len(tag) > len(lv) for lv in REGION_LEVELS)


def tags_a_place_or_unit(tag: str, lex: Lexicons) -> bool:
    """Whether a digest item's tag names a place (a gazetteer place or its short form; a name ending in
    a region's level or another area's a brief comes from — a prefecture, a banner, a street, a
    community) or a unit (a name ending in a body's head, 石桥机械厂; not a venue's head, 职工之家,
    which is a column's); the words before the level or the head a name's own (not 【走进社区】)."""
    if lex.knows_place(tag):
        return True
    # (a place's level or another area's ending: the words before it a name's own, not 走进|社区)
    level = max((e for e in (*REGION_LEVELS, *_BRIEF_AREA_ENDINGS) if tag.endswith(e) and len(tag) > len(e)), key=len, default=None)
    if level is not None:
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


def item_tag_at(article: Article, at: int) -> str | None:
    """The tag of the digest item holding offset ``at``: the last 【…】 opening a line before it, in
    the same article (no headline between, no untagged item between), else None."""
    tag = None
    for tag in _TAG_OPENING_A_LINE.finditer(article.text, 0, at):
        pass
    if tag is None or "\n#" in article.text[tag.end() : at] or _UNTAGGED_ITEM.search(article.text, tag.end(), at):
        return None
    return tag.group(1)
