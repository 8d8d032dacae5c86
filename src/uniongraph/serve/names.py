"""The explorer's name index: each entity's name, aliases, type and counts, searched in memory.

Searching names is a scan (a name may be found by any part of it, ``工会`` in ``北京市总工会``),
and a scan of the labels in Oxigraph costs about 0.3 s for the 18,000 entities of a month of
People's Daily; the same scan over this index is a few milliseconds. The index holds one small
record per entity (no mentions, facts or articles), is read from the graph with a few queries
(:data:`INDEX_QUERIES`) and read again when the graph changes.

>>> idx = NameIndex([Named("org/a", "北京市总工会", "Federation", ("市总工会",), 12, 3, 5),
...                  Named("place/b", "北京", "Place", (), 40, 0, 30)])
>>> [n.name for n in idx.search("北京")[1]]
['北京', '北京市总工会']
>>> [n.name for n in idx.search("北京", min_degree=1)[1]], idx.search("市总", types={"Place"})[0]
(['北京市总工会'], 0)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from ..extraction.aliases import unscoped
from ..ids import DATA_NS, ONTOLOGY_NS, fold_name
from ..schema import ENTITY_TYPE_NAMES, entity_type

__all__ = ["Named", "NameIndex", "INDEX_QUERIES", "build_index", "most_specific"]

#: what the index is read from: every labelled node of an entity type (entities, and the implied
#: nodes of bylines and relation ends), its mention count if it has one; aliases; the number of
#: other entities it has a stated relation with (extracted or inferred); the articles naming it
INDEX_QUERIES = {  # the longest first: the two workers take them in this order
    "nodes": "SELECT ?e ?t ?l WHERE { ?e rdfs:label ?l ; a ?t }",
    "articles": "SELECT ?e (COUNT(?a) AS ?n) WHERE { ?a ug:mentions ?e } GROUP BY ?e",
    "degrees": ("SELECT ?e (COUNT(DISTINCT ?o) AS ?n) WHERE { ?st a rdf:Statement . "
                "{ ?st rdf:subject ?e ; rdf:object ?o } UNION { ?st rdf:object ?e ; rdf:subject ?o } } GROUP BY ?e"),
    "counts": "SELECT ?e ?c WHERE { ?e ug:mentionCount ?c }",
    "aliases": "SELECT ?e ?a WHERE { ?e skos:altLabel ?a }",
}
#: aliases kept per entity (a name merged from many spellings could have hundreds)
MAX_ALIASES = 50


@dataclass(frozen=True, slots=True)
class Named:
    """One entity as the index holds it."""

    id: str            # the entity id (its IRI without the data namespace): ``org/%E5%8C%97…``
    name: str
    type: str          # the most specific entity type
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    degree: int = 0    # other entities it has a stated relation with
    articles: int = 0  # articles that name it
    keys: tuple[str, ...] = field(default=(), compare=False, repr=False)

    def as_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases[:8]),
                "more_aliases": max(0, len(self.aliases) - 8), "mentions": self.mentions,
                "degree": self.degree, "articles": self.articles}


class NameIndex:
    """Entities by id, and a search by name or alias with type and degree filters."""

    def __init__(self, entries: Iterable[Named], *, complete: bool = True) -> None:
        self.by_id: dict[str, Named] = {}
        for n in entries:
            # a name made for one article (开幕式（title，id）) is searched by what is written, not
            # by the title of its article
            keys = tuple(dict.fromkeys(fold_name(unscoped(s)) for s in (n.name, *n.aliases)))
            self.by_id[n.id] = Named(n.id, n.name, n.type, n.aliases, n.mentions, n.degree, n.articles, keys)
        # the browsing order: most mentioned first
        self.order = sorted(self.by_id.values(), key=lambda n: (-n.mentions, -n.degree, n.name, n.id))
        #: False when an answer the index is read from was cut (the graph is too big for it)
        self.complete = complete

    def __len__(self) -> int:
        return len(self.by_id)

    def get(self, eid: str) -> Named | None:
        return self.by_id.get(eid)

    def type_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for n in self.order:
            counts[n.type] = counts.get(n.type, 0) + 1
        return counts

    def search(self, q: str, *, types: set[str] | None = None, min_degree: int = 0, offset: int = 0,
               limit: int = 50) -> tuple[int, list[Named]]:
        """(how many match, the page ``offset:offset+limit`` of them), best first.

        Matches are ranked: the name itself, an alias itself, a name starting with ``q``, an
        alias starting with it, a name containing it, an alias containing it; then by mentions.
        An empty ``q`` lists every entity (that passes the filters), most mentioned first.
        """
        needle = fold_name(q)

        def keep(n: Named) -> bool:
            return (types is None or n.type in types) and n.degree >= min_degree

        if not needle:
            hits = [n for n in self.order if keep(n)]
            return len(hits), hits[offset:offset + limit]
        ranked = []
        for pos, n in enumerate(self.order):
            best = 6
            for i, key in enumerate(n.keys):
                alias = i > 0
                if key == needle:
                    rank = 1 if alias else 0
                elif key.startswith(needle):
                    rank = 3 if alias else 2
                elif needle in key:
                    rank = 5 if alias else 4
                else:
                    continue
                best = min(best, rank)
            if best < 6 and keep(n):
                ranked.append((best, pos, n))
        ranked.sort(key=lambda r: (r[0], r[1]))
        return len(ranked), [r[2] for r in ranked[offset:offset + limit]]


def most_specific(types: Sequence[str]) -> str | None:
    """The entity type to show for a node typed ``types`` (local names): one that is no other's
    superclass (``Federation`` over ``Organization`` when superclass types are stated too)."""
    known = [t for t in types if t in ENTITY_TYPE_NAMES]
    if not known:
        return None
    parents = {entity_type(t).parent for t in known}
    specific = [t for t in known if t not in parents]
    return sorted(specific or known, key=lambda t: entity_type(t).merge_rank)[0]


def local_name(term: Any, ns: str = DATA_NS) -> str | None:
    """The rest of an IRI term (a ``("uri", text)`` answer cell) after the namespace ``ns``: an
    entity's id, a type's or a relation's name; None for no term, a literal or another namespace."""
    return term[1][len(ns):] if term is not None and term[0] == "uri" and term[1].startswith(ns) else None


