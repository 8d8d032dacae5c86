"""Relations from sentence patterns over the recognised mentions.

Each pattern family is a module of small functions over one sentence (:class:`Context`); each
function yields ``(head, relation, tail, rule)`` and the evidence (article, sentence, offsets,
rule) is attached here. Trigger words are data (``lexicons/relation_triggers.tsv``).

========================  ======================================================================
module                    relations
========================  ======================================================================
``organisers``            organizes: ORG 举办 EVENT, 由 ORG 主办的 EVENT, ORG 为承办单位
``venues``                heldAt: 在 PLACE 举行 EVENT, 在此间召开; the visits of an activity (疗休养期间，…来到)
``attendance``            participatesIn: who attends an event, speaks or wins at it, declares it
                          open; a contest's entrants; a class's trainees and teachers; those it
                          invites; delegates; who leads its party (带队); the subject of a clause placed
                          in it (A在…EVENT上…)
``party_members``         participatesIn of those who join the reported activity's party: leaders of a
                          group (率N名职工参加), joiners of its visits (陪同督导, 参加慰问), bodies doing
                          a part of it (作为…的一部分)
``aid_recipients``        participatesIn of those who receive what an activity of giving hands out (领到了救助金)
``bodies_taking_part``    participatesIn of bodies whose people compete or speak, that sign at a
                          signing or act at the event, or whose heads sign for them (代表两地工会签订)
``meetings``              participatesIn of a meeting's chair, speakers, those elected or honoured
``people``                worksFor, memberOf of people
``referred_bodies``       organizes, subOrganizationOf of a body referred back to by its kind (该矿, 总厂所属的);
                          founded, organizes of the two sides of an agreement (双方将共建…); locatedIn
                          of a body so referred to (工作室设在…)
``topic_staff``           worksFor of a person introduced by a bare post after a sentence about a body
``appointees``            worksFor of people a body engages for a post of its own (聘请…担任调解员)
``leaders``               worksFor of a studio's and participatesIn of a project's leader (由…领衔)
``organisations``         manages, founded, subOrganizationOf, memberOf of organisations, locatedIn
``notices``               heldAt, organizes, worksFor from a notice's field lines (培训地点：, 联系人：);
                          participatesIn, worksFor from results lines and an elected list's post
                          lines (主席：某某)
``tables``                locatedIn from a table's columns (单位名称 | 所属县区); participatesIn and worksFor, memberOf for a team (作者 | 工作单位)
``learned``               participatesIn the patterns left: a classifier trained on annotated news,
                          run last, over pairs the patterns did not relate (rule ``learned-…``)
``not_attending``         withdraws participatesIn where the sentence says its head wrote to the
                          event or received its delegates (致信, 接见…代表), run after all
``bare_events``           withdraws the event facts of a bare generic name (记者招待会), run after all
========================  ======================================================================

A pattern declares what it needs of a sentence next to its code (``@needs("Person",
words=_ELECTS_BEFORE)``, ``@needs(event=True)``: :mod:`.prerequisites`), and runs only on the
sentences that have it; the check is made here, once per sentence.

The event modules share ``event_references`` (which event a sentence means when it does not
name one: a word referring back, the topic of a clause) and ``person_lists`` (the people named
in one list); every pattern reads one sentence as a :class:`Context` (``context``).

Some patterns refer to the article's *main event*, the activity the report is about (the first
named event of the body, else of the headline): ``青岛市职工服务运行中心与崂山区总工会共赴
沙子口街道党群服务中心`` says who organised it and where it was held without naming it again.

>>> from uniongraph.model import Article
>>> art = Article(id="a", source="s", index=0, title="", text="\\n来自钱江电气有限公司的赵建国说。")
>>> from uniongraph.extraction.pipeline import extract_article
>>> [(r.head, r.relation, r.tail) for r in extract_article(art).relations]
[('赵建国', 'worksFor', '钱江电气有限公司')]
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable

from ...model import Article, Evidence, Mention, Relation, Sentence
from ..merge import NAME_ONLY_RULES, read_from_names_only
from ..item_tags import ITEM_TAG, tags_a_place
from ..lexicon import load_lexicons
from . import bare_events, learned, not_attending
from .aid_recipients import recipients_of_the_aid
from .attendance import (
    addressed_events, at_named_event, attendees, class_members, contest_entrants, declares_open, delegates, invited_to_the_event,
    bodies_gathered_with, honoured_in_the_list, speaks_after_the_event_clause, leads_the_party, listed_attendees, participates, persons_hold_events, receptions,
)
from .bodies_taking_part import bodies_at_the_event, bodies_whose_people_take_part, signatories
from .context import Context, triggers
from .meetings import meeting_roles, speakers_of_the_talk
from .notices import elected_list_lines, notice_fields, results_lines
from .tables import person_column, place_column, unit_column
from .prerequisites import needs, needs_of
from .organisations import between_organisations, bodies_enter_as_members, bodies_listed_in_a_place, counted_bodies_built, facilities_founded, bodies_set_up_at_a_place, founded_by, located_in, units_written_under_their_body, units_written_under_their_federation, delegations_of_their_senders, the_topic_built_or_run, run_by_in_a_relative_clause, unions_of_enterprises, branches_of_named_banks
from .own_units import members_by_their_team_post, members_who_join_or_lead, units_of_the_enterprise_by_kind
from .organisers import bodies_deliver_in_the_activity, body_opening_event_name, organiser_roles, organized_by, organizes, own_meeting_convened
from .people import UNIT_KINDS, bare_committee_in_a_list, career_posts, elected_deputies, elected_to_a_body, elected_to_body_named_before, listed_staff_of_org, staff_of_nested_unit, speaks_for_body, studio_members, new_members_speak_the_oath, union_post_by_kind, worker_visited_at_company, worked_at_the_kind, union_post_in_a_chain, head_post_after_own_committee, unit_post_in_a_chain, member_of_body_named_by_kind, profile_paragraph_posts, profile_work_unit, moved_to_work_unit, relative_in_a_note, unit_kind_opens_a_chain, staff_named_by_kind, staff_of_the_unit, works_for
from .referred_bodies import bodies_after_a_pointer, both_sides, placed_referred_body, founded_by_referring_subject, organizes_by_referring_subject, units_of_referred_parent
from .topic_staff import staff_of_the_topic
from .appointees import engaged_by_the_topic
from .trade_staff import staff_of_the_trade
from .leaders import leaders_of_named_kind
from .listed_lines import listed_under_an_intro
from .participants_by_kind import (bargaining_sides, member_of_the_party, participants_by_kind, party_named_by_the_activity,
                                   team_entrants)
from .party_members import joins_the_visit, leader_of_a_group_attends, members_of_the_team, part_of_the_activity
from .venues import held_at, main_event_patterns, visits_during_the_activity

__all__ = ["RULES", "Rule", "extract_relations", "main_event", "needs", "register_rule", "triggers"]

#: a pattern over one sentence: yields ``(head, relation, tail, rule name)``
Rule = Callable[[Context], Iterable[tuple[Mention, str, Mention, str]]]

#: every pattern, in the order they run (a fact found twice keeps all its evidence); a plug-in
#: adds its own with :func:`register_rule`. Each runs only on the sentences that have what it
#: declared it needs (:func:`~.prerequisites.needs`: kinds of mention, words, an event in the article)
RULES: list[Rule] = [
    organizes,
    body_opening_event_name,
    organized_by,
    organiser_roles,
    organizes_by_referring_subject,
    both_sides,
    placed_referred_body,
    own_meeting_convened,
    held_at,
    main_event_patterns,
    visits_during_the_activity,
    bodies_deliver_in_the_activity,
    works_for,
    career_posts,
    profile_paragraph_posts,
    elected_to_a_body,
    elected_deputies,
    elected_to_body_named_before,
    staff_of_nested_unit,
    union_post_in_a_chain,
    head_post_after_own_committee,
    union_post_by_kind,
    worker_visited_at_company,
    worked_at_the_kind,
    unit_post_in_a_chain,
    bare_committee_in_a_list,
    speaks_for_body,
    profile_work_unit,
    moved_to_work_unit,
    relative_in_a_note,
    unit_kind_opens_a_chain,
    listed_staff_of_org,
    member_of_body_named_by_kind,
    studio_members,
    new_members_speak_the_oath,
    leaders_of_named_kind,
    participates,
    speaks_after_the_event_clause,
    attendees,
    listed_attendees,
    bodies_gathered_with,
    receptions,
    addressed_events,
    declares_open,
    delegates,
    contest_entrants,
    honoured_in_the_list,
    recipients_of_the_aid,
    class_members,
    invited_to_the_event,
    leads_the_party,
    leader_of_a_group_attends,
    joins_the_visit,
    members_of_the_team,
    part_of_the_activity,
    bodies_whose_people_take_part,
    signatories,
    bodies_at_the_event,
    meeting_roles,
    speakers_of_the_talk,
    between_organisations,
    bodies_enter_as_members,
    units_of_referred_parent,
    bodies_after_a_pointer,
    founded_by,
    founded_by_referring_subject,
    facilities_founded,
    bodies_set_up_at_a_place,
    the_topic_built_or_run,
    run_by_in_a_relative_clause,
    engaged_by_the_topic,
    counted_bodies_built,
    located_in,
    bodies_listed_in_a_place,
    units_written_under_their_body,
    units_written_under_their_federation,
    delegations_of_their_senders,
    units_of_the_enterprise_by_kind,
    members_who_join_or_lead,
    members_by_their_team_post,
    notice_fields,
    place_column,
    person_column,
    unit_column,
    results_lines,
    elected_list_lines,
    listed_under_an_intro,
    participants_by_kind,
    bargaining_sides,
    party_named_by_the_activity,
    member_of_the_party,
    team_entrants,
    # last: a sentence another pattern reads keeps that pattern's name on its evidence
    persons_hold_events,
    at_named_event,
]


def register_rule(rule: Rule) -> Rule:
    """Run ``rule`` after the built-in patterns on every sentence (usable as a decorator).

    >>> @register_rule
    ... def chairs(ctx): return []
    >>> RULES[-1] is chairs
    True
    >>> RULES.remove(chairs)
    """
    if rule not in RULES:
        RULES.append(rule)
    return rule


def main_event(article: Article, start: int | None = None, end: int | None = None) -> Mention | None:
    """The activity an article reports on: its first named event (body first, then headline).

    ``start``/``end`` bound the body to one datelined section or bulleted item of a digest article
    (本报合肥电… 本报青岛电…; ■ 近日，…): each reports on its own activity, so a section's main event
    is its own."""
    events = [m for m in article.mentions if m.type == "Event" and not m.congress]
    lo = article.body_start if start is None else start
    hi = len(article.text) if end is None else end
    body = [m for m in events if lo <= m.start < hi]
    if body and bare_events.is_bare(body[0].key):
        # the report's event said by its kind alone (纪念大会): no event of its own; the headline's,
        # when it names one of that kind (纪念某某诞辰９０周年大会), else none
        return _headline_event_of_kind(article, body[0]) if lo <= article.body_start else None
    if body or start is not None and start > article.body_start:
        return (body or [None])[0]
    return (events or [None])[0]


#: bullets that open the items of a digest (工会简讯: ■ 近日，某区总工会…), or a tag in black brackets,
#: which opens an item only when it is a place (【武安】11月30日，…: each item from one county; not a
#: sub-heading of one report: 【赛场直击】, 【编者按】)
_ITEM_BULLET = re.compile(r"[■●▲◆★☆□○◇△•]|" + ITEM_TAG.pattern)


def _sections(article: Article) -> list[int]:
    """Offsets where a datelined section or a bulleted item of a digest opens (the body's start
    first): each reports on its own activity."""
    text, body_start, starts = _LAST_SECTIONS[0]
    if text is article.text and body_start == article.body_start:
        return list(starts)  # (asked again by the classifier's rules of the same article)
    starts = _find_sections(article)
    _LAST_SECTIONS[0] = (article.text, article.body_start, tuple(starts))
    return starts


#: the text, body start and sections of the article :func:`_sections` read last
_LAST_SECTIONS: list[tuple[str | None, int, tuple[int, ...]]] = [(None, -1, ())]


def _find_sections(article: Article) -> list[int]:
    from ...reading.patterns import DATELINE

    starts = [article.body_start]
    for para in re.finditer(r"[^\n]+", article.text[article.body_start :]):
        at = article.body_start + para.start()
        line = para.group().lstrip()
        bullet = _ITEM_BULLET.match(line) if at > article.body_start else None
        if bullet and bullet.group(1) is not None and not tags_a_place(bullet.group(1), load_lexicons()):
            bullet = None
        if bullet and bullet.group(1) is None and not _opens_an_item(article, at, at + len(para.group())):
            bullet = None  # (● 深化…改革；■ 部署明年重点工作: a point or a sub-heading of one report)
        if at > article.body_start and (DATELINE.match(line) or bullet):
            starts.append(at)
    return starts


#: in a bulleted line, a time it tells (■ 11月28日，; ● 近日，): a digest's item of its own
_ITEM_TIME = re.compile(r"[0-9０-９一二三四五六七八九十]{1,3}月(?:[0-9０-９一二三四五六七八九十]{1,3}日)?|近日|日前|近期|昨天|昨日|今天|今日|前不久|不久前")


def _opens_an_item(article: Article, start: int, end: int) -> bool:
    """Whether the bulleted line from ``start`` to ``end`` opens a digest's item: it tells a time or
    names an event (■ 近日，某县总工会“送学上门”培训行动启动), not a point or a sub-heading of the
    report around it (● 推进职工之家建设；)."""
    return _ITEM_TIME.search(article.text, start, end) is not None or any(
        m.type == "Event" and start <= m.start < end for m in article.mentions)


_MAX_SENTENCE = 400
_CLAUSE = re.compile(r"[，,；;、 ]")


def _windows(article: Article) -> list[Sentence]:
    """The sentences, with any run-on stretch longer than a real sentence (a page without
    punctuation) cut at clause marks or every few hundred characters: patterns compare
    mentions pairwise, and a sentence of thousands of names makes no sense to them anyway."""
    out: list[Sentence] = []
    for sent in article.sentences:
        if sent.end - sent.start <= _MAX_SENTENCE:
            out.append(sent)
            continue
        start = sent.start
        while start < sent.end:
            end = min(sent.end, start + _MAX_SENTENCE)
            if end < sent.end:
                cut = max((m.end() for m in _CLAUSE.finditer(article.text, start + _MAX_SENTENCE // 2, end)), default=end)
                end = cut
            out.append(Sentence(start, end, article.text[start:end]))
            start = end
    return out


def _sentence_mentions(article: Article) -> list[tuple]:
    """Each sentence with the mentions inside it, names nested in an event name left out
    (朝阳支队 in a campaign title takes no part in its sentence)."""
    out = []
    mentions = article.mentions
    k = 0
    for sent in _windows(article):
        while k < len(mentions) and mentions[k].start < sent.start:
            k += 1
        inside = []
        j = k
        while j < len(mentions) and mentions[j].start < sent.end:
            if mentions[j].end <= sent.end:
                inside.append(mentions[j])
            j += 1
        events = [m for m in inside if m.type == "Event"]
        if events:
            inside = [m for m in inside if not any(o is not m and o.start <= m.start and m.end <= o.end for o in events)]
        if inside:
            out.append((sent, inside))
    return out


def extract_relations(article: Article) -> list[Relation]:
    """All stated relations of one article, each with its evidence: the patterns' first, then
    the learned classifier's for pairs the patterns left unrelated (:mod:`.learned`)."""
    contexts, found = pattern_relations(article)
    for ctx, head, rel, tail, name in learned.propose(contexts, found):
        sent = ctx.sentence
        ev = Evidence(article.id, sent.text, sent.start, sent.end, name, head.start, head.end, tail.start, tail.end)
        found[(head.key, rel, tail.key)] = Relation(head.key, head.type, rel, tail.key, tail.type, [ev])
    not_attending.withdraw(article.text, found)  # (a letter to a meeting, a reception of its delegates)
    bare_events.withdraw(found)  # (记者招待会, 颁奖仪式: a kind of event, no named one)
    for rel in found.values():  # (a fact only an event's name gave is inferred, as the merge keeps it)
        rel.inferred = read_from_names_only(rel.evidence)
    return list(found.values())


