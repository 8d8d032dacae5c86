"""Bodies that take part in an event (``participatesIn``) through what they or their people do:
their people compete or speak there (A、B等单位的选手参赛), they sign at a signing, or they hand
over awards or speak at it."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ..lexicon import _rows
from .context import COORDINATORS, NAME_JOINERS, Context, Found, has, is_org, only_titles, opening
from .prerequisites import needs
from .attendance import told_at_another_time
from .event_references import AT_EVENT_OPENER, EARLIER_TIME, GENERIC_KINDS, KIND_ENDINGS, NO_MEETING, at_a_later_time, at_another_time, event_of_its_kind, names_another_activity, said_at_another_time, same_event


#: …的 (N名) 选手/职工 (参赛|参加): people of the bodies named before take part; …等单位组队参赛,
#: …共派出120名选手参赛: the bodies send their people
_THEIR_PEOPLE_TAKE_PART = (
    r"(?:等(?:[0-9０-９一二三四五六七八九十百余多几]+(?:余|多)?(?:家|个|支|所))?(?:有关)?(?:企业|单位|公司|部门|学校|医院|工会)?)?"
    r"(?:的(?:[0-9０-９一二三四五六七八九十百千余多几]+(?:名|位|个|支))?(?P<noun>[\u4e00-\u9fff]{0,6}?)"
    r"(?:选手|职工|队员|代表|运动员|参赛者|员工|志愿者|代表队|队伍|参赛队)"
    r"|(?:共|分别|各)?(?:组队|派队|派员|(?:派出|选派|组织)(?:了)?[0-9０-９一二三四五六七八九十百千余多几]+(?:名|位|支)[\u4e00-\u9fff]{0,4}?"
    r"(?:选手|职工|队员|运动员|代表队|队伍|工作人员|注册会计师|会计师|律师|专家))"
    # 国防科工委、国家核安全局等有关部门负责人出席会议: the bodies' leaders attend for them
    # (…有关负责同志应邀出席: invited, they attend all the same; 全体干部: all of their staff); the
    # unnamed others listed after them and the total of all (A、B有关负责人，受助学生及家长代表共200余人
    # 参加了仪式: one list of those who attend, summed up; not 负责人介绍了…，…参加: a clause of their own)
    # (the people after the comma only nouns, from ``attending_people_heads.txt``: {people})
    r"|(?P<staff>(?:的)?(?:有关|主要)?(?:负责人|负责同志|领导同志|领导|全体干部|干部职工)"
    r"(?:[，,](?:以及|及|和)?{people}(?:(?:以及|及|和|、){people})*(?:等)?(?:共|约)[0-9０-９一二三四五六七八九十百千]+(?:余|多)?(?:人|名))?"
    r"(?:等)?(?:也|还|分别)?(?:应邀)?(?=出席|参加|列席)))"
    r"(?:共同|一起|踊跃|积极|分别)?(?:参赛|参加|参与|参加了|参与了|角逐|同台竞技|出席|出席了|列席)")
#: one of the unnamed people after bodies' staff: a head of ``attending_people_heads.txt`` after a short
#: modifier that opens no clause of its own (受助学生, 家长代表; not 并组织职工, 已帮扶困难职工)
_PERSON_NOUN = r"(?:(?![并已还又也都将曾了])[\u4e00-\u9fff]){{0,4}}?(?:{heads})"


@functools.lru_cache(maxsize=1)
def _their_people_take_part() -> re.Pattern[str]:
    """:data:`_THEIR_PEOPLE_TAKE_PART` with the nouns of the people listed after bodies' staff."""
    heads = sorted((r[0] for r in _rows("attending_people_heads.txt") if r and r[0]), key=len, reverse=True)
    people = _PERSON_NOUN.format(heads="|".join(map(re.escape, heads)))
    return re.compile(_THEIR_PEOPLE_TAKE_PART.replace("{people}", people))
