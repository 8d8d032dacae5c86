"""A fast writer of rdflib's own Turtle layout, for graphs of IRIs and literals only.

rdflib's ``TurtleSerializer`` spends most of a big build's output time splitting every IRI
again and again (a failed prefix look-up is not cached), so writing a month of news took longer
than extracting it. This module lays out the same triples in exactly the same bytes:

- subjects ordered by how often they are an object, then by IRI (rdflib's ``orderSubjects``);
- ``rdf:type`` and ``rdfs:label`` first, then the other predicates sorted; objects sorted;
- each IRI shortened by rdflib's own ``get_pname`` (memoised) and each literal written by
  rdflib's own ``_literal_n3``.

Graphs outside that shape (blank nodes, ``rdf:nil``, classes typed ``rdfs:Class``, a base IRI,
a predicate that would need a generated prefix) return ``None``: the caller falls back to rdflib.
Tests compare the two byte for byte.

>>> from rdflib import Graph, Literal, URIRef
>>> g = Graph(); g.bind("ex", "https://ex.org/")
>>> _ = g.add((URIRef("https://ex.org/a"), URIRef("https://ex.org/p"), Literal("工会", lang="zh")))
>>> turtle_of_triples(g, g) == g.serialize(format="turtle")
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD
from rdflib.plugins.serializers.turtle import TurtleSerializer

_FIRST_PREDICATES = (RDF.type, RDFS.label)  # rdflib's predicateOrder
_INDENT = "    "
_XSD_INTEGER = str(XSD.integer)


class _Unsupported(Exception):
    """The graph needs a part of rdflib's layout this writer does not reproduce."""


def turtle_of_triples(triples: Iterable[tuple[Any, Any, Any]], namespaces: Graph,
                      typed: dict[tuple[str, str | None, str | None], Literal] | None = None) -> str | None:
    """The Turtle rdflib would write for the set of ``triples``, or ``None`` if unsupported.

    ``namespaces`` is a graph whose prefix bindings the output uses (the graph itself, or an
    empty graph bound like it); it is never changed except for rdflib's own prefix cache.

    The terms are rdflib's, or plain (:func:`uniongraph.graph.rdf.rdf_triples` with a plain
    ``Iris``): an IRI as its text, a literal as a tuple (lexical form, language, datatype),
    with ``typed`` giving rdflib's literal for each tuple that has a datatype. Plain terms are
    hashed and compared in C, and written as rdflib writes the terms they stand for.
    """
    if namespaces.base is not None:
        return None
    by_subject: dict[Any, dict[Any, dict[Any, None]]] = {}
    refs: dict[Any, int] = {}
    for s, p, o in triples:
        objects = by_subject.setdefault(s, {}).setdefault(p, {})
        if o not in objects:  # a graph is a set: each triple counts once
            objects[o] = None
            refs[o] = refs.get(o, 0) + 1
    try:
        return _write(by_subject, refs, namespaces, typed or {})
    except _Unsupported:
        return None


def _written_in_full(graph: Graph) -> Callable[[str], bool]:
    """A quick test for IRIs that ``get_pname(uri, gen_prefix=False)`` certainly leaves
    unshortened (returns None), so that it need not be asked: it scans each IRI character by
    character (``split_uri``), most of a big graph's Turtle time, for entity IRIs such as
    ``…/id/person/%E9%99%88…`` that no prefix can shorten.

    rdflib splits an ASCII IRI at ``q``, the first character that may begin a local name after
    the last one that cannot be in one, and shortens it only with a bound namespace ``N`` that
    begins the IRI and is at least ``q`` long (the split, or a longer namespace it knows). So
    when no such namespace is bound, the answer is None, and not asking changes nothing else
    (the namespace rdflib would note for the IRI cannot be used by another one). Everything
    else (non-ASCII IRIs, rdflib's special cases, an IRI it shortened before) is left to rdflib.
    """
    from .turtle_plain import written_in_full

    cache = getattr(graph.namespace_manager, "_NamespaceManager__cache", None)
    if not isinstance(cache, dict):  # another rdflib: do not guess, ask it every time
        return lambda uri: False
    bound = sorted({str(ns) for _, ns in graph.namespace_manager.namespaces()}, key=len, reverse=True)
    return lambda uri: uri not in cache and written_in_full(uri, bound)


