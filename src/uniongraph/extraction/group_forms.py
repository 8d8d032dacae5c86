"""A group's registered name writes 集团 in brackets (铜陵有色金属（集团）公司, 中国远洋运输（集团）总公司);
running text drops the brackets (…集团公司) or the word with them (铜陵有色金属公司). In one article
these are one body: each such form is an alias of the bracketed name (``group-bracket-form``),
which is the fullest form written (the guideline). Only exact forms, so nothing else is merged.

>>> sorted(bracket_free_forms("铜陵有色金属（集团）公司"))
['铜陵有色金属公司', '铜陵有色金属集团公司']
>>> bracket_free_forms("南岭机床厂")
set()
"""

from __future__ import annotations

from ..model import ORG_TYPES, Article

#: 集团 in brackets, full-width or ASCII, as a registered name writes it
_BRACKETED = ("（集团）", "(集团)")


def bracket_free_forms(name: str) -> set[str]:
    """The forms running text writes for a name with 集团 in brackets; empty for any other name."""
    forms: set[str] = set()
    for b in _BRACKETED:
        if b in name and not name.startswith(b):
            forms |= {name.replace(b, "集团"), name.replace(b, "")}
    return forms


def resolve_group_bracket_forms(article: Article) -> None:
    """Tie each organisation written without the brackets to the bracketed name the article also
    writes (the first such name, when several bracketed names share a form: none written twice)."""
    if "集团）" not in article.text and "集团)" not in article.text:
        return  # (most articles: no bracketed group at all)
    full_of: dict[str, str] = {}
    ambiguous: set[str] = set()
    for m in article.mentions:
        if m.type in ORG_TYPES and not (m.reference or m.anaphor):
            for form in bracket_free_forms(m.key):
                if full_of.setdefault(form, m.key) != m.key:
                    ambiguous.add(form)
    if not full_of:
        return
    for m in article.mentions:
        if m.type in ORG_TYPES and m.canonical is None and m.name in full_of and m.name not in ambiguous:
            m.canonical, m.resolution = full_of[m.name], "group-bracket-form"
