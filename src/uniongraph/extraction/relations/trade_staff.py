"""worksFor of a person introduced by a job whose employer the article leaves implicit.

A report names the body once and then introduces its people by their job alone: ``…头坝道班的
养路工正在施工。…养路工梁某躲闪不及`` (a road crew's man), ``孙某来到南岭第五建筑公司…看望了生病职工
郝某`` (the company's worker), ``安全飞行４０年的优秀飞行员李某`` (the airline's). The job names the
trade of the employer (``trade_posts.tsv``: 养路工 a 道班, 售票员 a station, 飞行员 an airline; 职工,
工人 any works), and the reader takes the one body of that trade named before.

Conservative, as a wrong employer is worse than none: exactly one body of the job's trade named
before the person in the article (two: nothing), not named only as another person's employer
(某大学教授某), and no other body of the trade named after the person in the paragraph; no body
written in the person's clause before the job (那是 the named-body rules' case); a former or
laid-off worker (原, 退休, 下岗), or one from elsewhere (来自兄弟单位的, 另一个辖区的), is left alone, as
are people with a body of their own in the article.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...model import Article, Mention
from ..lexicon import _rows, word_lengths, words_by_kind
from .context import is_org

#: what may stand before the job in the person's clause: nothing, a description ending in 的
#: (正在值班的), a verb of visiting or seeing (看望了), each perhaps with words about the person
#: (生病, 优秀: ``trade_staff_words.tsv``, about); not a word of a former worker (原, 退休, 下岗: former)
#: nor a body's name (read by the named-body rules)
_LEAD_OPENING = r"(?:|.*?的|.*?(?:看望了?|慰问了?|探望了?|走访了?|见到了?|找到了?|图为|是|有))"
#: a post and a name right after a body (某大学教授某, 某派出所所长某): the body named as that person's
_TITLE_SPAN = 8
#: marks that end what stands before the job
_CLAUSE_MARK = re.compile(r"[，。；：、（“”」』\n,;:(]")
#: names joined to the first without a job of their own share it (养路工赵某和钱某)
_JOINED = ("和", "、", "与", "及")


@functools.lru_cache(maxsize=1)
def trade_posts() -> tuple[dict[str, tuple[str, ...]], tuple[int, ...], frozenset[str]]:
    """Each job of ``trade_posts.tsv`` with the heads of its trade's bodies, the jobs' lengths, and
    the generic jobs (职工) whose body must be named again."""
    rows = [r for r in _rows("trade_posts.tsv") if len(r) > 1]
    posts = {r[0]: tuple(h for h in r[1].split(",") if h) for r in rows}
    return posts, word_lengths(frozenset(posts)), frozenset(r[0] for r in rows if r[2:] == ["again"])


@functools.lru_cache(maxsize=1)
def _lead_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What may stand before the job (:data:`_LEAD_OPENING` and the words about the person), the words
    right before it of a former worker, and the words anywhere before it that place the person
    elsewhere (``trade_staff_words.tsv``: about, former, elsewhere)."""
    kinds = words_by_kind("trade_staff_words.tsv", ("about", "former", "elsewhere"))
    about, former, elsewhere = ("|".join(map(re.escape, kinds[k])) for k in ("about", "former", "elsewhere"))
    return (re.compile(_LEAD_OPENING + f"(?:{about})*"), re.compile(f"(?:{former})$"), re.compile(elsewhere))


def _named_again(article: Article, body: Mention, heads: tuple[str, ...]) -> bool:
    """Whether the article names ``body`` again after its first naming: by its name, or by its kind
    alone (公司第一代干部, 该公司) outside any other name."""
    if sum(1 for m in article.mentions if m.key == body.key) > 1:
        return True
    kind = next(h for h in heads if body.key.endswith(h))
    spans = [(m.start, m.end) for m in article.mentions]
    return any(not any(a <= k.start() < b for a, b in spans)
               for k in re.compile(re.escape(kind)).finditer(article.text, body.end))


