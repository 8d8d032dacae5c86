"""The knowledge graph as a labelled property graph: the shape every Cypher export shares.

It is the RDF graph of :func:`uniongraph.graph.rdf.to_rdf` read as nodes and edges, so a Cypher
query and a SPARQL query over the same build see the same facts:

* every typed IRI is a node with an ``id`` (the IRI after ``https://w3id.org/uniongraph/id/``,
  e.g. ``org/%E5%8C%97…``), a base label — ``Entity``, ``Article``, ``Statement`` or
  ``Evidence`` — and ``type`` (the ``ug:`` class, e.g. ``Federation``);
* literal values become properties: ``rdfs:label`` → ``name``, ``skos:altLabel`` →
  ``aliases`` (a list), ``ug:x`` → ``x``; a key with several values is a list;
* IRI values become edges typed by the property's local name (``worksFor``, ``mentions``,
  ``subject``, ``object``; ``ug:evidence`` and ``ug:article`` become ``hasEvidence`` and
  ``fromArticle``, since the labels ``Evidence`` and ``Article`` exist), each with a ``relation`` property equal
  to its type, so databases without ``type(r)`` can still read it. Relation edges between
  entities also carry ``inferred`` (true when no statement of it was read in the text).
  ``prov:wasDerivedFrom`` repeats ``ug:article`` and is left out.

For “李秀英是华为技术（深圳）有限公司工会主席” that gives
``(:Entity:Person {name: "李秀英"})-[:worksFor]->(:Entity:Company …)`` and a
``(:Statement {relation: "worksFor"})`` node with ``subject``/``object``/``hasEvidence`` edges
whose ``(:Evidence)`` node holds the sentence, its offsets and rule.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS

from ..graph.classes import own_type
from ..graph.rdf import to_rdf
from ..graph.vocabulary import PREFIXES, UG
from ..ids import DATA_NS
from ..model import KnowledgeGraph

#: Base labels, by the first segment of a node id.
BASE_LABELS: dict[str, str] = {"article": "Article", "statement": "Statement", "evidence": "Evidence"}
ENTITY = "Entity"
#: Base labels in the order their nodes are written.
LABEL_ORDER: tuple[str, ...] = ("Entity", "Article", "Statement", "Evidence")
#: Keys that always hold lists, whatever the data.
ARRAY_KEYS: frozenset[str] = frozenset({"aliases", "attribute"})
_SKIPPED = {PROV.wasDerivedFrom}
_RENAMED = {RDFS.label: "name", SKOS.altLabel: "aliases", RDF.predicate: "relation",
            RDF.subject: "subject", RDF.object: "object",
            # Not "evidence"/"article": Ladybug's table names ignore case, and those are node tables.
            UG.evidence: "hasEvidence", UG.article: "fromArticle"}


@dataclass(frozen=True)
class PropType:
    """The type of one property column: ``string``, ``long``, ``double`` or ``boolean``, maybe a list."""

    kind: str
    array: bool = False


@dataclass
class Node:
    """A node: ``id`` (unique among all nodes), base ``label``, ``type`` and properties."""

    id: str
    label: str
    type: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Edge:
    """A directed edge ``start -[type]-> end`` between node ids, with properties."""

    type: str
    start: str
    end: str
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class PropertyGraph:
    """Nodes by id and edges in a stable order."""

    nodes: dict[str, Node] = field(default_factory=dict)
    edges: list[Edge] = field(default_factory=list)

    def label_of(self, node_id: str) -> str:
        return self.nodes[node_id].label

    def nodes_by_type(self) -> dict[tuple[str, str], list[Node]]:
        """Nodes grouped by (base label, type), groups and nodes sorted."""
        groups: dict[tuple[str, str], list[Node]] = defaultdict(list)
        for node in self.nodes.values():
            groups[(node.label, node.type)].append(node)
        order = {label: i for i, label in enumerate(LABEL_ORDER)}
        return {k: sorted(groups[k], key=lambda n: n.id)
                for k in sorted(groups, key=lambda k: (order.get(k[0], 99), k))}

    def edges_by_type(self) -> dict[tuple[str, str, str], list[Edge]]:
        """Edges grouped by (type, start label, end label), groups sorted."""
        groups: dict[tuple[str, str, str], list[Edge]] = defaultdict(list)
        for edge in self.edges:
            groups[(edge.type, self.label_of(edge.start), self.label_of(edge.end))].append(edge)
        return {k: groups[k] for k in sorted(groups)}


def prop_type(values: list[Any]) -> PropType:
    """The one column type that holds every value (lists give an array type).

    >>> prop_type([38, 41])
    PropType(kind='long', array=False)
    >>> prop_type([["市总工会"], []])
    PropType(kind='string', array=True)
    """
    array = any(isinstance(v, list) for v in values)
    flat = [x for v in values for x in (v if isinstance(v, list) else [v]) if x is not None]
    if flat and all(isinstance(x, bool) for x in flat):
        kind = "boolean"
    elif flat and all(isinstance(x, int) and not isinstance(x, bool) for x in flat):
        kind = "long"
    elif flat and all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in flat):
        kind = "double"
    else:
        kind = "string"
    return PropType(kind, array)


def schema(items: list[Node] | list[Edge]) -> dict[str, PropType]:
    """Property columns of a group of nodes or edges, sorted by key (``name`` first)."""
    values: dict[str, list[Any]] = defaultdict(list)
    for item in items:
        for key, value in item.props.items():
            values[key].append(value)
    keys = sorted(values, key=lambda k: (k != "name", k))
    return {k: prop_type(values[k]) for k in keys}


def coerce(value: Any, ptype: PropType) -> Any:
    """``value`` in the column's type: ints widened to floats, others to text where mixed."""
    if value is None:
        return None
    if ptype.array:
        items = value if isinstance(value, list) else [value]
        return [coerce(v, PropType(ptype.kind)) for v in items]
    if ptype.kind == "double" and isinstance(value, int):
        return float(value)
    if ptype.kind == "string" and not isinstance(value, str):
        return str(value).lower() if isinstance(value, bool) else str(value)
    return value


