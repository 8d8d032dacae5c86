"""The field lines of a notice or a page (``二、培训地点：…``, ``联系人：单位 某某``, ``（供稿：单位 某某）``):
a label, a colon and a value that is a name, with no verb to read. Where the labelled place is the
venue of the event the notice is about (``heldAt``), and the body a named person is written with
(``worksFor``)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .context import Context, Found, is_org
from .prerequisites import needs

#: a label of the venue of the notice's event, perhaps numbered (二、培训地点：; 活动地点：); not 报到地点
#: (where one registers) nor 集合地点 (where one meets)
_VENUE_LABEL = re.compile(r"(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.、．])?\s*"
                          r"(?:培训|活动|会议|比赛|竞赛|赛事|开班|举办|举行|展览|演出|宣讲)?地点\s*[：:]\s*$")
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
        if _VENUE_LABEL.fullmatch(lead):
            event = c.main_event
            # the value is the venue alone (a place, or a body named as the site: 区职工服务中心)
            if event is not None and event.end <= c.sentence.start and m.type not in ("Person", "Event") \
                    and _VALUE_END.match(text, m.end, c.sentence.end):
                yield event, "heldAt", m, "notice-venue-field"
        elif _PERSON_LABEL.search(lead) and is_org(m) and i + 1 < len(ms) and ms[i + 1].type == "Person" \
                and not text[m.end : ms[i + 1].start].strip(" \u3000"):
            yield ms[i + 1], "worksFor", m, "notice-person-field"
