"""The extraction pipeline: small components over one article, in a fixed order.

==================  =====================================================  ==================
component           reads                                                  adds
==================  =====================================================  ==================
recognise           ``Article.text``, ``Article.bylines``                  candidate mentions
  (the recognisers, then the trained tagger's vote on boundaries: :mod:`.voting`)
resolve_overlaps    candidates                                             ``Article.mentions``
resolve_aliases     mentions, document region                              ``canonical``
extract_relations   sentences, mentions                                    ``Article.relations``
==================  =====================================================  ==================

The recognisers are registered components (:data:`RECOGNISERS`, :func:`register_recogniser`),
run in registration order on the article's token index; what they propose is settled by
:func:`~.overlaps.resolve_overlaps` (longest first, then priority), so a plug-in recogniser
joins without editing this module. Relation patterns register the same way
(:func:`uniongraph.extraction.relations.register_rule`).

>>> art = extract_text("北京市总工会在劳动公园举办“职工健康”主题活动。")
>>> [(m.name, m.type) for m in art.mentions]
[('北京市总工会', 'Federation'), ('劳动公园', 'Place'), ('职工健康主题活动', 'Event')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ..model import ORG_TYPES, Article, Document, Mention, Relation, Sentence
from .aliases import detect_region, resolve_aliases
from .company_in_union import companies_named_short
from .enterprise_units import SOURCE as TRADE_UNIT_SOURCE, named_by_trade, works_named_with_its_owner
from .events import find_events
from .lexicon import Division, Lexicons, load_lexicons
from .trade_names import trade_name
from .names import DIVISION_LEVEL_CHARS, clean_name, inside_a_title
from .orgs import GRAMMAR_SOURCES, REGISTERED_COMPANY, a_word_for_a_kind, find_organisations, names_a_media, type_under_its_company
from .overlaps import resolve_overlaps
from .place_identity import unify_place_forms
from .persons import byline_persons, find_persons
from .company_short_places import companies_written_as_places
from .places import area_of_a_post, bare_zone, find_places, gazetteer_form, modifier_place, place_level
from .relations import extract_relations
from .relations.context import triggers
from .relations.organisations import areas_written_before_companies
from .relations.venues import areas_of_venue_chains, venues_written_with_their_area
from .relations.bare_events import is_bare
from .relations.organisations import unit_written_after_its_body
from .script import to_simplified
from .tokens import TokenIndex, word_frequency, word_tag
from .unit_parents import nest_parents_written_inside, parents_of_short_forms_follow_full_names
from .voting import flat_bodies_and_places, flat_persons, reconcile, tagger_spans

#: whether the trained name tagger votes with the recognisers on name boundaries (:mod:`.voting`)
USE_TAGGER = True

#: the mentions a document's title may hold: its author (《邓小平文选》 is settled by the tagger's
#: vote), an event (《文汇报》创刊６０周年座谈会) and a place, which stays a flat NER name but is no
#: entity of the graph (places.modifier_place); no organisation
_TITLE_TYPES = frozenset({"Person", "Event", "Place"})

#: a recogniser proposes candidate mentions from an article's tokens
Recogniser = Callable[[TokenIndex, Lexicons], list[Mention]]


@dataclass(frozen=True)
class Component:
    """A registered recogniser: its name, the function, and the entity types it proposes."""

    name: str
    find: Recogniser
    assigns: tuple[str, ...]


#: the recognisers, in the order they run
RECOGNISERS: list[Component] = [
    Component("organisations", find_organisations, ("Federation", "TradeUnion", "Company", "ServiceTeam", "Organization")),
    Component("places", find_places, ("Place",)),
    Component("persons", find_persons, ("Person",)),
    Component("events", find_events, ("Event",)),
]


def register_recogniser(name: str, *, assigns: tuple[str, ...]) -> Callable[[Recogniser], Recogniser]:
    """Decorator: run this recogniser after the registered ones. ``assigns`` names the entity
    types it proposes, each of which must be in :mod:`uniongraph.schema`.

    >>> @register_recogniser("hospitals", assigns=("Organization",))
    ... def find_hospitals(idx, lex): return []
    >>> RECOGNISERS[-1].name
    'hospitals'
    >>> unregister_recogniser("hospitals")
    """
    from ..schema import ENTITY_TYPE_NAMES

    unknown = [t for t in assigns if t not in ENTITY_TYPE_NAMES]
    if unknown:
        raise ValueError(f"recogniser {name!r}: unknown entity type(s) {', '.join(unknown)} (add them to the schema)")
    if any(c.name == name for c in RECOGNISERS):
        raise ValueError(f"a recogniser named {name!r} is registered already")

    def register(find: Recogniser) -> Recogniser:
        RECOGNISERS.append(Component(name, find, assigns))
        return find
    return register


def unregister_recogniser(name: str) -> None:
    """Remove a registered recogniser (tests clean up with it)."""
    RECOGNISERS[:] = [c for c in RECOGNISERS if c.name != name]


def _ensure_sentences(article: Article) -> None:
    if not article.sentences:
        from ..reading.sentences import split_sentences

        article.sentences = split_sentences(article.text)


def _read_simplified(article: Article) -> None:
    """Let the next stages read a simplified-script copy of a traditional-script article."""
    simplified = to_simplified(article.text)
    if simplified is not None and article.written_text is None:
        article.written_text = article.text
        article.text = simplified
        article.sentences = [Sentence(s.start, s.end, simplified[s.start : s.end]) for s in article.sentences]


def _restore_written(article: Article) -> None:
    """Put the written text back: sentences, mention texts and evidence sentences as written;
    names are canonical in simplified script, the written forms become aliases."""
    written = article.written_text
    if written is None:
        return
    article.text, article.written_text = written, None
    article.sentences = [Sentence(s.start, s.end, written[s.start : s.end]) for s in article.sentences]
    for m in article.mentions:
        m.text = written[m.start : m.end]
        as_written = clean_name(m.text)
        if as_written != m.name:  # 溫州市總工會: an alias of the canonical 温州市总工会
            if m.canonical is None:
                m.canonical, m.resolution = m.name, "simplified-script"
            m.name = as_written
    for r in article.relations:
        for e in r.evidence:
            e.sentence = written[e.sentence_start : e.sentence_end]


def recognise(article: Article, lex: Lexicons | None = None, *, flat_names: bool = True) -> None:
    """Find the article's mentions (before alias resolution). ``flat_names``: also the tagger's
    flat NER names that are no entities (``Article.flat_persons``); a graph drops them at the
    merge, so a build that keeps no article's mentions skips them."""
    lex = lex or load_lexicons()
    _ensure_sentences(article)
    _read_simplified(article)
    idx = TokenIndex(article.text)
    candidates: list[Mention] = byline_persons(article)
    for component in RECOGNISERS:
        candidates.extend(component.find(idx, lex))
    candidates = _names_open_at_their_place(candidates, idx)
    if USE_TAGGER:
        spans = tagger_spans(article.text)
        candidates = reconcile(candidates, spans, idx, lex)
        if flat_names:
            # a surname alone (李|大妈), a person in a title (《怀念曹禺》), a body or a place the
            # grammar has no name for (八一队): flat NER names, no entities; added once relations are read
            article.flat_persons = [m for m in flat_persons(spans, article.text, lex) + flat_bodies_and_places(spans, idx, lex)
                                    if m.type != "Place" or not area_of_a_post(article.text, m.end)]
    # 《中华人民共和国商业银行法》: bodies and places inside a document's title are the title's words
    candidates = [c for c in candidates if c.type in _TITLE_TYPES or not inside_a_title(article.text, c.start, c.end)]
    # 某公司华南区域经理: the area a post covers is a word of the post, no place
    candidates = [c for c in candidates if c.type != "Place" or not area_of_a_post(article.text, c.end)]
    # 射阳工会　微信公众号: the place names a union's account, site or app (orgs.MEDIA_AFTER), no place of the story
    candidates = [c for c in candidates if c.type != "Place" or not _names_a_media(article.text, c.start, c.end)]
    # 为大庆工会事业发展: a place's unions as a cause or a field of work (工会事业, 工会工作), no one union
    candidates = [c for c in candidates if c.type != "TradeUnion" or not _unions_of_a_place_as_a_field(article.text, c, lex)]
    article.mentions = _stations_with_staff(_units_named_in_full(resolve_overlaps(candidates), idx, lex), article.text, lex)
    nest_parents_written_inside(article, idx, lex)  # (某大学|法学院: the parent inside the unit's name)
    short = companies_named_short(article.text, article.mentions, lex)
    if short:  # 某某微电子 of 东莞某某微电子科技有限公司工会: the company its union's name gives in full
        article.mentions = sorted(article.mentions + short, key=lambda m: (m.start, m.end))
    # 港通码头 after 某某港通码头有限公司: a place by its head that is the company written short
    article.mentions = companies_written_as_places(article.mentions, article.text, lex)
    _keep_places_inside_events(article.mentions, candidates)


