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

import datetime
import functools
import hashlib
import json
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ..ids import DATA_NS, ONTOLOGY_NS, entity_iri
from ..model import Evidence, KnowledgeGraph, Relation
from .classes import superclass_iris, superclasses
from .namespaces import PROV_NS, RDF_NS, RDFS_NS, SKOS_NS, XSD_BOOLEAN, XSD_DATE, XSD_INTEGER
from .nodes import NodeIndex

if TYPE_CHECKING:  # rdflib is imported where its terms are made: plain triples (a build's Turtle) need none
    from rdflib import Graph, Literal, URIRef

Triple = tuple[Any, Any, Any]

#: Attributes :mod:`uniongraph.curation` gives an entity a correction shaped (where, and what and
#: why), each written as a plain string of the property of the same name.
CURATION_PROPS = ("curatedBy", "curationReason")
# Attributes with a dedicated property and the datatype their values take.
_ATTRIBUTE_PROPS: dict[str, str | None] = {"age": XSD_INTEGER, "role": None}
_ZH = "zh"
#: Byline role -> property of the article (a ``ug:`` name).
_BYLINE_PROPS: dict[str, str] = {"reporter": "reportedBy", "correspondent": "correspondent"}


def article_iri(article_id: str) -> URIRef:
    """The IRI of an article id (``article/<digest>-<n>``)."""
    from rdflib import URIRef

    return URIRef(DATA_NS + article_id)


def node_iri(node_id: str) -> URIRef:
    """The IRI of an entity id."""
    from rdflib import URIRef

    return URIRef(entity_iri(node_id))


def _digest(*parts: Any) -> str:
    # JSON keeps the parts apart unambiguously (a name may contain any separator).
    data = json.dumps(parts, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha1(data.encode("utf-8")).hexdigest()[:20]


def statement_iri(head: URIRef, relation: str, tail: URIRef, inferred: bool) -> URIRef:
    """The IRI of the statement node of one (extracted or inferred) relation triple."""
    from rdflib import URIRef

    return URIRef(_statement_text(head, relation, tail, inferred))


def _statement_text(head: str, relation: str, tail: str, inferred: bool) -> str:
    return f"{DATA_NS}statement/{_digest(str(head), relation, str(tail), inferred)}"


def evidence_iri(statement: URIRef, ev: Evidence) -> URIRef:
    """The IRI of one piece of evidence for a statement."""
    from rdflib import URIRef

    return URIRef(_evidence_text(statement, ev))


def _evidence_text(statement: str, ev: Evidence) -> str:
    key = (str(statement), ev.article_id, ev.sentence_start, ev.sentence_end, ev.rule,
           ev.head_start, ev.head_end, ev.tail_start, ev.tail_end, ev.sentence)
    return f"{DATA_NS}evidence/{_digest(*key)}"


def new_graph() -> Graph:
    """An empty graph with the uniongraph prefixes bound."""
    from rdflib import Graph

    from .vocabulary import PREFIXES

    g = Graph(bind_namespaces="core")
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    return g


def _plain(value: Any) -> Any:
    """A literal for an attribute value of any JSON type (its text is what is written)."""
    if type(value) is str:  # (rdflib keeps a string as its lexical form)
        return value
    if type(value) is int:  # (an integer's lexical form is its decimal digits)
        return str(value)
    from rdflib import Literal
    from rdflib.namespace import XSD

    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, float):
        return Literal(value, datatype=XSD.double)
    if isinstance(value, str):
        return Literal(value, lang=_ZH)
    return Literal(json.dumps(value, ensure_ascii=False, sort_keys=True))


def _attribute_triples(node: Any, attributes: dict[str, Any], iris: Iris) -> Iterator[Triple]:
    for key in sorted(attributes):
        value = attributes[key]
        values = value if isinstance(value, (list, tuple, set)) else [value]
        for v in sorted(values, key=str) if isinstance(value, set) else values:
            if v is None:
                continue
            if key in CURATION_PROPS and isinstance(v, str):  # provenance of a correction: plain text
                yield (node, iris.term(key), iris.lit(v))
                continue
            if key in _ATTRIBUTE_PROPS:
                datatype = _ATTRIBUTE_PROPS[key]
                if datatype == _INTEGER and isinstance(v, int) and not isinstance(v, bool):
                    yield (node, iris.term(key), iris.lit(v, datatype=_INTEGER))
                    continue
                if datatype is None and isinstance(v, str):
                    yield (node, iris.term(key), iris.lit(v, lang=_ZH))
                    continue
            yield (node, iris.term("attribute"), iris.lit(f"{key}={_plain(v)}"))


