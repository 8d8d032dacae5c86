"""Pronouns that stand for a body: 其 before a post (其董事长王明) and 他们/她们 opening a clause
after a body was the one named (李宁集团推出…；１９９７年，他们投资…).

Each becomes an anaphor mention of the body (as 该公司 does in :mod:`.aliases`), so that the
relation patterns read 其厂长赵立新 as they read 南岭机床厂厂长赵立新. A wrong body is worse than
none: the pronoun stays unread when two bodies, or a person, are in reach.
"""

from __future__ import annotations

import re

from ..model import ORG_TYPES, Article, Mention
from .overlaps import Priority
from .places import in_open_quote

#: sentence ends: the reach of a pronoun is its own sentence and the one before
SENTENCE_END = re.compile(r"[。！？!?\n]")
#: 其 as a possessive pointing word (not 其中, 其他, 尤其, 极其, 与其…)
_ITS = re.compile(r"(?<![尤极与何])其(?![中他它余实次间后前所乐])")
#: 他们/她们 opening a clause (after a clause mark or a phrase of time or place ending in 上/中/里，)
_THEY = re.compile(r"(?<=[，,；;。！？\n：:])(?:[他她]们)(?![俩两二三四五六七八九十的])")
#: a group of people named before 他们: the pronoun may be them, not the body (１８００名员工…他们)
_PEOPLE = re.compile(r"职工|员工|工人|干部|党员|团员|群众|居民|村民|农民|同学|学生|旅客|乘客|游客|顾客|代表|青年|家属"
                     r"|战士|官兵|[队会成学议官委]员|志愿者|专家|学者|[科艺]学?家|企业家|师傅|老人|孩子|妇女|姐妹|姑娘|小伙"
                     r"|同志|们|人员|者|华人|华侨|囚犯|团伙|班子|一班人|户|领导|主任|[局处厂所院校站部科司]长")
#: what may stand before a body that opens its clause, places aside: a dateline, a time, a
#: connective (not a verb or a preposition: 向北爱民主党施加压力, 抗议联合国…: the body is an object)
_SUBJECT_LEAD = re.compile(r"(?:本报讯|据新华社|新华社|(?:[0-9０-９]+、))?"
                           r"(?:[0-9０-９一二三四五六七八九十○]+年(?:[0-9０-９一二三四五六七八九十]+月)?(?:[0-9０-９一二三四五六七八九十]+日)?"
                           r"|近年来|近年|今年|去年|目前|如今|此后|随后|近日|日前|长期以来|多年来|当天)?(?:以来)?[，,]?"
                           r"(?:但|而|并|也|又|还|则|就)?")
#: after a body, what makes it a modifier of the clause's subject (某银行的大楼, 某银行黑色的大楼, 县委书记３名)
_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}的|书记|[０-９0-9]")
#: the longest title run read after 其 before the person's name
_TITLE_SPAN = 16


def reach_start(text: str, body_start: int, at: int) -> int:
    """Where the reach of a pronoun at ``at`` starts: the start of the sentence before its own
    (within its paragraph), or the paragraph's start."""
    para = max(text.rfind("\n", 0, at) + 1, body_start)
    ends = [e.end() for e in SENTENCE_END.finditer(text, para, at)]
    return ends[-2] if len(ends) >= 2 else para


def two_in_reach(article: Article, named: list[Mention], at: int) -> bool:
    """Whether ``named`` (the bodies of one kind named before offset ``at``) holds two bodies in the
    reach of a reference at ``at`` (its sentence and the one before): 南岭机床厂与海河电机厂签约。
    该厂… may be either, and a kind, 该厂 or 厂长 alone, then refers to none."""
    since = reach_start(article.text, article.body_start, at)
    keys = {m.key for m in named if m.start >= since and not m.anaphor}
    # (海河银行南岭分行: the bank written at the front of its branch's name is no second candidate)
    return len({k for k in keys if not any(o != k and o.startswith(k) for o in keys)}) > 1


