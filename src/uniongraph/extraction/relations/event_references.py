"""How a sentence points at an event without naming it again, read by several event patterns:
a generic noun referring back (出席会议 after 召开换届大会: :func:`recent_event`), the event as the
whole subject or the topic of its clause, a phrase placing the clause at an event (在…上，), words
that set a sentence or an attending verb's object at another time or occasion than the event
reported (去年，; 参加有关活动), and the kinds of event some patterns look for (activities one visits or
a party goes out on; …会 that are no meeting)."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from ...model import Mention
from ..lexicon import _rows
from .bare_events import is_bare
from .context import Context, has


#: the name endings of the events a generic word for a kind means (会上, 出席会议: a …会 or …会议;
#: 仪式上: a …式 or …典礼): the one table of the openers read by attendance and bodies_taking_part,
#: :func:`event_of_its_kind` and the referring nouns of :func:`recent_event`
MEETING = ("会", "会议")
CEREMONY = ("式", "典礼")
KIND_ENDINGS = {"会": MEETING, "大会": MEETING, "会议": MEETING, "仪式": CEREMONY, "典礼": CEREMONY}
#: the generic words of :data:`KIND_ENDINGS`, longest first, as a pattern's alternatives
GENERIC_KINDS = "|".join(sorted(KIND_ENDINGS, key=len, reverse=True))
#: a meeting that commends or sums up (表彰会, 表彰大会, 总结会, 总结表彰会, 表彰会议): a word for one of these
#: kinds means any of them (在表彰大会上，in the report of a 总结表彰会; 在表彰会上，of a 表彰大会)
COMMENDING = ("表彰会", "表彰大会", "表彰会议", "总结会", "总结大会", "总结会议")
_COMMENDING_KIND = re.compile(r"(?:表彰|总结)+(?:会议|大会|会)")


def kind_endings(kind: str) -> tuple[str, ...]:
    """The name endings of the events a word for a kind means: the generic ones by
    :data:`KIND_ENDINGS`, a meeting that commends or sums up any such (:data:`COMMENDING`), any other
    kind itself.

    >>> kind_endings("会上"[:1]), kind_endings("表彰大会") == COMMENDING, kind_endings("座谈会")
    (('会', '会议'), True, ('座谈会',))
    """
    if kind in KIND_ENDINGS:
        return KIND_ENDINGS[kind]
    return COMMENDING if _COMMENDING_KIND.fullmatch(kind) else (kind,)

#: a generic noun that refers back to an event, and the name endings of the events it can mean
#: (这一隆重而特别的仪式: a pointing word may take a short description ending in 的)
_REFERRING = r"(?:了)?(?:(?:此次|这次|本次|这个|这一|这场)(?:[^，。；：、“”]{1,8}?的)?|该|(?:今天|今日|今晚|昨天|昨日|昨晚|当天|当日|当晚|上午|下午|晚上)的?)?"
_EVENT_NOUNS = (
    # a meeting of a kind (茶话会, 座谈会, 酒会) is the last meeting of that kind; 会议, 大会, 会 any meeting
    (re.compile(_REFERRING + r"(?P<kind>茶话会|团拜会|招待会|联欢会|晚会|报告会|研讨会|座谈会|纪念会|表彰会|酒会|宴会|音乐会)"), None),
    (re.compile(_REFERRING + r"(?:会议|大会|会)(?![员场所址见谈晤同])"), MEETING),
    (re.compile(_REFERRING + r"(?:开幕式|闭幕式|仪式|典礼)"), CEREMONY),
    (re.compile(_REFERRING + r"(?:比赛|竞赛|大赛|决赛|比武)"), ("赛", "比武")),
    # a training class (培训班由…主办), and its opening or closing (出席开班式): the last one named
    (re.compile(_REFERRING + r"(?:培训班|研修班|训练营|(?:开班|结业|开营)(?:式|仪式))"), ("班", "营")),
    # an activity only with a word pointing back (参加了这次活动, 这一活动由…主办): 活动 alone is any
    (re.compile(r"(?:了)?(?:此次|这次|本次|这一|这项|此项|这个|该)(?P<act>活动|行动)"), ("活动", "行动")),
    # an exhibition (书画展由…主办, 此展由…): the last one named
    (re.compile(_REFERRING + r"(?:书画展|画展|影展|展览会|展览(?![馆室])|(?<=[此该])展(?![出示开现望销区位]))"), ("展", "展览", "展览会")),
)
#: how far back (characters before the sentence) a generic noun may refer
_RECENT_EVENT_SPAN = 160


def events_just_before(c: Context) -> list[Mention]:
    """The events (no congress cited) named in the :data:`_RECENT_EVENT_SPAN` characters before
    this sentence, in order."""
    return [e for e in c.article.mentions if e.type == "Event" and not e.congress
            and c.sentence.start - _RECENT_EVENT_SPAN <= e.start and e.end <= c.sentence.start]


def the_one(events: list[Mention]) -> Mention | None:
    """The last of ``events`` when they all name one event, else None (two events: no telling which).
    A short form the resolver tied to a full name is that event (a headline's 首届技能比武 and the
    body's 某市首届技能比武)."""
    return events[-1] if events and len({e.canonical or e.name for e in events}) == 1 else None


def one_named_before(c: Context, before: int, endings: str | tuple[str, ...]) -> Mention | None:
    """The one event (no congress) the article names before offset ``before`` whose name ends in
    ``endings`` (座谈会上 … the 座谈会 named earlier), by :func:`the_one`: none or two, no telling which."""
    return the_one([e for e in c.article.mentions if e.type == "Event" and not e.congress
                    and e.end <= before and _of_kind(e, endings if isinstance(endings, tuple) else (endings,))])


def sentence_starts(article) -> tuple[int, ...]:
    """Where the article's sentences start, in order: read once per article (the resolvers ask for
    them for every candidate event of every sentence)."""
    sentences, starts = _LAST_STARTS[0]
    if sentences is not article.sentences or len(starts) != len(article.sentences):
        starts = tuple(s.start for s in article.sentences)
        _LAST_STARTS[0] = (article.sentences, starts)
    return starts


#: the sentence list and its starts :func:`sentence_starts` read last
_LAST_STARTS: list[tuple[object, tuple[int, ...]]] = [(None, ())]


def _previous_sentence_start(c: Context) -> int:
    """Where the sentence before this one starts (this one's start when it is the first)."""
    starts = sentence_starts(c.article)
    k = bisect.bisect_right(starts, c.sentence.start - 1) - 1
    return starts[k] if k >= 0 else c.sentence.start


def recent_event(c: Context, at: int) -> Mention | None:
    """The event a generic noun at ``at`` refers back to (出席会议 after 召开换届大会): the last
    event named before it, in this sentence or at most a sentence or two back, with no other event
    of that kind between, whose name ends like the noun (a 会议 is a …会, not a …活动)."""
    text = c.text
    for noun, endings in _EVENT_NOUNS:
        m = noun.match(text, at)
        if m is None:
            continue
        endings = endings or (m.group("kind"),)
        # (会议…在京结束，A、B参加了会议: the event may open the same sentence, before the noun)
        earlier = events_just_before(c) + [e for e in c.mentions if e.type == "Event" and not e.congress and e.end <= at]
        # (a bare kind, 周年纪念大会, names no event: it neither answers nor competes, bare_events)
        # (a campaign named by its launch, …关爱行动启动仪式, is written as the ceremony: 出席仪式 is its)
        kind = [e for e in earlier if _of_kind(e, endings) and not is_bare(e.key)]
        if kind:
            # (a part of a joint name, …揭牌仪式暨…发布会, counts less than an event of the kind by its
            # whole name, 签约仪式, named in this sentence or the one before)
            whole = [e for e in kind if e.name.endswith(endings) or e.text.endswith(endings)]
            since = _previous_sentence_start(c)
            near = [e for e in whole if e.start >= since]
            return the_one(near if near and len(whole) < len(kind) else kind)
        # 出席团拜会的领导同志有: a meeting of a named kind far down the report of that meeting
        main = c.main_event
        if (m.groupdict().get("kind") or m.groupdict().get("act")) and main is not None and _of_kind(main, endings) \
                and main.end <= c.sentence.start:
            return main
        # 出席了会议 far down the report of the one meeting the article is about (中纪委二次全会,
        # 中纪委第二次全体会议: forms of one name): its main event, when every event of that kind
        # named up to here is a form of it
        if main is not None and _of_kind(main, endings) and main.end <= c.sentence.start and all(
                same_event(e.name, main.name) for e in c.article.mentions
                if e.type == "Event" and e.end <= at and e.name.endswith(endings) and not is_bare(e.key)):  # (a congress named counts too)
            return main
        return None
    return None




def _of_kind(ev: Mention, endings: tuple[str, ...]) -> bool:
    """Whether ``ev`` is of the kind ``endings`` say: its name, a part of a joint name (…成立大会暨
    第一次会员大会 is a 成立大会), or the words it is written with, end so."""
    return any(part.endswith(endings) for part in ev.name.split("暨")) or ev.text.endswith(endings)


def event_of_its_kind(c: Context, kind: str, at: int) -> Mention | None:
    """The event a phrase at ``at`` placing the sentence at an event by its ``kind`` alone means
    (会上，甲与乙签订…; 仪式上，; 座谈会上，), among the events of the sentence's section (a digest's
    item, a datelined section) the article tells as held then (:func:`held_as_told`): the report's
    main event when it is of that kind, unless one of that kind is named after it (会议结束后，代表们
    参加了座谈会。会上，: that one); else the one of that kind named before. A ceremony of no name is
    the report's own (its launch, its hand-out), and so is a meeting when the headline names the
    report's event's meeting (召开…关爱行动启动会); otherwise none named (会上 in the report of a
    campaign) or two (no telling which) give none. A word of a named kind (座谈会, 成立大会) means that
    kind (:func:`kind_endings`: the generic ones, 表彰大会 any commending meeting).

    E.g. in ``交流活动在江海举行。次日，交流座谈会在市工人文化宫举行。会上，…`` the 会上 is the 座谈会's."""
    main = c.main_event
    endings = kind_endings(kind)
    lo, _ = c.section
    named = [e for e in c.article_events if lo <= e.start and e.end <= at and _of_kind(e, endings)
             and not is_bare(e.key) and held_as_told(c, e)]
    if main is not None and not main.congress and main.start < at and _of_kind(main, endings):
        # (会上，in the report of a meeting that recalls another, 传达了…二次全会精神: a congress, no candidate)
        later = [e for e in named if e.start >= main.end and not _forms_of_one(e, main) and _told_taking_place(c, e)]
        return the_one(later) if later else main
    if not named and main is not None and main.start < at and (
            endings == CEREMONY or endings == MEETING and _headline_meeting_of(c, main)):
        return main  # (仪式上 in the report of an activity that names no ceremony: its own, launch or hand-out)
    return the_one(named)


def _forms_of_one(a: Mention, b: Mention) -> bool:
    """Whether two mentions name one event: tied by the resolver, or forms of one name."""
    return (a.canonical or a.key) == (b.canonical or b.key) or same_event(a.name, b.name)


#: after what an event is of, a meeting of its own (读书月活动 + 总结会, 表彰大会, 推进会议): not the
#: activity itself; read by the organisers' rules and by :func:`_headline_meeting_of`
MEETING_OF = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:会议|会)")
#: in the headline, the words after an event's name up to a mark or a space (…关爱行动启动会召开)
_HEADLINE_WORDS = re.compile(r"[^\s，,。！!：:；]*")


