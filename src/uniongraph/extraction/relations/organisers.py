"""Who organised an event (``organizes``): ORG 举办 EVENT, ORG 承办的 EVENT, 由 ORG 主办的 EVENT,
EVENT，ORG和ORG联合召开, ORG 为承办单位, and the bodies that deliver what an activity gives."""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator

from ..aliases import placeable_body
from ...model import Mention
from ...reading.patterns import DATELINE
from ..events import LAUNCH_HEADS, OPENED_AT_LENGTH, TITLE_THEN_KIND, YEAR_NUMBER
from ..names import OWN_MEETINGS, ends_in_head
from ..orgs import REGISTERED_COMPANY
from ..lexicon import load_lexicons, words_by_kind
from .context import CONVENED_THEN, COORDINATORS, LIST_JOINERS, NAME_JOINERS, THIS_EVENT, Context, Found, has, is_org, named_outside_events, opening, starts, triggers
from .prerequisites import needs
from .event_references import MEETING_OF, TOPIC_LEAD, VISITED_ACTIVITY, object_end, one_named_before, recent_event, whole_subject
from .person_lists import titles_a_person


_ORG_EVENT_GAP = re.compile(r"^(?:今年|本年度|年度|本届|今年的|年度的)?的?$")
_ORG_VERB_DE = re.compile(r"^(?:近日|日前|近期|今天|昨天|当天|今年|去年|新春|春节|元旦|节日|年初|年底|[0-9０-９]+月[0-9０-９]+日)?"
                          r"(?:期间)?(?:先后|首次|还|又|共同|联合|负责)?"
                          r"(?:主办|承办|协办|举办|组织|发起|推出|开展|召开|举行)的$")


@needs("Event", "org")
def organizes(c: Context) -> Iterator[Found]:
    """ORG 举办 EVENT (the subject organisation and those coordinated with it), ORG's EVENT,
    ORG 承办的 EVENT, and events listed after one organising verb."""
    ms = c.mentions
    text = c.text
    active = False  # an organising verb governs this event (and the events listed after it)
    prev_event = None
    for i, ev in enumerate(ms):
        if ev.type != "Event":
            continue
        prev = ms[i - 1] if i > 0 else None
        if ev.congress:
            # 全国总工会近期召开的某某推进会精神: a meeting cited (or a congress) is still convened by the
            # body right before the verb with 的
            if prev is not None and is_org(prev) and prev.end <= ev.start and _ORG_VERB_DE.match(c.gap(prev, ev)) \
                    and c.gap(prev, ev).endswith(("召开的", "举办的", "举行的", "主办的")):
                yield prev, "organizes", ev, "org-verb-event"
            continue
        if prev is not None and is_org(prev) and prev.end <= ev.start:
            gap = c.gap(prev, ev)
            if _ORG_EVENT_GAP.match(gap) and not two_bodies_glued(prev.name):  # 滨江区总工会夏送清凉系列活动
                yield prev, "organizes", ev, "org-event-adjacent"
                for org in c.coordinated_before(prev):  # 市总工会、某集团“安康杯”知识竞赛: each body listed
                    yield org, "organizes", ev, "org-event-adjacent"
                prev_event, active = ev, False
                continue
            if _ORG_VERB_DE.match(gap):  # 佛山市总工会承办的省职工技能大赛
                yield prev, "organizes", ev, "org-verb-event"
                for org in c.coordinated_before(prev):  # 海河市总工会、海河市应急管理局联合主办的…
                    yield org, "organizes", ev, "org-verb-event"  # each body of the list
                for org in _organisers_listed_before(c, prev):  # 市总工会主办、市职工服务中心承办的…
                    yield org, "organizes", ev, "org-verb-event"
                prev_event, active = ev, False
                continue
        lead = text[prev.end if prev is not None else c.sentence.start : ev.start]
        if has(lead, "organize"):
            # the verb governs this event unless its clause ends first (召开机关干部大会，由…对
            # “三优一满意”活动进行动员: the verb's object is the assembly, not the campaign)
            last = max(lead.rfind(w) + len(w) for w in triggers()["organize"] if w in lead)
            # (组织职工参加…运动会: those organised attend the event; the organiser of it is not said)
            active = not re.search(r"[，,；;：:。]", lead[last:]) and not _ATTENDS_AFTER.search(lead, last)
        elif prev_event is None or prev is not prev_event or re.search(r"[，,；;：:。]", lead):
            active = False
        prev_event = ev
        if not active or text.startswith("的", ev.end) and not text.startswith("的第", ev.end) \
                and not TITLE_THEN_KIND.match(text, ev.end):  # (but “…”的大型综艺晚会 is the event's kind)
            group = [prev, *c.coordinated_before(prev)] if prev is not None and is_org(prev) else []
            if active and group and _VERB_ALONE.fullmatch(c.gap(prev, ev)) and c.before(group[-1], 1) in _IS \
                    and not _DOCUMENT_AFTER.match(text, ev.end + 1):  # (…活动的方案: a plan of it)
                # 是威海市总工会开展“某某”行动的重要成果: after 是 the body right before the verb is the
                # subject of the clause with 的, whatever that goes on to describe (but 宁波市总工会组织
                # 职工书画大赛的获奖者座谈: the body is the sentence's subject, its verb's object the 座谈)
                for org in group:
                    yield org, "organizes", ev, "org-verb-event-de"
            continue  # 组织职工篮球赛的获奖者: the verb's object is the prize winners
        if _DOCUMENT_AFTER.match(text, ev.end):
            continue  # 推出了“免检岗”竞赛方案: the verb's object is a document about the event
        if _ALSO_HELD.search(lead) and ev.canonical is not None:
            continue  # 同日，某分公司工会也召开了会员代表大会: another meeting of that kind, not the one reported
        if text.startswith("的", ev.start - 1) and text.startswith(("上", "中"), ev.end) and "在" in lead:
            continue  # X在今天召开的座谈会上指出: X speaks at it; who convened it is not said
        if _ADDRESSED.search(text, c.sentence.start, ev.start):
            continue  # 李鹏对正在肇庆市召开的…会议作出指示: addressed by someone, convened by whom is not said
        # 在国务院办公厅召开…: a body (not a company, a hospital or a school: those are the venue)
        # right before the verb convenes
        if prev is not None and is_org(prev) and not placeable_body(prev) and c.before(prev, 1) == "在" \
                and starts(c.gap(prev, ev).lstrip("隆重正式"), "organize") and not _subject_before_at(c, prev):
            yield prev, "organizes", ev, "at-body-verb-event"
            continue
        # not a body in brackets, nor a company named as the venue (在海河重工集团召开)
        before = [m for m in ms[:i] if is_org(m) and not _in_bracket(c, m)
                  and not (m.type == "Company" and c.before(m, 1) == "在")
                  and not (c.before(m, 1) == "在" and _subject_before_at(c, m))]  # (中国科技馆在|穹幕影厅: where)
        agent = next((m for m in reversed(before) if c.before(m, 1) == "由"
                      and _AGENT_CLAUSE.fullmatch(text, m.end, ev.start)), None)
        # 团省委发动各级团组织开展…, 省委要求领导干部开展…, 响应团中央的号召开展…: a body that
        # rallies, asks or calls others to hold an event does not hold it itself
        before = [m for m in before if not _RALLIES.match(text, c.coordinated(m)[-1].end, ev.start)
                  and not _asks_others(text, max(c.coordinated(m)[-1].end, c.clause_of(ev)[0]), ev.start)]
        # 某协会表态说，某某可以参加在波士顿举行的一场表演赛; 来自某科协的专家出席了在这里举行的研讨会: the body
        # attends (or lets others attend) an event whose relative clause of convening has no agent of its own
        if (held := _HELD_DE.search(text, c.sentence.start, ev.start)) is not None:
            before = [m for m in before if not _ATTENDS_AFTER.search(text, c.coordinated(m)[-1].end, held.start())]
        subjects = [m for m in before if c.is_subject(m) and not _person_between(c, m, ev)]
        if agent is not None:  # A在由B于南京召开的…会议上: B convened it, not the sentence's subject
            for org in c.coordinated(agent):
                yield org, "organizes", ev, "agent-org-verb-event"
        elif subjects:
            group = c.coordinated(subjects[-1])  # 总工会与团市委联合举办: each organises
            k = ms.index(group[-1]) + 1  # 全总近日联合交通运输部、国家邮政局启动: a time before 联合
            if k < len(ms) and is_org(ms[k]) and _JOINED_AFTER_TIME.fullmatch(c.gap(group[-1], ms[k])):
                group += c.coordinated(ms[k])
            elif k < len(ms) and is_org(ms[k]) and _WITH_AFTER_ADVERBS.fullmatch(c.gap(group[-1], ms[k])) \
                    and _JOINTLY.match(text, c.coordinated(ms[k])[-1].end, ev.start):
                group += c.coordinated(ms[k])  # 市总工会还将与市城管局联合开展: the partner after 与 too
            for org in _holding_it_respectively(c, group, ev):
                yield org, "organizes", ev, "subject-org-verb-event"
        elif before and ev.start - before[-1].end <= 30 and not _person_between(c, before[-1], ev) \
                and not _inside_a_place_phrase(c, before[-1]) and not _whose_people(c, before[-1]):
            yield before[-1], "organizes", ev, "org-verb-event"
        elif not _HELD_WHEN.search(text, c.sentence.start, _list_start(c, i)) \
                and not _VERB_DE_BEFORE.search(text, c.sentence.start, _list_start(c, i)):
            # (为备战7月举行的世锦赛，中国射击队…: an event named by when it is held; who holds it is not said;
            # 它是首次举办的国际橄榄球赛，中国国家队首次参赛: an event described by a clause with 的 is
            # held by that clause's subject, not by a body named after it)
            after = next((m for m in ms[i + 1 :] if is_org(m) and c.is_subject(m)), None)
            if after is not None and not _ANOTHER_ACT.match(text, c.coordinated(after)[-1].end, c.clause_of(after)[1]):
                yield after, "organizes", ev, "verb-event-postposed-subject"


