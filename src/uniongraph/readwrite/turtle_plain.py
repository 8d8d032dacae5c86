"""A build's ``graph.ttl`` written from plain text, without rdflib.

A build wrote its Turtle through :mod:`.turtle_writer`, which lays out rdflib's own bytes but
asks rdflib to shorten IRIs and quote literals; importing rdflib for that (and for the shape
checks) was a fixed cost of every build, about as long as writing a small graph's Turtle. This
module writes the same bytes from the plain triples (:func:`uniongraph.graph.rdf.rdf_triples`
with a plain :class:`~uniongraph.graph.rdf.Iris`: IRIs as text, literals as tuples) for the
graphs a build makes, and returns ``None`` for anything it is not sure to write as rdflib does
(another datatype, objects of mixed kinds under one predicate, an IRI it cannot shorten the way
rdflib would, a predicate rdflib would invent a prefix for): :func:`.turtle.generate_turtle`
then writes the graph the old way, with rdflib.

rdflib's layout (``TurtleSerializer``), as :mod:`.turtle_writer` describes it: subjects ordered
by how often they are an object, then by IRI; ``rdf:type`` and ``rdfs:label`` first, then the
other predicates sorted; objects sorted; every prefix of :data:`.namespaces.PREFIX_IRIS`
declared. Tests compare it with rdflib's writer byte for byte and parse it back.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation")})
>>> "rdfs:label \\"北京市总工会\\"@zh" in plain_turtle(kg)
True
"""

from __future__ import annotations

import re
import string
from typing import Any

from ..graph.namespaces import PREFIX_IRIS, RDF_TYPE, RDFS_LABEL, RDF_NS, RDFS_NS, XSD_BOOLEAN, XSD_DATE, XSD_INTEGER
from ..model import KnowledgeGraph

_INDENT = "    "
_NIL, _CLASS = RDF_NS + "nil", RDFS_NS + "Class"
#: the namespaces rdflib's graph of a build knows (its core bindings, then uniongraph's), longest first
_XML_NS = "http://www.w3.org/XML/1998/namespace"
_BOUND = sorted({*PREFIX_IRIS.values(), _XML_NS}, key=len, reverse=True)
_PREFIX_OF = {ns: prefix for prefix, ns in PREFIX_IRIS.items()}
#: the ASCII characters rdflib's ``split_uri`` reads as part of a local name, those that may
#: begin one, and a local name this writer shortens an IRI to (rdflib would split it the same way)
_NAME_CHARS = string.ascii_letters + string.digits + "-._%()"
_LOCAL_START = re.compile(r"[A-Za-z0-9_]")
_PLAIN_LOCAL = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*")
_INVALID_IRI_CHARS = '<>" {}|\\^`'
#: the header: every uniongraph prefix, sorted as lines (rdflib declares those the graph uses,
#: all of them uniongraph's; :func:`.turtle.generate_turtle` adds the others and sorts)
_HEADER = "\n".join(sorted(f"@prefix {prefix}: <{ns}> ." for prefix, ns in PREFIX_IRIS.items()))


class _Unsure(Exception):
    """The graph needs something this writer does not write as rdflib would."""


def plain_turtle(kg: KnowledgeGraph) -> str | None:
    """``graph.ttl`` of ``kg`` as :func:`.turtle.generate_turtle` writes it with rdflib, or None
    when the graph holds something this writer leaves to rdflib."""
    data = plain_turtle_bytes(kg)
    return None if data is None else data.decode("utf-8")


def plain_turtle_bytes(kg: KnowledgeGraph) -> bytes | None:
    """:func:`plain_turtle`'s text as the file's UTF-8 bytes, encoded once (a build writes
    these: the text itself would be encoded, decoded and encoded again)."""
    from ..graph.rdf import Iris, rdf_triples

    by_subject: dict[str, dict[str, dict[Any, None]]] = {}
    refs: dict[Any, int] = {}
    for s, p, o in rdf_triples(kg, Iris(plain=True, typed_terms=False)):
        objects = by_subject.setdefault(s, {}).setdefault(p, {})
        if o not in objects:  # a graph is a set: each triple counts once
            objects[o] = None
            refs[o] = refs.get(o, 0) + 1
    try:
        body = _body(by_subject, refs)
    except _Unsure:
        return None
    text = _HEADER + "\n\n" + (body + "\n" if body else "")
    # rdflib encodes with errors="replace": a lone surrogate comes out as "?"
    return text.encode("utf-8", "replace")


def written_in_full(uri: str, bound: list[str] = _BOUND) -> bool:
    """Whether rdflib writes ``uri`` as ``<uri>`` in a graph whose known namespaces are ``bound``
    (longest first): no namespace can shorten it. False also where that is unclear.

    rdflib splits an ASCII IRI at ``q``, the first character that may begin a local name after
    the last one that cannot be in one, and shortens it only with a bound namespace ``N`` that
    begins the IRI and is at least ``q`` long (the split, or a longer namespace it knows). So
    when no such namespace is bound, the answer is yes; non-ASCII IRIs and rdflib's special cases
    (the XML namespace, no split point) are unclear."""
    if not uri.isascii() or uri.startswith(_XML_NS):
        return False
    last = len(uri.rstrip(_NAME_CHARS)) - 1  # the last character outside a local name
    m = _LOCAL_START.search(uri, last + 1) if last >= 0 else None
    if m is None:
        return False
    for ns in bound:  # longest first
        if len(ns) < m.start():
            return True
        if uri.startswith(ns):
            return False
    return True


