"""Roles that put a person at a meeting (``participatesIn``): the chair, who reports to it or
speaks at it, who is elected by it, honoured at a commendation or has a title conferred there."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model import Mention
from .context import CONVENED_THEN, COORDINATORS, NAME_JOINERS, Context, Found, is_org, only_titles, opening
from .prerequisites import needs
from .event_references import ANOTHER_TIME_BEFORE, AT_EVENT_OPENER, EARLIER_TIME, _HALF_WIDTH, article_year, event_of_its_kind, kind_endings, one_named_before, other_time_words, other_times_said, recent_event, said_outside_names
from .person_lists import in_list, listed_before, person_list_from


def _noun_group(kinds: tuple[str, ...]) -> str:
    """A regex group ``noun`` matching any of ``kinds``, in the order given (longer first where
    one opens another: 会议 before 会)."""
    return "(?P<noun>" + "|".join(kinds) + ")"


#: the kinds of meeting a report names it by (the one list of this module; event_references.KIND_ENDINGS
#: holds only the generic words, 会, 大会, 会议, and the endings of the events each means)
_MEETING_KINDS = ("会议", "大会", "座谈会", "茶话会", "团拜会", "联欢会", "招待会", "报告会", "开幕式", "闭幕式", "仪式", "会")
#: 会议由 A 主持, A 主持(了)会议: the chair; the verb's object, when said, is a meeting noun
_MEETING_NOUN = _noun_group(_MEETING_KINDS)
_CHAIRED_BY = re.compile(_MEETING_NOUN + r"由[^，。；]{0,16}$")
_CHAIRS = re.compile(r"(?:等)?(?:共同)?主持(?:了)?(?:" + _MEETING_NOUN + r"|(?=[。，；并]|$))")
#: A 主持开班式 / 启动仪式 / 颁奖仪式: a ceremony of an event named before it (a training class, an
#: activity it launches), by the word for it that :func:`recent_event` reads (``kind`` starts there)
_CHAIRS_CEREMONY = re.compile(r"(?:等)?(?:共同)?主持(?:了)?(?:今天的|当天的)?(?:启动|颁奖|揭牌|签约|签字|开营)?"
                              r"(?P<kind>开班式|结业式|开班仪式|结业仪式|仪式|典礼)(?=[，。；！并,]|$)")
#: A (会见代表团)并主持座谈: a meeting said by what is done at it (座谈, 研讨), the one 座谈会/研讨会 named before
_CHAIRS_BY_DOING = re.compile(r"(?:[^，。；、]{1,12}?并)?(?:共同)?主持(?:了)?(?P<doing>座谈|研讨)(?=[，。；！,]|$)")
#: a new time or a move to a place between a meeting named and a chair's 主持座谈: another meeting
_MOVED_ON = re.compile(r"[0-9０-９一二三四五六七八九十]+月|[0-9０-９]+日|次日|翌日|去年|今年|上月|下月|赴|来到|前往|深入|到(?!会|场)")
#: A 主持召开(了/的) X会议: the chair of a meeting named right after
_CHAIRS_NAMED = re.compile(r"(?:等)?(?:共同)?主持(?:召开|举行)?(?:了|的)?")
#: A 作(了)…报告, A 代表…作…报告; 听取了 A 所作的…报告: who reported to the meeting
_REPORTS = re.compile(r"(?:代表[^，。；]{1,12}?)?(?:作|做)(?:了)?[^，。；]{0,10}?报告")
_HEARD = re.compile(r"听取(?:了)?$")
#: A (等) 向 B 颁奖/颁发…: one who hands out awards, and (``to``) to whom
GIVES_AWARDS = re.compile(r"(?:等)?(?:也|还|分别|先后|一起|共同)?(?:向|为)(?P<to>[^，。；]{2,80}?)"
                           r"(?:颁奖|颁发|授奖|发奖|颁了奖|发了奖|授予|颁发了)")
#: a sentence placed at a meeting by its kind alone (会上，; 在今天的研讨会上，; 在总结表彰会上，; 在昨天的表彰会
#: 上，; 本次大会上，): the one opener of this module, read for speakers (the reported meeting when of that
#: kind) and for honours (the meeting :func:`event_of_its_kind` finds). Not :data:`_REFERS_TO_MEETING`,
#: which also reads the meeting as the subject (会议对…进行了表彰) to tell whether it commends
_AT_MEETING_OF_KIND = re.compile(r"\s*(?:在)?(?:(?:今天|今日|昨天|当天|当日|上午|下午|这次|此次|本次)(?:的)?)?"
                                 r"(?P<noun>[\u4e00-\u9fff]{0,4}?(?:" + "|".join(_MEETING_KINDS) + r"))上[，,]")
#: A (等)(共同)为…揭牌: the act a ceremony is named by (揭牌仪式, 剪彩仪式), performed by those before it
_PERFORMS_THE_ACT = re.compile(r"(?:等(?:[0-9０-９一二三四五六七八九十]+[位名])?"
                               r"(?:(?:有关|相关|各级|省|市|县|区|省市|市县|市区)?(?:领导同志|负责同志|领导|嘉宾)|同志)?)?"
                               r"(?:也|还|一起|一同|共同)?(?:为(?P<object>[^，。；：]{1,20}?))?(?P<act>揭牌|剪彩|揭幕|授牌|授旗|奠基)")
#: A 在讲话中指出: a speech, in the report of a meeting, is at the meeting
_IN_SPEECH = re.compile(r"在(?:讲话|报告|发言|致辞|致词|贺词|答谢词)中(?:指出|强调|说|表示|要求)")


_SPEECH_VERB = re.compile(r"(?:等)?(?:也|还|分别|先后|相继)?(?:强调|指出|表示|说|讲话|要求|希望|宣布|致辞|发言)")
#: what a speaker at a meeting does with the meeting's business: 传达, 通报, 宣读, 介绍
_BUSINESS_VERB = re.compile(r"(?:也|还|分别|先后|相继)?(?:传达|通报|宣读|介绍|公布)(?:了)?")


def _performed_elsewhere(c: Context, act: re.Match, ceremony: Mention) -> bool:
    """Whether the act (为…揭牌) is performed at another time (去年5月，…还为…揭牌; 2024年, 曾) or for
    another body than the ceremony's (…还为南岭县某工作站揭牌 in the report of 某中心揭牌仪式)."""
    for t in other_times_said(c, act.start()):  # (another performance; not 曾 of 曾立新)
        if t.group("year") is None or t.start() == c.sentence.start or c.text[t.start() - 1] in "，,；;":
            return True  # (a year opening the sentence or a clause, 2024年，; not 2025年全国劳动模范)
    if act.group("object") is None:
        return False
    named = ceremony.name[: ceremony.name.find(act.group("act"))]
    if len(named) >= 2 and act.group("object").endswith(named):
        return False  # (为南岭县总工会职工服务中心揭牌 at the 职工服务中心揭牌仪式: the same body named fuller)
    return any(m.type != "Person" and m.type != "Event" and act.start("object") <= m.start and m.end <= act.end("object")
               and m.name not in ceremony.name for m in c.article.mentions)


