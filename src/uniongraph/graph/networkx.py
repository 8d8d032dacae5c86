"""The knowledge graph as a NetworkX ``MultiDiGraph``, node for node the same as the RDF graph.

Nodes are entities and articles, including the people named only in bylines. A node's key is
its readable id, ``KIND/NAME`` as written (``org/昌平区总工会``, ``person/王建国``,
``article/<digest>-<n>``); its attributes hold the name (``label``), the entity id of
``graph.json`` with the name percent-encoded (``id``) and the ``iri``. Edges are keyed by the
``ug:`` relation name, so one pair of nodes has at most one edge per relation, as in RDF; an
edge that was both read and inferred is one edge with ``inferred=False``.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"org/%E6%98%8C%E5%B9%B3%E5%8C%BA%E6%80%BB%E5%B7%A5%E4%BC%9A":
...     Entity("org/%E6%98%8C%E5%B9%B3%E5%8C%BA%E6%80%BB%E5%B7%A5%E4%BC%9A", "昌平区总工会", "Federation")})
>>> g = to_networkx(kg)
>>> g.nodes["org/昌平区总工会"]["label"], g.nodes["org/昌平区总工会"]["id"]
('昌平区总工会', 'org/%E6%98%8C%E5%B9%B3%E5%8C%BA%E6%80%BB%E5%B7%A5%E4%BC%9A')
>>> list(to_networkx(kg, keys="id"))
['org/%E6%98%8C%E5%B9%B3%E5%8C%BA%E6%80%BB%E5%B7%A5%E4%BC%9A']
"""

from __future__ import annotations

from collections import Counter
from urllib.parse import unquote

import networkx as nx

from ..ids import entity_iri
from ..model import KnowledgeGraph
from .edges import relation_edges
from .nodes import NodeIndex
from .rdf import article_iri

_BYLINE_RELATIONS = {"reporter": "reportedBy", "correspondent": "correspondent"}


def readable_key(node_id: str) -> str:
    """The node key of an entity or article id: the id with its percent-encoding undone.

    >>> readable_key("person/%E7%8E%8B%E5%BB%BA%E5%9B%BD")
    'person/王建国'
    """
    return unquote(node_id)


KEYS = ("readable", "id")


def to_networkx(kg: KnowledgeGraph, *, keys: str = "readable") -> nx.MultiDiGraph:
    """A directed multigraph of entities and articles with typed, evidenced edges.

    Node keys are readable ids (``org/昌平区总工会``, :func:`readable_key`), or with
    ``keys="id"`` the ids of ``graph.json`` (``org/%E6%98%8C…``, what the exports and views use).
    Should two ids read the same (ids not made by uniongraph), the later keeps its own id.
    Node attributes: ``label``, ``type`` (``ug:`` class name), ``id`` (the ``graph.json`` id;
    readable keys only), ``iri``, ``aliases`` (sorted list), ``mentions`` (count) and
    ``attributes`` (dict); articles also ``source``, ``line``.
    Edge attributes: ``relation`` (== key), ``evidence`` (sentences), ``rules``, ``inferred``;
    ``mentions`` edges carry ``count`` instead.
    """
    if keys not in KEYS:
        raise ValueError(f"keys must be one of {KEYS}, not {keys!r}")
    g = _by_id(kg)
    if keys == "id":
        return g
    mapping: dict[str, str] = {}
    taken: set[str] = set()
    for n in g:
        key = readable_key(n)
        key = n if key in taken or (key != n and key in g) else key
        taken.add(key)
        mapping[n] = key
        g.nodes[n]["id"] = n
    return nx.relabel_nodes(g, mapping, copy=True)


def _by_id(kg: KnowledgeGraph) -> nx.MultiDiGraph:
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
    for (head, tail, relation), data in relation_edges(kg, index).items():
        g.add_edge(head, tail, key=relation, **data)
    for info in sorted(index.implied.values(), key=lambda i: i.id):
        g.add_node(info.id, label=info.name, type=info.type, iri=entity_iri(info.id),
                   aliases=[], mentions=0, attributes={})
    return g