def _names_open_at_their_place(candidates: list[Mention], idx: TokenIndex) -> list[Mention]:
    """A body's name that opens inside a place the gazetteer knows opens where the place does: a
    character jieba does not know, cut off as a word alone (埇|桥区总工会, the district 埇桥区), is the
    first of the place, and the name is written from there. Only single characters before the cut
    (not 浙江|西…: a word of two holds the place's head, and the name starts after the word)."""
    places = [c for c in candidates if c.type == "Place" and c.source == "gazetteer"]
    if not places:
        return candidates
    # (the places by start, each with its rank in the list: a name opens inside one of the places
    # starting less than the longest place's length before it, the first listed of them; a long
    # line names thousands of places, and reading them all for each name cost its square)
    by_start = sorted(range(len(places)), key=lambda i: places[i].start)
    starts = [places[i].start for i in by_start]
    longest = max(p.end - p.start for p in places)

    def place_opened_in(c: Mention) -> Mention | None:
        near = by_start[bisect.bisect_left(starts, c.start - longest + 1) : bisect.bisect_left(starts, c.start)]
        rank = min((i for i in near if places[i].start < c.start < places[i].end < c.end), default=None)
        return None if rank is None else places[rank]

    def opened(c: Mention) -> Mention:
        if c.type in ORG_TYPES and c.text == c.name:
            p = place_opened_in(c)
            if p is not None and idx.is_boundary(c.start) and all(
                    idx.tokens[idx.index_at(k)].end - idx.tokens[idx.index_at(k)].start == 1 for k in range(p.start, c.start)):
                lead = idx.text[p.start : c.start]
                c = replace(c, start=p.start, text=lead + c.text, name=lead + c.name)
        if c.body is not None:  # a unit named with its body (某区人社局|监察大队): the body opens there too
            body = opened(c.body)
            if body is not c.body:
                c = replace(c, body=body)
        return c

    return [opened(c) for c in candidates]


#: the heads of stations, places when visited (the guideline), bodies when they employ or act
_STATION_HEAD = re.compile(r"(?:站|站点)$")
#: the station, by its bare head or as a whole, with its staff or acting as a body: 站长张某, 全站职工,
#: 工作站负责人, 车站领导, 工作站已受理 (the golds type such a station Organization)
_STATION_STAFF = re.compile(r"站长|(?:站|站点)(?:的)?(?:负责人|职工|员工|干部|领导|团员|党委|党支部|(?:已|共|还)?受理)")
#: a station said to belong to a body: 某公司所属某火车站
_BELONGS_BEFORE = re.compile(r"所属$")


def _stations_with_staff(mentions: list[Mention], text: str, lex: Lexicons) -> list[Mention]:
    """The one station an article names typed as a body where the article gives it staff or has it
    act (站长张某, 全站职工, 工作站负责人, 工作站已受理) or says whose unit it is (…所属某火车站): the
    station is then an employer, no place visited (中国民用航空大理站, 某区职工法律援助工作站). Any
    railway or coach station that is itself the subject of an organising verb or is awarded an
    honour is a body too (某火车站与某总工会联合举办, 某汽车站荣获全国工人先锋号)."""
    stations = {m.name for m in mentions if m.type == "Place" and _STATION_HEAD.search(m.name)}
    bodies = {m.name for m in mentions if m.name in stations and _TRANSPORT_STATION.search(m.name)
              and _station_acting(text, m, lex)}
    # (a station that is a venue anywhere in the article stays the place: 在某火车站举办…。当天，某火车站
    # 还开展了…: one entity, and where an event is held is said)
    bodies -= {m.name for m in mentions if m.name in bodies and _written_as_a_venue(text, m)}
    if len({name[:2] for name in stations}) == 1:  # (stations of several places: which one the staff
        # are of is not said; one station's names share their place: 大连火车站, 大连车站)
        named = [m for m in mentions if m.name in stations]
        if any(_BELONGS_BEFORE.search(text, max(0, m.start - 2), m.start) for m in named) \
                or any(_staff_of_the_station(text, s, named) for s in _STATION_STAFF.finditer(text)):
            bodies = stations
    if not bodies:
        return mentions
    return [replace(m, type="Organization") if m.name in bodies and m.type == "Place" else m for m in mentions]