#: 大赛吸引了 A、B 等单位参加: the bodies drawn to the event take part in it
_DRAWS = re.compile(r"(?:吸引|邀请)(?:了)?$")
#: 组织/动员 A、B 等单位开展 EVENT: bodies mobilised to carry out the event named after the verb
_MOBILISES = re.compile(r"(?:组织|动员|发动|带领|引导)(?:了)?$")
#: an instruction to others before the mobilising verb (会议要求，各级工会要组织…; 要组织); a body's own
#: plan (区总工会还将组织…) is a fact the guideline takes, as 将举办 is
_INSTRUCTED = re.compile(r"要求|(?<![主重需将])要[^，。；]{0,6}$")
_CARRY_OUT = re.compile(
    r"(?:等(?:[0-9０-９一二三四五六七八九十百余多几]+(?:余|多)?(?:家|个|支|所))?(?:有关)?(?:企业|单位|公司|部门|学校|医院|工会|组织)?)?"
    r"(?:共同|一起|联合|集中|广泛)?(?:开展|参加|参与|举办)(?:了)?")
_DRAWN_TAKE_PART = re.compile(
    r"(?:等(?:[0-9０-９一二三四五六七八九十百余多几]+(?:余|多)?(?:家|个|支|所))?(?:有关)?(?:企业|单位|公司|部门|学校|医院|工会|代表队)?)?"
    r"(?:的[^，。；]{0,10}?)?(?:参赛|参加|参与|参展|共襄盛举)")


#: after a list of bodies: their people who speak at the meeting (等单位的著名专家分别作了专题报告)
_THEIR_PEOPLE_SPEAK = re.compile(
    r"(?:等(?:[0-9０-９一二三四五六七八九十]+(?:家|个))?(?:有关)?(?:单位|部门|企业|高校|院校|机构))?的(?:著名|知名|有关|主要)?"
    r"(?:专家|学者|专家学者|负责人|负责同志|领导|代表)(?:们)?(?:分别|先后|也|还|相继)?"
    r"(?:作|做|发表)(?:了)?(?:专题|主题|重要)?(?:报告|发言|讲话|演讲)"
    # 签约现场，A、B等5家企业代表作了表态发言: the bodies' representatives, no 的
    r"|等[0-9０-９一二三四五六七八九十]+(?:家|个)(?:单位|企业|公司|工会)(?:的)?(?:代表|负责人)(?:分别|先后|也|还|相继)?"
    r"(?:作|做)(?:了)?(?:表态|交流|典型|经验交流)?发言")
#: after a list of bodies: the bodies themselves speak (等6家单位作交流发言, 在会上作了典型发言)
_THEY_SPEAK = re.compile(
    r"(?:等(?:[0-9０-９一二三四五六七八九十]+(?:家|个))?(?:单位|部门|企业|集体|基层工会))?(?:分别|先后|也|还|相继)?"
    # (a kind of speech is said: 作交流发言, 作大会(交流)发言; a bare 作了发言 may be anyone's at the body)
    r"(?:在会上)?(?:作|做)(?:了)?(?:大会(?:交流|典型|经验交流|表态)?|交流|典型|经验交流|表态)发言")
#: right before a body: where someone goes or is (到某镇总工会作交流发言): the body is a place there
_AT_THE_BODY = re.compile(r"(?:在|到|赴|来到|走进)$")


