"""Opening any graph a user has: a store, a build folder, ``graph.json`` or an RDF file.

Every command that reads a graph (``export``, ``query``, ``view``, ``stats``, ``neighbors``,
``validate``, ``push``, ``serve``) opens it with :func:`open_graph`, so each accepts the same
sources. A file's format is told from its content (:func:`~.formats.sniff_format`).

>>> src = open_graph("out/")                   # doctest: +SKIP
>>> src.kind, len(src.knowledge_graph().entities)   # doctest: +SKIP
('build folder', 42)
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from rdflib import Graph

from ..errors import GraphFileError
from ..model import KnowledgeGraph
from .formats import GraphFormat, graph_format, sniff_format

#: Files looked for in a build folder, in order: graph.json is complete (mention offsets …),
#: the RDF files hold the same facts.
FOLDER_FILES = ("graph.json", "graph.ttl", "graph.trig", "graph.nt", "graph.nq", "graph.jsonld")


@dataclass
class GraphSource:
    """A graph opened from a path: a store folder, or one file (a build folder's best file)."""

    path: Path
    kind: str                      # "store", or a format name: "graphjson", "turtle" …
    format: GraphFormat | None = None
    #: a build folder's RDF file beside its graph.json: queries read it rather than convert
    rdf_file: tuple[Path, GraphFormat] | None = None
    _kg: KnowledgeGraph | None = field(default=None, repr=False)
    _rdf: Graph | None = field(default=None, repr=False)

    @property
    def is_store(self) -> bool:
        return self.kind == "store"

    @property
    def is_rdf(self) -> bool:
        """Whether the source itself is RDF (so RDF exports can copy its triples as they are)."""
        return self.format is not None and self.format.is_rdf

    def knowledge_graph(self) -> KnowledgeGraph:
        """The graph as uniongraph's model (read once)."""
        if self._kg is None:
            if self.is_store:
                from ..store import GraphStore

                with GraphStore(self.path, read_only=True) as st:
                    self._kg = st.export()
            elif self.kind == "graphjson":
                from .json_graph import read_json

                self._kg = read_json(self.path)
            else:
                from ..graph.from_rdf import knowledge_graph_from_rdf

                self._kg = knowledge_graph_from_rdf(self.rdf())
        return self._kg

    def rdf(self) -> Graph:
        """The graph as rdflib triples (read once; a store's are copied out of Oxigraph)."""
        if self._rdf is None:
            if self.is_store:
                from ..store import GraphStore
                from ..store.oxigraph import graph_from_store

                with GraphStore(self.path, read_only=True) as st:
                    self._rdf = graph_from_store(st.rdf)
            elif self.rdf_file is not None:
                self._rdf = read_rdf_file(*self.rdf_file)
            elif self.kind == "graphjson":
                from ..graph.rdf import to_rdf

                self._rdf = to_rdf(self.knowledge_graph())
            else:
                self._rdf = read_rdf_file(self.path, self.format)  # type: ignore[arg-type]
        return self._rdf

    def rdf_bytes(self) -> tuple[bytes, GraphFormat]:
        """The RDF as bytes and their format, for a loader such as Oxigraph's (not for stores)."""
        if self.is_rdf:
            return self.path.read_bytes(), self.format  # type: ignore[return-value]
        from ..export.rdf_formats import generate_rdf

        return generate_rdf(self.knowledge_graph(), "ntriples").encode("utf-8"), graph_format("ntriples")


def open_graph(path: str | os.PathLike[str]) -> GraphSource:
    """The graph at ``path``: a store folder, a build folder, ``graph.json``, Turtle, N-Triples,
    N-Quads, TriG, JSON-LD or RDF/XML (told from the content).

    Raises :class:`GraphFileError` with one line naming the path and what is accepted.
    """
    from ..store import is_store

    p = Path(path)
    if is_store(p):
        return GraphSource(p, "store")
    if p.is_dir():
        found = [p / n for n in FOLDER_FILES if (p / n).is_file()]
        if not found:
            raise GraphFileError(f"{p}: neither a store nor a build folder (no {', '.join(FOLDER_FILES)})")
        first = open_graph(found[0])
        if not first.is_rdf and len(found) > 1:
            first.rdf_file = (found[1], sniff_format(found[1]))
        return first
    if not p.exists():
        raise GraphFileError(f"{p}: no such file or folder")
    fmt = sniff_format(p)
    return GraphSource(p, fmt.name, fmt)


def read_rdf_file(path: Path, fmt: GraphFormat) -> Graph:
    """Parse an RDF file of a known format into one graph (named graphs merged)."""
    from rdflib import Dataset

    from ..graph.rdf import new_graph
    from ..graph.vocabulary import PREFIXES
    from .turtle import read_turtle

    if fmt.name == "turtle":
        return read_turtle(path)
    g: Any = Dataset(default_union=True) if fmt.quads else new_graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True, replace=True)
    try:
        g.parse(path, format=fmt.rdflib)
    except Exception as exc:  # rdflib's parsers raise many kinds
        msg = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise GraphFileError(f"{path}: not valid {fmt.description or fmt.name}: {msg}") from exc
    if fmt.quads:  # one graph: the union of the named ones (article provenance is in the triples too)
        from ..export.rdf_formats import union_graph

        return union_graph(g)
    return g


__all__ = ["FOLDER_FILES", "GraphSource", "open_graph", "read_rdf_file"]
