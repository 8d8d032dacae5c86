"""Who took part in an event (``participatesIn``): people and bodies that attend it (参加, 出席,
listed after 出席…的有：), speak, perform or win at it, receive its delegates, declare it open,
write to it, enter a contest, or are its delegates."""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Callable, Iterator

from ...model import Mention
from ...reading.repair import COLUMN_LINE
from ...schema import ORG_TYPES as ORG_KINDS
from ..events import HELD_DAY, HELD_WHERE
from ..item_tags import ITEM_TAG, tags_a_place_or_unit
from ..lexicon import _rows, load_lexicons, words_by_kind
from ..places import in_open_quote
from .bare_events import is_bare
from .context import COORDINATORS, NAME_JOINERS, PAREN, Context, Found, has, is_org, kin_anchor, only_titles, starts
from .prerequisites import needs
from .event_references import CLASS_KINDS, EARLIER_TIME, GENERIC_KINDS, NAMED_YEAR, NO_MEETING, NO_PART_SAID, ONCE_OR_EARLIER, PARTY_ACTIVITY, party_teams, at_a_later_time, at_another_time, done_at_another_time, event_of_its_kind, events_just_before, names_another_activity, not_held, object_end, one_named_before, other_time_words, other_times_said, recent_event, said_outside_names, said_at_another_time, same_event, sentence_starts, the_one, whole_subject, article_year
from .meetings import GIVES_AWARDS
from .person_lists import AS_TITLE_OF, HONORIFIC_AFTER_NAME, in_list, listed_before, titles_a_person


#: a sentence that opens at the event (会上, 在仪式上, 活动现场); a pointing word (此次活动中) says
#: which event: the last of that kind named before
_AT_EVENT = re.compile(r"^(?:在)?(?P<pointing>此次|这次|本次)?(?:会上|大会上|会议上|仪式上|活动上|现场|活动现场|仪式现场|比赛现场|活动中|仪式中"
                       # the ceremony that opens or closes the event reported is part of it (启动仪式上，A代表参赛
                       # 班组发言; 结业仪式上，学员代表A发言); not a trip's send-off (出发仪式上，A为疗休养团授旗:
                       # who sees the party off does not go)
                       r"|(?P<ceremony>(?:启动|开幕|闭幕|开班|结业|开营|结营)(?:仪)?式)上"
                       # a meeting of one kind (座谈会上，A介绍了…): the reported one or the one of that kind named before
                       r"|(?P<kind>(?:座谈|研讨|交流|表彰|推进|报告|茶话|团拜|恳谈|分享|动员|总结)会)上"
                       # a stage of a contest or a meeting (在提问环节，在抢答环节中，): only when the report's event
                       # is one (_STAGED); not 在各个环节, 在薄弱环节 (no stage of an event)
                       r"|在?(?P<stage>(?!在|各|薄弱|关键|中间|重要)[\u4e00-\u9fff]{2,6}?环节)[中上]?(?=[，,])"
                       # a part the reported event is named by (讲堂上, of …讲堂暨…授牌仪式; 决赛中, of …篮球赛决赛):
                       # only when the name says so (_names_a_part)
                       r"|(?P<part>[\u4e00-\u9fff]{2,4}?)[上中](?=[，,]))")
_AWARD = re.compile(r"(?:分别|分|共|一举|还|也|均|都)?(?:获得|夺得|荣获|摘得|拿到了|拿到|捧得|获)[^，。；]{0,16}(?:一等奖|二等奖|三等奖|"
                    r"第[一二三四五六七八九十]+(?:[、和][一二三四五六七八九十]+)*名|冠军|亚军|季军|金奖|银奖|铜奖|优胜奖|组织奖|团体奖|[^，。；、]{1,8}奖|"
                    r"流动红旗)")  # (a labour competition's banner, 获得“流动红旗”, is won in it as a prize is)


#: after a campaign's name, a meeting of its course: (第四季度|阶段)推进会, 讲评会
_CAMPAIGN_MEETING = re.compile(r"(?:第[一二三四]季度|[一二三四]季度|季度|阶段|年度|上半年|下半年)?(?:推进会|讲评会|点评会|观摩会|调度会)$")


#: a prize of a campaign itself: its banner, or a prize named after the competition (竞赛优胜奖)
_CAMPAIGN_PRIZE = re.compile(r"流动红旗|竞赛")
#: a rating of the campaign the winners are reported from (本季度评比中，A获得…)
_CAMPAIGN_RATING = re.compile(r"评比|考评|考核|讲评|排名")
#: the kind an opening phrase of :data:`_AT_EVENT` says the event is (会上 a meeting, 仪式上 a ceremony)
_SAID_KIND = re.compile(r"(?:在)?(?:此次|这次|本次)?(" + GENERIC_KINDS + r")(?:上|中|现场)")
#: an explicit 会上 (大会上, 会议上) opening the clause: at the meeting itself
_AT_THE_MEETING = re.compile(r"(?:在)?(?:此次|本次|这次)?(?:会上|会议上|大会上)")


def _campaign_of_its_meeting(c: Context, meeting: Mention, won: re.Match, winner: Mention) -> Mention | None:
    """The campaign a meeting of its course is named after (某劳动竞赛|第四季度推进会), when what the
    ``winner`` won (``won``) is a prize of the campaign itself: its banner or its competition's prize
    (获得“流动红旗”), or a place in its rating (本季度评比中，A获得第二名) not said at the meeting (会上，
    A获得某市五一劳动奖状: an honour given at the meeting); the campaign's mention inside the
    meeting's name, or None."""
    if not _CAMPAIGN_PRIZE.search(won.group()):
        before = c.text[c.sentence.start : winner.start]
        if not _CAMPAIGN_RATING.search(before) or _AT_THE_MEETING.search(before):
            return None
    for e in c.article.mentions:
        if e.type == "Event" and e.key != meeting.key and e.start == meeting.start and e.end < meeting.end \
                and _CAMPAIGN_MEETING.fullmatch(c.text, e.end, meeting.end):
            return e
    return None


#: PERSON 在 (…召开的/举行的) EVENT 上 + a verb of speaking: group 1 ends where the event name ends
_AT_NAMED_EVENT = re.compile(r"(?:是)?(?:今天|昨天|日前|近日|当天|(?:[0-9０-９]+月)?[0-9０-９]+日)?(?:上午|下午|晚上)?"
                             r"在(?:[^，。；：]{0,20}?(?:召开|举行|举办|开幕|闭幕)的)?"
                             r"([^，。；：]{2,30}?)(?:上|中)(?:[，,]|(?:作|做|发表了|发表)?(?:重要)?"
                             r"(?:讲话|发言|指出|强调|表示|说|致辞|介绍|宣布|作报告|作了报告"
                             r"|提出|要求|希望|号召|阐述|透露|部署|宣读|通报"
                             r"|(?:逐一|现场|一一)?(?:解答|答疑|回答)))")
#: the ceremony that opens or closes an event (开班仪式, 结业仪式, 启动仪式, 开幕式)
_OWN_CEREMONY = re.compile(r"(?:开班|结业|开营|结营|启动|开幕|闭幕|开训)(?:仪式|式)")
#: between a winner and the award: nothing, or 等 and the others named with the person (顾某等７名
#: …专家教授喜获该奖), no saying, hoping or earlier time (某说，获得冠军的…; 某曾在…获得; 某表示，希望…获得)
_WINNER_GAP = re.compile(r"(?:等(?:(?!说|表示|希望|曾|上届|去年)[^，。；：“”]){0,40}?)?(?:喜|也|还|均|都|分别|共|一举)?")


#: A 为/向 those honoured 授牌 (为新命名的3个创新工作室授牌): handing out their plaques, as awards are
#: handed out (GIVES_AWARDS)
#: or unveiling them (为新命名的3个创新工作室揭牌); those honoured a noun group, no clause (not 向记者介绍了
#: 此次授牌的…, 向市总工会申请授牌: telling of the plaques, asking for them; a 了 only inside a modifier of
#: those honoured, before its 的: 为荣获了“…”称号的10名职工授牌), the verb no noun's modifier (授牌的)
_GIVES_PLAQUES = re.compile(r"(?:等)?(?:也|还|分别|先后|一起|共同)?(?:向|为)(?P<to>(?:[^，。；了]|了(?=[^，。；了]{0,20}?的)){2,80}?)"
                            r"(?<!申请)(?<!请求)(?<!争取)(?:授牌|颁牌|(?P<unveils>揭牌))(?![的仪])")
#: an event whose plaques unveiled are honours handed out (表彰会, 命名大会, 授牌仪式); a ceremony of the
#: unveiling itself is read by who performs its act (meetings: not one who unveils another body's plaque)
_HONOURS_EVENT = re.compile(r"表彰|颁奖|命名|授牌")
#: an honour won, no prize (获评“安全生产示范班组”, 获授“爱心妈咪小屋”示范点, 当选本季度“安全之星”,
#: 夺得“金牌班组”, 分获“银牌班组”“铜牌班组”): won in the event reported only where that event honours
#: (_honours_its_own); a past honour (曾获评, 先后被评为) has a word before the verb and is not read
#: (a word pointing at the event reported may stand before the title: 当选本季度“安全之星”)
_HONOUR = r"(?:分别|分|均|都|还|也|一举)?(?:获评|被评为|被命名为|获授|被授予|当选(?:为)?|夺得|分获|荣获)(?:了)?(?:{pointer})?(?P<title>(?:“[^”，。；]{{1,20}}”)+)"
#: after the last body of a list: 等 and the count of them and their kind (等6个集体, 等10家单位, 等２０家企业)
_COUNTED_BODIES = r"等(?:[0-9０-９一二三四五六七八九十百余多几]+(?:家|个|支|所))?(?:有关)?(?:单位|企业|集体|班组|代表队|队伍|公司|工会|部门)?"
#: after a contest's name in its sentence: it is only launched, not held yet (…劳动竞赛在某地启动)
_ONLY_LAUNCHED = re.compile(r"[^，。；]{0,16}?(?:正式)?启动")
#: after an honour in its clause: a span since it (获评…以来), the honour of another time
_SINCE = re.compile(r"[^，。；]{0,6}?以来")