@needs(event=True)
def bodies_whose_people_take_part(c: Context) -> Iterator[Found]:
    """(来自)A、B等20家企业的300名职工参赛: the bodies whose people take part in the event take part
    in it: the event named before in the sentence, or one named right after the verb, or the
    event the report is about when the sentence names none."""
    text, ms = c.text, c.mentions
    for i, org in enumerate(ms):
        if not is_org(org) or i > 0 and is_org(ms[i - 1]) and c.gap(ms[i - 1], org) in COORDINATORS:
            continue
        group = c.coordinated(org)
        found = _their_people_take_part().match(text, group[-1].end, c.sentence.end)
        speak = (_THEIR_PEOPLE_SPEAK.match(text, group[-1].end, c.sentence.end)
                 or _THEY_SPEAK.match(text, group[-1].end, c.sentence.end)) if found is None else None
        if speak is not None and _AT_THE_BODY.search(text, max(c.sentence.start, org.start - 2), org.start):
            continue  # (到某镇总工会作交流发言: someone speaks at the body)
        if speak is not None:
            # 甲、乙等单位的著名专家分别作了专题报告, 甲、乙等6家单位作交流发言: the bodies whose people
            # speak at a meeting, or that speak at it, take part
            meeting = [e for e in c.events() if e.end <= org.start or 0 <= e.start - speak.end() <= 2]
            event = meeting[-1] if meeting else (c.main_event if not c.names_an_event else None)
            if event is not None and (event.name.endswith(("会", "会议", "论坛")) and not event.name.endswith(NO_MEETING)
                                      or event.name.endswith(("仪式", "典礼")) and text.startswith("等", group[-1].end)):
                # (a ceremony when the bodies are counted: 签约现场，A、B等5家企业代表作了表态发言)
                for g in group:
                    yield g, "participatesIn", event, "bodies-whose-people-speak"
            continue
        if found is None and _DRAWS.search(c.before(org, 4)):
            found = _DRAWN_TAKE_PART.match(text, group[-1].end, c.sentence.end)
        if found is None and _MOBILISES.search(c.before(org, 4)) \
                and not _INSTRUCTED.search(text, c.sentence.start, org.start):
            # 区总工会组织A工会、B服务队等单位开展“一线关爱日”活动: the bodies mobilised carry out
            # the event named right after the verb (the one who mobilises them organises it); not in an
            # instruction to others (会议要求，各级工会要组织…): no one has taken part by it
            carry = _CARRY_OUT.match(text, group[-1].end, c.sentence.end)
            named = [e for e in c.events() if carry and 0 <= e.start - carry.end() <= 1]
            if named:
                for g in group:
                    yield g, "participatesIn", named[0], "bodies-mobilised-for-event"
            continue
        if found is None:
            continue
        k = ms.index(group[-1]) + 1
        if k < len(ms) and ms[k].start < found.end():
            continue  # another name inside the phrase: not these bodies' people
        after = [e for e in c.events() if 0 <= e.start - found.end() <= 2]
        earlier = [e for e in c.events() if e.end <= org.start]
        event = after[0] if after else earlier[-1] if earlier else (
            c.main_event if not c.names_an_event else None)
        if found.groupdict().get("staff") and event is not None:  # (not _DRAWN_TAKE_PART's match)
            event = _attended_by_staff(c, group, found, after, event)
        if event is not None:
            for g in group:
                yield g, "participatesIn", event, "bodies-whose-people-take-part"


#: right before the event's word after the verb: the one reported (参加了本次仪式, 出席了今天的仪式)
_THIS_ONE = re.compile(r"(?:了)?(?:这次|此次|本次|本届|今天的|当天的|当日的)?")
_CLAUSE_END = re.compile(r"[，,；;。！？]")
#: before the first body named, an unnamed item of the same list opening the clause (机关各部室、A全体干部
#: 参加会议): a short noun, no verb's mark (not 看望慰问了A、B全体干部)
_UNNAMED_ITEM = re.compile(r"[^，,。；;：了将要把对向为]{1,8}、")


def _attended_by_staff(c: Context, group: list[Mention], found: re.Match, after: list[Mention],
                       event: Mention) -> Mention | None:
    """The event the staff of the bodies of ``group`` attend (A、B全体干部参加了仪式; A有关负责人，
    受助学生及家长代表共150余人参加了仪式): ``event``, when the bodies are the subject of the verb
    (not 会议要求A全体干部参加…, 原定A全体干部参加…, 看望慰问了A全体干部), the sentence tells no other time
    (去年，A全体干部参加了仪式; 截至目前) and what they attend is the report's event: named (a name of
    another event gives nothing), its word (参加了仪式, 参加了本次仪式) or none (…共150余人参加。); not
    参加了去年的仪式, 参加下周的培训. None otherwise."""
    main, text = c.main_event, c.text
    subject = c.is_subject(group[0]) or _UNNAMED_ITEM.fullmatch(text, c.clause_of(group[0])[0], group[0].start)
    if main is None or not subject or _INSTRUCTED.search(text, c.sentence.start, group[0].start):
        return None
    end = _CLAUSE_END.search(text, found.end(), c.sentence.end)
    end = end.start() if end else c.sentence.end
    if at_another_time(c, main) or at_a_later_time(c) or told_at_another_time(c, c.sentence.start, end) \
            or said_at_another_time(c, end, main):
        return None
    if after:
        return event if event.key == main.key or same_event(event.name, main.name) else None
    # (the event's word after a modifier: 出席了由国防部主办的招待会)
    obj = text[_THIS_ONE.match(text, found.end(), end).end() : end].rsplit("的", 1)[-1]
    if not obj:
        return event
    # (its name's end, 参加了仪式; a generic word of its kind, 参加会议 of a …大会; 活动)
    said = main.name.endswith(obj) or obj in KIND_ENDINGS and main.name.endswith(KIND_ENDINGS[obj]) \
        or has(obj, "this_event") == obj
    return main if said and not names_another_activity(obj, 0) else None