#: what follows a body that opens an event's name as its title: a quoted brand or the edition's year
#: (某市总工会“某某”宣讲活动, 某区总工会2027年元旦春节送温暖活动启动仪式)
_TITLE_AFTER_BODY = re.compile(r"[“\"]|" + YEAR_NUMBER + "年")


#: the heads of a ceremony after a body's own act of opening (某中心揭牌|仪式, 某协会成立|大会)
_CEREMONY_AFTER_ACT = r"(?:仪式|大会|典礼|暨)"


@functools.cache
def _its_own_opening() -> re.Pattern[str]:
    """A body's own coming into being or opening, after its name (某调解中心|揭牌仪式, 某中心|揭牌暨启用仪式:
    the first of a joint name too), from ``lexicons/own_opening_acts.txt``: those who set it up hold it."""
    acts = sorted(load_lexicons().words.get("own_opening_acts", ()), key=len, reverse=True)
    return re.compile("(?:" + "|".join(map(re.escape, acts)) + ")" + _CEREMONY_AFTER_ACT)


@needs("Event")
def body_opening_event_name(c: Context) -> Iterator[Found]:
    """A body written in full opening an event's name, before its brand or its year, or opening the
    name of an event held in its sentence: the event is that body's, which organises it (the golds'
    reading of 某市总工会“某某”宣讲活动, 某区总工会2027年…启动仪式, 某市总工会劳模座谈会在某宫召开)."""
    ms = c.article.mentions  # (the sentence's leave out names nested in an event's)
    for ev in c.events():
        if ev.name.endswith(OWN_MEETINGS):
            continue  # 某总公司1998年度工作会议: the body's own meeting, which the golds leave unorganised
        for k in range(bisect.bisect_left(ms, ev.start, key=lambda m: m.start), len(ms)):
            m = ms[k]  # (read in place: a slice copied the rest of a long line's mentions for each event)
            if m.start != ev.start:
                break
            if is_org(m) and m.end < ev.end and not m.reference and not _its_own_opening().match(c.text, m.end) \
                    and not _body_goes_on(ms, m, ev) and not c.text.startswith("杯", m.end) \
                    and not two_bodies_glued(m.name) \
                    and (_TITLE_AFTER_BODY.match(c.text, m.end)
                         or OPENED_AT_LENGTH.match(c.text, ev.end) and c.before(m, 1) not in NAME_JOINERS) \
                    and not _school_the_event_goes_to(c.text, m, ev) and not _organised_by_another(c, m, ev):
                yield m, "organizes", ev, "body-opening-event-name"
                for org in _listed_before(c, m):  # 市总工会、|市人社局“春风行动”招聘会: the bodies listed
                    yield org, "organizes", ev, "body-opening-event-name"  # with it own the event too


#: the division that opens a body's name (南岭市|人社局)
_OPENING_DIVISION = re.compile(r"[\u4e00-\u9fff]{1,6}?[省市县区州]")


def two_bodies_glued(name: str) -> bool:
    """Whether a body's name is two bodies written with nothing between, the second opening with the
    first's division again after the first's head (南岭市人社局|南岭市总工会): a list run together, no one
    body, which organises nothing."""
    lead = _OPENING_DIVISION.match(name)
    if lead is None:
        return False
    at = name.find(lead.group(), lead.end())
    return at > lead.end() and ends_in_head(name[:at], load_lexicons(), shortest=1) and at < len(name) - 2


def _body_goes_on(ms: list[Mention], body: Mention, ev: Mention) -> bool:
    """Whether another body's name is written on right after ``body`` inside the event's name (某集团|
    西安分公司|职工技能大赛): the whole body is that run, which no mention names, so none organises it (the
    parent at its start is not the branch)."""
    k = bisect.bisect_left(ms, body.end, key=lambda m: m.start)
    return any(is_org(m) and m.end < ev.end for m in ms[k:] if m.start == body.end)


