"""The RDF side of a store: an Oxigraph database kept equal to ``to_rdf`` of the merged graph.

An update of the ledger says which entities, relations, inferred facts and articles changed
(a :class:`~.ledger.Change` with the old and new versions). Their triples are made with the
same :func:`~uniongraph.graph.rdf.rdf_triples` as a one-off build, and only the difference is
written. To keep the cost of an add off the size of the store, a changed entity may come with
only the mentions that came or went (its ``ug:mentionCount`` is then the count the change
gives) and a relation already held with only its new evidence: the triples they make are
exactly the ones that change. Two kinds of triple can be made by more than one part of the graph, so their removal
is checked against what is left:

- a relation triple ``h ug:worksFor t`` is made by the extracted and by the inferred
  statement of the same fact: it stays while a statement for it stays;
- the type and label of a node are made by the entity itself and, as an *implied* node, by
  bylines and relation ends: they stay while the node is an unchanged entity, or still named
  by some triple.

Query answers come back as :class:`~uniongraph.query.QueryResult` with rdflib terms, so the
table, CSV, TSV and JSON formats of ``uniongraph query`` work the same on a store.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.term import Node

from ..errors import QueryError
from ..graph.rdf import rdf_triples, to_rdf
from ..graph.vocabulary import PREFIXES, UG
from ..ids import DATA_NS, entity_iri
from ..model import RELATION_TYPES, KnowledgeGraph
from ..query import QueryResult, ordered, term_cells
from .ledger import Change

_RELATION_PREDICATES = {str(UG[r]) for r in RELATION_TYPES}
_SHARED = {str(RDF.type), str(RDFS.label)}
_XSD_STRING = str(XSD.string)
_MENTION_COUNT = UG.mentionCount
#: Prefixes every query may use without declaring them.
QUERY_PREFIXES: dict[str, str] = {k: str(v) for k, v in PREFIXES.items()}


def ox_term(term: Node) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term of an rdflib term."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"not an RDF term: {term!r}")


def rdflib_term(term: object) -> Node | None:
    """The rdflib term of a pyoxigraph term (``None`` stays ``None``)."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        return Literal(term.value) if dt == _XSD_STRING else Literal(term.value, datatype=URIRef(dt))
    raise TypeError(f"not an RDF term: {term!r}")


def quads(graph: Iterable[tuple[Node, Node, Node]]) -> Iterator[ox.Quad]:
    """Default-graph quads of rdflib triples."""
    for s, p, o in graph:
        yield ox.Quad(ox_term(s), ox_term(p), ox_term(o), ox.DefaultGraph())


def load_graph(store: ox.Store, kg: KnowledgeGraph) -> int:
    """Replace the store's content by ``to_rdf(kg)``; the number of triples."""
    store.clear()
    g = to_rdf(kg)
    store.bulk_extend(quads(g))
    store.flush()
    return len(g)


def change_triples(kg: KnowledgeGraph, counts: dict[str, int]) -> Iterator[tuple[Node, Node, Node]]:
    """The triples of ``kg``, with the mention count of each entity id in ``counts`` taken from there."""
    nodes = {URIRef(entity_iri(eid)): Literal(n, datatype=XSD.integer) for eid, n in counts.items()}
    for s, p, o in rdf_triples(kg):
        if p == _MENTION_COUNT and s in nodes:
            o = nodes[s]
        yield s, p, o


def apply_change(store: ox.Store, change: Change, is_entity: Callable[[str], bool]) -> tuple[int, int]:
    """Write the RDF difference of ``change`` into ``store``; (triples removed, triples added).

    ``is_entity(id)`` says whether an entity id is an entity of the merged graph after the change.
    """
    old, new = set(change_triples(change.old, change.old_counts)), set(change_triples(change.new, change.new_counts))
    gone, came = old - new, new - old
    checked = [t for t in gone if str(t[1]) in _SHARED | _RELATION_PREDICATES]
    for q in quads(t for t in gone if str(t[1]) not in _SHARED | _RELATION_PREDICATES):
        store.remove(q)
    store.extend(quads(came))
    removed = len(gone) - len(checked)
    for s, p, o in sorted(checked, key=lambda t: str(t[1]) not in _RELATION_PREDICATES):
        if _still_made(store, s, p, o, change, is_entity):
            continue
        store.remove(ox.Quad(ox_term(s), ox_term(p), ox_term(o), ox.DefaultGraph()))
        removed += 1
    return removed, len(came)


def _still_made(store: ox.Store, s: Node, p: Node, o: Node, change: Change,
                is_entity: Callable[[str], bool]) -> bool:
    """Whether the rest of the graph still makes the shared triple ``s p o``."""
    if str(p) in _RELATION_PREDICATES:
        stmts = {q.subject for q in store.quads_for_pattern(None, ox.NamedNode(str(RDF.subject)), ox_term(s))}
        for st in stmts:
            if (any(True for _ in store.quads_for_pattern(st, ox.NamedNode(str(RDF.predicate)), ox_term(p)))
                    and any(True for _ in store.quads_for_pattern(st, ox.NamedNode(str(RDF.object)), ox_term(o)))):
                return True
        return False
    node = str(s)
    eid = node[len(DATA_NS):] if node.startswith(DATA_NS) else node
    if eid in change.new.entities:
        return False  # its own type and label were rewritten
    if is_entity(eid):
        return True  # an unchanged entity: the implied copy equals its own triple
    return any(True for _ in store.quads_for_pattern(None, None, ox_term(s)))


def run_store_query(store: ox.Store, sparql: str) -> QueryResult:
    """Run a SPARQL query on an Oxigraph store; :class:`QueryError` with a one-line reason.

    >>> st = ox.Store()
    >>> run_store_query(st, "ASK { ?s ?p ?o }").rows
    [['false']]
    """
    try:
        res = store.query(sparql, prefixes=QUERY_PREFIXES)
        if isinstance(res, ox.QueryBoolean):
            value = bool(res)
            return QueryResult(["ask"], [[str(value).lower()]], "ask", [[Literal(value)]], boolean=value)
        if isinstance(res, ox.QuerySolutions):
            columns = [v.value for v in res.variables]
            terms = [[rdflib_term(sol[i]) for i in range(len(columns))] for sol in res]
            return ordered(QueryResult(columns, term_cells(terms), "select", terms), sparql)  # SELECT * as written
        triples = sorted((rdflib_term(t.subject), rdflib_term(t.predicate), rdflib_term(t.object)) for t in res)
        terms = [list(t) for t in triples]
        return QueryResult(["subject", "predicate", "object"], term_cells(terms), "graph", terms)
    except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
        msg = " ".join(str(exc).split()) or type(exc).__name__
        raise QueryError(f"malformed query: {msg[:240]}") from exc


def graph_from_store(store: ox.Store) -> Graph:
    """The store's default graph as an rdflib graph (for validation and small exports)."""
    from ..graph.rdf import new_graph

    g = new_graph()
    for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph()):
        g.add((rdflib_term(q.subject), rdflib_term(q.predicate), rdflib_term(q.object)))  # type: ignore[arg-type]
    return g