def pattern_relations(article: Article) -> tuple[list[Context], dict[tuple, Relation]]:
    """The sentences read (as contexts) and the relations the patterns state, by
    ``(head, relation, tail)``."""
    contexts: list[Context] = []
    found: dict[tuple, Relation] = {}
    # (relation key, sentence start) already evidenced: a fact a page repeats in n sentences
    # looked through its evidence list each time, n² in all
    evidenced: set[tuple[tuple, int]] = set()
    sections = _sections(article)
    bounds = list(zip(sections, [*sections[1:], len(article.text)]))
    mains = _section_main_events(article, sections) if len(bounds) > 1 else [main_event(article)]
    # the patterns this article may need (all, or those that need no event), each with what it
    # needs of a sentence, listed by the kinds a sentence holds (.prerequisites): see _rule_tables
    runs, by_kinds = _rule_tables(any(m.type == "Event" for m in article.mentions))
    text = article.text
    held = _words_held(text)
    event_names = [m.name for m in article.mentions if m.type == "Event"]
    # (patterns that read only an event of some kinds: those whose kinds the article names no event of)
    unfit = {rule for rule, kinds in _article_needs()[1].items() if not any(name.endswith(kinds) for name in event_names)}
    article_fitting: dict[frozenset[str], list[tuple[Callable, Words]]] = {}
    once: dict = {}  # (what the patterns read of the whole article, worked out once: Context.once)
    for sent, inside in _sentence_mentions(article):
        k = max(bisect.bisect_right(sections, sent.start) - 1, 0)  # the section holding the sentence
        ctx = Context(article, sent, inside, mains[k], (bounds[k][0] if k else 0, bounds[k][1]), once)
        contexts.append(ctx)
        kinds = ctx.kinds
        fitting = article_fitting.get(kinds)
        if fitting is None:
            shared = by_kinds.get(kinds)
            if shared is None:
                shared = by_kinds[kinds] = [(rule, words) for rule, needs_kinds, words in runs if needs_kinds <= kinds]
            # (of the words a pattern needs, only those the article holds are looked for in its
            # sentences; a pattern needing none the article holds is not asked of any)
            fitting = article_fitting[kinds] = [(rule, held[words] if type(words) is tuple else words)
                                                for rule, words in shared if (type(words) is not tuple or held[words])
                                                and rule not in unfit]
        for rule, needs_words in fitting:
            if needs_words is None:
                pass
            elif type(needs_words) is tuple:  # (words: the sentence must hold one of them)
                for word in needs_words:
                    if word in sent.text:
                        break
                else:
                    continue
            elif not needs_words.search(text, sent.start, sent.end):
                continue  # (the sentence lacks the words the pattern declared it needs)
            for head, rel, tail, name in rule(ctx):
                if head.key == tail.key:
                    continue
                key = (head.key, rel, tail.key)
                ev = Evidence(article.id, sent.text, sent.start, sent.end, name, head.start, head.end, tail.start, tail.end)
                if key not in found:
                    found[key] = Relation(head.key, head.type, rel, tail.key, tail.type, [ev])
                elif (key, sent.start) not in evidenced:
                    found[key].evidence.append(ev)
                elif found[key].evidence[-1].rule in NAME_ONLY_RULES and name not in NAME_ONLY_RULES \
                        and found[key].evidence[-1].sentence_start == sent.start:
                    # (…启动仪式在某地举行，活动由某总工会主办: the sentence states what the name only
                    # implied; its stating rule's evidence stands, whichever rule ran first)
                    found[key].evidence[-1] = ev
                evidenced.add((key, sent.start))
    # facts the article states by naming both ends, wherever they stand: a union and its enterprise
    for union, ent in unions_of_enterprises(article):
        _add_article_fact(found, article, union, "unionOf", ent, "union-and-enterprise-named")
    # …and a bank's branch and its bank (秦川农商银行雁塔支行, 西安秦川农村商业银行股份有限公司)
    for branch, bank in branches_of_named_banks(article):
        _add_article_fact(found, article, branch, "subOrganizationOf", bank, "branch-and-bank-named")
    # people introduced by a post of the work unit the article reports on (党委书记郭某)
    stated = {head for head, rel, _ in found if rel == "worksFor"}
    for person, unit in staff_of_the_unit(article, stated):
        _add_article_fact(found, article, person, "worksFor", unit, "staff-of-the-unit-reported")
    # people introduced by a bare kind of unit and a post (公司副总经理某): the unit of that kind named last
    # (a worksFor to a bare kind, 车站党委书记某 → 车站, names no body: that kind's unit replaces it)
    stated = {head for head, rel, tail in found if rel == "worksFor" and tail not in UNIT_KINDS}
    for person, unit in staff_named_by_kind(article, stated):
        for kind in UNIT_KINDS:
            found.pop((person.key, "worksFor", kind), None)
        _add_article_fact(found, article, person, "worksFor", unit, "staff-named-by-kind")
    # people introduced by a bare post right after a sentence about a company (…合资。总经理某说)
    stated = {head for head, rel, tail in found if rel == "worksFor"}
    for person, body in staff_of_the_topic(article, stated):
        _add_article_fact(found, article, person, "worksFor", body, "staff-of-the-topic")
    # people introduced by a job alone (养路工某, 看望了生病职工某): the one body of the job's trade named before
    stated = {head for head, rel, tail in found if rel == "worksFor"}
    for person, body in staff_of_the_trade(article, stated):
        _add_article_fact(found, article, person, "worksFor", body, "staff-of-the-trade")
    return contexts, found