def _headline_meeting_of(c: Context, main: Mention) -> bool:
    """Whether the headline names a meeting of the report's event ``main``: its name (or a form the
    resolver tied to it) right before a word of a meeting (…关爱行动启动会, …推进会召开), not a games or a
    fair."""
    for h in c.article_events:
        if h.start >= c.article.body_start:
            break
        if h is main or _forms_of_one(h, main):
            said = _HEADLINE_WORDS.match(c.text, h.end, c.article.body_start).group().removesuffix("召开").removesuffix("举行")
            if MEETING_OF.fullmatch(said) and not (h.text + said).endswith(NO_MEETING):
                return True
    return False


#: right before an event's name: a verb of taking part in it or holding it (参加了, 出席, 召开)
_TAKEN_PART_IN = re.compile(r"(?:参加|出席|列席|召开|举行|举办)(?:了)?$")
#: right after it: it was held (…座谈会今天在某地召开, 随后举行)
_TAKES_PLACE = re.compile(r"(?:今天|今日|当天|随后|接着)?(?:在[^，。；]{1,20}?)?(?:召开|举行|举办|开幕)")


def _told_taking_place(c: Context, ev: Mention) -> bool:
    """Whether the words around ``ev`` tell it held or attended (代表们参加了某座谈会, 某座谈会在某地
    召开), not only cited (学习江泽民同志在某全会上的讲话: a meeting of another time)."""
    return _TAKEN_PART_IN.search(c.text, max(0, ev.start - 4), ev.start) is not None \
        or _TAKES_PLACE.match(c.text, ev.end) is not None


