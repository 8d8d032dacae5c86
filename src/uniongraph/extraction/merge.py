"""Merging articles into one graph: one entity per canonical name, all its mentions, aliases
and recorded resolutions; relations merged with all their evidence; inferred facts apart.

Entities are keyed by canonical name, which alias resolution has already made full
(北京市总工会, not 市总工会), so short forms shared by different regions stay apart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from ..ids import entity_id
from ..model import (
    ENTITY_TYPES,
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
from .inference import infer_relations
from .lexicon import Lexicons, load_lexicons

#: where a mention stands in the order of a merge; of the mentions an order-dependent value
#: could come from, the one of least key gives it. A :class:`PartialGraph` numbers mentions
#: ``(article number, position in the article)``; the store keys them ``(source, article
#: index, article id, position)``, the order of a build of all its articles at once.
Key = tuple[Any, ...]
#: a mention as groups hold it: ``(article id, start, end, text)``
MentionTuple = tuple[str, int, int, str]


@dataclass
class NameGroup:
    """Everything the merge knows about one canonical name, from some of the articles.

    The types, venue flag, aliases, first mention, age, roles and mention count settle the
    entity. Each value that depends on the order of the mentions keeps the key of the mention
    it came from, so two groups of the same name combine (:meth:`combine`) into what the merge
    of both sets of articles gives. ``mentions`` and ``resolutions`` are kept when they are
    lists (a :class:`PartialGraph`); the store keeps them in its tables instead.

    Groups travel from extraction processes back to the one that merges, so they hold plain
    values (tuples, dicts): unpickling a dataclass or a ``Counter`` per mention cost the
    merging process about ten times more.
    """

    name: str
    first: tuple[str, int, int] | None = None  # (source, index, start): the entity order
    #: the first mention by key, and its sentence ``(start, end, text)`` if the caller gave it
    head: tuple[Key, MentionTuple, Any] | None = None
    count: int = 0
    aliases: set[str] = field(default_factory=set)
    age: tuple[Key, Any] | None = None
    roles: dict[str, Key] = field(default_factory=dict)
    all_types: dict[str, int] = field(default_factory=dict)
    direct_types: dict[str, int] = field(default_factory=dict)
    venue: bool = False
    mentions: list[MentionTuple] | None = None
    resolutions: list[Resolution] | None = None

    def add(self, key: Key, where: tuple[str, int, str], m: Mention, sentence: Any = None,
            head_key: Key | None = None) -> None:
        """Add mention ``m`` of the article ``where`` = (source, index, id); ``sentence`` is kept
        if the mention becomes the head, the mention with the least ``head_key`` (``key`` if
        not given)."""
        source, index, article_id = where
        first = (source, index, m.start)
        if self.first is None or first < self.first:
            self.first = first
        mention = (article_id, m.start, m.end, m.text)
        hkey = key if head_key is None else head_key
        if self.head is None or hkey < self.head[0]:
            self.head = (hkey, mention, sentence)
        self.count += 1
        if self.mentions is not None:
            self.mentions.append(mention)
        if m.name != self.name and not m.anaphor:
            self.aliases.add(m.name)
        if m.resolution and self.resolutions is not None:
            r = Resolution(m.name, m.resolution, article_id)
            if r not in self.resolutions:
                self.resolutions.append(r)
        if m.age is not None and (self.age is None or key < self.age[0]):
            self.age = (key, m.age)
        if m.role is not None:
            role = m.role
            if role not in self.roles or key < self.roles[role]:
                self.roles[role] = key
        self.all_types[m.type] = self.all_types.get(m.type, 0) + 1
        if m.resolution != "anaphora":
            self.direct_types[m.type] = self.direct_types.get(m.type, 0) + 1
        self.venue = self.venue or m.venue

    def combine(self, other: NameGroup) -> NameGroup:
        """This group with ``other`` (the same name, other articles) added, in place. Kept
        mention lists are joined in order, so there ``other`` is of the articles after these."""
        if other.first is not None and (self.first is None or other.first < self.first):
            self.first = other.first
        if other.head is not None and (self.head is None or other.head[0] < self.head[0]):
            self.head = other.head
        self.count += other.count
        if self.mentions is not None and other.mentions is not None:
            self.mentions.extend(other.mentions)
        self.aliases |= other.aliases
        if self.resolutions is not None and other.resolutions is not None:
            self.resolutions.extend(r for r in other.resolutions if r not in self.resolutions)
        if other.age is not None and (self.age is None or other.age[0] < self.age[0]):
            self.age = other.age
        for role, key in other.roles.items():
            if role not in self.roles or key < self.roles[role]:
                self.roles[role] = key
        for mine, theirs in ((self.all_types, other.all_types), (self.direct_types, other.direct_types)):
            for t, n in theirs.items():
                mine[t] = mine.get(t, 0) + n
        self.venue = self.venue or other.venue
        return self

    def rekey(self, change: Callable[[Key], Key]) -> None:
        """Replace every key held by ``change(key)``."""
        if self.head is not None:
            self.head = (change(self.head[0]), self.head[1], self.head[2])
        if self.age is not None:
            self.age = (change(self.age[0]), self.age[1])
        self.roles = {role: change(key) for role, key in self.roles.items()}

    def type(self) -> str:
        """The entity type: a venue used as a place is a Place, else the most frequent direct type."""
        if "Place" in self.all_types and self.venue:
            return "Place"
        counts = self.direct_types or self.all_types
        best = max(counts.values())
        # when counts tie, the more specific type wins (the schema's merge rank)
        return min((t for t, c in counts.items() if c == best), key=merge_rank)

    @property
    def id(self) -> str:
        return entity_id(self.type(), self.name)

    def attributes(self) -> dict[str, Any]:
        """Age and roles, each in the order of the mentions that first gave it."""
        keyed: list[tuple[Key, int, str, Any]] = []
        if self.age is not None:
            keyed.append((self.age[0], 0, "age", self.age[1]))
        if self.roles:
            roles = sorted(self.roles, key=self.roles.__getitem__)
            keyed.append((self.roles[roles[0]], 1, "roles", roles))
        return {k: v for _, _, k, v in sorted(keyed, key=lambda t: (t[0], t[1]))}

    def entity(self, mentions: Iterable[EntityMention] | None = None,
               resolutions: Iterable[Resolution] | None = None) -> Entity:
        """The entity, with the ``mentions`` and ``resolutions`` given (by default those kept)."""
        if mentions is None:
            mentions = [EntityMention(*m) for m in self.mentions or ()]
        if resolutions is None:
            resolutions = self.resolutions or ()
        return Entity(self.id, self.name, self.type(), set(self.aliases), self.attributes(), list(mentions),
                      list(resolutions))

    def evidence(self, rule: str) -> Evidence:
        """The evidence an inferred fact about this name carries: its head and that sentence."""
        assert self.head is not None and self.head[2] is not None
        (article_id, start, end, _), (s_start, s_end, s_text) = self.head[1], self.head[2]
        return Evidence(article_id, s_text, s_start, s_end, rule, start, end)


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
    #: documents that failed on their own, in input order: (source, line or None, reason,
    #: traceback); plain tuples, so that a partial pickles to and from worker processes
    failures: list[tuple[str, int | None, str, str]] = field(default_factory=list)
    #: what each correction did to these articles (:mod:`uniongraph.curation`), added up
    curation: Counter = field(default_factory=Counter)

    @classmethod
    def of(cls, articles: Iterable[Article]) -> PartialGraph:
        """The partial merge of extracted ``articles`` (in input order)."""
        part = cls()
        for art in articles:
            part.add(art)
        return part

    def add(self, art: Article) -> None:
        """Add one extracted article after those already held."""
        number = len(self.articles)
        self.articles.append(art)
        where = (art.source, art.index, art.id)
        for pos, m in enumerate(art.mentions):
            if m.modifier:  # a place used as a modifier names no entity (see places.modifier_place)
                continue
            name = m.key
            group = self.groups.get(name)
            if group is None:
                group = self.groups[name] = NameGroup(name, mentions=[], resolutions=[])
            # age and roles follow input order; the head (the evidence of inferred facts) where
            # the mention stands, so inferred facts are the same in any input order
            group.add((number, pos), where, m, head_key=(art.source, art.index, number, pos))
        self.relations.extend(art.relations)

    def combine(self, later: PartialGraph) -> PartialGraph:
        """This partial followed by ``later`` (the articles after these); both are consumed."""
        offset = len(self.articles)
        self.articles.extend(later.articles)
        for name, group in later.groups.items():
            if offset:
                group.rekey(lambda key: (*key[:-2], key[-2] + offset, key[-1]))
            mine = self.groups.get(name)
            if mine is None:
                self.groups[name] = group
            else:
                mine.combine(group)
        self.relations.extend(later.relations)
        self.failures.extend(later.failures)
        self.curation.update(later.curation)
        return self

    def finish(self, lex: Lexicons | None = None) -> KnowledgeGraph:
        """Settle entity types and ids, merge relations with their evidence, infer implied facts."""
        lex = lex or load_lexicons()
        kg = KnowledgeGraph(articles=list(self.articles))
        by_name: dict[str, Entity] = {}
        groups = self.groups
        for name in sorted(groups, key=lambda n: (groups[n].first, n)):
            ent = groups[name].entity()
            by_name[name] = ent
            kg.entities[ent.id] = ent
        statements: dict[tuple[str, str, str], tuple[Entity, Entity, list[list[Evidence]]]] = {}
        for r in self.relations:
            h, t = by_name.get(r.head), by_name.get(r.tail)
            if h is not None and t is not None:
                statements.setdefault((h.id, r.relation, t.id), (h, t, []))[2].append(r.evidence)
        merged = [rel for (_, relation, _), (h, t, runs) in statements.items()
                  if (rel := merged_relation(h.name, h.type, relation, t.name, t.type, runs)) is not None]
        kg.relations, named = split_read_from_names(merged)
        kg.inferred_relations = [*infer_relations(kg, lex), *named]
        return kg


def merge_articles(articles: list[Article], lex: Lexicons | None = None) -> KnowledgeGraph:
    """Merge extracted articles into a :class:`KnowledgeGraph` (deterministic order)."""
    return PartialGraph.of(articles).finish(lex)


#: the sentence rules that read a fact from an event's name only (organisers.body_opening_event_name,
#: organisers.own_meeting_convened: 某公司第三届职代会在…召开 says the meeting was held, not who held it);
#: the guideline keeps facts that follow from names apart, as inferred (named here, not imported:
#: the merge imports none of the rule modules)
NAME_ONLY_RULES = frozenset({"body-opening-event-name", "body-convenes-its-own-meeting"})
#: the relations those rules give
NAME_ONLY_RELATIONS = frozenset({"organizes"})


def read_from_names_only(evidence: Iterable[Evidence]) -> bool:
    """Whether every piece of ``evidence`` comes from a rule that reads the fact from a name only.

    >>> e = Evidence("a", "某公司第三届职代会在某地召开。", 0, 15, "body-convenes-its-own-meeting")
    >>> read_from_names_only([e]), read_from_names_only([e, replace(e, rule="subject-org-verb-event")])
    (True, False)
    """
    rules = [e.rule for e in evidence]
    return bool(rules) and all(r in NAME_ONLY_RULES for r in rules)


def split_read_from_names(relations: Iterable[Relation]) -> tuple[list[Relation], list[Relation]]:
    """The stated relations and, apart, those read from names only (flagged ``inferred``), in order."""
    rels = list(relations)
    return [r for r in rels if not r.inferred], [r for r in rels if r.inferred]


def merged_relation(head: str, head_type: str, relation: str, tail: str, tail_type: str,
                    runs: Iterable[list[Evidence]]) -> Relation | None:
    """One relation from its statements' evidence ``runs`` (in merge order), each piece of
    evidence once, flagged ``inferred`` when only a name gave it (:data:`NAME_ONLY_RULES`);
    ``None`` if it breaks the relation's signature."""
    evidence = merged_evidence(runs)
    rel = Relation(head, head_type, relation, tail, tail_type, evidence, read_from_names_only(evidence))
    return rel if fits_signature(rel) else None


def merged_evidence(runs: Iterable[list[Evidence]]) -> list[Evidence]:
    """The evidence of ``runs`` in order, each piece once."""
    out: list[Evidence] = []
    seen: set[tuple[Any, ...]] = set()
    for run in runs:
        for e in run:
            k = (e.article_id, e.sentence, e.sentence_start, e.sentence_end, e.rule,
                 e.head_start, e.head_end, e.tail_start, e.tail_end)
            if k not in seen:
                seen.add(k)
                out.append(e)
    return out


def fits_signature(rel: Relation) -> bool:
    """Whether the relation joins the kinds of entity the schema allows it to join (a fact that
    breaks it after the types were settled, a venue that turned out to be a Place, is dropped)."""
    try:
        sig = relation_type(rel.relation)
    except KeyError:
        return True
    return rel.head_type in sig.heads and rel.tail_type in sig.tails


__all__ = ["merge_articles", "infer_relations", "NAME_ONLY_RELATIONS", "NAME_ONLY_RULES", "read_from_names_only", "split_read_from_names", "NameGroup", "PartialGraph", "ENTITY_TYPES"]
