"""The field lines of a notice or a page (``二、培训地点：…``, ``联系人：单位 某某``, ``（供稿：单位 某某）``):
a label, a colon and a value that is a name, with no verb to read. Where the labelled place is the
venue of the event the notice is about (``heldAt``), the bodies that organise it (``organizes``:
主办单位：A、B), and the body a named person is written with (``worksFor``). The lines of a notice
of results (男子100米：UNIT PERSON: ``participatesIn``, ``worksFor``), and the post lines of the list
of those elected at a union's plenary (主　席：甲; 副主席：乙　丙): each name takes part in the
meeting and works for the federation it is of (:func:`elected_list_lines`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Mention
from ...reading.source_fields import WRITER_LABELS
from .context import Context, Found, is_org, is_team, sentence_at
from .prerequisites import needs

#: a label of the venue of the notice's event, perhaps numbered (二、培训地点：; 活动地点：); not 报到地点
#: (where one registers) nor 集合地点 (where one meets)
_VENUE_LABEL = re.compile(r"(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.、．])?\s*"
                          r"(?P<kind>培训|活动|会议|比赛|竞赛|赛事|开班|举办|举行|展览|演出|宣讲)?地点\s*[：:]\s*$")
#: a field of the time and the venue together, the date (span) first: 三、时间地点：2027年1月11日至1月15日，VENUE
#: (not where one registers, gathers or asks before it: 报名时间地点, 报到, 集合, 咨询, 受理, 领取)
_TIME_VENUE_LABEL = re.compile(r"(?<!报到)(?<!集合)(?<!报名)(?<!咨询)(?<!受理)(?<!领取)(?P<kind>培训|活动|会议|比赛|竞赛)?时间(?:[、和及与])?地点\s*[：:]\s*"
                               r"(?:[0-9０-９]{4}年)?[0-9０-９]{1,2}月[0-9０-９]{1,2}日(?:[至到—－-](?:[0-9０-９]{4}年)?(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日)?"
                               r"(?:上午|下午|晚上)?(?:[0-9０-９]{1,2}[:：][0-9０-９]{2})?\s*[，,、]\s*$")
#: what the name of an event of the label's kind contains (培训地点 → a 培训班); labels not listed
#: (活动地点, 举办地点) fit any event
_KIND_IN_NAME = {"培训": ("培训", "班"), "开班": ("班",), "会议": ("会",), "比赛": ("赛",), "竞赛": ("赛",),
                 "赛事": ("赛",), "展览": ("展",), "演出": ("演",), "宣讲": ("宣讲",)}
#: a label of the one who answers for the notice (联系人：) or wrote it (``reading.source_fields.WRITER_LABELS``:
#: 供稿：, 来稿：, 稿件来源：)
_PERSON_LABEL = re.compile(rf"(?:联系人|{WRITER_LABELS})\s*[：:]\s*$")
#: a label of the bodies that organise the notice's event, perhaps numbered (一、主办单位：; 承办单位：;
#: 协办：); not 指导单位 (who guides it) nor 支持单位 (who sponsors it): the guideline's organizes is
#: 主办/承办/举办/组织, and the golds count 协办 with them
_ORGANISER_LABEL = re.compile(r"(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.、．])?\s*"
                              r"(?:主办|承办|协办)(?:单位|方)?\s*[：:]\s*$")
#: what may follow the venue in its field: its end, or a bracketed note
_VALUE_END = re.compile(r"\s*(?:[（(][^）)]{0,30}[）)])?\s*(?:[。；;]|$)")


@needs(words=("：", ":"))
def notice_fields(c: Context) -> Iterator[Found]:
    """培训地点：VENUE → the notice's event heldAt VENUE; 联系人：UNIT PERSON → PERSON worksFor UNIT."""
    text, ms = c.text, c.mentions
    yield from _organiser_field(c)
    for i, m in enumerate(ms):
        lead = text[c.sentence.start : m.start]
        # (the time-and-venue field searched: a notice's lines may reach here glued, 二、…三、时间地点：)
        label = _VENUE_LABEL.fullmatch(lead) or _TIME_VENUE_LABEL.search(lead)
        if label:
            event = _event_of_kind(c, label.group("kind"))
            # the value is the venue alone (a place, or a body named as the site: 区职工服务中心)
            if event is not None and event.end <= c.sentence.start and m.type not in ("Person", "Event") \
                    and _VALUE_END.match(text, m.end, c.sentence.end):
                yield event, "heldAt", m, "notice-venue-field"
        elif _PERSON_LABEL.search(lead) and is_org(m) and i + 1 < len(ms) and ms[i + 1].type == "Person" \
                and not text[m.end : ms[i + 1].start].strip(" \u3000"):
            yield ms[i + 1], "worksFor", m, "notice-person-field"