#: the heads of the stations of trains and coaches (火车站, 高铁站, 汽车客运总站), run by a body of their
#: name (a service station, 驿站, 服务站, is the venue a union runs)
_TRANSPORT_STATION = re.compile(r"(?:车|客运|高铁)总?站$")
#: before a station's name in its clause: it is where someone is or goes (在某火车站举办, 来到某汽车站开展,
#: 在某县|长途汽车站举行: the station perhaps read without its town), or whom something is done for
#: (为某火车站举办专场演出, 向某汽车站赠送), no subject; the station may close a list after the verb
#: (走访了甲汽车站、乙客运站、某火车站)
_WHERE_BEFORE = re.compile(r"(?:在|于|到|赴|从|自|来到|走进|走访|深入|前往|赶到|抵达|为|向|给)"
                           r"(?:[^，。；！？“”\n、]{0,10}、){0,5}[^，。；！？“”\n、]{0,10}$")
#: how far before a station's name :data:`_WHERE_BEFORE` reads (a list of a few stations)
_WHERE_REACH = 60
#: after a station's name, an honour awarded to it (荣获全国工人先锋号): what is awarded, up to the
#: clause's end, is read for an honour's word (honour_words.txt)
_AWARDED_AFTER = re.compile(r"(?:先后|再次|还|也|又|曾|已)?(?:荣获|获得|获评|被评为|被授予|被命名为|荣膺)([^，。；！？\n]{2,20})")


@functools.lru_cache(maxsize=1)
def _organising_after() -> re.Pattern[str]:
    """After a station's name, the station organising: an organising verb (relation_triggers.tsv's
    organize), right after it or after a partner it acts with (与某总工会联合举办) or an adverb."""
    verbs = "|".join(triggers()["organize"])
    return re.compile(rf"(?:(?:与|和|同|联合|携手)[^，。；！？“”\n]{{2,20}}?)?(?:联合|共同|携手|积极|还|也|又|再次|首次)?(?:{verbs})")


def _station_acting(text: str, m: Mention, lex: Lexicons) -> bool:
    """Whether the station ``m`` is the subject of an organising verb or is awarded an honour, not
    written where someone is or goes (在某火车站举办: the venue)."""
    if _written_as_a_venue(text, m):
        return False
    if _organising_after().match(text, m.end):
        return True
    award = _AWARDED_AFTER.match(text, m.end)
    return award is not None and any(w in award.group(1) for w in lex.words.get("honour_words", ()))


def _written_as_a_venue(text: str, m: Mention) -> bool:
    """Whether the station ``m`` is written where someone is or goes, or for whom something is done."""
    return _WHERE_BEFORE.search(text, max(0, m.start - _WHERE_REACH), m.start) is not None


#: a station visited: a verb of going there right before its name (来到某火车站开展…): a place
_VISITED_BEFORE = re.compile(r"(?:来到|走进|走访|深入|前往|赶到|到|赴)$")


def _staff_of_the_station(text: str, staff: re.Match[str], named: list[Mention]) -> bool:
    """Whether staff words are the named station's: right after its name (某火车站站长, 某工作站
    负责人; 在某工作站，站长…), after 该站/本站/全站, or after the station's own head alone (工作站负责人, for a 某工作站)
    when the station is nowhere said to be visited (来到某火车站…, then 车站职工 are the people visited)."""
    s = staff.start()
    if any(s in (m.end, m.end - 1) or text[m.end : s] in ("，", ",") for m in named):
        return True  # (在某工作站，站长某某…: the next clause opens on its staff)
    if text[max(0, s - 2) : s] in ("该站", "本站", "全站") or (staff.group().startswith("站") and text[s - 1 : s] in ("该", "本", "全")):
        return True
    heads = {text[max(0, s - 2) : s + 1], text[max(0, s - 1) : s + 1]} if staff.group().startswith("站") else set()
    own_head = any(len(h) == 2 and m.name.endswith(h) and h != "站站" for m in named for h in heads)
    visited = any(_VISITED_BEFORE.search(text, max(0, m.start - 2), m.start) for m in named)
    return own_head and not visited


#: what makes the unions written before it a field or a cause: 工会事业, 工会工作 (the unions' work)
_UNION_FIELD_AFTER = re.compile(r"事业|工作(?!者|人员|委员会|组)")


def _unions_of_a_place_as_a_field(text: str, m: Mention, lex: Lexicons) -> bool:
    """Whether ``m`` is a place and 工会 before 事业 or 工作 (大庆工会|事业): the unions of the place as a
    field of work, no one union (a federation is its 总工会)."""
    return m.name.endswith("工会") and len(m.name) > 2 and bool(_UNION_FIELD_AFTER.match(text, m.end)) \
        and gazetteer_form(m.name[:-2], lex) is not None


def _names_a_media(text: str, start: int, end: int) -> bool:
    """Whether the place ``text[start:end]`` opens the name of a union's media (甘肃|工会　首页)."""
    return text.startswith("工会", end) and names_a_media(text, start, end + 2)


#: the head of a union's name: a unit whose name opens with it (工会委员会办公室) is the union's department
_UNION_HEAD = "工会"