def _title_then_speech(text: str, at: int, end: int) -> bool:
    """在…会议上，周立新总经理传达了…: a title after the name, then a verb of speaking or of the
    meeting's business (传达, 通报); or such a verb right after the name."""
    if _BUSINESS_VERB.match(text, at, end):
        return True
    for n in range(2, 7):
        if at + n < end and only_titles(text[at : at + n]) and (
                _SPEECH_VERB.match(text, at + n, end) or _BUSINESS_VERB.match(text, at + n, end)):
            return True
    return False


#: A 等…受到表彰: those honoured at a commendation
#: a sentence opened by a year alone or an earlier time (2024年，; 此前，): the story before the meeting
_BACKGROUND = re.compile(r"(?:[0-9０-９]{4}年|" + EARLIER_TIME.pattern + r")[，,]")
_HONOURED = re.compile(r"[^，。；]{0,16}?(?:(?:受到|获得)(?:了)?(?:大会|会议)?(?:的)?表彰"
                       r"|(?:被|分别被)(?:授予|评为|命名为|表彰为)|(?:分别)?获评|荣获[^，。；]{1,14}?(?:称号|荣誉称号))")


#: after a person's name and titles: a time and a place where the person acts (今天在深圳, 在京)
_SETTING = re.compile(r"(?:今天|昨天|日前|近日|当天|[0-9０-９]{1,2}日)?(?:上午|下午|晚上)?(?:在[^，。；：、的]{1,10}?)?"
                      r"(?=(?:共同)?主持)")


def _past_titles_and_setting(c: Context, p: Mention) -> int:
    """Where the predicate of person ``p`` opens: past the titles written after the name (李强总理)
    and a time and a place (今天在深圳), when no other person is named in between."""
    text, end = c.text, c.sentence.end
    nxt = next((m for m in c.mentions if m.start >= p.end), None)
    at = p.end
    for n in range(4, 1, -1):  # the longest title first: 副总理, 总理
        if at + n <= (nxt.start if nxt is not None else end) and only_titles(text[at : at + n]):
            at += n
            break
    setting = _SETTING.match(text, at, end)
    if setting is None or any(m.type == "Person" and at <= m.start < setting.end() for m in c.mentions):
        return at
    return setting.end()