def _organiser_field(c: Context) -> Iterator[Found]:
    """主办单位：A、B → A and B organise the notice's event (its main one, named before the field);
    the value must be the bodies alone, so that a line that goes on (主办单位：市总工会，请各单位…)
    or names a person is no field of organisers."""
    ms = c.mentions
    if not ms or not is_org(ms[0]) or not _ORGANISER_LABEL.fullmatch(c.text, c.sentence.start, ms[0].start):
        return
    event = c.main_event
    if event is None or event.end > c.sentence.start or not all(is_org(m) for m in ms):
        return
    if not _only_listed(c, ms, ms[0].start, joiners=" \u3000、，,和及"):
        return  # (a nested mention, or words between the names or after them: no plain list)
    for m in ms:
        yield m, "organizes", event, "notice-organiser-field"


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


#: what a headline says after the name of the event whose results a notice gives (关于第某届运动会
#: 比赛结果的通报, 某大赛获奖名单的公示, 某竞赛成绩公告)
_RESULTS_OF = re.compile(r"(?:比赛|竞赛|决赛|各项)?(?:结果|成绩|获奖(?:名单|情况|结果)?|名次|表彰名单)")
#: the label of a results line: a contest (男子100米：), or a prize or a place (一等奖：, 第一名：)
_RESULT_LABEL = re.compile(r"[^\n：:，。；;,！？“”]{2,12}[：:]")
#: a label that names a prize or a place: the bodies listed after it placed in the event
_PRIZE_LABEL = re.compile(r"(?:[一二三四五六七八九十0-9０-９]+等奖|特等奖|优秀奖|优胜奖|[^\n：:]{0,6}组织奖|[金银铜]奖"
                          r"|第[一二三四五六七八九十0-9０-９]+名|冠军|亚军|季军)[：:]")


@needs(words=("：", ":"))
def results_lines(c: Context) -> Iterator[Found]:
    """The lines of a notice that gives the results of one named event, its headline's (关于第某届
    运动会比赛结果的通报): 男子100米：UNIT PERSON → PERSON participatesIn the event and worksFor UNIT;
    一等奖：A、B → A and B participatesIn it."""
    label = _RESULT_LABEL.match(c.text, c.sentence.start, c.sentence.end)
    if label is None:
        return
    event = _results_event(c)
    if event is None:
        return
    if event is c.main_event and not _PRIZE_LABEL.search(label.group()) and not _headline_gives_results(c):
        return  # (below a header in the body: 联系人：, 裁判长：, 下届承办： are no results; 冠军：, 第一名： are)
    ms = [m for m in c.mentions if m.start >= label.end()]
    for i, m in enumerate(ms):
        unit = ms[i - 1] if i and is_org(ms[i - 1]) and not c.text[ms[i - 1].end : m.start].strip(" \u3000") else None
        if m.type == "Person" and (m.source == "person-result-line" or unit is not None and unit.start == label.end()
                                   and not c.text[m.end : c.sentence.end].strip(" \u3000。；;")):
            # (男子500米冠军：某区代表队崔某: the unit, then the person, the line's whole value)
            yield m, "participatesIn", event, "results-line-winner"
            if unit is not None and not is_team(unit):
                yield m, "worksFor", unit, "results-line-winner-unit"  # (a team's people: team-person)
    if _PRIZE_LABEL.fullmatch(label.group()):
        orgs = [m for m in ms if is_org(m)]
        if orgs and all(m.type != "Person" for m in ms) and _only_listed(c, orgs, label.end()):
            for org in orgs:
                yield org, "participatesIn", event, "results-line-prize"


def _headline_gives_results(c: Context) -> bool:
    """Whether the headline names the event whose results the notice gives (某运动会比赛结果的通报)."""
    art = c.article
    return any(m.type == "Event" and m.end <= art.body_start and _RESULTS_OF.match(art.text, m.end) for m in art.mentions)


