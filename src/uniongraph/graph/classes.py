"""The classes above each class of the graph, so that every node is written with all of them.

A federation is written ``a ug:Federation, ug:Organization, org:FormalOrganization,
foaf:Organization, schema:Organization, prov:Agent …``: its own class and every class the ontology
(``ontology/uniongraph.ttl``) puts above it, by ``rdfs:subClassOf`` followed to the top and
``owl:equivalentClass`` both ways. The graph files, the store and every query therefore answer
``?e a ug:Organization`` with every organisation, without a reasoner and without the ontology
loaded beside the data (the superclass types are *materialised*). The most specific ``ug:``
type of a node is still the one that is not above another of its types (:func:`own_type`).

>>> [c.rsplit("#", 1)[-1] for c in superclass_iris("Federation") if c.startswith(ONTOLOGY_NS)]
['Organization']
>>> own_type({"Organization", "Federation"})
'Federation'
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from typing import TYPE_CHECKING

from .. import schema
from ..errors import GraphFileError
from ..ids import ONTOLOGY_NS

if TYPE_CHECKING:  # (rdflib is imported where its terms are made: a build's Turtle needs only the text)
    from rdflib import Graph, URIRef


def ontology_path() -> Path:
    """The ontology, ``uniongraph/ontology/uniongraph.ttl`` inside the installed package (the
    checkout's ``ontology/uniongraph.ttl`` links to it)."""
    return Path(__file__).resolve().parent.parent / "ontology" / "uniongraph.ttl"


#: bump when what the cache of :func:`_declared` holds changes
_CACHE_FORMAT = 1


@lru_cache(maxsize=1)
def _declared() -> dict[str, frozenset[str]]:
    """Class -> the classes the ontology says it is directly (subClassOf, equivalentClass both ways),
    as IRI text.

    Parsing the ontology's Turtle is 0.03 s of every build's serial part, for a table that only
    changes with the file: it is kept in a per-user cache file (:mod:`..readwrite.cache_files`)
    under a digest of the ontology's bytes, and parsed again whenever they differ."""
    from ..readwrite import cache_files

    path = ontology_path()
    if not path.is_file():
        raise GraphFileError(f"{path}: ontology not found (a broken installation: reinstall uniongraph)")
    try:
        header = (_CACHE_FORMAT, str(path), hashlib.sha1(path.read_bytes()).hexdigest())
    except OSError:
        header = None
    cache = _cache_file(path)
    cached = cache_files.read_checked(cache, header) if header is not None else None
    if isinstance(cached, dict) and all(isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
                                        for k, v in cached.items()):
        return {k: frozenset(v) for k, v in cached.items()}
    declared = {str(k): frozenset(map(str, v)) for k, v in _parse_declared(path).items()}
    if header is not None:
        cache_files.write_checked(cache, header, {k: sorted(v) for k, v in declared.items()})
    return declared


def _cache_file(ontology: Path) -> Path:
    """The cache of :func:`_declared` for the ontology file ``ontology``: one file per ontology
    file (two installations of one user would otherwise each parse again after the other)."""
    from ..readwrite import cache_files

    return cache_files.cache_path("classes", hashlib.sha1(str(ontology).encode("utf-8", "surrogatepass")).hexdigest()[:16])


def _parse_declared(path: Path) -> dict[URIRef, frozenset[URIRef]]:
    """:func:`_declared`'s table, parsed from the ontology file."""
    from rdflib import Graph, URIRef
    from rdflib.namespace import OWL, RDFS

    g = Graph()
    g.parse(path, format="turtle")
    up: dict[URIRef, set[URIRef]] = {}
    for sub, sup in g.subject_objects(RDFS.subClassOf):
        if isinstance(sub, URIRef) and isinstance(sup, URIRef):
            up.setdefault(sub, set()).add(sup)
    for a, b in g.subject_objects(OWL.equivalentClass):
        if isinstance(a, URIRef) and isinstance(b, URIRef):
            up.setdefault(a, set()).add(b)
            up.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in up.items()}


def _closure(cls: str) -> set[str]:
    declared = _declared()
    seen: set[str] = set()
    todo = [cls]
    while todo:
        for sup in declared.get(todo.pop(), ()):
            if sup not in seen:
                seen.add(sup)
                todo.append(sup)
    seen.discard(cls)
    return seen


_cache: dict[tuple[str, int], tuple[str, ...]] = {}


def superclass_iris(name: str) -> tuple[str, ...]:
    """The IRIs (text) of the classes above the ``ug:`` class ``name`` (``Federation``,
    ``Article``, ``Evidence`` …), sorted, itself not included. A type registered with
    :func:`~uniongraph.schema.register_entity_type` but not in the ontology gets its parent and
    the parent's superclasses."""
    key = (name, schema._version)
    found = _cache.get(key)
    if found is None:
        out = _closure(ONTOLOGY_NS + name)
        if not out:
            try:
                parent = schema.entity_type(name).parent
            except KeyError:
                parent = None
            if parent is not None:
                out = {ONTOLOGY_NS + parent, *superclass_iris(parent)}
        out.discard(ONTOLOGY_NS + name)
        found = _cache[key] = tuple(sorted(out))
    return found


def superclasses(name: str) -> tuple[URIRef, ...]:
    """:func:`superclass_iris` as rdflib IRIs."""
    from rdflib import URIRef

    return tuple(map(URIRef, superclass_iris(name)))


def add_superclass_types(g: Graph) -> Graph:
    """Add to ``g`` the superclass types its nodes lack (a graph written before every node carried
    them, or by another tool); ``g`` itself, returned for chaining.

    >>> from rdflib import RDF, Graph
    >>> from uniongraph.graph.vocabulary import UG
    >>> g = Graph(); _ = g.add((UG.x, RDF.type, UG.Federation))
    >>> (UG.x, RDF.type, UG.Organization) in add_superclass_types(g)
    True
    """
    from rdflib import URIRef
    from rdflib.namespace import RDF

    for cls in {o for o in g.objects(None, RDF.type) if isinstance(o, URIRef) and str(o).startswith(ONTOLOGY_NS)}:
        above = superclasses(str(cls)[len(ONTOLOGY_NS):])
        if not above:
            continue
        for node in list(g.subjects(RDF.type, cls)):
            for sup in above:
                g.add((node, RDF.type, sup))
    return g


def own_type(names: Iterable[str]) -> str | None:
    """The most specific of a node's ``ug:`` class names: the one no other of them is below.

    ``None`` for none; among unrelated classes (a broken graph) the first in name order.
    """
    names = sorted(set(names))
    if not names:
        return None
    above = {c for n in names for c in superclass_iris(n)}
    specific = [n for n in names if ONTOLOGY_NS + n not in above]
    return (specific or names)[0]


__all__ = ["add_superclass_types", "ontology_path", "own_type", "superclass_iris", "superclasses"]
