"""Participants of the reported event named far down its report, the event said only by its
kind: ``参加培训的某公司焊工王某说`` (those the modifier says attend it), ``来自某公司的选手王某``
(a competitor, a trainee, a resting worker of its programme). The event is the article's one event
of that kind, named before the sentence; two of that kind, or none, and no fact is stated. The sides
of a bargaining meeting are named by their part too (职工方首席代表、某工会联合会主席某某)."""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator

from ...model import Mention
from ..lexicon import _rows, load_lexicons
from ..places import in_open_quote
from .context import Context, Found, is_org, is_team, kin_anchor, only_titles
from .event_references import NO_PART_SAID, article_year, at_another_time, not_held, other_times_said
from .person_lists import in_title_chain, person_list_from
from .prerequisites import needs

def _endings_by_word(name: str) -> dict[str, tuple[str, ...]]:
    """The rows of a lexicon of words and the name endings of their events (``word <TAB> a,b,c``)."""
    return {r[0]: tuple(e for e in r[1].split(",") if e) for r in _rows(name) if len(r) > 1}


def _alternation(words: Iterable[str]) -> str:
    """``words`` as a regex alternation, longest first (then by the word: the same on every run)."""
    return "|".join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))


@functools.lru_cache(maxsize=1)
def _kind_endings() -> dict[str, tuple[str, ...]]:
    """A kind of event said in a report (比赛, 培训, 疗休养) and the name endings of events of that kind
    (``event_kind_endings.tsv``)."""
    return _endings_by_word("event_kind_endings.tsv")


@functools.lru_cache(maxsize=1)
def _attending_modifier() -> re.Pattern[str]:
    """参加(了)(本次) KIND 的, before the people it says attended (参加培训的某公司焊工王某)."""
    return re.compile(r"(?:参加|参与)(?:了)?(?:此次|本次|这次|本届|当天|今年)?(?:的)?(?P<kind>"
                      + _alternation(_kind_endings()) + r")的")


#: right before 参加…的: a negation (未能, 没有) or another time (去年, 曾): those the modifier names
#: did not attend this event, or attended another of its kind
_NOT_THIS_ATTENDANCE = re.compile(r"(?:未能|未|没有|没能|没|不能|不|无法|拒绝|去年|前年|往年|往届|上届|上一届|上期|"
                                  r"上一期|以前|以往|过去|此前|曾经|曾)$")


@functools.lru_cache(maxsize=1)
def _part_nouns() -> dict[str, tuple[str, ...]]:
    """The one taking part, named by their part before the name (选手王某, 参赛选手, 学员), and the name
    endings of the events of that part (``entrant_part_nouns.tsv``)."""
    return _endings_by_word("entrant_part_nouns.tsv")


@functools.lru_cache(maxsize=1)
def _from_body_part() -> re.Pattern[str]:
    """来自 ORG 的 PART PERSON: a competitor or a trainee of the reported event, with their body."""
    return re.compile(r"的(?P<part>" + _alternation(_part_nouns()) + r")$")


def _one_of_kind(c: Context, endings: tuple[str, ...]) -> Mention | None:
    """The article's one event (no congress) named before the sentence whose name ends in ``endings``;
    None when none or two events of that kind are named before."""
    found = {e.key: e for e in c.article.mentions
             if e.type == "Event" and not e.congress and e.end <= c.sentence.start and e.name.endswith(endings)}
    return next(iter(found.values())) if len(found) == 1 else None


def _people_after(c: Context, at: int) -> list[Mention]:
    """The persons the words from ``at`` go on to: bodies and titles, then a name (and those listed
    with it); no clause mark between, else none."""
    ms = c.mentions
    end = at
    for i, m in enumerate(ms):
        if m.start < at:
            continue
        gap = c.text[end : m.start]
        if gap and not only_titles(gap):
            return []
        if m.type == "Person":
            return [p for p in person_list_from(c, i) if not kin_anchor(c, p)]
        if not is_org(m):
            return []
        end = m.end
    return []