def _job_before(text: str, start: int) -> tuple[str, str] | None:
    """(what stands before the job in its clause, the job) for a name at ``start``, or None."""
    posts, lengths, _ = trade_posts()
    cut = max((m.end() for m in _CLAUSE_MARK.finditer(text, max(0, start - 16), start)), default=max(0, start - 16))
    lead = text[cut:start]
    for n in lengths:
        if len(lead) >= n and lead[-n:] in posts:
            return lead[:-n], lead[-n:]
    return None


def _one_body_of_trade(article: Article, heads: tuple[str, ...], before: int) -> Mention | None:
    """The one body named before ``before`` whose name ends in one of ``heads`` (longer than the
    head: 公司 alone is no name), or None when there is none or more than one."""
    named = {}
    for m in article.mentions:
        if m.start >= before:
            break
        if is_org(m) and m.type in ("Company", "Organization") and not (m.reference or m.weak) \
                and m.key.endswith(heads) and not any(m.key == h for h in heads):
            named.setdefault(m.key, m)
    return next(iter(named.values())) if len(named) == 1 else None


def _only_someone_elses(article: Article, body: Mention) -> bool:
    """Whether every naming of ``body`` is the employer in another person's title (某大学教授某):
    named for that person, the body says nothing of who else works there (优秀教师某 may teach anywhere)."""
    text = article.text
    persons = [m.start for m in article.mentions if m.type == "Person"]
    for m in article.mentions:
        if m.key != body.key:
            continue
        if not any(m.end < s <= m.end + _TITLE_SPAN and not _CLAUSE_MARK.search(text, m.end, s) for s in persons):
            return False
    return True


def _own_body_after(article: Article, heads: tuple[str, ...], person: Mention, body: Mention) -> bool:
    """Whether another body of the trade is named after ``person`` in its paragraph (矿工某的妻子说丈夫
    所在的某煤矿…): the text names his own, the one named before is not it."""
    end = article.text.find("\n", person.end)
    end = len(article.text) if end < 0 else end
    return any(person.end <= m.start < end and is_org(m) and m.key != body.key and m.key.endswith(heads)
               and not any(m.key == h for h in heads) for m in article.mentions)


def staff_of_the_trade(article: Article, stated: set[str]) -> Iterator[tuple[Mention, Mention]]:
    """(person, body) for people introduced by a job alone (养路工梁某, 看望了生病职工郝某和张某)
    whose trade's one body the article named before them. ``stated``: people with a worksFor
    already (left alone)."""
    posts, _, generic = trade_posts()
    lead, not_there, elsewhere = _lead_patterns()
    text = article.text
    persons = [m for m in article.mentions if m.type == "Person" and m.source != "byline"
               and m.start >= article.body_start and not m.anaphor]
    orgs_ending = {m.end for m in article.mentions if is_org(m)}
    done: set[str] = set()
    for k, p in enumerate(persons):
        if p.key in stated or p.key in done:
            continue
        found = _job_before(text, p.start)
        if found is None:
            continue
        pre, job = found
        if not_there.search(pre) or any(p.start - len(job) - len(pre) < e <= p.start - len(job) for e in orgs_ending):
            continue  # (原养路工; 某公司职工: the body is written, the named-body rules read it)
        if not lead.fullmatch(pre) or elsewhere.search(pre):
            continue  # (来自兄弟单位的职工某: of some other body)
        body = _one_body_of_trade(article, posts[job], p.start)
        if body is None or job in generic and not _named_again(article, body, posts[job]):
            continue  # (慰问组从某公司出发，看望了职工某: a company named in passing is not the worker's)
        if _only_someone_elses(article, body) or _own_body_after(article, posts[job], p, body):
            continue
        yield p, body
        done.add(p.key)
        j = k + 1  # (养路工赵某和钱某: the names joined to it share the job)
        while j < len(persons) and text[persons[j - 1].end : persons[j].start] in _JOINED:
            if persons[j].key not in stated:
                yield persons[j], body
                done.add(persons[j].key)
            j += 1
