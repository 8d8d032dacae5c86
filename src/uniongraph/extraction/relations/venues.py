"""Where an event was held (``heldAt``): 在 PLACE 举办 EVENT, EVENT 在 PLACE 举行, 在此间/这里召开;
and the visits of an activity that do not name it (共赴 PLACE, 某某一行来到 VENUE), which also say who
organised it or took part."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from ...model import Evidence, Mention, Relation
from ...reading.patterns import DATELINE
from ..aliases import placeable_body
from ..lexicon import load_lexicons, word_lengths, words_by_kind
from ..places import TOWN_LEVELS, place_level
from ..tokens import tokenize
from .context import LIST_JOINERS, NAME_JOINERS, THIS_EVENT, Context, Found, has, is_org, opening, starts, title_then_person, triggers
from .prerequisites import needs
from .event_references import CLASS_KINDS, EARLIER_TIME, KIND_ENDINGS, NAMED_YEAR, PLAN_WORDS, VISITED_ACTIVITY, article_year, at_another_time, \
    one_named_before, said_outside_names, whole_subject
from .person_lists import in_title_chain, listed_before, person_list_from


_HELD_END = ("举行", "开幕", "启动", "召开", "举办", "落下帷幕", "落幕", "闭幕", "开赛", "进行", "开班", "开营")


def _venue_placed_by(c: Context, i: int) -> Mention | None:
    """The venue after ``在位于 PLACE 的`` (the place at ``i``) when a verb of holding follows it:
    ``在位于镜湖区的某分拨中心启动`` is held at the 分拨中心, a body or place of its own."""
    ms = c.mentions
    pl = ms[i]
    venue = ms[i + 1] if i + 1 < len(ms) else None
    if venue is None or c.gap(pl, venue) != "的" or not (venue.type == "Place" or placeable_body(venue)):
        return None
    return venue if c.after(venue, 8).lstrip("隆重正式顺利").startswith(_HELD_END) else None


#: after a verb of holding, before the event: 了, 的, or the year (range) the event's name opens with
_YEAR_OF_EVENT = re.compile(r"(?:了|的)?(?:[0-9０-９]{4}(?:[—－\-~至][0-9０-９]{4})?(?:年度?)?)?")
#: adverbs before a verb of holding: 联合举办, 隆重召开, 共同举行
_HOLDING_ADVERBS = re.compile(r"^(?:联合|共同|隆重|正式|顺利|同时|首次|再次|又|还)+")


#: after a place, the verb of holding of what is named next: 在日内瓦举行的记者招待会 (its venue)
_HOLDS_NAMED_EVENT = re.compile(r"(?:隆重)?(?:举行|召开|举办)的(?![。，；！？])")  # (not 是…在扬州召开的。)


@needs(event=True)
def held_at(c: Context) -> Iterator[Found]:
    """在 PLACE 举办 EVENT; EVENT 走进 PLACE; EVENT 在 PLACE 举行; 活动在 PLACE 举行."""
    ms = c.mentions
    text = c.text
    for i, pl in enumerate(ms):
        if is_org(pl):
            # 在安徽叉车集团召开…通报会: a company as the venue (the guideline's case), the verb right
            # after it; 在国务院办公厅召开 is the office convening, not a venue
            if placeable_body(pl) and (c.before(pl, 1) == "在" or _at_through_lead(c, i)) and i + 1 < len(ms) \
                    and ms[i + 1].type == "Event":
                gap = _HOLDING_ADVERBS.sub("", c.gap(pl, ms[i + 1]))  # (联合举办, 隆重召开)
                verb = starts(gap, "held")
                # (启动2026—2027供暖季某竞赛: the year the event's name opens with, left out of it)
                if verb and _YEAR_OF_EVENT.fullmatch(gap, len(verb)):
                    yield ms[i + 1], "heldAt", pl, "at-org-verb-event"
            # “送温暖”活动走进通山县云溪中学: an activity goes into a school or a company, held there
            ev = ms[i - 1] if i > 0 and ms[i - 1].type == "Event" and not ms[i - 1].congress else None
            if ev is not None and placeable_body(pl) and _MOVES_INTO.fullmatch(c.gap(ev, pl)):
                yield ev, "heldAt", pl, "event-moves-to-body"
            # 技能大赛昨天在海河钢铁集团举行 (the guideline's own example): the event before, held there
            # (在钧台街道某陶瓷有限公司举行: the areas written before the company say where it is)
            if pl.type == "Company" and (c.before(pl, 1) == "在" or _at_over_areas(c, i)) \
                    and c.after(pl, 8).lstrip("隆重正式顺利").startswith(_HELD_END):
                ev = next((m for m in reversed(ms[:i]) if m.type == "Event" and not m.congress), None)
                if ev is not None and len(c.gap(ev, pl)) <= 10 and not re.search(r"[，。；：]", c.gap(ev, pl)):
                    yield ev, "heldAt", pl, "event-held-at-company"
                    continue
            # 第十次会议今天在农业部召开。; 棋后大奖赛将于本月８日至１５日在济南良友富临大酒店举行。: the event,
            # the subject, is held at the body named after 在 (a time between; the verb ends the clause)
            if c.before(pl, 1) == "在" and i > 0 and ms[i - 1].type == "Event" and not ms[i - 1].congress \
                    and _HELD_ENDS_CLAUSE.match(c.text, pl.end, c.sentence.end) \
                    and _TIME_BEFORE_AT.fullmatch(c.gap(ms[i - 1], pl)) \
                    and (whole_subject(c, ms[i - 1]) or c.is_subject(ms[i - 1])):
                yield ms[i - 1], "heldAt", pl, "event-held-at-company" if pl.type == "Company" else "event-held-at-body"
            # 宣讲团走进某煤电公司，为企业职工开展“新春第一课”宣讲: held in the body gone into
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if placeable_body(pl) and _WENT_TO.search(c.before(pl, 4)) and nxt is not None and nxt.type == "Event" \
                    and not nxt.congress and _THEN_HOLDS.fullmatch(c.gap(pl, nxt)):
                yield nxt, "heldAt", pl, "goes-to-place-and-holds-event"
            continue
        if pl.type != "Place":
            continue
        # 香港举行贺岁烟花汇演, 北京、上海两地同时举行…活动: a place as the subject of the holding
        nxt = ms[i + 1] if i + 1 < len(ms) else None
        if nxt is not None and nxt.type == "Event" and not nxt.congress and _PLACE_HOLDS.fullmatch(c.gap(pl, nxt)):
            group = [*reversed(c.coordinated_before(pl, _is_place, NAME_JOINERS)), pl]
            if c.is_subject(group[0]) and not c.before(group[0], 2).endswith(("在", "于", "到", "赴", "从")):
                for g in group:
                    yield nxt, "heldAt", g, "place-holds-event"
        # 去北京参加全国妇女大会, 赴京出席…座谈会: one goes to the place to attend the event there
        gone = _go_to().search(c.before(pl, 3))
        attend = _ATTEND_THERE.match(text, pl.end, c.sentence.end) if gone else None
        if attend:
            # (a congress too: 来京参加了党的第十五次全国代表大会 names the session attended, no reference)
            ev = next((m for m in ms[i + 1 :] if m.type == "Event"), None)
            if ev is not None and ev.start == attend.end():
                yield ev, "heldAt", pl, "goes-to-place-to-attend-event"
        at = c.before(pl, 2).endswith(("在", "于")) or _at_through_lead(c, i)
        listed = not at and _listed_after_at(c, i)  # 在大连、昆明和北京召开: each place of the list
        if at and nxt is not None and nxt.type == "Event" and _ATTEND_THERE.fullmatch(c.gap(pl, nxt)) \
                and _attendee_before(c, i) and not _remote(nxt):
            yield nxt, "heldAt", pl, "attends-event-at-place"  # 某某在北京参加全国劳模表彰大会
        if at or listed:
            for ev in ms[i + 1 :]:
                if ev.type == "Event" and has(c.gap(pl, ev), "held") and len(c.gap(pl, ev)) <= 20 \
                        and not _HELD_THEN_CLAUSE.match(c.gap(pl, ev)):  # 在A举行，B同时举行了C: C's verb
                    yield ev, "heldAt", pl, "at-place-verb-event" if at else "at-listed-places-verb-event"
                    break
        # 服务队走进广文街道，开展“学雷锋”活动; 到南岭社区开展…活动: the event is held where one went
        # (深入甲区、乙区和丙区，开展…活动: each area of the list gone into, the verb before the first)
        went_to = [*reversed(c.coordinated_before(pl, _is_place, LIST_JOINERS)), pl]
        if _WENT_TO.search(c.before(went_to[0], 4)) and not (i + 1 < len(ms) and ms[i + 1].type == "Place"
                                                            and c.gap(pl, ms[i + 1]) == ""):
            ev = ms[i + 1] if i + 1 < len(ms) else None
            if ev is not None and ev.type == "Event" and not ev.congress and _THEN_HOLDS.fullmatch(c.gap(pl, ev)):
                for g in went_to:
                    yield ev, "heldAt", g, "goes-to-place-and-holds-event"
            elif len(went_to) > 1:
                pass  # (a list's last place right before an event's name: the list is no venue of it)
            elif ev is not None and ev.type == "Event" and not ev.congress and c.gap(pl, ev) in ("", "的"):
                yield ev, "heldAt", pl, "goes-to-place-of-event"  # 走进市青少年宫“再就业赶集大会”（现场）
        ended = c.after(pl, 8).lstrip("隆重正式顺利").startswith(_HELD_END)
        events_before = [m for m in ms[:i] if m.type == "Event" and not m.congress]
        if events_before:
            ev = events_before[-1]
            gap = c.gap(ev, pl)
            # (the event close before, in its clause: not 运动会闭幕当天，选手们还在位于…举行了联欢)
            venue = _venue_placed_by(c, i) if gap.endswith("在位于") and len(gap) <= 10 \
                and not re.search(r"[，。；：]", gap) else None
            if venue is not None:
                # 关爱行动在位于镜湖区的某分拨中心启动: the place only says where the venue is
                yield ev, "heldAt", venue, "event-at-venue-placed-in-area"
            elif gap.endswith("位于"):
                pass  # (在位于某区的…: the place is the venue's, the venue is not named)
            elif _opens_an_unread_venue(c, i):
                pass  # (在眉县|龙山|陵园举行: the name the venue opens with, after the area, is no area)
            elif len(gap) <= 8 and not re.search(r"[，。；：]", gap) and has(gap, "move"):
                # (在某自治县|长山镇的某物流园举行: the nearer area written right after the county is where;
                # annotation: the venue and the nearest area, the county holding it an inferred fact)
                yield ev, "heldAt", ms[i + 1] if _encloses_the_next_area(c, i) else pl, "event-moves-to-place"
            elif at and ended and (len(gap) <= 10 and not re.search(r"[，。；：]", gap) or _TIME_THEN_AT.fullmatch(gap)):
                yield ev, "heldAt", pl, "event-held-at-place"
            elif ended and _COMMA_TIME_AT.match(gap) and c.clause_of(ev)[1] == ev.end and whole_subject(c, ev) \
                    and not any(m.type != "Place" for m in ms[ms.index(ev) + 1 : i]) \
                    and not _HELD_THEN_NOUN.match(text, pl.end, c.sentence.end):
                # 研讨会，今天在淮安市举行: the event ends its clause and is the subject of the next
                yield ev, "heldAt", pl, "event-comma-held-at-place"
            elif listed and _HELD_AFTER_LIST.match(text, pl.end, c.sentence.end):
                # 大赛在体育中心和文化宫同时举行: the event is held at each place of the list
                lead = c.gap(ev, listed)
                if len(lead) <= 8 and not re.search(r"[，。；：]", lead) and lead.endswith(("在", "于")):
                    yield ev, "heldAt", pl, "event-held-at-listed-places"
        elif at and ended and c.main_event is not None and THIS_EVENT.search(text[c.clause_of(pl)[0] : pl.start]) \
                and not _HOLDS_NAMED_EVENT.match(text, pl.end) \
                and not _another_session(text[c.clause_of(pl)[0] : pl.start], c.main_event.name):
            # (not 在迈阿密举行的美洲国家首脑会议, 在日内瓦举行的记者招待会: the place is that event's)
            yield c.main_event, "heldAt", pl, "this-event-held-at-place"
        elif ended and (ref := _kind_named_before(c, i)) is not None:
            yield ref, "heldAt", pl, "event-kind-held-at-place"
    yield from held_here(c)
    yield from _area_before_an_unread_venue(c)
    yield from held_for_its_kind(c)
    yield from visits_of_the_named_activity(c)
    yield from visits_of_the_class(c)


def _kind_named_before(c: Context, i: int) -> Mention | None:
    """运动会12月1日在阳明区某职工体育馆开幕 after 某市第十一届职工冬季运动会 was named: a clause that
    opens with the head of an event named before (its last characters, the only such event of the
    article so far), a time and 在 the chain of places ending at ``i``, refers to that event."""
    ends = {m.end: m for m in c.mentions[:i] if m.type == "Place"}
    first = _first_of_chain(c.mentions[i].start, ends)  # (在阳明区|某职工体育馆: the chain of places after 在)
    at = first.start if first is not None else c.mentions[i].start
    start = c.clause_of(c.mentions[i])[0]
    kind = _KIND_THEN_AT.fullmatch(c.text, start, at)
    if kind is None or any(m.start < at and m.end > start for m in c.mentions[:i] if m.type != "Place"):
        return None
    ref = one_named_before(c, start, kind.group("kind"))
    if ref is None or _another_edition(c, ref, at) or _heading_between(c.text, ref.end, start):
        return None
    return ref


#: a year or an edition relative to now: an event named with one is another edition than one with another
_YEAR_WORDS = re.compile(r"去年|今年|明年|前年|来年|上届|下届|本届")
#: those that point forward: a later edition than any event named before without a year
_LATER_WORDS = frozenset({"明年", "来年", "下届"})


def _another_edition(c: Context, ev: Mention, at: int) -> bool:
    """Whether the clause's bare kind (今年，运动会将于10月在…) is another edition than the event
    named before (去年举办的某首届运动会): its sentence says another year, or a later one."""
    then = set(_YEAR_WORDS.findall(c.text, max(c.text.rfind(p, 0, ev.start) for p in "。！？\n") + 1, ev.start))
    now = set(_YEAR_WORDS.findall(c.text, c.sentence.start, at))
    return bool(now) and now != then and bool(then or now & _LATER_WORDS)


def _heading_between(text: str, after: int, before: int) -> bool:
    """Whether a heading line (阳明区简讯: no closing stop) stands between two offsets: a digest's
    items, each about its own event."""
    lines = text[after:before].split("\n")[1:-1]
    return any(ln.strip() and not ln.strip().endswith(("。", "！", "？", "”", "!", "?")) for ln in lines)


@functools.lru_cache(maxsize=1)
def _unread_venue_held() -> re.Pattern[str]:
    """After 在 and an area: a venue the recognisers did not read, ending in a venue's head
    (``unread_venue_heads.txt``, longest first), then the verb of holding that ends the clause
    (在淮安区|白马湖景区星光草坪|举行)."""
    heads = sorted(load_lexicons().words.get("unread_venue_heads", frozenset()), key=lambda w: (-len(w), w))
    return re.compile(r"(?P<venue>[^，。；：、\s“”\"（）()]{2,20}?(?:" + "|".join(map(re.escape, heads)) + "))"
                      r"(?:隆重|正式|顺利)?(?:举行|召开|举办|开幕|开班|开营|开赛)(?:了)?(?=[，。；,！]|$)")


#: the levels of area an event's venue is written after (a district, a county, a town)
_VENUE_AREA_ENDS = ("区", "县", "镇", "乡", "街道", "旗")


def _area_before_an_unread_venue(c: Context) -> Iterator[Found]:
    """EVENT 在 DISTRICT VENUE 举行 with the venue unread (在淮安区白马湖景区星光草坪举行): the event
    is held in the district (as :func:`areas_of_venue_chains` adds it when the venue is read). The
    event is the subject just before (its ceremony's words may stand between: …活动第三批学员开营仪式在);
    a body may open the venue's words (某公司职工活动中心), no person nor event."""
    ms = c.mentions
    text = c.text
    for i, pl in enumerate(ms):
        if pl.type != "Place" or not pl.name.endswith(_VENUE_AREA_ENDS) or c.before(pl, 1) != "在" or i == 0:
            continue
        venue = _unread_venue_held().match(text, pl.end, c.sentence.end)
        if venue is None or any(m.start >= pl.end and m.start < venue.end() and m.type in ("Person", "Event") for m in ms):
            continue
        if any(m.start == pl.end and m.type == "Place" and m.end >= venue.end("venue") for m in ms):
            continue  # (the venue read as a place, its head with it: the chain rules relate it; not 在眉县|龙山|
            # 陵园举行, a place's name the venue opens with)
        ev = next((m for m in reversed(ms[:i]) if m.type == "Event" and not m.congress), None)
        if ev is None:
            continue
        gap = c.gap(ev, pl)
        if len(gap) <= 10 and not re.search(r"[，。；：,]", gap) and (whole_subject(c, ev) or c.is_subject(ev)):
            yield ev, "heldAt", pl, "event-held-in-area-of-unread-venue"


#: the clause after the one naming an activity: its people (perhaps) go into the places visited
_ITS_PARTY_GOES_INTO = re.compile(r"[，,](?:其)?(?:工作人员|志愿者|慰问组|慰问团|服务队|宣讲团|干部职工|工会干部|党员干部)?(?:们)?(?:一行)?"
                                  r"(?:还|也|又|随后|先后|分别|一起|深入一线)*(?:走进|走入|来到|深入)(?:了)?$")


@needs(event=True)
def visits_of_the_named_activity(c: Context) -> Iterator[Found]:
    """镇总工会开展了“冬日暖阳”送温暖活动，工作人员走进某公司、某卫生院: an activity that goes to
    people (送温暖, 慰问) is held where its party goes in the next clause (each place of the list)."""
    ms = c.mentions
    for k, ev in enumerate(ms):
        if ev.type != "Event" or ev.congress or not VISITED_ACTIVITY.search(ev.name) or k + 1 >= len(ms):
            continue
        held_verb = re.search(r"(?:开展|举办|启动|组织)(?:了)?[^，。；：]{0,4}$", c.text[c.clause_of(ev)[0] : ev.start])
        venue = ms[k + 1]
        if held_verb is None or not _ITS_PARTY_GOES_INTO.fullmatch(c.gap(ev, venue)):
            continue
        j = k + 1
        while j < len(ms):
            while j + 1 < len(ms) and _visit_venue(ms[j + 1]) and c.gap(ms[j], ms[j + 1]) == "" and ms[j].type == "Place":
                j += 1  # the last of places written together (南岭县青石镇 → 青石镇)
            if _visit_venue(ms[j]):
                yield ev, "heldAt", ms[j], "party-of-the-named-activity-goes-into"
            # (the list goes on past a body that is no venue by the guideline: 某公司、县检察院、某卫生院)
            if j + 1 < len(ms) and c.gap(ms[j], ms[j + 1]) in NAME_JOINERS \
                    and not any(o.start <= ms[j + 1].start and ms[j + 1].end <= o.end for o in ms[:j + 1]):
                j += 1
                continue
            break


def _visit_venue(m: Mention) -> bool:
    """A place, company or institution (医院, 学校, 卫生院, 敬老院: ``visited_institution_heads``) a
    party may go into; a unit named in a company's name."""
    heads = load_lexicons().words.get("visited_institution_heads", frozenset())
    return _visited(m) or placeable_body(m) or m.type == "Organization" and m.name.endswith(tuple(heads))


#: a session other than the one reported: a later one (下一次, 下届, 明年), or one of another number
_NEXT_SESSION = re.compile(r"下一?(?:次|届)|明年|来年")
_SESSION_NUMBER = re.compile(r"第[一二三四五六七八九十0-9０-９]+(?:次|届)")


def _another_session(clause: str, reported: str) -> bool:
    """第二次会议将于明年在黄冈举行 in the report of the first: the clause's meeting is another."""
    return bool(_NEXT_SESSION.search(clause)) or any(n.group() not in reported for n in _SESSION_NUMBER.finditer(clause))


#: the verb of holding, ending its clause: 召开。 举行了， 隆重开幕； (a class: 开班。)
_HELD_ENDS_CLAUSE = re.compile(r"(?:隆重|正式|顺利)?(?:举行|召开|举办|开幕|进行|开班|开营)(?:了)?(?=[，。；,！]|$)")
#: between an event and 在 BODY: a time phrase, perhaps after 将于/于 (今天, 将于本月８日至１５日)
_TIME_BEFORE_AT = re.compile(r"(?:将|已|拟|定)?(?:于)?(?:今天|今日|昨天|昨日|日前|近日|明天|当天|本月|下月|今年|明年|"
                             r"[0-9０-９一二三四五六七八九十〇○]{1,4}[年月日号]|至|到|—|－|-|上午|下午|晚上|晚|上旬|中旬|下旬)*在")
#: a clause opening with the kind of an event named before (运动会, 决赛, 座谈会), a time, then 在
_KIND_THEN_AT = re.compile(r"(?P<kind>[\u4e00-\u9fff]{2,5}?)" + _TIME_BEFORE_AT.pattern)
#: between an activity and a school or company it goes into: (a time) 走进/来到/走入/进 (了)
_MOVES_INTO = re.compile(r"(?:今天|昨天|日前|近日|当天|[0-9０-９]{1,2}日)?(?:再次|又|先后)?(?:走进|走入|来到|进入|开进|深入)(?:了)?")
#: a verb of going to a place (the last of a run of places: 走进奎文区广文街道), and what may stand
#: between that place and the event held there: (等地 closing a list, a comma,) a verb of holding
_WENT_TO = re.compile(r"(?:走进|来到|深入|走入|前往|到|赴)(?:了)?$")
_THEN_HOLDS = re.compile(r"(?:等(?:地|处)?)?[，,]?(?:为[^，,。；：、]{1,10}?)?(?:共同|联合|集中)?(?:开展|举办|举行|组织|进行|启动)(?:了)?")
#: a verb of holding, then a new clause: the place is that verb's, not the later event's (在泉城
#: 济南，市委为他举行庆功大会 still places the meeting: the clause opens with the place)
_HELD_THEN_CLAUSE = re.compile(r"[^，。；：]*(?:举办|举行|召开|开幕|启动|进行|开展)[^，。；：]*[，。；：]")
#: the verb of holding after a list of venues: 同时举行, 分别开幕
_HELD_AFTER_LIST = re.compile(r"(?:同时|分别|先后|相继)?(?:隆重|正式|顺利)?(?:举行|开幕|启动|召开|举办|开赛|进行)")
#: a date or a span of dates, perhaps after 将于/定于 (将于今年１０月１２日至１９日, 于一九九八年一月二十日至二十二日)
_TIME_SPAN = (r"(?:将|已|拟|定|将于|于|定于|已于)?(?:今年|明年|去年)?"
              r"(?:[0-9０-９一二三四五六七八九十〇○]{1,4}(?:年|月|日|号)(?:底|初|上旬|中旬|下旬|上午|下午|晚上|晚)?"
              r"(?:至|到|—|－|-)?)+")
#: the gap from an event to 在 PLACE when it is only a date (世界中学生运动会将于今年１０月１２日至１９日在…举行)
_TIME_THEN_AT = re.compile(_TIME_SPAN + r"(?:在|于)")
#: the gap from an event that ends its clause to a place: a comma, a time, then 在 (…研讨会，
#: 今天上午在…); no subject of its own before 在
_COMMA_TIME_AT = re.compile(r"^[，,](?:今天|今日|昨天|昨日|日前|近日|明天|当天|[0-9０-９一二三四五六七八九十]{1,2}月)?"
                            r"(?:[0-9０-９一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上|晚)?(?:将|已|正式|隆重)?"
                            r"在[^，。；：、]{0,16}$"
                            r"|^[，,]" + _TIME_SPAN + r"在[^，。；：、]{0,16}$")


def _at_through_lead(c: Context, i: int) -> bool:
    """Whether 在 governs the place at ``i`` through words that only describe it or say where in
    a larger place it lies (在著名的维也纳金色大厅, 在瑞士东部山城达沃斯): going back from the place,
    only words of ``venue_lead_words`` and places written together reach the 在."""
    words = load_lexicons().words.get("venue_lead_words", frozenset())
    if not words:
        return False
    longest = word_lengths(words)[0]
    ends = {m.end: m for m in c.mentions[:i] if m.type == "Place"}
    at, passed = c.mentions[i].start, False
    while at > c.sentence.start:
        if c.text[at - 1] == "在":
            return passed
        if at in ends:
            at = ends[at].start
            continue
        word = next((c.text[at - n : at] for n in range(longest, 0, -1) if c.text[at - n : at] in words), None)
        if word is None:
            return False
        at, passed = at - len(word), True
    return False


def _at_over_areas(c: Context, i: int) -> bool:
    """Whether 在 governs the mention at ``i`` over areas written together right before it
    (在钧台街道|某陶瓷有限公司, 在某县某镇|某公司)."""
    ends = {m.end: m for m in c.mentions if m.type == "Place"}
    first = _first_of_chain(c.mentions[i].start, ends)
    at = first.start if first is not None else c.mentions[i].start
    if first is not None:
        return c.before(first, 1) == "在"
    # (a town or street no mention yet: its places become mentions after the patterns run)
    return _AT_AREA_WRITTEN.search(c.text, max(c.sentence.start, at - 16), at) is not None


#: 在 and an area written right before a body (在白沙街道, 在青山县柳泉镇), its places not yet mentions
_AT_AREA_WRITTEN = re.compile(r"在(?:[\u4e00-\u9fff]{2,5}?(?:省|市|县|区|旗))?[\u4e00-\u9fff]{2,5}?(?:镇|街道|乡)$")


def _listed_after_at(c: Context, i: int) -> Mention | None:
    """The place that follows 在/于 and opens the list (、 和 及 与) the place at ``i`` is a later
    member of: 在大连、昆明和北京召开 (大连 for 昆明 and 北京); None if there is none."""
    listed = c.coordinated_before(c.mentions[i], _is_place, LIST_JOINERS)
    return next((m for m in listed if c.before(m, 2).endswith(("在", "于"))), None)


def _is_place(m: Mention) -> bool:
    return m.type == "Place"


#: the verb of holding after the place governs a noun (在京举行的座谈会上): another event's venue
_HELD_THEN_NOUN = re.compile(r"(?:隆重|正式|顺利)?(?:举行|开幕|启动|召开|举办|落下帷幕|落幕|闭幕|开赛|进行)(?:了)?的")


#: between a place that is the subject and the event: (两地/各地) a time, adverbs, the verb of holding
_PLACE_HOLDS = re.compile(r"(?:[两三四五六七八九十几]地|等地|各地)?(?:今天|今日|昨天|昨日|日前|近日|元旦|春节|节日)?(?:期间)?"
                          r"(?:上午|下午|晚上|晚)?(?:同时|分别|先后|相继|隆重|正式|也|还|都)*(?:举行|举办|召开)(?:了)?")


@functools.lru_cache(maxsize=1)
def _venue_words() -> dict[str, list[str]]:
    """The words of ``venue_words.tsv`` by kind (go, not_go, party_kind, party_adverb, describes,
    inspection_kind, party_prefix, zone_end, companion, together, union_site_kind, work_done,
    leads, party_head), in the file's order."""
    return words_by_kind("venue_words.tsv", ("go", "not_go", "party_kind", "party_adverb", "describes", "inspection_kind",
                                             "party_prefix", "zone_end", "companion", "together", "union_site_kind",
                                             "work_done", "leads", "party_head"))


def _not_after(word: str, compounds: list[str]) -> str:
    """Look-behinds that keep ``word`` from being the end of one of ``compounds`` (来 of 原来, 后来)."""
    before = [c[: -len(word)] for c in compounds if c.endswith(word) and c != word]
    if not before:
        return ""
    if all(len(b) == 1 for b in before):
        return "(?<![" + "".join(before) + "])"
    return "".join(f"(?<!{re.escape(b)})" for b in before)


@functools.lru_cache(maxsize=1)
def _go_to() -> re.Pattern[str]:
    """A verb of going right before a place (``venue_words.tsv``: go; not 从, 来自: where one comes
    from), not the end of a word that is no going (not_go: 来京参加, but not the 来 of 原来, 后来)."""
    words = _venue_words()
    return re.compile("(?:" + "|".join(_not_after(w, words["not_go"]) + re.escape(w) for w in words["go"]) + ")$")


#: …to attend: the event named right after (去北京参加了第三届…大会)
_ATTEND_THERE = re.compile(r"(?:参加|出席|列席|参与)(?:了)?")


#: between an attendee and 在 a place: a time, adverbs (日前在, 曾在, 还专程在)
_ATTENDEE_THEN_AT = re.compile(r"(?:今天|昨天|日前|近日|当天|曾|还|也|又|正|专程|[0-9０-９一二三四五六七八九十]{1,4}[年月日])*在")


def _remote(ev: Mention) -> bool:
    """Whether an event is a meeting held at a distance (某总工会视频会议, ``remote_meeting_words.txt``):
    where one attends it is no venue of it."""
    return any(w in ev.name for w in load_lexicons().words.get("remote_meeting_words", ()))


def _attendee_before(c: Context, i: int) -> bool:
    """Whether the place at ``i`` follows 在 right after a person or a body who attends (某某在北京参加),
    the subject of the attending (not 在北京参加… opening a clause about someone else)."""
    j = i - 1
    while j >= 0 and c.mentions[j].type == "Place" and c.mentions[j].end > c.mentions[i].start - 8:
        j -= 1  # (在北京市海淀区: the chain's earlier places)
    if j < 0 or not (c.mentions[j].type == "Person" or is_org(c.mentions[j])):
        return False
    first = next(m for m in c.mentions[j + 1 : i + 1] if m.type == "Place")
    return _ATTENDEE_THEN_AT.fullmatch(c.gap(c.mentions[j], first)) is not None


#: 此间 (here) is the place of the dateline: 在此间召开的…会议, …会议今天在此间开幕; 这里 is the
#: place that sets the scene of the sentence (白关镇鼓乐喧天，…仪式在这里举行), else the dateline's
_HERE_BEFORE = re.compile(r"在(?P<here>此间|这里)(?:隆重|主持|共同主持)?(?:召开|举行|举办|开幕)(?:了|的)?$")
_HERE_AFTER = re.compile(r"(?:今天|今日|昨天|昨日|日前|近日|[0-9０-９]{1,2}日)?(?:上午|下午|晚上)?在(?P<here>此间|这里)(?:隆重)?"
                         r"(?:召开|举行|举办|开幕)")


def _scene_place(c: Context, before: int) -> Mention | None:
    """The place (or company, as a venue) that opens a clause of the sentence before ``before``
    as its subject, the last of a run of places written together (株洲县白关镇鼓乐喧天)."""
    ms = [m for m in c.mentions if m.end <= before]
    found = None
    for k, m in enumerate(ms):
        if m.type not in ("Place", "Company"):
            continue
        first = k
        while first > 0 and ms[first - 1].type == "Place" and c.gap(ms[first - 1], ms[first + 0]) == "":
            first -= 1
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt is not None and nxt.type in ("Place", "Company") and c.gap(m, nxt) == "":
            continue  # a run goes on: its last place is the scene
        if c.is_subject(ms[first]):
            found = m
    return found


#: the end of an activity's name that says no kind (疗休养活动 → 疗休养, 关爱行动 → 关爱)
_ACTIVITY_WORD = re.compile(r"(?:活动|行动)$")
#: before a place its party goes to or where it does the activity: a verb of going, or 在
_GOES_OR_AT = re.compile(r"(?:前往|来到|赴|奔赴|走进|到|在)(?:了)?$")
#: after the place (and a venue 在 after a comma): 开展/进行 the activity by its kind, perhaps for a time
#: (前往某景区开展为期5天的疗休养; 来到某区，在某疗养院开展疗休养)
_DOES_ITS_KIND = re.compile(r"(?P<venue>[，,]在[^，。；：]{2,30}?)?(?:开展|进行|参加)(?:了)?"
                            r"(?:为期[^，。；：的]{1,8}的)?(?P<kind>[\u4e00-\u9fff]{2,6}?)(?=[，。；：！]|$)")


#: the rest of a venue's name the mentions leave unread (红军长征景区 of 六盘山红军长征景区)
_UNREAD_VENUE_TAIL = re.compile(r"[^，。；：、\s“”\"（）()]{1,12}?(?:景区|基地|公园|营地|疗养院|疗休养院|度假村)(?=开展|进行|参加)")
#: the end of a division's name (东湖区, 青石镇, 桐乡市, 城关街道)
_DIVISION_END = re.compile(r"(?:省|市|县|区|旗|州|镇|乡|街道)$")


def _venue_like(m: Mention) -> bool:
    return m.type == "Place" or placeable_body(m)


def held_for_its_kind(c: Context) -> Iterator[Found]:
    """某疗休养活动首批职工来到某市某区，在某疗养院开展为期5天的疗休养; 某疗休养活动启动，疗休养团…前往
    某市某景区开展疗休养: the activity named before in the sentence is done, by its kind's word (疗休养),
    at the places its party goes to or is at (each of a chain of places written together: the area and
    the venue). Not another kind (会后前往某公司开展调研: no word of the event's name)."""
    ms = c.mentions
    events = [m for m in ms if m.type == "Event" and not m.congress]
    if not events:
        return
    text = c.text
    for i, pl in enumerate(ms):
        if not _venue_like(pl) or i > 0 and ms[i - 1].end == pl.start and _venue_like(ms[i - 1]):
            continue  # (the first place of a chain written together)
        ev = next((e for e in reversed(events) if e.end <= pl.start), None)
        if ev is None or not _GOES_OR_AT.search(text, max(c.sentence.start, pl.start - 3), pl.start):
            continue
        k = i
        while k + 1 < len(ms) and ms[k + 1].start == ms[k].end and _venue_like(ms[k + 1]):
            k += 1
        # a venue the mentions leave unread after the chain (固原市|六盘山|红军长征景区): its areas only
        unread = _UNREAD_VENUE_TAIL.match(text, ms[k].end, c.sentence.end)
        if unread is not None and any(ms[k].end <= m.start < unread.end() for m in ms):
            unread = None
        does = _DOES_ITS_KIND.match(text, unread.end() if unread else ms[k].end, c.sentence.end)
        name = _ACTIVITY_WORD.sub("", ev.name)
        if does is None or len(name) == len(ev.name) or not name.endswith(does.group("kind")):
            continue
        if unread is not None:
            k -= 1  # (the last mention opens the unread venue's name)
        for j in range(i, k + 1):
            if j < k and ms[j].type == "Place" and ms[j + 1].type == "Place" and _DIVISION_END.search(ms[j + 1].name):
                continue  # (青川市|东湖区: the nearest unit, the city only by inference)
            yield ev, "heldAt", ms[j], "held-for-its-kind"
        if does.group("venue"):
            at = does.start("venue") + 2
            venue = max((m for m in ms if m.start == at and m.end <= does.end("venue")
                         and (_venue_like(m) or m.type == "Organization")), key=lambda m: m.end, default=None)
            if venue is not None:
                yield ev, "heldAt", venue, "held-for-its-kind"


def held_here(c: Context) -> Iterator[Found]:
    """在此间召开的 EVENT, EVENT今天在此间开幕: held at the place of the dateline that opens
    the article's section (新华社北京１月６日电 … 此间 = 北京); 在这里: at the place that opens a
    clause of the sentence as its subject, else, as 此间, the dateline's."""
    text = c.text
    for ev in c.events():
        here = _HERE_BEFORE.search(text, c.sentence.start, ev.start) or _HERE_AFTER.match(text, ev.end, c.sentence.end)
        if not here:
            continue
        if here.group("here") == "这里":
            scene = _scene_place(c, here.start())
            if scene is not None:
                yield ev, "heldAt", scene, "event-held-here-at-scene"
                continue
        lines = [m for m in DATELINE.finditer(text, 0, ev.start)]
        if not lines:
            continue
        line = lines[-1]
        place = [m for m in c.article.mentions if m.type == "Place" and line.start() <= m.start and m.end <= line.end()]
        if place:
            yield ev, "heldAt", place[-1], "event-held-here-at-dateline"


#: ORG 的 N名队员 (a group of its members: not 的一位负责同志, one official quoted)
_MEMBERS_OF_ORG = re.compile(
    r"^的(?:(?![一1１](?:名|位))[0-9０-９一二三四五六七八九十百余多几]+(?:名|位)|成员|队员|志愿者|医务人员|医生|律师|专家|骨干|教师|工作人员)"
    # …who serve people or act there (为工人测量血压, 担任了技术裁判, 参与保障): not those merely counted (的1200多名
    # 职工中), sent out later (的32名律师将分赴…) or handed something (转交给某基金会的工作人员)
    r"[^，。；：、为]{0,8}?(?:们)?(?:分别|还|也|现场|一起|共同|当场|免费)*(?:为|担任|参与|参加)"
)


#: a sentence opener that places it in the activity reported: 活动当天，, 此次活动期间，
_IN_THIS_EVENT = re.compile(r"(?:此次|本次|这次)?(?:活动|大赛|比赛|竞赛)(?:当天|当日|期间|中|现场|开始后)[，,]")
#: what dates a clause after the activity: 仪式结束后, 会后
_AFTER_THE_EVENT = re.compile(r"结束(?:之)?后|闭幕(?:之)?后|(?<![\u4e00-\u9fff])会后")
#: what dates a clause after a ceremony (启动仪式后, 开幕式结束后)
_AFTER_A_CEREMONY = re.compile(r"(?:仪式|开幕式|启动式|揭牌式)(?:结束)?(?:之)?后")
#: between a body and a verb of going: its people, who go for it (领导分别, 志愿者们)
_ITS_PEOPLE_GO = re.compile(r"(?:的)?(?:领导|负责人|干部|志愿者|工作人员|慰问组|慰问团)(?:们)?(?:一行)?(?:分别|先后|还|也|一起|共同)?")


#: within ORG 的 N名队员…为, a time not this event's: 将 (to come), 曾 (before)
_NOT_NOW = re.compile(r"将|曾")
#: 为 X 作出贡献: working for something at large, not serving at the event
_CONTRIBUTES = re.compile(r"[^，。；]{0,16}?(?:作出|做出|作|做)(?:了)?(?:[^，。；]{0,4})?贡献")


def _members_serve_here(c: Context, m: Mention) -> bool:
    """ORG 的 N名队员为工人测量血压: its members serve at the event reported; not members who will
    serve or served before (将为明年的比赛命题; 去年，…曾为工人…) nor who work for something at
    large (为企业发展作出了贡献)."""
    serve = _MEMBERS_OF_ORG.match(c.after(m, 24))
    if serve is None or _NOT_NOW.search(serve.group()) or EARLIER_TIME.match(c.text, c.sentence.start, m.start):
        return False
    return not (serve.group().endswith("为") and _CONTRIBUTES.match(c.text, m.end + serve.end(), c.sentence.end))


#: the activity's party named by what it is (慰问组一行, 工作人员们): in the report of an activity that
#: goes to people (送温暖慰问活动), where it goes the activity is held
_ACTIVITY_PARTY = re.compile(r"(?:慰问组|慰问团|慰问小组|调研组|工作组|宣讲团|志愿者|工作人员)(?:们)?(?:一行)?"
                             r"(?:还|也|又|随后|先后|分别|一起)*")


#: what they went to the place for, right after it: to attend something (赴莫斯科，参加…)
_GOES_TO_ATTEND = re.compile(r"[，,]?(?:参加|出席|列席|观看|观摩)(?:了)?")
#: …the event reported itself (来到社区，参加此次活动), which keeps the place its venue
_THIS_ONE = re.compile(r"(?:本届|本次|此次|这次|这项|此项)")


#: between a venue of a list and the area the next one is said to be in: 、位于 (某村、位于某区的某公司)
_JOINS_A_LOCATED = re.compile("(?:" + "|".join(NAME_JOINERS) + ")位于")


def _venue_in_its_area(c: Context, k: int) -> tuple[int, Mention | None] | None:
    """Where ``[位于] AREA 的 VENUE`` opens at ``k`` (AREA one place or several written together):
    the index of the venue, and the area when the event is held there too. ``来到某街道的某服务站``:
    the service station and the street; ``来到位于南岭市北湖区的某公司``: the company only, the area
    after 位于 just says where it is. None when no venue (a place or a placeable body) follows 的."""
    ms = c.mentions
    if ms[k].type != "Place":
        return None
    end = k
    while end + 1 < len(ms) and ms[end + 1].type == "Place" and c.gap(ms[end], ms[end + 1]) == "":
        end += 1  # (南岭市|北湖区: the area written in two places)
    if end + 1 >= len(ms) or c.gap(ms[end], ms[end + 1]) != "的":
        return None
    venue = ms[end + 1]
    if venue.type != "Place" and not placeable_body(venue):
        return None
    if c.before(ms[k], 2) == "位于":
        return end + 1, None
    return (end + 1, ms[end]) if _area_of_a_venue(ms[end]) else None


def _next_listed(c: Context, k: int) -> int | None:
    """The index of the venue listed after the one at ``k`` (、和及与; 、位于 AREA 的 VENUE), or None."""
    ms = c.mentions
    if k + 1 >= len(ms):
        return None
    gap = c.gap(ms[k], ms[k + 1])
    if gap in NAME_JOINERS:
        return k + 1
    if _JOINS_A_LOCATED.fullmatch(gap) and (inside := _venue_in_its_area(c, k + 1)) is not None:
        return inside[0]
    return None


#: a sentence opened by the day just told (同日，): the activity's own day
_SAME_DAY = re.compile(r"同日|同一天")


def _told_at_another_time(c: Context, ev: Mention) -> bool:
    """Whether the sentence opens at another time than the event's (去年，此前，明年，2025年 in a report
    of 2026: :func:`at_another_time`): what a body did then is no part of it; not a time that runs up
    to now (今年以来，近年来: it covers a campaign under way), nor the same day (同日，慰问组还来到…: the
    activity's day)."""
    before = EARLIER_TIME.match(c.text, c.sentence.start, c.sentence.end)
    if before is not None and before.group().endswith(_UP_TO_NOW) or _SAME_DAY.match(c.text, c.sentence.start, c.sentence.end):
        return False
    return at_another_time(c, ev)


@needs(event=True)
def main_event_patterns(c: Context) -> Iterator[Found]:
    """Sentences about the article's main event that do not name it: 共赴 PLACE (who and where),
    来自 ORG、ORG 等…的志愿者 and ORG 的 N名队员 (who took part)."""
    ev = c.main_event
    if ev is None:
        return
    named = [m for m in c.mentions if m.type == "Event"]
    if named:
        # 区总工会开展“夏送清凉”慰问活动，主席某某一行走进某公司: the sentence names the activity
        # reported and goes on with its party's visit (another event named: no telling which)
        if all(m.key == ev.key for m in named):
            yield from _party_visits(c, ev, after=named[-1].end)
        return
    ms = c.mentions
    text = c.text
    in_event = _IN_THIS_EVENT.match(text, c.sentence.start, c.sentence.end) is not None
    party_until = -1  # (the places of a party's list read already: its nested names start there too)
    for i, first in enumerate(ms):
        if first.type not in ("Place", "Company", *_UNION_BODIES):
            continue  # (a union body only as a party's venue, below: 审计组来到某街道总工会)
        verbs = (*triggers()["goto"], *triggers()["visit"])
        verb = next((w for w in verbs if c.before(first, len(w)).endswith(w)), None)
        at = i  # (the venue: past the area of 来到位于某开发区的某公司, which only says where it is)
        if verb is None and c.before(first, 2) == "位于" and (inside := _venue_in_its_area(c, i)) is not None:
            verb, at = next((w + "位于" for w in verbs if c.before(first, len(w) + 2).endswith(w + "位于")), None), inside[0]
        if verb is None:
            continue
        pl, went_at = ms[at], first.start  # (where the verb of going ends)
        # the subjects: organisations joined by 与/和/、 right before the verb (市总工会领导分别来到: its people)
        subjects = []
        j = i - 1
        end = went_at - len(verb)
        while j >= 0 and is_org(ms[j]):
            between = text[ms[j].end : end]
            if between not in ("", "与", "和", "、", "及", "同", "联合") and not (not subjects and _ITS_PEOPLE_GO.fullmatch(between)):
                break
            subjects.append(ms[j])
            end = ms[j].start
            j -= 1
        led = bool(subjects) and c.before(subjects[-1], 2).endswith(("率", "率领", "带领", "带着"))
        lead = text[c.clause_of(pl)[0] : went_at - len(verb)]
        if in_event and c.clause_of(pl)[0] == c.sentence.start + len(_IN_THIS_EVENT.match(text, c.sentence.start).group()):
            lead = "活动"  # 活动当天，志愿者们来到…: the clause after the opener is in the activity
        # 检查组先后来到某镇某煤矿 in the report of a 专项检查: the party named by the event's own kind
        # goes where the event is held, a company too (the group inspects it there)
        own = _party_of_kind().fullmatch(lead)
        party_span = (c.clause_of(pl)[0], pl.start)
        if own is None and (own := _party_opening_the_sentence(c, ev, lead, went_at - len(verb))) is not None:
            party_span = own.span()  # 检查组由…组成，先后来到…: the sentence's subject goes on
        if first.type in _UNION_BODIES and (own is None or own.group("kind") not in _venue_words()["union_site_kind"]):
            continue  # (慰问团来到某镇总工会: a visit paid to it; an audit is held at the union it audits)
        if own is None and verb.removesuffix("位于") in triggers()["visit"]:
            continue  # 会前，某总工会走访了某街道: work of its own; only a party on a visit goes by 走访了
        if own is not None and not _the_party_goes_now(  # (the lead's match counts from its clause)
                c, own.end() + (party_span[0] if party_span[1] == pl.start else 0), went_at - len(verb)):
            continue  # 检查组计划…，先后走进…; 审计组完成现场审计，并一行来到某总工会汇报: no site of its work
        activity = ev if own is None else _the_activity_of_the_party(c, own, ev)
        if own is not None and _group_of_another_body(c, activity or ev, *party_span):
            continue  # 省安监局检查组也来到了南岭县: another body's group on a visit of its own
        if _told_at_another_time(c, ev):
            continue  # (此前，检查组先后来到…; 去年，某总工会来到…: visits before the activity)
        if _describes_what_is_visited(c, pl):
            continue  # (工作人员来到某公司困难职工王立新家: a person's home, not the company)
        if own is not None and activity is not None and not _AFTER_THE_EVENT.search(text, c.sentence.start, pl.start):
            if pl.start >= party_until:
                found = list(_venues_of_the_party(c, activity, i, own.group("kind") in _venue_words()["union_site_kind"]))  # (from the area: it reads 位于 AREA 的 itself)
                yield from found
                party_until = max(f[2].end for f in found) if found else pl.end
            continue
        if pl.type == "Company" and not (in_event or subjects and VISITED_ACTIVITY.search(ev.name)):
            continue  # (a company is the venue of a visit in an activity: 市总工会领导来到某公司, 活动当天，…)
        opener = next((m for m in ms[:i] if is_org(m)), None)  # the sentence's first body
        org_subject = opener is not None and c.is_subject(opener) and not any(
            m.type == "Person" for m in ms[ms.index(opener) : i]) and "记者" not in text[opener.end : pl.start]
        party = _ACTIVITY_PARTY.fullmatch(lead) is not None and VISITED_ACTIVITY.search(ev.name) is not None
        if not subjects and not THIS_EVENT.search(lead) and not party and not (org_subject and VISITED_ACTIVITY.search(ev.name)):
            continue  # 记者前往…, 他们赴欧洲学习: someone else goes there, not the activity (nor
            # where a body goes, 工程队赶赴某地, when the report is about a show or a meeting: only an
            # activity that goes to people is held where its bodies go)
        if _AFTER_THE_EVENT.search(text, c.sentence.start, pl.start):
            continue  # 仪式结束后，…一行来到…: where they went after it is no venue of it
        if _AFTER_A_CEREMONY.search(text, c.sentence.start, pl.start) and not VISITED_ACTIVITY.search(ev.name):
            continue  # 启动仪式后，某某带领服务队来到某客服站: a contest launched there is not held where its
            # launchers go next (an activity of visits, 送温暖活动, goes on in those visits)
        attend = _GOES_TO_ATTEND.match(text, pl.end, c.sentence.end)
        if attend and not _THIS_ONE.match(text, attend.end(), c.sentence.end):
            continue  # 率代表团赴莫斯科，参加…纪念活动: gone there for another event, not this one
        yield ev, "heldAt", pl, "subject-goes-to-place"
        k = at
        while (n := _next_listed(c, k)) is not None and ms[n].type == pl.type:
            k = n  # 分别来到海河钢铁集团和南岭纺织厂: each venue of the list
            yield ev, "heldAt", ms[k], "subject-goes-to-place"
        for org in subjects if not led else ():  # (率某代表团赴某地: the delegation is led, it organises nothing)
            yield org, "organizes", ev, "subject-goes-to-place"
    for i, m in enumerate(ms):
        if not is_org(m):
            continue
        if c.before(m, 2).endswith("来自"):
            group = c.coordinated(m)
            k = ms.index(group[-1]) + 1
            rest = text[group[-1].end : c.sentence.end]
            person_next = k < len(ms) and ms[k].type == "Person" and c.gap(group[-1], ms[k]).startswith("的")
            if not person_next and has(rest[:30], "participant_noun"):
                for g in group:
                    yield g, "participatesIn", ev, "participants-from-org"
        elif _members_serve_here(c, m) and not c.before(m, 1) in ("给", "向", "对") \
                or c.after(m, 3).startswith("代表队"):
            yield m, "participatesIn", ev, "org-members-take-part"  # 服务队的10余名队员为工人…
    yield from _party_visits(c, ev)


@functools.lru_cache(maxsize=1)
def _party_leader() -> str:
    """Who leads the party, before its name (由某某带队的检查组, 某某带领督导组): the party is still the
    group (``venue_words.tsv``: leads)."""
    leads = "|".join(map(re.escape, _venue_words()["leads"]))
    return r"(?:由[^，。；：]{1,30}?(?:" + leads + r")的|[^，。；：]{1,30}?(?:" + leads + r"))?"

#: a time that runs up to now (今年以来, 近年来): it covers a campaign under way
_UP_TO_NOW = ("以来", "近年来")
#: a campaign: a special or concentrated action (专项行动, 集中整治行动, 专项治理)
_CAMPAIGN = re.compile(r"(?:专项|集中)[\u4e00-\u9fff]{0,4}(?:行动|整治|治理)$")


@functools.lru_cache(maxsize=1)
def _party_of_kind() -> re.Pattern[str]:
    """A party named by the kind of the event it carries out (检查组 of a 专项检查, 督查组 of a 督查):
    the clause opens with it, then adverbs, then the verb of going (``venue_words.tsv``: party_kind,
    party_adverb)."""
    words = _venue_words()
    kinds, adverbs = ("|".join(map(re.escape, words[k])) for k in ("party_kind", "party_adverb"))
    return re.compile(_party_leader() + r"(?P<prefix>[\u4e00-\u9fff]{0,4}?)(?P<kind>" + kinds + r")(?:组|团|小组)(?:成员)?(?:一行)?(?:" + adverbs + ")*")


#: a time or a stage opening a sentence, its own clause (12月5日，审计期间，)
_OPENING_TIME = re.compile(r"(?:[^，。；：]{1,10}?(?:日|期间|当天|上午|下午|中)，)?")
#: what ends a clause inside a sentence
_CLAUSE_MARK = re.compile(r"[，,；;]")
#: word tags of a subject's words (负责人, 该厂, 职工代表; ``un``: a word jieba does not know, often a name)
_NOUN_TAGS = ("n", "r", "un")
#: word tags that open a predicate after a subject (高度重视, 纷纷, 一致表示)
_PREDICATE_TAGS = ("v", "d", "l", "a")
#: word tags a plan or done word may follow in its clause (已完成, 在完成, 并将): no noun it modifies
_BEFORE_AN_ACT_TAGS = ("d", "p", "c", "x")


@functools.lru_cache(maxsize=1)
def _no_subject_of_its_own() -> re.Pattern[str]:
    """A clause with no subject of its own (并一行来到, 先后走进): adverbs alone before the verb of going
    (``venue_words.tsv``: party_adverb)."""
    adverbs = "|".join(map(re.escape, _venue_words()["party_adverb"]))
    return re.compile(r"并?(?:一行)?(?:" + adverbs + ")*")


def _party_opening_the_sentence(c: Context, ev: Mention, lead: str, going: int) -> re.Match[str] | None:
    """The party named by an event's kind that is the sentence's subject (检查组由某某等组成，组长某某带队，
    先后来到某公司; 审计期间，审计组查阅了…，并一行来到某工会) when the clause of going (up to ``going``)
    has no subject of its own (``lead``: adverbs alone): the subject goes on, so the party goes there.
    None else.

    Not a sentence that opens with another subject (市总工会成立检查组，先后来到…: the body's clause), nor
    the party as a modifier (检查组的意见，), nor when a clause between has a subject of its own
    (:func:`_a_subject_of_its_own`: 检查组提出的整改意见，某局高度重视，先后来到…: the bureau goes)."""
    if not _no_subject_of_its_own().fullmatch(lead):
        return None
    told_at = _OPENING_TIME.match(c.text, c.sentence.start, c.sentence.end)
    party = _party_of_kind().match(c.text, told_at.end(), c.sentence.end)
    if party is None or c.text.startswith("的", party.end()):
        return None
    at, last = c.clause_start(party.end()), c.clause_start(going)
    while (cut := _CLAUSE_MARK.search(c.text, at, last)) is not None and cut.end() <= last:
        at = cut.end()  # (each clause after the party's own, up to the one of going)
        end = _CLAUSE_MARK.search(c.text, at, c.sentence.end)
        if _a_subject_of_its_own(c, ev, at, end.start() if end else c.sentence.end):
            return None
    return party


def _a_subject_of_its_own(c: Context, ev: Mention, start: int, end: int) -> bool:
    """Whether the clause ``start``–``end`` has a subject other than the party: a body or a person
    opening it, or its words (jieba's tags) a noun phrase then a predicate (相关负责人高度重视, 大家一致表示;
    not 查阅了台账, 逐项核对…: the party's own acts); not one who leads the party from its own side
    (组长某某带队, 某某任组长, a body named as the event's up to it: 某总工会领导带队)."""
    words = _venue_words()
    leads = any(w in c.text[start:end] for w in words["leads"])
    if leads and _of_the_partys_side(c, ev, start, end):
        return False
    if any(m.start == start or opening(c.text, m) == start for m in c.mentions
           if start <= m.start < end and (is_org(m) or m.type == "Person")):
        return True
    tokens = tokenize(c.text[start:end])
    k = 1 if len(tokens) > 1 and tokens[0].pos.startswith("v") and tokens[1].pos.startswith(_NOUN_TAGS) else 0
    while k < len(tokens) and tokens[k].pos.startswith(_NOUN_TAGS):
        k += 1  # (相关|负责人: a verb before nouns modifies them)
    return 0 < k < len(tokens) and tokens[k].pos.startswith(_PREDICATE_TAGS) and tokens[k].pos != "vn"


def _of_the_partys_side(c: Context, ev: Mention, start: int, end: int) -> bool:
    """Whether who leads in the clause ``start``–``end`` is of the party's side: the party's own head
    (组长某某带队, 某某任组长: ``venue_words.tsv``, party_head) or a body named as the event's up to its
    mention opening the clause (某总工会领导带队); not a company's or another body's person."""
    text, heads = c.text[start:end], _venue_words()["party_head"]
    first = next((m for m in c.mentions if start <= m.start < end), None)
    if any(h in text[: first.start - start if first is not None else len(text)] or "任" + h in text for h in heads):
        return True  # (检查组组长、某总工会副主席某某带队: the head named before anyone else)
    return first is not None and first.start == start and is_org(first) and first.type != "Company" \
        and _resolved(first) in _named_up_to(c, ev)


def _resolved(m: Mention) -> str:
    """The entity a mention resolves to (宁乡总工会 → 宁乡县总工会 by the article's aliases)."""
    return m.canonical or m.key


def _named_up_to(c: Context, ev: Mention) -> set[str]:
    """The bodies named up to the event's mention (its organisers, 县总工会 of 县总工会开展某检查)."""
    return {_resolved(m) for m in c.article.mentions if is_org(m) and m.start < ev.end}


def _the_party_goes_now(c: Context, start: int, going: int) -> bool:
    """Whether the party named up to ``start`` goes (the verb of going at ``going``) for its work now:
    not a visit only planned (检查组计划在本月底前，先后走进…; 检查组将由…组成: the plan words of
    :data:`PLAN_WORDS`), nor after its work is done (审计组完成现场审计，并一行来到…: ``venue_words.tsv``,
    work_done). Words of jieba's cut, each the head of the clause's act (after nothing, an adverb, a
    preposition): not 将近, 模拟, 培训计划, 充分准备的, 整改完成情况, nor 将 as 把 (将发现的问题反馈给…)."""
    plan, done = re.compile(PLAN_WORDS), set(_venue_words()["work_done"])
    tokens = tokenize(c.text[start:going])
    for k, t in enumerate(tokens):
        at = start + t.start  # (the plan words' look-behind reads the text: not 按计划)
        if not (t.word in done or plan.fullmatch(c.text, at, start + t.end)) \
                or any(m.start <= at < m.end for m in c.mentions):
            continue
        before = tokens[k - 1].pos if k else "x"
        after = [u.word for u in tokens[k + 1 : k + 3]]
        if before.startswith(_BEFORE_AN_ACT_TAGS) and "的" not in after and not (after and after[0] in "，,；;。"):
            return False
    return True


def _the_activity_of_the_party(c: Context, party: re.Match[str], ev: Mention) -> Mention | None:
    """The event the ``party`` goes for: the main event ``ev`` when it is its activity (an earlier one
    of its kind recalled or compared does not displace it: 对照上年度某检查发现的问题); else the one
    event named before the sentence that is (某专项审计 and its 进点会: 审计组…来到某工会 goes for the audit)
    when ``ev`` is a meeting of it at its time (not 去年，…开展了某检查); None else."""
    if _is_the_activity_of(c, party, ev):
        return ev
    found = {_resolved(m): m for m in c.article_events
             if m.end <= c.sentence.start and not m.congress and _is_the_activity_of(c, party, m)}
    if len(found) != 1:
        return None
    activity = next(iter(found.values()))
    return activity if _a_meeting_of(ev, activity) and _of_the_events_time(c, activity, ev) else None


def _a_meeting_of(ev: Mention, activity: Mention) -> bool:
    """Whether ``ev`` is a meeting or a ceremony named after ``activity`` (某专项审计进点会, 动员会)."""
    rest = ev.name[len(activity.name):] if ev.name.startswith(activity.name) else ""
    return bool(rest) and ev.name.endswith(tuple(KIND_ENDINGS))


def _of_the_events_time(c: Context, activity: Mention, ev: Mention) -> bool:
    """Whether ``activity`` is told at the time of ``ev``: the year it is named by is ``ev``'s (or the
    article's), and its clause tells no earlier time (去年，…开展了某检查)."""
    year, held = NAMED_YEAR.search(activity.name), NAMED_YEAR.search(ev.name)
    held_year = held.group() if held is not None else article_year(c)
    if year is not None and held_year is not None and year.group() != held_year:
        return False
    start = c.text.rfind("。", 0, activity.start) + 1
    return EARLIER_TIME.search(c.text, start, activity.start) is None


def _is_the_activity_of(c: Context, party: re.Match[str], ev: Mention) -> bool:
    """The event IS the activity its party carries out (专项检查行动, 大检查, 送温暖慰问活动): the kind
    in its name, which ends in the kind or an activity's head, not in a meeting's or a ceremony's
    (检查工作部署会, 调研成果发布会, 慰问活动启动仪式: held where they sit, not where the party goes).
    A campaign (根治欠薪专项行动, 集中整治) is carried out by its inspection groups (检查组, 督查组),
    whatever its name says it is about: a group named by the kind alone, by a word of the
    campaign's name or by how the groups are told apart (联合检查组, 第一检查组), not one of another
    kind (环保督查组, 消防检查组), and none after another campaign is named (no telling whose group it is)."""
    kind, prefix = party.group("kind"), party.group("prefix")
    if kind in _venue_words()["inspection_kind"] and _CAMPAIGN.search(ev.name) \
            and (prefix in ev.name or _plain_prefix().fullmatch(prefix)) \
            and not _another_campaign_named(c, ev):
        return True
    return kind in ev.name and (ev.name.endswith(kind) or VISITED_ACTIVITY.search(ev.name) is not None
                                or ev.name.endswith("工作"))


@functools.lru_cache(maxsize=1)
def _plain_prefix() -> re.Pattern[str]:
    """What tells a campaign's groups apart without naming another inspection (``venue_words.tsv``:
    party_prefix, 联合, 专项), or an ordinal or a number (第一检查组, 二组), any run of them (专项工作检查组)."""
    words = "|".join(map(re.escape, _venue_words()["party_prefix"]))
    return re.compile(r"(?:" + words + r"|第?[一二三四五六七八九十0-9０-９]{1,2})*")


#: a campaign named anywhere in a text (县应急管理局开展安全生产集中整治行动), with what is before it
_A_CAMPAIGN = re.compile(_CAMPAIGN.pattern.rstrip("$"))
#: before a campaign's bare kind, what makes it this one: a pointing word (此次专项行动, 该专项行动), or
#: a verb or a clause's start (行动中，…开展集中整治: a part of the campaign, named by no topic of its own)
_THIS_CAMPAIGN_BEFORE = re.compile(r"(?:此次|本次|这次|此项|这项|该项?|本|此|开展|进行|实施|组织|推进|深化|[，,。；：、])$")


def _another_campaign_named(c: Context, ev: Mention) -> bool:
    """Whether the body before this sentence names a campaign outside the event's own mentions, by a
    topic of its own (安全生产集中整治行动); not the campaign pointed at (此次专项行动) nor a part of it
    (开展集中整治)."""
    own = [(m.start, m.end) for m in c.article.mentions
           if m.type == "Event" and (m.key == ev.key or m.canonical == ev.key)]
    return any(not any(s <= x.start() and x.end() <= e for s, e in own)
               and not _THIS_CAMPAIGN_BEFORE.search(c.text, max(c.article.body_start, x.start() - 2), x.start())
               for x in _A_CAMPAIGN.finditer(c.text, c.article.body_start, c.sentence.start))


#: the party made up of bodies' people (检查组由省人社厅有关人员组成): the bodies between
_MADE_OF = re.compile(r"(?:[^，。；：]{0,4}?)由([^，。；：]{1,60}?)组成")


def _group_of_another_body(c: Context, ev: Mention, start: int, end: int) -> bool:
    """A body names the party (省安监局检查组) and is none named up to the event's own mention (its
    organisers, 县总工会检查组), or the party is made up of people of bodies none of which is so named
    (检查组由省人社厅有关人员组成; not 由县总工会、县人社局有关人员组成): the group is another body's,
    on a visit of its own."""
    named = _named_up_to(c, ev)
    if any(is_org(m) and _resolved(m) not in named for m in c.mentions if start <= m.start < end):
        return True
    made = _MADE_OF.match(c.text, end, c.sentence.end)  # (in the party's own clause, right after it)
    bodies = [m for m in c.mentions if made is not None and made.start(1) <= m.start < made.end(1) and is_org(m)]
    # (由县总工会经审会委员组成: a unit of a body named, its name opened by the body's, is its side; no
    # body named up to the event, 某检查在某县全面展开: no telling whose group it is, so the event's)
    return bool(bodies) and bool(named) and not any(_resolved(m).startswith(k) for m in bodies for k in named)


#: between a body and the event's name in its clause: it holds the event (县总工会开展某检查, 组织开展)
_HOLDS_IT = re.compile(r"[^，。；：]{0,12}?(?:开展|组织|主办)(?:了)?")


def _organisers(c: Context, ev: Mention) -> set[str]:
    """The bodies that hold ``ev`` in the article: the subject of its clause right before one of
    its mentions by a verb of holding (县总工会开展某检查), resolved by the article's aliases."""
    own = [m for m in c.article_events if m.key == ev.key or m.canonical == ev.key]
    return {_resolved(m) for m in c.article.mentions if is_org(m)
            for e in own if m.end <= e.start and _HOLDS_IT.fullmatch(c.text, m.end, e.start)}


#: union bodies a party goes into as the sites it inspects or audits (审计组先后来到某街道总工会、某公司工会:
#: the audit is held at each, as at a company it visits)
_UNION_BODIES = ("Federation", "TradeUnion")


def _venues_of_the_party(c: Context, ev: Mention, i: int, union_sites: bool) -> Iterator[Found]:
    """The venues the party goes to from the mention at ``i`` on, each of a list (、和): the last of
    the places or bodies written together (后所镇|某煤业有限公司某煤矿 → the mine; its town is added
    by :func:`areas_of_venue_chains`, and here for a venue after 、, whose chain no verb opens); union
    bodies only when ``union_sites`` (an audit's or an inspection's group)."""
    ms = c.mentions
    k = i
    while k < len(ms):
        first, area = k, None
        if (inside := _venue_in_its_area(c, k)) is not None:
            # 来到某街道的某服务站 (the venue in its area), 来到位于某区的某公司 (the venue, not the area)
            k, area = inside
            first = k if area is None else first
        else:
            while k + 1 < len(ms) and c.gap(ms[k], ms[k + 1]) == "" and (ms[k + 1].type == "Place" or placeable_body(ms[k + 1])):
                k += 1
        venue = ms[k]
        if _describes_what_is_visited(c, venue):
            break  # (来到某镇的某公司退休职工王立新家中: a person's home)
        if is_org(venue) and _resolved(venue) in _organisers(c, ev):
            pass  # (检查组还来到某县总工会，通报检查情况: the body that holds it, to report, not a site)
        elif venue.type == "Place" or union_sites and venue.type in _UNION_BODIES or placeable_body(venue):
            yield ev, "heldAt", venue, "party-of-the-event-kind-goes-to"
            # the town written before the venue, or opening its name (后所镇某煤业有限公司某煤矿)
            town = venue.located_at if venue.located_at is not None else ms[first] if first < k else None
            if area is not None:
                yield ev, "heldAt", area, "party-of-the-event-kind-goes-to"
            elif town is not None and town.type == "Place" and _TOWN_AREA.fullmatch(town.name):
                yield ev, "heldAt", town, "party-of-the-event-kind-goes-to"
        if (k := _next_listed(c, k)) is not None:
            continue
        break


#: PERSON(、PERSON)一行 (今天) 来到/走进/深入 VENUE: a party on a visit
_PARTY_GOES = re.compile(r"(?:等)?(?:一行(?:[0-9０-９一二三四五六七八九十]+人)?|带队|带领[^，。；、]{1,8}?)"
                         r"(?:今天|昨天|日前|近日|当天|[0-9０-９]{1,2}日)?"
                         r"(?:上午|下午)?(?:先后|分别|专程|冒着[^，。；]{1,6})?(?:来到|走进|深入|赶赴|前往|奔赴|走访了|走访|赴|到)")


#: PERSON 一行 (还) 看望/慰问/走访…: the party of the activity reported at its work
_PARTY_ACTS = re.compile(r"(?:等)?一行(?:[0-9０-９一二三四五六七八九十]+人)?(?:今天|当天|随后|还|也|又|先后|分别|专程|一起)*"
                         r"(?:看望|慰问|走访|察看|视察|调研|检查|送去|为)")


def _party_visits(c: Context, ev, after: int = 0) -> Iterator[Found]:
    """In the report of an activity (夏送清凉活动), ``市总工会主席王建国一行来到南岭钢铁公司``:
    the party takes part in it and it is held at the place visited (a person after ``after``:
    past the activity when the sentence names it first)."""
    if not VISITED_ACTIVITY.search(ev.name) or EARLIER_TIME.match(c.text, c.sentence.start, c.sentence.end):
        return  # (去年，某某带队赴某市考察: a visit before the activity)
    ms = c.mentions
    for i, p in enumerate(ms):
        if p.type != "Person" or p.start < after or not c.is_subject(p):
            continue
        group = _party_list(c, i)
        k = ms.index(group[-1])
        go = _PARTY_GOES.match(c.text, group[-1].end, c.sentence.end)
        if not go and _PARTY_ACTS.match(c.text, group[-1].end, c.sentence.end):
            # 段某一行还看望了…: the activity's party at its work, no venue said
            for m in (*listed_before(c, i), *group):
                yield m, "participatesIn", ev, "party-in-this-activity"
            continue
        if not go or k + 1 >= len(ms):
            continue
        venue = k + 1
        if c.text.startswith("位于", go.end()) and ms[k + 1].start == go.end() + 2 \
                and (inside := _venue_in_its_area(c, k + 1)) is not None and _visited(ms[inside[0]]):
            venue = inside[0]  # 一行来到位于某区的某公司: the company, the area only says where it is
        elif opening(c.text, ms[k + 1]) != go.end() or not _visited(ms[k + 1]):
            continue
        # and those listed before it, each with their title (区总工会主席甲，区总工会副主席乙一行来到…)
        for m in (*listed_before(c, i), *group):
            yield m, "participatesIn", ev, "party-visits-in-this-activity"
        while venue < len(ms):
            # the last of places written together: 南岭县青石镇 → 青石镇
            while venue + 1 < len(ms) and _visited(ms[venue + 1]) and c.gap(ms[venue], ms[venue + 1]) == "":
                venue += 1
            yield ev, "heldAt", ms[venue], "party-visits-in-this-activity"
            # 先后来到海河钢铁集团和南岭纺织厂: each venue of the list
            if (n := _next_listed(c, venue)) is not None and _visited(ms[n]):
                venue = n
                continue
            break


#: between a person of a party and the body that titles the next one: a joiner, perhaps the words
#: of a place the recognisers left before the body (韩某和城西|区委常委、区总工会主席李某)
_JOINS_NEXT_TITLED = re.compile(r"(?:和|与|及|、)[\u4e00-\u9fff]{0,3}")


def _party_list(c: Context, i: int) -> list[Mention]:
    """The person at ``i`` and those listed after it (:func:`person_list_from`), a person whose
    titles name bodies too (市总工会主席甲和区委常委、区总工会主席乙一行: the bodies of 乙's title chain
    stand between the two names)."""
    ms = c.mentions
    group = person_list_from(c, i)
    k = ms.index(group[-1])
    while k + 1 < len(ms) and is_org(ms[k + 1]) and _JOINS_NEXT_TITLED.fullmatch(c.gap(ms[k], ms[k + 1])) \
            and in_title_chain(c, k + 1):
        j = next(n for n in range(k + 1, len(ms)) if ms[n].type == "Person")
        group += person_list_from(c, j)
        k = ms.index(group[-1])
    return group


def _visited(m) -> bool:
    """Whether a party's visit may be held at ``m``: a place, a company, or a unit named inside a
    company's name (长春某某配送有限公司红旗站, typed an organisation)."""
    return m.type in ("Place", "Company") or m.type == "Organization" and m.body is not None and m.body.type == "Company"


#: a clause opened by a class's trainees going somewhere (学员们走进某公司现场观摩, 学员们还将走进某新区，
#: 到某公司观摩); not trainees named inside a clause (其中不少学员到某公司工作: where they work)
_TRAINEES_GO = re.compile(r"(?:全体|参训)?学员(?:们)?(?:还|也|随后|将|还将|先后|一同|分别|一起)*(?:走进|走入|来到|深入|前往|赴|到)")
#: where a clause opens in a sentence: after a comma, semicolon or colon
_CLAUSE_OPENS = re.compile(r"[，,；;：:]")
#: a later clause going on to another place (，到某公司观摩; ，并走进…)
_GOES_ON_TO = re.compile(r"[，,](?:并|再|又|还|随后)?(?:走进|走入|来到|深入|前往|赴|到)")


def visits_of_the_class(c: Context) -> Iterator[Found]:
    """学员们走进岐山县某镇某公司现场观摩 in the report of a 培训班: the class is held where its
    trainees go (the venue of a chain of places written together: its nearest area is added by
    :func:`areas_of_venue_chains`), and where a later clause of the sentence goes on to (，到某公司观摩)."""
    main = c.main_event
    if main is None or not main.name.endswith(CLASS_KINDS) or any(e is not main for e in c.events()):
        return
    opens = [c.sentence.start] + [m.end() for m in _CLAUSE_OPENS.finditer(c.text, c.sentence.start, c.sentence.end)]
    go = next((g for pos in opens if (g := _TRAINEES_GO.match(c.text, pos, c.sentence.end))), None)
    if go is None or _AFTER_THE_EVENT.search(c.text, c.sentence.start, go.start()):
        return  # (培训结束后，学员们将走进…: where they go after the class)
    at = [go.end()] + [m.end() for m in _GOES_ON_TO.finditer(c.text, go.end(), c.sentence.end)]
    by_start = {m.start: m for m in c.mentions}
    for pos in at:
        venue = by_start.get(pos) or _body_after_its_places(c, pos)
        while venue is not None and venue.end in by_start and (by_start[venue.end].type == "Place"
                                                               or is_org(by_start[venue.end])):
            venue = by_start[venue.end]  # (岐山县|蔡家坡镇|某公司: the last of the chain is the venue)
        if venue is not None and (venue.type == "Place" or placeable_body(venue)) and not _describes_what_is_visited(c, venue):
            yield main, "heldAt", venue, "class-visits-place"  # (not 某公司捐建的职工书屋: the reading room)


def _body_after_its_places(c: Context, pos: int) -> Mention | None:
    """The body written at ``pos`` after the places that say where it is (岐山县|蔡家坡镇|宝鸡某齿轮有限公司):
    its places are no mentions yet while relations are read (they are the body's ``located_at`` and
    ``inner_places``), so the first mention after ``pos`` is the venue when they fill the gap."""
    body = next((m for m in c.mentions if m.start > pos), None)
    if body is None:
        return None
    covered = pos
    for p in sorted([*(body.inner_places or []), *([body.located_at] if body.located_at is not None else [])],
                    key=lambda p: p.start):
        if p.start == covered:
            covered = p.end
    return body if covered >= body.start else None


#: a town-level area or a village written by its own name (巴公镇, 钧台街道, 石桥村) before a venue: the
#: nearest area, not the county before it
_TOWN_AREA = re.compile(r"[\u4e00-\u9fff]{2,6}(?:" + "|".join((*TOWN_LEVELS, "村")) + ")")
#: an area's head inside a venue's name (巴公镇凤鸣广场): the nearest area is inside it
_AREA_INSIDE = re.compile(r"[\u4e00-\u9fff](?:" + "|".join(TOWN_LEVELS) + r")[\u4e00-\u9fff]")
#: what opens a venue chain: 在/于 (held at), a verb of going into it (走进, 来到)
_CHAIN_OPENS = re.compile(r"(?:在|于|走进|走入|来到|深入|到|赴|前往)$")
#: the end of a registered body's name (某五金制品有限公司, 某机械厂): a county opening it is its registered
#: name's, no area of the venue written apart (not so a hotel: 银海区银滩大酒店; a school or an institution,
#: 通山县云溪中学, is named with its county officially: not read)
_ENTERPRISE_END = re.compile(r"(?:公司|集团|厂)$")


def _area_of_a_venue(m: Mention) -> bool:
    """A county- or town-level area or a zone (某街道, 某开发区: ``venue_words.tsv``, zone_end), which a
    venue after 的 is in."""
    return m.type == "Place" and (_is_local_area(m) or m.name.endswith(tuple(_venue_words()["zone_end"])))


#: right after a venue, a verb of making, funding or housing and 的 opening what the venue describes
#: (某公司捐建的职工书屋, 某公司所在的工业园区): that is where the party goes, not the venue (not any
#: characters and 的: 来到某公司为一线的农民工讲解, a purpose phrase)
@functools.lru_cache(maxsize=1)
def _describes_what_follows() -> re.Pattern[str]:
    words = sorted(_venue_words()["describes"], key=lambda w: (-len(w), w))
    return re.compile("(?:" + "|".join(map(re.escape, words)) + ")(?:了)?的")


def _describes_what_is_visited(c: Context, venue: Mention) -> bool:
    """Whether a venue only describes the place the party goes to: a relative clause follows it
    (某公司捐建的职工书屋, 某公司所在的工业园区), or a person it employs, after titles alone (某公司退休职工
    王立新家中, 某公司党委书记王立新的办公室)."""
    if _describes_what_follows().match(c.text, venue.end, c.sentence.end):
        return True
    person = next((m for m in c.mentions if m.start >= venue.end), None)
    if person is None or person.type != "Person":
        return False
    gap = c.text[venue.end : person.start]
    return gap == "" or title_then_person(gap)


def _is_local_area(m: Mention) -> bool:
    """A county-level or town-level area (银海区, 岐山县, 蔡家坡镇, 钧台街道); not a province or a
    prefecture city, which a report names as the city of its dateline (在北京人民大会堂举行)."""
    if m.type != "Place":
        return False
    if _TOWN_AREA.fullmatch(m.name):
        return True
    lex = load_lexicons()
    return place_level(m.name, lex) == "county" and m.name.endswith(("区", "县", "旗", "市"))


def _is_district(m: Mention) -> bool:
    """A district of a city (甘州区, 银海区): an area of its own before a venue, where a county
    (桃源县) or a city (通化市) opening a venue's name is part of it."""
    return m.name.endswith("区") and place_level(m.name, load_lexicons()) == "county"


def _area_before_venue(venue: Mention, ends: dict[int, Mention], prefix: dict[int, Mention]) -> Mention | None:
    """The place right before the venue (``ends``: the places by their end), or a town the venue's
    name opens with (某镇某大酒店; ``prefix``: the places by their start); a county opening a body's
    name may be its registered name's (献县某五金制品有限公司): not that."""
    area = ends.get(venue.start)
    if area is not None or venue.type == "Place":
        return area
    # the innermost of the places the venue's name opens with (岐山县|蔡家坡镇|某公司: the town)
    inner, last = prefix.get(venue.start), None
    while inner is not None and inner.end < venue.end:
        last, inner = inner, prefix.get(inner.end)
    if last is not None and (_TOWN_AREA.fullmatch(last.name)
                             or venue.type == "Company" and not _ENTERPRISE_END.search(venue.name)):
        return last
    return None


def _opens_an_unread_venue(c: Context, i: int) -> bool:
    """Whether the place at ``i``, written right after another place and no town-level area itself,
    opens the name of a venue the recognisers did not read, before the verb of holding (在眉县|龙山
    陵园举行: 龙山 is the cemetery's name, the county the area)."""
    pl, ms = c.mentions[i], c.mentions
    return i > 0 and ms[i - 1].type == "Place" and ms[i - 1].end == pl.start and _TOWN_AREA.fullmatch(pl.name) is None \
        and not pl.name.endswith(_VENUE_AREA_ENDS) and _unread_venue_held().match(c.text, pl.start, c.sentence.end) is not None


def _encloses_the_next_area(c: Context, i: int) -> bool:
    """Whether the place at ``i`` is a county or a larger division of the gazetteer written right
    before a town-level area (某县|某镇, 某区|某街道): that nearer area is the one named."""
    pl, ms = c.mentions[i], c.mentions
    nxt = ms[i + 1] if i + 1 < len(ms) else None
    return nxt is not None and nxt.type == "Place" and nxt.start == pl.end and _TOWN_AREA.fullmatch(nxt.name) is not None \
        and place_level(pl.name, load_lexicons()) in ("county", "prefecture", "province")


def _first_of_chain(at: int, ends: dict[int, Mention]) -> Mention | None:
    """The first of the places written together right before ``at`` (``ends``: the places by their
    end; 在岐山县|蔡家坡镇|某公司 → 岐山县), None when no place ends there."""
    first = None
    while at in ends and ends[at].start < at:
        first = ends[at]
        at = first.start
    return first


def _held_at_too(r: Relation, ev: Evidence, place: Mention, rule: str) -> Relation:
    """The event of the heldAt fact ``r`` held at ``place`` too, on the evidence ``ev`` of ``r``
    with ``place`` as the tail (the area before a venue, the venue after its area)."""
    return Relation(r.head, r.head_type, "heldAt", place.key, place.type, [
        Evidence(ev.article_id, ev.sentence, ev.sentence_start, ev.sentence_end, rule,
                 ev.head_start, ev.head_end, place.start, place.end)])


def areas_of_venue_chains(article) -> list[Relation]:
    """在银海区银滩大酒店落幕, 走进岐山县蔡家坡镇某公司现场观摩: an event held at a venue is held in
    the area written right before the venue too, when the chain of places opens with 在 or a verb
    of going (annotation: the venue and the nearest area before it; a higher area only by
    inference). Not when the venue is itself an area (在温江区柳城街道举行: the street). Read over
    the article's heldAt facts once the places inside names are mentions of their own."""
    ends = {m.end: m for m in article.mentions if m.type == "Place"}
    at = {(m.start, m.end): m for m in article.mentions}
    prefix = {m.start: m for m in article.mentions if m.type == "Place"}
    have = {(r.head, r.relation, r.tail) for r in article.relations}
    text = article.text
    out: list[Relation] = []
    for r in article.relations:
        if r.relation != "heldAt":
            continue
        for ev in r.evidence:
            venue = at.get((ev.tail_start, ev.tail_end))
            if venue is None or _is_local_area(venue) or venue.type == "Place" and venue.place is not None \
                    or not (venue.type == "Place" or placeable_body(venue)):
                continue
            area = _area_before_venue(venue, ends, prefix)
            if area is None or not _is_local_area(area):
                continue
            own = text[max(venue.start, area.end) : venue.end]  # (the venue's name past a town opening it)
            if venue.type == "Place" and not (_TOWN_AREA.fullmatch(area.name) or _is_district(area)) \
                    or _TOWN_AREA.match(own) or _AREA_INSIDE.search(own):
                continue  # (桃源县漳江会议中心: a venue named with its county is one name, a district is
                # written apart, 在甘州区某职工文体中心落幕; 巴公镇凤鸣广场 read
                # as one venue: its own town is inside it, not the county before)
            first = _first_of_chain(area.start, ends) or area  # (泽州县巴公镇凤鸣广场: the chain's first place)
            key = (r.head, "heldAt", area.key)
            if key in have or not _CHAIN_OPENS.search(text, max(0, first.start - 2), first.start):
                continue
            have.add(key)
            out.append(_held_at_too(r, ev, area, "held-at-area-before-venue"))
    return out


def venues_written_with_their_area(article) -> list[Relation]:
    """走进中宁县宁安镇的某科技有限公司, 来到某区某街道的某服务站, 放在某镇的某公司举行: an event held in
    an area, where the text goes on with 的 and a venue in it (or held at a venue written after its
    area and 的), is held at both (annotation: the venue and the nearest area before it). Not after
    位于 (在位于某区的某中心: the area only says where the venue is), nor when the area is a city or a
    province (to a town or a district only)."""
    if "的" not in article.text:
        return []
    starts = {m.start: m for m in article.mentions if m.type == "Place" or placeable_body(m)}
    ends = {m.end: m for m in article.mentions if m.type == "Place"}
    places = {m.start: m for m in article.mentions if m.type == "Place"}
    at = {(m.start, m.end): m for m in article.mentions}
    have = {(r.head, r.relation, r.tail) for r in article.relations}
    text = article.text
    out: list[Relation] = []
    for r in list(article.relations):
        if r.relation != "heldAt":
            continue
        for ev in r.evidence:
            tail = at.get((ev.tail_start, ev.tail_end))
            if tail is None:
                continue
            last = tail  # (来到康巴什区|某街道的某服务站: the chain's last area, then 的)
            while last.end in places and places[last.end].end > last.end:
                last = places[last.end]
            if _is_local_area(tail) and text.startswith("的", last.end) and _is_local_area(last):
                area, other = last, starts.get(last.end + 1)  # the area, then 的 and the venue in it
            elif text[tail.start - 1 : tail.start] == "的" and not _is_local_area(tail):
                area = other = ends.get(tail.start - 1)  # the venue, after its area and 的
            else:
                continue
            if other is None or other is tail or not _is_local_area(area):
                continue
            first = _first_of_chain(area.start, ends) or area  # (中宁县|宁安镇: the chain's first place)
            lead = text[max(0, first.start - 6) : first.start]
            if "位于" in lead or not _GOES_OR_AT.search(lead):
                continue
            for m in (area, other):
                key = (r.head, "heldAt", m.key)
                if m is tail or key in have:
                    continue
                have.add(key)
                out.append(_held_at_too(r, ev, m, "venue-written-with-its-area"))
    return out


#: right before the area of an area and 的 a venue: 在 (放在 too), 于 or a verb of going (走进, 先后来到)
_GOES_OR_AT = re.compile(r"(?:在|于|走进|走入|来到|深入|到|赴|前往)(?:了)?$")


#: a sentence that opens in the time of the activity reported, said by a word of its name
#: (疗休养期间，培训期间，比赛当天，): what its participants do after it, they do in the activity;
#: or by a pointing word and that word with the activity's length (此次疗休养为期5天，: the
#: pointing word is needed, 疗休养为期5天 alone may be any)
_DURING_THE_ACTIVITY = re.compile(r"(?:据悉|据了解|此外)?[，,]?(?:(?:此次|本次|这次)?(?P<word>[\u4e00-\u9fff]{2,4}?)(?:期间|当天|当日)"
                                  r"|(?:此次|本次|这次)(?P<lasting>[\u4e00-\u9fff]{2,4}?)(?:活动)?为期[0-9０-９一二三四五六七八九十两半]{1,3}(?:天|日|周|个月))[，,]")
#: right before a place the activity's party goes into or visits (还走进, 参观了, 一行人来到)
_VISITS = re.compile(r"(?:来到|走进|走入|前往|深入|参观|参观了|游览|游览了|来到了|走进了|赴|到)$")
#: after 在 and a place in the activity's time: what the party does there (进行了健康体检, 接受了培训)
_DOES_THERE = re.compile(r"(?:进行|开展|参加|接受|体验|开始)(?:了)?")
#: who may open the clause of a visit in the activity: its participants or no one (a run of verbs)
_VISITING_PARTY = re.compile(r"(?:职工们|学员们|队员们|会员们|劳模们|选手们|代表们|志愿者们|大家|一行人|他们|她们)?"
                             r"(?:还|也|又|并|将|随后|先后|分别|一起|集体|先|再|则)*")


#: after a place seen (参观, 游览): more of a name, not a list's joiner, a clause's end, a time the
#: visit sets (参观西宁市时, 参观西宁市后) nor an adverb opening the next verb (参观西宁市并…)
_NAMES_A_SIGHT = re.compile(r"(?![和与及等时后前期之以并再又还也便就而])[\u4e00-\u9fff]")
#: where the clause of a place visited ends (the 、 of a list goes on)
_CLAUSE_END = re.compile(r"[，,。；;！？]")


@needs(event=True, words=re.compile(r"期间|当天|当日|为期"))
def visits_during_the_activity(c: Context) -> Iterator[Found]:
    """疗休养期间，一行人来到西宁市、海南州等地，参观了某博物馆，并走进某电站 (or 此次疗休养为期5天，
    职工们将先后来到…): a sentence opened by the time of the activity reported (a word of its name
    before 期间) says where it went, so each place its party visits is a venue of it
    (``visits-during-the-activity``)."""
    ev = c.main_event
    if ev is None or any(m.type == "Event" for m in c.mentions):
        return
    opener = _DURING_THE_ACTIVITY.match(c.text, c.sentence.start, c.sentence.end)
    if opener is None or (opener.group("word") or opener.group("lasting")) not in ev.name:
        return
    if opener.group("lasting") and not _only_event_of_word(c, opener.group("lasting"), ev):
        return  # (此次疗休养 after two 疗休养 activities named: no telling which)
    text, ms = c.text, c.mentions
    for i, pl in enumerate(ms):
        # 在 the place, then what the party does there (在某疗休养院进行了体检); a body's premises so
        does_there = text.endswith("在", 0, pl.start) and _DOES_THERE.match(text, pl.end, c.sentence.end)
        at_premises = pl.type == "Organization" and does_there
        if pl.start < opener.end() or not (pl.type in ("Place", "Company") or pl.type == "Organization" and placeable_body(pl)
                                            or at_premises):
            continue
        if _AFTER_THE_EVENT.search(text, c.sentence.start, pl.start):
            return  # (活动结束后，…来到…: where they went after it)
        clause = c.clause_of(pl)[0]
        before = text[clause : pl.start]
        # the first of a list (、和), led by a verb of visiting that follows only the party and adverbs
        if i > 0 and ms[i - 1].type == pl.type and c.gap(ms[i - 1], pl) in NAME_JOINERS:
            continue
        verb = _VISITS.search(before)
        venue_in_it = _venue_after_its_area(c, i)
        if venue_in_it is not None:  # 在休宁县|某镇的某疗休养基地进行…: the venue in the area, after 的
            does_there = text.endswith("在", 0, pl.start) and _DOES_THERE.match(text, venue_in_it.end, c.sentence.end)
        if verb is None and before.endswith("在") and does_there:
            verb = re.search("在$", before)  # 职工们在某疗休养院进行了健康体检: where the party does its business
        if venue_in_it is not None and verb is not None and _VISITING_PARTY.fullmatch(before[: verb.start()]):
            if not _describes_what_is_visited(c, venue_in_it):  # (某公司所在的工业园区: the zone visited)
                yield ev, "heldAt", venue_in_it, "visits-during-the-activity"  # (its area: venues_written_with_their_area)
                yield from _venues_listed_after(c, ev, ms.index(venue_in_it))
            continue
        if verb is None or not _VISITING_PARTY.fullmatch(before[: verb.start()]) \
                or "的" in text[pl.end : (end.start() if (end := _CLAUSE_END.search(text, pl.end, c.sentence.end)) else c.sentence.end)]:
            continue  # (到青岛市参加培训的劳模某某: the place modifies a person, no visit of the party)
        if verb.group().startswith(("参观", "游览")) and _NAMES_A_SIGHT.match(text, pl.end) \
                and not any(m.start == pl.end for m in ms):
            continue  # (参观徽州古村落: the place opens the name of the sight seen, unread)
        yield ev, "heldAt", pl, "visits-during-the-activity"
        k = i
        while k + 1 < len(ms) and ms[k + 1].type in ("Place", "Company") and c.gap(ms[k], ms[k + 1]) in NAME_JOINERS:
            k += 1  # 来到西宁市、海南藏族自治州等地: each place of the list
            yield ev, "heldAt", ms[k], "visits-during-the-activity"


def _venues_listed_after(c: Context, ev: Mention, k: int) -> Iterator[Found]:
    """The venues listed after the one at ``k`` (和, 、), each written after its own area and 的 (某镇的
    某基地和某镇的某中心: that area held at too) or alone (某镇的某基地和某中心)."""
    ms = c.mentions
    while k + 1 < len(ms):
        gap = c.gap(ms[k], ms[k + 1])
        unread_area = _UNREAD_AREA_LISTED.fullmatch(gap) is not None
        if gap not in NAME_JOINERS and not unread_area:
            return
        if unread_area:
            # 和宏村镇的黟县竹艺有限公司: a town no lexicon has, then the venue, whose name may open with
            # its county (the body, not the place nested at its start)
            venue = next((m for m in ms[k + 1 :] if m.start == ms[k + 1].start and placeable_body(m)), None)
            in_its_area = False
        else:
            venue = _venue_after_its_area(c, k + 1)
            in_its_area = venue is not None
        if venue is None and (ms[k + 1].type == "Place" and not _area_of_a_venue(ms[k + 1]) or placeable_body(ms[k + 1])):
            venue = ms[k + 1]
        if venue is None or _describes_what_is_visited(c, venue) or _companions_of().match(c.text, venue.end, c.sentence.end):
            return  # (…和某公司的职工一起采茶: the company of those the party is with, not where it went)
        yield ev, "heldAt", venue, "visits-during-the-activity"
        if in_its_area:  # (the nearest area of the run before the venue's 的)
            yield ev, "heldAt", ms[ms.index(venue) - 1], "visits-during-the-activity"
        k = ms.index(venue)


#: between two venues of a list, a town no lexicon has and 的 (和宏村镇的): the second after its town
_UNREAD_AREA_LISTED = re.compile(r"[和、及与][\u4e00-\u9fff]{1,4}(?:镇|乡|街道)的")


@functools.lru_cache(maxsize=1)
def _companions_of() -> re.Pattern[str]:
    """After a venue of a list, its people whom the party is with (某公司的职工一起采茶: ``venue_words.tsv``,
    companion and together)."""
    words = _venue_words()
    people, together = ("|".join(map(re.escape, words[k])) for k in ("companion", "together"))
    return re.compile(r"的(?:" + people + r")(?:们)?(?:" + together + ")")


#: a chain of places read as one that ends in a town-level area (黄山市黟县碧阳镇)
_CHAIN_TO_A_TOWN = re.compile(r"[\u4e00-\u9fff]{2,6}(?:" + "|".join(TOWN_LEVELS) + ")$")


def _venue_after_its_area(c: Context, i: int) -> Mention | None:
    """The venue written after the run of places that opens at the mention ``i`` and 的 (黄山市|休宁县|某镇的
    某基地): the last of the run a town, street, district or zone, the venue a place or a body that is one."""
    ms, k = c.mentions, i
    while k + 1 < len(ms) and ms[k + 1].start == ms[k].end and ms[k + 1].type == "Place":
        k += 1
    if k + 1 >= len(ms) or ms[i].type != "Place" or not (_area_of_a_venue(ms[k]) or _CHAIN_TO_A_TOWN.search(ms[k].name)) \
            or c.gap(ms[k], ms[k + 1]) != "的":
        return None  # (a city or a county may open the run: 黄山市|黟县|碧阳镇的某基地, read as one chain)
    venue = ms[k + 1]
    return venue if venue.type == "Place" and not _area_of_a_venue(venue) or placeable_body(venue) else None


def _only_event_of_word(c: Context, word: str, ev: Mention) -> bool:
    """Whether every event named before this sentence with ``word`` in its name is a form of ``ev``
    (the article's main event): a pointing word (此次疗休养) then means it, not another."""
    return all(e.key == ev.key or e.canonical == ev.key for e in c.article.mentions
               if e.type == "Event" and e.end <= c.sentence.start and word in e.name)