def _int(term: Any) -> int:
    try:
        return int(term[1]) if term is not None else 0
    except (TypeError, ValueError):
        return 0


def build_index(answers: dict[str, tuple[Any, ...]]) -> NameIndex:
    """The index from the answers (worker ``select`` tuples) of :data:`INDEX_QUERIES`."""
    types: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    counts: dict[str, int] = {}
    for e, t, label in answers["nodes"][2]:
        eid, tname = local_name(e, DATA_NS), local_name(t, ONTOLOGY_NS)
        if eid is None or tname is None or label is None:
            continue
        types.setdefault(eid, []).append(tname)
        labels.setdefault(eid, label[1])
    for e, c in answers["counts"][2]:
        eid = local_name(e, DATA_NS)
        if eid is not None:
            counts[eid] = _int(c)
    aliases: dict[str, list[str]] = {}
    for e, a in answers["aliases"][2]:
        eid = local_name(e, DATA_NS)
        if eid is not None and a is not None and len(aliases.setdefault(eid, [])) < MAX_ALIASES:
            aliases[eid].append(a[1])
    degrees = {eid: _int(n) for e, n in answers["degrees"][2] if (eid := local_name(e, DATA_NS)) is not None}
    articles = {eid: _int(n) for e, n in answers["articles"][2] if (eid := local_name(e, DATA_NS)) is not None}
    entries = []
    for eid, ts in types.items():
        kind = most_specific(ts)
        if kind is None:
            continue
        entries.append(Named(eid, labels[eid], kind, tuple(sorted(aliases.get(eid, ()))), counts.get(eid, 0),
                             degrees.get(eid, 0), articles.get(eid, 0)))
    complete = not any(a[-1] for a in answers.values())
    return NameIndex(entries, complete=complete)