#: a signing reported: the event's name says so (签约仪式, 签字仪式, 签订仪式)
_SIGNING = re.compile(r"签约|签字|签订|签署")
#: after the bodies of a list: what they sign (分别代表…签订了…合同, 签署了…协议)
_SIGN = re.compile(r"(?:共同|正式|分别)?(?:代表[^，。；]{1,12}?)?(?:签订|签署|签约|草签)")


@needs(words=_SIGNING, event=True)
def signatories(c: Context) -> Iterator[Found]:
    """In the report of a signing (…签约仪式), ``A与B分别代表职工方和企业方签订了…合同``: the bodies
    that sign take part in the signing; the ceremony is the one named in the sentence, else the
    one the report is about."""
    text, ms = c.text, c.mentions
    named = [e for e in c.events() if _SIGNING.search(e.name)]
    main = c.main_event if c.main_event is not None and _SIGNING.search(c.main_event.name) else None
    for i, org in enumerate(ms):
        if not is_org(org) or i > 0 and is_org(ms[i - 1]) and c.gap(ms[i - 1], org) in COORDINATORS:
            continue  # (from the first of a list)
        if not c.is_subject(org):
            continue
        group = c.coordinated(org)
        sign = _SIGN.match(text, group[-1].end, c.sentence.end)
        if sign is None or any(group[-1].end <= m.start < sign.end() for m in ms):
            continue
        event = named[0] if len(named) == 1 else (main if not named else None)
        if event is not None:
            for g in group:
                yield g, "participatesIn", event, "signatories-of-signing"
    yield from _people_who_sign(c, named, main)


#: after the last of those who sign, up to the verb: whom they represent, where they sign
#: (分别代表职工方和企业方，在合同文本上郑重签字)
_PEOPLE_SIGN = re.compile(r"(?:分别|共同)?(?:代表[^。；，,]{1,20}?|作为[^。；，,]{1,16}?代表)?[，,]?(?:分别|共同)?(?:在[^，。；]{1,12}?上)?"
                          r"(?:郑重|正式|共同)?(?:签字|签约|签订|签署|签名)")


#: one signatory's side, a clause of its own before the next signatory (甲作为职工方首席代表，乙作为
#: 企业方首席代表，在协议上签字)
_AS_ONE_SIDE = re.compile(r"作为[^。；，,]{1,16}?代表[，,]")


#: a signing at another time: 时任 (the post then), or a year alone opening the sentence (2018年，)
_SIGNED_BEFORE = re.compile(r"时任|曾经|曾|(?<![0-9０-９])[0-9０-９]{4}年(?:[，,]|以来|底|初)")


def _people_who_sign(c: Context, named: list[Mention], main: Mention | None) -> Iterator[Found]:
    """In the report of a signing, the people who open the clause and sign (谢某与某协会会长赖某分别
    代表职工方和企业方，在合同文本上郑重签字): each takes part in the signing."""
    event = named[0] if len(named) == 1 else (main if not named else None)
    people = [m for m in c.mentions if m.type == "Person"]
    if event is None or not people or not c.is_subject(people[0]):
        return
    last = people[-1]
    sign = _PEOPLE_SIGN.match(c.text, last.end, c.sentence.end)
    if sign is None or any(last.end <= m.start < sign.end() for m in c.mentions):
        return
    clause_start = c.clause_of(people[0])[0]
    if re.search(r"[，,；;]", _AS_ONE_SIDE.sub("", c.text[clause_start : last.start])):
        return  # (one clause of signatories: 王立出席，赵强与钱伟签字 names a guest first)
    if _SIGNED_BEFORE.search(c.text, c.sentence.start, sign.start()) or EARLIER_TIME.search(c.text, c.sentence.start, people[0].start):
        return  # 2018年，时任工会主席甲作为…代表…签字: an earlier signing, not the one reported
    for p in people:
        yield p, "participatesIn", event, "signatories-of-signing"