@needs(event=True)
def meeting_roles(c: Context) -> Iterator[Found]:
    """Roles that put a person at a meeting: the chair (会议由A主持, A主持会议), who reports to it
    (A作工作报告, 听取了A所作的报告), who speaks (在…座谈会上，A强调; A在讲话中指出, in the
    report of that meeting) and who is honoured at a commendation (A等受到表彰). The meeting is
    the one named in the clause, else the one the report is about (its name ends in 会 or 会议)."""
    text = c.text
    ms = c.mentions
    named = [e for e in c.events()]
    main = c.main_event if c.main_event is not None and c.main_event.name.endswith(("会", "会议")) else None

    def of_kind(noun: str | None) -> Mention | None:
        """The reported meeting, when a noun names its kind (:func:`kind_endings`): a 座谈会 is no 茶话会;
        a 表彰大会 is a 总结表彰会."""
        if main is None or noun is None:
            return main
        return main if main.name.endswith(kind_endings(noun)) else None

    meeting = main
    #: a ceremony reported (揭牌仪式, 颁奖典礼): one speaks at it in a 致词 as at a meeting
    ceremony = c.main_event if c.main_event is not None and c.main_event.name.endswith(("仪式", "典礼")) else None
    opener = AT_EVENT_OPENER.match(text, c.sentence.start, c.sentence.end)
    for i, p in enumerate(ms):
        if p.type != "Person":
            continue
        before = text[c.sentence.start : p.start]
        group = person_list_from(c, i)
        last = group[-1]
        rule = event = None
        chaired_by = _CHAIRED_BY.search(before)
        chairs = _CHAIRS.match(text, last.end, c.sentence.end)
        # (asked only where the sentence names an event: a third of this rule's time went on
        # the titles and setting of every person otherwise)
        convened = (_CHAIRS_NAMED.match(text, last.end, c.sentence.end) or _CHAIRS_NAMED.match(
            text, _past_titles_and_setting(c, last), c.sentence.end)) if named else None
        right_after = [e for e in named if convened and convened.end() <= e.start <= convened.end() + 1]
        if right_after:  # A主持召开了X会议, 在A主持召开的X会议上: the chair of the meeting named
            for q in group:
                yield q, "participatesIn", right_after[0], "chairs-named-event"
            continue
        if chaired_by and text.startswith(("主持", "共同主持"), last.end):
            by_name = [e for e in named if e.end <= c.sentence.start + chaired_by.end("noun")]  # (before: from the sentence start)
            rule, event = "chair-of-meeting", by_name[-1] if by_name else of_kind(chaired_by.group("noun"))
        elif chairs or _IN_SPEECH.match(text, last.end, c.sentence.end):
            noun = chairs.group("noun") if chairs else None
            if chairs and noun is None and (by := re.search(_MEETING_NOUN + "由", before)):
                noun = by.group("noun")  # 茶话会由 A、B、C 共同主持: the kind is said before
            rule, event = "chair-or-speaker-of-meeting", of_kind(noun) if not named else None
            if event is None and not chairs and not named and ceremony is not None:
                event = ceremony  # 副市长王立在致词中说, in the report of a 揭牌仪式
        elif _REPORTS.match(text, last.end, c.sentence.end) or (
                _HEARD.search(before) and text.startswith(("所作", "所做", "作的", "做的"), p.end)):
            rule, event = "reports-to-meeting", meeting if not named else None
        elif opener and p.start >= opener.end() and c.clause_of(p)[0] == opener.end() and (_SPEECH_VERB.match(
                text, last.end, c.sentence.end) or _title_then_speech(text, last.end, c.sentence.end)
                or GIVES_AWARDS.match(text, last.end, c.sentence.end)):
            inside = [e for e in named if opener.start() < e.start and e.end <= opener.end()]
            # 在今天的研讨会上，A强调: no name in the phrase, a word for the meeting reported
            noun = _AT_MEETING_OF_KIND.fullmatch(opener.group()) if not inside else None
            rule, event = "speaker-at-event", inside[-1] if inside else (of_kind(noun.group("noun")) if noun else None)
            gives = GIVES_AWARDS.match(text, last.end, c.sentence.end)
            if event is not None and gives is not None and p is group[0]:
                # …向获得“十佳”的运动员A、B颁奖: those awarded there took part in it too
                for q in ms:
                    if q.type == "Person" and gives.start("to") <= q.start and q.end <= gives.end("to"):
                        yield q, "participatesIn", event, "awarded-at-event"
        elif (honour := _HONOURED.match(text, last.end, c.sentence.end)) and "的" not in text[p.end : honour.end()] \
                and (honoured := _honoured_in(c, meeting, named)) is not None:
            # (not 方某提出的“某某”提案被评为优秀提案: what the person wrote is honoured, not the person)
            rule, event = honoured
            if event is not None and _honour_of_another_time(c, group[0].start, event):
                event = None  # 会上，某某回顾说，去年A被评为…: an honour of then
            if event is not None and p is group[0]:
                # A工会主席甲、B总工会副主席乙等15名同志被评为…: each of the list, with its unit and title
                for q in listed_before(c, i):
                    if "的" not in text[q.end : p.start]:  # (方某提出的“某某”…: no list of the honoured)
                        yield q, "participatesIn", event, rule
        elif _ELECTED.match(text, last.end, c.sentence.end):
            # 贾祥当选为…委员会主席 in the report of a 换届大会: elected to a post at it
            at = [e for e in named if e.end <= p.start and text.startswith(("上", "中"), e.end)]
            elsewhere = _AT_A_MEETING.search(before) or _elected_there_before(c)  # 在随后召开的全委会上: another meeting
            background = _BACKGROUND.match(text, c.sentence.start)  # 2024年，某工会成立，A当选主席: before it
            rule, event = "elected-at-meeting", at[-1] if at else (
                meeting if not named and not elsewhere and not background else None)
        if event is None and not named and rule is None and (part := _CHAIRS_CEREMONY.match(text, last.end, c.sentence.end)):
            # 蒋某主持仪式 after …启动仪式在…举行; 刘某主持开班式 in the report of a 培训班: the one event
            # of that kind named just before (two of that kind: no telling which, no fact)
            rule, event = "chairs-event-named-before", recent_event(c, part.start("kind"))
        elif event is None and not named and rule == "chair-of-meeting" and chaired_by.group("noun"):
            # 会议由某某主持 in the report of an activity that held one meeting: the one named just before
            rule, event = "chairs-event-named-before", recent_event(c, c.sentence.start + chaired_by.start("noun"))
        elif event is None and not named and rule == "chair-or-speaker-of-meeting" and chairs and chairs.group("noun"):
            rule, event = "chairs-event-named-before", recent_event(c, chairs.start("noun"))
        if event is None and not named and rule is None and (doing := _CHAIRS_BY_DOING.match(text, last.end, c.sentence.end)):
            kind = doing.group("doing") + "会"
            rule, event = "chairs-event-named-before", one_named_before(c, p.start, kind)
            if event is not None and _MOVED_ON.search(text, event.end, doing.start("doing")):
                event = None  # 5月召开座谈会。8月，A赴某公司调研并主持座谈: another time or place, another meeting
        if event is None and not named and rule is None and ceremony is not None \
                and (act := _PERFORMS_THE_ACT.match(text, last.end, c.sentence.end)) is not None \
                and act.group("act") in ceremony.name and ceremony.end <= c.sentence.start \
                and not _performed_elsewhere(c, act, ceremony):
            # 副市长甲，副院长乙共同为中心揭牌 in the report of a 某中心揭牌仪式: who performs the ceremony's
            # own act (揭牌, 剪彩) takes part in it
            rule, event = "performs-the-ceremony", ceremony
            for q in listed_before(c, i) if p is last else ():
                yield q, "participatesIn", event, rule  # 副市长甲，副院长乙，…丙共同为中心揭牌: each of the list
        if event is not None and p in group:
            yield p, "participatesIn", event, rule
    yield from _elected_by_meeting(c)
    yield from _conferred_at_commendation(c)
    # 甲公司工会、乙集团工会等10家单位被授予…称号: the bodies honoured at the commendation reported
    if (honoured := _honoured_in(c, meeting, named)) is not None and honoured[1] is not None:
        rule, honoured_in = honoured
        for i, m in enumerate(ms):
            if honoured_in is None:
                break
            if not is_org(m) or (i + 1 < len(ms) and is_org(ms[i + 1]) and c.gap(m, ms[i + 1]) in COORDINATORS):
                continue  # (from the last of a list)
            listed = [m]
            for k in range(i - 1, -1, -1):
                if not (is_org(ms[k]) and c.gap(ms[k], ms[k + 1]) in COORDINATORS):
                    break
                listed.append(ms[k])
            # (or the object of the commendation: 大会对A工会等10个“模范职工之家”进行了表彰)
            # (or those it confers a title on: 会上，集团工会为A班组等5个集体授予“…”称号)
            object_of = c.before(listed[-1], 1)
            if (_HONOURED.match(text, m.end, c.sentence.end) and _BODIES_ETC_OR_NONE.match(text, m.end)
                    or object_of == "对" and _COMMENDED_OBJECT.match(text, m.end, c.sentence.end)
                    or object_of == "为" and _CONFERRED_ON.match(text, m.end, c.sentence.end)) \
                    and not (object_of in ("对", "为") and _TO_COMMEND_LATER.search(text, c.sentence.start, listed[-1].start)) \
                    and not _honour_of_another_time(c, listed[-1].start, honoured_in):
                for k in listed:
                    yield k, "participatesIn", honoured_in, rule