def _listed_before(c: Context, body: Mention) -> list[Mention]:
    """The bodies of the sentence listed right before ``body`` (a nested name, not one of the sentence's
    own mentions), nearest first, each followed by 、 or 和 (:meth:`Context.coordinated_before`)."""
    out: list[Mention] = []
    at = body.start
    for m in reversed([m for m in c.mentions if m.end <= body.start]):
        if not is_org(m) or c.text[m.end : at] not in ("、", "和", "与"):
            break
        out.append(m)
        at = m.start
    return out


#: a brand that takes the event into schools (“劳模进校园”, “法律走进课堂”)
_INTO_SCHOOLS = re.compile(r"进(?:校园|学校|课堂)")
#: the heads of a school's name
_SCHOOL_HEADS = ("学校", "中学", "小学", "大学", "学院", "职高", "幼儿园", "一中", "二中", "三中")


def _school_the_event_goes_to(text: str, body: Mention, ev: Mention) -> bool:
    """Whether the school opening an event's name is where its brand takes it (某中学“劳模进校园”
    宣讲活动): the host, not the organiser."""
    return body.name.endswith(_SCHOOL_HEADS) and _INTO_SCHOOLS.search(text, body.end, ev.end) is not None


#: an organiser stated in the paragraph after the event (活动由某县总工会主办): who the article says
#: organises it
_STATED_ORGANISER = re.compile(r"由(?P<who>[^，。；！？\n]{2,40}?)(?:联合|共同)?(?:主办|承办|举办|组织|发起)")


def _organised_by_another(c: Context, body: Mention, ev: Mention) -> bool:
    """Whether the paragraph states who organises the event (…举行。活动由某县总工会主办) and the body
    opening its name is not among them: then the body is the event's host or venue."""
    end = c.text.find("\n", ev.end)
    stated = _STATED_ORGANISER.search(c.text, ev.end, len(c.text) if end < 0 else end)
    return stated is not None and body.name not in stated.group("who") \
        and c.text[body.start : body.end] not in stated.group("who")


#: before a body that opens a clause with 的 said of the subject (此次签约是|某总工会开展…行动的成果)
_IS = ("是", "系", "为")
#: the organising verb alone between a body and an event, perhaps after an adverb (联合开展, 今年举办)
_VERB_ALONE = re.compile(r"(?:今年|去年|近年来|连续|长期|持续|首次|共同|联合|正在|广泛|深入)?(?:开展|举办|组织|主办|承办|发起|启动)(?:了)?[“\"]?")


#: 在 opening a place phrase the body stands inside (在河北省重点工程——某接收站二期工程施工现场，举行…)
_AT_PHRASE_OPEN = re.compile(r"在[^，。；：、“”]{1,24}$")
#: what ends such a phrase after the body: the site's word, then the clause's comma
_SITE_AFTER = re.compile(r"[^，。；：]{0,10}?(?:施工现场|现场|工地|厂区|园区|基地|车间|院内|广场)[，,]")


def _inside_a_place_phrase(c: Context, m: Mention) -> bool:
    """Whether body ``m`` is written inside a 在 phrase that names a site (在…某接收站二期工程施工
    现场，举行…): the place where the event is held, not its organiser."""
    lead = c.text[c.sentence.start : m.start].replace("——", "")
    return _AT_PHRASE_OPEN.search(lead) is not None and _SITE_AFTER.match(c.text, m.end, c.sentence.end) is not None


#: an organising verb with 的 right before an event (首次举办的, 一度推迟举行的): the event is described
_VERB_DE_BEFORE = re.compile(r"(?:举办|举行|召开|开展|主办|承办)(?:了)?的[“”\"]?$")


#: 也 before the organising verb: one more meeting of a kind already reported (也召开了会员代表大会)
_ALSO_HELD = re.compile(r"也(?:于[^，。；]{0,10})?(?:召开|举行|举办)(?:了)?$")


#: between two bodies of a chain of organising roles: A 主办、B 承办的 (the first body's role, a list mark)
_ROLE_THEN_NEXT = re.compile(r"(?:联合|共同)?(?:主办|承办|协办)[、，,]")


def _organisers_listed_before(c: Context, body: Mention) -> list[Mention]:
    """The bodies named with their own organising role before ``body`` in one chain, and those
    listed with each (A、B主办，C承办的: A and B for C)."""
    out: list[Mention] = []
    first = (c.coordinated_before(body) or [body])[-1]
    k = c.mentions.index(first)
    while k > 0 and is_org(c.mentions[k - 1]) and _ROLE_THEN_NEXT.fullmatch(c.gap(c.mentions[k - 1], c.mentions[k])):
        listed = [c.mentions[k - 1], *c.coordinated_before(c.mentions[k - 1])]
        out += listed
        k = c.mentions.index(listed[-1])
    return out


def _subject_before_at(c: Context, body) -> bool:  # type: ignore[no-untyped-def]
    """Whether a body opens the clause right before 在 ``body`` (a time between): 中国科技馆在穹幕影厅
    举办…报告会, 民革今天在民革中央举行…: that body holds the event; the one after 在 is where."""
    k = c.mentions.index(body)
    subject = c.mentions[k - 1] if k > 0 else None
    # (a place opening the clause says so too: 中国科技馆, a museum, is typed Place; 某市在体育馆举办)
    return subject is not None and (is_org(subject) or subject.type == "Place") and c.is_subject(subject) \
        and _TIME_THEN_AT.fullmatch(c.text, subject.end, body.start)


#: a time phrase (or none) and 在, between a body and where it holds an event
_TIME_THEN_AT = re.compile(r"(?:今天|昨天|今日|昨日|日前|近日|最近|近期|上午|下午|晚上|[0-9０-９一二三四五六七八九十]{1,2}[月日])*(?:也|还|又)?在")


#: verbs by which a body moves others to act (the others, when named, hold what follows)
#: (right after the body or its list, past an adverb: 明确要求, 的号召; not 在省委动员的当天)
_RALLIES = re.compile(r"[^，。；：、在]{0,4}?(?:发动|动员|号召|要求|鼓励|倡议|督促|责成)")


#: in the event's clause after the body, a verb by which it (or its leader) asks others to hold
#: it (国务院副总理吴邦国致信大会，希望建材行业开展好…活动), or what makes the request a noun the body
#: follows or meets (按照上级的部署和要求, 围绕职工的期望和要求, 以满足职工希望为目标): ``request_words.tsv``.
#: Not the words inside others (运动员; 希望工程: the file's compounds)
_ASKS_BEFORE, _ASKS_AFTER = r"(?<![按照根据遵的运])", r"(?![的下])"


@functools.lru_cache(maxsize=1)
def _request_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The verbs of asking others, each not the start of a compound of the file, and the words of
    following a request (``request_words.tsv``: asks, compound, followed), in the file's order."""
    kinds = words_by_kind("request_words.tsv", ("asks", "compound", "followed"))
    asks = [re.escape(w) + "".join(f"(?!{re.escape(c[len(w):])})" for c in kinds["compound"] if c.startswith(w))
            for w in kinds["asks"]]
    followed = (re.escape(w) for w in kinds["followed"])
    return re.compile(_ASKS_BEFORE + "(?:" + "|".join(asks) + ")" + _ASKS_AFTER), re.compile("|".join(followed))