def _results_event(c: Context) -> Mention | None:
    """The event the article's headline gives the results of: a named event right before 比赛结果,
    成绩, 获奖名单 …; None when the headline names none or several. Else, below a line of the body
    that is that label alone (获奖名单：), with only such lines between, the report's main event
    named before it, and no other event named between them."""
    art = c.article
    head = [m for m in art.mentions if m.type == "Event" and m.end <= art.body_start
            and _RESULTS_OF.match(art.text, m.end)]
    if head:
        return head[0] if len(head) == 1 else None
    line_start = art.text.rfind("\n", 0, c.sentence.start) + 1
    for _ in range(12):  # (back over the results lines above, one by one, to their header)
        if line_start <= art.body_start:
            return None
        prev_start = art.text.rfind("\n", 0, line_start - 1) + 1
        line = art.text[prev_start : line_start].strip()
        if _RESULTS_HEADER.fullmatch(line):
            main = c.main_event
            if main is None or main.congress or main.end > prev_start:
                return None
            # (比赛期间，还举办了某书法作品展，并评出优秀作品: another event named between the main
            # one and the header may be the one whose prizes are listed)
            if any(m.type == "Event" and m.key != main.key and main.end <= m.start < prev_start for m in art.mentions):
                return None
            return main
        if line and not _RESULT_LABEL.match(line):
            return None  # (a blank line may stand between the header and the results)
        line_start = prev_start
    return None


#: a line that heads the results below it: 获奖名单：, 比赛结果：, 比赛结果如下：
_RESULTS_HEADER = re.compile(r"(?:比赛|竞赛|决赛|各项)?(?:结果|成绩|获奖(?:名单|情况|结果)|表彰名单)(?:如下)?[：:]")


def _only_listed(c: Context, orgs: list[Mention], start: int, joiners: str = " \u3000、，,") -> bool:
    """Whether the value after the label is the bodies alone, joined by 、 (一等奖：A、B) or by
    another of ``joiners``."""
    pos = start
    for m in orgs:
        if c.text[pos : m.start].strip(joiners) or m.start < pos:
            return False
        pos = m.end
    return not c.text[pos : c.sentence.end].strip(" \u3000。；;")


#: a line of the list of those elected: a union post, a colon, the names (主　席：某某; 副主席：甲　乙)
_ELECTED_LINE = re.compile(r"\s*(?P<post>(?:常务|专职|兼职)?副?主\s*席|(?:经费审查委员会|经审会)(?:副)?主\s*任)\s*[：:]")
#: a post of the funds-review committee (经费审查委员会主任): elected at that committee's own meeting
_REVIEW_POST = re.compile(r"经费审查委员会|经审会")
#: an election said in the sentences before the list (选举产生了新一届领导班子; 当选)
_ELECTION_SAID = re.compile(r"选举|当选")
#: a union's plenary meeting (十三届一次全委会, 第一次全体会议): who it elects lead the federation
_PLENARY = re.compile(r"全委会|全体会议|全体委员会议|全委（扩大）会议")
#: between a bracket after a name of the list and the body it names (（兼职，某公司工会主席): the post
#: the person holds besides; not a note of someone else (（接替调任某公司工会主席的某某）)
_NOTE_POST = re.compile(r"[（(](?:兼职|专职|挂职)?[，,、]?")
#: what the meeting named does before 选举 in the report of the election: (上/会议上) 选举, ，选举
#: (召开…全委会，选举产生了), 以无记名投票方式选举, 在某地召开，会议选举
_ELECTS_AFTER = re.compile(r"(?:上|会上|会议上)?(?:[，,])?(?:以[^，。；]{1,12}方式)?(?:选举|当选)"
                           r"|[^。；]{0,20}?(?:召开|举行)[，,](?:会议|全委会|全体会议)(?:以[^，。；]{1,12}方式)?(?:选举|当选)")
#: a sentence after the meeting's that opens with it as the subject of the election (全委会选举产生了…)
_IT_ELECTS = re.compile(r"\s*(?:会议|全委会|全体会议)(?:以[^，。；]{1,12}方式)?(?:选举|当选)")
#: between a federation and the plenary it convenes (某县总工会召开九届一次全委会)
_CONVENES = re.compile(r"(?:今天|日前|近日|[0-9０-９]{1,2}日)?(?:隆重)?(?:召开|举行)(?:了)?")
#: the header of the list: its names (名单如下：), no other body's leaders (市总工会领导班子分工如下：)
_LIST_HEADER = "名单如下"


