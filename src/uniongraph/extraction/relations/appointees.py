"""worksFor of the people a body engages for a post of its own (工作室…，聘请某所律师某某等5名律师担任
调解员): the guideline's worksFor counts the body where one holds an office, and a 调解员 or 导师 of a
studio or a centre holds it there. The body is the subject the sentence is about, carried across
its clauses (:func:`.organisations.sentence_topic`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import Context, Found, is_org
from .organisations import sentence_topic
from .prerequisites import needs

#: the clause opening with the engaging verb, its subject carried (聘请, 还聘任了, 同时聘用)
_ENGAGES = re.compile(r"(?:并|还|同时|另|已|先后|首批)*(?:聘请|聘任|聘用)(?:了)?")
#: after the people engaged: the post of the body they take (等5名律师和2名退休法官担任调解员)
_AS_POST = re.compile(r"(?:等[^，。；]{0,16}?)?(?:担任|为|作为)(?:专职|兼职|首席|特邀)?"
                      r"(?:调解员|仲裁员|法律顾问|导师|讲师|志愿律师|监督员)(?=[，。；,]|$)")


@needs("Person", words=("聘请", "聘任", "聘用"))
def engaged_by_the_topic(c: Context) -> Iterator[Found]:
    """某工作室由区总工会负责日常运营，聘请某律师事务所律师某某等担任调解员: each person engaged in a
    clause whose subject is carried from the body the sentence is about holds the post there; no
    other subject opens a clause between them."""
    topic = sentence_topic(c)
    if topic is None:
        return
    about, opens = topic
    if not is_org(about):
        return
    text, ms = c.text, c.mentions
    for k, p in enumerate(ms):
        if p.type != "Person" or p.start < opens:
            continue
        start, end = c.clause_of(p)
        verb = _ENGAGES.match(text, start)
        if verb is None or start <= opens or any(m.start >= opens and m.end <= start and c.is_subject(m)
                                                 and (is_org(m) or m.type == "Person") for m in ms):
            continue
        last = k  # the people engaged joined to ``p`` (某某、某某等: one post for all)
        while last + 1 < len(ms) and ms[last + 1].type == "Person" and c.gap(ms[last], ms[last + 1]) in ("、", "和"):
            last += 1
        if _AS_POST.match(text, ms[last].end, end) and not re.search(r"[，。；]", text[verb.end() : p.start]):
            for q in ms[k : last + 1]:
                yield q, "worksFor", about, "engaged-by-the-topic"