#: before 对 A 予以表彰 (为 A 授予…): a decision or intention to commend (会议研究决定，对…; 将对…), not the commendation made
_TO_COMMEND_LATER = re.compile(r"决定|研究|拟|(?:将|要|准备|计划)[对为]$")


#: a meeting that sums up a campaign (某竞赛总结交流会, 某活动总结表彰大会): those it honours won in the
#: campaign (not a year's work summed up: 2024年度工会工作总结表彰大会 honours at itself)
_SUMS_UP = re.compile(r"(?:竞赛|大赛|比赛|比武|活动|行动)总结")


def _honoured_in(c: Context, meeting: Mention | None, named: list[Mention]) -> tuple[str, Mention | None] | None:
    """Where those the sentence honours were honoured, and the rule: None when no meeting of the
    sentence commends; the event None when one does but the sentence names another event.

    A sentence placed at a meeting by its kind alone (会上，; 在总结表彰会上，) honours at the meeting
    :func:`event_of_its_kind` finds: the report's meeting of that kind, unless one of the kind is told
    held after it (当天下午，…还召开了…座谈会。会上，: that one; it commends or no fact), even a meeting
    that sums up a campaign. Otherwise the report's meeting, when it commends; one that sums up a
    campaign (某竞赛总结表彰会) honours for the campaign (会议对竞赛中涌现的…进行了表彰，A班组等获评…).

    E.g. ``某竞赛总结表彰会召开。…会上，A公司等被评为…`` honours A at the 总结表彰会."""
    opener = _AT_MEETING_OF_KIND.match(c.text, c.sentence.start, c.sentence.end)
    if opener is not None and opener.group("noun").endswith(("会", "会议")):
        at = event_of_its_kind(c, opener.group("noun"), c.sentence.start)
        if at is None or not _commends(c, at):
            return ("honoured-at-meeting", None) if meeting is not None and _commends(c, meeting) else None
        return "honoured-at-meeting", at if not named or named == [at] else None
    if meeting is None or not _commends(c, meeting):
        return None
    if named and named != [meeting]:
        return "honoured-at-meeting", None
    if _SUMS_UP.search(meeting.name):
        return "honoured-in-campaign-summed-up", _campaign_summed_up(c, meeting)
    return "honoured-at-meeting", meeting


