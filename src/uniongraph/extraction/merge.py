"""Merging articles into one graph: one entity per canonical name, all its mentions, aliases
and recorded resolutions; relations merged with all their evidence; inferred facts apart.

Entities are keyed by canonical name, which alias resolution has already made full
(北京市总工会, not 市总工会), so short forms shared by different regions stay apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

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
from ..schema import merge_rank, relation_type
from .lexicon import Lexicons, load_lexicons



@dataclass
class NameGroup:
    """Everything the merge needs about one canonical name, from some of the articles.

    Groups of the same name from consecutive runs of articles combine with :meth:`extend`
    (earlier run first); the entity made from the combined group is the one a merge of all
    those articles at once makes.

    Groups travel from extraction processes back to the one that merges, so they hold plain
    values: each mention as an ``(article_id, start, end, text)`` tuple, the type counts as a
    plain dict. Unpickling a dataclass or a ``Counter`` per mention cost the merging process
    about ten times more than tuples and dicts, while the workers waited for it.
    """

    first: tuple[str, int, int]
    mentions: list[tuple[str, int, int, str]] = field(default_factory=list)
    aliases: set[str] = field(default_factory=set)
    resolutions: list[Resolution] = field(default_factory=list)
    attributes: dict[str, Any] = field(default_factory=dict)
    all_types: dict[str, int] = field(default_factory=dict)
    direct_types: dict[str, int] = field(default_factory=dict)
    venue: bool = False

    def add(self, art: Article, m: Mention, name: str) -> None:
        """Add one mention of ``name`` read in ``art``."""
        self.first = min(self.first, _order(art, m))
        self.mentions.append((art.id, m.start, m.end, m.text))
        if m.name != name and not m.attributes.get("anaphor"):
            self.aliases.add(m.name)
        if m.resolution:
            r = Resolution(m.name, m.resolution, art.id)
            if r not in self.resolutions:
                self.resolutions.append(r)
        if "age" in m.attributes:
            self.attributes.setdefault("age", m.attributes["age"])
        if "role" in m.attributes:
            roles = self.attributes.setdefault("roles", [])
            if m.attributes["role"] not in roles:
                roles.append(m.attributes["role"])
        self.all_types[m.type] = self.all_types.get(m.type, 0) + 1
        if m.resolution != "anaphora":
            self.direct_types[m.type] = self.direct_types.get(m.type, 0) + 1
        self.venue = self.venue or bool(m.attributes.get("venue"))

    def extend(self, later: NameGroup) -> None:
        """Add the group of the same name from the articles that follow."""
        self.first = min(self.first, later.first)
        self.mentions.extend(later.mentions)
        self.aliases |= later.aliases
        self.resolutions.extend(r for r in later.resolutions if r not in self.resolutions)
        for key, value in later.attributes.items():
            if key == "roles":
                roles = self.attributes.setdefault("roles", [])
                roles.extend(v for v in value if v not in roles)
            else:
                self.attributes.setdefault(key, value)
        for mine, theirs in ((self.all_types, later.all_types), (self.direct_types, later.direct_types)):
            for t, n in theirs.items():
                mine[t] = mine.get(t, 0) + n
        self.venue = self.venue or later.venue

    def type(self) -> str:
        """The entity type: a venue used as a place is a Place, else the most frequent direct type."""
        if "Place" in self.all_types and self.venue:
            return "Place"
        counts = self.direct_types or self.all_types
        best = max(counts.values())
        # when counts tie, the more specific type wins (the schema's merge rank)
        return min((t for t, c in counts.items() if c == best), key=merge_rank)


@dataclass
class PartialGraph:
    """The merge of a run of consecutive articles, before entities are settled.

    ``combine`` is associative: merging runs pairwise in any grouping (a tree reduce on a
    cluster) gives the same partial as reading all the articles in one pass, and ``finish``
    makes the same :class:`KnowledgeGraph` as :func:`merge_articles` on all of them.

    >>> from uniongraph.extraction.pipeline import extract_text
    >>> a, b = extract_text("北京市总工会举办活动。"), extract_text("北京市总工会慰问职工。")
    >>> b.id = "text2"
    >>> whole = PartialGraph.of([a, b]).finish()
    >>> PartialGraph.of([a]).combine(PartialGraph.of([b])).finish() == whole
    True
    """

    articles: list[Article] = field(default_factory=list)
    groups: dict[str, NameGroup] = field(default_factory=dict)
    relations: list[Relation] = field(default_factory=list)

    @classmethod
    def of(cls, articles: Iterable[Article]) -> PartialGraph:
        """The partial merge of extracted ``articles`` (in input order)."""
        part = cls()
        for art in articles:
            part.add(art)
        return part

    def add(self, art: Article) -> None:
        """Add one extracted article after those already held."""
        self.articles.append(art)
        for m in art.mentions:
            name = m.key
            group = self.groups.get(name)
            if group is None:
                group = self.groups[name] = NameGroup(_order(art, m))
            group.add(art, m, name)
        self.relations.extend(art.relations)

    def combine(self, later: PartialGraph) -> PartialGraph:
        """This partial followed by ``later`` (the articles after these); both are consumed."""
        self.articles.extend(later.articles)
        for name, group in later.groups.items():
            mine = self.groups.get(name)
            if mine is None:
                self.groups[name] = group
            else:
                mine.extend(group)
        self.relations.extend(later.relations)
        return self

    def finish(self, lex: Lexicons | None = None) -> KnowledgeGraph:
        """Settle entity types and ids, merge relations with their evidence, infer implied facts."""
        lex = lex or load_lexicons()
        kg = KnowledgeGraph(articles=list(self.articles))
        by_name: dict[str, Entity] = {}
        groups = self.groups
        for name in sorted(groups, key=lambda n: (groups[n].first, n)):
            g = groups[name]
            type_ = g.type()
            ent = Entity(entity_id(type_, name), name, type_, set(g.aliases),
                         {k: list(v) if isinstance(v, list) else v for k, v in g.attributes.items()},
                         [EntityMention(*m) for m in g.mentions], list(g.resolutions))
            by_name[name] = ent
            kg.entities[ent.id] = ent
        merged: dict[tuple[str, str, str], Relation] = {}
        for r in self.relations:
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


def merge_articles(articles: list[Article], lex: Lexicons | None = None) -> KnowledgeGraph:
    """Merge extracted articles into a :class:`KnowledgeGraph` (deterministic order)."""
    return PartialGraph.of(articles).finish(lex)


def fits_signature(rel: Relation) -> bool:
    """Whether the relation joins the kinds of entity the schema allows it to join (a fact that
    breaks it after the types were settled, a venue that turned out to be a Place, is dropped)."""
    try:
        sig = relation_type(rel.relation)
    except KeyError:
        return True
    return rel.head_type in sig.heads and rel.tail_type in sig.tails


def _order(art: Article, m: Mention) -> tuple[str, int, int]:
    return (art.source, art.index, m.start)


def _first_evidence(kg: KnowledgeGraph, ent: Entity, rule: str, by_id: dict[str, Article] | None = None) -> Evidence:
    m = ent.mentions[0]
    art = by_id[m.article_id] if by_id is not None else next(a for a in kg.articles if a.id == m.article_id)
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
    by_id: dict[str, Article] = {}
    for art in kg.articles:
        by_id.setdefault(art.id, art)  # the first article of an id, as a linear search finds it

    def add(h: Entity, rel: str, t: Entity, rule: str) -> None:
        if h.id != t.id:
            out.append(Relation(h.name, h.type, rel, t.name, t.type, [_first_evidence(kg, h, rule, by_id)], inferred=True))

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


__all__ = ["merge_articles", "infer_relations", "NameGroup", "PartialGraph", "ENTITY_TYPES"]