def _sorted(terms: Iterable[Any], typed: dict[Any, Literal] | None = None) -> list[Any]:
    """``sorted(terms)`` in rdflib's order: IRIs alone (the common case) by their text, compared
    in C rather than by rdflib's ``__lt__`` (the same order: rdflib compares two IRIs' text).
    Plain terms (see :func:`turtle_of_triples`) are ordered as the rdflib terms they stand for."""
    terms = list(terms)
    if len(terms) > 1:
        if all(type(t) is URIRef for t in terms):
            terms.sort(key=str)
        elif all(type(t) is str for t in terms):  # plain IRIs
            terms.sort()
        elif any(type(t) in (str, tuple) for t in terms):
            terms.sort(key=lambda t: _rdflib_term(t, typed or {}))
        else:
            terms.sort()
    return terms


def _rdflib_term(term: Any, typed: dict[Any, Literal]) -> Any:
    """The rdflib term a plain term stands for (rdflib's terms as they are)."""
    if type(term) is str:
        return URIRef(term)
    if type(term) is tuple:
        lexical, lang, datatype = term
        return typed[term] if datatype is not None else Literal(lexical, lang=lang)
    return term


#: rdflib's quoting of a literal's lexical form and its way of writing an IRI in full (with
#: its check of the IRI), used on the plain text itself
_quote = Literal._quote_encode
_n3 = URIRef.n3