@needs("Person", words=re.compile(r"参加|参与|来自"), event=True)
def participants_by_kind(c: Context) -> Iterator[Found]:
    """参加培训的某公司焊工王某 → 王某 participatesIn the one 培训班 named before (``attendee-said-by-modifier``);
    来自某公司的选手王某 → 王某 participatesIn the one contest named before (``entrant-from-body``)."""
    text = c.text
    for mod in _attending_modifier().finditer(text, c.sentence.start, c.sentence.end):
        if _NOT_THIS_ATTENDANCE.search(text, max(c.sentence.start, mod.start() - 4), mod.start()):
            continue  # 未能参加培训的, 去年参加培训的: no attendance of this event said
        event = _one_of_kind(c, _kind_endings()[mod.group("kind")])
        if event is None:
            continue
        for p in _people_after(c, mod.end()):
            yield p, "participatesIn", event, "attendee-said-by-modifier"
    ms = c.mentions
    for i, org in enumerate(ms):
        if not is_org(org) or not c.before(org, 2).endswith("来自") or i + 1 >= len(ms) or ms[i + 1].type != "Person":
            continue
        part = _from_body_part().search(c.gap(org, ms[i + 1]))
        if part is None or c.gap(org, ms[i + 1]) != part.group():
            continue
        event = _one_of_kind(c, _part_nouns()[part.group("part")])
        if event is None:
            continue
        for p in person_list_from(c, i + 1):
            yield p, "participatesIn", event, "entrant-from-body"


@needs("Person", "org", event=True)
def team_entrants(c: Context) -> Iterator[Found]:
    """某区代表队队员、某公司运行值班员包某 in the report of a contest: a team's competitor (队员, 选手,
    not its 领队 or 队长) took part in the article's one event of that part named before
    (``team-entrant``)."""
    ms = c.mentions
    for k, team in enumerate(ms):
        if not is_team(team) or team.type == "ServiceTeam" or k + 1 >= len(ms):
            continue  # (a service team's 队员 serve the contest: 志愿服务队队员某为选手提供茶水)
        if NO_PART_SAID.search(c.text, team.end, c.sentence.end):
            continue  # 某代表队队员某因伤未能参赛, 因病退出比赛
        part = next((p for p in sorted(_part_nouns(), key=lambda w: (-len(w), w))
                     if c.text.startswith(p, team.end) and c.text[team.end + len(p) : team.end + len(p) + 1] != "的"), None)
        if part is None:
            continue
        event = _one_of_kind(c, _part_nouns()[part])
        if event is None or any(e.key != event.key for e in c.events()):
            continue  # (队员某在2026年全省职工篮球赛中获得亚军: the contest its own sentence names)
        for p in _people_after(c, team.end):
            yield p, "participatesIn", event, "team-entrant"


@functools.lru_cache(maxsize=1)
def _party_heads() -> tuple[str, ...]:
    """The heads of a party that goes with an activity (宣讲团, 慰问团, 疗休养分团, 服务队: ``party_heads.txt``),
    longest first (分团 before 团)."""
    return tuple(sorted(load_lexicons().words.get("party_heads", frozenset()), key=lambda w: (-len(w), w)))


#: teams named by a place or a body (中国代表团, 某公司代表队), not by what the activity does
_NOT_PARTY = ("代表团", "代表队")


def _party_of_the_activity(name: str, event: Mention, alone: bool = False) -> bool:
    """Whether the team of ``name`` is named by what the event does (中卫市劳模工匠宣讲团 of a 宣讲活动,
    郴州市疗休养分团 of a 疗休养活动): the word before its head, two or three characters, in the event's
    name, and no place; of a team said by its kind ``alone`` (宣讲团成员), that word may be all there is
    before the head."""
    if not name.endswith(_party_heads()) or name.endswith(_NOT_PARTY) \
            or event.name.endswith(("会", "会议", "论坛")) and not event.name.endswith("运动会"):
        return False  # (中国射击队 in the report of a 射击…研讨会: a meeting about what the team does)
    head = next(h for h in _party_heads() if name.endswith(h))
    stem = name[: -len(head)]
    return any(len(stem) > n - alone and stem[-n:] in event.name and not stem.endswith(("国", "省", "市", "县", "区", "镇"))
               for n in (3, 2))