#: a recall whose words follow it (回顾说，; 回顾道：): an honour told in them is one of then (not 回顾了
#: 一年来的工作，, a clause of its own before an honour of the day)
_RECALLS = re.compile(r"回顾(?:说|道|指出|表示|称)?[，,：:]")
#: the marks that close a clause within a sentence
_CLAUSE_MARKS = re.compile(r"[，,；;：:]")
#: a clause before the honour's that sets it in an occasion (在去年的竞赛中，在上届比武中，)
_SETTING_CLAUSE = re.compile(r"\s*在[^，,；;：:]{1,24}?(?:中|上|里|期间|时|之际)")
#: after a time opening a clause, the few words a clause of a time alone may add (去年3月，2025年底，)
_TIME_CLAUSE_TAIL = 4
#: a modifier ending in 的 right before those honoured, perhaps before their kind (多年来扎根一线的|李明;
#: 曾获得全国五一劳动奖章的职工|李明): a time in it describes them, not when the honour was given
_MODIFIER_BEFORE = re.compile(r"的[^的中上里时]{0,4}$")


def _honour_of_another_time(c: Context, at: int, event: Mention) -> bool:
    """Whether the honour of those named from ``at`` is dated to another time than the ``event``'s: a
    time (去年, 此前, 曾, 以往, 上届, a year neither the article's nor the event's) in the honour's own
    clause or in a clause setting it (在去年的竞赛中，), words inside names aside, or the honour told in a
    recall (回顾说，). A time in a modifier of those honoured dates them, not the honour (会上，多年来扎
    根一线的李明等被授予…; 荣获2025年…奖状的A公司等被评为…), and a time in a clause of its own does not
    reach it (会上，与以往不同的是，A等被评为…). A year's honours (表彰了2026年度“先进职工之家”) are the
    scope of the commendation, not its time.

    E.g. ``会上，张卫东指出，去年A等被评为…`` honours A at no meeting reported."""
    text, lo = c.text, c.sentence.start
    if any(said_outside_names(c, _RECALLS, lo, at)):
        return True
    marks = [m.end() for m in _CLAUSE_MARKS.finditer(text, lo, at)]
    start = marks[-1] if marks else lo
    # the honour's own clause, unless it is all a modifier of those honoured, and the clauses setting it
    spans = [] if _MODIFIER_BEFORE.search(text, start, at) else [(start, at)]
    for k in range(len(marks) - 1, -1, -1):
        prev = marks[k - 1] if k else lo
        if not (_SETTING_CLAUSE.fullmatch(text, prev, marks[k] - 1) or _time_clause(c, prev, marks[k] - 1)):
            break
        spans.append((prev, marks[k] - 1))
    for s, e in spans:
        for t in other_times_said(c, e):
            if t.start() < s:
                continue
            year = t.group("year")
            if year is None:
                return True
            digits = year.translate(_HALF_WIDTH)[:4]
            if not (text.startswith("度", t.end()) or digits in event.name or digits == article_year(c)):
                return True
        if any(said_outside_names(c, other_time_words(), s, e)):
            return True
    return False


def _time_clause(c: Context, start: int, end: int) -> bool:
    """Whether the clause from ``start`` to ``end`` is a time alone (去年，2025年，此前，以往，), not one that
    only holds a time word (与以往不同的是，按照以往惯例，)."""
    clause = c.text[start:end].lstrip()
    t = ANOTHER_TIME_BEFORE.match(clause) or other_time_words().match(clause)
    return t is not None and len(clause) - t.end() <= _TIME_CLAUSE_TAIL


def _campaign_summed_up(c: Context, meeting: Mention) -> Mention | None:
    """The campaign a 总结 meeting sums up: the event the article names whose name the meeting's
    opens with, right before 总结 (某劳动竞赛 → 某劳动竞赛总结交流会); none named, no fact."""
    for e in c.article.mentions:
        if e.type == "Event" and e.key != meeting.key and meeting.name.startswith(e.name) \
                and meeting.name[len(e.name):].startswith("总结"):
            return e
    return None