@functools.lru_cache(maxsize=2)
def _words_pattern(name: str) -> re.Pattern[str]:
    """The words of the lexicon list ``name`` as one pattern, the longest first."""
    words = sorted((r[0] for r in _rows(name) if r and r[0]), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@functools.lru_cache(maxsize=1)
def _honour() -> re.Pattern[str]:
    """:data:`_HONOUR` with the words pointing at the event (``this_occasion_words.txt``)."""
    return re.compile(_HONOUR.format(pointer=_words_pattern("this_occasion_words.txt").pattern))


@functools.lru_cache(maxsize=1)
def _counted_bodies() -> re.Pattern[str]:
    return re.compile(_COUNTED_BODIES)


def told_at_another_time(c: Context, start: int, end: int) -> bool:
    """Whether the text from ``start`` to ``end`` says another time than the event reported's: a word
    of ``other_time_words.txt`` (截至目前，…; 上届比武中，…; 年底，…) or of EARLIER_TIME (去年, 此前),
    not inside a name (上届 of no name)."""
    return any(any(said_outside_names(c, pattern, start, end)) for pattern in (other_time_words(), EARLIER_TIME))


def _honoured_here(c: Context, honour: re.Match, event: Mention, person: bool) -> bool:
    """Whether the ``honour`` told in a sentence was won in the ``event`` reported: the sentence is in
    the body (no headline), the event was held (not only launched: …竞赛在某地启动), no other time is
    told before the honour or right after it (截至目前, 上届, 年底, 获评…以来), a year in its title is
    the event's (获评“2025年度优胜单位” at a contest of 2026 is not won there), and the sentence points
    at the event (本届, 比武中, 经过…角逐, 决出) or, for bodies, stands in a paragraph that names it or
    points at it (…展开比拼。; …为示范点授牌。).
    A person honoured with no pointer (该公司高度重视…，焊工某某被评为“…”) tells of the person.

    >>> # 12月3日，某公司首届技能比武举行。…经过激烈角逐，焊工王某被评为“技术能手”。  → won there
    """
    text = c.text
    if c.sentence.start < c.article.body_start:
        return False
    mentions = [e for e in c.article.mentions if e.key == event.key and e.start >= c.article.body_start]
    if mentions and all(_ONLY_LAUNCHED.match(text, e.end, c.text.find("。", e.end)) for e in mentions):
        return False
    if told_at_another_time(c, c.sentence.start, honour.end()) or _SINCE.match(text, honour.end(), c.sentence.end) \
            or said_at_another_time(c, honour.start() + 2, event) or at_another_time(c, event):
        return False
    year = NAMED_YEAR.search(honour.group("title"))
    held = NAMED_YEAR.search(event.name)
    held_year = held.group() if held else article_year(c)
    if year is not None and held_year is not None and year.group() != held_year:
        return False
    para = max(text.rfind("\n", 0, c.sentence.start) + 1, c.article.body_start)
    if _words_pattern("this_occasion_words.txt").search(text, c.sentence.start if person else para, honour.start("title")):
        return True  # (for bodies, in the paragraph: …展开比拼。A夺得“金牌班组”，B、C分获…)
    return not person and any(para <= e.start < c.sentence.start for e in mentions)


def _honours_its_own(c: Context, event: Mention) -> bool:
    """Whether the ``event`` an honour is told in is the report's own and confers it: a contest
    (…技能比武, …劳动竞赛) or a ceremony of honours (…授牌仪式, …颁奖典礼); not a contest named in
    passing (围绕…、安全技能比武等开展: a kind among others), and not a meeting (its honours are read by
    meetings.meeting_roles)."""
    name = event.name
    return c.main_event is not None and event.key == c.main_event.key and (
        name.endswith(_CONTEST) or bool(_HONOURS_EVENT.search(name)) and not name.endswith(("会", "会议")))


#: a contest's title for its best (获评“最佳答题手”, 获评本届比赛最有价值球员, 获得“最佳得分手”称号)
_BEST_OF_THE_CONTEST = re.compile(r"(?:获评|荣获|获得|被评为|被授予|当选(?:为)?)(?:了)?(?:本届|本次|此次)?(?:比赛|大赛|竞赛)?[“\"]?最(?:佳|有价值)[^，。；]{1,8}")
#: a verb of saying closing a clause (某某介绍，某某说：): what follows is what was told
_SAYS_THEN = re.compile(r"(?:说|表示|指出|认为|强调|介绍|透露|告诉记者|坦言)[，,：:“]")


#: right before an event's word: the one reported (今天的开幕式, 本次开幕式)
_THIS_ONE = re.compile(r"(?:这次|此次|本次|本届|今天的|昨天的|当天的|当日的|今日的)$")


def _ceremony_of_main(c: Context, main: Mention, ceremony: str) -> bool:
    """Whether the ceremony (开班仪式, 开幕式) a sentence speaks at is the reported event's own: the
    report says before that the event opened or closed so (培训班在某校开班, not a 开幕式 in a report of
    games that only closed), and writes the ceremony before only right after the event's name (同日还
    举行了某活动启动仪式 is another event, named or not)."""
    text, start = c.text, c.article.body_start
    if text.find(ceremony[:2], start, c.sentence.start) < 0:
        return False
    ends = {m.end for m in c.article.mentions if m.key == main.key and m.end <= c.sentence.start}
    at = text.find(ceremony, start, c.sentence.start)
    while at >= 0:
        if at not in ends and not any(m.start < at < m.end for m in c.article.mentions if m.key == main.key) \
                and not _THIS_ONE.search(text, max(0, at - 4), at):
            return False  # (出席了今天的开幕式: the event's own, said so)
        at = text.find(ceremony, at + 1, c.sentence.start)
    return True


#: the event reported named again by its kind (表彰大会, 这次座谈会): not a name of its own
_THIS_KIND = re.compile(r"(?:这次|此次|本次|今天的|昨天的|当天的)?(?P<kind>[\u4e00-\u9fff]{0,2}(?:大会|会议|座谈会|"
                        r"茶话会|团拜会|报告会|研讨会|表彰会|恳谈会|交流会|分享会|推进会|仪式|典礼|开幕式|闭幕式))")
#: ORG 在 EVENT 中/上 获得…奖: group 1 ends where the event ends
_AWARD_IN_EVENT = re.compile(r"在([^，。；：]{2,30}?)(?:中|上)(?:共|分别|一举)?" + _AWARD.pattern)
#: 在 EVENT 中/上，…: the opening phrase places the clause after it in the event
_IN_EVENT_OPENER = re.compile(r"在([^，。；：]{2,30}?)(?:中|上)[，,]")
#: an adverb between a name and what the person does at the gathering (也, 分别, 随后)
_ADVERB = r"(?:也|还|分别|先后|相继|随后)?"
#: a person speaks at the meeting being reported (也做了发言, 作了报告, 先后发言)
_SPOKE = re.compile(r"(?:等)?" + _ADVERB + r"(?:"
                    r"(?:做了|作了|作|做|发表了|发表)?(?:重要)?(?:(?:表态|交流|典型)?发言|讲话|致辞|作报告|报告)"
                    r"|(?:做了|作了|作|做)(?:工作|会议|大会|主题|专题|总结)(?:报告|总结|讲话)"  # 作了会议总结
                    r"|在(?:工作报告|报告|讲话|总结讲话|贺信)中"  # 在工作报告中明确了…
                    r"|宣读(?:了)?[^，。；]{0,12}?(?:决定|通知|命令|贺信|倡议书|决议|通报))")  # 宣读了任职决定


#: a counted piece (一本, 两首, 3篇): read aloud, no business of a gathering
_COUNTED_PIECE = r"[0-9０-９一二三四五六七八九十两几]+[本首篇部段]"


@functools.lru_cache(maxsize=1)
def _presents() -> re.Pattern[str]:
    """Right after a name, a verb of presenting something to the gathering (``presenting_verbs.txt``)
    and its object: 宣读了结对名单, 解读了奖补政策 (the reader takes part, as a speaker does); not a
    counted piece read aloud (宣读了一本新书: a reading, no business of the gathering)."""
    return re.compile(_ADVERB + r"(?:" + _words_pattern("presenting_verbs.txt").pattern
                      + r")(?:了)?(?=[^，。；！？\s])(?!了?" + _COUNTED_PIECE + ")")


#: what one says to a meeting or a class besides a speech: 分享了…工作法, 交流了…经验, 作《…》专题解读,
#: 围绕…开展案例教学, 介绍当地工作情况 (the one who does it is at the meeting or teaches in the class)
_SHARES = re.compile(_ADVERB + r"(?:分享了|交流了|作(?:了)?《[^》]{1,40}》(?:专题)?(?:解读|辅导|讲座|报告)"
                     r"|作(?:了)?专题(?:解读|辅导|讲座)|围绕[^，。；]{1,20}?(?:开展|进行)(?:了)?(?:案例|现场)?(?:教学|讲解|授课)"
                     r"|(?:分别)?介绍(?:了)?[^，。；]{0,40}?(?:情况|经验|做法)(?=[，。；]|$))")


#: a preposition of the one told or given to (向某某分享了…: not the one who shares)
_TO_WHOM = ("向", "给", "对", "为", "与", "同", "跟", "和")
#: one told, through titles before the name (向南岭市总工会副主席韩某分享了): no speaker
_TOLD_IN_CLAUSE = re.compile("[向给对]")


#: before the organising verb: the event is planned, not held (计划明年举办, 将于下月举办, 拟举办)
_PLANNED = re.compile(r"计划|打算|准备|拟|将|即将|筹备|明年|下月|下周|下半年|今后")
#: right after the speech: a time it marks (讲话时透露, 发言之际): the speech is where the news was told
_AT_ANOTHER_TIME = re.compile(r"时|之时|之际|期间")
#: the clause that names the event ends: (在 VENUE) the organising verb and the event, then a comma
_EVENT_CLAUSE_ENDS = re.compile(r"[”\"]?[，,]")


@needs("Person", "Event", words=re.compile(r"发言|讲话|致辞|报告|分享了|交流了|解读|辅导|讲座|授课|教学"))
def speaks_after_the_event_clause(c: Context) -> Iterator[Found]:
    """南岭区总工会在区职工书屋举办“书香暖冬”读书分享会，某公司职工代表钱某分享了阅读心得: the event
    named (and held) in the clause before, a person opening the next clause, with only the bodies and
    titles that introduce them, speaks or shares there (``speaks-after-the-event-clause``). One event
    named in the sentence; not one told (向某某分享了) nor one whose clause has another subject."""
    events = [e for e in c.mentions if e.type == "Event" and not e.congress]
    if len(events) != 1:
        return
    ev = events[0]
    text = c.text
    held = _EVENT_CLAUSE_ENDS.match(text, ev.end)
    opening = text[c.clause_of(ev)[0] : ev.start]
    if held is None or not has(opening, "organize") or _PLANNED.search(opening):
        return  # (计划明年举办…, 将于下月举办…: not held yet, so no one spoke there)
    ms = c.mentions
    start = held.end()
    for i, m in enumerate(ms):
        if m.start < start:
            continue
        lead = text[start : m.start]
        if m.type == "Person":
            if lead and not (only_titles(lead) or _titled_by_bodies(c, start, i)):
                return
            spoke = _SPOKE.match(text, m.end, c.sentence.end) or _SHARES.match(text, m.end, c.sentence.end)
            if spoke and not _AT_ANOTHER_TIME.match(text, spoke.end()):
                yield m, "participatesIn", ev, "speaks-after-the-event-clause"
            return
        if not is_org(m):
            return


def _titled_by_bodies(c: Context, start: int, i: int) -> bool:
    """Whether only bodies and titles stand between ``start`` and the person at ``i``."""
    at = start
    for m in c.mentions[:i]:
        if m.start < start:
            continue
        gap = c.text[at : m.start]
        if gap and not only_titles(gap.rstrip("、")) or not is_org(m):
            return False
        at = m.end
    gap = c.text[at : c.mentions[i].start]
    return not gap or only_titles(gap)


def _speaks_at_the_reported_meeting(c: Context, m: Mention) -> bool:
    """In the report of a meeting, with no event named in the sentence: ``m`` spoke there (也做了发言),
    or shared or taught there (分享了…, 作《…》专题解读; a class's report too) and is not the one told."""
    main = c.main_event
    if main is None or c.names_an_event:
        return False
    text = c.text
    # (a ceremony's report too: 某某宣布行动启动，某某致辞 at the 启动仪式 reported)
    if main.name.endswith(_SPOKEN_AT) and _SPOKE.match(text, m.end, c.sentence.end):
        return True
    return (main.name.endswith(("会", "会议", *CLASS_KINDS)) and not main.name.endswith(NO_MEETING)
            and main.end <= c.sentence.start and _SHARES.match(text, m.end, c.sentence.end) is not None
            and c.before(m, 1) not in _TO_WHOM and not _TOLD_IN_CLAUSE.search(text, c.clause_of(m)[0], m.start))


def _presenter_at_the_reported_gathering(c: Context, m: Mention) -> bool:
    """In the report of a meeting or ceremony, with no event named in the sentence: ``m``, right before
    a presenting verb (解读了…), presents there: a sentence after the event's, no other event held since
    (8日下午，某全委会议召开。某某解读了…: that one's), no scene of another time, of the media or of
    something else set before the person's clause (:func:`_set_elsewhere`), and the person the clause's
    subject (not 观看了某某解读…的专题片, 会议邀请某某解读: one talked of or invited; not 向某某宣读: one told).

    >>> # 8日，某全委会议召开。县人社局劳动关系股股长孙某解读了工伤保险政策。  → 孙某 at the 全委会议
    """
    main, text, s = c.main_event, c.text, c.sentence
    if main is None or c.names_an_event or not main.name.endswith(_SPOKEN_AT) or main.end > s.start \
            or not _presents().match(text, m.end, s.end):
        return False
    if any(e.type == "Event" and e.key != main.key and main.end <= e.start < s.start and _held_there(c, e)
           for e in c.article.mentions):
        return False
    if _set_elsewhere(c, main, m) or "时任" in text[c.clause_of(m)[0] : m.start]:  # (时任: a post held then)
        return False
    return c.before(m, 1) not in _TO_WHOM and _subject_or_joined_to_it(c, c.mentions.index(m))


#: a verb of holding right before an event's name (举办职工法律知识讲座, 召开了某会议)
_HOLDS_IT = re.compile(r"(?:召开|举行|举办|开展|组织)(?:了)?$")
#: right after an event's name: it is held, opens or closes there and then (某全委会议召开, 某联赛在某馆
#: 落幕, 某比武9日在某厂区开幕); not 开赛前 (a time before it)
_HELD_HERE = re.compile(HELD_DAY + HELD_WHERE + r"(?:圆满|正式|胜利|激烈)?(?:召开|举行|举办|开幕|闭幕|落幕|"
                        r"开赛|开班|启动|展开|进行|拉开帷幕|落下帷幕|结束)(?!之?前)")


def _held_there(c: Context, e: Mention) -> bool:
    """Whether the text says the event ``e`` is held where it names it (某会议召开, 举办某讲座), not
    only that it is spoken of (传达学习了某会议精神, 部署了某活动: the business of a meeting)."""
    return _HELD_HERE.match(c.text, e.end) is not None \
        or _HOLDS_IT.search(c.text, max(c.text.rfind(k, 0, e.start) for k in "，,；;。") + 1, e.start) is not None


@functools.lru_cache(maxsize=1)
def _scene_words() -> dict[str, list[str]]:
    """``scene_words.tsv``: the days other than the event's (次日), the kinds of event that run for
    days (大会, 运动会) or say so (开幕), the media a clause may be set in (专栏, 直播间)."""
    return words_by_kind("scene_words.tsv", ("other_day", "runs_for_days", "media"))


#: a clause opening that dates what follows: a year (2023年，2023年5月，), a day word (次日上午，),
#: an earlier time (去年，此前，), the part of the day aside
_DATED = r"(?:(?P<year>(?:19|20)[0-9]{{2}}|[１２][０-９]{{3}})年(?:[0-9０-９]{{1,2}}月)?(?:[0-9０-９]{{1,2}}日)?|(?P<day>{days})|{earlier})" \
         r"(?:上午|下午|晚上|晚间|当晚|中午)?[，,]"
#: a clause opening set during something (培训期间，): the something in group ``what``
_DURING = re.compile(r"(?:在)?(?P<what>[^，,。；;]{1,20}?)期间[，,]")


@functools.lru_cache(maxsize=1)
def _dated() -> re.Pattern[str]:
    days = "|".join(map(re.escape, _scene_words()["other_day"]))
    return re.compile(_DATED.format(days=days, earlier=EARLIER_TIME.pattern))


def _set_elsewhere(c: Context, main: Mention, m: Mention) -> bool:
    """Whether a clause set before the person ``m``'s own in its sentence sets the scene elsewhere: it
    opens at another time (2023年，: not the article's year or the event's; 次日，: not of an event that
    runs for days, 大会, 运动会, or opened, 开幕), during something other than the event (培训期间，; not
    会议期间，), or in the media (另据…专栏，, 在某电台直播间，, 某公众号刊发文章，). Only the openings
    of those clauses are read: a time, 期间 or a media word inside a topic or a title is none."""
    text, s = c.text, c.sentence
    own = c.clause_of(m)[0]
    kinds = _scene_words()
    openings = [s.start, *(k + 1 for k in range(s.start, own) if text[k] in "，,")]
    for at in openings:
        if at > own:
            break
        dated = _dated().match(text, at, own)
        if dated and dated.group("year"):
            year = dated.group("year").translate(_HALF_WIDTH_DIGITS)
            if year not in main.name and year != article_year(c):
                return True
        elif dated and dated.group("day"):
            held = text[main.start : text.find("。", main.end)]
            if not main.name.endswith(tuple(kinds["runs_for_days"])) and not any(w in held for w in kinds["runs_for_days"]):
                return True
        elif dated:
            return True
        during = _DURING.match(text, at, own)
        if during and not (during.group("what").endswith(_SPOKEN_AT) or main.name.endswith(during.group("what"))):
            return True
        if at < own and any(w in text[at:own] for w in kinds["media"]) \
                and any(said_outside_names(c, _media_words(), at, own)):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _media_words() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, _scene_words()["media"])))


_HALF_WIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")


#: after an event that opens a sentence: (today) it opened, closed or was held, then a comma
_OPENED_OR_CLOSED = re.compile(r"(?:今天|昨天|日前|近日|[0-9０-９]{1,2}日)?(?:在[^，。；]{1,12}?)?(?:胜利|圆满|隆重)?"
                               r"(?:闭幕|落幕|落下帷幕|结束|开幕|举行|举办|召开)(?:了)?[，,]")
#: the title in that body, up to the verb of attending (队员, 选手, 代表; 队员身份)
_AS_TITLE = re.compile(r"的?([\u4e00-\u9fff]{1,6}?)(?:的)?(?:身份)?(?:先后|还|也)?")
#: a verb of attending right before an event: 参加|出席了 EVENT 的 …
_ATTENDS_BEFORE = re.compile(r"(?:参加|出席|列席|参与)(?:了)?$")


#: shows one performs at (联欢会, 晚会, 音乐会, 文艺演出)
_SHOWS = ("联欢会", "晚会", "音乐会", "演出", "歌会", "演唱会", "联欢")
#: right after a name: a verb of performing a piece (演唱的一首, 唱罢一首, 又高歌一首, 演奏了一曲)
_PERFORMS = re.compile(r"(?:又|也|还|接着|随后|先后|再)*(?:又)?(?:演唱|唱罢|高歌|演奏|弹奏|朗诵|献唱|独唱|表演|清唱|吟诵)"
                       r"(?:了|的|起)?(?:一首|一曲|一段|一支|了一首|了一曲|《)")


#: the events at which awards are handed out: ceremonies, commendations, contests (大赛, 竞赛, and
#: any name ending in 赛: 接力赛, 篮球赛, 联赛; not 赛 inside a word: 新赛道, 赛龙舟, 赛事)
_AWARDING_EVENT = re.compile(r"颁奖|表彰|仪式|典礼|大赛|竞赛|比赛|比武|运动会|赛$")
#: right after the event's name: a time before it starts (某联赛开赛前，…召开赛前动员会): the report
#: is of what comes before it
_BEFORE_IT_STARTS = re.compile(r"(?:正式)?(?:开赛|开幕|开始|举行|召开|启动)(?:之)?前|赛前")


#: the events that hand out awards by their kind before a contest by its 赛 alone (联赛, 篮球赛)
_AWARDING_KIND = re.compile(_AWARDING_EVENT.pattern.removesuffix("|赛$"))


def _only_a_modifier(c: Context, main: Mention) -> bool:
    """Whether a contest known only by its 赛 (联赛, 篮球赛) is named before the sentence only as a
    modifier of what is reported (2025年职工篮球联赛|赛前裁判员培训班, 某联赛|集体观赛) or a plan
    (某联赛将于15日开赛): nowhere is it itself held, its name followed by a clause mark, by 在 and its site
    or by its holding."""
    if _AWARDING_KIND.search(main.name):
        return False
    named = [e for e in c.article.mentions if e.key == main.key and e.end <= c.sentence.start]
    # (…接力赛在某公园鸣枪开跑: followed by 在 and its site, the contest is its clause's subject, held)
    return bool(named) and not any(re.match(r"[”’」]?(?:[，,。；;、！]|在)", c.text[e.end : e.end + 2])
                                   or _HELD_HERE.match(c.text, e.end) for e in named)


def _only_ahead(c: Context, main: Mention) -> bool:
    """Whether the article names ``main`` before the sentence only as a time ahead of it (联赛开赛前)."""
    named = [e for e in c.article.mentions if e.key == main.key and e.end <= c.sentence.start]
    return bool(named) and all(_BEFORE_IT_STARTS.match(c.text, e.end) for e in named)


#: one item of a list of bodies that the recognisers missed (or read in part: 六盘水|凉都工程学院),
#: ending in a head of a body
_MISSED_BODY_ITEM = re.compile(r"[^\W的之]{2,14}?(?:学院|大学|学校|中学|小学|医院|公司|集团|工厂|厂|局|所|中心|站|队|工会|协会)")


def _listed_past_missed_items(c: Context, first: Mention) -> list[Mention]:
    """The bodies of the list that ``first`` (the first recognised of a run) closes, read back
    past items the recognisers missed: the list must open its clause, each item between 、 either
    a recognised body or a missed one ending in a body's head."""
    start = c.clause_of(first)[0]
    items = c.text[start : first.start]
    if not items.endswith("、"):
        return []
    bodies = {(m.start, m.end): m for m in c.mentions if is_org(m) and start <= m.start < first.start}
    out: list[Mention] = []
    at = start
    for item in items[:-1].split("、"):
        found = bodies.get((at, at + len(item)))
        if found is not None:
            out.append(found)
        elif not _MISSED_BODY_ITEM.fullmatch(item):
            return []  # not a list of bodies from the clause's start
        at += len(item) + 1
    return out


@functools.lru_cache(maxsize=1)
def _leads_the_party() -> re.Pattern[str]:
    """Right after a person: leads the party of the activity, 带队 closing the clause (带队。, 由某带队，) or
    joined to a visit of the activity (带队并看望了大家), or naming the party led (由某带队的检查组: the
    subject of the clause; a team of ``party_teams.tsv`` with the activities it goes out on); not
    带队检查/召开/考察…: a task of its own."""
    teams = "|".join(team for team, (activities, _) in party_teams().items() if activities is not None)
    return re.compile(r"(?:亲自|一同)?带队(?:[，。；,;]|$|并(?:看望|慰问|探望|陪同|参加|走访)|的(?:联合)?(?P<team>" + teams + "))")


@needs("Person", event=True, words=re.compile("带队"))
def leads_the_party(c: Context) -> Iterator[Found]:
    """集团工会副主席某带队并看望了大家, 疗休养团由某带队, in the report of an activity a party goes
    out on (疗休养活动, 慰问活动): the one who leads the party takes part in it
    (``leads-the-activity-party``); the sentence names no event of its own."""
    ev = c.main_event
    if ev is None or ev.congress or c.names_an_event or not PARTY_ACTIVITY.search(ev.name) \
            or at_another_time(c, ev):
        return
    for p in c.mentions:
        if p.type == "Person" and (led := _leads_the_party().match(c.text, p.end, c.sentence.end)) is not None \
                and (led.group("team") is None or party_teams()[led.group("team")][0].search(ev.name)):
            # (由审计局某带队的审计组 in the report of a 送温暖活动: an audit of it, no party of its own)
            yield p, "participatesIn", ev, "leads-the-activity-party"


#: before a contest in its sentence: one to come, no contest won yet (备战明年举行的…锦标赛, 即将举行的…)
_TO_COME = re.compile(r"明年|下届|下一届|将于|将在|即将|备战|筹备")
#: before a contest in its sentence: one held before (去年的…, 曾在…中, 上届)
_HELD_BEFORE = re.compile(ONCE_OR_EARLIER + r"|上届|上一届")
#: a winners' sentence opening in the contest reported (本届比赛中，此次大赛上，): no past contest meant
_IN_THIS_CONTEST = re.compile(r"(?:在)?(?:本届|本次|此次|这次)")


#: after a contest: the verb reporting it held or closed (…比赛在市体育馆落幕): the paragraph reports it
_HELD_OR_CLOSED = re.compile(r"(?:日前|近日)?(?:于)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?(?:[0-9０-９一二三四五六七八九十]{1,3}日)?"
                             r"(?:上午|下午|晚)?(?:在[^，。；]{1,12}?)?(?:胜利|圆满|隆重)?(?:闭幕|落幕|落下帷幕|结束|开幕|举行|举办|开赛)")


#: how far before a contest the words that tell its time are read: its sentence and clause, but no
#: further than this (a line without stops is one sentence: reading all of it for each contest would
#: cost the square of its length)
_TIME_LOOK_BACK = 40


def _inside_a_mention(mentions: list[Mention]) -> Callable[[int], bool]:
    """A test whether an offset lies inside one of ``mentions`` (曾 of 曾立新), in log time: the
    mentions sorted by start, with the furthest end reached so far (sorted on the first question)."""
    table: list[list[int]] = []

    def inside(at: int) -> bool:
        if not table:
            spans = sorted((m.start, m.end) for m in mentions)
            table.extend(([s for s, _ in spans], list(itertools.accumulate((e for _, e in spans), max))))
        starts, reach = table
        k = bisect.bisect_right(starts, at) - 1
        return k >= 0 and reach[k] > at
    return inside


def _contest_time(c: Context, e: Mention, para: int, inside: Callable[[int], bool]) -> str:
    """When the contest ``e`` is told as held, by the words before it in its sentence (at most
    :data:`_TIME_LOOK_BACK` characters) and the year it is named by against the main event's: "before",
    "to come", or "" (the reported time)."""
    near = max(para, e.start - _TIME_LOOK_BACK)
    start = max(near - 1, *(c.text.rfind(end, near, e.start) for end in "。！？")) + 1
    clause = max(start - 1, *(c.text.rfind(end, start, e.start) for end in "，,；;")) + 1
    year, main = NAMED_YEAR.search(e.name), NAMED_YEAR.search(c.main_event.name) if c.main_event else None

    def said(pattern: re.Pattern[str], at: int) -> bool:  # (not inside a name: 曾 of 曾立新)
        return any(not inside(t.start()) for t in pattern.finditer(c.text, at, e.start))
    # (to come: a modifier of the contest, in its clause — 备战明年的…; not 经过精心筹备，…大赛落幕)
    if said(_TO_COME, clause) or year and main and year.group() > main.group():
        return "to come"
    if said(_HELD_BEFORE, start) or year and main and year.group() < main.group():
        return "before"
    return ""