#: :func:`_rule_tables` by the rules registered and whether the article names an event
_RULE_TABLES: dict[tuple, tuple[list, dict]] = {}
#: what a pattern needs a sentence to hold: nothing, one of some words, or a match of a pattern
Words = tuple[str, ...] | re.Pattern[str] | None


def _rule_tables(named_event: bool) -> tuple[list[tuple[Callable, frozenset[str], Words]],
                                             dict[frozenset[str], list[tuple[Callable, Words]]]]:
    """The patterns an article runs (those that need an event in the article only where it names
    one), each with the kinds and the words it needs; and a table, filled as sentences ask, of the
    patterns whose kinds a set of kinds holds, in RULES's order (sentences hold few different
    sets: a pattern that needs a kind the sentence lacks is not looked at). Made once per process
    for the registered rules, not again for every article."""
    key = (tuple(RULES), named_event)
    tables = _RULE_TABLES.get(key)
    if tables is None:
        if len(_RULE_TABLES) >= 8:  # (rules registered and removed again: tests, plug-ins)
            _RULE_TABLES.clear()
        runs = [(rule, need.kinds, need.literals or need.words)
                for rule, need in ((rule, needs_of(rule)) for rule in RULES) if named_event or not need.event]
        tables = _RULE_TABLES[key] = (runs, {})
    return tables