def _one_body(article: Article, since: int, at: int) -> Mention | None:
    """The one body named between ``since`` and ``at`` (events, places and bodies named only
    inside an event's name aside), if no person is named there and no other body: else None."""
    ms = [m for m in article.mentions if since <= m.start and m.end <= at]
    events = [e for e in ms if e.type == "Event"]
    bodies = [m for m in ms if m.type in ORG_TYPES and not any(e.start <= m.start < e.end for e in events)]
    if not bodies or any(m.type == "Person" for m in ms):
        return None
    if len({m.key for m in bodies}) != 1:
        return None
    return bodies[-1]


def anaphor_of(text: str, s: int, e: int, antecedent: Mention) -> Mention:
    """A mention of ``text[s:e]`` (a pronoun, a pointing word, a bare kind) standing for ``antecedent``:
    its type, its key as canonical name, resolved by anaphora."""
    m = Mention(s, e, text[s:e], antecedent.type, text[s:e], "anaphora", priority=Priority.ANAPHOR)
    m.canonical, m.resolution, m.anaphor = antecedent.key, "anaphora", True
    return m


def _its_post(article: Article, taken: list[tuple[int, int]]) -> list[Mention]:
    """其 right before a post and a person's name (其董事长王明, 及其总经理李红): the one body named
    before it in its sentence, or in the sentence before when its own names none."""
    from .relations.context import only_titles  # (relations read aliases' output: imported late)

    text = article.text
    persons = [m for m in article.mentions if m.type == "Person"]
    out = []
    for its in _ITS.finditer(text, article.body_start):
        s = its.start()
        if any(a <= s < b for a, b in taken):
            continue
        person = next((p for p in persons if s + 1 < p.start <= s + 1 + _TITLE_SPAN), None)
        if person is None or not only_titles(text[s + 1 : person.start]):
            continue
        own = max(text.rfind(mark, 0, s) for mark in "。！？!?\n") + 1
        body = _one_body(article, max(own, article.body_start), s)
        if body is None and not any(m.start >= own and m.end <= s and m.type in ("Person",) for m in article.mentions):
            body = _one_body(article, reach_start(text, article.body_start, s), s)
        if body is not None:
            out.append(anaphor_of(text, s, s + 1, body))
    return out


def _they_as_body(article: Article, taken: list[tuple[int, int]]) -> list[Mention]:
    """他们 opening a clause, the one body named in its sentence or the sentence before being the
    subject the story follows (李宁集团别出心裁…；１９９７年武汉博览会，他们投资…): no person, no
    group of people (员工, 职工们) named between the body and the pronoun, none in a quotation."""
    text = article.text
    out = []
    for they in _THEY.finditer(text, article.body_start):
        s = they.start()
        if any(a <= s < b for a, b in taken):
            continue
        if in_open_quote(text, s):  # (a speaker's 他们)
            continue
        body = _one_body(article, reach_start(text, article.body_start, s), s)
        if body is None or _PEOPLE.search(text, body.end, s) or not _opens_its_clause(article, body):
            continue
        out.append(anaphor_of(text, s, they.end(), body))
    return out


def _opens_its_clause(article: Article, body: Mention) -> bool:
    """Whether ``body`` is its clause's subject: only a time, a dateline, places or a connective
    before it in its clause (no verb: 抗议联合国…, 向某党施加压力), and no 的 right after it
    (某银行的大楼, 某大学的科学家: what follows is the subject)."""
    text = article.text
    cut = max(text.rfind(mark, 0, body.start) for mark in "，,。；;：:！？!?\n") + 1
    places = [m for m in article.mentions if m.type == "Place" and cut <= m.start and m.end <= body.start]
    lead = "".join(ch for k, ch in enumerate(text[cut : body.start], cut) if not any(p.start <= k < p.end for p in places))
    return _SUBJECT_LEAD.fullmatch(lead) is not None and not _NOUN_AFTER.match(text, body.end)


def resolve_body_pronouns(article: Article) -> None:
    """Add an anaphor mention for each 其 before a post and each 他们 standing for a body."""
    taken = [(m.start, m.end) for m in article.mentions]
    added = _its_post(article, taken) + _they_as_body(article, taken)
    if added:
        article.mentions = sorted(article.mentions + added, key=lambda m: (m.start, m.end))
