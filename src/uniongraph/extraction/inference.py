"""Facts implied by names and the administrative hierarchy, not stated in a sentence.

Each :class:`Rule` says which name forms it looks up for an organisation and which type the
entity found must have. :func:`infer_relations` applies the rules to a graph; the store asks
the same rules which forms a name looks up (:func:`looked_up_forms`), so that it re-infers the
facts a changed name can affect.

- ``unionOf`` from the name: 钱塘集团工会 is the union of the entity called (or aliased) 钱塘集团;
- ``subOrganizationOf`` between federations of nested divisions: 崂山区总工会 → 青岛市总工会;
- ``locatedIn`` from a place name that opens an organisation name: 崂山区总工会 → 崂山区;
- ``subOrganizationOf`` of a team or delegation named after its sender: 崂山区总工会代表队 → 崂山区总工会.

Those rules read names. One rule reads facts (:func:`employers_through_parents`): whoever works for
a unit works for the parent its written name gives (某医院外科主任张某 works for 某医院).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from ..model import ORG_TYPES, Article, Entity, Evidence, KnowledgeGraph, Relation
from .lexicon import Lexicons, load_lexicons, words_by_kind, words_tuple
from .tokens import is_word

#: the forms a rule looks up for a name, given the places that open it (outermost first)
Forms = Callable[[str, list[str], Lexicons], list[str]]
#: the evidence of an inferred fact: the head's first mention, with the rule's name
EvidenceOf = Callable[[Entity, str], Evidence]


@dataclass(frozen=True)
class Rule:
    """``head relation tail`` for a head of a type ``heads`` accepts, where ``tail`` is the first
    entity found under one of the ``forms`` of the head's name whose type ``tails`` accepts."""

    relation: str
    evidence_rule: str
    heads: Callable[[str], bool]
    tails: Callable[[str], bool]
    forms: Forms


def _owner(name: str, chain: list[str], lex: Lexicons) -> list[str]:
    """钱塘集团工会 -> 钱塘集团."""
    return [name[: -len("工会")]] if name.endswith("工会") else []


def _parent_federation(name: str, chain: list[str], lex: Lexicons) -> list[str]:
    """崂山区总工会 -> the federation of the parent division under each of its names."""
    if not chain or name != "".join(chain) + "总工会":
        return []
    place = chain[-1]
    full = place if place in lex.places else lex.place_aliases[place][0]
    forms: list[str] = []
    for parent in lex.ancestors(full)[:1]:
        names = (parent, *lex.places[parent].aliases) if parent in lex.places else (parent,)
        forms.extend(form + "总工会" for form in names)
    return forms


#: the heads of a delegation or a contest team a body sends (also read by relations.context's is_team;
#: kept here, outside the relations package, so that the merge imports none of the rule modules)
DELEGATION_HEADS = ("代表队", "代表团")
#: the heads of any delegation's name (a visiting party's too): it is sent by the body its name opens
#: with, and is not that body (read by aliases' abbreviates and by relations.people's delegation sender)
DELEGATION_NAME_HEADS = (*DELEGATION_HEADS, "访华团", "考察团", "访问团", "慰问团")


def _sender(name: str, chain: list[str], lex: Lexicons) -> list[str]:
    """公安县总工会代表队 -> 公安县总工会 (the union golds infer a team named after its body, as they do a
    union's owner)."""
    head = next((h for h in DELEGATION_HEADS if name.endswith(h)), None)
    return [name[: -len(head)]] if head and len(name) - len(head) >= 3 else []


def _inner_place(name: str, chain: list[str], lex: Lexicons) -> list[str]:
    """广州市天河区总工会 -> 天河区 (the last of the places opening the name)."""
    return chain[-1:]


RULES: tuple[Rule, ...] = (
    Rule("unionOf", "name-composition", lambda t: t == "TradeUnion",
         lambda t: t in ORG_TYPES and t not in ("Federation", "TradeUnion"), _owner),
    Rule("subOrganizationOf", "administrative-hierarchy", lambda t: t == "Federation",
         lambda t: t == "Federation", _parent_federation),
    Rule("locatedIn", "name-place-prefix", lambda t: t in ORG_TYPES, lambda t: t == "Place", _inner_place),
    Rule("subOrganizationOf", "delegation-of-its-sender", lambda t: t in ORG_TYPES, lambda t: t in ORG_TYPES, _sender),
)