def _contests_in(c: Context, start: int, end: int, held: bool = False) -> list[Mention]:
    """The contests named from ``start`` to ``end`` (a name ending in a contest's word, not a bare kind;
    with ``held``, only those said held or closed right after), the nearest first and at most
    :data:`_CONTESTS_IN_REACH` of them: read back from ``end`` over the article's events by start (a
    line without stops naming a contest again and again is not read to its start)."""
    events = c.article_events  # (in order of start)
    starts = c.once("article_event_starts", lambda: [e.start for e in events])
    out: list[Mention] = []
    for k in range(bisect.bisect_right(starts, end) - 1, -1, -1):
        e = events[k]
        if e.start < start or len(out) == _CONTESTS_IN_REACH:
            break
        if e.end <= end and e.name.endswith(_CONTEST) and not is_bare(e.key) \
                and (not held or _HELD_OR_CLOSED.match(c.text, e.end)):
            out.append(e)
    return out

#: right after a body named in the article: it organises (南岭市总工会主办的…, 由A承办)
_ORGANISES = re.compile(r"(?:联合|共同)?(?:主办|承办|举办|组织)")


#: from a time word to the person: a modifier of the person (此前失业半年的求职者某某)
_MODIFIER_OF_THE_PERSON = re.compile(r"[^，。；：]*的[^，。；：的]{0,12}")


def _on_the_spot_at_another_time(c: Context, m: Mention) -> bool:
    """Whether what ``m`` does on the spot was done at another time than the main event: the sentence opens
    at another time (2019年，工友某某当场…) or the person's clause tells one before him (曾, 去年) or his post
    then (时任); not a time inside a modifier of the person (此前失业半年的求职者某某) nor one of an earlier
    clause about him (某某以前做过电工，他当场…)."""
    text, ev, start = c.text, c.main_event, c.clause_of(m)[0]
    if at_another_time(c, ev) and not _MODIFIER_OF_THE_PERSON.fullmatch(text, c.sentence.start, m.start):
        return True
    return "时任" in text[start : m.start] or any(
        past.start() >= start and not _MODIFIER_OF_THE_PERSON.fullmatch(text, past.end(), m.start)
        for past in other_times_said(c, m.end))


def _won_elsewhere(c: Context, won: re.Match, event: Mention) -> bool:
    """Whether an award told in a sentence naming no event was won at another time or from another
    body than the ``event`` it would be won in: 2025年，A曾获得…; A获得市住建局“…流动红旗” (a body's
    own banner or prize, named in the award; not a body that organises the event: its prizes are the
    event's)."""
    if said_at_another_time(c, won.start() + 2, event):  # (not inside a name: 曾 of 曾启亮)
        return True
    organisers = {m.name for m in c.article.mentions if is_org(m) and _ORGANISES.match(c.text, m.end)}
    return any(is_org(e) and won.start() <= e.start and e.end <= won.end() and e.name not in organisers
               for e in c.article.mentions)


def _contest_won_in(c: Context) -> Mention | None:
    """The event an award told in a sentence naming none was won in: the contest named before it in
    its paragraph (a digest's 某比赛落幕。某代表队获团体冠军 — not the digest's first item, its
    main event), or, the paragraph naming none, the one reported held or closed in the paragraph
    right before (a digest's result in a paragraph of its own); a contest to come is none; two
    contests there, or a past one the sentence does not set aside (本届比赛中，), no telling which;
    none, the article's main event."""
    para = max(c.text.rfind("\n", 0, c.sentence.start) + 1, c.article.body_start)
    contests = _contests_in(c, para, c.sentence.start)  # (the nearest first)
    own_paragraph = bool(contests)
    if not contests and para > c.article.body_start:
        end = len(c.text[:para].rstrip())  # (past the blank lines between paragraphs)
        para = max(c.text.rfind("\n", 0, end) + 1, c.article.body_start)
        contests = _contests_in(c, para, c.sentence.start, held=True)
    inside = _inside_a_mention(c.article.mentions)
    past_set_aside = not own_paragraph or _IN_THIS_CONTEST.match(c.text, c.sentence.start, c.sentence.end)
    reported: list[Mention] = []
    names: set[str] = set()
    # (the nearest first, at most _CONTESTS_IN_REACH of them: two reported contests, or one past, end
    # the search; a line without stops naming a contest again and again is not read to its start)
    for e in contests:
        time = _contest_time(c, e, para, inside)
        if time == "before" and not past_set_aside:
            return None  # (去年的第二届大赛…。今年，某代表队获…: a past contest in reach, no telling which)
        if not time:
            reported.insert(0, e)
            names.add(e.canonical or e.name)
            if len(names) > 1:
                return None  # (two contests reported: no telling which, whatever the others are)
    return the_one(reported) if reported else c.main_event


#: how many of the contests named before a winners' sentence in its paragraph are read, the nearest first
_CONTESTS_IN_REACH = 8


@needs(event=True)
def participates(c: Context) -> Iterator[Found]:
    """PERSON 参加 EVENT; PERSON 是此次活动参与者; 会上，PERSON…; PERSON 在 EVENT 中获得一等奖."""
    text = c.text
    ms = c.mentions
    at_event = _AT_EVENT.match(text[c.sentence.start : c.sentence.end])
    if at_event is not None and at_event.group("part") and (c.main_event is None
                                                            or not _names_a_part(c.main_event.name, at_event.group("part"))):
        at_event = None  # (当天晚上, 百忙之中, 会议进行中, 赛场上: a time or a state, no part of the event reported)
    if at_event is not None and at_event.group("stage") and (c.main_event is None or not c.main_event.name.endswith(_STAGED)
                                                             or not _a_stage_of_an_event(c, at_event.group("stage")[:-2])):
        at_event = None  # (在流通环节，在招聘环节，在去年的抢答环节，: no stage of the contest or meeting reported)
    for i, m in enumerate(ms):
        if m.type != "Person" and not is_org(m) or m.source == "byline":
            continue  # (the reporters of the byline report the news: they take part in nothing)
        if i > 0 and ms[i - 1].type == "Event" and c.gap(ms[i - 1], m) == "的" \
                and _ATTENDS_BEFORE.search(text, max(c.sentence.start, ms[i - 1].start - 4), ms[i - 1].start):
            # 参加第十八届冬奥会的中国体育代表团: the one who attends, named by what it attends
            kind = (lambda x: x.type == "Person") if m.type == "Person" else is_org
            for who in c.coordinated(m, kind):  # 出席…大会的王建国、李秀英: each of the list
                yield who, "participatesIn", ms[i - 1], "attendee-named-by-event"
            if is_org(m) and titles_a_person(c, m):
                # 参加签字仪式的美国某公司高级副总裁某某: the person the body and title introduce attends
                yield ms[i + 1], "participatesIn", ms[i - 1], "attendee-named-by-event"
        if m.type == "Person" and c.main_event is not None and c.main_event.name.endswith(_SHOWS) \
                and not c.names_an_event and _PERFORMS.match(text, m.end, c.sentence.end):
            # 客运员王某唱罢一首《…》 in the report of a 联欢会: a performer at the show took part in it
            yield m, "participatesIn", c.main_event, "performer-at-this-show"
        after = c.after(m, 16)
        explicit = next((e for e in ms if e.type == "Event" and e.start >= m.end and e.start - m.end <= 6), None)
        verb = starts(after, "participate") or (after.startswith("是") and "参与者" in after and "参与者") or None
        if verb:
            if explicit is not None and has(text[m.end : explicit.start], "participate"):
                yield m, "participatesIn", explicit, "agent-participates-event"
            elif c.main_event is not None and (has(after, "this_event") or "参与者" in after) \
                    and not names_another_activity(after, len(verb)):
                # (参加有关活动: some activities, not the one reported; 参加过1998年的开幕式: another)
                yield m, "participatesIn", c.main_event, "agent-participates-this-event"
                if m.type == "Person":  # 王建国、李秀英参加了活动: each person of the list
                    for p in listed_before(c, i):
                        yield p, "participatesIn", c.main_event, "agent-participates-this-event"
            continue
        if m.type != "Person":
            # 南岭县代表队、长乐县代表队荣获优秀组织奖: each body of the list took part
            won = _AWARD.match(text, m.end, c.sentence.end) if is_org(m) else None
            honour = None
            if is_org(m) and won is None:
                # 装卸一队甲班、电工班等6个班组分获“银牌班组”“铜牌班组”: an honour, where the event confers it
                etc = _counted_bodies().match(text, m.end, c.sentence.end)
                honour = _honour().match(text, etc.end() if etc else m.end, c.sentence.end)
            # 南岭代表队在第三届技能大赛中荣获…; 在第三届技能大赛中，南岭代表队荣获…
            at = _AWARD_IN_EVENT.match(text, m.end, c.sentence.end) if is_org(m) and not won else None
            inside = [e for e in c.events() if at and e.start >= m.end and e.end == at.end(1)]
            if not inside and won:
                opener = _IN_EVENT_OPENER.match(text, c.sentence.start, m.start)
                inside = [e for e in c.events() if opener and e.end == opener.end(1) and c.clause_of(m)[0] == opener.end()]
            if not inside and won:
                # 南岭县第十届职工运动会闭幕，县交通运输工会代表队获团体总分第一名: the event the
                # sentence opens with, held or closed, is where the body won
                opened = [e for e in c.events() if e.end <= m.start]
                if len(opened) == 1 and _OPENED_OR_CLOSED.match(text, opened[0].end, m.start) \
                        and c.clause_of(m)[0] > opened[0].end:
                    inside = opened
            if not inside and won and c.before(m, 2).endswith(("其中", "其中，")):
                # 参加了第三届技能大赛，其中南岭纺织厂获得团体一等奖: the one event named before
                one = the_one([e for e in c.events() if e.end <= m.start])
                inside = [one] if one is not None else []
            if honour is not None and not inside and not c.names_an_event \
                    and (won_in := _contest_won_in(c)) is not None and _honours_its_own(c, won_in) \
                    and not _won_elsewhere(c, honour, won_in) and _honoured_here(c, honour, won_in, person=False):
                yield from ((b, "participatesIn", won_in, "body-honoured-in-this-event")
                            for b in (*c.coordinated_before(m, joiners=NAME_JOINERS), m))
                continue
            won_in = _contest_won_in(c) if won and not inside else None
            if won_in is not None and _won_elsewhere(c, won, won_in):
                won_in = None
            if inside or won and won_in is not None and not c.names_an_event:
                event, rule = (inside[0], "body-wins-in-event") if inside else (won_in, "body-wins-in-this-event")
                event = _campaign_of_its_meeting(c, event, won or at, m) or event
                yield m, "participatesIn", event, rule
                k = ms.index(m) - 1
                while k >= 0 and is_org(ms[k]) and c.gap(ms[k], ms[k + 1]) in NAME_JOINERS:
                    yield ms[k], "participatesIn", event, rule
                    k -= 1
                if k >= 0 and c.gap(ms[k], ms[k + 1]) not in NAME_JOINERS:
                    for body in _listed_past_missed_items(c, ms[k + 1]):  # A、B、六盘水某学院、C获…奖
                        yield body, "participatesIn", event, rule
            continue
        honour = _honour().match(text, m.end, c.sentence.end) if m.type == "Person" else None
        if honour is not None and not c.names_an_event and (won_in := _contest_won_in(c)) is not None \
                and _honours_its_own(c, won_in) and not _won_elsewhere(c, honour, won_in) \
                and _honoured_here(c, honour, won_in, person=True):
            # 安全员李某、钢筋工何某当选本季度“安全之星” in the report of a labour competition: each of the list
            for q in (*listed_before(c, i), m):
                yield q, "participatesIn", won_in, "person-honoured-in-this-event"
            continue
        # 李克强在今天召开的…座谈会上指出: a speaker at the meeting named in the same clause
        at = _AT_NAMED_EVENT.match(text, m.end, c.sentence.end)
        if at:
            inside = [e for e in c.events() if e.start >= m.end and e.end == at.end(1)]
            if inside:
                yield m, "participatesIn", inside[0], "person-speaks-at-event"
                continue
            main = c.main_event
            kind = _THIS_KIND.fullmatch(at.group(1))
            if main is not None and kind is not None and main.name.endswith(kind.group("kind")) \
                    and not c.names_an_event:
                yield m, "participatesIn", main, "person-speaks-at-this-event"  # 王立在表彰大会上说
                continue
            if main is not None and kind is not None and _OWN_CEREMONY.fullmatch(kind.group("kind")) \
                    and main.end <= c.sentence.start and not main.congress and not c.names_an_event \
                    and _ceremony_of_main(c, main, kind.group("kind")):
                # 某某在结业仪式上说 in the report of a class: the ceremony that opens or closes the
                # event reported is part of it
                yield m, "participatesIn", main, "person-speaks-at-this-event"
                continue
            if kind is not None and len(kind.group("kind")) >= 3 and not c.names_an_event:
                # 律师某在恳谈会上逐一解答, the 恳谈会 named just before (not the report's main event): the
                # one event of that kind the article names before this sentence
                earlier = one_named_before(c, c.sentence.start, kind.group("kind"))
                if earlier is not None:
                    yield m, "participatesIn", earlier, "person-speaks-at-event-named-before"
                    continue
        # 在第十二届上海市职工职业技能大赛中获得焊工项目第一名
        gives = GIVES_AWARDS.match(text, m.end, c.sentence.end) or _GIVES_PLAQUES.match(text, m.end, c.sentence.end)
        if gives is not None and gives.groupdict().get("unveils") and not _unveils_honours(c, m):
            gives = None
        before = [e for e in c.events() if e.end <= m.start]
        if gives is not None and before and not before[-1].congress:
            # 举行“最美职工”颁奖典礼，市总工会主席林志远为获奖者颁奖: one who hands out the awards
            # at the ceremony the sentence names before
            yield m, "participatesIn", before[-1], "hands-out-awards-at-event"
            for q in listed_before(c, i):  # 总经理王立华、工会主席陈海涛为获奖选手颁奖: each of the list
                yield q, "participatesIn", before[-1], "hands-out-awards-at-event"
            continue
        main = c.main_event
        if gives is not None and m.type == "Person" and main is not None and not main.congress \
                and main.canonical is None and not c.names_an_event and _AWARDING_EVENT.search(main.name) \
                and not (at_event is not None and at_event.group("ceremony")
                         and _one_ceremony_for_another(main.name, at_event.group("ceremony"))):
            # 区总工会举办…颁奖仪式。区总工会主席李明为获奖选手颁奖。: at the named ceremony reported
            # (not a bare 颁奖典礼 the article names by its kind alone: a scoped label, no name)
            if done_at_another_time(c, main, m, gives.start()) or _only_ahead(c, main) or _only_a_modifier(c, main):
                continue  # (2019年，时任市总工会主席某为…授牌: an earlier ceremony; 开赛前: not yet held)
            for q in (*listed_before(c, i), m):
                yield q, "participatesIn", main, "hands-out-awards-at-this-event"
            continue
        # (not 王建国向获得…的运动员颁奖: the one who hands the award out: meeting_roles)
        won = _AWARD.search(text, m.end, c.sentence.end) if gives is None else None
        if won and _tells_then(c, m, won.start()):
            won = None  # (某介绍，…对获奖成果给予奖励: what the person tells, no award of theirs)
        if won:
            inside = [e for e in c.events() if m.end <= e.start < won.start() and text[e.end : e.end + 1] in ("中", "上")]
            opener = _IN_EVENT_OPENER.match(text, c.sentence.start, m.start) if not inside else None
            if opener and c.clause_of(m)[0] == opener.end():  # 在…大赛中，王建国获得…
                inside = [e for e in c.events() if e.end == opener.end(1)]
            if not inside:
                # 第三届职工象棋比赛在某中心落幕，…，某公司职工王建国获得冠军: the one event the
                # sentence opens with, held or closed, is where the person won (as a body above)
                # (the award right after the name, as a body's: not 某说，获得冠军的选手…, 某曾在…获得)
                opened = [e for e in c.events() if e.end <= m.start]
                if len(opened) == 1 and _OPENED_OR_CLOSED.match(text, opened[0].end, m.start) \
                        and c.clause_of(m)[0] > opened[0].end and _WINNER_GAP.fullmatch(text, m.end, won.start()):
                    inside = opened
            if inside:
                yield m, "participatesIn", inside[0], "person-wins-in-event"
            elif (won_in := _contest_won_in(c)) is not None and not c.names_an_event \
                    and not _won_elsewhere(c, won, won_in):
                yield m, "participatesIn", _campaign_of_its_meeting(c, won_in, won, m) or won_in, "person-wins-in-this-event"
            continue
        if gives is None and (best := _BEST_OF_THE_CONTEST.search(text, m.end, c.sentence.end)) is not None \
                and not _tells_then(c, m, best.start()) \
                and _best_is_the_persons(c, i, best.start()) \
                and not c.names_an_event and (won_in := _contest_won_in(c)) is not None \
                and won_in.name.endswith(_CONTEST) and not _won_elsewhere(c, best, won_in):
            # 某代表队队员某某获评“最佳答题手”, …获评本届比赛最有价值球员 in the report of a contest:
            # a contest's own title for its best player is won in it (a title of no contest is none)
            yield m, "participatesIn", won_in, "person-wins-in-this-event"
            continue
        # 赵洪祥也做了发言 in the report of a meeting: a speaker took part (so did the names listed before)
        if _speaks_at_the_reported_meeting(c, m):
            yield m, "participatesIn", c.main_event, "speaker-at-this-meeting"
            for p in listed_before(c, ms.index(m)):
                yield p, "participatesIn", c.main_event, "speaker-at-this-meeting"
            continue
        # 县人社局股长孙海波解读了工伤保险政策 in the report of a meeting or ceremony: a presenter took part
        if _presenter_at_the_reported_gathering(c, m):
            for p in (*listed_before(c, ms.index(m)), m):
                yield p, "participatesIn", c.main_event, "presenter-at-this-gathering"
            continue
        # 会上，A与B…; A在会上表示. After an opening 会上，/活动中，the events named after the person
        # are what the person does there (活动中，A为职工开设“某某”讲座): the clause is still at the event
        opened_at = at_event is not None and (c.clause_of(m)[0] <= c.sentence.start + at_event.end() + 1
                                              or _later_clause_at_event(c, c.sentence.start + at_event.end(), m))
        if c.main_event is not None and (not c.names_an_event
                                         or opened_at and all(e.start >= m.end for e in c.events())):
            if opened_at and _subject_or_joined_to_it(c, i) and not _will().match(text, m.end):
                # (the person does what the clause tells, its subject or listed with it: not 会上，某某
                # 通报了王芳获奖的情况, 与会人员观看了劳模王铁成的事迹短片: a person talked about)
                # (此次活动中，: the event of that kind named last; none named, no telling which)
                generic = _SAID_KIND.match(at_event.group())
                kind = at_event.group("kind") or (generic.group(1) if generic else None)
                if at_event.group("pointing"):
                    pointed = recent_event(c, c.sentence.start + at_event.start("pointing"))
                elif kind:
                    # (会上，座谈会上，仪式上，: the report's event of that kind, else the one named before;
                    # none, or two, no telling which: event_of_its_kind)
                    pointed = event_of_its_kind(c, kind, c.sentence.start)
                else:
                    pointed = c.main_event
                if at_event.group("ceremony") and _one_ceremony_for_another(c.main_event.name, at_event.group("ceremony")):
                    pointed = None  # (…开班仪式 reported, 结业仪式上，: the class's close, no part of its opening)
                if pointed is not None:
                    yield m, "participatesIn", pointed, "person-at-this-event"  # 会上，A与B分别…
            elif _AFTER_TIME.sub("", after).startswith(("在会上", "到会")) and (
                    not c.main_event.name.endswith(("会", "会议")) or c.main_event.name.endswith(NO_MEETING)):
                # 徐寅生在会上做动员讲话 in the report of a games: the 会 is a meeting named before, if one is
                meeting = _last_meeting_before(c, m.start)
                if meeting is not None:
                    for q in _came_to_it(c, m, i, after):
                        yield q, "participatesIn", meeting, "person-at-this-event"
            elif _AFTER_TIME.sub("", after).startswith(("在会上", "在仪式上", "在活动中", "在现场", "到会", "出席")):
                for q in _came_to_it(c, m, i, after):
                    yield q, "participatesIn", c.main_event, "person-at-this-event"
            elif _ON_THE_SPOT.match(_AFTER_TIME.sub("", after)) and c.main_event.end <= c.sentence.start:
                # 求职者某某、某某当场与该公司签订了意向协议 in the report of a job fair: on the spot, at the
                # event, each of the list; not a spot of another time (2019年，工友某某当场为其实施心肺复苏)
                if not _on_the_spot_at_another_time(c, m):
                    for q in (*listed_before(c, i), m):
                        yield q, "participatesIn", c.main_event, "person-on-the-spot"
            elif (led := _LEADERS_ETC.match(c.text, m.end, c.sentence.end)) is not None \
                    and c.text.startswith(("到会", "莅临", "出席"), led.end()):
                # 县委书记甲，县长乙，县人大常委会主任丙等县领导到会祝贺: each of the list is at the meeting
                listed = _leaders_listed(c, m, listed_before(c, i))
                if not _INSTRUCTED.search(c.text, c.sentence.start, listed[0].start):
                    for q in listed:
                        yield q, "participatesIn", c.main_event, "person-at-this-event"