def held_as_told(c: Context, ev: Mention) -> bool:
    """Whether the article tells the event ``ev`` as held then, judged by what governs ``ev`` itself
    in its own sentence: not a plan or a calling off of it (:func:`_planned`: 明年将举办某座谈会;
    某座谈会因故推迟), not a recall of it (:func:`_recalled`: 去年召开了某会; 曾参加过某会; 自某仪式举行
    以来), not a year other than the article's (:func:`_of_another_year`). Words of another clause
    (为筹备即将举办的某大赛，某会召开了…座谈会) or inside a modifier of the people (曾在某地工作的代表参加了
    某会) govern something else; a meeting held before the reported event (启动前，召开了某动员会) is held."""
    starts = sentence_starts(c.article)
    k = bisect.bisect_right(starts, ev.start) - 1
    if k < 0 or ev.end > c.article.sentences[k].end:
        return True  # (a name across sentences, or before the first: nothing tells otherwise)
    sent = c.article.sentences[k]
    own = Context(c.article, sent, [m for m in c.article_mentions_in(sent.start, sent.end) if m.end <= sent.end],
                  c.main_event, c.section, c.shared)
    return not (_planned(own, ev) or _called_off(own, ev) or _recalled(own, ev) or _of_another_year(own, ev))


def said_outside_names(c: Context, pattern: re.Pattern[str], start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` between ``start`` and ``end`` that do not start inside a name of the
    sentence (上届 of 上届村委会, 曾 of 曾立新, the year of a named event)."""
    return (t for t in pattern.finditer(c.text, start, end) if not any(m.start <= t.start() < m.end for m in c.mentions))


#: between a plan or recall word and the event: a verb that holds or attends something done (召开了):
#: that verb, not the word, introduces the event
_DONE_VERB = re.compile(r"(?:召开|举行|举办|开展|参加|出席|列席)了")
#: right after an event's name: a plan to hold it (某座谈会将于下月召开, 拟于明年举办)
_PLANNED_AFTER = re.compile(r"(?:也|还)?(?:计划|打算|准备|拟|将|即将|将要|原定)(?:于[^，。；：]{1,12}?)?(?:在[^，。；：]{1,20}?)?(?:举办|举行|召开|开幕|启动)")


def _planned(c: Context, ev: Mention) -> bool:
    """Whether a plan governs ``ev`` in its clause: a plan word before the verb that introduces it
    (明年将举办某座谈会; not 为筹备即将举办的某大赛，…召开了某座谈会) or right after its name (某座谈会将于
    下月召开), not held as planned after all (如期)."""
    lo, text = c.clause_start(ev.start, "，,；;。"), c.text
    for t in said_outside_names(c, _PLANNED, lo, ev.start):
        if not _DONE_VERB.search(text, t.end(), ev.start) and not _AS_PLANNED.search(text, ev.end, c.sentence.end):
            return True
    return _PLANNED_AFTER.match(text, ev.end, c.sentence.end) is not None \
        and not _AS_PLANNED.search(text, ev.end, c.sentence.end)


#: before an event in its clause, a time before the report's that governs it (去年召开的, 曾参加过, 回顾)
_RECALL = re.compile(r"去年|前年|往年|上届|曾经|曾|回顾|以往")
#: a clause since a time (自2022年某启动仪式举行以来): what it holds is recalled
_SINCE = re.compile(r"自[^，。；]{1,40}?以来")


def _recalled(c: Context, ev: Mention) -> bool:
    """Whether a recall governs ``ev``: the sentence opens at another time (去年，明年，), ``ev`` lies
    inside 自…以来, or a recall word stands before it in its clause and not inside a modifier of the
    people (曾在某地工作多年的代表参加了某会: the 曾 is the people's)."""
    text = c.text
    if _OPENS_ANOTHER_TIME.match(text, c.sentence.start, c.sentence.end):
        return True
    if any(t.start() < ev.start and ev.end <= t.end() for t in said_outside_names(c, _SINCE, c.sentence.start, c.sentence.end)):
        return True
    for t in said_outside_names(c, _RECALL, c.clause_start(ev.start, "，,；;。"), ev.start):
        between = text[t.end() : ev.start]
        if "的" in between and _DONE_VERB.search(between, between.rfind("的")):
            continue  # (曾…的代表参加了某会: a modifier of the people)
        return True
    return False


#: a year named (2025年): the group the year
_YEAR = re.compile(r"((?:19|20)[0-9]{2})年")


def _of_another_year(c: Context, ev: Mention) -> bool:
    """Whether a year of ``ev``'s own name, its clause before it or its sentence's opening is not the
    article's: an event of another year. The year just ended naming the event's scope is this year's
    (2026年度…表彰大会 in a report of 2027). No year of the article known: nothing to weigh."""
    article = article_year(c)
    if article is None:
        return False
    year = int(article)
    named = _YEAR.search(ev.name.translate(_HALF_WIDTH))
    if named is not None and int(named.group(1)) != year and not (
            int(named.group(1)) == year - 1 and ev.name.translate(_HALF_WIDTH)[named.end() : named.end() + 1] == "度"):
        return True
    lo = c.clause_start(ev.start, "，,；;。")
    said = [t for t in said_outside_names(c, _YEAR, lo, ev.start)]
    opening = _OPENING_YEAR.match(c.text, c.sentence.start, c.sentence.end)
    return any(int(t.group(1).translate(_HALF_WIDTH)) != year for t in said) \
        or opening is not None and int(opening.group(1)) != year


_NUMERALS = re.compile(r"[0-9０-９一二三四五六七八九十百〇○两]")


def same_event(a: str, b: str) -> bool:
    """Whether two event names are forms of one name (中纪委二次全会, 中纪委第二次全体会议,
    中央纪委二次全会): the same numerals in the same order, and the shorter's characters, all but
    a fifth, found in the longer. 第三届运动会 and 第四届运动会 are two."""
    if a == b:
        return True
    if _NUMERALS.findall(a) != _NUMERALS.findall(b):
        return False
    short, long_ = sorted((a, b), key=len)
    return sum(ch in long_ for ch in short) >= 0.8 * len(short)


def object_end(text: str, at: int) -> int:
    """The end of the generic noun at ``at`` that refers back to an event (会议, 今天的茶话会)."""
    for noun, _ in _EVENT_NOUNS:
        m = noun.match(text, at)
        if m:
            return m.end()
    return at


#: what may open a clause before its topic event: a connective, a demonstrative (这次…会议，…)
TOPIC_LEAD = re.compile(r"^(?:因此|所以|而|同时|此外|另外)?(?:这次|此次|本次|本届|这届|该|今年的|今年)?$")


def whole_subject(c: Context, ev) -> bool:
    """Whether ``ev`` is the whole noun phrase of its clause: nothing before it, a demonstrative,
    or a modifier ending in 的 (以…为主题的…研讨会); not a name cut short after 和 or a place."""
    lead = c.text[c.clause_of(ev)[0] : ev.start]
    lead = lead[max(lead.rfind("："), lead.rfind(":")) + 1 :]  # (本报讯记者某某报道：会议，今天…)
    return not lead or lead.endswith("的") or bool(TOPIC_LEAD.match(lead))


#: 在…EVENT上，A 强调: the speaker named after the phrase that places the clause at the event
AT_EVENT_OPENER = re.compile(r"在[^，。；]{0,40}?上[，,]")


#: the main events a visiting party takes part in: activities, not meetings (a meeting is not visited)
VISITED_ACTIVITY = re.compile(r"(?:活动|行动|慰问|送温暖|送清凉|下乡|服务)$")


#: a sentence opened by a time before the activity reported (去年，此前，活动前): what a party did then
#: is no part of it
EARLIER_TIME = re.compile(r"(?:去年|前年|往年|此前|之前|以前|上周|上月|上个月|今年以来|近年来|多年来|活动前|启动前)")
#: … or 曾 (once), before what is told: a contest held, an award won, an act done then
ONCE_OR_EARLIER = r"曾|" + EARLIER_TIME.pattern
#: before an award or a ceremony's act, a time other than the event's: 曾, 去年, a year (2025年，A曾获得…;
#: the year in group ``year``, which the event may be named by)
ANOTHER_TIME_BEFORE = re.compile(ONCE_OR_EARLIER + r"|(?P<year>[12１２][0-9０-９]{3}年)")


@functools.lru_cache(maxsize=1)
def other_time_words() -> re.Pattern[str]:
    """The words of ``other_time_words.txt`` (截至, 以来, 上届, 以往, 年底) as one pattern, the longest first:
    another time than the event reported's, for an honour or an act told in its clause."""
    words = sorted((r[0] for r in _rows("other_time_words.txt") if r and r[0]), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


def other_times_said(c: Context, end: int) -> Iterator[re.Match[str]]:
    """The words of :data:`ANOTHER_TIME_BEFORE` in the sentence before offset ``end`` that are not
    inside a name of the sentence (曾 of 曾立新, the year of a named event): each a time the caller
    weighs against the event's (an award won then, a ceremony's act done then)."""
    return said_outside_names(c, ANOTHER_TIME_BEFORE, c.sentence.start, end)


#: a word of hearsay that may open a sentence before its time (据悉，另据介绍，)
_HEARSAY = r"(?:据悉|据了解|据介绍|另悉|另据介绍|另据了解)[，,]"
#: a time to come (明年，下周，)
_LATER_TIME = r"明年|明天|后天|下周|下月|下个月|下半年|下一步|今后|将来|未来"
#: a sentence opened by another time (去年，此前; 同日 with a task of its own; a time to come: 明年，
#: 下周，), perhaps after a word of hearsay (据悉，): the party led then is not the activity's
_ANOTHER_TIME = re.compile(r"(?:" + _HEARSAY + r")?(?:" + EARLIER_TIME.pattern
                           + r"|同日|同一天|" + _LATER_TIME + ")")
#: a sentence opened by a time to come (下半年，某将举办…), perhaps after a word of hearsay
_OPENS_LATER = re.compile(r"(?:" + _HEARSAY + r")?(?:" + _LATER_TIME + ")")
#: a sentence opened by a time before the report's or to come (去年，上月，明年，): of its whole sentence;
#: not 启动前，此前，(a meeting held before the reported event is held)
_OPENS_ANOTHER_TIME = re.compile(r"(?:" + _HEARSAY + r")?(?:去年|前年|往年|上周|上月|上个月|" + _LATER_TIME + r")")
#: a year a sentence opens at, perhaps after a word of hearsay (据悉，2024年春节期间，)
_OPENING_YEAR = re.compile(r"(?:(?:据悉|据了解|据介绍|另悉)[，,])?((?:19|20)[0-9]{2})年")
#: a month a sentence opens at, no day after it, perhaps after a word of hearsay (另据介绍，今年1月，)
_OPENING_MONTH = re.compile(r"(?P<hearsay>" + _HEARSAY + r")?(?:今年)?(?P<month>[0-9０-９]{1,2})月(?:份)?(?![0-9０-９]{1,2}日)")
#: the first day a lead tells (本报讯 3月5日，): its month
_LEAD_DAY = re.compile(r"([0-9]{1,2})月[0-9]{1,2}日")
#: the year an event is named by (2024年职工运动会: 2024)
NAMED_YEAR = re.compile(r"(?:19|20)[0-9]{2}(?=年)")


_HALF_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def article_year(c: Context) -> str | None:
    """The year of the article: its date, else the year of a date in its lead (本报讯 2026年12月5日)."""
    date = c.article.metadata.get("date")
    if isinstance(date, str) and date[:4].isdigit():
        return date[:4]
    year = c.once("lead_year", lambda: NAMED_YEAR.search(_lead(c)))  # (the lead read once for the article)
    return year.group() if year else None


def article_month(c: Context) -> int | None:
    """The month of the article: its date's, else the month of the day its lead tells (本报讯 3月5日，)."""
    date = c.article.metadata.get("date")
    if isinstance(date, str) and date[5:7].isdigit():
        return int(date[5:7])
    day = c.once("lead_day", lambda: _LEAD_DAY.search(_lead(c)))
    return int(day.group(1)) if day else None


def _lead(c: Context) -> str:
    """The article's lead, its first sentence of the body, in half-width digits (where a dateless
    article tells its day: 本报讯 2026年12月5日)."""
    return c.once("lead", lambda: c.text[c.article.body_start : c.text.find("。", c.article.body_start)].translate(_HALF_WIDTH))


def at_another_time(c: Context, ev: Mention) -> bool:
    """Whether the sentence opens at another time than ``ev``'s: an earlier or later one (去年，明年，
    同日), or a year other than the one the event is named by, or else the article's (据悉，2024年春节期间，),
    or a month without a day other than the article's in a sentence of hearsay or naming another event
    (另据介绍，今年1月，; not 1月中旬，某带队走访… in a report of 2月3日: the activity's own earlier days)."""
    if _ANOTHER_TIME.match(c.text, c.sentence.start, c.sentence.end):
        return True
    year, named = _OPENING_YEAR.match(c.text, c.sentence.start, c.sentence.end), NAMED_YEAR.search(ev.name)
    held = named.group() if named is not None else article_year(c)  # (a name of no year: the article's)
    if year is not None and held is not None and year.group(1) != held:
        return True
    month = _OPENING_MONTH.match(c.text, c.sentence.start, c.sentence.end)
    if month is None or not month.group("hearsay") and not any(e.key != ev.key for e in c.events()):
        return False  # (1月中旬，某带队走访… in a report of 2月3日: the activity's own earlier days)
    return article_month(c) not in (None, int(month.group("month").translate(_HALF_WIDTH)))


def at_a_later_time(c: Context) -> bool:
    """Whether the sentence opens at a time to come (下半年，明年，): what it tells is not done yet."""
    return _OPENS_LATER.match(c.text, c.sentence.start, c.sentence.end) is not None


#: after a year before an award: a full date (2026年|12月5日，), a day of the reported days when the
#: year is the article's
_FULL_DAY = re.compile(r"[0-9０-９]{1,2}月[0-9０-９]{1,2}日")
#: from a time word to the person: a modifier ending in 的, then titles (曾|获得全国五一劳动奖章的全国劳模|某某)
_MODIFIER_OF_THE_PERSON = re.compile(r"[^，。；：]*的[^，。；：的]{0,12}")
#: before the person, the post held then (时任): what the sentence tells was done at another time
_HELD_THEN = re.compile(r"时任")


def said_at_another_time(c: Context, at: int, event: Mention, person: Mention | None = None) -> bool:
    """Whether the sentence before ``at`` tells another time than the ``event``'s: 曾, 去年, a year
    the event is not named by (2025年，A曾获得…; not a full date of the report's year), not inside a
    modifier of the ``person`` who acts (曾获得全国五一劳动奖章的全国劳模某为…颁奖: an honour of the past)."""
    for past in other_times_said(c, at):
        if past.group("year") is not None and _FULL_DAY.match(c.text, past.end()) \
                and article_year(c) in (None, past.group("year").translate(_HALF_WIDTH)[:4]):
            continue  # (2026年12月5日，A获得… in a report of that day, or of a day not told)
        if person is not None and past.end() <= person.start and _MODIFIER_OF_THE_PERSON.fullmatch(c.text, past.end(), person.start):
            continue
        if past.group("year") is None or past.group("year") not in event.name:
            return True
    return False


def done_at_another_time(c: Context, event: Mention, m: Mention, act_at: int) -> bool:
    """Whether what the person ``m`` does at ``act_at`` (hands out plaques, awards, teaches) was done at
    another time than the ``event``: the sentence opens at another time or tells one before the act, or
    the person's post is the one held then (时任)."""
    return at_another_time(c, event) or said_at_another_time(c, act_at, event, m) \
        or _HELD_THEN.search(c.text, c.clause_of(m)[0], m.start) is not None


#: in the sentence, what is said of one who would take part: an official's part (担任裁判长, 评委) or an
#: absence (因故未能到场, 缺席): no part in the event is said
NO_PART_SAID = re.compile(r"裁判|评委|评审|仲裁|监督员|未能|未到|没有到|没能|缺席|因故|请假|退出(?:了)?(?:比赛|竞赛)|退赛|弃权")
#: words of a plan, an act not done yet (计划, 拟, 将); not 按计划/按照计划/根据计划 (done as planned)
PLAN_WORDS = r"(?<![按照据])计划|打算|准备|拟|将|即将|将要"
#: before an event's name in its sentence, a plan to hold it (将举办, 原计划组织, 拟于下月召开): not held yet;
#: not 按计划/按照计划/根据计划 (done as planned)
_PLANNED = re.compile(r"(?:" + PLAN_WORDS + r")(?:于[^，。；：]{1,12}?)?(?:举办|举行|召开|组织|开展|启动|派出|选派)")
#: after the plan: it was held as planned (原计划于7月8日举办的某培训班如期开班)
_AS_PLANNED = re.compile(r"如期|如约|按期|顺利")
#: in an event's sentence: it was called off or put off (后因故取消, 因疫情推迟)
_CALLED_OFF = re.compile(r"取消|停办|推迟|延期|暂停举办")
#: right after the word of calling off, with the event named before it: the event's own calling off (某活动
#: 因故取消。, 推迟至下月举行); not a thing called off (宣讲取消落户限制等政策)
_CALLED_OFF_ENDS = re.compile(r"(?:了)?(?:[，,。；;！]|$|(?:至|到)(?!今)|举行|举办|进行|召开)")
#: after the word of calling off: the event was held after all (推迟至今, 推迟的某培训班于7月8日开班)
_HELD_AFTER_ALL = re.compile(r"至今|(?:已|于[^，。；：]{1,12}?|如期|顺利)(?:开班|开幕|开课|开赛|举行|举办|召开)")


def not_held(c: Context, ev: Mention) -> bool:
    """Whether the sentence tells the event ``ev`` it names as not held: only planned before its name
    (将举办某培训班, 原计划组织某服务队…开展某活动) or called off (后因故取消); words inside names aside."""
    text, end = c.text, c.sentence.end
    if any(not _AS_PLANNED.search(text, ev.end, end) for _ in said_outside_names(c, _PLANNED, c.sentence.start, ev.start)):
        return True
    return _called_off(c, ev)


def _called_off(c: Context, ev: Mention) -> bool:
    """Whether the sentence tells ``ev`` called off or put off, and not held after all: the object
    (取消了某活动) or the subject (某活动…因故取消。) of the word."""
    text, end = c.text, c.sentence.end
    for t in said_outside_names(c, _CALLED_OFF, c.sentence.start, end):
        governs = ev.start >= t.end() and c.clause_start(ev.start, "，,；;。") <= t.start() \
            or ev.end <= t.start() and _CALLED_OFF_ENDS.match(text, t.end(), end)
        if governs and not _HELD_AFTER_ALL.search(text, t.end(), end):
            return True
    return False


#: 参加有关活动, 相关活动: some activities of a visit, not the event reported
_SOME_ACTIVITIES = re.compile(r"(?:了)?(?:有关|相关|其他|其它|各项|一些|部分)(?:的)?活动")
#: before the event's word, another occasion of it: 另一场, 其他, a year (1998年的), 上届
_ANOTHER_OCCASION = re.compile(r"另一|另外|其他|其它|[0-9０-９一二三四五六七八九〇]{4}年|上届|上一届|往届|历届")


def names_another_activity(after: str, verb_end: int) -> bool:
    """Whether the words after a verb of attending (``after``, the verb ``verb_end`` long) name
    something else than the activity reported: some activities (参加有关活动), or another occasion
    before the event's word (参加过…, 参加了另一场启动仪式, 去年的开幕式)."""
    if _SOME_ACTIVITIES.match(after, verb_end):
        return True
    word = has(after, "this_event")
    if word is None:
        return False
    between = after[verb_end : after.find(word)]
    return between.startswith("过") or bool(_ANOTHER_OCCASION.search(between) or EARLIER_TIME.search(between))


#: activities a party goes out on (疗休养活动, 慰问活动, 送温暖活动): led by a person who goes with it;
#: inspections and audits, whose teams go out to the units checked (专项检查, 专项审计, 根治欠薪专项行动)
PARTY_ACTIVITY = re.compile(r"(?:疗休养|疗养|休养|慰问|送温暖|送清凉|走访|入户|研学|考察)[\u4e00-\u9fff]{0,4}(?:活动|行动)$"
                            r"|(?:检查|督查|督导|巡查|审计|专项行动)$")


@functools.lru_cache(maxsize=1)
def party_teams() -> dict[str, tuple[re.Pattern[str] | None, bool]]:
    """The teams a PARTY_ACTIVITY sends out (``party_teams.tsv``), in the file's order: for each, the
    activities it goes out on (a pattern searched in the activity's name; one that matches all for a
    team on any, None for one whose leader is not read) and whether it is read by who makes it up."""
    teams = {}
    for r in _rows("party_teams.tsv"):
        activities = r[1] if len(r) > 1 else "-"
        teams[r[0]] = (None if activities == "-" else re.compile("" if activities == "*" else activities),
                       len(r) > 2 and r[2] == "members")
    return teams


#: the kinds of event that have trainees and teachers: training classes (where its trainees go, it is held)
CLASS_KINDS = ("培训班", "研修班", "训练班", "学习班", "进修班", "训练营")


#: events named …会 that are no meeting one speaks at (games, fairs, shows)
NO_MEETING = ("运动会", "运会", "奥会", "博览会", "展览会", "交易会", "展销会", "洽谈会", "庙会", "灯会")
