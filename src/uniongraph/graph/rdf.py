"""The knowledge graph as RDF (rdflib), in the ``ug:`` vocabulary of ``ontology/uniongraph.ttl``.

Shape of the output, for the sentence “李秀英是华为技术（深圳）有限公司工会主席”::

    ugd:person/李秀英 a ug:Person ; rdfs:label "李秀英"@zh ; ug:worksFor ugd:org/华为… .
    ugd:statement/<hash> a rdf:Statement ; rdf:subject ugd:person/李秀英 ;
        rdf:predicate ug:worksFor ; rdf:object ugd:org/华为… ; ug:inferred false ;
        ug:evidence ugd:evidence/<hash> .
    ugd:evidence/<hash> a ug:Evidence ; ug:article ugd:article/… ; prov:wasDerivedFrom ugd:article/… ;
        ug:sentence "…"@zh ; ug:sentenceStart 12 ; ug:sentenceEnd 40 ; ug:rule "…" ; ug:inferred false .
    ugd:org/中国工商银行 ug:curatedBy "corrections.toml:12" ;      # an entity a correction shaped
        ug:curationReason "merge 工行 → 中国工商银行: 同一家银行" .

(IRIs are percent-encoded; they are shown decoded here.) Every node is also typed with each
class the ontology puts above its own (``ugd:org/… a ug:Federation, ug:Organization,
schema:Organization …``, :mod:`.classes`), so ``?e a ug:Organization`` finds every organisation
without a reasoner. Every relation is a direct triple; its
statement node carries the evidence. An inferred relation's statement and evidence say
``ug:inferred true``, so ``FILTER NOT EXISTS`` on them leaves only what was read in the text.
Statement and evidence nodes are named by a hash of their content, never blank nodes, so the
same :class:`~uniongraph.model.KnowledgeGraph` always gives the same triples and the same Turtle.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from ..ids import DATA_NS, entity_iri
from ..model import Evidence, KnowledgeGraph, Relation
from .classes import superclasses
from .nodes import NodeIndex
from .vocabulary import PREFIXES, UG

Triple = tuple[URIRef, URIRef, Any]

#: Attributes :mod:`uniongraph.curation` gives an entity a correction shaped (where, and what and
#: why), each written as a plain string of the property of the same name.
CURATION_PROPS = ("curatedBy", "curationReason")
# Attributes with a dedicated property and the datatype their values take.
_ATTRIBUTE_PROPS: dict[str, URIRef | None] = {"age": XSD.integer, "role": None}
_ZH = "zh"
#: Byline role -> property of the article.
_BYLINE_PROPS: dict[str, URIRef] = {"reporter": UG.reportedBy, "correspondent": UG.correspondent}


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article id (``article/<digest>-<n>``)."""
    return URIRef(DATA_NS + article_id)


def node_iri(node_id: str) -> URIRef:
    """The IRI of an entity id."""
    return URIRef(entity_iri(node_id))


def _digest(*parts: Any) -> str:
    # JSON keeps the parts apart unambiguously (a name may contain any separator).
    data = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha1(data.encode("utf-8")).hexdigest()[:20]


def statement_iri(head: URIRef, relation: str, tail: URIRef, inferred: bool) -> URIRef:
    """The IRI of the statement node of one (extracted or inferred) relation triple."""
    return URIRef(f"{DATA_NS}statement/{_digest(str(head), relation, str(tail), inferred)}")


def evidence_iri(statement: URIRef, ev: Evidence) -> URIRef:
    """The IRI of one piece of evidence for a statement."""
    key = (str(statement), ev.article_id, ev.sentence_start, ev.sentence_end, ev.rule,
           ev.head_start, ev.head_end, ev.tail_start, ev.tail_end, ev.sentence)
    return URIRef(f"{DATA_NS}evidence/{_digest(*key)}")