def _commends(c: Context, meeting: Mention) -> bool:
    """Whether the meeting reported is a commendation: its name says so (表彰大会), or the report
    says it commended before this sentence, in the sentence that names it or in one that refers
    to it (会议对…进行了表彰, 在…全委会议上，对…进行了命名表彰)."""
    if "表彰" in meeting.name:
        return True
    if meeting.end <= c.sentence.start and _REPORTED_MEETING.search(meeting.name) and any(
            _REFERS_TO_MEETING.match(c.text, at, c.sentence.end) for at in (_paragraph_start(c), c.sentence.start)):
        return True  # 会上，…。A班组被授予“…”称号: a title conferred in the business of the meeting reported
    for sent in c.article.sentences:
        if sent.start > c.sentence.start:
            break
        if sent.end <= meeting.start or not _COMMENDS.search(sent.text):
            continue
        if sent.start <= meeting.start < sent.end or _REFERS_TO_MEETING.match(sent.text):
            return True
    return False


def _paragraph_start(c: Context) -> int:
    """Where the paragraph (a line of the article) holding the sentence opens."""
    return c.text.rfind("\n", 0, c.sentence.start) + 1


#: a meeting that does business (a congress, a committee's plenary, a work meeting): not a forum or
#: a ceremony, where a title conferred is news of the day rather than the meeting's act
_REPORTED_MEETING = re.compile(r"(?:代表大会|职代会|委员会议|全委(?:（扩大）)?会议|工作会议?|推进会|总结会|年会)(?:第[一二三四五六七八九十]+次会议)?$")
#: after 为 and the bodies a title is conferred on: the verb (为A等5个集体授予“…”称号)
_CONFERRED_ON = re.compile(r"(?:等[^，。；]{0,10}?)?(?:授予|颁发|命名)")
#: after 对 and the bodies (or people) commended: the verb of commending them (等10个“…”进行了表彰)
_COMMENDED_OBJECT = re.compile(r"[^，。；]{0,16}?(?:进行(?:了)?|予以|给予(?:了)?)(?:通报)?(?:表彰|表扬)")
#: a meeting's commendation: 表彰, or a 表扬 (通报表扬) of units or people
_COMMENDS = re.compile(r"表彰|表扬")
#: a sentence that opens with a word for the meeting reported (会议对…, 会上，…, 大会表彰了…): the meeting
#: as the subject too, not only the place (:data:`_AT_MEETING_OF_KIND`), to tell whether it commends
_REFERS_TO_MEETING = re.compile(r"\s*(?:此次|这次|本次)?(?:会议|大会|会上|会议上|大会上)")


#: 授予 A、B “…” (光荣|荣誉)称号: the verb of conferring a title, before those it honours
_CONFERS = re.compile(r"(?:分别|特别|正式)?授予(?:了)?")
_TITLE_AFTER = re.compile(r"(?:等[0-9０-９一二三四五六七八九十]*(?:名|位|人|家|个)?(?:同志|职工|单位|集体)?)?"
                          r"(?:[“『\"][^”』\"]{1,16}[”』\"]|[\u4e00-\u9fff]{2,12}?)(?:光荣|荣誉)?称号")


def _conferred_at_commendation(c: Context) -> Iterator[Found]:
    """…召开表彰大会，授予A、B“文明使者”光荣称号: those a commendation confers a title on take
    part in it: the commendation named before the verb in the sentence (its name holds 表彰 or
    颁奖), else the one the report is about when the sentence names no event."""
    text = c.text
    if text.find("授予", c.sentence.start, c.sentence.end) < 0:
        return  # (every match of _CONFERS holds 授予: most sentences have none)
    named = list(c.events())
    for verb in _CONFERS.finditer(text, c.sentence.start, c.sentence.end):
        first = next((k for k, m in enumerate(c.mentions) if opening(text, m) == verb.end()), None)
        if first is None or not (c.mentions[first].type == "Person" or is_org(c.mentions[first])):
            continue
        kind = c.mentions[first].type
        group = c.coordinated(c.mentions[first], lambda m: m.type == kind, NAME_JOINERS)
        if not _TITLE_AFTER.match(text, group[-1].end, c.sentence.end):
            continue
        before = [e for e in named if e.end <= verb.start()]
        if before:
            event = before[-1] if re.search(r"表彰|颁奖|授奖", before[-1].name) else None
        elif not named and c.main_event is not None and re.search(r"表彰|颁奖|授奖", c.main_event.name):
            event = c.main_event
        else:
            event = None
        if event is not None:
            for q in group:
                yield q, "participatesIn", event, "conferred-at-commendation"


def _elected_there_before(c: Context) -> bool:
    """…第一次全体会议上，A当选为主席；B当选为…主任: the sentence before, cut off by a semicolon, set
    its elections at another meeting (在…会上, or a session that 选举), and this one goes on with them."""
    prev = [s for s in c.article.sentences if s.end <= c.sentence.start]
    if not prev or not prev[-1].text.endswith(("；", ";")):
        return False
    last = prev[-1]
    return bool(_AT_A_MEETING.search(last.text)) or any(
        e.type == "Event" and last.start <= e.start < last.end and e.name.endswith(_SESSION) and e is not c.main_event
        and _ELECTS.search(c.text, e.end, last.end) for e in c.article.mentions)


