"""Facts withdrawn whose event has a bare generic name: the kind of meeting or ceremony with no
owner and no word of its own (记者招待会, 颁奖仪式, 换届大会, 总理办公会议, １９９８年度工作会议). The
guideline's events are named activities (推进会 with its full name), and the theme hand checks
count every fact on such a name wrong. A name the article resolves to a full one (出席揭牌仪式 of
a 某公司揭牌仪式 named before) keeps its facts: only the event's final name is read. The words are
data (``lexicons/generic_event_words.txt``, ``event_heads.tsv``). A scope (全市经验交流会) or a
group (职工运动会) is a word of the name: the city's or the workers' event, as events.py reads it."""

from __future__ import annotations

import functools
import re

from ...model import Relation
from ...schema import relation_type
from ..lexicon import load_lexicons

#: a year or a count before the words of the name: １９９８年度, 十二次, 一次, 首次 (an ordinal,
#: 第一次会员代表大会, 第九届一次代表大会, numbers one session of its body's meetings: not generic)
_NUMBER = re.compile(r"(?:[0-9０-９]{2,4}年度?|(?<!第)[0-9０-９一二三四五六七八九十百两]+[次场](?![会全])|首次|本届|本次)")
#: a bracket that ends the name: the article an unresolved short name is scoped to
#: (aliases.article_scoped: （《title》）, （《title》，date）), or any other (（扩大）), which says no more of the event
_SCOPE = re.compile(r"（(?:[^（）]*，)?[^（），]+）$")


@functools.lru_cache(maxsize=4096)
def is_bare(name: str) -> bool:
    """Whether an event's name is a head alone after generic words, a year or a count.

    >>> [is_bare(n) for n in ("记者招待会", "颁奖仪式（《某某》）", "１９９８年度工作会议", "隆重的表彰大会", "总理办公会议")]
    [True, True, True, True, True]
    >>> [is_bare(n) for n in ("全国建材工作会议", "迎春茶话会", "海河市职工技能大赛", "“暖冬行动”", "第一次会员代表大会")]
    [False, False, False, False, False]
    >>> [is_bare(n) for n in ("十二次个人画展", "第九届一次代表大会", "１９９８年第一次全体会议", "全市经验交流会", "职工运动会")]
    [True, False, False, False, False]
    """
    lex = load_lexicons()
    heads, words = lex.event_heads, lex.words["generic_event_words"]
    rest = _SCOPE.sub("", name)

    @functools.lru_cache(maxsize=None)
    def bare(k: int) -> bool:  # rest[k:] is generic words, numbers and a head
        if rest[k:] in heads:
            return True
        num = _NUMBER.match(rest, k)
        if num and bare(num.end()):
            return True
        return any(rest.startswith(w, k) and bare(k + len(w)) for w in words)

    return bare(0)


def withdraw(found: dict[tuple, Relation]) -> None:
    """Drop from ``found`` each fact whose event (by the schema: the tail of participatesIn and
    organizes, the head of heldAt) has a bare name."""
    for key, rel in list(found.items()):
        kind = relation_type(rel.relation)
        event = rel.tail if "Event" in kind.tails else rel.head if "Event" in kind.heads else None
        if event is not None and is_bare(event):
            del found[key]
