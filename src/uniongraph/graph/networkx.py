"""The knowledge graph as a NetworkX ``MultiDiGraph``, node for node the same as the RDF graph.

Nodes are entity ids (``org/…``, ``person/…``) and article ids (``article/…``), including the
people named only in bylines. Edges are keyed by the ``ug:`` relation name, so one pair of
nodes has at most one edge per relation, as in RDF; an edge that was both read and inferred is
one edge with ``inferred=False``.

>>> import sys; sys.path.insert(0, "tests")
>>> from kgfixture import sample_graph  # doctest: +SKIP
>>> g = to_networkx(sample_graph())     # doctest: +SKIP
>>> g.nodes["person/%E7%8E%8B%E5%BB%BA%E5%9B%BD"]["label"]  # doctest: +SKIP
'王建国'
"""

from __future__ import annotations

from collections import Counter
import networkx as nx

from ..ids import entity_iri
from ..model import KnowledgeGraph, Relation
from .nodes import NodeIndex
from .rdf import article_iri

_BYLINE_RELATIONS = {"reporter": "reportedBy", "correspondent": "correspondent"}


def _add_relation(g: nx.MultiDiGraph, index: NodeIndex, rel: Relation, inferred: bool) -> None:
    head, tail = index.ends(rel)
    sentences = [ev.sentence for ev in rel.evidence]
    rules = [ev.rule for ev in rel.evidence]
    if g.has_edge(head, tail, key=rel.relation):
        data = g.edges[head, tail, rel.relation]
        data["evidence"] = list(dict.fromkeys(data["evidence"] + sentences))
        data["rules"] = list(dict.fromkeys(data["rules"] + rules))
        data["inferred"] = data["inferred"] and inferred
        return
    g.add_edge(head, tail, key=rel.relation, relation=rel.relation,
               evidence=list(dict.fromkeys(sentences)), rules=list(dict.fromkeys(rules)),
               inferred=inferred)


def to_networkx(kg: KnowledgeGraph) -> nx.MultiDiGraph:
    """A directed multigraph of entities and articles with typed, evidenced edges.

    Node attributes: ``label``, ``type`` (``ug:`` class name), ``iri``, ``aliases`` (sorted list),
    ``mentions`` (count) and ``attributes`` (dict); articles also ``source``, ``line``.
    Edge attributes: ``relation`` (== key), ``evidence`` (sentences), ``rules``, ``inferred``;
    ``mentions`` edges carry ``count`` instead.
    """
    g = nx.MultiDiGraph()
    index = NodeIndex(kg)
    for eid in sorted(kg.entities):
        ent = kg.entities[eid]
        g.add_node(eid, label=ent.name, type=ent.type, iri=entity_iri(eid),
                   aliases=sorted(ent.aliases), mentions=len(ent.mentions),
                   attributes=dict(ent.attributes))
    for art in kg.articles:
        g.add_node(art.id, label=art.title, type="Article", iri=str(article_iri(art.id)),
                   aliases=[], mentions=0, attributes={}, source=art.source, line=art.line)
    for art in kg.articles:
        for byline in art.bylines:
            relation = _BYLINE_RELATIONS.get(byline.role)
            if relation is not None:
                g.add_edge(art.id, index.person(byline.name), key=relation, relation=relation,
                           evidence=[], rules=["byline"], inferred=False)
    for eid in sorted(kg.entities):
        counts = Counter(m.article_id for m in kg.entities[eid].mentions)
        for article_id, count in sorted(counts.items()):
            g.add_edge(article_id, eid, key="mentions", relation="mentions", count=count,
                       evidence=[], rules=[], inferred=False)
    for rel in kg.relations:
        _add_relation(g, index, rel, inferred=False)
    for rel in kg.inferred_relations:
        _add_relation(g, index, rel, inferred=True)
    for info in sorted(index.implied.values(), key=lambda i: i.id):
        g.add_node(info.id, label=info.name, type=info.type, iri=entity_iri(info.id),
                   aliases=[], mentions=0, attributes={})
    return g
