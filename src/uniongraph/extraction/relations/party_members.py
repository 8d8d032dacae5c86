"""Who goes with the party of the activity reported, in a later sentence that does not name it:
the one who leads a group of people to it (某某率42名青年职工参加活动), the members of the team an
inspection sends out (检查组由A和B等3人组成, A、B等人组成检查组), and the one who joins or accompanies
its visit, said by the activity's own word (某某参加慰问, 某某陪同走访) — each takes part in the article's
main event (``participatesIn``); and a body that goes out as a part of it
(作为帮扶行动的一部分，某服务队深入A镇、B镇: it takes part, and the activity is held there).

The event is the main event only: the sentence names none of its own, opens at no other time (earlier,
to come, another year than the event's),
and no other event is named just before it (two in reach: no telling which); the team's members are
read as its leader is (attendance.leads_the_party), without that last test: an inspection's report
names its team right after the inspection.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...model import Mention
from .context import NAME_JOINERS, PAREN, Context, Found, has, is_org, kin_anchor, only_titles, starts
from .event_references import PARTY_ACTIVITY, at_another_time, events_just_before, names_another_activity, one_named_before, party_teams
from .person_lists import in_list, listed_before, titles_a_person
from .prerequisites import needs

#: right after a person: leads a group of people (率/带领 N名 …职工, 率队) to attend; the group a count
#: of people, a noun for them or 队 (率队参加), no body or person named inside (率南岭代表队参加:
#: the team is read by its own patterns); 带队, 率团 (率团参加活动): leads a party of no count
_LEADS_A_GROUP = re.compile(
    r"(?:亲自)?(?:(?:率|率领|带领|带着)(?:(?:[0-9０-９一二三四五六七八九十百]+(?:余|多)?(?:名|位)[^，。；：、“”]{0,10}?)"
    r"|[^，。；：、“”0-9０-９]{0,8}?(?:职工|员工|会员|队员|选手|学员|青年|劳模|工匠|志愿者)(?:们)?"
    r"|(?<=率)(?:队|团))|带队|带团)"
    r"(?:一同|一起|共同|集体)?(?=参加|参与)")
#: right after a person: joins or accompanies the visit, said by a word of the activity (参加慰问,
#: 陪同走访), which closes the clause
_JOINS_THE_VISIT = re.compile(r"(?:也|还|一同|一起|全程)?(?:参加|陪同|随同|参与)(?:了)?"
                              r"(?P<word>走访慰问|慰问|走访|看望|疗休养|调研|考察|督导|检查|视察)(?=[，。；,;]|$)")
#: an activity a party goes out on, by the word of its name the joining verb repeats (督导行动, 走访慰问活动)
_GOING_OUT_ACTIVITY = re.compile(r"(?:活动|行动)$")
#: the prefilter of both: a word every match of either pattern holds
_WORDS = re.compile(r"率|带领|带着|陪同|随同|参加|参与")


def _main_event_in_reach(c: Context) -> Mention | None:
    """The main event, when the sentence names no event, opens at no other time, and every event
    named just before it is the main event."""
    ev = c.main_event
    if ev is None or ev.congress or any(m.type == "Event" for m in c.mentions) \
            or at_another_time(c, ev):
        return None
    if any(e.key != ev.key and e.canonical != ev.key for e in events_just_before(c)):
        return None
    return ev


@needs("Person", event=True, words=_WORDS)
def leader_of_a_group_attends(c: Context) -> Iterator[Found]:
    """某某率42名青年职工参加活动: the leader of the group attends the activity reported
    (``leads-a-group-to-this-event``)."""
    ev = _main_event_in_reach(c)
    if ev is None:
        return
    for i, p in enumerate(c.mentions):
        if p.type != "Person" or p.source == "byline":
            continue
        led = _LEADS_A_GROUP.match(c.text, p.end, c.sentence.end)
        if led is None or any(led.start() <= m.start < led.end() and m.type != "Place" for m in c.mentions):
            continue  # (a place may say where the group is from: 率42名香港青年职工)
        after = c.text[led.end() : min(c.sentence.end, led.end() + 16)]
        verb = starts(after, "participate")
        word = has(after, "this_event")
        if verb is None or word is None or not after.startswith(word, len(verb) + after.startswith("了", len(verb))) \
                or names_another_activity(after, len(verb)):
            continue  # (the word for the event right after the verb: not 参加活动的职工 of something else)
        yield p, "participatesIn", ev, "leads-a-group-to-this-event"
        clause = c.clause_start(p.start, "，,；;。")
        for q in listed_before(c, i):  # 副主席甲、乙率36名青年职工参加活动: each leader of the list
            if q.start >= clause:
                yield q, "participatesIn", ev, "leads-a-group-to-this-event"


@needs("Person", event=True, words=_WORDS)
def joins_the_visit(c: Context) -> Iterator[Found]:
    """某某参加慰问, 某某陪同走访 in the report of an activity a party goes out on (慰问活动, 走访活动),
    said by a word of its name: the one who joins it takes part (``joins-the-activity-visit``), each
    of a list of persons too."""
    ev = _main_event_in_reach(c)
    if ev is None or not (PARTY_ACTIVITY.search(ev.name) or _GOING_OUT_ACTIVITY.search(ev.name)):
        return
    for i, p in enumerate(c.mentions):
        if p.type != "Person" or p.source == "byline":
            continue
        joins = _JOINS_THE_VISIT.match(c.text, p.end, c.sentence.end)
        if joins is None or joins.group("word") not in ev.name:
            continue  # (参加慰问 joins a 慰问活动, not a 督导行动 the report is about)
        yield p, "participatesIn", ev, "joins-the-activity-visit"
        clause = c.clause_start(p.start, "，,；;。")
        for q in listed_before(c, i):
            if q.start >= clause:  # (the list of the joining verb's clause: not the object of the clause before)
                yield q, "participatesIn", ev, "joins-the-activity-visit"
        for q in _named_in_the_clauses_before(c, p):
            yield q, "participatesIn", ev, "joins-the-activity-visit"


def _named_in_the_clauses_before(c: Context, p: Mention) -> list[Mention]:
    """The persons of each clause right before ``p``'s, after a comma, that only names a person with
    titles (南岭市人大常委会副主任、市总工会主席甲，市总工会副主席乙陪同督导: 甲): such a clause has
    no verb of its own, so the joining verb after the last name is its verb too."""
    people: list[Mention] = []
    end = c.clause_start(p.start, "，,；;。") - 1
    while end > c.sentence.start and c.text[end] in "，,":
        start = c.clause_start(end, "，,；;。")
        named = [m for m in c.mentions if m.type == "Person" and start <= m.start and m.end <= end]
        if not named or named[-1].end != end or not _only_names_with_titles(c, start, end):
            break
        people = named + people
        end = start - 1
    return people


def _only_names_with_titles(c: Context, start: int, end: int) -> bool:
    """Whether the clause from ``start`` to ``end`` is only bodies and persons with titles between
    them (南岭市人大常委会副主任、市总工会主席甲; not 甲看望了困难职工乙: a verb of its own)."""
    at = start
    for m in c.mentions:
        if m.start < start or m.end > end or not (m.type == "Person" or is_org(m)):
            continue
        gap = PAREN.sub("", c.text[at : m.start]).rstrip("、")
        if gap and not only_titles(gap) and not (at > start and in_list(c.text[at : m.start])):
            return False
        at = m.end
    return at == end


#: a sentence opening as a part of an activity named by its last word (作为帮扶行动的一部分，)
_AS_A_PART_OF = re.compile(r"作为(?:此次|这次|本次|该)?(?P<word>[\u4e00-\u9fff]{2,6}?)的(?:一部分|组成部分|重要内容|一项内容)[，,]")
#: between the body going and its verb of going: a time, adverbs (当天深入, 随后来到)
_THEN_GOES = re.compile(r"(?:今天|当天|当日|同日|随后|还|也|先后|分别|专程)*(?:深入|来到|走进|走入|前往|奔赴|赶赴|赴)(?:了)?")


@needs("org", event=True, words=("一部分", "组成部分", "重要内容", "一项内容"))
def part_of_the_activity(c: Context) -> Iterator[Found]:
    """作为帮扶行动的一部分，由市总工会组建的某服务队当天深入A镇、B镇，…: the one event named
    before that ends in the word (none or two: no telling which) takes in what the body opening the
    clause's verb does: the body takes part (``part-of-the-activity``), and each place it goes to is
    a venue of the activity."""
    opener = _AS_A_PART_OF.match(c.text, c.sentence.start, c.sentence.end)
    if opener is None or any(m.type == "Event" for m in c.mentions):
        return
    ev = one_named_before(c, c.sentence.start, opener.group("word"))
    if ev is None:
        return
    ms = c.mentions
    for i, body in enumerate(ms):
        if not is_org(body) or body.start < opener.end():
            continue
        goes = _THEN_GOES.match(c.text, body.end, c.sentence.end)
        if goes is None or "，" in c.text[opener.end() : body.start]:
            continue  # (the body's verb, in the clause the opener places)
        yield body, "participatesIn", ev, "part-of-the-activity"
        # 某服务队与区总工会当天深入…: each body of the list goes
        for other in c.coordinated_before(body, lambda m: is_org(m) and m.start >= opener.end(), NAME_JOINERS):
            yield other, "participatesIn", ev, "part-of-the-activity"
        k = i + 1
        if k < len(ms) and ms[k].type == "Place" and ms[k].start == goes.end():
            yield ev, "heldAt", ms[k], "part-of-the-activity"
            while k + 1 < len(ms) and ms[k + 1].type == "Place" and c.gap(ms[k], ms[k + 1]) in NAME_JOINERS:
                k += 1  # 深入营盘镇、下梁镇: each place of the list
                yield ev, "heldAt", ms[k], "part-of-the-activity"
        return


@functools.lru_cache(maxsize=1)
def _team_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The team an inspection or a visit sends out (检查组, 审计组, 督导组: ``party_teams.tsv``, members),
    made up of its members: 检查组由 … (等N人)组成, the members named between, in one clause, or after a
    clause naming its leader (由某任组长，某、某等5人组成; not past a clause of another verb: 检查组由某带队，
    听取了…队伍组成的汇报 names the leader, and no members); … 等(N)人组成检查组, the members named right
    before (a list ending at it: 甲、乙等5人, 甲、乙两人, 甲、乙等同志; not anyone of the clause:
    接到职工某的举报后迅速组成检查组, who reported the problem is no member)."""
    team = r"(?:联合)?(?:" + "|".join(t for t, (_, members) in party_teams().items() if members) + ")"
    made_of = re.compile(team + r"由(?P<members>(?:[^。；：，,]{2,40}?(?:担)?任(?:副)?(?:组长|队长)[，,])?[^。；：，,]{2,80}?)"
                         r"(?:等)?(?:[0-9０-９一二三四五六七八九十两]+(?:人|名))?组成")
    make_up = re.compile(r"(?:等)?(?:[0-9０-９一二三四五六七八九十两]*(?:人|名|位))?(?:同志)?(?:共同)?组成" + team)
    return made_of, make_up