def _key(pred: URIRef) -> str:
    if pred in _RENAMED:
        return _RENAMED[pred]
    text = str(pred)
    if text.startswith(str(UG)):
        return text[len(str(UG)):]
    for prefix, ns in PREFIXES.items():
        if text.startswith(str(ns)) and len(text) > len(str(ns)):
            return f"{prefix}_{text[len(str(ns)):]}"
    return text.rsplit("/", 1)[-1].rsplit("#", 1)[-1] or "value"


def _local(iri: URIRef) -> str:
    text = str(iri)
    return text.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _value(lit: Literal) -> Any:
    value = lit.toPython()
    if isinstance(value, (bool, int, float, str)):
        return value
    return str(lit)


def from_rdf(g: Graph) -> PropertyGraph:
    """The property graph of an RDF graph in the uniongraph vocabulary."""
    pg = PropertyGraph()
    types: dict[URIRef, list[URIRef]] = defaultdict(list)
    for s, t in sorted(g.subject_objects(RDF.type)):
        if isinstance(s, URIRef) and str(s).startswith(DATA_NS):
            types[s].append(t)  # type: ignore[arg-type]
    for s, found in types.items():
        node_id = str(s)[len(DATA_NS):]
        label = BASE_LABELS.get(node_id.split("/", 1)[0], ENTITY)
        # a node is typed with its class and the classes above it (graph/classes.py): its own
        # is the most specific ug: one (rdf:Statement has no ug: class)
        own = own_type(str(t)[len(str(UG)):] for t in found if str(t).startswith(str(UG)))
        pg.nodes[node_id] = Node(node_id, label, own if own is not None else _local(found[0]))
    multi: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in sorted(g):
        sid = str(s)[len(DATA_NS):] if isinstance(s, URIRef) and str(s).startswith(DATA_NS) else None
        if sid not in pg.nodes or p == RDF.type or p in _SKIPPED:
            continue
        if isinstance(o, URIRef) and str(o).startswith(DATA_NS) and str(o)[len(DATA_NS):] in pg.nodes:
            rel = _key(p)
            pg.edges.append(Edge(rel, sid, str(o)[len(DATA_NS):], {"relation": rel}))
        elif isinstance(o, URIRef):
            multi[sid][_key(p)].append(_local(o))  # e.g. rdf:predicate ug:worksFor -> "worksFor"
        elif isinstance(o, Literal):
            multi[sid][_key(p)].append(_value(o))
    for sid, props in multi.items():
        node = pg.nodes[sid]
        for key in sorted(props):
            values = props[key]
            node.props[key] = values if (len(values) > 1 or key in ARRAY_KEYS) else values[0]
    # A relation is inferred when all of its statements are.
    ends = {(e.start, e.type): e.end for e in pg.edges if e.type in ("subject", "object")}
    read = {(st.props.get("relation"), ends.get((sid, "subject")), ends.get((sid, "object")))
            for sid, st in pg.nodes.items() if st.label == "Statement" and st.props.get("inferred") is False}
    for edge in pg.edges:
        if pg.label_of(edge.start) == ENTITY and pg.label_of(edge.end) == ENTITY:
            edge.props["inferred"] = (edge.type, edge.start, edge.end) not in read
    return pg


def to_property_graph(kg: KnowledgeGraph) -> PropertyGraph:
    """The property graph of a knowledge graph (through its RDF view).

    >>> from uniongraph.model import Entity, KnowledgeGraph
    >>> kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation", {"市总工会"})})
    >>> node = to_property_graph(kg).nodes["org/x"]
    >>> node.label, node.type, node.props["name"], node.props["aliases"]
    ('Entity', 'Federation', '北京市总工会', ['市总工会'])
    """
    return from_rdf(to_rdf(kg))