def _words_held(text: str) -> dict[tuple[str, ...], tuple[str, ...]]:
    """For each tuple of words a registered pattern needs (``@needs(words=(…))``), those of them
    ``text`` holds, in their order: looked for once in the article, not in every sentence, for
    every pattern (a sentence of the article can hold only words the article holds)."""
    held: dict[str, bool] = {}
    out: dict[tuple[str, ...], tuple[str, ...]] = {}
    for words in _needed_word_tuples():
        for w in words:
            if w not in held:
                held[w] = w in text
        out[words] = tuple(w for w in words if held[w])
    return out


def _needed_word_tuples() -> list[tuple[str, ...]]:
    """The distinct tuples of words the registered patterns need (:func:`~.prerequisites.needs`)."""
    return _article_needs()[0]


def _article_needs() -> tuple[list[tuple[str, ...]], dict[Callable, tuple[str, ...]]]:
    """What the registered patterns need of a whole article: the distinct tuples of words they
    need, and the patterns that need an event of some kinds with those kinds' name endings
    (``@needs(event=(…))``). Made again only when the rules registered change."""
    key = tuple(RULES)
    if _ARTICLE_NEEDS[0] != key:
        declared = [(rule, needs_of(rule)) for rule in RULES]
        _ARTICLE_NEEDS[:] = [key, (list(dict.fromkeys(need.literals for _, need in declared if need.literals)),
                                   {rule: need.event_kinds for rule, need in declared if need.event_kinds})]
    return _ARTICLE_NEEDS[1]