#: right after a body among the members: its staff, unnamed (经审会办公室工作人员, 某局的相关工作人员,
#: 某局抽调人员, 某事务所的3名注册会计师: a count of a profession names no one either)
_ITS_STAFF = re.compile(r"(?:的)?(?:[0-9０-９一二三四五六七八九十两]+(?:名|位))?(?:相关|有关)?(?:抽调|选派|派出)?(?:的)?"
                        r"(?:工作人员|人员|干部|业务骨干|同志|负责人|注册会计师|会计师|律师|专家)")
#: the verb by which a body opens the activity reported (某总工会开展…专项检查): the body is its organiser
_OPENS_IT = re.compile(r"(?:组织)?(?:开展|举办|启动|组织|实施|进行)(?:了)?")


@needs(event=True, words="组成")
def members_of_the_team(c: Context) -> Iterator[Found]:
    """审计组由市总工会经审会办公室工作人员和某事务所注册会计师某某等3人组成; 某某、某某等人组成检查组 in
    the report of an inspection or an audit (PARTY_ACTIVITY): the persons named as the team's members,
    and the bodies whose unnamed staff are, take part in it (``member-of-the-inspection-team``). A body
    that only names a member's post (某事务所注册会计师某某) employs them, no more."""
    ev = c.main_event  # (as the leader of the party is read: attendance.leads_the_party)
    if ev is None or ev.congress or any(m.type == "Event" for m in c.mentions) or not PARTY_ACTIVITY.search(ev.name) \
            or at_another_time(c, ev):
        return
    text = c.text
    made_of, make_up = _team_patterns()
    spans = [m.span("members") for m in made_of.finditer(text, c.sentence.start, c.sentence.end)]
    # (after a leader's clause, 由某任组长，…: the next clause only names the members, no verb of its own:
    # not 由某任组长，听取了由某等5人组成的…汇报)
    spans = [(s, e) for s, e in spans if "，" not in text[s:e] and "," not in text[s:e]
             or _only_names_with_titles(c, max(text.rfind("，", s, e), text.rfind(",", s, e)) + 1, e)]
    for m in make_up.finditer(text, c.sentence.start, c.sentence.end):
        start = _list_ending_at(c, m.start())
        if start is not None:
            spans.append((start, m.start()))
    for start, end in spans:
        inside = [m for m in c.mentions if start <= m.start and m.end <= end]
        staffed = [k for k in inside if is_org(k) and not titles_a_person(c, k) and _ITS_STAFF.match(text, k.end, end)]
        for k in list(staffed):  # (某总工会、某局工作人员: the staff of each body listed)
            staffed += [b for b in _listed_before_skipping_aliases(c, k) if b.start >= start]
        organisers = _organisers_of(c, ev)
        for k in inside:
            if k.type == "Person" and not kin_anchor(c, k) and k.source != "byline" \
                    or k in staffed and k.key not in organisers:  # (the organiser's own staff: it organizes)
                yield k, "participatesIn", ev, "member-of-the-inspection-team"


