"""The article's main body, and the bare kind words that stand for it (公司, 厂里, 全站, 本厂).

A feature about one enterprise names it in the title or the lead and then, clause after clause,
by its kind alone: ``南岭机床厂…。厂里举办了…；全厂职工…；公司规定…``. The main body is the
organisation named in the title or the first sentence that the article names most often (no tie);
a kind word opening a clause stands for it when its name ends in that kind and no other body of
that kind is named between (a wrong body is worse than none); not when the body's people follow
(公司党员志愿者, 全厂职工: they are the subject).
"""

from __future__ import annotations

import bisect
import re
from collections import Counter

from ..model import ORG_TYPES, Article, Mention
from .body_pronouns import SENTENCE_END, anaphor_of

#: a bare kind opening a clause: 全厂/本厂 (the whole body), 厂里/站里 (in the body), or a kind of two
#: characters alone (公司, 集团, 医院); then a word, not the body's union or committee (公司工会 is
#: read by the union references)
_BARE_KIND = re.compile(
    r"(?:(?<=[。！？；，\n：])|(?<=^))"
    r"(?:[全本](?P<whole>集团公司|总公司|公司|集团|总厂|厂|站|矿|局|院|校|所)"
    r"|(?P<inside>厂|站|矿|局|院|所)里"
    r"|(?P<bare>集团公司|总公司|公司|集团|总厂|医院|学校|工厂))"
    r"(?=[\u4e00-\u9fff])(?!工会|党委|党组|团委|职代会|领导班子"
    # (公司党员志愿者开展了…, 全厂职工…: the body's people are the subject, not the body)
    r"|[\u4e00-\u9fff]{0,2}(?:职工|员工|工人|干部|代表|党员|团员|会员|志愿者|青年|上下|男女))", re.M)
#: the names a bare 集团 stands for: a group's own name or its legal name
GROUP_HEADS = ("集团", "集团有限公司", "集团股份有限公司", "集团有限责任公司", "集团公司")
#: the endings of the names each kind stands for
_HEADS = {"校": ("学校", "中学", "小学", "大学", "学院", "校"), "学校": ("学校", "中学", "小学", "大学", "学院"),
          "工厂": ("厂",), "集团": GROUP_HEADS, "集团公司": GROUP_HEADS, "医院": ("医院",)}


def _outside_events(article: Article) -> list[Mention]:
    """The organisations named outside every event's name (某厂职代会 names an event, not the body)."""
    events = sorted((e.start, e.end) for e in article.mentions if e.type == "Event")
    # (an event holds m.start when, of the events opening at or before it, the one reaching farthest
    # does, or, that one's span being m's own, the farthest of another span: the events by start
    # with those two reaches, as a long line names thousands of events and bodies)
    starts, reach = [s for s, _ in events], []
    best, other = (-1, (-1, -1)), -1  # (farthest end and its span; farthest end of any other span)
    for span in events:
        if span[1] > best[0]:
            if span != best[1]:
                other = best[0]
            best = (span[1], span)
        elif span != best[1]:
            other = max(other, span[1])
        reach.append((best, other))

    def inside_an_event(m: Mention) -> bool:
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0:
            return False
        (end, span), other = reach[k]
        return (end if span != (m.start, m.end) else other) > m.start

    return [m for m in article.mentions if m.type in ORG_TYPES and not m.weak and not inside_an_event(m)]


def main_body(article: Article) -> str | None:
    """The key of the body the article is about: named in the title or the first sentence, and
    named more often than any other body (None on a tie, or when the title and lead name none)."""
    orgs = _outside_events(article)
    if not orgs:
        return None
    first_end = SENTENCE_END.search(article.text, article.body_start)
    lead_end = first_end.end() if first_end else len(article.text)
    opening = {m.key for m in orgs if m.start < lead_end}
    ranked = Counter(m.key for m in orgs).most_common(2)
    if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
        return None
    return ranked[0][0] if ranked[0][0] in opening else None


#: a union named after its body (某集团有限公司工会): the body is named too, written inside it
_UNION_OF_BODY = re.compile(r"(?P<body>.+?(?:公司|集团|厂|矿|医院|学校|中心|局))(?:联合)?工会$")
#: the heads of bodies a union name's first part is typed by
_COMPANY_HEADS = ("公司", "集团", "厂", "矿")


def one_body_of_kind(article: Article, heads: tuple[str, ...], shorter: int) -> Mention | None:
    """The one body whose name ends in one of ``heads`` (and is longer than ``shorter``) the article
    names anywhere: by its own name, or as the first part of its union's name (某集团有限公司工会);
    None when it names none or two. It stands for a bare kind said before the body is named in full
    (集团副总经理某, opening a page of the group's union)."""
    found: dict[str, Mention] = {}
    for m in _outside_events(article):
        if m.anaphor or m.reference:
            continue
        if m.key.endswith(heads) and len(m.key) > shorter:
            found.setdefault(m.key, m)
        elif m.type == "TradeUnion" and (u := _UNION_OF_BODY.match(m.key)) and u.group("body").endswith(heads) \
                and len(u.group("body")) > shorter:
            body = u.group("body")
            found.setdefault(body, Mention(m.start, m.start + len(body), body,
                                           "Company" if body.endswith(_COMPANY_HEADS) else "Organization", body, m.source))
        if len(found) > 1:
            return None
    return next(iter(found.values()), None)


def resolve_main_body_kinds(article: Article) -> None:
    """Add an anaphor mention of the main body for each bare kind word that opens a clause and
    stands for it (the last body of that kind named before is the main body)."""
    key = main_body(article)
    if key is None:
        return
    orgs = _outside_events(article)
    text = article.text
    taken = [(m.start, m.end) for m in article.mentions]
    added = []
    for said in _BARE_KIND.finditer(text, article.body_start):
        kind = said.group("whole") or said.group("inside") or said.group("bare")
        s = said.start()
        if any(a < said.end() and b > s for a, b in taken):
            continue
        heads = _HEADS.get(kind, (kind,))
        of_kind = [m for m in orgs if m.end <= s and m.key.endswith(heads) and len(m.key) > len(kind)]
        if not of_kind or of_kind[-1].key != key:
            continue
        added.append(anaphor_of(text, s, said.end(), of_kind[-1]))  # (its key is the main body's)
    if added:
        article.mentions = sorted(article.mentions + added, key=lambda m: (m.start, m.end))
