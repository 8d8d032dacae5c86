"""The graph file formats uniongraph reads and writes: names, aliases, extensions, media types.

One table for every command: ``export`` and ``build --export`` name formats by
:attr:`GraphFormat.name` or an alias (``nt``, ``ttl``, ``json-ld``, ``nq`` …), ``query``,
``view``, ``stats`` and ``serve`` read any of them, and a file's format is told from its
content (:func:`sniff_format`), so a Turtle file named ``graph.txt`` still opens.

>>> graph_format("nt").name, graph_format("N-Triples").extension
('ntriples', '.nt')
>>> graph_format("ttl").media_type
'text/turtle'
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import GraphFileError


@dataclass(frozen=True)
class GraphFormat:
    """A file format of the whole graph.

    ``rdflib`` is the name rdflib (and so pyoxigraph's extension lookup) knows it by, ``None``
    for uniongraph's own ``graph.json``; ``quads`` formats hold named graphs.
    """

    name: str
    aliases: tuple[str, ...]
    extension: str
    media_type: str
    rdflib: str | None
    quads: bool = False
    description: str = ""

    @property
    def is_rdf(self) -> bool:
        return self.rdflib is not None


#: Every graph file format, readable and writable, in the order they are listed to users.
GRAPH_FORMATS: tuple[GraphFormat, ...] = (
    GraphFormat("graphjson", ("graph.json", "uniongraph-json"), ".json", "application/json", None,
                description="uniongraph's graph.json (the gold files' shape)"),
    GraphFormat("turtle", ("ttl", "text/turtle"), ".ttl", "text/turtle", "turtle",
                description="RDF Turtle"),
    GraphFormat("ntriples", ("nt", "n-triples", "ntriple"), ".nt", "application/n-triples", "nt",
                description="RDF N-Triples"),
    GraphFormat("nquads", ("nq", "n-quads"), ".nq", "application/n-quads", "nquads", quads=True,
                description="RDF N-Quads, one named graph per article"),
    GraphFormat("trig", (), ".trig", "application/trig", "trig", quads=True,
                description="RDF TriG, one named graph per article"),
    GraphFormat("jsonld", ("json-ld",), ".jsonld", "application/ld+json", "json-ld",
                description="JSON-LD with a @context"),
    GraphFormat("rdfxml", ("xml", "rdf/xml", "rdf"), ".rdf", "application/rdf+xml", "xml",
                description="RDF/XML (read only)"),
)

_BY_NAME: dict[str, GraphFormat] = {}
for _f in GRAPH_FORMATS:
    for _key in (_f.name, *_f.aliases):
        _BY_NAME[_key.lower()] = _f
def graph_format(name: str) -> GraphFormat:
    """The format called ``name`` (a name or an alias, any case); ``KeyError`` if none."""
    return _BY_NAME[name.strip().lower()]


_HEAD_BYTES = 65536
_NT_TERM = r'(?:<[^>\s]*>|_:\S+)'
_NT_OBJECT = r'(?:<[^>\s]*>|_:\S+|"(?:[^"\\]|\\.)*"(?:@[A-Za-z0-9-]+|\^\^<[^>\s]*>)?)'
_NT_LINE = re.compile(rf"{_NT_TERM}\s+<[^>\s]*>\s+{_NT_OBJECT}\s*\.\s*(?:#.*)?")
_NQ_LINE = re.compile(rf"{_NT_TERM}\s+<[^>\s]*>\s+{_NT_OBJECT}\s+{_NT_TERM}\s*\.\s*(?:#.*)?")
_TRIG_BLOCK = re.compile(r"^\s*(?:GRAPH\s+)?(?:<[^>\s]*>|[A-Za-z][\w.-]*:[\w.%-]*|_:\S+|\[\s*\])?\s*\{",
                         re.MULTILINE | re.IGNORECASE)


def sniff_format(path: str | Path) -> GraphFormat:
    """The format of a graph file, told from its first bytes (not its name).

    Raises :class:`GraphFileError` naming the file and the formats accepted when the content
    is none of them (an empty file, a page of news, a JSON file of another kind …).
    """
    from .files import not_regular

    p = Path(path)
    if (why := not_regular(p)) is not None:
        raise GraphFileError(f"{p}: {why}")
    try:
        with p.open("rb") as fh:
            head = fh.read(_HEAD_BYTES)
    except IsADirectoryError:
        raise GraphFileError(f"{p}: a folder, not a graph file") from None
    except OSError as exc:
        raise GraphFileError(f"{p}: cannot read: {exc.strerror or exc}") from None
    found = _sniff(head.decode("utf-8", errors="replace").lstrip("\ufeff"))
    if found is None:
        raise GraphFileError(f"{p}: not a graph file uniongraph can read (give a build folder, a store, "
                             "graph.json, Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML)")
    return graph_format(found)


def _sniff(text: str) -> str | None:
    stripped = text.lstrip()
    if not stripped:
        return None
    if stripped[0] in "{[":
        return _sniff_json(stripped)
    if stripped.startswith(("<?xml", "<rdf:RDF", "<!DOCTYPE rdf")):
        return "rdfxml"
    lines = [ln.strip() for ln in stripped.splitlines()]
    statements = [ln for ln in lines if ln and not ln.startswith("#")]
    if not statements:
        return None
    first = statements[0]
    complete = statements[:-1] if len(text) >= _HEAD_BYTES else statements  # the last may be cut
    if complete and all(_NT_LINE.fullmatch(ln) for ln in complete[:200]):
        return "ntriples"
    if complete and all(_NQ_LINE.fullmatch(ln) or _NT_LINE.fullmatch(ln) for ln in complete[:200]):
        return "nquads"
    turtle_start = re.match(r"(@prefix|@base|PREFIX\s|BASE\s|<|[A-Za-z][\w.-]*:|_:|\[|\()", first, re.IGNORECASE)
    if turtle_start is None and not _TRIG_BLOCK.match(first):
        return None
    return "trig" if _TRIG_BLOCK.search(stripped) else "turtle"


def _sniff_json(text: str) -> str | None:
    head = text[:_HEAD_BYTES]
    if re.search(r'"@(context|graph|id)"\s*:', head):
        return "jsonld"
    if re.search(r'"schema"\s*:\s*"uniongraph-graph/', head) or re.search(r'"entities"\s*:', head):
        return "graphjson"
    try:  # a small file: its keys may tell more than a regex over the head
        data = json.loads(text) if len(text) < _HEAD_BYTES else None
    except ValueError:
        return None
    if isinstance(data, dict) and {"articles", "entities"} & set(data):
        return "graphjson"
    return None