def rule_forms(name: str, lex: Lexicons, type_: str | None = None) -> Iterator[tuple[Rule, list[str]]]:
    """Each rule (that applies to ``type_``, or every rule) with the forms it looks up for ``name``."""
    rules = [r for r in RULES if type_ is None or r.heads(type_)]
    if rules:
        chain = place_chain(name, lex)
        for rule in rules:
            yield rule, rule.forms(name, chain, lex)


def looked_up_forms(name: str, lex: Lexicons) -> set[str]:
    """Every form some rule may look up for ``name``, whatever its type.

    >>> sorted(looked_up_forms("广州市天河区总工会", load_lexicons()))
    ['天河区', '广州市天河区总', '广州市总工会', '广州总工会']
    """
    return {form for _, forms in rule_forms(name, lex) for form in forms}


def form_index(entities: Iterable[Entity]) -> dict[str, Entity]:
    """Each name or alias to the first of ``entities`` (in graph order) that answers to it."""
    by_form: dict[str, Entity] = {}
    for ent in entities:
        for form in sorted({ent.name, *ent.aliases}):
            by_form.setdefault(form, ent)
    return by_form


def facts_of(ent: Entity, find: Callable[[str], Entity | None], lex: Lexicons,
             evidence: EvidenceOf) -> list[Relation]:
    """The facts the rules infer with ``ent`` as head, looking forms up with ``find``."""
    out: list[Relation] = []
    for rule, forms in rule_forms(ent.name, lex, ent.type):
        for form in forms:
            tail = find(form)
            if tail is not None and rule.tails(tail.type):
                if tail.id != ent.id:
                    out.append(Relation(ent.name, ent.type, rule.relation, tail.name, tail.type,
                                        [evidence(ent, rule.evidence_rule)], inferred=True))
                break
    return out


def infer_relations(kg: KnowledgeGraph, lex: Lexicons | None = None) -> list[Relation]:
    """The facts the rules infer from the entities of ``kg``, each with its head's first mention
    as evidence."""
    lex = lex or load_lexicons()
    by_id: dict[str, Article] = {}
    for art in kg.articles:
        by_id.setdefault(art.id, art)  # the first article of an id

    place = {art.id: (art.source, art.index) for art in reversed(kg.articles)}

    def evidence(ent: Entity, rule: str) -> Evidence:
        # the mention that stands first by source and article, not by input order: the same
        # facts from any order of the same inputs (the store picks its head the same way)
        m = min(ent.mentions, key=lambda m: (place.get(m.article_id, ("", 0)), m.start))
        start, end, text = mention_sentence(by_id[m.article_id], m.start, m.end)
        return Evidence(m.article_id, text, start, end, rule, m.start, m.end)

    find = form_index(kg.entities.values()).get
    named = {ent.name: facts_of(ent, find, lex, evidence) for ent in kg.entities.values()}
    parents: dict[str, list[Relation]] = {}
    for rel in kg.relations:  # (a parent inferred by name is a federation's or a team's: no unit's staff)
        if rel.relation == "subOrganizationOf":
            parents.setdefault(rel.head, []).append(rel)
    works: dict[str, list[Relation]] = {}
    for rel in kg.relations:
        if rel.relation == "worksFor":
            works.setdefault(rel.head, []).append(rel)
    # each head's facts together, in graph order, as the store keeps them
    return [rel for ent in kg.entities.values()
            for rel in [*named[ent.name],
                        *employers_through_parents(ent.name, works.get(ent.name, []),
                                                   lambda unit: parents.get(unit, []), lex)]]