def _short_name(uri: str) -> str:
    """``prefix:local`` for an IRI of a uniongraph namespace whose local part rdflib splits off
    as it is (letters, digits, ``_`` and ``-``, opening with a letter or ``_``)."""
    for ns in _BOUND:
        if uri.startswith(ns) and ns in _PREFIX_OF and ns[-1] in "/#":
            if _PLAIN_LOCAL.fullmatch(uri, len(ns)):
                return f"{_PREFIX_OF[ns]}:{uri[len(ns):]}"
            break
    raise _Unsure(uri)


def _iri(uri: str) -> str:
    if written_in_full(uri):
        if any(c in uri for c in _INVALID_IRI_CHARS):
            raise _Unsure(uri)  # (rdflib refuses it: its error is the one to report)
        return f"<{uri}>"
    return _short_name(uri)


def _quote(text: str) -> str:
    """rdflib's quoting of a literal's lexical form (``Literal._quote_encode``)."""
    if "\n" in text:
        encoded = text.replace("\\", "\\\\")
        if '"""' in text:
            encoded = encoded.replace('"""', '\\"\\"\\"')
        if encoded[-1] == '"' and encoded[-2] != "\\":
            encoded = encoded[:-1] + "\\" + '"'
        return '"""%s"""' % encoded.replace("\r", "\\r")
    return '"%s"' % text.replace("\n", "\\n").replace("\\", "\\\\").replace('"', '\\"').replace("\r", "\\r")


def _literal(lexical: str, lang: str | None, datatype: str | None) -> str:
    if datatype is None:
        return _quote(lexical) + "@" + lang if lang else _quote(lexical)
    if datatype == XSD_INTEGER or datatype == XSD_BOOLEAN:
        return lexical  # (rdflib writes valid numbers and booleans bare; these are made of int and bool)
    if datatype == XSD_DATE:
        return _quote(lexical) + "^^xsd:date"
    raise _Unsure(datatype)


def _sorted(objects: dict[Any, None]) -> list[Any]:
    """The objects in rdflib's order, for the kinds whose order is their text's: IRIs alone, or
    literals without a datatype, all of one language (or none)."""
    terms = list(objects)
    if all(type(t) is str for t in terms):
        terms.sort()
    elif all(type(t) is tuple and t[2] is None and t[1] == terms[0][1] for t in terms):
        terms.sort(key=_lexical)
    else:
        raise _Unsure("objects of mixed kinds")
    return terms


def _lexical(term: tuple[str, str | None, str | None]) -> str:
    return term[0]


def _body(by_subject: dict[str, dict[str, dict[Any, None]]], refs: dict[Any, int]) -> str:
    if _NIL in by_subject or _NIL in refs or _CLASS in refs:
        raise _Unsure("rdf:nil or rdfs:Class")  # (rdflib lists collections and puts classes first)
    labels: dict[Any, str] = {}

    def label(node: Any) -> str:
        text = labels.get(node)
        if text is None:
            if type(node) is str:
                text = _iri(node)
            elif type(node) is tuple:
                text = _literal(*node)
            else:
                raise _Unsure(type(node).__name__)
            labels[node] = text
        return text

    verbs: dict[str, str] = {RDF_TYPE: "a"}

    def verb(p: str) -> str:
        name = verbs.get(p)
        if name is None:
            name = verbs[p] = _short_name(p)  # (else rdflib would make up a prefix for it)
        return name

    first_predicates = (RDF_TYPE, RDFS_LABEL)
    parts: list[str] = []
    for s in sorted(by_subject, key=lambda s: (refs.get(s, 0), s)):
        if type(s) is not str:
            raise _Unsure("subject")
        props = by_subject[s]
        order = [p for p in first_predicates if p in props]
        order += sorted(p for p in props if p != RDF_TYPE and p != RDFS_LABEL)
        chunk = ["\n", label(s)]
        for i, p in enumerate(order):
            chunk.append(" ;\n" + _INDENT if i else " ")
            chunk.append(verb(p))
            objects = props[p]
            if len(objects) == 1:  # most predicates have one object: nothing to sort
                chunk.append(" " + label(next(iter(objects))))
                continue
            ordered = _sorted(objects)
            chunk.append(" " + label(ordered[0]))
            for o in ordered[1:]:
                chunk.append(",\n" + _INDENT * 2 + label(o))
        chunk.append(" .\n")
        parts.append("".join(chunk))
    return "".join(parts).strip("\n")


__all__ = ["plain_turtle", "plain_turtle_bytes", "written_in_full"]