#: after the team in its sentence: how it was formed (由…于2023年组建, 由3名劳模组成): a sentence about
#: the team, not its part in the activity
_FORMED = re.compile(r"组建|组成|成立")


#: a verb whose object a year may be inside (结合2025年的工作经历, 回顾2024年的…): the talk's content
_TOPIC_VERB = re.compile(r"结合|围绕|回顾|讲述|介绍|分享|总结")
#: after such a year, up to the 的 of the object phrase
_OF_THE_OBJECT = re.compile(r"[^，。；：]{0,10}?的")


def _told_at_another_time(c: Context, ev: Mention) -> bool:
    """Whether the sentence tells another time than the activity ``ev``'s: 曾, 去年, a year neither the
    activity is named by nor the report's own (本报讯 2026年7月，), nor inside the object of a verb of
    talking (结合2025年的工作经历作了宣讲: what is talked of)."""
    for past in other_times_said(c, c.sentence.end):
        year = past.group("year")
        if year is None:
            return True
        if year in ev.name or unicodedata.normalize("NFKC", year)[:4] == article_year(c):
            continue
        if _OF_THE_OBJECT.match(c.text, past.end()) and _TOPIC_VERB.search(c.text, c.clause_start(past.start()), past.start()):
            continue
        return True
    return False


def _organises_it(c: Context, body: Mention, ev: Mention) -> bool:
    """Whether the organising verb right after ``body`` (某总队主办, 由某总队承办) is said of the activity
    ``ev``: the event it goes on to (某宣讲团举办的宣讲报告会: another event) or, none, the one its sentence
    names before it (本次活动由某总队主办)."""
    verb = _ORGANISES.match(c.text, body.end)
    if verb is None:
        return False
    text = c.text
    end = min((i for i in (text.find(p, verb.end()) for p in "。！？") if i >= 0), default=len(text))
    start = max(text.rfind(p, 0, body.start) for p in "。！？\n") + 1
    events = [m for m in c.article.mentions if m.type == "Event" and start <= m.start < end]
    after = next((m for m in events if m.start >= verb.end() and text.find("，", verb.end(), m.start) < 0), None)
    if after is not None:
        return after.key == ev.key
    before = [m for m in events if m.end <= body.start]
    return not before or any(m.key == ev.key for m in before)


@needs("org", event=True)
def party_named_by_the_activity(c: Context) -> Iterator[Found]:
    """郴州市疗休养分团团长、郴州市总工会副主席李向阳代表学员发言 in the report of a 疗休养活动: a team
    named by what the reported activity does takes part in it, and so does the person it titles
    (``party-named-by-the-activity``). The activity is the article's main event, named before, or first
    named in this sentence after a team an organiser sends out to do it (组织某服务总队走进…，开展…活动)."""
    ev = c.main_event
    if ev is None or ev.end > c.sentence.start and not c.sentence.start <= ev.start < c.sentence.end:
        return
    if at_another_time(c, ev) or ev.start >= c.sentence.start and not_held(c, ev):
        return  # (下半年，某将组织某服务总队…开展…活动; 原计划组织…，因疫情取消: no activity held)
    ms = c.mentions
    organisers = None
    for k, team in enumerate(ms):
        if not is_org(team) or not (is_team(team) or team.type == "ServiceTeam") or not _party_of_the_activity(team.name, ev):
            continue
        if ev.start >= c.sentence.start and not (team.end <= ev.start and _SENDS_OUT.search(c.text, c.sentence.start, team.start)):
            # (the activity first named in this sentence: the team an organiser sends out to do it; a team
            # that carries it out itself, 某宣讲团走进某公司开展…宣讲, organises it)
            continue
        if NO_PART_SAID.search(c.text, team.end, c.sentence.end) or _told_at_another_time(c, ev):
            continue  # 某篮球队主教练某某担任本次比赛裁判长, 某宣讲团团长某某因故未能到场; 某分队于2020年获评…
        if organisers is None:
            organisers = {m.key for m in c.article.mentions if is_org(m) and _organises_it(c, m, ev)}
        if team.key in organisers:
            continue  # (本次活动由某志愿服务总队主办: it organises the activity, read as such)
        if not _FORMED.search(c.text, team.end, c.sentence.end):
            yield team, "participatesIn", ev, "party-named-by-the-activity"
        if in_title_chain(c, k):
            person = next((m for m in ms[k + 1 :] if m.type == "Person"), None)
            if person is not None:
                yield person, "participatesIn", ev, "party-named-by-the-activity"