#: what a body does at an event: hands over awards or gifts, speaks (after a count of its kind: A与B等12家
#:企业签订…, every body named)
_BODY_ACTS_AT = re.compile(r"(?:等[0-9０-９一二三四五六七八九十百余多]+(?:家|个)(?:企业|单位|商户|参赛单位|参建单位))?"
                           r"(?:还|也|分别|现场)?(?:向[^，。；]{1,20}?(?:授牌|授旗|颁奖|颁发|赠送|捐赠|捐款|发放|授予)"
                           r"|(?:致辞|致贺词|发来贺信|作[^，。；]{0,8}?报告|介绍了)"
                           # (与B)签订合作协议: a body signing an agreement there (B, listed with 与, too)
                           r"|(?:与[^，。；]{2,30}?)?(?:签订|签署)(?:了)?[^，。；]{0,12}?(?:协议|合同|协议书|备忘录))")
#: an opener placing the sentence at the scene of the event reported: 活动现场，, 仪式现场，
_AT_SCENE_OPENER = re.compile(r"(?:在)?(?:当天的|此次|本次)?(?P<kind>活动|仪式|大会|会议)?现场[，,]")
#: an opener placing the sentence at a meeting by its kind alone: 成立大会上，, 会上，, 仪式上，
_AT_KIND_OPENER = re.compile(r"(?:在)?(?:今天的|当天的|这次|此次|本次)?(?P<kind>[\u4e00-\u9fff]{0,4}?(?:" + GENERIC_KINDS + r"))上[，,]")


@needs(event=True)
def bodies_at_the_event(c: Context) -> Iterator[Found]:
    """成立大会上，县总工会向联合工会授牌: a body that opens the clause after a phrase placing it at
    an event, and hands over awards or gifts or speaks there, takes part in it: the event named
    in the phrase, else the one the report is about when its name ends with the kind said."""
    text, ms = c.text, c.mentions
    opener = AT_EVENT_OPENER.match(text, c.sentence.start, c.sentence.end) or _AT_KIND_OPENER.match(
        text, c.sentence.start, c.sentence.end)
    if opener is None:
        yield from _bodies_at_the_scene(c)
        yield from _bodies_sign_in_the_meeting_reported(c)
        return
    inside = [e for e in c.events() if opener.start() <= e.start and e.end <= opener.end()]
    kind = _AT_KIND_OPENER.fullmatch(text, opener.start(), opener.end()) if not inside else None
    # (the phrase's kind alone, 会上，成立大会上，: the report's event of that kind, else the one named before)
    event = inside[-1] if inside else (event_of_its_kind(c, kind.group("kind"), opener.start()) if kind is not None else None)
    if event is None:
        return
    yield from _bodies_of_the_signers(c, opener.end(), event)
    first = next((m for m in ms if m.start >= opener.end()), None)
    if first is None or not is_org(first) or opening(text, first) != opener.end():
        return
    group = c.coordinated(first)
    if _BODY_ACTS_AT.match(text, group[-1].end, c.sentence.end):
        for g in group:
            if g.key not in event.name:  # (启动仪式上，区总工会向…发放: at its own 某区总工会…启动仪式 it is the organiser)
                yield g, "participatesIn", event, "body-acts-at-event"


#: after the last of the people who sign: on behalf of their bodies (代表两地工会签订了, 分别代表双方签署)
_SIGN_FOR_THEIR_BODIES = re.compile(r"(?:分别|共同)?代表[^，。；]{0,10}?(?:签订|签署|签字|签约)")


#: between two bodies of one title chain: a title, then 、 (副主任、)
_CHAIN_LINK = re.compile(r"[^，,。；：、与和及]{1,10}、")


def _bodies_of_the_signers(c: Context, opened: int, event) -> Iterator[Found]:  # type: ignore[no-untyped-def]
    """会上，甲市总工会主席A与乙区总工会主席B代表两地工会签订了…: the people who open the clause
    sign for the bodies their titles name, so those bodies take part (``bodies-of-the-signers``)."""
    text, ms = c.text, c.mentions
    first = next((k for k, m in enumerate(ms) if m.start >= opened), None)
    if first is None or opening(text, ms[first]) != opened:
        return
    bodies, k = [], first
    while True:
        # each signer: a title chain (市人大常委会副主任、甲市总工会主席), then the name; the body is the
        # one nearest the name
        j = k
        while j < len(ms) and is_org(ms[j]) and (j == k or _CHAIN_LINK.fullmatch(c.gap(ms[j - 1], ms[j]))
                                                 and only_titles(c.gap(ms[j - 1], ms[j])[:-1])):
            j += 1
        if j == k or j >= len(ms) or ms[j].type != "Person" or not only_titles(c.gap(ms[j - 1], ms[j])):
            return
        bodies.append(ms[j - 1])
        if j + 1 < len(ms) and c.gap(ms[j], ms[j + 1]) in NAME_JOINERS:
            k = j + 1
            continue
        break
    if len(bodies) < 2 or not _SIGN_FOR_THEIR_BODIES.match(text, ms[j].end, c.sentence.end):
        return
    for body in bodies:
        yield body, "participatesIn", event, "bodies-of-the-signers"