#: …or a noun joined before it (部署和要求, 期望与要求)
_NOUN_JOINED_BEFORE = re.compile(r"[和与及、]$")


def _asks_others(text: str, start: int, end: int) -> bool:
    """A verb of asking others between ``start`` and ``end`` (要求各级工会开展…), not a request as
    a noun the body follows (按照…的部署和要求开展, 以满足职工希望为目标开展)."""
    asks_others, request_followed = _request_patterns()
    for m in asks_others.finditer(text, start, end):
        if request_followed.search(text, start, m.start()) or _NOUN_JOINED_BEFORE.search(text, start, m.start()):
            continue
        return True
    return False


#: a document named by the event it is about (竞赛方案, 活动实施细则)
_DOCUMENT_AFTER = re.compile(r"(?:实施|工作|评比|考核)?(?:方案|办法|细则|规则|章程|通知|规划)")


def _list_start(c: Context, i: int) -> int:
    """Where the list of events that ends with the event at ``i`` opens (A和B: A's start)."""
    listed = c.coordinated_before(c.mentions[i], lambda m: m.type == "Event", LIST_JOINERS)
    return (listed[-1] if listed else c.mentions[i]).start


#: a relative clause of when (or where) an event is held, with no agent: 7月举行的, 今日在京召开的
_HELD_WHEN = re.compile(r"(?:[0-9０-９一二三四五六七八九十]+月|今天|今日|昨天|日前|近日|即将|将于[^，。；]{0,8}|正在|刚刚)"
                        r"(?:在[^，。；、]{1,8})?(?:举行|召开|举办|开幕)的$")
#: a time, then 联合/会同/携手: the bodies after it organise with the subject
_JOINED_AFTER_TIME = re.compile(r"(?:近日|日前|今天|昨天|近期|今年|去年|最近|下一步|[0-9０-９]{1,2}月[0-9０-９]{1,2}日)?"
                                r"(?:将|还|也|又|再次|首次|已)?(?:联合|会同|携手)")  # (区总工会将联合区邮政管理局开展)
#: adverbs (and a time) then 与/同 between a body and its partner (市总工会还将与|市城管局联合开展)
_WITH_AFTER_ADVERBS = re.compile(r"(?:近日|日前|今天|昨天|近期|今年|明年|下一步|[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?(?:起)?)?"
                                 r"(?:将|还|也|又|再次|首次|已|曾)+(?:与|同|跟)")
#: after the partner: jointly, then the organising verb right before the event (联合开展, 共同举办)
_JOINTLY = re.compile(r"(?:联合|共同|一起|一道|携手)(?:开展|举办|主办|举行|组织|发起|启动|承办|召开)(?:了)?“?$")
#: a verb of attending after an organising verb: the event is what the people organised attend
_ATTENDS_AFTER = re.compile(r"参加|参与|参赛|出席|观看|收看")
#: the predicate of a subject named after the event's clause that is no holding of it: a further act
#: (党中央还作出了…决议) or one that undoes it (某中心和某协会已决定取消本赛季比赛)
_ANOTHER_ACT = re.compile(r"[^，。；]{0,6}?(?:还|也|又)|[^，。；]{0,20}?(?:取消|停办|停止|中止|暂停|推迟)")


#: the relative clause of convening right before an event (举行的一场, 联合举办的): what the verb's own
#: subject, not a body that attends it, does
_HELD_DE = re.compile(r"(?:举办|举行|召开|开展|主办|承办|组织)(?:了)?的(?:一场|一次|一届|首届|这次|这场)?[“\"]?$")
#: after 由 ORG, a relative clause of the event's convening: 由B于南京召开的 (the event follows)
_AGENT_CLAUSE = re.compile(r"[^，。；：]{0,24}?(?:召开|举行|举办|主办|承办|组织)的")
#: an event as the object of 对/向/给 through a relative clause of its convening (对正在…召开的)
_ADDRESSED = re.compile(r"(?:对|向|给)(?:正在|即将|今天|日前)?[^，。；]{0,16}(?:召开|举行|举办)的$")


#: nouns for the people of a body, right after its name (中科院|院士, 某厂|职工): the body says whose
#: people they are; they, not the body, stand in the clause
_PEOPLE_NOUNS = ("院士", "职工", "员工", "干部", "工人", "专家", "学者", "教师", "学生", "家属", "离退休")


def _whose_people(c: Context, org) -> bool:  # type: ignore[no-untyped-def]
    """Whether ``org`` only says whose people follow it (慰问中科院院士…举行新春音乐会): the body
    is no doer of the clause."""
    return c.text.startswith(_PEOPLE_NOUNS, c.coordinated(org)[-1].end) and not titles_a_person(c, org)


def _person_between(c: Context, org, ev) -> bool:  # type: ignore[no-untyped-def]
    """Whether a person who is no title of ``org`` stands between it and the event: the nearer
    doer (大亚湾核电站投产后，李鹏总理…主持召开了…会议)."""
    k = c.mentions.index(org)
    for m in c.mentions[k + 1 : c.mentions.index(ev)]:
        if m.type == "Person" and not (c.mentions[c.mentions.index(m) - 1] is org and titles_a_person(c, org)):
            if c.before(m, 1) == "为" and _FOR_WHOM.fullmatch(c.text, m.end, ev.start):
                continue  # 济南市委、市政府为李长水举行庆功大会: the one honoured, not the doer
            return True
    return False


#: after the one an event is held for (为李长水举行, 为他们召开): the organising verb
_FOR_WHOM = re.compile(r"(?:同志|等人|等)?(?:隆重|专门|特地|联合)?(?:举行|举办|召开|组织)了?[“『]?")


def _in_bracket(c: Context, m) -> bool:
    lead = c.text[c.sentence.start : m.start]
    return lead.rfind("（") > lead.rfind("）")


#: after 是 ORG: the body holds it (…主办的, …发起并组织的); its kind follows
_IS_ORGANISED_BY = re.compile(r"(?:等)?(?:单位)?(?:联合|共同|发起并|牵头)?(?:主办|举办|承办|组织|发起|创办|召开)的")


#: after a body's name inside its own meeting's name: the meeting of the body itself, by its session
#: (第一次会员代表大会, 十六届三次全委（扩大）会议, 第三届职工代表大会暨…第四次会议), its first general
#: meeting (某联合工会成立大会暨第一次会员大会) or the election of one of its committees (第二届女职工委员会
#: 换届大会); not a bare 成立大会, which the federations above it often hold (大会由区总工会主办)
_OWN_MEETING = re.compile(r"(?:[0-9０-９]{4}年度?)?[^“”《》「」]{0,24}?"
                          r"(?:代表大会|会员大会|换届(?:选举)?大会|全体会议|全会|全委(?:（扩大）|\(扩大\))?会议?"
                          r"|执委(?:（扩大）)?会议?|常委会议?|理事会议?|职代会)"
                          # (第三届职工代表大会第二次会议: a session of the congress)
                          r"(?:第[0-9０-９一二三四五六七八九十]{1,3}次(?:全体)?会议)?"
                          r"(?:暨[^“”《》]{2,30})?")
