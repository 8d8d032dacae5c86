"""RDF files of the knowledge graph: Turtle, N-Triples, N-Quads, TriG and JSON-LD.

The triples are those of :func:`uniongraph.graph.rdf.to_rdf` in every format. N-Quads and TriG
also keep provenance as named graphs: each article's own triples (headline, text, bylines,
``ug:mentions``) and the evidence read in it (with the ``ug:evidence`` link from its statement)
sit in a graph named by the article's IRI; entities, relation triples and statements sit in the
default graph. The union of all graphs is exactly the ``to_rdf`` graph, so

    SELECT ?headline ?sentence WHERE { GRAPH ?a { ?ev ug:sentence ?sentence } ?a ug:headline ?headline }

finds each sentence with the article it came from. JSON-LD is written compacted with a
``@context`` of the uniongraph prefixes.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path
from typing import Any

from rdflib import Dataset, Graph, URIRef
from rdflib.namespace import RDF

from ..errors import GraphFileError
from ..graph.rdf import new_graph, to_rdf
from ..graph.vocabulary import PREFIXES, UG
from ..ids import DATA_NS
from ..model import KnowledgeGraph
from ..readwrite.atomic import write_text_atomic
from ..readwrite.formats import GRAPH_FORMATS
from ..readwrite.turtle import generate_turtle

#: Format name -> (rdflib format, file extension, holds named graphs), the writable RDF formats
#: of :data:`uniongraph.readwrite.formats.GRAPH_FORMATS` (the one table of graph formats).
RDF_FORMATS: dict[str, tuple[str, str, bool]] = {
    f.name: (f.rdflib, f.extension, f.quads) for f in GRAPH_FORMATS if f.rdflib is not None and f.name != "rdfxml"
}


def jsonld_context() -> dict[str, str]:
    """The JSON-LD ``@context``: every uniongraph prefix, plus ``@language`` left per value."""
    return {prefix: str(ns) for prefix, ns in PREFIXES.items()}


def to_dataset(kg: KnowledgeGraph | Graph) -> Dataset:
    """The graph split into one named graph per article (see the module docstring)."""
    g = to_rdf(kg) if isinstance(kg, KnowledgeGraph) else kg
    ds = Dataset()
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns, override=True, replace=True)
    articles = {s for s in g.subjects(RDF.type, UG.Article)}
    evidence_article = {ev: art for ev, art in g.subject_objects(UG.article)}
    default = ds.default_graph
    for s, p, o in g:
        if s in articles:
            home: URIRef | None = s  # type: ignore[assignment]
        elif s in evidence_article:
            home = evidence_article[s]  # type: ignore[assignment]
        elif p == UG.evidence and o in evidence_article:
            home = evidence_article[o]  # type: ignore[assignment]
        else:
            home = None
        (default if home is None else ds.graph(home)).add((s, p, o))
    return ds


def generate_rdf(kg: KnowledgeGraph | Graph, fmt: str) -> str:
    """The text of the graph in one of :data:`RDF_FORMATS`."""
    if fmt not in RDF_FORMATS:
        raise ValueError(f"unknown RDF format {fmt!r} (use {', '.join(RDF_FORMATS)})")
    rdflib_fmt, _, quads = RDF_FORMATS[fmt]
    g = to_rdf(kg) if isinstance(kg, KnowledgeGraph) else kg
    if fmt == "turtle":
        return generate_turtle(g)
    if fmt == "trig":
        text = _sorted_trig(to_dataset(g))
    elif quads:
        text = to_dataset(g).serialize(format=rdflib_fmt)
    elif fmt == "jsonld":
        text = g.serialize(format="json-ld", context=jsonld_context(), auto_compact=True, ensure_ascii=False)
        # rdflib lists nodes and values in hash order, which changes with PYTHONHASHSEED
        text = json.dumps(_sorted_jsonld(json.loads(text)), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    else:
        text = g.serialize(format=rdflib_fmt)
    if fmt in ("ntriples", "nquads"):
        text = "\n".join(sorted(line for line in text.split("\n") if line.strip())) + "\n"
    return text


def _sorted_trig(ds: Dataset) -> str:
    """TriG with the named graphs in IRI order (rdflib keeps them in a set: hash order)."""
    from rdflib.plugins.serializers.trig import TrigSerializer

    ser = TrigSerializer(ds)
    default = [c for c in ser.contexts if c.identifier == ser.default_context]
    named = sorted((c for c in ser.contexts if c.identifier != ser.default_context), key=lambda c: str(c.identifier))
    ser.contexts = named + default
    buf = io.BytesIO()
    ser.serialize(buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def _sorted_jsonld(value: Any, key: str = "") -> Any:
    """JSON-LD with node and value arrays sorted (they are unordered sets; ``@list`` is kept)."""
    if isinstance(value, dict):
        return {k: v if k == "@context" else _sorted_jsonld(v, k) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_jsonld(v) for v in value]
        if key == "@list":
            return items
        return sorted(items, key=lambda v: json.dumps(v, ensure_ascii=False, sort_keys=True))
    return value


def write_rdf(kg: KnowledgeGraph | Graph, path: str | os.PathLike[str], fmt: str) -> Path:
    """Write the graph as ``fmt`` (UTF-8, atomically); returns the path."""
    return write_text_atomic(path, generate_rdf(kg, fmt))


def read_rdf(path: str | os.PathLike[str], fmt: str | None = None) -> Dataset:
    """Read any of the formats into a Dataset whose default graph is the union of all graphs.

    ``fmt`` defaults to the one of the file's extension. Raises :class:`GraphFileError`.
    """
    p = Path(path)
    if fmt is None:
        fmt = next((name for name, (_, ext, _) in RDF_FORMATS.items() if p.suffix.lower() == ext), None)
        if fmt is None:
            raise GraphFileError(f"{p}: unknown RDF file extension {p.suffix!r}")
    ds = Dataset(default_union=True)
    try:
        ds.parse(p, format=RDF_FORMATS[fmt][0])
    except FileNotFoundError as exc:
        raise GraphFileError(f"{p}: cannot read: {exc.strerror or exc}") from exc
    except Exception as exc:  # rdflib's parsers raise many kinds
        msg = " ".join(str(exc).split())[:200] or type(exc).__name__
        raise GraphFileError(f"{p}: not valid {fmt}: {msg}") from exc
    return ds


def union_graph(ds: Dataset) -> Graph:
    """All triples of a dataset, in one graph."""
    g = new_graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


__all__ = ["RDF_FORMATS", "DATA_NS", "generate_rdf", "jsonld_context", "read_rdf", "to_dataset",
           "union_graph", "write_rdf"]