def _units_named_in_full(mentions: list[Mention], idx: TokenIndex, lex: Lexicons) -> list[Mention]:
    """A unit written right after a registered company (南岭远航建设工程有限公司|城西管廊项目部) as
    one name, the fullest written form (the guideline's), with the company nested in it
    (``Mention.body``), as ``orgs`` names the units it finds whole; the unit is subOrganizationOf
    the company. A unit of any other body stays a name of its own (开滦矿务局|唐家庄矿), as the
    People's Daily golds annotate it."""
    text = idx.text
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if m.source == TRADE_UNIT_SOURCE and (prev is None or prev.end != m.start):
            m = works_named_with_its_owner(m, idx, lex)  # 本钢集团|冷轧厂|镀锌车间: an owner no rule named
        # (a unit already named in full before this one: the company is its body)
        company = (prev.body or prev) if prev is not None else None
        # a work crew (检修一班, 抢修班: weak alone) is named with the unit written before it (某分公司检修一班)
        crew = m.weak and m.type == "Organization" and m.name.endswith("班") and prev is not None \
            and prev.type in ("Company", "Organization") and not prev.weak and len(prev.name) >= 4  # (not 事业部 alone)
        if prev is not None and prev.end == m.start and m.body is None and not m.reference and not prev.reference \
                and (REGISTERED_COMPANY.search(company.name) and unit_written_after_its_body(company, m) or crew
                     or m.source == TRADE_UNIT_SOURCE and company.type in ("Company", "Organization") and not prev.weak
                     and not named_by_trade(company.name) and not a_word_for_a_kind(company.name, lex)):
            # (大庆某机械厂|铸造车间: a works' workshop is named under the works; 装配分厂|液压缸装配车间 are two units;
            # 机械厂|铸造车间: a kind of works, no one works: orgs.a_word_for_a_kind)
            span = text[prev.start : m.end]
            # (某钢铁有限公司|炼铁厂: a works named under its company is the company's unit, no enterprise;
            # 某有限公司|工会委员会办公室: the company's union's department, named whole, its parent the union
            # left to inference as any union department's)
            body = None if m.name.startswith(_UNION_HEAD) else company
            out[-1] = replace(m, start=prev.start, text=span, name=clean_name(span), body=body, weak=False,
                              type=type_under_its_company(m))
            continue
        if m.weak and m.type == "Organization" and m.name.endswith("班") and m.source in GRAMMAR_SOURCES:
            continue  # 该公司|总装二班: a crew after no unit's name names nothing the golds annotate
        out.append(m)
    return out


def _keep_places_inside_events(mentions: list[Mention], candidates: list[Mention]) -> None:
    """The places that the overlap rules dropped inside a kept event's name (天津|世界体操锦标赛,
    《中国|在发展》图片展) are held on the event (``inner_places``): flat NER schemes name them, the
    graph does not (modifier places). Only places that lie wholly inside one event and touch no other
    kept name; among themselves, the overlap rules decide."""
    events = [m for m in mentions if m.type == "Event"]
    if not events:
        return
    end = max(m.end for m in mentions)
    owner: list[Mention | None] = [None] * end  # the event over each character, where no other name is
    for event in events:
        owner[event.start : event.end] = [event] * (event.end - event.start)
    for m in mentions:
        if m.type != "Event":
            owner[m.start : m.end] = [None] * (m.end - m.start)
    inside: dict[int, list[Mention]] = {}
    for c in candidates:
        if c.type != "Place" or c.end > end:
            continue
        event = owner[c.start]
        if event is not None and c.end <= event.end and all(owner[k] is event for k in range(c.start, c.end)):
            inside.setdefault(id(event), []).append(c)
    for event in events:
        if id(event) in inside:
            event.inner_places = [replace(p, modifier=True) for p in resolve_overlaps(inside[id(event)])]


def link(
    article: Article, *, region: str | None = None, lex: Lexicons | None = None, known: frozenset[str] = frozenset()
) -> None:
    """Resolve aliases, then read relations (needs the mentions of :func:`recognise`)."""
    # the bodies nested in units' names are resolved with the rest (河北省开滦矿务局 -> 开滦矿务局), but
    # become mentions only once relations are read (inside the unit, they stand in the patterns' way)
    bodies = {id(m.body) for m in article.mentions if m.body is not None}
    article.mentions = sorted(article.mentions + [m.body for m in article.mentions if m.body is not None],
                              key=lambda m: (m.start, m.end))
    resolve_aliases(article, region=region, lex=lex, known=known)
    parents_of_short_forms_follow_full_names(article, lex)  # (市总工会|经审会 resolved to 吕梁市总工会经费审查委员会)
    article.mentions = [m for m in article.mentions if id(m) not in bodies]
    article.relations = extract_relations(article)
    _drop_bare_events(article)
    _add_located_places(article)
    _add_flat_persons(article)
    _mark_modifier_places(article, lex)
    _split_compound_places(article, region)
    article.relations += areas_of_venue_chains(article)  # (the places inside names are mentions now)
    article.relations += venues_written_with_their_area(article)
    areas_written_before_companies(article)
    _restore_written(article)


def _drop_bare_events(article: Article) -> None:
    """An event the article names only by its kind (记者招待会, 揭牌仪式, 换届大会), never by a
    fuller name it resolves to, is no entity: the guideline's events are named activities
    (推进会 with its full name). Its facts are already withdrawn (``relations.bare_events``);
    dropped once relations are read, so that the patterns still see the word in its sentence."""
    article.mentions = [m for m in article.mentions if not (m.type == "Event" and is_bare(m.key))]


def _add_located_places(article: Article) -> None:
    """The places written before organisations' names (see ``aliases._place_prefixed``) become
    mentions once relations are read: nested in the name, they would stand between a body and
    the person after it for the patterns."""
    have = {(m.start, m.end) for m in article.mentions}
    extra = [m.located_at for m in article.mentions if m.located_at is not None]
    extra += [p for m in article.mentions for p in m.inner_places or ()]  # (places inside events' names)
    extra += [m.body for m in article.mentions if m.body is not None]  # (the company in 某某有限公司城西管廊项目部)
    extra += [m.body.located_at for m in article.mentions if m.body is not None and m.body.located_at is not None]
    extra = [p for p in extra if (p.start, p.end) not in have]
    if extra:
        article.mentions = sorted(article.mentions + extra, key=lambda m: (m.start, m.end))


def _add_flat_persons(article: Article) -> None:
    """The flat persons (:func:`.voting.flat_persons`: 李|大妈, 《怀念曹禺》) become mentions once
    relations are read, where no other mention covers them, or only an event whose name holds them
    whole (“学习李素丽…”报告会, 《罗荣桓军事文选》出版座谈会: as places inside an event's name are
    kept, see ``_keep_places_inside_events``): flat NER names, no entities."""
    flat, article.flat_persons = article.flat_persons, None
    if not flat:
        return
    inner = _modifier_places_inside_flat_bodies(article, flat)
    if inner:  # 《中国|人民解放军七十年图集》: the body the tagger reads in a title holds the place
        article.mentions = [m for m in article.mentions if id(m) not in inner]
    taken = bytearray(len(article.text) + 1)
    events = []
    for m in article.mentions:
        if m.type == "Event":
            events.append(m)
        else:
            taken[m.start : m.end] = b"\x01" * (m.end - m.start)
    extra = [p for p in flat if not any(taken[p.start : p.end])
             and all(ev.start <= p.start and p.end <= ev.end for ev in events if ev.start < p.end and p.start < ev.end)]
    if extra:
        article.mentions = sorted(article.mentions + extra, key=lambda m: (m.start, m.end))