#: after a union's name inside the name of the launch of its own campaign (某区总工会2027年元旦春节送温暖
#: 活动启动仪式): the union launches its campaign
_OWN_LAUNCH = re.compile(r"(?:[0-9０-９]{4}年度?)?[^“”《》「」，。]{0,20}?(?:活动|行动)(?:" + "|".join(LAUNCH_HEADS) + ")"
                         r"(?:暨[^“”《》，。]{2,20})?")  # (…启动仪式暨工作部署会: one meeting of two parts)
#: the meeting, the subject of its clause, convened: (today) (在 PLACE) 召开/开幕/举行
_CONVENED_AFTER = re.compile(r"(?:今天|今日|昨天|昨日|日前|近日|(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)?"
                             r"(?:上午|下午|晚上)?(?:在[^，。；：、\s]{1,16}?)?(?:隆重)?(?:召开|开幕|举行)")


#: before a meeting: the date it was convened on (4月27日召开的某市总工会十六届三次全委会议上)
_DATE_CONVENED = re.compile(r"(?:(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上)?(?:召开|举行)的")


#: after a dateline, before the meeting that opens the lead: a byline in brackets, a date (and a comma)
_BYLINE_THEN_DATE = re.compile(r"(?:[（(][^）)]{0,30}[）)])?\s*(?:[0-9０-９]{1,2}月[0-9０-９]{1,2}日[，,]?)?")


#: after a company's name: its workers' congress (第三届职工代表大会第二次会议, 三届二次职代会)
_WORKERS_CONGRESS = re.compile(r"[^“”《》「」，。]{0,12}?(?:职工代表大会|职代会)")


def _registered_or_branch(name: str) -> bool:
    """A company's registered name (有限公司, 股份有限公司, 有限责任公司), or a branch of one
    (某集团有限公司某分公司: the guideline counts a branch as a company)."""
    return bool(REGISTERED_COMPANY.search(name)) or name.endswith("分公司")


@needs("Event")  # (the body is nested in the meeting's name: not among the sentence's own mentions)
def own_meeting_convened(c: Context) -> Iterator[Found]:
    """某区快递行业工会联合会第一次会员代表大会在某街道召开: a body's own congress or plenary, named
    with the body's full name and said to be convened, is the body's (the union gold's
    organizes); a work meeting or a festival named after a body is not read (其工作会议: who convened
    it is not said)."""
    nested = [m for m in c.article_mentions_in(c.sentence.start, c.sentence.end) if is_org(m)]
    if not nested:
        return
    for ev in c.events():
        body = next((m for m in nested if m.start == ev.start and m.end < ev.end), None)
        if body is None or not (_OWN_MEETING.fullmatch(c.text, body.end, ev.end) or body.type in ("Federation", "TradeUnion")
                                and _OWN_LAUNCH.fullmatch(c.text, body.end, ev.end)):
            continue
        if not named_outside_events(c.article.mentions, body.key) and not (
                body.type == "Company" and _registered_or_branch(body.key) and _WORKERS_CONGRESS.match(c.text, body.end, ev.end)):
            continue  # the body is named only inside the meeting's name: no body of the report (but a
            # company written in full before its own 职工代表大会 is the company whose congress it is)
        start = c.clause_of(ev)[0]
        dateline = DATELINE.match(c.text, start, ev.start)  # (本报北京一月二十日讯某某会议今天开幕)
        opens = whole_subject(c, ev) or dateline is not None and _BYLINE_THEN_DATE.fullmatch(c.text, dateline.end(), ev.start)
        lead_end = _BYLINE_THEN_DATE.match(c.text, dateline.end(), ev.start).end() if dateline is not None else start
        if opens and _CONVENED_AFTER.match(c.text, ev.end, c.sentence.end) \
                or CONVENED_THEN.fullmatch(c.text, start, ev.start) \
                or _DATE_CONVENED.fullmatch(c.text, lead_end, ev.start):  # 随后召开的某县总工会十二届一次全委会
            yield body, "organizes", ev, "body-convenes-its-own-meeting"


@needs("org", event=True)
def organized_by(c: Context) -> Iterator[Found]:
    """由 ORG(、ORG) 主办的 EVENT; EVENT 由 ORG 主办，ORG 承办; 活动由 ORG 主办 (the main event);
    EVENT，ORG和ORG联合召开 (:func:`topic_event_organizers`)."""
    yield from topic_event_organizers(c)
    yield from _co_organisers_after_an_unread_by(c)
    ms = c.mentions
    text = c.text
    for i, ev in enumerate(ms[:-1]):
        # 世界中学生运动会是世界中学生体育联合会主办的…赛事: the event said to be the body's
        if ev.type == "Event" and not ev.congress and c.gap(ev, ms[i + 1]) in ("是", "系", "为", "是由", "系由") and is_org(ms[i + 1]):
            group = c.coordinated(ms[i + 1])
            if _IS_ORGANISED_BY.match(text, group[-1].end):
                for g in group:
                    yield g, "organizes", ev, "event-is-organised-by-org"
    for i, org in enumerate(ms):
        if not is_org(org):
            continue
        opens = org.start  # where the organisers open, right after 由
        if not c.before(org, 1).endswith("由"):
            # 由医院工会和医院护理部联合举办: the first organiser unread (no mention in it), the next read
            unread = _UNREAD_FIRST.search(text, max(c.sentence.start, org.start - 16), org.start)
            if unread is None or any(m.end > unread.start() and m.start < org.start for m in ms[:i]):
                continue
            opens = unread.start() + 1
        group = c.coordinated(org)
        k = ms.index(group[-1]) + 1  # 由中台办、国台办，台湾民主自治同盟，…共同举办: commas part the list too
        while k < len(ms) and is_org(ms[k]) and c.gap(ms[k - 1], ms[k]) == "，" and _JOINT_VERB.match(
                text, ms[k].end, c.sentence.end):
            group += c.coordinated(ms[k])
            k = ms.index(group[-1]) + 1
        after = text[group[-1].end : c.sentence.end]
        # 由香港汇丰投资银行、汇丰资本市场联合举办; 由A、北京市少年宫和B共同举办: the list goes on with
        # names the recognisers missed or read as places; the bodies recognised in it organise too
        unread = _UNREAD_ITEMS.match(after)
        if unread and unread.end() and starts(_ADVERB.sub("", after[unread.end() :]), "organize"):
            bound = group[-1].end + unread.end()
            for m in ms[ms.index(group[-1]) + 1 :]:
                if m.start >= bound:
                    break
                if is_org(m) and m not in group:
                    group.append(m)
            after = after[unread.end() :]
        etc = _ETC_UNITS.match(after)  # 由A、B等１０多个部门联合组织: the list goes on
        after = after[etc.end() :] if etc else after
        when = _WHEN.match(after)  # 由A、B于今年4月共同发起: when they did it, then the verb
        after = after[when.end() :] if when else after
        adverb = next((a for a in ("联合", "共同", "携手", "负责") if after.startswith(a)), "")
        verb = starts(after[len(adverb) :], "organize")
        if not verb:
            continue
        verb = adverb + verb
        target = _organized_target(c, i, group, verb, opens)
        if target is None:
            continue
        for g in group:
            yield g, "organizes", target, "organized-by-org"
        # …，鄂中理工大学承办: co-organisers named after the first ones in the same sentence
        last = group[-1].end
        for m in ms[ms.index(group[-1]) + 1 :]:
            verb_after = _CO_ADVERBS.sub("", c.after(m, 10))  # (…，B具体承办, B负责承办)
            if is_org(m) and m not in group and starts(verb_after, "organize") and (
                    verb_after[:2] in ("承办", "协办", "主办") or _CARRIES_OUT.match(verb_after)):
                listed = c.coordinated_before(m, lambda x: is_org(x) and x not in group)
                if not _NEXT_ROLE_CLAUSE.fullmatch(text, last, (listed[-1] if listed else m).start):
                    break  # (…主办，赛后的晋级评审，B负责组织实施: B's clause has a topic of its own)
                yield m, "organizes", target, "organized-by-org"
                # …，南岭市职工服务中心、海河钢铁集团工会承办: each body of that list
                for org in listed:
                    yield org, "organizes", target, "organized-by-org"
                last = m.end