#: right before a team: one who sends it out to the activity (组织某服务队走进…，开展…活动; 派出某宣讲团)
_SENDS_OUT = re.compile(r"(?:组织|派出|选派|带领|率领)(?:了)?$")
#: right after a body: it organises the event (由某总队主办, 某总队承办)
_ORGANISES = re.compile(r"(?:联合|共同)?(?:主办|承办|协办|举办)")
#: a member of a team said by its kind alone (宣讲团成员、, 服务队队员，, 宣讲团成员某某), then the titles
_MEMBER_OF_A_KIND = re.compile(r"(?:该|这支|本)?(?P<team>[\u4e00-\u9fff]{2,8}?)(?:成员|队员|团员)[、，,]?")
#: where such a member may open: a clause, or the next of a list (宣讲团团员、某某和宣讲团成员、某某)
_MEMBER_OPENS = re.compile(r"[，,；;：:。和及与]")
#: right after the member: what is still to come (将于下月赴…开展巡回宣讲); 将 before a verb of doing or going
#: only, not 将 as 把 (将自己扎根一线的故事娓娓道来)
_WILL = re.compile(r"(?:也|还)?(?:即将|将要|将(?=于|在|赴|到|去|前往|奔赴|分赴|参加|出席|开展|举办|进行|深入|走进|继续|陆续|再次))")
#: right after a word of NO_PART_SAID: it is inside a modifier (参与职称评审的经历), not the member's part
_MODIFIES = re.compile(r"(?:工作)?的")


@needs("Person", event=True, words=("成员", "队员", "团员"))
def member_of_the_party(c: Context) -> Iterator[Found]:
    """宣讲团成员、某公司车间主任某某讲述了… in the report of a 宣讲活动: a member of the party named by what
    the reported activity does, said by its kind alone, takes part in it, the person the title chain
    after it goes on to (``member-of-the-activity-party``); not one who is still to do it (某某将于下月赴…)
    or did not (因故未能到场). The activity is the article's main event, named before; the sentence names
    no other event and opens at no other time."""
    ev = c.main_event
    if ev is None or ev.end > c.sentence.start or any(e.key != ev.key for e in c.events()) or at_another_time(c, ev):
        return
    text = c.text
    opens = [c.sentence.start, *(o.end() for o in _MEMBER_OPENS.finditer(text, c.sentence.start, c.sentence.end))]
    for at in opens:
        m = _MEMBER_OF_A_KIND.match(text, at, c.sentence.end)
        if m is None or not _party_of_the_activity(m.group("team"), ev, alone=True):
            continue
        if any(o.start < m.end() < o.end or m.start() <= o.start < m.end() for o in c.mentions):
            continue  # (某宣讲团成员、: a team named whole is read as one: party_named_by_the_activity)
        for p in _titled_by_the_chain(c, m.end()):
            if not _WILL.match(text, p.end) and not any(not _MODIFIES.match(text, no.end())
                                                        for no in NO_PART_SAID.finditer(text, p.end, c.clause_of(p)[1])):
                yield p, "participatesIn", ev, "member-of-the-activity-party"


#: the sides of a collective bargaining (职工方, 企业方; 劳方, 资方)
_SIDES = r"(?:职工方|企业方|行政方|劳方|资方)"
#: a side of a collective bargaining named before its people (职工方首席代表、某工会联合会主席某某;
#: 企业方协商代表某某): the side's title opens the chain of who the person is
#: (not after 作为: 某某作为职工方首席代表，… names the side after the person, and the clause ends there)
#: (nor after a time gone: 上届职工方首席代表、某某 is the one who sat at an earlier bargaining)
_SIDE_TITLE = re.compile(r"(?<!作为)(?<!上届)(?<!往届)(?<!上一届)(?<!前任)(?<!去年)"
                         + _SIDES + r"(?:首席)?(?:协商)?代表、?")