def _modifier_places_inside_flat_bodies(article: Article, flat: list[Mention]) -> set[int]:
    """The ids of places written as modifiers (``places.modifier_place``: no entity of the graph)
    that lie wholly inside a flat body of the tagger's and touch no other mention, and no fact
    reads them: the place is a word of that body's name (中国 of 《中国人民解放军七十年图集》, 故城县 of
    《中共故城县委关于…》), which flat schemes tag whole and the guideline never tags apart."""
    bodies = [p for p in flat if p.type in ORG_TYPES]
    if not bodies:
        return set()
    read = {(ev.head_start, ev.head_end) for r in article.relations for ev in r.evidence}
    read |= {(ev.tail_start, ev.tail_end) for r in article.relations for ev in r.evidence}
    out = set()
    for m in article.mentions:
        if m.type != "Place" or (m.start, m.end) in read:
            continue
        body = next((b for b in bodies if b.start <= m.start and m.end <= b.end and (b.start, b.end) != (m.start, m.end)), None)
        if body is None or not (m.modifier or modifier_place(article.text, m)):
            continue
        if any(o is not m and o.type != "Event" and o.start < body.end and body.start < o.end for o in article.mentions):
            continue  # another name over the body's span: the grammar read something there
        out.add(id(m))
    return out


def _mark_modifier_places(article: Article, lex: Lexicons | None) -> None:
    """Places written as modifiers (中国|特色, 《中华人民共和国劳动法》; ``places.modifier_place``)
    name no entity of the graph, unless a fact was read about that very mention."""
    ends = {(ev.head_start, ev.head_end) for r in article.relations for ev in r.evidence}
    ends |= {(ev.tail_start, ev.tail_end) for r in article.relations for ev in r.evidence}
    for m in article.mentions:
        if m.type == "Place" and (m.start, m.end) not in ends and modifier_place(article.text, m, lex):
            m.modifier = True


#: a town, township, village or street by its own name (长坪镇, 赵集乡)
_TOWN = re.compile(r"[\u4e00-\u9fff]{2,3}(?:镇|乡|村|街道)")


#: the levels of a city or county a venue's name may be written after (北京|人民大会堂, 南山区|华英大厦, 蒙特利尔|联合国大厦)
_CITY_AND_COUNTY_LEVELS = frozenset({"prefecture", "county", "city"})
_MUNICIPALITIES = frozenset({"北京", "上海", "天津", "重庆", "北京市", "上海市", "天津市", "重庆市"})
#: the levels of a Chinese city or county whose facilities are named by it (某县|某江会议中心)
_HOME_CITY_AND_COUNTY_LEVELS = frozenset({"prefecture", "county"})


def _town_reading(town: str, lex: Lexicons, region: str | None = None) -> Division | None:
    """The gazetteer row ``town`` stands for: the one the article's ``region`` holds (朝阳区 in a report
    of 长春市: 长春's), else the first reading (北京's 朝阳区): a far homonym of the town is no reading of it.

    >>> _town_reading("长安区", load_lexicons(), "西安市").parent
    '西安市'
    """
    rows = lex.readings(town)
    placed = [row for row in rows if region and (row.name == region or region in lex.enclosing(row))]
    return (placed or rows or [None])[0]


def _in_the_towns_chain(form: str, town: Division, chain: list[str], lex: Lexicons) -> bool:
    """Whether some reading of ``form`` encloses the ``town`` (its ``chain``, :meth:`Lexicons.enclosing`)
    or lies in it (昆明市|五华: the 五华区 of 昆明; 济宁市|泗水: 泗水县, not the city abroad); every reading
    of the candidate ``form`` is tried."""
    for row in lex.readings(form):
        outer = lex.enclosing(row)
        if row.name in chain or town.name in outer and town.parent in outer:
            return True
    return False


def _place_word_opens(text: str, n: int, idx: TokenIndex, lex: Lexicons) -> bool:
    """Whether ``text[:n]`` stands as a word of its own: it ends a word, or what follows it in its word
    (or in ``text``) is a venue's head alone (天河|体育中心, 北京|会议中心, one word to jieba: named by the
    place); not a longer proper word the place opens (黄梅|戏艺术中心, 长春|藤职工之家, 天河|城会议中心)."""
    if idx.is_boundary(n):
        return True
    word = next((t for t in idx.tokens if t.start < n < t.end), None)
    return _venue_head(text[n:], lex) or word is not None and _venue_head(text[n:word.end], lex)


def _names_a_place_around(text: str, town: Division, lex: Lexicons) -> bool:
    """Whether ``text`` holds the name of a division that encloses ``town`` (甘州区|金张掖职工文体中心:
    张掖 holds 甘州区), below the province (one opening the name is read by :func:`_opens_with_a_place`
    with the province and the country too): the venue is named with a larger place of its own, not by
    the town before it. The town as read (:func:`_town_reading`: not 长春 after Beijing's 朝阳区), the
    place ending a word (:func:`_place_word_opens`: not 长春|藤)."""
    idx = TokenIndex(text)
    for outer in lex.enclosing(town):
        for row in lex.readings(outer):
            if row.level not in ("country", "province"):
                for f in (outer, *row.aliases):
                    i = text.find(f) if len(f) >= 2 else -1
                    if 0 <= i and i + len(f) < len(text) \
                            and _place_word_opens(text, i + len(f), idx, lex):
                        return True
    return False


