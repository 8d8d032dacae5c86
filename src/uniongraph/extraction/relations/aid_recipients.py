"""Who received what an activity of giving hands out (``participatesIn``): 环卫工人吕长海也领到了6000元
救助金 in the report of a 帮扶资金发放仪式, 韦小雨收到了5000元助学金 in a 金秋助学 report. The guideline
counts those an event is for among those who took part in it (the recipients of aid, the winners of a
prize). The things given and the words of a giving activity's name are data
(``lexicons/aid_things.txt``, ``giving_activity_words.txt``)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..lexicon import load_lexicons
from .context import Context, Found
from .event_references import EARLIER_TIME
from .person_lists import listed_before
from .prerequisites import needs


@functools.lru_cache(maxsize=1)
def _receives() -> re.Pattern[str]:
    """After a person (and the comma after a long subject: 考入某大学的韦某，收到了…): an adverb, the verb of receiving, then within a few words (8000元大病) the
    thing given (救助金, “暖心包”)."""
    things = sorted(load_lexicons().words["aid_things"], key=len, reverse=True)
    return re.compile(r"[，,]?(?:也|都|还|又|先后|分别|当场|现场|顺利|首先|第一个)*(?:领到|收到|领取|拿到|接过|领回)(?:了)?"
                      r"[^，。；：！？“”]{0,12}?“?(?:" + "|".join(map(re.escape, things)) + r")”?")


def _gives(name: str) -> bool:
    return any(w in name for w in load_lexicons().words["giving_activity_words"])


@needs("Person", words=("领到", "收到", "领取", "拿到", "接过", "领回"), event=True)
def recipients_of_the_aid(c: Context) -> Iterator[Found]:
    """PERSON 领到/收到 AID in a sentence about an activity of giving: the one event the sentence
    names, else the article's main event, whose name says it gives (送温暖, 助学, 帮扶资金发放仪式).
    Not in a time before it (去年，他领到了…) nor inside a quote (someone's words of another time)."""
    text, ms = c.text, c.mentions
    if EARLIER_TIME.match(text, c.sentence.start, c.sentence.end):
        return
    named = list(c.events())
    if named:
        event = named[0] if len(named) == 1 and _gives(named[0].name) else None
    else:
        event = c.main_event if c.main_event is not None and not c.main_event.congress and _gives(c.main_event.name) else None
    if event is None:
        return
    for i, m in enumerate(ms):
        if m.type != "Person" or text.count("“", c.sentence.start, m.start) > text.count("”", c.sentence.start, m.start):
            continue
        got = _receives().match(text, m.end, c.sentence.end)
        if got is None:  # (没有领到: no adverb of denial is read)
            continue
        for p in (*listed_before(c, i), m):  # 王某、李某领到了助学金: each of the list
            yield p, "participatesIn", event, "recipient-of-the-aid"
