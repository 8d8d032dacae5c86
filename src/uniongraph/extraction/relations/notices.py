"""The field lines of a notice or a page (``二、培训地点：…``, ``联系人：单位 某某``, ``（供稿：单位 某某）``):
a label, a colon and a value that is a name, with no verb to read. Where the labelled place is the
venue of the event the notice is about (``heldAt``), and the body a named person is written with
(``worksFor``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Mention
from .context import Context, Found, is_org
from .prerequisites import needs

#: a label of the venue of the notice's event, perhaps numbered (二、培训地点：; 活动地点：); not 报到地点
#: (where one registers) nor 集合地点 (where one meets)
_VENUE_LABEL = re.compile(r"(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.、．])?\s*"
                          r"(?P<kind>培训|活动|会议|比赛|竞赛|赛事|开班|举办|举行|展览|演出|宣讲)?地点\s*[：:]\s*$")
#: what the name of an event of the label's kind contains (培训地点 → a 培训班); labels not listed
#: (活动地点, 举办地点) fit any event
_KIND_IN_NAME = {"培训": ("培训", "班"), "开班": ("班",), "会议": ("会",), "比赛": ("赛",), "竞赛": ("赛",),
                 "赛事": ("赛",), "展览": ("展",), "演出": ("演",), "宣讲": ("宣讲",)}
#: a label of the one who wrote or answers for the notice: 联系人：, 供稿：, 来稿：
_PERSON_LABEL = re.compile(r"(?:联系人|供稿|来稿|撰稿|稿件来源)\s*[：:]\s*$")
#: what may follow the venue in its field: its end, or a bracketed note
_VALUE_END = re.compile(r"\s*(?:[（(][^）)]{0,30}[）)])?\s*(?:[。；;]|$)")


@needs(words=("：", ":"))
def notice_fields(c: Context) -> Iterator[Found]:
    """培训地点：VENUE → the notice's event heldAt VENUE; 联系人：UNIT PERSON → PERSON worksFor UNIT."""
    text, ms = c.text, c.mentions
    for i, m in enumerate(ms):
        lead = text[c.sentence.start : m.start]
        label = _VENUE_LABEL.fullmatch(lead)
        if label:
            event = _event_of_kind(c, label.group("kind"))
            # the value is the venue alone (a place, or a body named as the site: 区职工服务中心)
            if event is not None and event.end <= c.sentence.start and m.type not in ("Person", "Event") \
                    and _VALUE_END.match(text, m.end, c.sentence.end):
                yield event, "heldAt", m, "notice-venue-field"
        elif _PERSON_LABEL.search(lead) and is_org(m) and i + 1 < len(ms) and ms[i + 1].type == "Person" \
                and not text[m.end : ms[i + 1].start].strip(" \u3000"):
            yield ms[i + 1], "worksFor", m, "notice-person-field"


def _event_of_kind(c: Context, kind: str | None) -> Mention | None:
    """The event a venue label is about: the notice's main event, unless the label names a kind
    (培训地点) the main event is not of and an event of that kind is named before (为贯彻…全委会议精神，
    举办…培训班: the class, not the meeting whose spirit it carries out)."""
    main = c.main_event
    words = _KIND_IN_NAME.get(kind or "")
    if not words or (main is not None and any(w in main.name for w in words)):
        return main
    fitting = [e for e in c.article.mentions if e.type == "Event" and e.end <= c.sentence.start
               and any(w in e.name for w in words)]
    return fitting[0] if fitting else main
