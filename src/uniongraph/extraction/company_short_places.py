"""A place read by its head that is the short form of a company the article names in full.

某某港通码头有限公司 …… 港通码头现有职工600人: the place grammar reads 港通码头 by its head 码头, but it is
the company's name without its legal form, the company written short (the guideline: a short form
of the same entity is its alias). The mention becomes the company's, under its full name.

>>> from uniongraph.model import Mention
>>> text = "青川港通码头有限公司成立于2015年。港通码头现有职工600人。"
>>> firm = Mention(0, 10, text[:10], "Company", text[:10], "org-grammar")
>>> dock = Mention(19, 23, "港通码头", "Place", "港通码头", "place-grammar")
>>> [(m.type, m.canonical) for m in companies_written_as_places([firm, dock])]
[('Company', None), ('Company', '青川港通码头有限公司')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from .aliases import leading_places
from .lexicon import Lexicons, load_lexicons

#: the legal form a short form leaves off (有限公司, 股份有限公司, 集团有限公司)
_LEGAL_FORM = re.compile(r"(?:集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$")
#: the fewest characters of a short form taken for the company (two are too often a word: 码头)
_MIN_SHORT = 3


def companies_written_as_places(mentions: list[Mention], lex: Lexicons | None = None) -> list[Mention]:
    """``mentions`` with each grammar place that is a company's short form made that company's."""
    if not any(m.type == "Company" for m in mentions) or not any(m.type == "Place" for m in mentions):
        return mentions
    lex = lex or load_lexicons()
    shorts: dict[str, str] = {}
    for m in mentions:
        if m.type != "Company":
            continue
        full = m.canonical or m.name
        core = full[sum(map(len, leading_places(full, lex))):]
        short = _LEGAL_FORM.sub("", core)
        if short != core and len(short) >= _MIN_SHORT:
            shorts.setdefault(short, full)
    if not shorts:
        return mentions
    return [replace(m, type="Company", canonical=shorts[m.name], resolution="company-written-as-place")
            if m.type == "Place" and m.source == "place-grammar" and m.name in shorts else m for m in mentions]
