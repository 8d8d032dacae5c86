"""Merging articles into one graph: one entity per canonical name, all its mentions, aliases
and recorded resolutions; relations merged with all their evidence; inferred facts apart.

Entities are keyed by canonical name, which alias resolution has already made full
(北京市总工会, not 市总工会), so short forms shared by different regions stay apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from ..ids import entity_id
from ..model import (
    ENTITY_TYPES,
    ORG_TYPES,
    Article,
    Entity,
    EntityMention,
    Evidence,
    KnowledgeGraph,
    Mention,
    Relation,
    Resolution,
)
from .lexicon import Lexicons, load_lexicons

#: when mention types disagree and counts tie, the more specific type wins
_TYPE_ORDER = {t: i for i, t in enumerate(("Federation", "TradeUnion", "ServiceTeam", "Company", "Event", "Person", "Place", "Organization"))}


def _choose_type(mentions: list[Mention]) -> str:
    types = [m.type for m in mentions]
    if "Place" in types and any(m.attributes.get("venue") for m in mentions):
        return "Place"  # a venue used as the place of an event is a place
    direct = [m.type for m in mentions if m.resolution != "anaphora"] or types
    counts = Counter(direct)
    best = max(counts.values())
    return min((t for t, c in counts.items() if c == best), key=lambda t: _TYPE_ORDER.get(t, 99))


def merge_articles(articles: list[Article], lex: Lexicons | None = None) -> KnowledgeGraph:
    """Merge extracted articles into a :class:`KnowledgeGraph` (deterministic order)."""
    lex = lex or load_lexicons()
    groups: dict[str, list[tuple[Article, Mention]]] = defaultdict(list)
    for art in articles:
        for m in art.mentions:
            groups[m.key].append((art, m))
    kg = KnowledgeGraph(articles=list(articles))
    by_name: dict[str, Entity] = {}
    for name in sorted(groups, key=lambda n: (min(_order(a, m) for a, m in groups[n]), n)):
        pairs = groups[name]
        type_ = _choose_type([m for _, m in pairs])
        ent = Entity(entity_id(type_, name), name, type_)
        for art, m in pairs:
            ent.mentions.append(EntityMention(art.id, m.start, m.end, m.text))
            if m.name != name and not m.attributes.get("anaphor"):
                ent.aliases.add(m.name)
            if m.resolution:
                r = Resolution(m.name, m.resolution, art.id)
                if r not in ent.resolutions:
                    ent.resolutions.append(r)
            if "age" in m.attributes:
                ent.attributes.setdefault("age", m.attributes["age"])
            if "role" in m.attributes:
                roles = ent.attributes.setdefault("roles", [])
                if m.attributes["role"] not in roles:
                    roles.append(m.attributes["role"])
        by_name[name] = ent
        kg.entities[ent.id] = ent
    merged: dict[tuple[str, str, str], Relation] = {}
    for art in articles:
        for r in art.relations:
            h, t = by_name.get(r.head), by_name.get(r.tail)
            if h is None or t is None:
                continue
            key = (h.id, r.relation, t.id)
            if key not in merged:
                merged[key] = Relation(h.name, h.type, r.relation, t.name, t.type, [])
            merged[key].evidence.extend(e for e in r.evidence if e not in merged[key].evidence)
    kg.relations = [r for r in merged.values() if fits_signature(r)]
    kg.inferred_relations = infer_relations(kg, lex)
    return kg


_ORG = "org"
#: what each relation joins (``org`` is any organisation type); a fact that breaks it after the
#: types were settled (a venue that turned out to be a Place) is dropped
SIGNATURES: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "worksFor": (frozenset({"Person"}), frozenset({_ORG})),
    "memberOf": (frozenset({"Person", _ORG}), frozenset({_ORG})),
    "unionOf": (frozenset({"TradeUnion", "Federation"}), frozenset({_ORG})),
    "subOrganizationOf": (frozenset({_ORG}), frozenset({_ORG})),
    "organizes": (frozenset({_ORG}), frozenset({"Event"})),
    "participatesIn": (frozenset({"Person", _ORG}), frozenset({"Event"})),
    "heldAt": (frozenset({"Event"}), frozenset({"Place"})),
    "locatedIn": (frozenset({_ORG, "Event"}), frozenset({"Place"})),
    "manages": (frozenset({_ORG}), frozenset({_ORG})),
    "founded": (frozenset({"Person", _ORG}), frozenset({_ORG})),
}


def fits_signature(rel: Relation) -> bool:
    """Whether the relation joins the kinds of entity its name allows."""
    sig = SIGNATURES.get(rel.relation)
    if sig is None:
        return True

    def kind(t: str) -> set[str]:
        return {t, _ORG} if t in ORG_TYPES else {t}

    return bool(kind(rel.head_type) & sig[0]) and bool(kind(rel.tail_type) & sig[1])


def _order(art: Article, m: Mention) -> tuple[str, int, int]:
    return (art.source, art.index, m.start)


def _first_evidence(kg: KnowledgeGraph, ent: Entity, rule: str) -> Evidence:
    m = ent.mentions[0]
    art = next(a for a in kg.articles if a.id == m.article_id)
    sent = next((s for s in art.sentences if s.start <= m.start < s.end), None)
    if sent is None:
        return Evidence(art.id, art.text[m.start : m.end], m.start, m.end, rule, m.start, m.end)
    return Evidence(art.id, sent.text, sent.start, sent.end, rule, m.start, m.end)


def infer_relations(kg: KnowledgeGraph, lex: Lexicons | None = None) -> list[Relation]:
    """Facts implied by names and the administrative hierarchy, not stated in a sentence.

    - ``unionOf`` from the name: 钱塘集团工会 is the union of the entity called (or aliased) 钱塘集团;
    - ``subOrganizationOf`` between federations of nested divisions: 崂山区总工会 → 青岛市总工会;
    - ``locatedIn`` from a place name that opens an organisation name: 崂山区总工会 → 崂山区.
    """
    lex = lex or load_lexicons()
    by_form: dict[str, Entity] = {}
    for ent in kg.entities.values():
        for form in sorted({ent.name, *ent.aliases}):
            by_form.setdefault(form, ent)
    out: list[Relation] = []

    def add(h: Entity, rel: str, t: Entity, rule: str) -> None:
        if h.id != t.id:
            out.append(Relation(h.name, h.type, rel, t.name, t.type, [_first_evidence(kg, h, rule)], inferred=True))

    for ent in kg.entities.values():
        if ent.type not in ORG_TYPES:
            continue
        if ent.type == "TradeUnion" and ent.name.endswith("工会"):
            owner = by_form.get(ent.name[: -len("工会")])
            if owner is not None and owner.type in ORG_TYPES and owner.type not in ("Federation", "TradeUnion"):
                add(ent, "unionOf", owner, "name-composition")
        chain = _place_chain(ent.name, lex)
        if not chain:
            continue
        place = chain[-1]  # 广州市天河区总工会: the district, under the city
        full = place if place in lex.places else lex.place_aliases[place][0]
        if ent.type == "Federation" and ent.name == "".join(chain) + "总工会":
            for parent in lex.ancestors(full)[:1]:
                for form in (parent, *lex.places[parent].aliases) if parent in lex.places else (parent,):
                    target = by_form.get(form + "总工会")
                    if target is not None and target.type == "Federation":
                        add(ent, "subOrganizationOf", target, "administrative-hierarchy")
                        break
        target = by_form.get(place)
        if target is not None and target.type == "Place":
            add(ent, "locatedIn", target, "name-place-prefix")
    return out


def _place_prefix(name: str, lex: Lexicons) -> str | None:
    for n in range(min(8, len(name) - 1), 1, -1):
        form = name[:n]
        if form in lex.places or form in lex.place_aliases:
            return form
    return None


def _place_chain(name: str, lex: Lexicons) -> list[str]:
    """The places that open a name, outermost first: 广州市天河区总工会 -> [广州市, 天河区]."""
    chain: list[str] = []
    rest = name
    while (form := _place_prefix(rest, lex)) is not None:
        chain.append(form)
        rest = rest[len(form) :]
    return chain


__all__ = ["merge_articles", "infer_relations", "ENTITY_TYPES"]