#: the rules :func:`_article_needs` last read, and what they need of an article
_ARTICLE_NEEDS: list = [(), ([], {})]


def _add_article_fact(found: dict[tuple, Relation], article: Article, head: Mention, rel: str, tail: Mention,
                      rule: str) -> None:
    """Add a fact read over the whole article (not one sentence's pattern), unless it is known
    already or ties a name to itself; its evidence is the sentence of ``head``."""
    key = (head.key, rel, tail.key)
    if key in found or head.key == tail.key:
        return
    start, end, text = _sentence_of(article, head)
    ev = Evidence(article.id, text, start, end, rule, head.start, head.end, tail.start, tail.end)
    found[key] = Relation(head.key, head.type, rel, tail.key, tail.type, [ev])


def _sentence_of(article: Article, m: Mention) -> tuple[int, int, str]:
    """The sentence holding mention ``m`` (the mention itself if none does)."""
    sents = article.sentences
    k = bisect.bisect_right([sent.start for sent in sents], m.start) - 1
    if k >= 0 and sents[k].start <= m.start and m.end <= sents[k].end:
        return sents[k].start, sents[k].end, article.text[sents[k].start : sents[k].end]
    return m.start, m.end, article.text[m.start : m.end]


def _section_main_events(article: Article, sections: list[int]) -> list[Mention | None]:
    """:func:`main_event` of each datelined section or bulleted item, in one pass over the events."""
    mains: list[Mention | None] = [None] * len(sections)
    for m in article.mentions:
        if m.type == "Event" and not m.congress and m.start >= article.body_start:
            k = bisect.bisect_right(sections, m.start) - 1
            if mains[k] is None or m.start < mains[k].start:  # type: ignore[union-attr]
                mains[k] = m
    if mains[0] is None:  # the first section falls back to the headline's event (not a later
        # section's: a digest's first item reports its own activity)
        mains[0] = next((m for m in article.mentions if m.type == "Event" and not m.congress
                         and m.start < article.body_start), None)
    for k, m in enumerate(mains):
        if m is not None and m.start >= article.body_start and bare_events.is_bare(m.key):
            mains[k] = _headline_event_of_kind(article, m) if k == 0 else None
    return mains


def _headline_event_of_kind(article: Article, bare: Mention) -> Mention | None:
    """The one event the headline names whose name ends with the same kind as ``bare`` (a 大会, a
    招待会), for a report whose lead says its event by the kind alone (纪念大会 under the headline
    纪念某某诞辰９０周年大会): a bare kind is no event (:mod:`.bare_events`), the named one is."""
    kind = bare.key[-2:]
    named = [m for m in article.mentions if m.type == "Event" and not m.congress and m.start < article.body_start
             and m.key.endswith(kind) and not bare_events.is_bare(m.key)]
    return named[0] if named and len({m.key for m in named}) == 1 else None