@needs("Person", words=_ELECTED_LINE)
def elected_list_lines(c: Context) -> Iterator[Found]:
    """名单如下：| 主　席：甲 | 副主席：乙　丙（兼职，某公司工会主席） | 经费审查委员会主任：丁: after the
    report of an election at a union's first plenary (县总工会十三届一次全委会选举产生了新一届领导班子),
    each name of a post line takes part in the meeting that elected it and works for the federation
    the plenary is of (the 经审会's posts: its own first meeting); a bracketed note names a union post
    held besides (某公司工会主席 → worksFor that union)."""
    line = _ELECTED_LINE.match(c.text, c.sentence.start, c.sentence.end)
    if line is None:
        return
    meetings = _electing_meetings(c)
    if not meetings:
        return
    review = _REVIEW_POST.search(line.group("post")) is not None
    meeting = next((e for e in reversed(meetings) if (_REVIEW_POST.search(e.text) is not None) == review
                    and (review or _PLENARY.search(e.text))), None)
    if meeting is None:
        return
    body = None if review else _federation_of_the_plenary(c, meeting)
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or p.start < line.end() or any(c.in_paren(q, p) for q in ms[:i]):
            continue
        if re.search(r"[（(][^）)]*$", c.text[line.end() : p.start]):
            continue  # (a name inside a bracketed note)
        yield p, "participatesIn", meeting, "elected-list-line"
        if body is not None:
            yield p, "worksFor", body, "elected-list-line"
        # 乙（兼职，某公司工会主席）: the union whose post the note names
        note = re.match(r"[（(](?P<note>[^）)]{2,40})[）)]", c.text[p.end : c.sentence.end])
        if note:
            inside = [m for m in ms if p.end < m.start and m.end <= p.end + note.end() and is_org(m)]
            for m in inside:
                if _NOTE_POST.fullmatch(c.text, p.end, m.start) and re.match(r"(?:常务|专职)?(?:副)?主席", c.text[m.end : m.end + 4]):
                    yield p, "worksFor", m, "elected-list-line"


def _federation_of_the_plenary(c: Context, meeting: Mention) -> Mention | None:
    """The federation the plenary ``meeting`` is of: its name opens the meeting's (县总工会|十三届一次
    全委会), nested in it or named before it; else the federation that convenes it (某县总工会召开九届
    一次全委会)."""
    body = max((m for m in c.article.mentions if m.type in ("Federation", "TradeUnion")
                and (m.end <= meeting.start or m.start == meeting.start and m.end < meeting.end)
                and meeting.text.startswith(m.text)), key=lambda m: (len(m.text), m.start == meeting.start), default=None)
    if body is None:
        body = next((m for m in c.article.mentions if m.type in ("Federation", "TradeUnion")
                     and _CONVENES.fullmatch(c.text, m.end, meeting.start)), None)
    return body


def _electing_meetings(c: Context) -> list[Mention]:
    """The meetings named in the sentences that report the election the list gives (up to three
    sentences before the list's first line), each followed by 选举."""
    sents = c.article.sentences
    k = sentence_at(sents, c.sentence.start)
    if k is None:
        return []
    while k > 0 and _ELECTED_LINE.match(c.text, sents[k - 1].start, sents[k - 1].end):
        k -= 1  # (back over the list's earlier lines)
    if k == 0:
        return []
    header = c.text[sents[k - 1].start : sents[k - 1].end]
    if not _ELECTION_SAID.search(header) and not (_LIST_HEADER in header and not any(
            is_org(m) for m in c.article.mentions if sents[k - 1].start <= m.start < sents[k - 1].end)):
        return []  # (the list goes with neither the election reported nor a header of its names)
    lo = sents[max(0, k - 3)].start
    hi = sents[k].start if k < len(sents) else c.sentence.start
    out = []
    for e in c.article.mentions:
        if e.type != "Event" or not (lo <= e.start and e.end <= hi):
            continue
        own = next((s for s in sents if s.start <= e.start < s.end), None)
        if own is None:
            continue
        nxt = next((s for s in sents if s.start >= own.end), None)
        if _ELECTS_AFTER.match(c.text, e.end, own.end) \
                or nxt is not None and nxt.start < hi and _IT_ELECTS.match(c.text, nxt.start, nxt.end) \
                and not any(m.type == "Event" for m in c.article.mentions if nxt.start <= m.start < nxt.end):
            out.append(e)
    return out
