"""A bank's standing short form after a place is the bank's branch there (甘肃工行, 南阳市农发行).

News writes a commercial bank's branch by the place and the bank's short form (工行, 农行, 农发行:
``lexicons/bank_short_forms.tsv``) once it has named the branch in full (中国工商银行甘肃省分行), or
without ever naming it so (省农发行: the province's branch). Such a form is a Company, as the bank
is; it is the branch the article names in full when exactly one such branch of that bank is at
that place, else a body of its own, named as written (a wrong branch is worse than none).

A bank's branches are read in three other places too: the organisation grammar names a branch in
full and types it as its bank (orgs, ``BANK_BRANCH_HEADS``, ``_branch_type``); :mod:`.unit_parents`
nests the bank written inside a branch's name; and a branch that opens with a form of a bank the
article names in full is that bank's (:func:`.relations.organisations.branches_of_named_banks`).
"""

from __future__ import annotations

import re

from ..model import Article, Mention
from .lexicon import Lexicons
from .orgs import BANK_BRANCH_HEADS
from .overlaps import Priority
from .tokens import word_frequency
from .places import place_level

#: the level words that stand for the place of the story before a short form (省农发行, 市工行)
_LEVELS = ("省", "市", "县")
#: what may stand right before a level word that opens such a form: no character of a place's name
#: (年省农发行 after a date; not 南召县: the county's own name)
_BEFORE_LEVEL = re.compile(r"[^\u4e00-\u9fff]|[年月日的在由和与及对向从据]")
#: a level word closing a place's name, dropped to compare a place with its short form (甘肃省 … 甘肃)
_LEVEL_END = re.compile(r"(?:省|市|县|区|自治区)$")


def _short_form(name: str, lex: Lexicons) -> str:
    return next((s for s in sorted(lex.bank_short_forms, key=len, reverse=True) if name.endswith(s)), "")


def _placed(prefix: str, lex: Lexicons) -> bool:
    """Whether ``prefix`` is a place of the gazetteer or a level word alone (甘肃, 南阳市, 省)."""
    return prefix in _LEVELS or bool(place_level(prefix, lex))


def _branch_at(place: str, bank: str, branches: list[Mention]) -> Mention | None:
    """The one branch of ``bank`` named in full at ``place`` (中国工商银行|甘肃省|分行 for 甘肃), if one."""
    core = _LEVEL_END.sub("", place)
    if len(core) < 2:
        return None

    def at_place(f: Mention) -> bool:  # 河南省|南阳市|分行 is at 南阳市, not at 河南
        rest = f.name[f.name.find(bank) + len(bank) : len(f.name) - 2]
        return _LEVEL_END.sub("", rest).endswith(core)

    found = {f.canonical or f.name: f for f in branches if bank in f.name and at_place(f)}
    return next(iter(found.values())) if len(found) == 1 else None


def resolve_bank_short_forms(article: Article, lex: Lexicons) -> None:
    """Type each place + bank short form a Company and name it by the one full branch it stands for;
    add the level + short forms the recognisers passed over (省农发行 after a date jieba glued)."""
    if not lex.bank_short_forms or not any(s in article.text for s in lex.bank_short_forms):
        return
    _add_level_forms(article, lex)
    branches = [f for f in article.mentions if f.type == "Company" and f.name.endswith(BANK_BRANCH_HEADS)
                and not f.reference]
    for m in article.mentions:
        if m.reference or m.type not in ("Company", "Organization") or m.canonical is not None:
            continue
        short = _short_form(m.name, lex)
        prefix = m.name[: len(m.name) - len(short)]
        if not short or not prefix or not _placed(prefix, lex):
            continue
        m.type = "Company"  # 甘肃工行: a commercial bank's branch, as the bank is a company
        branch = _branch_at(prefix, lex.bank_short_forms[short], branches) if prefix not in _LEVELS else None
        if branch is not None:
            m.canonical, m.resolution = branch.canonical or branch.name, "bank-short-form"


#: how often a word of the short form's last character and the next must be used to read them as one
_ACROSS_WORD_USES = 100


def _word_across_end(text: str, e: int) -> bool:
    """Whether the short form's 行 and the character after it are a word the text more likely means
    (在|市中|行驶, 县交|行走): more used than half as often as the word the next two characters make
    (省中行|业务量 is read as 行|业务, 业务 being about as common as 行业)."""
    if e >= len(text):
        return False
    across = word_frequency(text[e - 1 : e + 1])
    return across >= _ACROSS_WORD_USES and word_frequency(text[e : e + 2]) < across / 2


def _add_level_forms(article: Article, lex: Lexicons) -> None:
    text = article.text
    covered = bytearray(len(text) + 1)
    for m in article.mentions:
        covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    shorts = "|".join(sorted(lex.bank_short_forms, key=len, reverse=True))
    added = []
    for hit in re.finditer(f"(?:{'|'.join(_LEVELS)})(?:{shorts})", text):
        s, e = hit.span()
        if s < article.body_start or any(covered[s:e]) or s > 0 and not _BEFORE_LEVEL.match(text, s - 1) \
                or _word_across_end(text, e):
            continue
        added.append(Mention(s, e, hit.group(), "Company", hit.group(), "bank-short-form", priority=Priority.ORG_PROPER))
    if added:
        article.mentions = sorted([*article.mentions, *added], key=lambda m: (m.start, m.end))