def _facility_of_a_named_body(rest: str, head: str, town: str, lex: Lexicons) -> bool:
    """Whether the venue after a town is a facility of a body with a name of its own (榆次区|太行汽车
    工程技工学校实训基地, 某区|某某机械有限公司职工活动中心): the body's name, not the town, names it,
    and the town is written apart as the area (the union golds: 7 district-and-venue phrases split so).
    A registered company's facility (``company_facility_heads.txt``: 职工活动中心, 职工培训中心) after a
    district, county or city written with its level alike; another named body's only after a district.
    Not a county's or city's own venue (桃源县漳江会议中心: one name), nor a bare body of the district
    (海淀区人民法院诉讼服务中心, 某区人民银行职工活动中心, 某区新华书店职工之家: no registered name), nor a
    union's station (某区某街道工会驿站: the district's).

    >>> _facility_of_a_named_body("华星机械有限公司职工活动中心", "中心", "浠水县", load_lexicons())
    True
    >>> _facility_of_a_named_body("人民银行职工活动中心", "中心", "江岸区", load_lexicons())
    False
    """
    facilities = lex.words.get("company_facility_heads", frozenset())
    longest = min(max(map(len, facilities), default=0), len(rest) - 2)
    staff = next((rest[-k:] for k in range(longest, 1, -1) if rest[-k:] in facilities), None)
    if staff is not None and town.endswith(("区", "县", "市")):  # (not 舟山|某某有限公司: a bare short
        # form of the city opens the registered name)
        owner = rest[: len(rest) - len(staff)]
        form = REGISTERED_COMPANY.search(owner)
        if form is not None and form.start() >= 2 and trade_name(owner, lex):
            return True  # 某县|某某机械有限公司|职工活动中心: the company's name names it (not 某县|城市
            # 建设投资有限公司…: trade words alone, the town's own company, one name as written)
    if not town.endswith("区"):
        return False
    body = rest[: len(rest) - len(head)]
    for k in range(min(6, len(body) - 2), 1, -1):
        type_, kind = lex.org_heads.get(body[-k:], ("", ""))
        if type_ in ("Company", "Organization") and kind not in ("venue", "standalone"):
            return True  # (a union's own station, 某街道工会驿站, is the district's: one name)
    return False


#: the levels a county-level division is written with (a county made a city or a district keeps its name)
_COUNTY_LEVEL_CHARS = "县市区"


def _written_with_its_level(text: str, n: int, idx: TokenIndex, lex: Lexicons) -> bool:
    """Whether ``text[:n]`` is a division written with its level, a whole word of ``text`` (``idx``): a
    gazetteer name as written (青川县, 益阳市, 湖北省), or a county's short form with a county-level 县, 市 or
    区 as a word of its own (青川|市). Not 盐都|市民 (市 opens a longer word), nor 淳化|镇 (no 镇 the gazetteer
    holds, no county's level), nor 泰州 or 江州 (州 is part of the short form: no level written)."""
    form = text[:n]
    if not idx.is_boundary(n):
        return False
    if form in lex.places:
        return form[-1] in DIVISION_LEVEL_CHARS
    return form[-1] in _COUNTY_LEVEL_CHARS and idx.is_boundary(n - 1) \
        and any(row.level == "county" for row in lex.readings(form[:-1]))


def _opens_with_a_place(text: str, town: Division, lex: Lexicons) -> bool:
    """Whether a division opens ``text``: one of ``town``'s own chain under any of the readings of
    either name (武汉|湖北省|军区招待所: the venue is named by its province; 广州市|天河体育中心, one word
    to jieba; 长安区|西安体育中心, the 长安区 of 西安), or another written with its level as a whole word
    (东湖区|青川县职工文化宫, 东湖区|青川市职工文化宫). Not another county's bare short form used as the
    venue's own name (自流井区|盐都职工服务中心: 盐都 is a district of 盐城, no place of 自贡), nor a longer word
    opening with one (饶河县|乌苏里江职工疗休养基地): a venue named by its county with a name of its own is
    one name as written."""
    idx, chain = TokenIndex(text), lex.enclosing(town)
    for n in range(2, min(lex.longest_place, len(text) - 1) + 1):
        form = text[:n]
        if _in_the_towns_chain(form, town, chain, lex) and _place_word_opens(text, n, idx, lex) \
                or _written_with_its_level(text, n, idx, lex):
            return True
    return False


#: a zone below the town inside a venue's name (石岛管理区职工服务中心): the venue is that zone's, one
#: name with the town (so is a 街道's or 镇's venue, 龙华区民治街道党群服务中心: no division of the
#: town's chain nor one with its level opens 民治街道…, so _opens_with_a_place keeps it whole before this)
_AREA_IN_NAME = re.compile(r"[\u4e00-\u9fff]{2,}(?:管理区|开发区|新区)")


#: a road of an address between a town and a venue (某城镇|人民路|县职工服务中心, 建设大街18号)
_ROAD = re.compile(r"[\u4e00-\u9fff]{1,4}(?:路|街|大街|大道)(?:[0-9０-９]{1,4}号)?")
#: a venue a county or city names by its level alone, written in its seat town (某城镇|县职工服务中心,
#: 某城镇|县政务服务中心): the level, then common words before the venue's head
_COUNTY_SEAT_VENUE = re.compile(r"[县市区][\u4e00-\u9fff]{2,6}")


def _county_seat_venue(form: str, lex: Lexicons) -> bool:
    """Whether ``form`` is a venue its county names by its level alone (县职工服务中心, 县工人文化宫)."""
    return any(_venue_head(form[-k:], lex) and _COUNTY_SEAT_VENUE.fullmatch(form, 0, len(form) - k)
               for k in range(min(5, len(form) - 3), 1, -1))


def _venue_head(head: str, lex: Lexicons) -> bool:
    """Whether ``head`` ends a venue's name: a place's or venue's organisation head, or a facility."""
    type_, kind = lex.org_heads.get(head, ("", ""))
    return type_ == "Place" or kind == "venue" or lex.place_heads.get(head) == "facility"