def _bodies_at_the_scene(c: Context) -> Iterator[Found]:
    """活动现场，区总工会与某保险公司签订合作协议: the bodies that open the clause after the scene of
    the event the report is about (活动 for an activity, 仪式 for a ceremony, 大会/会议 for a meeting)
    and act there take part in it; the sentence names no event of its own."""
    text, ms = c.text, c.mentions
    opener = _AT_SCENE_OPENER.match(text, c.sentence.start, c.sentence.end)
    main = c.main_event
    if opener is None or main is None or main.congress or main.end > c.sentence.start or c.names_an_event:
        return
    kind = opener.group("kind")
    if kind == "仪式" and not main.name.endswith(("仪式", "典礼")) or kind in ("大会", "会议") and not main.name.endswith(("会", "会议")) \
            or kind == "活动" and main.name.endswith(("会", "会议")):
        return  # (the scene of another kind of event than the report's)
    first = next((m for m in ms if m.start >= opener.end()), None)
    if first is None or not is_org(first) or opening(text, first) != opener.end():
        return
    group = c.coordinated(first)
    acts = _BODY_ACTS_AT.match(text, group[-1].end, c.sentence.end)
    if acts is None:
        return
    for g in group:
        yield g, "participatesIn", main, "body-acts-at-this-event"
    if acts.group().startswith("与"):  # …与B签订: the other party signs there too
        for m in ms:
            if is_org(m) and group[-1].end < m.start and m.end <= acts.end() and text.startswith("与", m.start - 1):
                yield m, "participatesIn", main, "body-acts-at-this-event"



#: A与B (共同)签署了…协议/备忘录/协作书: bodies that sign an agreement together (not a 集体合同: a company
#: and its union sign one at their own congress)
_SIGN_TOGETHER = re.compile(r"(?:共同|正式|现场)?(?:签署|签订)(?:了)?[^，。；]{0,16}?(?:协议|协议书|备忘录|框架协议|协作书|合作书|意向书)")
#: what may open the sentence before the bodies that sign: a time, 随后, 同时
_SIGN_LEAD = re.compile(r"(?:当天|当日|随后|同时|此外|会后)?[，,]?")


def _bodies_sign_in_the_meeting_reported(c: Context) -> Iterator[Found]:
    """防城港市总工会与越南芒街市劳动联合会签署了合作备忘录, in the report of a 座谈会 named before and
    with no event named in the sentence: the bodies that open the sentence and sign together take
    part in the meeting (``bodies-sign-at-this-meeting``)."""
    main = c.main_event
    if main is None or main.congress or main.end > c.sentence.start or not main.name.endswith(("会", "会议")) \
            or main.name.endswith(NO_MEETING) or c.names_an_event:
        return
    ms = [m for m in c.mentions if m.type != "Place" or not any(o is not m and o.start <= m.start and m.end <= o.end for o in c.mentions)]
    first = next((m for m in ms if m.start >= c.sentence.start), None)
    if first is None or not is_org(first) or not _SIGN_LEAD.fullmatch(c.text, c.sentence.start, first.start):
        return
    group = c.coordinated(first)
    if len(group) < 2 or not c.text.startswith("与", group[-1].start - 1):
        return  # (two parties, the last joined by 与: A与B签署…)
    if any(g.key in main.name for g in group):
        return  # (a company and its union at their own 职代会: the hosts, not parties come to it)
    if _SIGN_TOGETHER.match(c.text, group[-1].end, c.sentence.end):
        for g in group:
            yield g, "participatesIn", main, "bodies-sign-at-this-meeting"