def _listed_before_skipping_aliases(c: Context, last: Mention) -> list[Mention]:
    """The bodies listed right before ``last`` (甲、乙、丙), nearest first, past a bracketed alias
    declared after one of them (某局（以下简称“市某局”）、丙): the alias is no item of the list."""
    ms, out = c.mentions, []
    k = ms.index(last)
    while k > 0:
        j = k - 1
        while j > 0 and c.in_paren(ms[j - 1], ms[j]):
            j -= 1  # (the alias inside the brackets after ms[j - 1])
        gap = PAREN.sub("", c.text[ms[j].end : ms[k].start])
        if not (is_org(ms[j]) and gap in NAME_JOINERS):
            break
        out.append(ms[j])
        k = j
    return out


def _organisers_of(c: Context, ev: Mention) -> set[str]:
    """The bodies that open the activity where the article first names it (某总工会开展2026年度…专项检查,
    由A、B联合开展的…检查: each of the list): its organisers, whose staff on its team are no guests."""
    first = next((m for m in c.article.mentions if m.type == "Event" and m.key == ev.key), None)
    if first is None:
        return set()
    clause = max(c.text.rfind(p, 0, first.start) for p in "，,；;。\n") + 1
    bodies = [m for m in c.article.mentions if is_org(m) and clause <= m.start and m.end <= first.start]
    bodies = [m for m in bodies if not any(o is not m and o.start < m.end <= o.end for o in bodies)]  # (no alias inside brackets)
    if not bodies or not _OPENS_IT.search(c.text, bodies[-1].end, first.start):
        return set()
    found = {bodies[-1].key}
    for a, b in zip(reversed(bodies[:-1]), reversed(bodies[1:])):  # (the list ending at the last: A、B联合开展)
        if PAREN.sub("", c.text[a.end : b.start]) not in NAME_JOINERS:
            break
        found.add(a.key)
    return found


def _list_ending_at(c: Context, at: int) -> int | None:
    """Where the list of names that ends right at ``at`` starts (甲、乙|等5人组成检查组; 某局工作人员|组成):
    the persons listed before the last, or the bodies joined to the last; None when no name ends there."""
    ms = c.mentions
    k = max((j for j, m in enumerate(ms) if m.end <= at and m.start >= c.sentence.start), default=None)
    if k is None:
        return None
    last, gap = ms[k], c.text[ms[k].end : at]
    if last.type == "Person" and gap == "":
        return min([last.start] + [q.start for q in listed_before(c, k)])
    if is_org(last) and _ITS_STAFF.fullmatch(gap):
        # coordinated_before gives the nearest body first: the list opens at the leftmost one
        opening = min([*c.coordinated_before(last, is_org, NAME_JOINERS), last], key=lambda b: b.start)
        first = ms.index(opening)
        if first > 0 and ms[first - 1].type == "Person" and c.gap(ms[first - 1], opening) in NAME_JOINERS:
            # 甲、乙及区总工会工作人员组成检查组: the persons listed before the staff too
            return min([ms[first - 1].start] + [q.start for q in listed_before(c, first - 1)])
        return opening.start
    return None