def _relation_triples(index: NodeIndex, rel: Relation, inferred: bool, iris: Iris) -> Iterator[Triple]:
    head_id, tail_id = index.ends(rel)
    head, tail = iris.node(head_id), iris.node(tail_id)
    pred = iris.term(rel.relation)
    yield (head, pred, tail)
    st = iris.iri(_statement_text(head, rel.relation, tail, inferred))
    flag = iris.literal(inferred)
    p = iris.terms
    yield (st, p.TYPE, p.STATEMENT)
    yield (st, p.SUBJECT, head)
    yield (st, p.PREDICATE, pred)
    yield (st, p.OBJECT, tail)
    yield (st, iris.term("inferred"), flag)
    for ev in rel.evidence:
        node = iris.iri(_evidence_text(st, ev))
        art = iris.article(ev.article_id)
        yield (st, iris.term("evidence"), node)
        for cls in iris.types("Evidence"):
            yield (node, p.TYPE, cls)
        yield (node, iris.term("article"), art)
        yield (node, p.DERIVED_FROM, art)
        yield (node, iris.term("sentence"), iris.literal(ev.sentence, _ZH))
        yield (node, iris.term("sentenceStart"), iris.literal(ev.sentence_start, _INTEGER))
        yield (node, iris.term("sentenceEnd"), iris.literal(ev.sentence_end, _INTEGER))
        yield (node, iris.term("rule"), iris.literal(ev.rule))
        yield (node, iris.term("inferred"), flag)
        for prop, value in (
            ("headStart", ev.head_start), ("headEnd", ev.head_end),
            ("tailStart", ev.tail_start), ("tailEnd", ev.tail_end),
        ):
            if value is not None:
                yield (node, iris.term(prop), iris.literal(value, _INTEGER))


# the datatypes and fixed terms as IRI text (the rdflib terms are made of them once, by _Fixed)
_INTEGER, _DATE = XSD_INTEGER, XSD_DATE
_TYPE, _STATEMENT, _SUBJECT, _PREDICATE, _OBJECT = (RDF_NS + n for n in ("type", "Statement", "subject", "predicate", "object"))
_LABEL, _ALT_LABEL, _DERIVED_FROM = RDFS_NS + "label", SKOS_NS + "altLabel", PROV_NS + "wasDerivedFrom"


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
            from rdflib import URIRef

            term = self._made[name] = URIRef(ONTOLOGY_NS + name)  # (UG[name])
        return term


_P = _Terms()


class _Fixed:
    """The fixed terms a graph is written with (rdflib's terms, or their text in plain mode)."""

    def __init__(self, make: Any) -> None:
        self.TYPE, self.STATEMENT, self.SUBJECT = make(_TYPE), make(_STATEMENT), make(_SUBJECT)
        self.PREDICATE, self.OBJECT = make(_PREDICATE), make(_OBJECT)
        self.LABEL, self.ALT_LABEL, self.DERIVED_FROM = make(_LABEL), make(_ALT_LABEL), make(_DERIVED_FROM)


_PLAIN_FIXED = _Fixed(str)


@functools.cache
def _rdflib_fixed() -> _Fixed:
    from rdflib import URIRef

    return _Fixed(URIRef)

#: a literal in plain mode: (lexical form, language or None, datatype IRI or None)
PlainLiteral = tuple[str, "str | None", "str | None"]