#: 由 and a first organiser the recognisers missed, then a joiner before the next (由医院工会和|)
_UNREAD_FIRST = re.compile(r"(?<![自理缘经])由(?!于)[^，。；：、（）()“”《》由的]{2,10}?(?:和|与|及|、)$")
#: a time after the organisers of 由…, before their verb: 于今年4月, 于2026年3月, 于近日
_WHEN = re.compile(r"于(?:近日|日前|今年|去年|[0-9０-９]{4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:[0-9０-９一二三四五六七八九十]{1,3}日)?"
                   r"(?:上旬|中旬|下旬|初|底)?(?<!于)")

#: a clause 由…主办 whose organisers the recognisers missed (由校工会主办): its subject, then 由 and no body
_BY_CLAUSE = re.compile(r"(?P<subject>[^，。；：]{1,12}?)(?:是|均|也|将)?由(?P<by>[^，。；：]{1,16}?)(?:联合|共同)?(?:主办|举办)[，,]")
#: a clause of a co-organiser: the body, its adverb and its role, and the clause ends (体育学院承办，)
_CO_ROLE_CLAUSE = re.compile(r"(?:联合|共同|具体|负责|协助)*(?:承办|协办)(?=[，,。；;]|$)")


def _co_organisers_after_an_unread_by(c: Context) -> Iterator[Found]:
    """本届运动会由校工会主办，体育学院承办，校医院协办: the bodies of the clauses after a 由…主办 clause
    whose own organisers are not recognised (a kind: 校工会) still co-organise the event that clause
    is about: the one whose name ends with its subject, or the main event for a bare word (本届运动会)."""
    text, s = c.text, c.sentence.start
    by = _BY_CLAUSE.match(text, s)
    if by is None or any(is_org(m) and by.start("by") <= m.start < by.end("by") for m in c.mentions):
        return  # (a recognised body after 由: :func:`organized_by` reads the whole chain)
    at = by.start("subject")
    event = _named_by_its_head(c, at, by.start("by"))
    if event is None and c.main_event is not None and THIS_EVENT.fullmatch(text, at, by.start("by") - 1) \
            and c.main_event.end <= s:
        event = c.main_event
    if event is None:
        return
    for m in c.mentions:
        if m.start >= by.end() and is_org(m) and c.clause_of(m)[0] == m.start and _CO_ROLE_CLAUSE.match(text, m.end):
            yield m, "organizes", event, "co-organiser-after-by-clause"


#: adverbs before a co-organiser's verb: 联合承办, 具体承办, 负责协办
_CO_ADVERBS = re.compile(r"^(?:联合|共同|具体|负责|协助)+")
#: a co-organiser carrying the event out (…由A发起，B、C组织实施。): the verb closes its clause,
#: no object of its own (B实施了某工程 is another task)
_CARRIES_OUT = re.compile(r"(?:组织(?:实施|开展)|实施)(?=[，。；,;]|$)")
#: from the organisers before to a co-organiser: the rest of their clause, then the co-organiser's
#: clause (由A主办，B承办; 由A主办，集团所属B承办; 由A、B承办), no clause of another topic between
#: (由A主办，赛后的晋级评审，B负责组织实施); clauses of a body's other role may come between
#: (由A主办，B指导，C承办)
_NEXT_ROLE_CLAUSE = re.compile(r"[^，,；;。]*(?:[，,][^，,；;。]{1,24}?(?:指导|支持|协办|协助|赞助|冠名)(?=[，,]))*"
                               r"(?:[，,][^，,；;。]*)?")


#: the organising verb with no object after the organisers: the clause ends with it
_VERB_ENDS_CLAUSE = re.compile(r"(?:联合|共同|负责)?(?:主办|承办|协办|举办|召开|举行|组织)(?:了)?(?=[，,。；;！]|并|$)")


def topic_event_organizers(c: Context) -> Iterator[Found]:
    """EVENT，(由…批准，)ORG和ORG联合召开: the event opens the sentence as its topic and a later
    clause, whose subject is the organisers, ends with the organising verb and no object of its
    own (这次纺织工作会议，由国务院批准，经贸委和纺织总会联合召开)."""
    ms = c.mentions
    text = c.text
    for i, org in enumerate(ms):
        if not is_org(org) or not c.is_subject(org):
            continue  # (the first of coordinated subjects: the others do not open the clause)
        group = c.coordinated(org)
        if not _VERB_ENDS_CLAUSE.match(text, group[-1].end, c.sentence.end):
            continue
        events = [m for m in ms[:i] if m.type == "Event" and not m.congress]
        if not events or ms[0] is not events[0]:
            continue  # the topic opens the sentence: no body named before it (由A，B，C联合举办)
        ev = events[0]
        if any(m.type == "Event" for m in ms[ms.index(ev) + 1 : i]):
            continue  # another event between: which one was convened is not said
        start, end = c.clause_of(ev)
        if end != ev.end or not TOPIC_LEAD.match(text[start : ev.start]):
            continue  # the event is no topic standing alone in its clause
        for g in group:
            yield g, "organizes", ev, "topic-event-organized-by"


#: the list of organisers after 由 ends with a joint verb: 共同举办, 联合主办
_JOINT_VERB = re.compile(r"[^。；：]*?(?:共同|联合)(?:主办|举办|承办|组织|召开)")
#: after 由 and the organisers, the relative clause of organising: 等单位发起组织的 (a noun follows)
_ORGANISING_CLAUSE = re.compile(r"(?:等[^，。；的]{0,8}?)?(?:联合|共同)?(?:发起)?(?:组织|主办|举办|召开|承办)的")
#: after the organisers of 由…主办: 等单位, 等１０多个部门 (others not named)
_ETC_UNITS = re.compile(r"等(?:[0-9０-９一二三四五六七八九十百余多几]+多?(?:个|家))?(?:单位|部门|机构|团体|企业|社团)?")


