"""A place read by its head that is the short form of a company the article names in full.

某某港通码头有限公司 …… 港通码头现有职工600人: the place grammar reads 港通码头 by its head 码头, but it is
the company's name without its legal form, the company written short (the guideline: a short form
of the same entity is its alias). The mention becomes the company's, under its full name, where the
text reads it as the body: its staff or organs right after it (现有职工, 员工, 工会). Elsewhere it is
the site the company runs (游客在白马湖景区游览, 活动在白马湖景区举行 after 某白马湖景区有限公司): a place.

>>> from uniongraph.model import Mention
>>> text = "青川港通码头有限公司成立于2015年。港通码头现有职工600人。"
>>> firm = Mention(0, 10, text[:10], "Company", text[:10], "org-grammar")
>>> dock = Mention(19, 23, "港通码头", "Place", "港通码头", "place-grammar")
>>> [(m.type, m.canonical) for m in companies_written_as_places([firm, dock], text)]
[('Company', None), ('Company', '青川港通码头有限公司')]
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Mention
from .aliases import leading_places
from .lexicon import Lexicons, load_lexicons

#: the legal form a short form leaves off (有限公司, 股份有限公司, 股份公司, 集团有限公司, （集团）有限公司)
_LEGAL_FORM = re.compile(r"(?:集团|[（(]集团[）)])?(?:股份有限公司|有限责任公司|有限公司|股份公司|公司)$")
#: the readers of a place that may have read a company's short form as a site (the place grammar by
#: its head, the tagger by its words); not the gazetteer, whose places are areas
_READ_BY_A_READER = ("place-grammar", "tagger")
#: right after the short form, its staff, organs or working units: the text reads it as the body
#: (港通码头现有职工, 某码头的员工, 某景区工会, 某码头的班组), not as the site
_READ_AS_BODY = re.compile(r"(?:的)?(?:现有|共有|全体|全|各)?(?:职工|员工|工人|干部|工会|党委|党总支|党支部|团委|"
                           r"负责人|总经理|董事长|领导班子|班组|车间)")
#: the fewest characters of a short form taken for the company (two are too often a word: 码头)
_MIN_SHORT = 3


def companies_written_as_places(mentions: list[Mention], text: str, lex: Lexicons | None = None) -> list[Mention]:
    """``mentions`` with each grammar place that is a company's short form, read as the body, made
    that company's."""
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
            if m.type == "Place" and m.source in _READ_BY_A_READER and m.name in shorts
            and _READ_AS_BODY.match(text, m.end) else m for m in mentions]