@functools.lru_cache(maxsize=1)
def _said() -> re.Pattern[str]:
    """Verbs of saying or telling (``said_verbs.txt``): a clause after one reports what was said
    (会上，甲指出，乙…), no one at the event."""
    return re.compile("|".join(re.escape(r[0]) for r in _rows("said_verbs.txt") if r and r[0]))


@functools.lru_cache(maxsize=1)
def _will() -> re.Pattern[str]:
    """Right after the person: what is to be done (决赛中，某将为冠军队颁奖: not done yet); not 将 as 把, an
    object then a verb handing it over (某将奖杯颁发给冠军队, 将锦旗送到…手中: done), the object no
    preposition or adverb of a verb to come (将为冠军队送上奖杯, 将于赛后发放到位, 将陆续送到): the words
    of ``handing_over_words.tsv``."""
    words = words_by_kind("handing_over_words.tsv", ("verb", "to", "after_will"))
    verb, to, after_will = ("|".join(map(re.escape, words[k])) for k in ("verb", "to", "after_will"))
    return re.compile(r"(?:也|还)?(?:即将|将要|将(?!近)(?!(?!(?:" + after_will + r"))"
                      r"[^，。；、将把]{1,8}?(?:" + verb + r")[\u4e00-\u9fff]?(?:" + to + ")))")
#: the heads of an event's name a stage or session may follow (…篮球赛|决赛, …运动会|开幕式, …大会|预备会)
_PART_OF = ("赛", "会", "节", "班", "动", "堂", "式", "典")


def _names_a_part(name: str, part: str) -> bool:
    """Whether an event's ``name`` is named by ``part``: its end (…篮球赛决赛: 决赛), or one of the
    events it joins by 暨, perhaps sharing the last one's head (…讲堂暨…仪式: 讲堂; …发布暨表彰会: 发布会)."""
    if name.endswith(part):
        # (the event's kind, 联谊会上 of …新年联谊会, 晚会上 of …文艺晚会: its own head; a stage after the
        # event's own name, 篮球赛|决赛; not a short end of another stage's name, 决赛 of 篮球赛半决赛)
        return len(part) >= 3 or len(name) == len(part) or name[: -len(part)].endswith(_PART_OF) \
            or part in load_lexicons().event_heads
    joined = name.split("暨")
    if len(joined) < 2:
        return False
    head = joined[-1][-1]
    return any(p.endswith(part) or part.endswith(head) and p.endswith(part[:-1]) for p in joined[:-1])


#: between a person and a title that is not theirs: that year (当年获评…: a title of a contest long past)
_NOT_THEIR_BEST = re.compile(r"当年|那年")
#: right after the person, a 的 that makes the person a modifier of another noun (某的徒弟, 某带出的徒弟获评…:
#: the title is the apprentice's); not a 的 inside the means the person won by (某凭借稳定的发挥获评)
_MODIFIES_A_NOUN = re.compile(r"(?!凭借|凭着|凭|以|通过|依靠|靠|在|经过|由于|因|用)[^，。；的]{0,6}的")


def _best_is_the_persons(c: Context, i: int, best_at: int) -> bool:
    """Whether the best player's title at ``best_at`` is the person's at ``i``, or of the list it opens
    (甲和乙分别获评…): no other person between, the person no modifier of another noun (甲带出的徒弟),
    and not told of another year (当年)."""
    ms, k = c.mentions, i
    while k + 1 < len(ms) and ms[k + 1].type == "Person" and c.gap(ms[k], ms[k + 1]) in NAME_JOINERS:
        k += 1  # (甲和乙分别获评“最佳发球手”和“最佳二传手”: each of the list)
    if any(o.type == "Person" for o in ms[k + 1 :] if o.start < best_at):
        return False
    return _NOT_THEIR_BEST.search(c.text, ms[k].end, best_at) is None \
        and _MODIFIES_A_NOUN.match(c.text, ms[k].end, best_at) is None


def _unveils_honours(c: Context, m: Mention) -> bool:
    """Whether one who unveils plaques after ``m`` (为新命名的创新工作室揭牌) hands out the honours of
    the event: the one named before in the sentence, else the main event, a commendation (_HONOURS_EVENT)."""
    before = [e for e in c.events() if e.end <= m.start]
    event = before[-1] if before else c.main_event
    return event is not None and _HONOURS_EVENT.search(event.name) is not None


def _tells_then(c: Context, m: Mention, award_at: int) -> bool:
    """Whether the person ``m`` says or tells something before the award at ``award_at`` (某介绍，…获奖):
    the verb of saying in the person's own clause; another's (…，裁判长某认为，她…获得一等奖) leaves the
    award to the person."""
    says = _SAYS_THEN.search(c.text, m.end, award_at)
    return says is not None and says.start() < c.clause_of(m)[1]


def _one_ceremony_for_another(name: str, ceremony: str) -> bool:
    """Whether the event reported, ``name``, is itself a ceremony other than ``ceremony`` (…开班仪式
    reported, 结业仪式上: the close of the class is no part of its opening); a ceremony named by either half
    of a 暨 name, sharing the last one's head, is the one reported (…项目启动暨授牌仪式, 启动仪式上)."""
    if not name.endswith("式"):
        return False
    short = ceremony.replace("仪式", "式")
    *firsts, last = name.split("暨")
    head = "仪式" if last.endswith("仪式") else "式"
    return not any(n.endswith((ceremony, short)) for n in [last] + [f + head for f in firsts] + firsts)


def _later_clause_at_event(c: Context, opening_end: int, m: Mention) -> bool:
    """Whether ``m`` opens a later clause of a sentence that opens at the event (仪式上，312名骑手集体
    入会，骑手代表甲领读入会誓词): the sentence still tells what was done there, unless a clause before
    says or tells something (会上，甲通报了…，乙…: what was told of others)."""
    start, end = c.clause_of(m)[:2]
    return start > opening_end and not _said().search(c.text, opening_end, start) \
        and not _arrives_to_deal().search(c.text, m.end, end)


@functools.lru_cache(maxsize=1)
def _arrives_to_deal() -> re.Pattern[str]:
    """One who arrives to deal with something (活动中一名老人晕倒，民警某迅速到场处置): came from outside,
    no one taking part (``arrival_words.tsv``: arrives; its attends, 到场见证, 到场指导, are attending:
    _ATTEND_VERBS)."""
    kinds = words_by_kind("arrival_words.tsv", ("arrives", "attends"))

    def alone(word: str) -> str:
        rests = [re.escape(a[len(word):]) for a in kinds["attends"] if a.startswith(word) and a != word]
        return re.escape(word) + (f"(?!{'|'.join(rests)})" if rests else "")
    return re.compile("|".join(alone(w) for w in kinds["arrives"]))


def _subject_or_joined_to_it(c: Context, i: int) -> bool:
    """Whether the person at ``i`` is its clause's subject, or joined to it by 、/和/与 (and titles:
    会上，主席甲、副主席乙分别讲话), the ones who do what the clause tells."""
    ms = c.mentions
    k = i
    while k > 0:
        if ms[k - 1].type == "Person" and (j := re.match(r"[、和与及]", c.gap(ms[k - 1], ms[k]))) \
                and (c.gap(ms[k - 1], ms[k])[j.end() :] == "" or only_titles(c.gap(ms[k - 1], ms[k])[j.end() :])):
            k -= 1
        elif k > 1 and is_org(ms[k - 1]) and ms[k - 2].type == "Person" and c.gap(ms[k - 2], ms[k - 1]) in NAME_JOINERS \
                and only_titles(c.gap(ms[k - 1], ms[k])):
            k -= 2  # 会上，某市总工会主席甲与某区总工会主席乙签订了…: joined with the body of its title
        else:
            break
    if c.is_subject(ms[k]):
        return True
    # (中国人民大学某, 志愿队律师某, 来自某律师事务所的志愿者律师某: bodies and titles alone before it)
    start = c.clause_of(ms[k])[0]
    lead = "".join(c.text[a:b] for a, b in _outside_orgs(c, start, ms[k].start))
    lead = re.sub(r"^来自[^，。；：]{0,30}?的", "", lead)
    if _CLAUSE_IN_LEAD.search(lead):
        return False  # (代表们观看了|股长某某…: a clause whose object the titled person is, not its subject)
    return lead == "" or only_titles(lead) or _DELEGATE_OF_A_KIND.fullmatch(lead) is not None


#: in the words before a titled name, a clause of another subject (代表们观看了县人社局股长某某…)
_CLAUSE_IN_LEAD = re.compile(r"了|们")


#: a delegate of a kind of people introducing a name (骑手代表, 新会员代表, 职工代表): who the person is
_DELEGATE_OF_A_KIND = re.compile(r"[\u4e00-\u9fff]{1,4}代表")