def _organized_target(c: Context, i: int, group, verb: str, opens: int | None = None):
    """The event a 由…主办 clause is about (``opens``: where the organisers open after 由, when the
    first of them is no mention)."""
    ms = c.mentions
    text = c.text
    last = group[-1]
    k = ms.index(last) + 1
    later = [m for m in ms[k:] if m.type == "Event" and not m.congress]
    between = text[last.end : later[0].start] if later else ""
    etc = _ETC_UNITS.match(between)
    when = _WHEN.match(between) if etc is None else None
    if when is not None:  # 由A、B于今年4月共同主办的… (not …共同发起，…开展安全技能比武: another clause's)
        etc = when if between.startswith(verb + "的", when.end()) else None
        between = between if etc is not None else ""
    if later and between[etc.end() if etc else 0 :].startswith(verb):
        return later[0]  # 由市总工会主办的职工运动会 / 由…共同主办，…承办的省职工技能大赛
    rest = between[etc.end() if etc else 0 :] if later else text[last.end : c.sentence.end]
    if rest.startswith(verb + "的") and not rest.startswith(verb + "的第") \
            and rest[len(verb) + 1 : len(verb) + 2] not in ("，", "。", "；", ","):  # (是由…举办的。: no noun after)
        return None  # 由南岭市总工会主办的报社: the clause describes a body named after 的, no event
    clause = _ORGANISING_CLAUSE.match(text, last.end, c.sentence.end)
    if clause is not None and (ev := recent_event(c, clause.end())) is not None:
        return ev  # 由A、B等单位发起组织的座谈会上: the 座谈会 the article reported before
    start = ms[i].start if opens is None else opens
    prior = [m for m in ms[:i] if m.type == "Event" and not m.congress]
    if prior and len(text[prior[-1].end : start]) <= 12:
        return prior[-1]  # 职工运动会由市总工会主办
    lead = text[c.sentence.start : start]
    at = c.clause_of(ms[i])[0]
    if (ev := _named_by_its_head(c, at, start)) is not None:
        return ev  # 推进会由十堰市总工会主办: the 某某现场推进会 named before
    if c.main_event is not None and THIS_EVENT.search(lead) and not _names_another_event(c, at, start):
        return c.main_event  # 活动由浦东新区总工会与张江镇总工会共同主办
    if text[object_end(text, at) : start] in _BY and (ev := recent_event(c, at)) is not None:
        return ev  # 座谈会由中台办、国台办…共同举办: the 座谈会 reported before
    first = ms[0] if ms else None
    if at > c.sentence.start and _BY_OPENS_CLAUSE.fullmatch(text, at, start) and first is not None \
            and first.type == "Event" and not first.congress and c.is_subject(first) \
            and not any(m.type == "Event" for m in ms[1:i]):
        return first  # 世界中学生运动会将于10月在上海举行，由国家教委和上海市政府共同承办
    return None


#: the subject of a 由 clause that repeats the end of an event's name (推进会, 研修班, 技能比武), after a
#: word pointing back (本次, 这次) or none
_HEAD_BEFORE_BY = re.compile(r"(?P<this>本届|本次|此次|这次|本批|这批|该|这场|这项)?(?P<head>[\u4e00-\u9fff]{2,6}?)(?:是|均|也|将|系)?由")
#: the words pointing back to the event the report is about (本次大赛 is this report's, not last year's)
_THIS_ONE = ("本届", "本次", "此次", "这次", "本批", "这批")  # (本批疗休养: this batch of a rest programme)


def _named_by_its_head(c: Context, at: int, before: int) -> Mention | None:
    """The one event named before the clause at ``at`` whose name ends with the clause's subject,
    when that subject is the whole clause before 由 (推进会由…主办 after 十堰市…现场推进会在…召开;
    研修班由…承办). Two events with that ending, or none: no telling (:func:`one_named_before`).
    The report's own event comes first: when its name holds the subject (读书月活动由… in a report
    of the 读书月活动启动仪式), the subject is what the main event is of, named in full before
    (天水市第三届…读书月活动) or else the main event itself; an earlier event of that ending that is
    another one (全国职工技能大赛 in a report of the 南岭市第五届职工技能大赛颁奖仪式) is meant only
    without 本次/本届 and as the only one, and 本次大赛 with a main event not holding it: left to the caller."""
    m = _HEAD_BEFORE_BY.fullmatch(c.text, at, before)
    if m is None:
        return None
    head = m.group("head")
    main, this = c.main_event, m.group("this") in _THIS_ONE
    if main is not None and head in main.name:
        # what the main event is of (南岭市第五届职工技能大赛 of its 颁奖仪式; 读书月活动 of its 总结会)
        of = main.name[: main.name.rfind(head) + len(head)]
        others = [e for e in c.article.mentions if e.type == "Event" and not e.congress and e.end <= at
                  and e.name.endswith(head) and e.key != main.key]
        same = [e for e in others if e.name.endswith(of) or of.endswith(e.name)]
        # (or the very name inside the main event's, read as a layer of it: 本届竞赛由… in a report of
        # the 2026年某某劳动竞赛总结交流会)
        same = same or [e for e in c.article.mentions if e.type == "Event" and e.congress and e.name == of and e.end <= at]
        if same:  # that one named in full before (天水市第三届…读书月活动 of the 读书月活动总结会)
            return same[-1] if len({e.key for e in same}) == 1 else None
        if others and not this:
            # (the bare head after a launch takes up the event of that kind named since, nearer than
            # the main event: …劳动竞赛启动仪式…现场举行了焊工技能竞赛。竞赛由…承办)
            main_at = max((e.end for e in c.article.mentions if e.key == main.key and e.end <= at), default=at)
            # (in a later sentence of the paragraph: 某推进会和某推进会先后召开 names two, no telling)
            since = [e for e in others if e.start >= main_at and c.text.find("\n", main_at, at) < 0
                     and re.search(r"[。！？]", c.text[main_at : e.start])]
            if since and len({e.key for e in since}) == 1 and not same:
                return since[-1]
            return None  # (推进会由… after two 推进会: no telling)
        if MEETING_OF.fullmatch(main.name, len(of)):
            return None  # 读书月活动由… in a report of its 总结会: the activity's organiser, not the meeting's
        # (the mention of it that ends with the head, for the evidence: 茶话会 said again just before)
        said = one_named_before(c, at, head)
        return said if said is not None and said.key == main.key else main
    if main is not None and this:
        return None
    found = one_named_before(c, at, head)
    return found if found is not None and len(found.name) > len(head) else None


#: the bare words that stand for the main event (活动, 本次大赛), said before 由
_GENERIC_HEADS = frozenset({"活动", "行动", "大赛", "竞赛", "比赛", "大会", "会议", "仪式", "赛事", "论坛", "运动会",
                            "博览会", "展览会", "展销会", "晚会", "座谈会", "研讨会", "培训班", "联欢会", "演出", "讲座"})


