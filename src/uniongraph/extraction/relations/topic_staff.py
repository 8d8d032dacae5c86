"""worksFor of a person introduced by a bare post of the body a sentence is about.

People's Daily introduces a company's head by the post alone once the company is the topic:
``广州某电梯公司在１９９５年与外商合资。总经理戴某说…`` (the sentence before opens with the company),
``某银行捐出１００万元，还决定由董事长郭某带队…`` (an earlier clause of the same sentence opens with
it). The reader takes the post to be the topic's. Read over the article (like the unit rules of
:mod:`.people`), for people with no body of their own in it.

Conservative: the topic must open its sentence (after a time phrase at most); the post must open
the person's clause (after a preposition such as 由); no other organisation may stand between the
topic and the post; and the post must fit the topic: a company's office (``company_posts.txt``:
总经理, 董事长) a Company, a post of a kind of unit (``kind_posts.tsv``: 厂长, 站长) a unit of that kind.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from ...model import Article, Mention
from ..lexicon import load_lexicons, word_lengths
from .context import is_org

#: what may stand before the topic in its sentence: a time, 据介绍 (the topic is then the subject)
_TOPIC_LEAD = re.compile(
    r"\s*(?:本报讯\s*)?(?:据介绍[，,]|据了解[，,])?"
    r"(?:[0-9０-９]+年(?:[0-9０-９]+月)?(?:[0-9０-９]+日)?|[0-9０-９]+月(?:[0-9０-９]+日)?|近日|日前|近年来|近年|今年|去年|"
    r"目前|如今|现在|当时|同时|此外)?[，,]?[“「『\"]?")
#: what may stand before the post in the person's clause: nothing, or a preposition that makes the
#: person the one acted with (还决定由|董事长某: up to a few words and 由); 新任, 原 before the post
_POST_LEAD = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:由|请|让|据|经))?(?:新任|现任|原|该公司|公司)?")
#: marks that open a clause
_CLAUSE_MARKS = "，,；;：:"


def _posts_and_lengths() -> tuple[dict[str, str], tuple[int, ...]]:
    """Each post this reads, with the kind of unit it needs ("" for a company's office), and
    their lengths, longest first: made once for the lexicons' tables, not again for every
    article (made again when either table is replaced or changes its size; ``lexicon.derived``
    watches one table, this two)."""
    lex = load_lexicons()
    company = lex.words.get("company_posts", frozenset())
    made_from = _POSTS[0]
    if not (made_from and made_from[0] is lex.kind_posts and made_from[1] == len(lex.kind_posts)
            and made_from[2] is company and made_from[3] == len(company)):
        posts = {post: kind for post, kind in lex.kind_posts.items() if kind}
        posts.update((post, "") for post in company)
        _POSTS[:] = [(lex.kind_posts, len(lex.kind_posts), company, len(company)),
                     (posts, word_lengths(frozenset(posts)))]
    return _POSTS[1]


#: the tables :func:`_posts_and_lengths` was made from (held, and their sizes), and what it made
_POSTS: list = [None, None]


def _fits(topic: Mention, kind: str) -> bool:
    """Whether the topic is a body a post of ``kind`` is held in ("" a company's office)."""
    if kind == "":
        return topic.type == "Company"
    return is_org(topic) and topic.key.endswith(kind)


def _topic(article: Article, start: int, end: int) -> Mention | None:
    """The organisation that opens the sentence ``[start, end)``, if one does."""
    ms = article.mentions
    k = bisect.bisect_left([m.start for m in ms], start)
    if k >= len(ms) or ms[k].start >= end:
        return None
    # (the longest name starting there: 广州某公司, not the place 广州 nested in it)
    first = max((m for m in ms[k:] if m.start == ms[k].start), key=lambda m: m.end - m.start)
    if not is_org(first):
        return None
    lead = article.text[start : first.start]
    return first if _TOPIC_LEAD.fullmatch(lead) else None


def staff_of_the_topic(article: Article, stated: set[str]) -> Iterator[tuple[Mention, Mention]]:
    """(person, body) for a person introduced by a bare post right after a sentence, or an
    earlier clause, about that body (see the module's text)."""
    posts, lengths = _posts_and_lengths()
    if not posts:
        return
    text = article.text
    # the people introduced by a bare post first: most articles have none, and then neither their
    # sentences nor their bodies are listed
    introduced = []
    for p in article.mentions:
        if p.type != "Person" or p.source == "byline" or p.start < article.body_start or p.key in stated:
            continue
        post = next((text[p.start - n : p.start] for n in lengths if text[p.start - n : p.start] in posts), None)
        if post is not None:
            introduced.append((p, post))
    if not introduced:
        return
    sents = [s for s in article.sentences if s.end > article.body_start]
    starts = [s.start for s in sents]
    orgs = [m for m in article.mentions if is_org(m)]
    for p, post in introduced:
        k = bisect.bisect_right(starts, p.start) - 1
        if k < 0:
            continue
        sent = sents[k]
        clause = max((text.rfind(mark, sent.start, p.start) for mark in _CLAUSE_MARKS), default=-1)
        clause_start = clause + 1 if clause >= sent.start else sent.start
        pre = text[clause_start : p.start - len(post)].strip()
        if not _POST_LEAD.fullmatch(pre):
            continue
        topic = None
        if clause_start > sent.start:  # a later clause: the topic opens this sentence
            topic = _topic(article, sent.start, clause_start)
        elif k > 0 and "\n" not in text[sents[k - 1].end : p.start] \
                and not text[sents[k - 1].start : sents[k - 1].end].rstrip().endswith(("”", "」", "』")):
            topic = _topic(article, sents[k - 1].start, sents[k - 1].end)  # (not after a quotation)
        if topic is None or not _fits(topic, posts[post]):
            continue
        if any(max(topic.end, sent.start) <= m.start and m.end <= p.start for m in orgs):
            continue  # (another body named in the person's sentence before it: it may be the one meant)
        yield p, topic
