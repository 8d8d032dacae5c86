"""Choosing among overlapping candidate mentions, explicitly.

Rule: the longest candidate wins, then the higher :class:`Priority`, then the earlier start.
Names live on two layers: events, and everything else. An organisation may sit inside an event name
(朝阳支队 in “关爱职工 朝阳支队心理服务专项行动”) and both are kept; a place or person
inside an event or organisation name is dropped (北京市 in 北京市总工会), and spans that cross
are never both kept.

>>> from uniongraph.model import Mention
>>> a = Mention(0, 6, "北京市总工会", "Federation", "北京市总工会", "org")
>>> b = Mention(0, 3, "北京市", "Place", "北京市", "gazetteer")
>>> [m.name for m in resolve_overlaps([b, a])]
['北京市总工会']
"""

from __future__ import annotations

import bisect
import itertools

from dataclasses import replace
from enum import IntEnum

from ..model import ORG_TYPES, Mention
from .names import clean_name


class Priority(IntEnum):
    """How sure a recogniser is of a candidate: among overlapping candidates of the same length
    the higher wins. One table, so that the order between recognisers is seen in one place. (Two
    names with one value are one member, the later an alias printed as the earlier.)"""

    TAGGER = 4                   # a span of the trained tagger (:mod:`.voting`): longer wins, ties go to the grammar
    ANAPHOR = 5                  # 该公司 resolved to its antecedent
    ORG_GENERIC = 10             # an organisation name of generic words only
    ORG_UNIT_IN_CONTEXT = 11     # an institution's unit of common words the clause makes a body (体育学院承办)
    PERSON_SAME_NAME = 12        # a name repeated from a surer mention of it
    PERSON_SURNAME_TITLE = 13    # 王师傅, 老李
    PLACE_DICTIONARY = 13        # jieba's ns words
    PERSON_TRANSLITERATED = 14
    PERSON_CONTEXT = 15          # a surname and a given name before a verb of speech, a role …
    PLACE_GRAMMAR = 15           # [place] body head (…街道, …广场)
    PERSON_IN_LIST = 16          # 江泽民、李鹏、乔石
    PERSON_DICTIONARY = 16
    ORG_DICTIONARY = 16
    PERSON_DICTIONARY_TITLED = 17  # a dictionary name with a title or a surname and given name
    EVENT_GENERIC = 17
    PLACE_GAZETTEER = 18
    EVENT_CONVENED = 19          # the object of 召开/举行: the verb fixes where the name starts
    PLACE_GAZETTEER_ALIAS = 19
    PLACE_NESTED = 20            # 深圳市龙华区: a place that names its enclosing place first
    ORG_PROPER = 21              # an organisation name with a proper word
    EVENT_PROPER = 21
    EVENT_NICKNAME = 23          # “…” as the name of an event named by its slogan
    EVENT_QUOTED = 25            # a quoted name followed by an event head: “职工健康周”活动
    DECLARED_ABBREVIATION = 26   # （以下简称“…”）
    CONGRESS = 27                # 职代会, 党代会: a congress inside another event's name
    BYLINE = 31                  # a name in the byline


def _layer(m: Mention) -> str:
    if m.type == "Event":
        return "congress" if m.congress else "event"
    return "name"


def _compatible(new: Mention, old: Mention) -> bool:
    if new.end <= old.start or old.end <= new.start:
        return True
    if _layer(new) == _layer(old):
        return False
    inside = old.start <= new.start and new.end <= old.end and (new.start, new.end) != (old.start, old.end)
    # an organisation or a congress named inside a longer event name is a name of its own; the
    # same span is one name of one type (六届二次常委会: a meeting, not the committee)
    return inside and _layer(old) == "event" and (new.type in ORG_TYPES or _layer(new) == "congress")


#: event recognisers whose names carry a number that makes them a meeting, not a body: on the same
#: span as an organisation name they win (六届二次常委会); any other event loses to the body
#: (中华全国台湾同胞联谊会今天在京举行座谈会: the society holds a meeting, it is none)
_NUMBERED_EVENT_SOURCES = frozenset({"event-session", "event-games", "event-congress"})


def _tie(m: Mention) -> int:
    """Among candidates of one length and priority: a numbered event, then a body, then the rest."""
    if m.type == "Event":
        return 0 if m.source in _NUMBERED_EVENT_SOURCES else 2
    return 1 if m.type in ORG_TYPES else 3


def span_reach(spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The spans' starts in order, and for each the farthest end of the spans up to it: whether
    any span overlaps ``[a, b)`` is then one binary search (``reach[k - 1] > a`` for the ``k``
    spans that start before ``b``), not a scan of every span (n² on a long page).

    >>> span_reach([(5, 9), (0, 3), (2, 12)])
    ([0, 2, 5], [3, 12, 12])
    """
    ordered = sorted(spans)
    return [s for s, _ in ordered], list(itertools.accumulate((e for _, e in ordered), max))


def _opened_by_a_body(candidates: list[Mention]) -> list[Mention]:
    """An event that starts inside a body's name is the body's own event, named with it whole
    (滨江街道快递行业联合|工会成立大会 → …联合工会成立大会: 联合 ended the event's name, but it is
    the union's word); the two names then nest instead of crossing. Only a sure body counts."""
    bodies = sorted((m for m in candidates if m.type in ORG_TYPES and m.priority >= Priority.ORG_DICTIONARY),
                    key=lambda b: (b.start, b.end))
    if not bodies:
        return candidates
    starts, reach = span_reach([(b.start, b.end) for b in bodies])  # (in the bodies' order)
    out = []
    for m in candidates:
        body = None
        if m.type == "Event":  # the first body (by start) that opens before the event and ends inside it
            j = bisect.bisect_left(starts, m.start) - 1
            while j >= 0 and reach[j] > m.start:  # (no body before j reaches the event)
                b = bodies[j]
                if m.start < b.end <= m.end:
                    body = b
                j -= 1
        if body is None:
            out.append(m)
            continue
        text = body.text[: m.start - body.start] + m.text
        out.append(replace(m, start=body.start, text=text, name=clean_name(text)))
    return out


def resolve_overlaps(candidates: list[Mention]) -> list[Mention]:
    """The kept mentions, in text order."""
    candidates = _opened_by_a_body(candidates)
    ranked = sorted(candidates, key=lambda m: (-(m.end - m.start), -m.priority, m.start, _tie(m), m.type))
    kept: list[Mention] = []
    covering: dict[int, list[Mention]] = {}  # character offset -> kept mentions over it
    for c in ranked:
        if c.end <= c.start:
            continue
        near = {id(k): k for pos in range(c.start, c.end) for k in covering.get(pos, ())}
        if all(_compatible(c, k) for k in near.values()):
            kept.append(c)
            for pos in range(c.start, c.end):
                covering.setdefault(pos, []).append(c)
    return sorted(kept, key=lambda m: (m.start, m.end))