#: a meeting's vote that names people to posts: (会议)(通过)增选/增补/选举 A(和B)为…
_ELECTS = re.compile(r"(?:通过|一致)?(?:增选|增补|补选|选举|推选|选出)(?:了)?")
#: a sentence whose subject is the meeting reported (会议通过…, 大会选举…, 会上…)
_MEETING_SUBJECT = re.compile(r"(?:会议|大会|全会|会上|大会上|会议上)[，,]?")


def _elected_by_meeting(c: Context) -> Iterator[Found]:
    """在…常委会上，增补A和B为副主席; 会议通过增选A为副主席: those a meeting elects take part in
    it: the meeting named in the opener 在…上，, else, when the sentence opens with 会议 or 大会
    as its subject, the meeting named just before that the word refers back to."""
    text = c.text
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or (i > 0 and ms[i - 1].type == "Person" and in_list(c.gap(ms[i - 1], p))):
            continue  # (from the first of a list)
        verb = _ELECTS.search(text, max(c.sentence.start, p.start - 6), p.start)
        if verb is None or verb.end() != p.start:
            continue
        group = person_list_from(c, i)
        if not text.startswith(("为", "担任"), group[-1].end):
            group = _elected_list(c, i)  # (选举韩应选（撒拉族）为…; A、敬正书、B为…: a note, a name missed)
            if not (_THEN_AS.match(text, group[-1].end) or text.startswith("担任", group[-1].end)):
                continue
        lead = text[c.sentence.start : verb.start()]
        opener = AT_EVENT_OPENER.match(text, c.sentence.start, verb.start())
        inside = [e for e in c.events() if opener and opener.start() < e.start and e.end <= opener.end()]
        if inside and opener.end() == verb.start():
            event = inside[-1]
        elif not c.names_an_event and _MEETING_SUBJECT.match(lead) \
                and (before := recent_event(c, c.sentence.start)) is not None:
            event = before  # the meeting named last before, that 会议 refers back to
        elif (subject := _electing_meeting(c, verb.start())) is not None:
            event = subject  # 政协…第一次全体会议１月１４日选举A为省政协主席，B、C为副主席: the session, the subject
        else:
            continue
        for q in group:
            yield q, "participatesIn", event, "elected-by-meeting"
        if event is not None and not (inside and opener.end() == verb.start()) and _electing_meeting(c, verb.start()):
            # …，B、C为省政协副主席；选举D为…: the later lists of the same sentence, each before 为
            for q in _later_elected(c, group[-1]):
                yield q, "participatesIn", event, "elected-by-meeting"


#: between a session and the verb of electing: when (１月１４日, 一月十七日、十八日, 一月十七日和一月十八日, 今天)
_SESSION_TO_ELECTS = re.compile(r"(?:今天|昨天|日前|近日|(?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日"
                                r"(?:[、和至](?:[0-9０-９一二三四五六七八九十]{1,2}月)?[0-9０-９一二三四五六七八九十]{1,3}日)*)?"
                                r"(?:上午|下午|晚上)?(?:分别)?")
#: a session that elects: a congress or a council in session (…人民代表大会第一次会议, 第一次全体会议, 全会)
_SESSION = ("会议", "全会", "大会", "全委会")


def _electing_meeting(c: Context, verb_start: int) -> Mention | None:
    """The session that is the subject of 选举 at ``verb_start``: named right before it (a date
    between) as the sentence's subject (…第一次全体会议１月１４日选举); or, for a sentence opening with
    选举, the session that so elected in the sentence before (…选举A为主任…；|选举B为省长)."""
    text = c.text
    named = [e for e in c.events() if e.end <= verb_start]
    if named:
        ev = named[-1]
        if ev.name.endswith(_SESSION) and _SESSION_TO_ELECTS.fullmatch(text, ev.end, verb_start) \
                and not [m for m in c.mentions if ev.end <= m.start < verb_start] \
                and (c.is_subject(ev) or CONVENED_THEN.fullmatch(text, c.clause_of(ev)[0], ev.start)):
            return ev
        return None
    if text[c.sentence.start : verb_start].strip():
        return None
    prev = [s for s in c.article.sentences if s.end <= c.sentence.start]
    if not prev or not _ELECTS.match(text, prev[-1].start) and not re.search(r"[；;]\s*$", prev[-1].text):
        return None
    for s in reversed(prev[-3:]):  # the run of 选举 sentences back to the one naming the session
        verb = _ELECTS.search(text, s.start, s.end)
        if verb is None:
            return None
        events = [m for m in c.article.mentions if m.type == "Event" and not m.congress and s.start <= m.start < verb.start()]
        if events:
            ev = events[-1]
            subject = next((m for m in c.article.mentions if s.start <= m.start < s.end), None)
            ok = ev.name.endswith(_SESSION) and _SESSION_TO_ELECTS.fullmatch(text, ev.end, verb.start()) \
                and not [m for m in c.article.mentions if ev.end <= m.start < verb.start()]
            return ev if ok and subject is not None else None
    return None