class Iris:
    """The IRIs and repeated literals of one graph, each made once and then shared.

    Making an IRI percent-encodes and checks it; and the Turtle writer's dicts find a shared
    term by identity instead of calling rdflib's ``__eq__`` (a third of the writer's time).

    ``plain``: the terms are not rdflib's but what they stand for, hashed and compared in C:
    an IRI is its text (a ``str``) and a literal a :data:`PlainLiteral` tuple, the same one
    for literals rdflib holds equal. Literals other than strings are still made by rdflib
    (their lexical forms are rdflib's) and kept in ``typed`` under their tuple. The Turtle
    writer (:mod:`uniongraph.readwrite.turtle`) passes a plain one to :func:`rdf_triples`.
    """

    def __init__(self, plain: bool = False, typed_terms: bool = True) -> None:
        self.plain = plain
        #: plain mode: keep rdflib's literal of each typed tuple in ``typed`` (False: integers,
        #: booleans and ISO days are made as text alone, with no rdflib; see :func:`_plain_typed`)
        self.typed_terms = typed_terms
        self.terms = _PLAIN_FIXED if plain else _rdflib_fixed()
        self.typed: dict[PlainLiteral, Literal] = {}
        self._nodes: dict[str, Any] = {}
        self._articles: dict[str, Any] = {}
        self._literals: dict[tuple[Any, Any], Any] = {}
        self._types: dict[str, tuple[Any, ...]] = {}
        self._terms: dict[str, Any] = {}
        self._made: dict[tuple[Any, ...], PlainLiteral] = {}

    def iri(self, text: str) -> Any:
        """The IRI ``text``."""
        if self.plain:
            return text
        from rdflib import URIRef

        return URIRef(text)

    def term(self, name: str) -> Any:
        """The ``ug:`` term ``name`` (a property)."""
        term = self._terms.get(name)
        if term is None:
            term = self._terms[name] = ONTOLOGY_NS + name if self.plain else _P.get(name)
        return term

    def types(self, name: str) -> tuple[Any, ...]:
        """The ``ug:`` class ``name`` and every class above it (the types a node is written with)."""
        found = self._types.get(name)
        if found is None:
            found = (ONTOLOGY_NS + name, *superclass_iris(name)) if self.plain else (_P.get(name), *superclasses(name))
            self._types[name] = found
        return found

    def node(self, node_id: str) -> Any:
        iri = self._nodes.get(node_id)
        if iri is None:
            iri = self._nodes[node_id] = entity_iri(node_id) if self.plain else node_iri(node_id)
        return iri

    def article(self, article_id: str) -> Any:
        iri = self._articles.get(article_id)
        if iri is None:
            iri = self._articles[article_id] = DATA_NS + article_id if self.plain else article_iri(article_id)
        return iri

    def literal(self, value: Any, kind: str | None = None) -> Any:
        """``Literal(value)``, made once; ``kind`` is a language tag (``"zh"``) or a datatype IRI."""
        key = (type(value), value, kind)
        lit = self._literals.get(key)  # type: ignore[arg-type]
        if lit is None:
            if kind is not None and ":" in kind:  # (an IRI; a language tag holds no colon)
                lit = self.lit(value, datatype=kind)
            elif kind:
                lit = self.lit(value, lang=kind)
            else:
                lit = self.lit(value)
            self._literals[key] = lit  # type: ignore[index]
        return lit

    def lit(self, value: Any, *, lang: str | None = None, datatype: str | None = None) -> Any:
        """``Literal(value, lang=lang, datatype=datatype)`` (a new one)."""
        if not self.plain:
            from rdflib import Literal

            return Literal(value, lang=lang, datatype=datatype)
        if type(value) is str and datatype is None and lang in (None, _ZH):
            return (value, lang, None)  # rdflib keeps a string as its lexical form
        made_for = (type(value), value, lang, datatype)
        key = self._made.get(made_for)
        if key is None and not self.typed_terms:
            key = _plain_typed(value, lang, datatype)
            if key is not None:
                self._made[made_for] = key
        if key is None:
            from rdflib import Literal

            made = Literal(value, lang=lang, datatype=datatype)
            key = (str(made), made.language, None if made.datatype is None else str(made.datatype))
            self.typed.setdefault(key, made)
            self._made[made_for] = key
        return key


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _plain_typed(value: Any, lang: str | None, datatype: str | None) -> PlainLiteral | None:
    """The plain literal rdflib makes of ``Literal(value, lang=lang, datatype=datatype)`` for the
    typed values a build writes (an integer as xsd:integer, a boolean, a valid ISO day as
    xsd:date), made without rdflib; None for any other (rdflib makes it then).

    >>> _plain_typed(12, None, XSD_INTEGER), _plain_typed(False, None, None)[0], _plain_typed(1.5, None, None)
    (('12', None, 'http://www.w3.org/2001/XMLSchema#integer'), 'false', None)
    """
    if lang is not None:
        return None
    if type(value) is int and datatype == XSD_INTEGER:
        return (str(value), None, XSD_INTEGER)
    if type(value) is bool and datatype is None:
        return ("true" if value else "false", None, XSD_BOOLEAN)
    if type(value) is str and datatype == XSD_DATE and _ISO_DATE.fullmatch(value):
        try:  # (a day that does not exist: rdflib keeps it ill-typed and says so; left to it)
            if datetime.date.fromisoformat(value).isoformat() == value:
                return (value, None, XSD_DATE)
        except ValueError:
            pass
    return None