def _names_another_event(c: Context, at: int, before: int) -> bool:
    """Whether the subject before 由 says more than a bare word for the main event and is no part
    of its name (本届征文活动由… when the main event is the 读书月活动总结会: another activity), or
    names what the main event is of (读书月活动由… in a report of the 读书月活动总结会: the activity's
    organiser, who need not hold its meeting; its launch ceremony, 启动仪式, is the activity's own start)."""
    m = _HEAD_BEFORE_BY.fullmatch(c.text, at, before)
    if m is None or m.group("head") in _GENERIC_HEADS or c.main_event is None:
        return False
    name, head = c.main_event.name, m.group("head")
    return head not in name or bool(MEETING_OF.fullmatch(name, name.rfind(head) + len(head)))


#: between a word for the event reported and its organisers: 由, 是由, 均由 (座谈会是由…举办的)
_BY = ("由", "是由", "均由", "也由", "则由", "将由", "系由")
#: list items after the last organiser recognised, each after a joiner: names the recognisers
#: missed (、汇丰资本市场) or read as places (、北京市少年宫), up to the organising verb
_UNREAD_ITEMS = re.compile(r"(?:(?:[、]|以及|和|及|与)[^，。；：、（）()“”]{2,16}?(?=[、和及与]|以及|等|联合|共同|携手|主办|承办|协办|举办|组织|发起|召开))+")
_ADVERB = re.compile(r"^(?:等[^，。；：]{0,10}?(?=联合|共同|携手|主办|承办|协办|举办|组织|发起|召开))?(?:联合|共同|携手|负责)?")
#: a clause that opens with 由 (and an adverb): its organisers are said of the sentence's subject
_BY_OPENS_CLAUSE = re.compile(r"(?:并|将|均|也|都)?由")


#: ORG(、ORG) 为/是/作为 (本次大赛的) 主办单位: the bodies named as the event's organisers
_ORGANISER_ROLE = re.compile(r"(?:等(?:[0-9０-９一二三四五六七八九十]+(?:家|个))?(?:单位)?)?(?:分别|共同|联合)?(?:为|是|作为|担任)"
                             r"(?P<obj>[^，。；：]{0,16}?)的?(?:主办|承办|协办|联办|主承办)(?:单位|方)")
#: 主办单位为/是：ORG、ORG: the organisers listed after the role
_ROLE_THEN_ORGANISERS = re.compile(r"(?:主办|承办|协办|联办)(?:单位|方)(?:为|是|有)[：:]?")


@needs(words=("办单位", "办方"), event=True)
def organiser_roles(c: Context) -> Iterator[Found]:
    """南岭市人社局、海河钢铁集团工会为大赛承办单位; 承办单位为：A、B: the bodies named as an
    event's organisers by their role. The event is the one named in the phrase or before it in
    the sentence, else the one the report is about (大赛, 本次活动, or nothing said)."""
    text, ms = c.text, c.mentions
    for i, org in enumerate(ms):
        if not is_org(org) or i > 0 and is_org(ms[i - 1]) and c.gap(ms[i - 1], org) in COORDINATORS:
            continue  # (from the first of a list)
        group = c.coordinated(org)
        role = _ORGANISER_ROLE.match(text, group[-1].end, c.sentence.end)
        if role is None:
            continue
        named = [e for e in c.events() if role.start("obj") <= e.start and e.end <= role.end("obj")]
        earlier = [e for e in c.events() if e.end <= org.start]
        obj = role.group("obj")
        event = named[0] if named else earlier[-1] if earlier else (
            c.main_event if not re.search(r"[\u4e00-\u9fff]{5,}", obj) else None)
        if event is not None:
            for g in group:
                yield g, "organizes", event, "bodies-named-organisers"
    for role in _ROLE_THEN_ORGANISERS.finditer(text, c.sentence.start, c.sentence.end):
        first = next((m for m in ms if opening(text, m) == role.end()), None)
        if first is None or not is_org(first):
            continue
        earlier = [e for e in c.events() if e.end <= role.start()]
        event = earlier[-1] if earlier else c.main_event
        if event is not None:
            for g in c.coordinated(first):
                yield g, "organizes", event, "organisers-listed-after-role"


#: what the bodies of an activity of giving do: 为/向/给 someone or 把/将 something … 送去/送到/发放
_DELIVERS = re.compile(r"[，,]?(?:今天|日前|近日|当天|再次|又|还|也|共同|一起)*(?:为|向|给|把|将)[^，。；]{1,30}?"
                       r"(?:送到|送去|送来|送上|送往|送进|送达|发放|捐赠|赠送)")


@needs(event=True)
def bodies_deliver_in_the_activity(c: Context) -> Iterator[Found]:
    """闵行区总工会联合闵行区应急管理局，把防暑降温用品送到了工地上, in the report of a 夏送清凉
    activity: the bodies that open the sentence and deliver what the activity gives organise it."""
    main = c.main_event
    if main is None or not VISITED_ACTIVITY.search(main.name) or c.names_an_event:
        return
    # (the byline in brackets, 本报讯（通讯员 某某）, is not the sentence's own)
    first = next((m for m in c.mentions if m.type != "Place" and not _in_bracket(c, m)), None)
    if first is None or not is_org(first) or not c.is_subject(first):
        return
    group = c.coordinated(first)
    found = _DELIVERS.match(c.text, group[-1].end, c.sentence.end)
    if found is not None and not any(m.type == "Person" or is_org(m) for m in c.mentions
                                     if group[-1].end <= m.start < found.end()):
        for g in group:
            yield g, "organizes", main, "bodies-deliver-in-this-activity"


#: a mark of a list of objects after 分别 (…赛和…赛, …赛、…赛), though not every one is read as an event
_LIST_MARK = re.compile(r"[和、及与]")


def _holding_it_respectively(c: Context, group: list[Mention], ev: Mention) -> list[Mention]:
    """The bodies of ``group`` that hold ``ev``: all of them, but after 分别 (respectively: 甲协会和乙协会
    分别举办桥牌赛和乒乓球赛) the one in its place in the list of events, when the counts match, and none
    when they do not (no telling whose); one event after 分别 is still all of theirs (分别举行茶话会)."""
    at = c.text.rfind("分别", group[-1].end, ev.start) if len(group) > 1 else -1
    if at < 0:
        return group
    events = [m for m in c.mentions if m.type == "Event" and m.start > at]
    listed = events[:1]
    for m in events[1:]:
        if c.gap(listed[-1], m) not in NAME_JOINERS:
            break
        listed.append(m)
    clause_end = c.clause_of(ev)[1]
    if listed == [ev] and not _LIST_MARK.search(c.text, ev.start, clause_end):
        return group  # (三总部分别举行茶话会, 分别在东站和西站举办了某大赛: each holds one of its kind,
        # the name is all of theirs; the list marks counted are from the event on, not the places' or dates')
    if ev not in listed or len(listed) != len(group):
        return []
    return [sorted(group, key=lambda m: m.start)[listed.index(ev)]]
