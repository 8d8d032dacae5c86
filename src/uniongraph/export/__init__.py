"""Exports to other tools and databases: one module per format, each with ``write_x(kg, path)``.

:data:`EXPORTS` maps a format name to its writer and default file name; :func:`export_all`
writes several formats into a build folder (``uniongraph build … --export graphml,cypher``).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError
from ..model import KnowledgeGraph

if TYPE_CHECKING:
    from ..readwrite.sources import GraphSource


def _rdf(fmt: str) -> Callable[[KnowledgeGraph, Path], Path]:
    def write(kg: KnowledgeGraph, path: Path) -> Path:
        from .rdf_formats import write_rdf

        return write_rdf(kg, path, fmt)
    return write


def _lazy(module: str, func: str) -> Callable[[KnowledgeGraph, Path], Path]:
    def write(kg: KnowledgeGraph, path: Path) -> Path:
        import importlib

        return getattr(importlib.import_module(f"{__name__}.{module}"), func)(kg, path)
    return write


#: Format name -> (writer, default file or folder name inside a build folder, what it is).
EXPORTS: dict[str, tuple[Callable[[KnowledgeGraph, Path], Any], str, str]] = {
    "turtle": (_rdf("turtle"), "graph.ttl", "RDF Turtle"),
    "ntriples": (_rdf("ntriples"), "graph.nt", "RDF N-Triples"),
    "nquads": (_rdf("nquads"), "graph.nq", "RDF N-Quads, one named graph per article"),
    "trig": (_rdf("trig"), "graph.trig", "RDF TriG, one named graph per article"),
    "jsonld": (_rdf("jsonld"), "graph.jsonld", "JSON-LD with a @context"),
    "graphml": (_lazy("graphml", "write_graphml"), "graph.graphml", "GraphML (yEd, Gephi, NetworkX)"),
    "gexf": (_lazy("gexf", "write_gexf"), "graph.gexf", "GEXF (Gephi)"),
    "nodelink": (_lazy("nodelink", "write_nodelink"), "graph.nodelink.json", "node-link JSON (NetworkX, D3)"),
    "neo4j": (_lazy("neo4j_csv", "write_neo4j_csv"), "neo4j", "neo4j-admin import CSV folder"),
    "cypher": (_lazy("cypher", "write_cypher"), "graph.cypher", "Cypher script (UNWIND … MERGE)"),
    "ladybug": (_lazy("ladybug", "write_ladybug"), "ladybug", "LadybugDB folder: schema, COPY files, graph.lbug"),
}


def register_export(name: str, writer: Callable[[KnowledgeGraph, Path], Any], filename: str,
                    description: str) -> None:
    """Add an export format: ``writer(kg, path)`` writes ``path`` (``filename`` inside a build
    folder); ``uniongraph export --format NAME`` and ``build --export NAME`` then take it.

    >>> register_export("edges", lambda kg, path: path, "edges.tsv", "relations as TSV")
    >>> parse_formats("edges")
    ['edges']
    >>> unregister_export("edges")
    """
    if name in EXPORTS:
        raise ValueError(f"export format {name!r} exists already")
    EXPORTS[name] = (writer, filename, description)


def unregister_export(name: str) -> None:
    """Remove a format added with :func:`register_export`."""
    EXPORTS.pop(name, None)


def _canonical(name: str) -> str:
    """An export format's name from itself or an alias of the graph formats (``nt``, ``ttl`` …)."""
    from ..readwrite.formats import graph_format

    if name in EXPORTS:
        return name
    try:
        return graph_format(name).name
    except KeyError:
        return name


def parse_formats(text: str | Iterable[str]) -> list[str]:
    """Format names from ``"graphml,cypher"`` (or a list), checked; ``all`` means every one.

    The RDF formats also go by their usual short names:

    >>> parse_formats("nt,ttl,json-ld,nq")
    ['ntriples', 'turtle', 'jsonld', 'nquads']
    """
    items = text.split(",") if isinstance(text, str) else list(text)
    names = [n.strip().lower() for n in items if n.strip()]
    if names == ["all"]:
        return list(EXPORTS)
    names = [_canonical(n) for n in names]
    unknown = [n for n in names if n not in EXPORTS]
    if unknown:
        raise OutputError(f"unknown export format {', '.join(unknown)} "
                          f"(use {', '.join(EXPORTS)}, nt, ttl, nq, json-ld or all)")
    return list(dict.fromkeys(names))


def export(kg: KnowledgeGraph, fmt: str, path: str | os.PathLike[str]) -> Path:
    """Write ``kg`` as ``fmt`` to ``path`` (a file, or a folder for ``neo4j`` and ``ladybug``)."""
    writer = EXPORTS[parse_formats([fmt])[0]][0]
    return Path(writer(kg, Path(path)))


def export_source(source: GraphSource, fmt: str, path: str | os.PathLike[str]) -> Path:
    """Write an opened graph as ``fmt``: an RDF source's triples go to an RDF format as they are,
    everything else through the knowledge graph."""
    from .rdf_formats import RDF_FORMATS, write_rdf

    name = parse_formats([fmt])[0]
    if source.is_rdf and name in RDF_FORMATS:
        return write_rdf(source.rdf(), path, name)
    return export(source.knowledge_graph(), name, path)


def export_all(kg: KnowledgeGraph, out_dir: str | os.PathLike[str], formats: Iterable[str]) -> dict[str, Path]:
    """Write each format under its default name into ``out_dir``; returns format -> path."""
    out = Path(out_dir)
    return {fmt: export(kg, fmt, out / EXPORTS[fmt][1]) for fmt in parse_formats(formats)}