def _later_elected(c: Context, last: Mention) -> Iterator[Mention]:
    """The persons of the later lists in the sentence after ``last``, each list opening a clause
    (，B、C为… ；选举D为…) and followed by 为."""
    text = c.text
    ms = c.mentions
    k = ms.index(last) + 1
    while k < len(ms):
        p = ms[k]
        if p.type == "Person" and _LIST_OPENS.search(text, ms[k - 1].end, p.start):
            group = _elected_list(c, k)
            k = ms.index(group[-1]) + 1
            if _THEN_AS.match(text, group[-1].end):
                yield from group
        else:
            k += 1


def _elected_list(c: Context, k: int) -> list[Mention]:
    """The person at ``k`` and the names listed after it: 、 or 和 between, perhaps around names
    the recognisers missed (李达昌、敬正书、王金祥) and notes in brackets (李进（女）、王恒丰)."""
    ms = c.mentions
    group = [ms[k]]
    k += 1
    while k < len(ms) and _ELECTED_JOINER.fullmatch(c.gap(group[-1], ms[k])):
        if ms[k].type != "Person":
            # a name of the list misread as a place or a body (蒙美路（女）、): passed over when names go on
            if not (k + 1 < len(ms) and ms[k + 1].type == "Person" and len(ms[k].text) <= 4
                    and _MISREAD_NAME_GAP.fullmatch(c.gap(ms[k], ms[k + 1]))):
                break
            k += 1
            continue
        group.append(ms[k])
        k += 1
    return group


#: after a name of a list misread as another kind: a note in brackets, then 、 (蒙美路（女）、程运铁)
_MISREAD_NAME_GAP = re.compile(r"(?:[（(][^）)]{1,8}[）)])?、")


#: between two names of a list of those elected: 、 or 和, perhaps around names not recognised
_ELECTED_JOINER = re.compile(r"(?:、|和|及)(?:[\u4e00-\u9fff·]{2,6}、)*")
#: after the last name: perhaps a note in brackets (（女）, （蒙古族）) and names the recognisers missed
#: (、黄兴国), then 为
_THEN_AS = re.compile(r"(?:[（(][^）)]{0,10}[）)])?(?:、[\u4e00-\u9fff·]{2,6}?(?:[（(][^）)]{0,10}[）)])?)*为")


#: what opens a later list of those elected: a comma or a semicolon (and 选举 again), right before it
_LIST_OPENS = re.compile(r"[，；;](?:选举|推选|补选|增选)?$")


#: after the last body of an honoured list: nothing, or 等 and a count of bodies (等10家单位)
_BODIES_ETC_OR_NONE = re.compile(r"(?:等(?:[0-9０-９一二三四五六七八九十百余多几]+(?:家|个))?(?:单位|企业|集体|基层工会|工会|班组)?)?"
                                 r"(?:分别)?(?:被|荣获|受到|获得|获评)")
_AT_A_MEETING = re.compile(r"在[^，。；]{0,30}?会(?:议)?上")
#: A 当选(为)…主席: elected to a post (a meeting's office, not an honour such as 劳动模范)
_ELECTED = re.compile(r"(?:等)?(?:分别|同时)?(?:当选|再次当选|连任|继续当选|增补|增选|补选)(?:为)?[^，。；：]{0,30}?"
                      r"(?:主席|副主席|委员|常委|书记|副书记|会长|副会长|理事长|理事|主任|副主任|秘书长)(?=[，。；、]|$)")


#: a talk reported (宣讲, 讲座, 报告会, 分享会): those who tell their story in it speak at it
_TALKS = ("宣讲", "宣讲会", "讲座", "报告会", "分享会", "故事会")
#: the verb of telling that the clause's subject does (讲述了…, 分享了…故事, 讲解了…)
_TELLS = re.compile(r"(?:讲述了|讲述|分享了|讲解了|讲授了|现身说法|作了?[^，。；]{0,8}?(?:宣讲|报告|讲座))")


@needs("Person", words=_TELLS, event=True)
def speakers_of_the_talk(c: Context) -> Iterator[Found]:
    """宣讲团成员、某公司班长甲，结合自己28年的经历，讲述了…, in the report of a 宣讲: the subject
    the sentence opens with, who tells in it, speaks at the talk reported (``speaker-of-this-talk``).
    Only where the sentence names no event (one named is the one meant)."""
    main = c.main_event
    if main is None or not main.name.endswith(_TALKS) or c.names_an_event:
        return
    people = [m for m in c.mentions if m.type == "Person"]
    if not people:
        return
    p = people[0]
    lead = c.text[max([c.sentence.start] + [m.end for m in c.mentions if m.end <= p.start]) : p.start]
    if re.search(r"[，,；;：:]", c.text[c.sentence.start : p.start]) or lead and not only_titles(lead.split("、")[-1].strip("“”")):
        return  # (the person opens the sentence, only titles before: 宣讲团成员、某公司班长甲，…)
    told = _TELLS.search(c.text, p.end, c.sentence.end)
    if told is None or any(m.type == "Person" and p.end <= m.start < told.start() for m in c.mentions):
        return  # (another person between: the teller is someone else)
    yield p, "participatesIn", main, "speaker-of-this-talk"