def _venue_after_its_town(text: str, lex: Lexicons, region: str | None = None) -> tuple[int, int] | None:
    """Where a place's ``text`` is cut when it is a venue with a name of its own written after its town
    (北京|人民大会堂, 南山区|华英大厦, 小寨街道|长安银泰广场): two parts, the town and the venue (the real-text gold
    annotates the venue alone); None for a name the town opens (北京展览馆, 北京饭店: no proper word after the town).
    The town's end and the venue's start (a road between them in an address is neither); the town read
    as the article's ``region`` places it (:func:`_town_reading`)."""
    for n in range(min(max(lex.longest_place, 5), len(text) - 3), 1, -1):
        town = text[:n]
        if not (gazetteer_form(town, lex)
                and (place_level(town, lex) in _CITY_AND_COUNTY_LEVELS or town in _MUNICIPALITIES)
                or _TOWN.fullmatch(town)):
            continue  # (a town, township or subdistrict by its own name opens a venue too: 小寨街道|长安银泰广场)
        rest = text[n:]
        head = next((rest[-k:] for k in range(min(5, len(rest) - 1), 1, -1) if _venue_head(rest[-k:], lex)), None)  # (疗休养基地)
        road = _ROAD.match(rest) if _TOWN.fullmatch(town) else None
        if road is not None and _county_seat_venue(rest[road.end():], lex):
            return n, n + road.end()  # 某城镇|人民路|县职工服务中心: the address's road is neither place
        if head is not None and _TOWN.fullmatch(town) and _county_seat_venue(rest, lex):
            return n, n  # 某城镇|县工人文化宫: in a county's seat, the county's venue (县 names it), a place of its own
        if head is None or rest[0] in DIVISION_LEVEL_CHARS or len(rest) - len(head) < 2:
            return None
        if place_level(town, lex) in _HOME_CITY_AND_COUNTY_LEVELS and town not in _MUNICIPALITIES \
                and not rest.endswith(tuple(lex.words.get("landmark_heads", ()))) \
                and not _opens_with_a_place(rest, reading := _town_reading(town, lex, region), lex) \
                and not _names_a_place_around(rest, reading, lex) and not _facility_of_a_named_body(rest, head, town, lex):
            return None  # 某县|某江会议中心, 某市|某某运动中心: a facility named by its county or city is one
            # name as written (a building stands on its own name: 南山区|华英大厦, 拉萨|贡嘎机场; so does a
            # venue its own place opens, 武汉|湖北省军区招待所; a capital's or a city abroad's venues are
            # landmarks written after it: 北京|国际会议中心, 纽约|公共汽车总站大厅)
        if _AREA_IN_NAME.search(rest, 0, len(rest) - len(head)):
            return None  # 荣成市|石岛管理区职工服务中心: a zone of the town names the venue, its own: one name
        proper = ("ns", "nt", "nr", "nrt", "nz", "un", "j")
        first = TokenIndex(rest).tokens[0]
        if first.pos not in proper:
            return None  # (the venue's own name opens the rest: not 襄阳|宾馆大礼堂, the hall of a hotel)
        type_, kind = lex.org_heads.get(first.word, ("", ""))
        if type_ in ORG_TYPES and kind != "standalone" and first.end < len(rest):
            return None  # 海淀区|人民法院|诉讼服务中心: a body of the town, and its unit: one name
            # (but 蒙特利尔|联合国大厦: a body of its own, no town's, names the venue)
        return n, n
    return None


#: jieba's tags of a dictionary word that names a place (八达岭 ns, 十三陵 j: an abbreviation)
_KNOWN_PLACE_TAGS = frozenset({"ns", "j"})
#: how often a dictionary word tagged a place is used before it is a common noun (海洋 ns, 4068: 塘沽|
#: 海洋高科技开发区 is one zone's name; 中关村 153, 八达岭 107 are places)
_COMMON_NOUN_FREQUENCY = 1000


def _opens_with_a_known_place(rest: str, lex: Lexicons) -> bool:
    """Whether a site's name after a county's bare short form opens with a place of its own: a
    gazetteer place (张北|尚义地区: two counties) or a dictionary word of a place (延庆|八达岭滑雪场,
    余杭|良渚工业园区, 海淀|中关村科技园区): the county is then a place before it, apart (not 龙江|陆港物流园,
    where the county's name opens the zone's)."""
    first = TokenIndex(rest).tokens[0]
    return len(first.word) >= 2 and (gazetteer_form(first.word, lex) is not None or word_tag(
        first.word) in _KNOWN_PLACE_TAGS and word_frequency(first.word) < _COMMON_NOUN_FREQUENCY)