def new_graph() -> Graph:
    """An empty graph with the uniongraph prefixes bound."""
    g = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def _plain(value: Any) -> Literal:
    """A literal for an attribute value of any JSON type."""
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(value, datatype=XSD.double)
    if isinstance(value, str):
        return Literal(value, lang=_ZH)
    return Literal(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _attribute_triples(node: URIRef, attributes: dict[str, Any]) -> Iterator[Triple]:
    for key in sorted(attributes):
        value = attributes[key]
        values = value if isinstance(value, (list, tuple, set)) else [value]
        for v in sorted(values, key=str) if isinstance(value, set) else values:
            if v is None:
                continue
            if key in CURATION_PROPS and isinstance(v, str):  # provenance of a correction: plain text
                yield (node, _P.get(key), Literal(v))
                continue
            if key in _ATTRIBUTE_PROPS:
                datatype = _ATTRIBUTE_PROPS[key]
                if datatype == XSD.integer and isinstance(v, int) and not isinstance(v, bool):
                    yield (node, _P.get(key), Literal(v, datatype=XSD.integer))
                    continue
                if datatype is None and isinstance(v, str):
                    yield (node, _P.get(key), Literal(v, lang=_ZH))
                    continue
            yield (node, _P.attribute, Literal(f"{key}={_plain(v)}"))


def _relation_triples(index: NodeIndex, rel: Relation, inferred: bool, iris: _Iris) -> Iterator[Triple]:
    head_id, tail_id = index.ends(rel)
    head, tail = iris.node(head_id), iris.node(tail_id)
    pred = _P.get(rel.relation)
    yield (head, pred, tail)
    st = statement_iri(head, rel.relation, tail, inferred)
    flag = Literal(inferred)
    yield (st, _TYPE, _STATEMENT)
    yield (st, _SUBJECT, head)
    yield (st, _PREDICATE, pred)
    yield (st, _OBJECT, tail)
    yield (st, _P.inferred, flag)
    for ev in rel.evidence:
        node = evidence_iri(st, ev)
        art = iris.article(ev.article_id)
        yield (st, _P.evidence, node)
        for cls in iris.types("Evidence"):
            yield (node, _TYPE, cls)
        yield (node, _P.article, art)
        yield (node, _DERIVED_FROM, art)
        yield (node, _P.sentence, iris.literal(ev.sentence, _ZH))
        yield (node, _P.sentenceStart, iris.literal(ev.sentence_start, XSD.integer))
        yield (node, _P.sentenceEnd, iris.literal(ev.sentence_end, XSD.integer))
        yield (node, _P.rule, iris.literal(ev.rule))
        yield (node, _P.inferred, flag)
        for prop, value in (
            (_P.headStart, ev.head_start), (_P.headEnd, ev.head_end),
            (_P.tailStart, ev.tail_start), (_P.tailEnd, ev.tail_end),
        ):
            if value is not None:
                yield (node, prop, iris.literal(value, XSD.integer))


# rdflib's namespaces make a new URIRef on every attribute access; these are made once
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = RDF.type, RDF.Statement, RDF.subject, RDF.predicate, RDF.object
_LABEL, _ALT_LABEL, _DERIVED_FROM = RDFS.label, SKOS.altLabel, PROV.wasDerivedFrom


class _Terms:
    """The ontology's terms, each made once (``UG.x`` makes a new URIRef on every access):
    ``_P.name`` for a fixed name, ``_P.get(name)`` for one held in a variable."""

    def __init__(self) -> None:
        self._made: dict[str, URIRef] = {}

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("_"):
            raise AttributeError(name)
        return self.get(name)

    def get(self, name: str) -> URIRef:
        term = self._made.get(name)
        if term is None:
            term = self._made[name] = UG[name]
        return term


_P = _Terms()


class _Iris:
    """The IRIs and repeated literals of one graph, each made once and then shared.

    Making an IRI percent-encodes and checks it; and the Turtle writer's dicts find a shared
    term by identity instead of calling rdflib's ``__eq__`` (a third of the writer's time).
    """

    def __init__(self) -> None:
        self._nodes: dict[str, URIRef] = {}
        self._articles: dict[str, URIRef] = {}
        self._literals: dict[tuple[Any, Any], Literal] = {}
        self._types: dict[str, tuple[URIRef, ...]] = {}

    def types(self, name: str) -> tuple[URIRef, ...]:
        """The ``ug:`` class ``name`` and every class above it (the types a node is written with)."""
        found = self._types.get(name)
        if found is None:
            found = self._types[name] = (_P.get(name), *superclasses(name))
        return found

    def node(self, node_id: str) -> URIRef:
        iri = self._nodes.get(node_id)
        if iri is None:
            iri = self._nodes[node_id] = node_iri(node_id)
        return iri

    def article(self, article_id: str) -> URIRef:
        iri = self._articles.get(article_id)
        if iri is None:
            iri = self._articles[article_id] = article_iri(article_id)
        return iri

    def literal(self, value: Any, kind: str | URIRef | None = None) -> Literal:
        """``Literal(value)``; ``kind`` is a language tag (``"zh"``) or a datatype IRI."""
        key = (type(value), value, kind)
        lit = self._literals.get(key)  # type: ignore[arg-type]
        if lit is None:
            if isinstance(kind, URIRef):
                lit = Literal(value, datatype=kind)
            elif kind:
                lit = Literal(value, lang=kind)
            else:
                lit = Literal(value)
            self._literals[key] = lit  # type: ignore[index]
        return lit


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _metadata_triples(node: URIRef, metadata: dict[str, Any]) -> Iterator[Triple]:
    """Corpus metadata of an article (JSONL fields, HTML meta tags): date, source, page, id."""
    date = metadata.get("date")
    if isinstance(date, str) and date:
        # an ISO day is an xsd:date; anything else (1998年1月, 1998-01) stays as written
        ok = _ISO_DATE.fullmatch(date) is not None
        yield (node, _P.date, Literal(date, datatype=XSD.date) if ok else Literal(date))
    source = metadata.get("source")
    if isinstance(source, str) and source:
        yield (node, _P.source, Literal(source))
    page = metadata.get("page")
    if isinstance(page, str) and page.strip().isascii() and page.strip().isdigit():
        page = int(page)
    if isinstance(page, int) and not isinstance(page, bool):  # "A3" stays in graph.json only
        yield (node, _P.page, Literal(page, datatype=XSD.integer))
    record = metadata.get("id")
    if isinstance(record, (str, int)) and not isinstance(record, bool) and str(record):
        yield (node, _P.recordId, Literal(str(record)))


def rdf_triples(kg: KnowledgeGraph) -> Iterator[Triple]:
    """The triples of :func:`to_rdf`, one by one (a triple may come more than once)."""
    index = NodeIndex(kg)
    iris = _Iris()
    for eid in sorted(kg.entities):
        ent = kg.entities[eid]
        node = iris.node(eid)
        for cls in iris.types(ent.type):
            yield (node, _TYPE, cls)
        yield (node, _LABEL, Literal(ent.name, lang=_ZH))
        for alias in sorted(ent.aliases):
            yield (node, _ALT_LABEL, Literal(alias, lang=_ZH))
        yield (node, _P.mentionCount, iris.literal(len(ent.mentions), XSD.integer))
        yield from _attribute_triples(node, ent.attributes)
        for m in ent.mentions:
            yield (iris.article(m.article_id), _P.mentions, node)
    for art in kg.articles:
        node = iris.article(art.id)
        for cls in iris.types("Article"):
            yield (node, _TYPE, cls)
        yield (node, _P.headline, Literal(art.title, lang=_ZH))
        if art.kicker:
            yield (node, _P.kicker, Literal(art.kicker, lang=_ZH))
        yield (node, _P.sourceFile, Literal(art.source))
        yield (node, _P.line, Literal(art.line, datatype=XSD.integer))
        yield (node, _P.articleIndex, Literal(art.index, datatype=XSD.integer))
        yield (node, _P.text, Literal(art.text, lang=_ZH))
        yield from _metadata_triples(node, art.metadata)
        for byline in art.bylines:
            prop = _BYLINE_PROPS.get(byline.role)
            if prop is not None:  # other roles (editor, photographer) have no property yet
                yield (node, prop, iris.node(index.person(byline.name)))
    for rel in kg.relations:
        yield from _relation_triples(index, rel, False, iris)
    for rel in kg.inferred_relations:
        yield from _relation_triples(index, rel, True, iris)
    # Names used by bylines and relations but not entities of the graph are still typed nodes.
    for info in sorted(index.implied.values(), key=lambda i: i.id):
        node = iris.node(info.id)
        for cls in iris.types(info.type):
            yield (node, _TYPE, cls)
        yield (node, _LABEL, Literal(info.name, lang=_ZH))


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The knowledge graph as an rdflib graph (entities, articles, relations with evidence).

    >>> from uniongraph.model import Entity, KnowledgeGraph
    >>> ent = Entity(id="org/x", name="北京市总工会", type="Federation", aliases={"市总工会"})
    >>> g = to_rdf(KnowledgeGraph(entities={"org/x": ent}))
    >>> sorted(str(o) for o in g.objects(node_iri("org/x"), SKOS.altLabel))
    ['市总工会']
    """
    g = new_graph()
    for triple in rdf_triples(kg):
        g.add(triple)
    return g
