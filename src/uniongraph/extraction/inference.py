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
a unit works for the unit's parent, and for the parent's parent up the unit's own chain
(某医院外科的医生 works for 某医院).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace

from ..model import ORG_TYPES, Article, Entity, Evidence, KnowledgeGraph, Relation
from .lexicon import Lexicons, load_lexicons

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
    for rel in [*kg.relations, *(r for rels in named.values() for r in rels)]:
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
#: the kinds of body whose staff work for its parent: a department, a branch, a project team. Not a
#: federation or union (a district federation's staff do not work for the city's), nor a service
#: team or delegation (one is a member of those, not staff)
_UNIT_TYPES = ("Company", "Organization")
#: the kinds of parent one works for through its unit (a 服务总队 has members, not staff)
_EMPLOYER_TYPES = ("Company", "Organization", "Federation", "TradeUnion")


def employers_through_parents(person: str, works: list[Relation],
                              parents_of: Callable[[str], list[Relation]], lex: Lexicons) -> list[Relation]:
    """The worksFor facts of ``person`` inferred from the stated ones (``works``) through each unit's
    parent chain (``parents_of(unit)``: the unit's subOrganizationOf facts, stated or inferred).

    张医生 worksFor 某医院外科 and 某医院外科 subOrganizationOf 某医院 give 张医生 worksFor 某医院,
    with both facts' first evidence under :data:`UNIT_PARENT_RULE`; then up 某医院's own parents.
    A body ``person`` is stated to work for is never inferred again. Only the evidence of a stated
    fact whose unit has parents (:func:`staffs_parent`) is read. The walk depends only on the
    facts given, not on their order (the store infers from its rows, the build from its lists).
    """
    stated = {w.tail for w in works}
    generic = lex.words.get("generic_org_words", frozenset())
    out: list[Relation] = []
    found: set[str] = set()
    walked: set[str] = set()
    for work in sorted(works, key=lambda w: w.tail):
        # (unit, its type, the evidence of the path to it), breadth first up the unit's chain
        queue = [(work.tail, work.tail_type, work.evidence[:1])]
        while queue:
            unit, unit_type, path = queue.pop(0)
            if unit in walked or not staffs_parent(unit, unit_type):
                continue
            walked.add(unit)
            for sub in _ordered_parents(parents_of(unit)):
                parent = sub.tail
                if sub.tail_type not in _EMPLOYER_TYPES or parent in generic or parent == person:
                    continue
                steps = [*path, *sub.evidence[:1]]
                if parent not in stated and parent not in found:
                    found.add(parent)
                    out.append(Relation(person, work.head_type, "worksFor", parent, sub.tail_type,
                                        [replace(e, rule=UNIT_PARENT_RULE) for e in steps], inferred=True))
                queue.append((parent, sub.tail_type, steps))
    return out


def staffs_parent(unit: str, type_: str) -> bool:
    """Whether whoever works for ``unit`` works for its parent: a department, a branch, a project
    team (某医院外科, 某公司北京分公司), not a federation, union, service team or delegation."""
    return type_ in _UNIT_TYPES and not unit.endswith(DELEGATION_NAME_HEADS)


def _ordered_parents(subs: list[Relation]) -> list[Relation]:
    """A unit's parent facts, each parent once: the stated fact before an inferred one, by name."""
    first: dict[str, Relation] = {}
    for sub in sorted(subs, key=lambda r: (r.inferred, r.tail)):
        first.setdefault(sub.tail, sub)
    return list(first.values())


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
