"""A company named in full only inside its union's name, and by a short form elsewhere.

东莞某某微电子科技有限公司工会 names the company whole; where the article then writes the company
by its short form on its own (某某微电子成立于2015年), that short form is a mention of the company,
under the full name the union's name gives. A company written only inside its union's name, and
nowhere else, stays unnamed: the union golds annotate it then in 2 of 12 cases, and the guideline
annotates a body inside another's name only when a sentence needs it.

>>> from uniongraph.model import Mention
>>> text = "东莞云岚微电子科技有限公司工会成立。云岚微电子成立于2015年。"
>>> union = Mention(0, 15, text[:15], "TradeUnion", text[:15], "org-grammar")
>>> [(m.name, m.canonical) for m in companies_named_short(text, [union])]
[('云岚微电子', '东莞云岚微电子科技有限公司')]
"""

from __future__ import annotations

import re

from ..model import Mention
from .aliases import leading_places
from .lexicon import Lexicons, load_lexicons
from .overlaps import Priority
from .trade_names import COMPANY_FORM, trade_name

SOURCE = "company-short-form"
#: a registered company's name before its union's head
_REGISTERED_UNION = re.compile(r"(.+有限(?:责任)?公司)(?:工会|分工会)$")
#: what a short form leaves off: the trade and the legal form (科技有限公司, 集团股份有限公司; the
#: name is a registered one, ``_REGISTERED_UNION``, so the form always holds 有限)
_TRADE_AND_FORM = re.compile(COMPANY_FORM + "$")
#: the fewest characters of a short form looked for in the text: two characters are too often a word
#: of their own (光明, 华通) to name the company wherever they are written
_MIN_SHORT = 3
#: what may follow the short form where it names the company itself (not its union, nor a longer name,
#: nor a trade as a field: 电子|行业, 建筑工程|质量)
_NOT_AFTER = re.compile(r"[\u4e00-\u9fff]?(?:工会|分工会|公司|集团|大厦|杯)|行业|产业|企业|质量|领域|专业|技术|市场|产品")


def companies_named_short(text: str, mentions: list[Mention], lex: Lexicons | None = None) -> list[Mention]:
    """Company mentions for the short forms, written on their own, of companies named in full
    only inside their unions' names."""
    lex = lex or load_lexicons()
    taken = [(m.start, m.end) for m in mentions]
    companies = {m.name for m in mentions if m.type == "Company"}
    out: list[Mention] = []
    for m in mentions:
        full = _REGISTERED_UNION.match(m.name) if m.type == "TradeUnion" else None
        if full is None or full.group(1) in companies:
            continue
        company = full.group(1)
        core = company[sum(map(len, leading_places(company, lex))):]
        short = _TRADE_AND_FORM.sub("", core)
        if len(short) < _MIN_SHORT or short == core or not trade_name(core, lex):
            continue  # 机械制造|有限公司: a trade and a form, no trade name to stand for the company
        for at in (k.start() for k in re.finditer(re.escape(short), text)):
            end = at + len(short)
            if any(s < end and at < e for s, e in taken) or _NOT_AFTER.match(text, end):
                continue
            out.append(Mention(at, end, short, "Company", short, SOURCE, priority=Priority.ORG_PROPER,
                               canonical=company, resolution="company-in-its-union"))
            taken.append((at, end))
    return out