#: the evidence rule of a worksFor inferred through a unit's parent
UNIT_PARENT_RULE = "employer-is-the-unit's-parent"
#: the rules that read a unit's parent from the unit's written name: 某医院|外科, 某公安局|城关派出所,
#: 某公司|北京分公司 (the parent opens the name), 某大学|船舶学院 (written under an institution named on its
#: own), 某银行|雁塔支行. Not a 隶属/下属/直属 sentence: a school 隶属 an education bureau, a company's
#: subsidiary, a former parent (原隶属) are not where the unit's staff work
UNIT_NAME_RULES = frozenset({"unit-of-org", "unit-written-under-its-body", "branch-and-bank-named"})
#: the kinds of body whose staff work for its parent: a department, a branch, a project team. Not a
#: federation or union (a district federation's staff do not work for the city's), nor a service
#: team or delegation (one is a member of those, not staff)
_UNIT_TYPES = ("Company", "Organization")
#: the kinds of parent one works for through its unit (a 服务总队 has members, not staff)
_EMPLOYER_TYPES = ("Company", "Organization", "Federation", "TradeUnion")
#: the words of ``trade_staff_words.tsv`` (read by relations.trade_staff too) whose kind tells a post
#: held no longer (原, 前, 曾任, 退休)
_FORMER_KIND = "former"


def employers_through_parents(person: str, works: list[Relation],
                              parents_of: Callable[[str], list[Relation]], lex: Lexicons) -> list[Relation]:
    """The worksFor facts of ``person`` inferred from the stated ones (``works``) through each unit's
    parent read from the unit's written name (``parents_of(unit)``: the unit's stated
    subOrganizationOf facts; those of :data:`UNIT_NAME_RULES` are read).

    张医生 worksFor 某医院外科 and 某医院外科 subOrganizationOf 某医院 (read from 某医院外科主任张医生)
    give 张医生 worksFor 某医院, with the facts' evidence under :data:`UNIT_PARENT_RULE`. The parent
    pairs with the post through the unit's written mention (:func:`_parent_on_the_mention`: not
    the 城关派出所 another county's bureau is written before), and the walk goes on up while each
    parent is read from the same written name (某银行某分行某支行行长: the branch, then the bank);
    not from a former post (原所长), not from a company of its own (某焦化有限公司). A body
    ``person`` is stated to work for is never inferred again. The result depends only on the
    facts given, not on their order (the store infers from its rows, the build from its lists).
    """
    stated = {w.tail for w in works}
    generic = lex.words.get("generic_org_words", frozenset())
    found: dict[str, Relation] = {}
    for work in sorted(works, key=lambda w: w.tail):
        if not staffs_parent(work.tail, work.tail_type, lex):
            continue
        for w in work.evidence:
            if w.tail_start is None or w.tail_end is None:
                continue
            written = w.sentence[w.tail_start - w.sentence_start : w.tail_end - w.sentence_start]
            # (unit, its written mention's article and span and text, the evidence so far), one step up at a time
            steps = [(work.tail, w.article_id, w.tail_start, w.tail_end, written, [w])]
            seen = {work.tail}
            while steps:
                unit, article, at, to, written, chain = steps.pop()
                for sub in sorted(parents_of(unit), key=lambda r: r.tail):
                    parent = sub.tail
                    s = _parent_on_the_mention(sub, article, at, to, written)
                    if s is None or parent in seen or (len(chain) == 1 and _former_post(w, s)):
                        continue
                    seen.add(parent)
                    if sub.tail_type not in _EMPLOYER_TYPES or parent in generic or parent == person:
                        continue
                    if parent not in stated and parent not in found:
                        found[parent] = Relation(person, work.head_type, "worksFor", parent, sub.tail_type,
                                                 [replace(e, rule=UNIT_PARENT_RULE) for e in (*chain, s)],
                                                 inferred=True)
                    if staffs_parent(parent, sub.tail_type, lex) and s.tail_start is not None \
                            and s.tail_end is not None:
                        # the parent as written in the unit's name: the next step is read from it alone
                        steps.append((parent, s.article_id, s.tail_start, s.tail_end, "", [*chain, s]))
    return list(found.values())


def staffs_parent(unit: str, type_: str, lex: Lexicons) -> bool:
    """Whether whoever works for ``unit`` works for its parent: a department, a branch, a project
    team (某医院外科, 某公司北京分公司), not a federation, union, service team or delegation, nor a
    company of its own (某焦化有限公司: ``separate_company_ends``)."""
    return type_ in _UNIT_TYPES and not unit.endswith(DELEGATION_NAME_HEADS) \
        and not (type_ == "Company" and unit.endswith(words_tuple(lex, "separate_company_ends")))