def _metadata_triples(node: Any, metadata: dict[str, Any], iris: Iris) -> Iterator[Triple]:
    """Corpus metadata of an article (JSONL fields, HTML meta tags): date, source, page, id."""
    date = metadata.get("date")
    if isinstance(date, str) and date:
        # an ISO day is an xsd:date; anything else (1998年1月, 1998-01) stays as written
        ok = _ISO_DATE.fullmatch(date) is not None
        yield (node, iris.term("date"), iris.lit(date, datatype=_DATE) if ok else iris.lit(date))
    source = metadata.get("source")
    if isinstance(source, str) and source:
        yield (node, iris.term("source"), iris.lit(source))
    page = metadata.get("page")
    if isinstance(page, str) and page.strip().isascii() and page.strip().isdigit():
        page = int(page)
    if isinstance(page, int) and not isinstance(page, bool):  # "A3" stays in graph.json only
        yield (node, iris.term("page"), iris.lit(page, datatype=_INTEGER))
    record = metadata.get("id")
    if isinstance(record, (str, int)) and not isinstance(record, bool) and str(record):
        yield (node, iris.term("recordId"), iris.lit(str(record)))


def rdf_triples(kg: KnowledgeGraph, iris: Iris | None = None) -> Iterator[Triple]:
    """The triples of :func:`to_rdf`, one by one (a triple may come more than once).

    With ``iris`` made ``Iris(plain=True)``, the terms are plain (see :class:`Iris`)."""
    index = NodeIndex(kg)
    iris = iris or Iris()
    p = iris.terms
    for eid in sorted(kg.entities):
        ent = kg.entities[eid]
        node = iris.node(eid)
        for cls in iris.types(ent.type):
            yield (node, p.TYPE, cls)
        yield (node, p.LABEL, iris.lit(ent.name, lang=_ZH))
        for alias in sorted(ent.aliases):
            yield (node, p.ALT_LABEL, iris.lit(alias, lang=_ZH))
        yield (node, iris.term("mentionCount"), iris.literal(len(ent.mentions), _INTEGER))
        yield from _attribute_triples(node, ent.attributes, iris)
        for m in ent.mentions:
            yield (iris.article(m.article_id), iris.term("mentions"), node)
    for art in kg.articles:
        node = iris.article(art.id)
        for cls in iris.types("Article"):
            yield (node, p.TYPE, cls)
        yield (node, iris.term("headline"), iris.lit(art.title, lang=_ZH))
        if art.kicker:
            yield (node, iris.term("kicker"), iris.lit(art.kicker, lang=_ZH))
        yield (node, iris.term("sourceFile"), iris.lit(art.source))
        yield (node, iris.term("line"), iris.lit(art.line, datatype=_INTEGER))
        yield (node, iris.term("articleIndex"), iris.lit(art.index, datatype=_INTEGER))
        yield (node, iris.term("text"), iris.lit(art.text, lang=_ZH))
        yield from _metadata_triples(node, art.metadata, iris)
        for byline in art.bylines:
            prop = _BYLINE_PROPS.get(byline.role)
            if prop is not None:  # other roles (editor, photographer) have no property yet
                yield (node, iris.term(prop), iris.node(index.person(byline.name)))
    for rel in kg.relations:
        yield from _relation_triples(index, rel, False, iris)
    for rel in kg.inferred_relations:
        yield from _relation_triples(index, rel, True, iris)
    # Names used by bylines and relations but not entities of the graph are still typed nodes.
    for info in sorted(index.implied.values(), key=lambda i: i.id):
        node = iris.node(info.id)
        for cls in iris.types(info.type):
            yield (node, p.TYPE, cls)
        yield (node, p.LABEL, iris.lit(info.name, lang=_ZH))


def to_rdf(kg: KnowledgeGraph) -> Graph:
    """The knowledge graph as an rdflib graph (entities, articles, relations with evidence).

    >>> from uniongraph.model import Entity, KnowledgeGraph
    >>> ent = Entity(id="org/x", name="北京市总工会", type="Federation", aliases={"市总工会"})
    >>> from rdflib.namespace import SKOS
    >>> g = to_rdf(KnowledgeGraph(entities={"org/x": ent}))
    >>> sorted(str(o) for o in g.objects(node_iri("org/x"), SKOS.altLabel))
    ['市总工会']
    """
    g = new_graph()
    for triple in rdf_triples(kg):
        g.add(triple)
    return g