#: after a body: it acts as one side of the bargaining (A与B分别作为职工方和企业方, A作为职工方)
_AS_A_SIDE = re.compile(r"(?:分别|共同)?作为" + _SIDES)
#: the name of a bargaining meeting (工资集体协商会议, 集体协商会): the sides sit at it; not the signing
#: of the contract (签约仪式: a side's chief of the bargaining months before may only be quoted there)
_BARGAINING = re.compile(r"协商[\u4e00-\u9fff]{0,4}(?:会议|会)$")
#: before a body said to act as a side, in its clause: a time to come governing the acting
#: (将推动某协会作为企业方…, 明年某协会将作为…)
_TO_COME = re.compile(r"将|明年|下届|下一届|今后")
#: after the side's title: the acting to come (…作为企业方将参加…), or a bargaining of a time to come
#: (参加明年的协商); not a time in what is bargained about (就明年职工工资增长幅度进行协商)
_TO_COME_AFTER = re.compile(r"^(?:也|还)?(?:将|即将|将要)|(?:明年|下届|下一届|下一轮|今后)(?:的)?(?:工资)?(?:集体)?协商")


def _side_to_come(c: Context, m: Mention, side_end: int) -> bool:
    """Whether the body ``m``, said to act as a side up to ``side_end``, is to act at a bargaining to
    come: a time to come before it in its clause, or after the side's title its acting or the
    bargaining itself (_TO_COME_AFTER)."""
    start, end = c.clause_of(m)[:2]
    after = c.text[side_end:end]
    return _TO_COME.search(c.text, start, m.start) is not None or _TO_COME_AFTER.search(after) is not None


def _titled_by_the_chain(c: Context, at: int) -> list[Mention]:
    """The person a title chain from ``at`` goes on to (某协会会长、某公司董事长某某: bodies and their
    posts, links closed by 、), alone (not others listed after it); none when other words or a clause
    mark stand between."""
    end = at
    for m in c.mentions:
        if m.start < at:
            continue
        gap = c.text[end : m.start]
        if gap and not only_titles(gap[:-1] if gap.endswith("、") and len(gap) > 1 else gap):
            return []
        if m.type == "Person":
            return [] if kin_anchor(c, m) else [m]
        if not (is_org(m) or m.type == "Place"):  # (a place may open a body's name: 达州|某餐饮公司)
            return []
        end = m.end
    return []


@needs(event=True, words=re.compile(_SIDES))
def bargaining_sides(c: Context) -> Iterator[Found]:
    """In the report of a collective bargaining meeting (its main event a …协商会议),
    the people introduced as a side's representative (职工方首席代表、某工会联合会主席某某) take part in it,
    and so does the body whose post follows the side's title, the side itself (``bargaining-side``);
    a body said to act as a side (A与B分别作为职工方和企业方) takes part too. The sentence names no
    other event and opens at no other time."""
    main = c.main_event
    if main is None or main.congress or not _BARGAINING.search(main.name) \
            or any(e.key != main.key for e in c.events()) or at_another_time(c, main):
        return
    text, ms = c.text, c.mentions
    for side in _SIDE_TITLE.finditer(text, c.sentence.start, c.sentence.end):
        first = next((m for m in ms if m.start >= side.end()), None)
        if first is None or first.start != side.end():
            continue  # (职工方首席代表由某某担任: no chain opened by the title)
        people = _titled_by_the_chain(c, side.end())
        if is_org(first) and people:
            yield first, "participatesIn", main, "bargaining-side"
        for p in people:
            yield p, "participatesIn", main, "bargaining-side"
    for m in ms:
        if is_org(m) and (side := _AS_A_SIDE.match(text, m.end, c.sentence.end)) and not in_open_quote(text, m.start) \
                and not _side_to_come(c, m, side.end()):
            # (not in quoted words: 某说：“某协会作为企业方，一直没有派人来谈。”; not a side to come)
            for body in c.coordinated_before(m, is_org, ("与", "和", "、", "同")) + [m]:
                yield body, "participatesIn", main, "bargaining-side"