def _outside_orgs(c: Context, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of ``start``–``end`` outside the organisations named there."""
    spans, at = [], start
    for m in c.mentions:
        if is_org(m) and start <= m.start and m.end <= end:
            spans.append((at, m.start))
            at = m.end
    return [*spans, (at, end)]


def _last_meeting_before(c: Context, at: int) -> Mention | None:
    """The last meeting (an event whose name ends in 会 or 会议, no congress) the article names
    before ``at``, else None."""
    found = [e for e in c.article.mentions if e.type == "Event" and e.end <= at
             and e.name.endswith(("会", "会议")) and not e.name.endswith(NO_MEETING) and not e.congress]
    return found[-1] if found else None


def _came_to_it(c: Context, m: Mention, i: int, after: str) -> list[Mention]:
    """The person at ``i`` and, when the verb after it is 到会 (到会指导, 到会见证签约), each leader
    of the list it closes (区总工会副主席甲，区人社局副局长乙到会指导: the verb is the whole list's,
    as 等县领导到会 is); not under an instruction (要求甲、乙到会)."""
    if not _AFTER_TIME.sub("", after).startswith("到会"):
        return [m]
    listed = _leaders_listed(c, m, listed_before(c, i))
    return [m] if _INSTRUCTED.search(c.text, c.sentence.start, listed[0].start) else listed


def _leaders_listed(c: Context, last: Mention, before: list[Mention]) -> list[Mention]:
    """The leaders of a list that ends at ``last``, in order: back while 、 joins two names, or a
    comma and the next one's title (县委书记甲，县长乙); a bare comma ends a clause (会见了劳模代表甲，乙等)."""
    out = [last]
    for q in before:
        gap = c.text[q.end : out[0].start]
        if "、" not in gap and not (gap[:1] in "，," and len(gap) > 1):
            break
        out.insert(0, q)
    # a clause before a comma joins the list only when its names are its subject (县委书记甲，县长乙等);
    # the object of a verb is no leader listed (大会缅怀了…车间主任甲，车间党支部书记乙到会)
    while not c.is_subject(out[0]) and (cut := _next_clause(c, out)) < len(out):
        out = out[cut:]
    return out


def _next_clause(c: Context, listed: list[Mention]) -> int:
    """The index in ``listed`` of the first name after the comma that closes the first name's clause."""
    for k in range(1, len(listed)):
        if "、" not in c.text[listed[k - 1].end : listed[k].start]:
            return k
    return len(listed)


#: an instruction before a list of leaders (要求，甲等县领导到会指导; 将): no one is said to have come
_INSTRUCTED = re.compile(r"要求|[将要][^，。；]{0,4}$")
#: after the last name of a list: 等 and the kind of people listed (等县领导, 等市领导同志, 等领导)
_LEADERS_ETC = re.compile(r"等(?:[省市县区镇乡]|[0-9０-９一二三四五六七八九十]+位)?(?:领导|领导同志|负责同志)(?:也|还|一同|专程)?")
#: right after a person: what the person does on the spot (当场为她办理了…, 当场与6名学员签订了…), the
#: spot the event's; not what befalls one there (当场死亡, 当场昏倒, 被当场抓获)
_ON_THE_SPOT = re.compile(r"当场(?:就)?(?:为|与|向|给|和|同|签订|签下|办理|解答|答复|受理|表态|拍板|捐)")
#: a time or an adverb before what a person does (今天在会上传达…); the capacity one speaks in
#: (作为职工代表在会上发言)
_AFTER_TIME = re.compile(r"^(?:今天|昨天|当天|当日|随后|接着|也|还|又|上午|下午|晚上|作为[^，。；、]{1,8}?代表(?=在会上))+")
#: the verbs of attending (到场见证, 到场指导: present at the scene, for what they came to do; 到场 alone
#: may be arriving to deal with an incident: 迅速到场处置)
_ATTEND_VERBS = r"出席|参加|参与|列席|观看|观摩|到场(?:见证|指导|祝贺|助阵|(?=为|并|[，。]))"
_ATTEND = re.compile(r"(?:等(?:领导|同志|负责同志|人)?)?(?:也|还|分别|一同|一起|先后|都)?(?:" + _ATTEND_VERBS + r")(?:了)?")
#: between a leader and those led to an event: 带领徒弟, 率领队员 (then their names)
_LEADS = re.compile(r"(?:亲自|还|也)?(?:带领|率领|带着|率)(?:着)?(?:徒弟|队员|学员|选手|工友|同事|职工|弟子|团队成员)?")
#: the verb every match of _ATTEND holds (a search for it skips the optional words before it)
_ATTEND_VERB = re.compile(_ATTEND_VERBS)


#: a preposition (or 代表) right before a place that is said of the subject: 代表南岭县出席
_PLACE_ADVERBIAL = re.compile(r"(?:代表|在|从|赴|到|去|来|前往|赶赴|来自)$")
_LIST_JOINERS = re.compile(r"^(?:[、，,和与及]|以及)?$")


#: 出席今天茶话会的领导同志有：A、B…; 参加会议的还有 A: who attended, listed after the verb
_ATTENDED_BY = re.compile(r"(?:出席|参加|列席)(?:了)?(?P<obj>[^，。；：、]{0,24}?)的(?:领导同志|领导人|领导|嘉宾|老同志|同志|人员|来宾)?"
                          r"(?:还)?有[：:]?")


#: after what was attended: the clause describes a noun (出席会议的代表, 出席会议代表)
_ATTRIBUTIVE = re.compile(r"的(?!领导同志有|同志有|还有|有)|代表|人员|嘉宾|同志")


#: the end of a headline line after 出席: nothing, or a bracketed note (（附图片２张）)
_HEADLINE_TAIL = re.compile(r"(?:了)?(?:[（(][^）)]{0,12}[）)])?\s*$")


#: the lead opens with the meeting it reports: X会议今天(下午)在京举行
_LEAD_HELD = re.compile(HELD_DAY + HELD_WHERE + r"(?:召开|举行|举办|开幕|启动|闭幕|落下帷幕|落幕)")
#: … its venue written at length (在剑池街道某某产业园党群服务中心举行)
_LEAD_HELD_AT_LENGTH = re.compile(HELD_DAY + r"(?:上午|下午|晚上)?在[^，。；：、\s]{1,30}?(?:隆重)?"
                                  r"(?:召开|举行|举办|开幕|启动|闭幕|落下帷幕|落幕)")
#: …会议，于一九九八年一月二十日至二十二日在北京举行: the lead's event, a comma, then when and where it was held
_COMMA_HELD = re.compile(r"[，,](?:今天|今日|昨天|昨日|日前|近日)?(?:于)?(?:[0-9０-９一二三四五六七八九十〇○]{1,4}[年月日号]"
                         r"(?:至|到|—|－|-)?)*" + HELD_WHERE + r"(?:召开|举行|开幕)")
#: 参加了座谈会, 出席茶话会: a meeting named by its kind alone (then no name of its own follows)
_KIND_OF_MEETING = re.compile(r"(?:了)?(?P<kind>座谈会|茶话会|团拜会|报告会|研讨会|招待会|联欢会|表彰会|全会)(?=[，。；！并,]|$)")
#: 出席(了)活动: a bare word for the activity the report opens with (a meeting is 会议, not 活动)
_BARE_ACTIVITY = re.compile(r"(?:了)?(?:活动|仪式)(?=[，。；！并,]|$)")
#: a lead's first clause up to its event: the organisers' relative clause (由A、B主办，C承办的; A主办、
#: B承办的), the event its subject
_ORGANISED_BY_LEAD = re.compile(r"由?(?:[^，。；：]{2,40}?(?:联合|共同)?(?:主办|承办|协办)[，、])*"
                                r"[^，。；：]{2,40}?(?:联合|共同)?(?:主办|承办|协办|举办)的")
#: 出席(了)会议 / 大会 / 会: a bare word for a meeting, not a kind of one
_BARE_MEETING = re.compile(r"(?:了)?(?:会议|大会|会)(?![员场所址议])")


def _reported_meeting(c: Context, at: int) -> Mention | None:
    """The meeting the report opens with (its lead's first clause: 政协…主席会议今天下午在京
    举行), for a bare 出席了会议 later in that report when the meetings named just before are
    several (the business it heard: 听取了…常委会议…的汇报) and this sentence names none; and the
    event of any kind the report so opens with (11月20日，…签约仪式在…举行) for a 出席 with no
    object at all (区总工会主席黄丽华出席并讲话)."""
    bare = _BARE_MEETING.match(c.text, at)
    kind = _KIND_OF_MEETING.match(c.text, at) if not bare else None  # 参加了座谈会: the lead's, of that kind
    activity = _BARE_ACTIVITY.match(c.text, at) if not (bare or kind) else None  # 出席活动: the lead's activity
    if not (bare or kind or activity or _NO_OBJECT.match(c.text, at)) or c.names_an_event:
        return None
    art = c.article
    # (a line below the title with no full stop at its end is a headline, not the lead: 李瑞环主持审议通过…草案等)
    lead = next((s for s in art.sentences if s.end > art.body_start and s.start >= art.body_start
                 and s.text.rstrip().endswith(_SENTENCE_ENDS)), None)
    line = c.text.rfind("\n", 0, c.sentence.start) + 1
    if _opens_a_brief(c.text, line):
        # a page of briefs (▲12月5日，某总工会举办…。区总工会副主席王某出席。): each brief's own lead; a
        # marked line that opens with this sentence (▲某副主席李某出席并讲话。, a photo's caption) has
        # none: the article's lead, when no brief is marked above it
        own = next((s for s in art.sentences if line <= s.start < c.sentence.start or s.start < line < s.end), None)
        if own is not None:
            lead = own
        elif any(_opens_a_brief(c.text, at + 1) for at in _line_breaks(c.text, art.body_start, line - 1)):
            return None
    if lead is None or lead.end > c.sentence.start:
        return None
    opening = _LEAD_OPENING.match(c.text, lead.start)
    first_clause = opening.end() if opening is not None else lead.start
    for e in art.mentions:
        if lead.start <= e.start < lead.end and e.type == "Event" and not e.congress:
            if not (bare or kind) and "出席" in c.text[at - 3 : at] and _held_by_lead_subject(c, lead, first_clause, e):
                return e  # 某区总工会在某地举办某活动。|区总工会副主席王某出席。
            if "，" in c.text[first_clause : e.start] and not _LEAD_OPENING.fullmatch(c.text, lead.start, e.start) \
                    and not _ORGANISED_BY_LEAD.fullmatch(c.text, first_clause, e.start):
                break  # not the first clause's subject (王建国说，…会议在京举行; but 11月20日，… is, and
                # 由A主办，B承办的…会议 is that clause's subject named with its organisers)
            held = _LEAD_HELD.match(c.text, e.end, lead.end) or _COMMA_HELD.match(c.text, e.end, lead.end) \
                or _LEAD_HELD_AT_LENGTH.match(c.text, e.end, lead.end)
            # …今天在京召开新闻工作座谈会: the lead's body holds the event, its object (no comma before it)
            # (only for 出席会议 or a kind: 出席并讲话 alone keeps to a lead whose subject is the event; and
            # only when the lead names no other event: 召开换届大会，随后召开经验交流会 leaves 会议 open)
            # (after the lead's dateline and date: 11月27日，某总工会召开…会议)
            convened = (bare or kind) and "，" not in c.text[first_clause : e.start] \
                and _CONVENED_BEFORE.search(c.text, first_clause, e.start) \
                and not any(o.type == "Event" and o.key != e.key and not o.congress and lead.start <= o.start < lead.end
                            for o in art.mentions)  # (a meeting cited for its spirit is none held: 传达…会议精神)
            if kind is not None and not e.name.endswith(kind.group("kind")):
                break
            if activity is not None and (e.name.endswith(("会", "会议")) if activity.group().endswith("活动")
                                         else not e.text.endswith(("仪式", "典礼"))):
                break  # 出席活动 is no meeting's; 出席仪式 a ceremony's
            # (a meeting joined to another name by 暨 is one: 党组会议暨…第六次集体学习)
            if (held is not None or convened) and (e.name.endswith(("会", "会议")) or "会议暨" in e.name or not bare):
                return e
            break  # only the lead's first event, as its subject or the object of its holding
    return None


#: a byline's report mark and a time before a lead's first clause (记者某某报道：今天上午，)
_REPORTED_THEN_WHEN = re.compile(r"(?:[^，。；：:“”]{0,30}?报道[：:])?\s*(?:(?:今天|昨天|日前|近日|当天)(?:上午|下午|晚上|晚)?[，,])?")
#: a verb of holding before an event, perhaps a word of who it is for between (举办女职工“…”活动)
_HOLDS_BEFORE = re.compile(r"(?:隆重)?(?:举行|召开|举办|开展|启动)(?:了)?[\u4e00-\u9fff]{0,4}$")


def _held_by_lead_subject(c: Context, lead, first_clause: int, e: Mention) -> bool:
    """Whether the lead's first clause (after its dateline and date) is a body holding ``e``
    (区总工会在职工文化宫举办…活动), the lead names no other event, and this sentence follows the
    lead right after it: a bare 出席 (王某出席。, 出席并讲话) there attends that event."""
    text = c.text
    # (a byline's 记者某某报道： and a time, 今天上午，, may open the lead before its first clause)
    first_clause += len(_REPORTED_THEN_WHEN.match(text, first_clause, e.start).group())
    if "，" in text[first_clause : e.start] or not _HOLDS_BEFORE.search(text, first_clause, e.start):
        return False
    # the clause opens with its subject: a body (区总工会), or a person after a title chain
    # (全国政协副主席、某商会会长马某举行春节团拜会)
    inside = [m for m in c.article.mentions if first_clause <= m.start < e.start]
    if not inside or inside[0].start != first_clause or not (
            is_org(inside[0]) or all(is_org(m) or m.type in ("Person", "Place") for m in inside)
            and any(m.type == "Person" for m in inside)):
        return False
    if any(o.type == "Event" and o.key != e.key and lead.start <= o.start < lead.end for o in c.article.mentions):
        return False
    between = text[lead.end : c.sentence.start].strip()
    # (or with only the event's organisers said between: 竞赛由某工会、某部联合主办，某段承办。; or
    # sentences that go on about it by its kind, naming no event: 会议通报了…，某某作交流发言。)
    return not between or _ORGANISERS_SENTENCE.fullmatch(between) is not None or _GO_ON_ABOUT_IT.fullmatch(between) \
        is not None and not any(m.type == "Event" and lead.end <= m.start < c.sentence.start for m in c.article.mentions)



#: a sentence that tells another occasion than the event named before: a party's visit (某某一行来到…,
#: 随后走访…), a time after or before it (会后, 此前, 去年), one to come (将)
_ANOTHER_OCCASION = re.compile(r"一行|来到|走进|走访|深入|前往|看望|慰问|调研|视察|考察|参观|随后|之后|会后|会前|活动前"
                               r"|结束后|此前|之前|以前|去年|前年|往年|上月|上个月|曾|将|明年|下一步")


def _carried_to_bare_attend(c: Context, verb: re.Match) -> Mention | None:
    """For a bare 出席 (王某出席。, 出席并讲话) in a sentence naming no event: the one event the last
    sentence naming any event holds (某总工会在某地举办某培训班。, …签约仪式在某地举行。), when that
    sentence is in this paragraph and the sentences between and this one before the verb say no other
    occasion (某某一行来到…, 会后, 去年). Counted over the union and PFR development sets (stop 44): of
    60 such 出席 after one event named, 58 attend it by the gold; the two others name an occasion of
    their own (捐赠仪式在…举行，某某出席), which stops this. Example: 12月4日，某区总工会在职工文化宫举办
    技能展示活动。60名女职工进行了展示。副主席孙丽华出席。 (孙丽华 attends the 技能展示活动)"""
    text = c.text
    if "出席" not in verb.group() or not _BARE_ATTEND.match(text, verb.end(), c.sentence.end) \
            or any(m.type == "Event" for m in c.mentions) or _ANOTHER_OCCASION.search(text, c.sentence.start, verb.start()):
        return None
    # The sentence of the last event named before this one, found by bisection (a walk back over
    # every sentence made a long paragraph of 出席 sentences quadratic), within this paragraph of the
    # body and at most _CARRY_REACH sentences back.
    events = c.article_events
    event_starts = c.once("article_event_starts", lambda: [m.start for m in events])
    last = bisect.bisect_left(event_starts, c.sentence.start) - 1
    if last < 0:
        return None
    sentences = c.article.sentences
    starts = sentence_starts(c.article)
    k = bisect.bisect_left(starts, c.sentence.start)
    j = bisect.bisect_right(starts, events[last].start) - 1
    if j < 0 or k - j > _CARRY_REACH:
        return None
    s = sentences[j]
    if s.start < c.article.body_start or text.find("\n", s.end, c.sentence.start) >= 0:
        return None  # (only within this paragraph of the body; a headline is no sentence of the report)
    if any(_ANOTHER_OCCASION.search(text, b.start, b.end) for b in sentences[j + 1 : k]):
        return None  # (某某一行来到…, 会后, 去年 in a sentence between: another occasion)
    e = the_one(events[bisect.bisect_left(event_starts, s.start) : last + 1])
    if e is None or is_bare(e.key):
        return None
    # in the sentence's first clause after its dateline and date (not what one said: 王某说，…会在某地召开;
    # 由A主办的…会 is that clause's subject named with its organisers)
    opening = _LEAD_OPENING.match(text, s.start)
    first = opening.end() if opening is not None else s.start
    first += len(_REPORTED_THEN_WHEN.match(text, first, e.start).group())
    if "，" in text[first : e.start] and not _ORGANISED_BY_LEAD.fullmatch(text, first, e.start):
        return None
    # held there: a body holds it (某总工会在某地举办…), or it is held (…仪式在某地举行)
    held = _HOLDS_BEFORE.search(text, first, e.start) or _LEAD_HELD.match(text, e.end, s.end) \
        or _LEAD_HELD_AT_LENGTH.match(text, e.end, s.end) or _COMMA_HELD.match(text, e.end, s.end)
    return e if held is not None else None


#: how many sentences back a bare 出席 reaches for the event held (the gold counts of stop 44 found
#: such attendance up to three sentences after the event's, all in its paragraph)
_CARRY_REACH = 6

#: at most two sentences that open by referring back to the lead's event (会议通报了…。会上，…。)
_GO_ON_ABOUT_IT = re.compile(r"(?:(?:会议|大会|会上|仪式上|活动中|会议期间|与会人员|与会代表)[^。；！？\n]{2,120}[。！]){1,2}")


#: a sentence naming only who organises the event the lead opened (竞赛由A、B联合主办，C承办。)
_ORGANISERS_SENTENCE = re.compile(r"(?:本次|此次|本届)?[一-鿿]{0,6}由[^。；]{2,80}?(?:主办|承办|协办)(?:[，,][^。；]{2,40}?(?:主办|承办|协办))*。")


#: the marks that end a sentence (a headline line ends with none: 李瑞环主持审议通过议程草案等)
_SENTENCE_ENDS = ("。", "！", "？", "；")
#: 出席 with no object: the clause goes on with another verb or ends (出席并讲话, 出席。)
_NO_OBJECT = re.compile(r"(?:了)?(?:并|[，。；！])|(?<=到场)为")


def _line_breaks(text: str, start: int, end: int) -> Iterator[int]:
    """The offsets of the line breaks in ``text[start:end]`` (and ``start - 1``: the body's first line)."""
    yield start - 1
    at = text.find("\n", start, end)
    while at >= 0:
        yield at
        at = text.find("\n", at + 1, end)


#: the marks that open each brief of a page of briefs or photo captions (a digest's item opens with
#: the bracketed tag of the place or unit it is from instead: 【某县】12月1日，)
_BRIEF_MARKS = ("▲", "△")


def _opens_a_brief(text: str, at: int) -> bool:
    """Whether a brief opens at ``at`` (a line's start): a brief's mark or a digest item's tag of
    its place or unit (【南岭县】; a column's label, 【会场花絮】, is a part of the same report)."""
    if text.startswith(_BRIEF_MARKS, at):
        return True
    tag = ITEM_TAG.match(text, at)
    return tag is not None and tags_a_place_or_unit(tag.group(1), load_lexicons())


#: what may open a lead before its subject: the dateline and its byline, then a date (本报讯（记者
#: 某某）11月20日，), or a date alone
_LEAD_OPENING = re.compile(r"(?:[" + "".join(_BRIEF_MARKS) + r"][ \u3000]*)?(?:\*\*[^*\n]{1,12}\*\*[ \u3000]*|【[^】\n]{1,10}】[ \u3000]*)?"  # (a brief's mark or label: ▲12月5日，, **阳泉**　12月17日，, 【某县】12月1日，)
                           r"(?:[^，。；（(]{0,14}?[电讯])?(?:[（(][^）)]{0,30}[）)])?"
                           r"(?:(?:[0-9０-９一二三四五六七八九十〇]{2,4}年)?(?:[0-9０-９一二三四五六七八九十]{1,2}月)?"
                           r"[0-9０-９一二三四五六七八九十]{1,3}日(?:上午|下午|晚上|晚)?"
                           # (a span of days: 12月8日至9日, 8日—9日)
                           r"(?:(?:至|到|—|－|-|～)(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)?"
                           r"|近日|日前|今天|昨天|当天)[，,]\s*")


def _headline_event(c: Context, at: int) -> Mention | None:
    """The event a headline names, for ``A、B等出席`` ending a later headline line (中共中央国务院
    举行春节团拜会 / 江泽民主持 / 朱镕基李瑞环等出席): the lines from the top down to this one have
    no full stop (they are headlines), and they name one event."""
    text = c.text
    if not (_HEADLINE_TAIL.match(text, at, c.sentence.end) or _BARE_ATTEND.match(text, at, c.sentence.end)) \
            or re.search(r"[。！？；]", text[: c.sentence.end]):
        return None
    # the lines above, and this line before the verb (…座谈会举行江泽民出席并讲话)
    named = [e for e in c.article.mentions if e.type == "Event" and not e.congress and e.end <= at]
    return named[-1] if named and len({e.name for e in named}) == 1 else None


#: a clause with no subject of its own before 参加: only adverbs (，并参加…, ，随后出席…)
_NO_SUBJECT = re.compile(r"(?:并|还|也|随后|之后|后|同时|一同|一起|专程|特地|应邀|曾|先后|又|再次|将)*")
#: a first clause that reports speech: what follows is what was said, not what the speaker did
_SPEECH_END = re.compile(r"(?:说|表示|指出|认为|强调|介绍|透露|希望|要求|告诉记者|坦言)$")


def _carried_subject(c: Context, verb, start: int) -> Mention | None:
    """The person who opens the sentence as its subject and, with no new subject, also does the
    next clause's 参加/出席: 王建国受南岭市总工会邀请，参加第三届职工技能大赛."""
    text = c.text
    comma = text.rfind("，", start, verb.start())
    if comma < 0 or not _NO_SUBJECT.fullmatch(text, comma + 1, verb.start()):
        return None
    if re.search(r"[。；：]", text[start:comma]) or _SPEECH_END.search(text, start, comma):
        return None
    first = next((m for m in c.mentions if m.start >= start and m.type == "Person"), None)
    if first is None or first.end > comma or not c.is_subject(first):
        return None  # (a body before it may title it: 冶金部副部长吴建常，也出席了…)
    if text.count("，", first.end, comma):
        return None  # one clause only between the subject and the verb
    return first


#: a body that sends its people to an event: 组织３０名职工, 选派５名选手 (then 参加)
_SENDS = re.compile(r"(?:先后|还|也|积极)?(?:组织|选派|派出|选送|派)(?:了)?(?:[0-9０-９一二三四五六七八九十百余多]+(?:名|位|个|支))?"
                    r"(?:优秀)?(?:职工|员工|工人|选手|队员|代表|干部|青年|人员|代表队)(?:代表)?")
#: after the last body of a list that attends: 等２０家企业, 等单位 (the list goes on)
_BODIES_ETC = re.compile(_COUNTED_BODIES +
                         r"(?:(?:有关方面|有关|方面)?的?(?:负责人|负责同志|领导同志|领导|代表))?"  # 等有关方面负责人: the bodies' people
                         r"(?:也|还|都|分别|共同)?")
#: after a list of names, unnamed others who attend with them: …以及中央有关部门的负责人出席了
_UNNAMED_TOO = re.compile(HONORIFIC_AFTER_NAME + r"?(?:等|等?(?:以及|及|和|与))[^，。；：]{0,24}?"
                          r"(?:负责人|负责同志|领导|领导同志|代表|人士|官员|干部|职工|群众|专家|嘉宾|来宾|参事|馆员|老同志)"
                          r"(?:等)?(?:[0-9０-９一二三四五六七八九十百千余多几]+(?:人|名|位))?(?:也|还|都|一同|一起)?")
#: between 参加 and the event, a relative clause of its organising: 参加了由市总工会举办的…, 出席了
#: 12月5日由市总工会主办的…, 由A、B联合主办的… (organisers listed after 由), 由市委书记某某主持的…
_ORGANISED_BY_CLAUSE = re.compile(r"(?:了)?(?:[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}[日号])?"
                                  r"(?:由[^，。；：]{2,40}?|[^，。；：、]{2,24}?)(?:联合|共同)?"
                                  r"(?:主办|承办|协办|举办|筹办|组织|发起|主持|召开|举行)的")
#: a bare 出席: nothing, or 并 and another verb, after it (王建国出席并讲话)
_BARE_ATTEND = re.compile(r"(?:了)?(?:[，。；！]|并|$)")


def _event_of_the_clause_before(c: Context, verb) -> Mention | None:
    """For a bare 出席 (…开幕式在体育中心举行，王建国出席并讲话): the one event named earlier in the
    same sentence, the subject of its clause."""
    if not _BARE_ATTEND.match(c.text, verb.end(), c.sentence.end):
        return None
    named = [e for e in c.events() if e.end <= verb.start()]
    if not named or len({e.name for e in named}) != 1:
        return None
    # the subject of its clause (…开幕式在体育中心举行，), or what the clause holds (举行春节团拜会，)
    if not (whole_subject(c, named[-1]) or _CONVENED_BEFORE.search(c.text, c.clause_of(named[-1])[0], named[-1].start)):
        return None
    return named[-1]


#: a verb of holding right before an event: the clause holds it (全国总工会在人民大会堂举行|春节团拜会)
_CONVENED_BEFORE = re.compile(r"(?:隆重)?(?:举行|召开|举办)(?:了)?$")


#: a leader receives a meeting's delegates: 接见全国海关关长会议代表, 会见了…会议的全体代表
#: receiving a meeting's delegates (read by :func:`receptions`, and left to it by the learned classifier)
RECEIVES = re.compile(r"(?:亲切)?(?:接见|会见)(?:了)?")
_EVENT_DELEGATES = re.compile(r"(?:的)?(?:全体)?(?:代表|与会代表)(?![团队])")
#: joining the reception the article reported: 吴邦国、罗干等参加了接见, 陪同接见
_JOINS_RECEPTION = re.compile(r"(?:等)?(?:也|还)?(?:参加(?:了)?|陪同)(?:这次|此次)?(?:接见|会见)")


def _received_event(c: Context, verb_end: int) -> Mention | None:
    """The event whose delegates the 接见/会见 ending at ``verb_end`` receives; or whose attendees
    it receives (会见了前来参加…签字仪式的某某一行)."""
    came = _CAME_TO_ATTEND.match(c.text, verb_end, c.sentence.end)
    if came is not None:
        return next((e for e in c.events() if e.start == came.end() and c.text.startswith("的", e.end)), None)
    return next((e for e in c.events() if 0 <= e.start - verb_end <= 2
                 and _EVENT_DELEGATES.match(c.text, e.end)), None)


#: after 会见: those received came to attend an event (前来参加…的)
_CAME_TO_ATTEND = re.compile(r"(?:前来|来京|来华|专程来)(?:参加|出席)(?:了)?")


def _clause_persons(c: Context, end: int) -> list[Mention]:
    """The persons named in the clause that ends at ``end`` (the subjects of its verb); a
    dateline's bracket (（记者王言彬）) closes a clause too."""
    start = max(c.text.rfind(p, c.sentence.start, end) for p in "，。；：）)") + 1
    start = max(start, c.sentence.start)
    return [m for m in c.mentions if m.type == "Person" and start <= m.start and m.end <= end]


@needs(words="见", event=True)
def receptions(c: Context) -> Iterator[Found]:
    """Leaders who receive a meeting's delegates (李鹏接见全国海关关长会议代表) and those who join
    that reception later in the report (罗干等参加了接见). Read so that the learned classifier leaves
    these pairs alone; the guideline's participatesIn is attending, so :mod:`.not_attending`
    withdraws them (the development sets' annotators counted them)."""
    text = c.text
    for verb in RECEIVES.finditer(text, c.sentence.start, c.sentence.end):
        event = _received_event(c, verb.end())
        if event is not None:
            for p in _clause_persons(c, verb.start()):
                yield p, "participatesIn", event, "receives-delegates-of-event"
    for join in _JOINS_RECEPTION.finditer(text, c.sentence.start, c.sentence.end):
        received = [e for e in c.article.mentions if e.type == "Event" and not e.congress and e.end <= c.sentence.start
                    and _EVENT_DELEGATES.match(text, e.end) and RECEIVES.search(text, max(0, e.start - 6), e.start)]
        if received:  # the last reception reported (a headline may name the meeting shorter)
            for p in _clause_persons(c, join.start()):
                yield p, "participatesIn", received[-1], "joins-reception-of-event"


#: 获奖者是：A；B；C, 获奖单位有：…: those awarded, listed after a colon
_WINNERS_LISTED = re.compile(r"(?:获奖者|获奖人|获奖单位|获奖集体|获奖个人|受表彰者|受表彰的[^，。；：]{0,8}?)"
                             r"(?:是|为|有|分别是|名单如下)[：:]")
#: the names of ceremonies where awards are handed out
_AWARD_CEREMONIES = ("颁奖大会", "颁奖典礼", "颁奖仪式", "颁奖会", "表彰大会", "表彰会")


@needs(event=True)
def listed_attendees(c: Context) -> Iterator[Found]:
    """People listed after ``出席 EVENT 的(领导同志)有：`` (and ``参加会议的还有``) took part in the
    event: the one named in the phrase, or the meeting a generic noun there refers back to; the
    winners listed after ``获奖者是：`` in the report of an award ceremony were awarded at it."""
    text = c.text
    # (the list may run on over clauses closed by ；: the colon is then in an earlier one)
    opened = max(text.rfind("。", 0, c.sentence.start), text.rfind("\n", 0, c.sentence.start)) + 1
    winners = None
    if text.find("获奖", opened, c.sentence.end) >= 0 or text.find("受表彰", opened, c.sentence.end) >= 0:
        winners = _WINNERS_LISTED.search(text, opened, c.sentence.end)  # (every match holds one of them)
    if winners is not None:
        named = [e for e in c.article.mentions if e.type == "Event" and opened <= e.start and e.end <= winners.start()
                 and e.name.endswith(_AWARD_CEREMONIES)]
        main = c.main_event
        event = named[-1] if named else (main if main is not None and main.name.endswith(_AWARD_CEREMONIES)
                                         and main.end <= winners.start() else None)
        if event is not None:
            for p in c.mentions:
                if p.type == "Person" and p.start >= winners.end() and not kin_anchor(c, p):
                    yield p, "participatesIn", event, "winners-of-award-ceremony"
    for m in _ATTENDED_BY.finditer(text, c.sentence.start, c.sentence.end):
        obj_start, obj_end = m.span("obj")
        named = [e for e in c.mentions if e.type == "Event" and obj_start <= e.start and e.end <= obj_end]
        event = named[-1] if named else recent_event(c, obj_start)
        rule = "listed-attendees-of-event"
        if event is None and not named:
            event, rule = _named_earlier(c, text[obj_start:obj_end]), "listed-attendees-of-event-named-earlier"
        if event is None:
            continue
        for p in c.mentions:
            if p.type == "Person" and p.start >= m.end() and not kin_anchor(c, p):
                yield p, "participatesIn", event, rule
        yield from _bodies_by_their_staff(c, m.end(), event)


#: after bodies listed among those who attended: the unnamed people who stood for them, within the
#: clause (国务院办公厅、民政部|有关负责人; 全国工商联|在京名誉主席、副主席及机关部门负责人)
_STAFF_OF_BODIES = re.compile(r"[^，。；：,;:]{0,30}?(?:负责人|负责同志|领导同志|代表)(?=[，。；、,;]|$|和|及|以及|等)")


def _bodies_by_their_staff(c: Context, listed_from: int, event: Mention) -> Iterator[Found]:
    """出席茶话会的还有国务院办公厅、民政部有关负责人: bodies listed after 出席…的有 and closed by the
    unnamed people who stood for them took part through them. Not when a name stands between the
    bodies and that noun (有关部门负责人张某: the person is the one listed, the body employs them)."""
    ms = c.mentions
    for i, org in enumerate(ms):
        if org.start < listed_from or not is_org(org) or i > 0 and is_org(ms[i - 1]) \
                and ms[i - 1].start >= listed_from and c.gap(ms[i - 1], org) in COORDINATORS:
            continue
        group = c.coordinated(org)
        staff = _STAFF_OF_BODIES.match(c.text, group[-1].end, c.sentence.end)
        if staff is None or any(group[-1].end <= m.start < staff.end() + 1 for m in ms):
            continue
        for g in group:
            yield g, "participatesIn", event, "bodies-listed-by-their-staff"


#: two-character nouns of one kind of event (a longer noun, 毕业典礼, 座谈会, is one kind too)
_ONE_KIND = ("典礼",)
#: a meeting said by what is done at it (参加座谈, 参加研讨): the kind of meeting it names
_MEETING_BY_ITS_DOING = {"座谈": "座谈会", "研讨": "研讨会"}
#: the noun after an attending verb, up to the punctuation or 并 (出席毕业典礼并讲话)
_OBJECT_NOUN = re.compile(r"(?:了)?(?:(?:今天|今日|今晚|昨天|当天|当晚|上午|下午)的?)?[^，。；、：:！？并和的“”]{2,12}?(?=[，。；：:！？]|并|$)")
#: words before the noun of an event already named (今天的, 这次): not part of its name
_REFERRING_LEAD = re.compile(r"^(?:此次|这次|本次|本届|这届|该|今天|今日|今晚|昨天|昨日|昨晚|当天|当日|当晚|上午|下午|晚上)?的?")


def _named_earlier(c: Context, obj: str) -> Mention | None:
    """出席毕业典礼的还有 far down the report of the 冬季毕业典礼: the one event named earlier in the
    article whose name ends with the noun said (毕业典礼, 典礼, 茶话会), when only one does."""
    noun = obj[_REFERRING_LEAD.match(obj).end() :]
    noun = _MEETING_BY_ITS_DOING.get(noun, noun)
    if not 2 <= len(noun) <= 10 or re.search(r"[、和及与]", noun) or len(noun) < 3 and noun not in _ONE_KIND:
        return None  # (会议, 大会, 活动, 仪式: any meeting or activity, not one kind of them)
    # (参加疗休养 of the 疗休养活动: an activity said by what is done in it, its head left off)
    return one_named_before(c, c.sentence.start, (noun, noun + "活动", noun + "行动"))


#: a sentence that tells a gathering (江泽民等同…负责人欢聚一堂, …负责人…品茗交谈): its verb
_GATHERED = re.compile(r"欢聚一堂|共度佳节|共庆佳节|共迎新春|品茗交谈|团聚一堂")
#: right after bodies listed in it: the people who stood for them (全国政协、全国工商联|负责人)
_THEIR_STAFF = re.compile(r"(?:的)?(?:有关|主要)?(?:负责人|负责同志)")
#: a generic group listed among the bodies (、各民主党派和): skipped on the way to the next body
_GENERIC_MEMBER = re.compile(r"[、和及]各[\u4e00-\u9fff]{2,6}?(?:中央)?[、和及]")
#: the kinds of gathering the report is about that such a sentence tells of
_GATHERINGS = ("茶话会", "团拜会", "联欢会", "招待会", "座谈会", "迎春会", "联谊会", "晚会")


@needs("org", words=_GATHERED, event=True)
def bodies_gathered_with(c: Context) -> Iterator[Found]:
    """Bodies closed by their 负责人 in a sentence that tells the gathering of the report
    (江泽民等同全国政协、各民主党派和全国工商联负责人…欢聚一堂): each took part in it through those
    people. The gathering is the one the article is about, named before the sentence, of a kind
    that gathers (茶话会, 团拜会)."""
    main = c.main_event
    if main is None or main.end > c.sentence.start or not main.name.endswith(_GATHERINGS):
        return
    verb = _GATHERED.search(c.text, c.sentence.start, c.sentence.end)
    ms = c.mentions
    for i, org in enumerate(ms):
        if not is_org(org) or org.end > verb.start() or i > 0 and is_org(ms[i - 1]) and c.gap(ms[i - 1], org) in COORDINATORS:
            continue
        group = c.coordinated(org)
        while (generic := _GENERIC_MEMBER.match(c.text, group[-1].end)) is not None:
            nxt = next((m for m in ms if m.start == generic.end()), None)
            if nxt is None or not is_org(nxt):
                break  # 全国政协、各民主党派和|全国工商联: a generic group in the list, no body of its own
            group += c.coordinated(nxt)
        if _THEIR_STAFF.match(c.text, group[-1].end) is not None:
            for g in group:
                yield g, "participatesIn", main, "bodies-gathered-with"


@needs(words=_ATTEND_VERB, event=True)
def attendees(c: Context) -> Iterator[Found]:
    """A list of people (and bodies) that 出席/参加 a named event: ``A、B等出席第三届职工技能大赛开幕式``,
    ``全国总工会副主席A，中直工委副书记B、C等参加第三届职代会``. A body right before a title and a
    name employs that person; it is an attendee only when listed on its own (省总工会、省解困办参加…)."""
    text = c.text
    ms = c.mentions
    for verb in _ATTEND.finditer(text, c.sentence.start, c.sentence.end):
        if verb.group().rstrip("了").endswith("到场") and _not_arriving_here(c, verb.start()):
            continue
        # the event named right after the verb; or, for 出席会议 alone, the meeting named just
        # before (recent_event). Not the article's main event: by hand check on People's Daily
        # that was too often another one (0 of 11 right), and no fact is better than a wrong one
        after = [m for m in ms if m.type == "Event" and (0 <= m.start - verb.end() <= 6 or m.start > verb.end()
                                                           and _ORGANISED_BY_CLAUSE.fullmatch(text, verb.end(), m.start))]
        if after and is_bare(after[0].key):
            # 出席颁奖仪式: a kind of event, no event of its own (bare_events); the named one it is
            # part of or refers back to, if one can tell, else no fact
            named = (recent_event(c, after[0].start) or _contest_of_its_ceremony(c, after[0].start)
                     or _campaign_of_its_launch(c, after[0].start))
            after, referred = ([named], "-referred-to") if named is not None else (after, "")
        else:
            referred = ""
        event = after[0] if after else (recent_event(c, verb.end()) or _headline_event(c, verb.end())
                                        or _event_of_the_clause_before(c, verb) or _reported_meeting(c, verb.end())
                                        or _main_event_by_kind(c, verb.end()) or _contest_of_its_ceremony(c, verb.end())
                                        or _campaign_of_its_launch(c, verb.end()))
        far = referred  # (the rule's name says so when the event was found by its noun far up the report)
        if event is None and not after and (event := _carried_to_bare_attend(c, verb)) is not None:
            far = "-carried"  # (a bare 出席 a sentence or more after the event, in its paragraph)
        if event is None and not after and (noun := _OBJECT_NOUN.match(text, verb.end(), c.sentence.end)):
            event = _named_earlier(c, noun.group().lstrip("了"))  # 出席毕业典礼并讲话, far down its report
            far = "-named-earlier"
        if event is None or event.start < verb.start() and event.end > verb.start():
            continue
        if _ATTRIBUTIVE.match(text, event.end if after else object_end(text, verb.end())):
            continue  # 会见出席会议的代表, 向出席茶话会的老同志拜年: those who attended are others
        start = max(text.rfind(mark, c.sentence.start, verb.start()) for mark in "。；：") + 1
        start = max(start, c.sentence.start)
        before = [m for m in ms if start <= m.start and m.end <= verb.start() and m is not event]
        while before and before[-1].type == "Place" and _PLACE_ADVERBIAL.search(text, start, before[-1].start):
            before.pop()  # 刘立代表南岭县出席…, 李华在京参加…: a place said of the subject, not it
        if not before:
            continue
        if len(before) >= 2 and before[-2].type == "Person" and is_org(before[-1]) \
                and AS_TITLE_OF.fullmatch(text, before[-2].end, before[-1].start) \
                and (title := _AS_TITLE.fullmatch(text, before[-1].end, verb.start())) and only_titles(title.group(1)):
            # 她还作为吴忠市代表队队员参加了…大赛: the person takes part, in the body's colours (not the body)
            yield before[-2], "participatesIn", event, "person-attends-as-member" + far
            continue
        if before[-1].type != "Person":
            # 程思远、王兆国和１７位国务院参事、１８位中央文史研究馆馆员出席: bodies inside the unnamed
            # others that close the list
            last = next((k for k in range(len(before) - 1, -1, -1) if before[k].type == "Person"), None)
            if last is not None and _UNNAMED_TOO.fullmatch(text, before[last].end, verb.start()):
                before = before[: last + 1]
        if re.search(r"[，。；]", text[before[-1].end : verb.start()]):
            subject = _carried_subject(c, verb, start)
            if subject is not None:  # 王建国受南岭市总工会邀请，参加第三届…大赛
                yield subject, "participatesIn", event, "subject-attends-in-next-clause" + far
            continue  # 李华主持，会议……出席: the verb has another subject
        sender = before[-1] if is_org(before[-1]) and _SENDS.fullmatch(text, before[-1].end, verb.start()) else None
        if sender is not None:  # 海河钢铁公司组织３０名职工参加了全市职工运动会: the body takes part
            yield sender, "participatesIn", event, "body-sends-people-to-event" + far
            continue
        if before[-1].type not in ("Person", *ORG_KINDS) or verb.start() - before[-1].end > 10 \
                and not _UNNAMED_TOO.fullmatch(text, before[-1].end, verb.start()):
            continue
        # the subject list: back from the verb while the words between two names are only joiners
        # and titles (张丁华，中直工委副书记尹克升、武连元); 王立新主持，会议由 ends it
        k = len(before) - 1
        while k > 0 and in_list(gap := PAREN.sub("", text[before[k - 1].end : before[k].start])) \
                and not (gap in ("，", ",") and before[k - 1].type == before[k].type == "Person"):
            # (副主席（兼）、; a bare comma between two names ends a clause: 会见了代表甲，乙等出席)
            k -= 1
        if k > 0 and before[k - 1].type == "Person" and (before[k].type == "Person" or is_org(before[k])) \
                and _LEADS.fullmatch(text, before[k - 1].end, before[k].start):
            # 他带领徒弟魏某、刘某组队参加…: the one who leads them attends with them
            yield before[k - 1], "participatesIn", event, "leader-of-attendees" + far
        before = before[k:]
        for k, m in enumerate(before):
            if m.type == "Person":
                yield m, "participatesIn", event, "people-attend-event" + far
            elif is_org(m):
                nxt = before[k + 1] if k + 1 < len(before) else None
                if nxt is not None and is_org(nxt) and nxt.start == m.end:
                    continue  # 新华社|香港分社副社长某出席: the first part of one body's name, no body listed
                listed = nxt is None or _LIST_JOINERS.match(c.gap(m, nxt)) and nxt.type != "Person"
                if _visited().search(text, max(start, m.start - 12), m.start):
                    continue  # 学员们走进(岐山县)某齿轮有限公司现场观摩: the company visited is the site
                if listed and (nxt is not None or verb.start() - m.end <= 2 or _BODIES_ETC.fullmatch(text, m.end, verb.start())):
                    yield m, "participatesIn", event, "bodies-attend-event" + far


@functools.lru_cache(maxsize=1)
def _hurry() -> re.Pattern[str]:
    """A word of haste right before a bare 到场 (``arrival_words.tsv``: hurry; 及时到场, 迅速到场)."""
    return re.compile("(?:" + "|".join(map(re.escape, words_by_kind("arrival_words.tsv", ("hurry",))["hurry"])) + ")$")


def _not_arriving_here(c: Context, at: int) -> bool:
    """Whether a bare 到场 at ``at`` is no arrival at the event reported: one rushing in to an incident
    (交警某及时到场，疏导交通), or at an earlier time (去年的联谊活动中，某也曾到场)."""
    before = c.text[c.sentence.start : at]
    return bool(_hurry().search(before) or before.endswith(("曾", "曾经")) or EARLIER_TIME.search(before))


@functools.lru_cache(maxsize=1)
def _visited() -> re.Pattern[str]:
    """Before a body, a verb of going into it (``visit_verbs.txt``: 走进, 来到): the body is where they
    went, not who attends (not the verb of a modifier before 的: 首次进入全省前十的某公司, 专程来到南岭的
    某总工会 took part)."""
    verbs = "|".join(re.escape(r[0]) for r in _rows("visit_verbs.txt") if r and r[0])
    return re.compile("(?:" + verbs + ")[^，。；、的]{0,10}$")


#: a leader who writes to a meeting: 致信, 致贺信, 发来贺信 (the meeting right after, or the one named before)
_WRITES_TO = re.compile(r"(?:也|还|分别|特地|专门)?(?:致信|致贺信|致电|发来贺信|发来贺电|发了贺信)")
#: …为/对/向 MEETING 题词, 作出书面指示, 发来贺信: the words between name the meeting
_ADDRESSES = re.compile(r"(?:也|还|分别|特地|专门)?(?:为|对|向|给)(?P<obj>[^，。；：！？]{2,40}?)"
                        r"(?:题词|题了词|题写了?会名|发来贺信|发来贺电|致贺信|致信|"
                        r"作出?了?(?:重要)?(?:书面)?(?:指示|批示))")


#: PERSON (等) 宣布 (the event, or a word for it) 开幕: one who declares an event open is at it
_DECLARES_OPEN = re.compile(r"(?:等)?(?:正式)?宣布(?P<obj>[^，。；]{0,30}?)(?:正式)?(?:开幕|闭幕|开赛|开营|启动|开始)")


@needs(words="宣布", event=True)
def declares_open(c: Context) -> Iterator[Found]:
    """市总工会主席李强宣布运动会开幕: the person takes part in the event declared open: the one
    named in the object, else (a bare 运动会, 大会 or nothing) the event the report is about."""
    text = c.text
    for i, p in enumerate(c.mentions):
        if p.type != "Person":
            continue
        found = _DECLARES_OPEN.match(text, p.end, c.sentence.end)
        if found is None:
            continue
        named = [e for e in c.events() if found.start("obj") <= e.start and e.end <= found.end("obj")]
        event = named[0] if named else (c.main_event if not re.search(r"[\u4e00-\u9fff]{3,}", found.group("obj")
                                                                      .replace("大会", "").replace("运动会", "")
                                                                      .replace("比赛", "").replace("活动", "")) else None)
        if event is not None:
            yield p, "participatesIn", event, "declares-event-open"
            for q in listed_before(c, i):
                yield q, "participatesIn", event, "declares-event-open"


#: a word every match of _WRITES_TO or _ADDRESSES holds
_WRITING_WORD = re.compile(r"致信|致电|贺信|贺电|题词|题了词|题写|指示|批示")


@needs(words=_WRITING_WORD, event=True)
def addressed_events(c: Context) -> Iterator[Found]:
    """Leaders who address a meeting without coming to it: they write to it (A致信X会议, A发来贺信),
    inscribe for it (A为X会议题词) or instruct it in writing (A对正在…召开的X会议作出书面指示). The
    development sets' annotators, working blind and apart, read each as taking part in the meeting;
    the guideline's participatesIn is attending, so :mod:`.not_attending` withdraws these pairs, read
    here so that the learned classifier leaves them alone. The meeting is the one named in the object, or for 会议 alone the one named
    just before (recent_event); a name that is no person's (a body's letter) is left alone."""
    text = c.text
    ms = c.mentions
    for i, m in enumerate(ms):
        if m.type != "Person":
            continue
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        # titles may follow the name (吴邦国副总理发来贺信) up to the verb
        end = m.end
        for verb_re in (_WRITES_TO, _ADDRESSES):
            found = None
            for k in range(m.end, min(m.end + 6, c.sentence.end) + 1):
                if k > m.end and not only_titles(text[m.end : k]):
                    continue
                found = verb_re.match(text, k)
                if found:
                    end = k
                    break
            if not found:
                continue
            if nxt is not None and nxt.start < found.start() and nxt.start >= end:
                continue  # another name between the person and the verb: not its subject
            if verb_re is _WRITES_TO:
                event = next((e for e in c.events() if found.end() <= e.start <= found.end() + 1), None)
                if event is None and not _ANY_NAME.match(text, found.end()):
                    event = _meeting_before(c, m)  # 吴邦国发来贺信. (the meeting of the sentence before)
            else:
                event = next((e for e in c.events() if e.end == found.end("obj")), None) \
                    or recent_event(c, found.start("obj"))
            if event is None:
                continue
            yield m, "participatesIn", event, "leader-addresses-event"
            for p in listed_before(c, i):
                yield p, "participatesIn", event, "leader-addresses-event"
            break


#: after a verb of writing, words that name its addressee (致信全国…会议, 致信给…)
_ANY_NAME = re.compile(r"[^，。；：！？\s]")


def _meeting_before(c: Context, m: Mention) -> Mention | None:
    """The one meeting named in this sentence before ``m``, or in the one before it."""
    earlier = [e for e in c.events() if e.end <= m.start and not e.congress]
    return the_one(earlier) if earlier else the_one(events_just_before(c))


#: the kinds of event whose entrants an article names: contests, games
_CONTEST = ("赛", "运动会", "竞赛", "比武", "锦标赛", "联赛")
#: the events a stage (提问环节, 抢答环节) opening a sentence is part of: contests and meetings
_STAGED = (*_CONTEST, "会", "会议")


@functools.lru_cache(maxsize=1)
def _stage_words() -> tuple[str, ...]:
    """The stages of a contest or a meeting (``event_stage_words.txt``: 抢答, 提问, 颁奖)."""
    return tuple(r[0] for r in _rows("event_stage_words.txt") if r and r[0])


def _a_stage_of_an_event(c: Context, stage: str) -> bool:
    """Whether ``stage`` (the words before 环节) names a stage of a contest or a meeting: a stage word, perhaps
    after two characters (现场提问, 风采展示; not 去年的抢答: a stage of another time), or a stage the article
    lists among the event's (分为必答、抢答和隐患排查三个环节)."""
    if any(stage.endswith(w) and len(stage) - len(w) <= 2 and "的" not in stage for w in _stage_words()):
        return True
    return re.search(re.escape(stage) + r"[^。；：]{0,30}?(?:[0-9０-９一二三四五六七八九十两]个|等)环节", c.text) is not None


#: a person named as one of the contest's entrants: 参赛选手中，…的何某; 参赛选手何某
_ENTRANT_LEAD = re.compile(r"(?:参赛|参加比赛的|参加决赛的|进入决赛的)(?:选手|队员|职工|运动员)(?:中)?")


#: a person who speaks or pledges for the contest's entrants is one of them (代表参赛班组宣读倡议书, 代表全体参赛选手宣誓)
_FOR_THE_ENTRANTS = re.compile(r"(?:作为[^，。；]{1,8}?)?代表(?:全体)?(?:参赛|参加比赛的)(?:班组|选手|队员|职工|运动员|队伍|单位|团队)"
                               r"(?:们)?(?:作|做)?(?:了)?(?:发言|宣读|宣誓|表态|致辞|领誓|签订|签署|郑重承诺)")
#: between a body and one who competes for it (某公司选手周某, 某厂参赛选手)
_ENTRANT_TITLES = ("选手", "参赛选手", "代表队选手", "队员")


#: the sentence that opens a list of those honoured: 名单如下：, 获奖名单如下（按姓氏笔画排序）：
_LIST_FOLLOWS = re.compile(r"名单如下(?:[（(][^）)]{0,16}[）)])?[：:]$")


@needs("Person", event=True)
def honoured_in_the_list(c: Context) -> Iterator[Found]:
    """赵强　海河钢铁集团有限公司焊工: a line of the name list that 名单如下： opens, in the report of
    a commendation, an award or a contest named before the list: the person named is honoured at it."""
    main, s = c.main_event, c.sentence
    first = c.mentions[0]
    if (main is None or main.end > s.start or not _AWARDING_EVENT.search(main.key)
            or first.type != "Person" or first.start != s.start or not COLUMN_LINE.match(s.text)):
        return
    sentences = c.article.sentences
    at = next((k for k, other in enumerate(sentences) if other.start == s.start), 0)
    for before in reversed(sentences[:at]):
        if _LIST_FOLLOWS.search(before.text):
            yield first, "participatesIn", main, "honoured-in-the-list"
            return
        if not COLUMN_LINE.match(before.text):
            return


@needs(event=_CONTEST)  # (the contest is an event of the article: one reported, else the main event)
def contest_entrants(c: Context) -> Iterator[Found]:
    """In the report of a contest (its main event a …赛, a games), its delegation teams (…代表队)
    and the people named as its entrants (参赛选手中，来自…的何某) take part in it: the contest of
    their paragraph where it names one (a digest's item), none where it names two."""
    main = _contest_won_in(c)
    if main is None or not main.name.endswith(_CONTEST) or c.names_an_event:
        return
    text = c.text
    lead = _ENTRANT_LEAD.match(text, c.sentence.start)
    ms = c.mentions
    for i, m in enumerate(ms):
        if is_org(m) and m.key.endswith("代表队"):
            yield m, "participatesIn", main, "team-of-the-contest"
        elif is_org(m) and i + 1 < len(ms) and ms[i + 1].type == "Person" and c.gap(m, ms[i + 1]) in _ENTRANT_TITLES \
                and "代表队" not in text[text.rfind("\n", 0, min(main.start, c.sentence.start)) + 1 : c.sentence.end]:
            # 某重工有限公司选手周某: the body competes through them; not where the contest's entrants
            # are its delegation teams (来自9个县代表队的54名选手; 温岭市代表队选手郑某): a company
            # written before 选手 there is only where the entrant works (said from the paragraph that
            # names the contest on: teams of another item before it are not this contest's)
            yield m, "participatesIn", main, "body-of-an-entrant"
        elif m.type == "Person" and (lead is not None and c.clause_of(m)[0] > c.sentence.start
                                     or _ENTRANT_LEAD.search(text, max(c.sentence.start, m.start - 6), m.start)):
            yield m, "participatesIn", main, "entrant-of-the-contest"
        elif m.type == "Person" and _FOR_THE_ENTRANTS.match(text, m.end, c.sentence.end) \
                and c.clause_of(m)[0] == c.sentence.start:
            # 某某代表参赛班组宣读了倡议书 (not after an opener placing it elsewhere: 揭牌仪式后，…)
            yield m, "participatesIn", main, "speaks-for-the-entrants"


#: a sentence whose subject is the event reported, inviting people to speak at it: 会议还邀请…某某解读了…
_INVITES = re.compile(r"\s*(?:此次|这次|本次)?(?P<noun>会议|大会|座谈会|研讨会|培训班|活动)(?:还|也|特别|特地|专门)?"
                      r"(?:邀请|特邀|请来)(?:了)?")


@needs(event=True)
def invited_to_the_event(c: Context) -> Iterator[Found]:
    """会议还邀请某事务所注册会计师邓某解读了…: the people the event invites, named in the clause
    after the verb, take part in it: the event the noun refers back to (recent_event), else the
    report's when it is of that kind; none named in the sentence."""
    found = _INVITES.match(c.text, c.sentence.start, c.sentence.end)
    if found is None or c.names_an_event:
        return
    opens = found.start() + len(found.group()) - len(found.group().lstrip())  # (past the paragraph's indent)
    event = recent_event(c, opens)
    main = c.main_event
    if event is None and main is not None and main.name.endswith(found.group("noun")) and main.end <= c.sentence.start:
        event = main
    if event is None:
        return
    end = CLAUSE_END.search(c.text, found.end(), c.sentence.end)
    for p in c.mentions:
        if p.type == "Person" and found.end() <= p.start and p.end <= (end.start() if end else c.sentence.end) \
                and not c.text.startswith("的", p.end):  # 邀请了老劳模赵某的家属: his family, not him
            yield p, "participatesIn", event, "invited-to-this-event"


#: ceremonies one speaks at as at a meeting (致辞, 讲话)
_CEREMONIES = ("仪式", "典礼")
#: the reported events one speaks or presents at: meetings (…会, …会议) and ceremonies
_SPOKEN_AT = ("会", "会议", *_CEREMONIES)
#: a person named as one of the class's trainees: 学员何某, 来自…的学员何某, 学员代表何某
_TRAINEE_LEAD = re.compile(r"学员(?:代表)?$")
#: the teacher's post in the class taken on (担任实操课讲师, 担任主讲): one who teaches it; not a
#: standing post (长期担任, 一直担任) nor one at a body (担任某技师学院讲师: his job there)
_TEACHER_POST = (r"(?<!长期)(?<!一直)(?<!多年)(?<!曾经)(?<!曾)担任(?:了)?"
                 r"(?:(?!学院|学校|大学|公司|中心|协会|医院|研究院|研究所|集团)[^，。；：]){0,8}?(?:讲师|主讲人|主讲|授课老师|授课教师|授课专家|辅导老师|培训老师)")
#: after the people who teach it: (分别)(围绕…)授课, 讲课, 作辅导报告, 担任讲师
_TEACHES = re.compile(r"(?:等)?(?:分别|先后|还|也|相继)?(?:围绕|就|以|结合|从)?[^，。；：]{0,40}?"
                      r"(?:授课|讲课|作辅导报告|作专题辅导|进行辅导|作了辅导|作专题讲座|作了专题讲座|" + _TEACHER_POST +
                      # (讲授《某某实务》, 结合案例讲解了劳动争议调解: the lesson taught, closing the clause)
                      r"|(?:讲授|讲解)(?:了)?(?:《[^《》，。；]{1,40}》|[^，。；：《》“”]{2,16}))(?=[，。；]|$)")


#: a notice's field line of those who teach the class, perhaps numbered (六、授课专家：, 主讲人：)
_TEACHER_FIELD = re.compile(r"\s*(?:[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)]|[0-9０-９]{1,2}[.、．])?\s*"
                            r"(?:授课专家|授课老师|授课教师|授课嘉宾|授课人|主讲专家|主讲人|主讲嘉宾|培训讲师|授课师资)\s*[：:]")
#: the verb of inviting that opens the clause of those who teach (届时将邀请, 特邀, 聘请)
_INVITED_TEACHERS = re.compile(r"(?:邀请|特邀|聘请|请来)(?:了)?")
#: the rest of that clause after one of them: the list, then the verb of teaching ending it
_TEACHES_CLAUSE_END = re.compile(r"[^，。；：]{0,40}?(?:授课|讲课|作辅导报告|作专题辅导|进行辅导|作专题讲座|" + _TEACHER_POST + r")(?=[，。；]|$)")


#: where the lesson's topic or its verb opens after the teacher (围绕入会之前的权益保障授课): a time said
#: from there on is the topic's, not the teaching's
_LESSON_OPENS = re.compile(r"围绕|结合|就|从|讲授|讲解|授课|讲课|作")


def _lesson_opens(text: str, start: int, end: int) -> int:
    """Where, between the teacher's name (``start``) and the end of the teaching, the lesson opens."""
    opens = _LESSON_OPENS.search(text, start, end)
    return opens.start() if opens else end


@needs("Person", event=CLASS_KINDS)  # (the people named in the sentence, the class the article's main event)
def class_members(c: Context) -> Iterator[Found]:
    """In the report of a training class (its main event a …培训班), or after the class the sentence
    names (举办某培训班，某某授课), the trainees named as such (学员何某说) and those who teach it
    (A、B分别围绕…授课) take part in it."""
    named = list(c.events())
    main = c.main_event if not named else named[0]
    if main is None or not main.name.endswith(CLASS_KINDS) or not named and main.end > c.sentence.start \
            or len({e.key for e in named}) > 1:
        return  # (a class the sentence names, 举办某培训班，某某授课, is the one its later clauses tell of)
    if named and (c.main_event is None or main.key != c.main_event.key) and (at_a_later_time(c) or not_held(c, main)):
        return  # (下半年，某将举办某培训班，届时某某讲授…; 原计划举办某培训班，某某授课，后因故取消: no class held;
        # a class of the past named, 去年，某举办了某培训班，某某授课, is still the one taught)
    text, ms = c.text, c.mentions
    for i, m in enumerate(ms):
        if m.type != "Person" or m.source == "byline" or m.start < main.end and named:
            continue
        if _TRAINEE_LEAD.search(text, max(c.sentence.start, m.start - 4), m.start):
            yield m, "participatesIn", main, "trainee-of-this-class"
        elif (field := _TEACHER_FIELD.match(text, text.rfind("\n", 0, m.start) + 1)) \
                and not re.search(r"[：:]", text[field.end() : m.start]):
            # a notice's field line 六、授课专家：A单位高级技师甲；B学院副教授乙: each named teaches the class
            yield m, "participatesIn", main, "teacher-field-of-this-class"
        elif _INVITED_TEACHERS.search(text, c.clause_of(m)[0], m.start) \
                and _TEACHES_CLAUSE_END.match(text, m.end, c.sentence.end):
            # 届时将邀请A单位副主任甲、B事务所注册会计师乙授课: each one invited to teach, the names
            # after it in the list read or not
            yield m, "participatesIn", main, "teacher-of-this-class"
        elif (i + 1 == len(ms) or ms[i + 1].start > m.end + 2) and (teaches := _TEACHES.match(text, m.end, c.sentence.end)) \
                and not any(o.type == "Person" for o in ms[i + 1 :] if o.start < teaches.end()) \
                and not NO_PART_SAID.search(text, m.end, teaches.end()) \
                and not (not named and done_at_another_time(c, main, m, _lesson_opens(text, m.end, teaches.end()))):
            # the last name of the list, the verb of teaching closing its clause: each of the list (the
            # next clause may name the next teacher: 甲讲授《…》，乙讲授《…》); not one who did not teach
            # (因故未能讲授) or taught at another time (去年他曾听过某某讲解…, 多年来在各地讲解…, 曾于2018年…讲授);
            # the class the sentence names is the one taught, at its time
            for q in (*listed_before(c, i), m):
                yield q, "participatesIn", main, "teacher-of-this-class"


#: EVENT代表: a delegate to a congress or meeting (not 代表团, 代表队, 代表大会, 代表会议: a body or
#: another meeting)
_DELEGATE_OF = re.compile(r"代表(?![团队大会了着])")
#: a person made or called the delegate before the event: (被)推选为, 当选为, 是, 作为
_MADE_DELEGATE = re.compile(r"(?:被|光荣地)?(?:推选|选举|选|当选)(?:为)?$|是$|作为$")


@needs("Event")
def delegates(c: Context) -> Iterator[Found]:
    """党的十五大代表、武汉铁路分局局长邵力平; 他被推选为十五大代表: a delegate to a congress takes
    part in it. The person is named right after the delegate's phrase, with only bodies and titles
    between, or is the subject made its delegate just before it."""
    text, ms = c.text, c.mentions
    for k, e in enumerate(ms):
        if e.type != "Event" or not _DELEGATE_OF.match(text, e.end):
            continue
        after = e.end + 2
        nxt = next((m for m in ms[k + 1 :] if m.type not in ("Organization", "Company", "Place", "Federation")), None)
        if nxt is not None and nxt.type == "Person":
            gap = text[after : nxt.start]
            for o in reversed([m for m in ms[k + 1 :] if after <= m.start and m.end <= nxt.start]):
                gap = gap[: o.start - after] + gap[o.end - after :]  # bodies out: titles left
            if gap.lstrip("，、") == "" or only_titles(gap.lstrip("，、")):
                yield nxt, "participatesIn", e, "delegate-of-event"
                continue
        prev = next((m for m in reversed(ms[:k]) if m.type == "Person"), None)
        made = _MADE_DELEGATE.search(text, prev.end, e.start) if prev is not None else None
        if made is not None and made.start() - prev.end <= 4:
            yield prev, "participatesIn", e, "delegate-of-event"


#: the object of a verb of attending that names the reported event by its kind after another
#: object: 参加了会见和签字仪式
_AND_KIND = re.compile(r"(?:了)?[^，。；：]{1,8}?[和及与、](?P<kind>签字仪式|签约仪式|开幕式|闭幕式|颁奖仪式|揭牌仪式|仪式|典礼|"
                       r"座谈会|茶话会|招待会|研讨会|报告会|联欢会|团拜会)(?=[，。；！,]|$)")


#: the ceremonies of a contest, said by their kind (出席颁奖仪式, 参加了开幕式)
_CONTEST_CEREMONY = re.compile(r"(?:了)?(?:今天的|当天的|昨天的|本次|此次|这次)?(?:颁奖仪式|颁奖典礼|颁奖大会|开幕式|闭幕式|开赛仪式)(?=[，。；！并,]|$)")


def _contest_of_its_ceremony(c: Context, at: int) -> Mention | None:
    """出席颁奖仪式 in the report of a contest (…职业技能竞赛鞋服制版师比赛落幕。…出席颁奖仪式): the
    ceremony is the contest's, so those attending it take part in the contest, when it is the
    report's event, named before, every contest named up to here a form of it, and the article
    names no ceremony of its own (then that one is meant: recent_event)."""
    if _CONTEST_CEREMONY.match(c.text, at, c.sentence.end) is None or any(not is_bare(e.key) for e in c.events()):
        return None
    main = c.main_event
    if main is None or not main.name.endswith(_CONTEST) or main.end > c.sentence.start:
        return None
    earlier = [e for e in c.article.mentions if e.type == "Event" and not e.congress and e.end <= at]
    if any(e.name.endswith(("式", "典礼", "颁奖大会")) for e in earlier):
        return None
    contests = [e for e in earlier if e.name.endswith(_CONTEST)]
    return main if all(same_event(e.key, main.key) for e in contests) else None


#: the launch ceremony of a campaign, said by its kind (出席启动仪式, 参加了启动式)
_LAUNCH_CEREMONY = re.compile(r"(?:了)?(?:今天的|当天的|昨天的|本次|此次|这次)?(?:启动仪式|启动式)(?=[，。；！并,]|$)")
#: after an event, in its clause: it was launched (…关爱行动在某配送点启动, 正式启动)
_LAUNCHED = re.compile(r"[^，。；！？]{0,30}?启动(?!仪式|式)")


def _campaign_of_its_launch(c: Context, at: int) -> Mention | None:
    """出席启动仪式 in the report of a campaign the lead says was launched (…“骑手入会冬季攻坚”行动在
    某配送点启动。…出席启动仪式): the ceremony launches the campaign, so those attending it take
    part in it; the one event so launched before this sentence, when the article names no
    ceremony of its own (then that one is meant: recent_event)."""
    if _LAUNCH_CEREMONY.match(c.text, at, c.sentence.end) is None or any(not is_bare(e.key) for e in c.events()):
        return None
    earlier = [e for e in c.article.mentions if e.type == "Event" and not e.congress and e.end <= at]
    if any(e.name.endswith(("式", "典礼")) for e in earlier):
        return None
    launched = [e for e in earlier if _LAUNCHED.match(c.text, e.end) and not re.match(r"[^，。；]{0,30}?[“《]", c.text[e.end:])]
    return the_one(launched)


def _main_event_by_kind(c: Context, at: int) -> Mention | None:
    """The reported event when the object at ``at`` lists it by its kind after something else
    (参加了会见和签字仪式, in the report of a …签字仪式), else None."""
    found = _AND_KIND.match(c.text, at, c.sentence.end)
    main = c.main_event
    if found is None or main is None or not main.name.endswith(found.group("kind")) or main.end > c.sentence.start:
        return None
    return main


#: what may stand between a name and 在 EVENT 上: its post or an honorific, then a time phrase
#: and adverbs (布莱尔首相日前在…; 塞维里诺于去年七月在…; 王建国今天下午也在…)
_TIME_WORD = (r"(?:今天|昨天|前天|今日|昨日|当天|当日|同日|次日|日前|近日|最近|年前|年初|年底|去年|今年|此前|"
              r"[0-9０-９一二三四五六七八九十]+年|[0-9０-９一二三四五六七八九十]+月|[0-9０-９一二三四五六七八九十]+日|"
              r"上旬|中旬|下旬|上午|下午|晚上|晚|早上)")
_NAME_TO_AT = re.compile(r"(?P<post>[\u4e00-\u9fff]{0,6}?)(?:于)?" + _TIME_WORD + r"*"
                         r"(?:也|还|又|曾|都|再次|先后|分别|亲自|专程)*在$")
_HONORIFIC = re.compile(r"(?:先生|女士|同志|院士|教授|博士|一行)$")
#: 在 (…举行的/召开的/刚刚结束的/由…主办的)? and the event (perhaps in quotes), then 上 or 中
#: (在不久前结束的中央经济工作会议上，江泽民总书记提出: the meeting just over is still the one the clause is in)
_HELD_THERE = re.compile(r"[^，。；：！？]{0,25}?(?:举行|召开|举办|开幕|闭幕|进行|结束|主办|承办|组织|开展)的$")
#: one who only learns of the event's news there (记者某某在此间举行的…会议上获悉) reports it
_LEARNS = re.compile(r"(?:获悉|了解到|得知|采访)")
#: time words right after 在 and before an event's name (在最近, 在今天上午): not part of the place
_TIME_BEFORE_NAME = re.compile(r"^" + _TIME_WORD + r"+(?:的)?")
_OPENER_START = re.compile(r"(?:^|[，,：:]|[电讯][（(][^）)]{0,30}[）)]|[电讯]|报道[：:])(?:" + _TIME_WORD + r")*"
                           r"(?:仅|也|还|又|正是|就是|早)?$")  # (仅在…展销会上，: an adverb before the phrase)
#: before the subject of the clause after 在…EVENT上，: no word that makes the name an object
_NOT_SUBJECT_LEAD = re.compile(r"[向为对给把将由请让使和与同跟被从替授增补选称了着过]")


#: between a person who opens the clause and the event they hold: an honorific or a post said after
#: the name, a time, adverbs, where, then 举行/召开 (韦尔纳当晚举行新闻发布会, 何长工在天津召开…会议,
#: 叶利钦总统亲自主持召开了国防会议)
_PERSON_HOLDS = re.compile(r"(?:同志|先生|女士)?(?:总统|总理|首相|主席|议长|部长|大使|会长)?(?:当晚|当夜|" + _TIME_WORD + r")*"
                           r"(?:也|还|又|专门|特地|亲自)*(?:在[^，。；：、在的]{1,14}?)?(?:主持)?(?:举行|召开)了?")


#: the verbs every match of _PERSON_HOLDS ends with (the quick test of a sentence)
_HOLDS_VERBS = re.compile("举行|召开")


@needs("Person", "Event", words=_HOLDS_VERBS)
def persons_hold_events(c: Context) -> Iterator[Found]:
    """A person who opens the clause and 举行/召开 an event (奇卢巴在总统府举行记者招待会) takes part
    in it; a body that does so organises it (the organiser patterns). Not one the event is held
    for (为李长水举行庆功大会: no subject) nor an event a relative clause names (召开的会议)."""
    text = c.text
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or p.source == "byline" or not c.is_subject(p):
            continue
        # the next event, past a place or a body where it is held (在市政府举行)
        nxt = next((m for m in ms[i + 1 :] if m.type in ("Event", "Person")), None)
        if nxt is None or nxt.type != "Event" or nxt.congress or nxt.start - p.end > 24:
            continue
        if _PERSON_HOLDS.fullmatch(text, p.end, nxt.start) and not text.startswith("的", nxt.end):
            yield p, "participatesIn", nxt, "person-holds-event"


def _event_right_after_at(c: Context, at_end: int) -> Mention | None:
    """The event 在 at ``at_end`` places a clause in: named right after 在, or after a clause
    saying when or where it was held (在今天召开的…会议上), and followed by 上 or 中 (or a report,
    a speech, a part of it: _IN_THE_EVENT). A party congress, most often named as the source of a
    line (十五大精神), counts only so followed by 上 or by its report (江泽民在十五大报告中指出)."""
    text = c.text
    for e in (m for m in c.mentions if m.type == "Event"):
        if e.start < at_end or e.start - at_end > 30:
            continue
        lead = text[at_end : e.start]
        # (在最近首届…展销会上: a time word before the name places the clause in it all the same)
        lead = _TIME_BEFORE_NAME.sub("", lead)
        if lead not in ("", "“", "『", "《", "\"") and not _HELD_THERE.search(lead.rstrip("“『《\"")):
            continue
        end = e.end + (1 if text[e.end : e.end + 1] in ("”", "』", "》", "\"") else 0)
        placed = _IN_THE_EVENT.match(text, end, c.sentence.end)
        if placed and (not e.congress or placed.group() != "中" and not in_open_quote(text, at_end)):
            return e
        if e.congress:
            continue  # (在十五大精神指引下召开的…会议上: the meeting after it, as before)
        return None
    return None


#: what follows 在 EVENT when the clause is placed in it: 上 or 中; its report or speech (在十五大报告中
#: 指出, 在…会议上的讲话中), its time (期间), a part of it (闭幕会上, 主席台上, 男子３米板决赛中), or giving
#: a speech or a report there (在中共六大作军事报告, 在…论坛发表讲话)
_IN_THE_EVENT = re.compile(r"(?:上的?|所作的|的)?(?:工作|政治|主题|军事)?(?:报告|讲话|发言)(?:中|里)"
                           r"|期间|(?:开幕式|闭幕式|开幕会|闭幕会|主席台|全体会议)上"
                           r"|[^，。；：！？在]{0,14}?(?:比赛|决赛|半决赛|预赛)中"
                           r"|(?:上)?(?:发表|作了?)[^，。；：！？]{0,8}?(?:讲话|演讲|报告)"
                           r"|[上中]")


def _close_of(c: Context, event: Mention) -> int:
    """Where what places the clause in ``event`` ends (after 上, 报告中, 期间, 决赛中)."""
    end = event.end + (1 if c.text[event.end : event.end + 1] in ("”", "』", "》", "\"") else 0)
    m = _IN_THE_EVENT.match(c.text, end, c.sentence.end)
    return m.end() if m else end + 1


@needs(words="在", event=True)
def at_named_event(c: Context) -> Iterator[Found]:
    """The subject of a clause placed in a named event by 在 EVENT 上/中 took part in it:
    ``布莱尔首相在会谈后举行的记者招待会上说`` and ``安徽省代表团在八运会上获…`` (the name, its post
    or an honorific and a time phrase, then 在); ``在今天举行的…座谈会上，老艺术家于是之…`` (the
    first name of the clause after the phrase, and the names listed with it). Not one who only
    learns the news there (记者某在…会议上获悉), nor a body that names a person's post."""
    if "Event" not in c.kinds and not _AT_KIND.search(c.text, c.sentence.start, c.sentence.end):
        return
    text = c.text
    ms = c.mentions
    for at in re.finditer("在", text[c.sentence.start : c.sentence.end]):
        at_end = c.sentence.start + at.end()
        event = _event_right_after_at(c, at_end)
        rule_end = ""
        if event is not None:
            close = _close_of(c, event)
        else:
            # 在大会上, 在这次座谈会上: a word for an event named just before (recent_event: the one of
            # that kind, none competing), not a name; the rule's name says it was so referred to
            kind = _KIND_PLACED.match(text, at_end, c.sentence.end)
            event = recent_event(c, at_end) if kind is not None else None
            if event is None:
                continue
            close, rule_end = kind.end(), "-referred-to"
        if _LEARNS.match(text, close, min(c.sentence.end, close + 4)):
            continue
        # 1. the name before 在 (its post, a time phrase between): the doer of the clause
        before = [m for m in ms if m.end <= at_end - 1 and m.type != "Place"]
        subject = before[-1] if before else None
        if subject is not None and subject.source != "byline" and (subject.type == "Person" or is_org(subject)):
            gap = _NAME_TO_AT.match(text, subject.end, at_end)
            post = gap.group("post") if gap else None
            ok = gap is not None and (not post or (subject.type == "Person" and (only_titles(post)
                                                                                  or _HONORIFIC.search(post))))
            if ok and subject.type == "Person" and (kin_anchor(c, subject) or c.before(subject, 2).endswith("记者")
                                                    or _possessed(text, subject.end, at_end)):
                ok = False
            if ok and is_org(subject) and titles_a_person(c, subject):
                ok = False
            if ok:
                yield subject, "participatesIn", event, "subject-at-named-event" + rule_end
                if subject.type == "Person":  # 阿萨德总统和穆巴拉克总统在…记者招待会上: each of the list
                    k = ms.index(subject)
                    while k > 0 and ms[k - 1].type == "Person" and _JOINED.match(c.gap(ms[k - 1], ms[k])) \
                            and in_list(c.gap(ms[k - 1], ms[k])):
                        k -= 1
                        yield ms[k], "participatesIn", event, "subject-at-named-event" + rule_end
                continue
        # 2. 在…EVENT上，SUBJECT…: the phrase opens its clause; the first name after it
        if text[close : close + 1] not in ("，", ","):
            continue
        if not _OPENER_START.search(text[c.sentence.start : at_end - 1]):
            continue
        clause_end = CLAUSE_END.search(text, close + 1, c.sentence.end)
        clause_end = clause_end.start() if clause_end else c.sentence.end
        inside = [m for m in ms if close + 1 <= m.start and m.end <= clause_end]
        first = next((m for m in inside if m.type == "Person" or is_org(m) or m.type == "Event"), None)
        if first is None or first.type == "Event" or first.source == "byline":
            continue
        if is_org(first):
            # 在…会议上，省电力局局长程光杰要求; 国务院副总理、全国资源委主任邹家华强调: the person
            # its post introduces is the subject, not the body
            person = next((m for m in inside if m.type == "Person" and m.start > first.start), None)
            if person is not None and (titles_a_person(c, first) or person.start - first.end <= 16
                                       and not re.search(r"[的，,]", text[first.end : person.start])):
                first = person
            elif text[close + 1 : first.start].strip():
                continue  # a body only after other words is no subject
        lead = text[close + 1 : first.start]
        for m in inside:
            if m.end <= first.start:
                lead = lead.replace(m.text, "")
        if _NOT_SUBJECT_LEAD.search(lead) or kin_anchor(c, first) or _possessed(text, first.end, clause_end):
            continue  # (在…会议上，周立新总经理的讲话稿被传阅: his words, not he, are the subject)
        if first.type == "Person":
            group = [first]
            k = ms.index(first) + 1
            while k < len(ms) and ms[k].type == "Person" and _JOINED.match(c.gap(group[-1], ms[k])) \
                    and in_list(c.gap(group[-1], ms[k])):
                group.append(ms[k])
                k += 1
            for p in group:  # 在…上，A、B当选: each of the list (not a name in the object: 传达了副省长C的…)
                yield p, "participatesIn", event, "subject-after-event-opener" + rule_end
        else:
            for o in c.coordinated(first):
                yield o, "participatesIn", event, "subject-after-event-opener" + rule_end


CLAUSE_END = re.compile(r"[，,；;。！？!?：:]")
#: 在 + a word for an event (大会, 这次座谈会, 今天的茶话会) + 上/中/期间: the clause placed in an event
#: not named there (which one: :func:`recent_event`)
_KIND_PLACED = re.compile(r"(?:此次|这次|本次|该|今天的?|昨天的?|当天的?)?(?:会议|大会|会|全会|座谈会|茶话会|团拜会|招待会|联欢会|"
                          r"晚会|报告会|研讨会|纪念会|表彰会|开幕式|闭幕式|仪式|典礼|比赛|竞赛|大赛|比武|培训班|研修班|展览会)"
                          r"(?:上|中|期间)")
_AT_KIND = re.compile("在" + _KIND_PLACED.pattern)

_JOINED = re.compile(r"^(?:[、，,]|和|与|及|以及)")


def _possessed(text: str, at: int, end: int) -> bool:
    """Whether the name ending at ``at`` is followed by 的, perhaps after its post: what it owns
    is the subject (周立新总经理的讲话稿)."""
    m = re.match(r"([\u4e00-\u9fff]{0,6}?)的", text[at:end])
    return m is not None and (not m.group(1) or only_titles(m.group(1)) or _HONORIFIC.search(m.group(1)) is not None)