def _parent_on_the_mention(sub: Relation, article: str, start: int, end: int, written: str) -> Evidence | None:
    """The first evidence of ``sub`` (a unit's parent read from the unit's name) on the unit's written
    mention ``start``-``end`` of ``article``: read from that mention (its unit's span within it), or
    where the mention's text ``written`` itself carries the parent's name (南江市公安局东关派出所 read
    whole). Not the parent read from another mention: 海河市公安局城关派出所…南岭县公安局城关派出所民警某
    (the bare 城关派出所 of the other bureau), 南岭县城关派出所所长某 (no 海河市公安局 written)."""
    for s in sub.evidence:
        if s.rule not in UNIT_NAME_RULES or s.article_id != article:
            continue
        if s.head_start is not None and s.head_end is not None and start <= s.head_start and s.head_end <= end:
            return s
        said = s.sentence[s.tail_start - s.sentence_start : s.tail_end - s.sentence_start] \
            if s.tail_start is not None and s.tail_end is not None else ""
        if written and any(name and name in written for name in (sub.tail, said)):
            return s
    return None


def _former_post(work: Evidence, sub: Evidence) -> bool:
    """Whether the post of a worksFor fact is a former one: a word of the former kind
    (``trade_staff_words.tsv``: 原, 前, 曾, 退休) opening the words between its two ends (某派出所原所长
    刘某, 刘某曾任某派出所所长, 刘某原是某矿班长), or standing as a whole word right before the unit's
    written name (``sub``'s two ends) when it opens the person's title (原某电力公司某电厂厂长刘某); not
    the end of a longer word there (目前, 日前, 当前: a time; 高原, 平原)."""
    spans = (work.head_start, work.head_end, work.tail_start, work.tail_end)
    if any(x is None for x in spans):
        return False
    text, at = work.sentence, work.sentence_start
    start, end = min(work.head_end, work.tail_end), max(work.head_start, work.tail_start)  # type: ignore[type-var]
    former = _former_words()
    if text[start - at : end - at].startswith(former):
        return True
    opens = [x for x in (work.tail_start, sub.head_start, sub.tail_start)
             if x is not None and sub.sentence_start == at and x < work.head_start]  # type: ignore[operator]
    return bool(opens) and _whole_word_before(text, min(opens) - at, former)


def _whole_word_before(text: str, at: int, words: tuple[str, ...]) -> bool:
    """Whether one of ``words`` ends at ``at`` in ``text`` as a word of its own: no longer word of the
    dictionary ends there with it (原 in ，原某公司; not 前 in 目前某公司)."""
    for word in words:
        n = len(word)
        if text[max(at - n, 0) : at] == word and at >= n \
                and not any(is_word(text[at - k : at]) for k in range(n + 1, min(at, 4) + 1)):
            return True
    return False


@functools.lru_cache(maxsize=1)
def _former_words() -> tuple[str, ...]:
    return tuple(words_by_kind("trade_staff_words.tsv", (_FORMER_KIND,))[_FORMER_KIND])


def mention_sentence(art: Article, start: int, end: int) -> tuple[int, int, str]:
    """The sentence holding a mention, ``(start, end, text)``; the mention itself if none does."""
    for s in art.sentences:
        if s.start <= start < s.end:
            return s.start, s.end, s.text
    return start, end, art.text[start:end]


def place_chain(name: str, lex: Lexicons) -> list[str]:
    """The places that open a name, outermost first: 广州市天河区总工会 -> [广州市, 天河区]."""
    chain: list[str] = []
    rest = name
    while (form := _place_prefix(rest, lex)) is not None:
        chain.append(form)
        rest = rest[len(form) :]
    return chain


def _place_prefix(name: str, lex: Lexicons) -> str | None:
    for n in range(min(8, len(name) - 1), 1, -1):
        form = name[:n]
        if lex.knows_place(form):
            return form
    return None