def _write(by_subject: dict[Any, dict[Any, dict[Any, None]]], refs: dict[Any, int], graph: Graph,
           typed: dict[Any, Literal]) -> str:
    ser = TurtleSerializer(graph)
    ser.reset()
    names: dict[Any, str | None] = {}
    written_in_full = _written_in_full(graph)

    def pname(uri: URIRef) -> str | None:
        if uri not in names:
            names[uri] = None if written_in_full(uri) else ser.get_pname(uri, gen_prefix=False)
        return names[uri]

    def datatype_name(dt: URIRef) -> str | None:
        return pname(dt)

    iri_labels: dict[URIRef, str] = {}
    typed_labels: dict[tuple[str, str | None, str | None], str] = {}

    def label(node: Any) -> str:
        if type(node) is URIRef:  # most nodes: an IRI is written the same way every time
            text = iri_labels.get(node)
            if text is None:
                text = iri_labels[node] = pname(node) or node.n3()
            return text
        if type(node) is str:  # a plain IRI: written as its URIRef
            text = iri_labels.get(node)
            if text is None:
                if written_in_full(node):  # pname would say None: URIRef.n3 on the text itself
                    text = _n3(node)
                else:
                    iri = URIRef(node)
                    text = pname(iri) or iri.n3()
                iri_labels[node] = text
            return text
        if type(node) is tuple:  # a plain literal
            lexical, lang, datatype = node
            if datatype is None:
                return _quote(lexical) + "@" + lang if lang else _quote(lexical)
            text = typed_labels.get(node)
            if text is None:  # one rdflib literal per tuple: written once
                text = typed_labels[node] = label(typed[node])
            return text
        if isinstance(node, Literal):
            # the two common cases as rdflib's _literal_n3 writes them, without its dozen
            # datatype comparisons: a string (with or without a language) and an xsd:integer
            dt = node.datatype
            if dt is None:
                lang = node.language
                return node._quote_encode() + "@" + lang if lang else node._quote_encode()
            if type(dt) is URIRef and str.__eq__(dt, _XSD_INTEGER) and node.value is not None:
                return str(node)
            return node._literal_n3(use_plain=True, qname_callback=datatype_name)
        if isinstance(node, URIRef):
            return pname(node) or node.n3()
        raise _Unsupported(type(node).__name__)

    # plain IRIs and rdflib's hash alike (URIRef uses str's hash): a dict holding both would
    # compare them with rdflib's __eq__ on every look-up, so a graph is one kind or the other
    kinds = {type(s) is str for s in by_subject}
    if len(kinds) > 1:
        raise _Unsupported("plain and rdflib subjects")
    plain = kinds == {True}
    verbs: dict[Any, str] = {str(RDF.type): "a"} if plain else {RDF.type: "a"}

    def verb(node: Any) -> str:
        if node in verbs:
            return verbs[node]
        iri = URIRef(node) if type(node) is str else node  # a plain IRI: its URIRef
        if not isinstance(iri, URIRef):
            raise _Unsupported("predicate")
        name = pname(iri)
        if name is None:  # rdflib would generate an ns1: prefix for it
            raise _Unsupported("predicate prefix")
        verbs[node] = name
        return name

    nil, rdfs_class = str(RDF.nil), str(RDFS.Class)
    if nil in by_subject or (not plain and any(isinstance(s, BNode) or str.__eq__(s, nil) for s in by_subject)):
        raise _Unsupported("subject")
    if plain:  # every object a str (an IRI) or a tuple (a literal)
        if nil in refs or rdfs_class in refs:
            raise _Unsupported("rdf:nil or rdfs:Class")  # rdflib puts classes first
        for o in refs:
            if type(o) is tuple:
                if o[2] is not None:
                    pname(typed[o].datatype)  # rdflib declares the prefix even when the literal is written bare
            elif type(o) is not str:
                raise _Unsupported("object")
    else:
        if any(str.__eq__(o, rdfs_class) for o in refs if isinstance(o, URIRef)):
            raise _Unsupported("rdfs:Class")  # rdflib puts classes first
        for o in refs:
            if isinstance(o, BNode) or (isinstance(o, URIRef) and str.__eq__(o, nil)):
                raise _Unsupported("object")
            if isinstance(o, Literal) and o.datatype is not None:
                pname(o.datatype)  # rdflib declares the prefix even when the literal is written bare

    # rdflib registers the prefixes of every term while preprocessing, in triple order; the
    # header lists the ones used, sorted, so registering them in any order gives the same set.
    first_predicates = tuple(map(str, _FIRST_PREDICATES)) if plain else _FIRST_PREDICATES
    first = set(first_predicates)
    parts: list[str] = []
    # rdflib orders IRIs of one type by their text: compare the str (C) rather than the terms
    # (a tuple compares its items with rdflib's __eq__ before __lt__), unless a subclass is about
    text_order = all(type(s) is URIRef or type(s) is str for s in by_subject)
    for s in sorted(by_subject, key=(lambda s: (refs.get(s, 0), str(s))) if text_order else (lambda s: (refs.get(s, 0), s))):
        props = by_subject[s]
        order = [p for p in first_predicates if p in props]
        order += _sorted((p for p in props if p not in first), typed)
        chunk = ["\n", label(s)]
        for i, p in enumerate(order):
            if i:
                chunk.append(" ;\n" + _INDENT)
            else:
                chunk.append(" ")
            chunk.append(verb(p))
            objects = props[p]
            if len(objects) == 1:  # most predicates have one object: nothing to sort
                chunk.append(" " + label(next(iter(objects))))
                continue
            objects = _sorted(objects, typed)
            chunk.append(" " + label(objects[0]))
            for o in objects[1:]:
                chunk.append(",\n" + _INDENT * 2 + label(o))
        chunk.append(" .\n")
        parts.append("".join(chunk))
    head = "".join(f"@prefix {prefix}: <{ns}> .\n" for prefix, ns in sorted(ser.namespaces.items()))
    text = head + "".join(parts) + "\n"
    # rdflib encodes with errors="replace": a lone surrogate comes out as "?"
    return text.encode("utf-8", "replace").decode("utf-8")