def _split_compound_places(article: Article, region: str | None = None) -> None:
    """A place written with the places that enclose it (广东省肇庆市) is one Place per named unit
    in the graph, as the real-text gold annotates it; a fact read about the whole is about the
    nearest unit (在广东省肇庆市召开 → heldAt 肇庆市). The joined span served the patterns (one
    place, not two) and stays the span of flat NER output (``parts``)."""
    lex = load_lexicons()

    def named_unit(s: int, e: int, last: bool) -> bool:
        """A gazetteer place, or last a named place of its own (友谊路; not 区社区 of 滨江|区社区,
        nor a zone named by its kind alone, 经济开发区 of 临洮县|经济开发区; a built thing named by its
        town and common words, 北京|国际机场, gets no parts in the first place: places._find_places)."""
        form = article.text[s:e]
        return bool(gazetteer_form(form, lex)) or (not last and _TOWN.fullmatch(form) is not None) or (
            last and len(form) >= 3 and (form[0] not in DIVISION_LEVEL_CHARS or _county_seat_venue(form, lex))
            and not bare_zone(form, lex))

    def bare_county_opens_a_name(parts: list[list[int]]) -> bool:
        """A county's or district's bare short form before a zone or site with a name of its own
        (龙江|陆港物流园, 塘沽|海洋高科技开发区): the name's own first word, as written, not an
        enclosing division (that is written with its level: 利通区|金积工业园区)."""
        (s, e), (ls, le) = parts[0], parts[-1]
        first, last = article.text[s:e], article.text[ls:le]
        full = gazetteer_form(first, lex)
        return len(parts) == 2 and full is not None and full != first and not first.endswith(("市", "县", "区", "省")) \
            and place_level(full, lex) == "county" and not gazetteer_form(last, lex) and _TOWN.fullmatch(last) is None \
            and not _opens_with_a_known_place(last, lex)

    def compound(m: Mention) -> bool:
        # (a whole the gazetteer holds is one unit: 务川|仡佬族苗族自治县 is 务川仡佬族苗族自治县)
        return m.type == "Place" and bool(m.parts) and len(m.parts) > 1 and article.text[m.start:m.end] not in lex.places and all(
            named_unit(s, e, k == len(m.parts) - 1) for k, (s, e) in enumerate(m.parts)) \
            and not bare_county_opens_a_name(m.parts)

    def units(parts: list[list[int]]) -> list[list[int]]:
        """The parts, the last split again where it opens with a gazetteer place before a town
        or village (湖北省|南漳县长坪镇 → 南漳县|长坪镇; not 金川|开发区, a zone of the place)."""
        s, e = parts[-1]
        form = article.text[s:e]
        cut = next((n for n in range(min(lex.longest_place, len(form) - 3), 1, -1)
                    if gazetteer_form(form[:n], lex) and not gazetteer_form(form, lex)
                    and _TOWN.fullmatch(form, n)), None)
        if cut and form[cut] in "市县区" and _TOWN.fullmatch(form, cut + 1):
            cut += 1  # 离石市|前瓦村: the level after the gazetteer's short form is the place's own
        if cut:
            return [*parts[:-1], [s, s + cut], [s + cut, e]]
        # 泽州县|巴公镇凤鸣广场: the last part a town and a venue of its own, two places as when
        # written without the county (_venue_after_its_town)
        cut = _venue_after_its_town(form, lex, region)
        return [*parts[:-1], [s, s + cut[0]], [s + cut[1], e]] if cut is not None else parts

    for m in article.mentions:
        if m.type == "Place" and not m.parts and (cut := _venue_after_its_town(m.text, lex, region)) is not None:
            m.parts = [[m.start, m.start + cut[0]], [m.start + cut[1], m.end]]
    joined = [m for m in article.mentions if compound(m)]
    if not joined:
        return
    nearest: dict[str, str] = {}
    last_part: dict[tuple[int, int], tuple[int, int]] = {}  # a joined span -> its nearest unit's
    parts: list[Mention] = []
    towns: dict[str, Mention] = {}  # a joined town-and-venue -> its town (某城镇|县职工服务中心)
    for m in joined:
        pieces = []
        for s, e in units(m.parts):
            form = article.text[s:e]
            pieces.append(Mention(s, e, form, "Place", form, m.source, priority=m.priority,
                                  place=gazetteer_form(form, lex), modifier=m.modifier))
        nearest[m.key] = pieces[-1].key
        last_part[(m.start, m.end)] = (pieces[-1].start, pieces[-1].end)
        if len(pieces) > 1 and _TOWN.fullmatch(pieces[-2].name) and not _TOWN.fullmatch(pieces[-1].name):
            towns[m.key] = pieces[-2]
        parts += pieces
    article.relations += _located_in_the_town_too(article, towns)
    for r in article.relations:
        if r.tail_type == "Place" and r.tail in nearest:
            r.tail = nearest[r.tail]
            for ev in r.evidence:  # the evidence points at the unit the fact is now about
                ev.tail_start, ev.tail_end = last_part.get((ev.tail_start, ev.tail_end), (ev.tail_start, ev.tail_end))
        if r.head_type == "Place" and r.head in nearest:
            r.head = nearest[r.head]
            for ev in r.evidence:
                ev.head_start, ev.head_end = last_part.get((ev.head_start, ev.head_end), (ev.head_start, ev.head_end))
    for m in article.mentions:  # 宜兴市 … 江苏省宜兴市: a short form resolved to the whole is the unit
        if m.type == "Place" and m.key in nearest and not compound(m):
            m.canonical = nearest[m.key]
    _resolve_short_units(parts, [m for m in article.mentions if not compound(m)])
    have = {(m.start, m.end) for m in article.mentions}
    kept = [m for m in article.mentions if not compound(m)]
    kept += [p for p in parts if (p.start, p.end) not in have]
    article.mentions = sorted(kept, key=lambda m: (m.start, m.end))


def _located_in_the_town_too(article: Article, towns: dict[str, Mention]) -> list[Relation]:
    """位于某城镇|县职工服务中心: a body placed at a venue written after its town is in the town too (the
    union golds annotate both, as an event held at such a venue is held in the area before it:
    relations.venues.areas_of_venue_chains); the venue is the nearest unit the fact itself goes to."""
    out = []
    for r in article.relations:
        town = towns.get(r.tail) if r.relation == "locatedIn" and r.tail_type == "Place" and not r.inferred else None
        if town is not None:
            out.append(replace(r, tail=town.key, evidence=[replace(ev, tail_start=town.start, tail_end=town.end)
                                                           for ev in r.evidence]))
    return out


def _resolve_short_units(units: list[Mention], others: list[Mention]) -> None:
    """A unit split off a compound place in a short form (上海 of 上海浦东新区, 天津 of 天津塘沽区) is
    the fullest form of that place the article writes (上海市 … 上海浦东新区 → 上海市), as
    ``aliases._place_short_forms`` resolves the places written alone: one place, one entity."""
    written: dict[str, set[str]] = {}  # gazetteer place -> the forms of it the article writes
    for m in [*others, *units]:
        if m.type == "Place" and m.place and not m.parts:
            written.setdefault(m.place, set()).add(m.name)
    for u in units:
        forms = written.get(u.place or "", set())
        if u.canonical is None and forms:
            fullest = u.place if u.place in forms else max(forms, key=lambda f: (len(f), f))
            if len(fullest) > len(u.name):
                u.canonical, u.resolution = fullest, "place-short-form"


def extract_article(article: Article, *, region: str | None = None, lex: Lexicons | None = None) -> Article:
    """Run the whole pipeline on one article (in place) and return it."""
    recognise(article, lex)
    link(article, region=region or detect_region([article], lex), lex=lex)
    unify_place_forms([article], lex or load_lexicons())
    return article


def extract_document(doc: Document, *, region: str | None = None, lex: Lexicons | None = None,
                     flat_names: bool = True) -> Document:
    """Run the pipeline on every article of a document; the region is detected once per document.

    Reading is finished before extraction starts: a document read with ``parse=False`` must get
    its bylines and sentences from :func:`uniongraph.reading.parse_articles` first (the batch
    runner and the store do that). ``flat_names``: see :func:`recognise`."""
    if not doc.parsed:
        raise ValueError(f"{doc.path}: read with parse=False; call uniongraph.reading.parse_articles first")
    lex = lex or load_lexicons()
    for art in doc.articles:
        recognise(art, lex, flat_names=flat_names)
    doc.region = region or doc.region or detect_region(doc.articles, lex)
    known = frozenset(m.name for art in doc.articles for m in art.mentions if not m.region_short)
    for art in doc.articles:
        link(art, region=doc.region, lex=lex, known=known)
    unify_place_forms(doc.articles, lex)  # (湛江 in one article, 湛江市 in another: one place)
    return doc


def extract_text(text: str, *, region: str | None = None) -> Article:
    """Extract from a bare text (no headline, no byline): the text is the article text."""
    from ..reading.bylines import add_bylines

    art = add_bylines(Article(id="text", source="<text>", index=0, title="", text=text))
    return extract_article(art, region=region)
