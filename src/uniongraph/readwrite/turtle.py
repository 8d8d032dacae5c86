"""Turtle files of the knowledge graph.

The Turtle is deterministic: the same graph gives the same bytes (rdflib sorts subjects and
predicates; :mod:`uniongraph.graph.rdf` names every node by content). All uniongraph prefixes
are declared at the top even when unused, so a reader can paste ``ugd:`` or ``schema:`` terms
into the file or a query without looking them up.

>>> from uniongraph.model import KnowledgeGraph
>>> generate_turtle(KnowledgeGraph()).splitlines()[0]
'@prefix foaf: <http://xmlns.com/foaf/0.1/> .'
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import GraphFileError
from ..model import KnowledgeGraph
from .atomic import write_text_atomic
from .files import read_utf8

if TYPE_CHECKING:  # (imported where a graph needs it: a build's own Turtle is written without rdflib)
    from rdflib import Graph

_PREFIX_LINE = re.compile(r"@prefix ([A-Za-z][\w-]*)?: <[^>]*> \.")


def generate_turtle(graph: KnowledgeGraph | Graph) -> str:
    """The Turtle text of a knowledge graph (converted with ``to_rdf``) or an rdflib graph."""
    if isinstance(graph, KnowledgeGraph):
        from .turtle_plain import plain_turtle

        text = plain_turtle(graph)  # the same bytes without rdflib, for the graphs a build makes
        if text is not None:
            return text
    return _rdflib_turtle(graph)


def turtle_bytes(kg: KnowledgeGraph) -> bytes:
    """:func:`generate_turtle` of ``kg`` as the file's UTF-8 bytes. A build's graph is written
    by :mod:`.turtle_plain` straight to bytes: its text is encoded once, not encoded, decoded
    and encoded again."""
    from .turtle_plain import plain_turtle_bytes

    data = plain_turtle_bytes(kg)
    return data if data is not None else _rdflib_turtle(kg).encode("utf-8")


def _rdflib_turtle(graph: KnowledgeGraph | Graph) -> str:
    """The Turtle of what :mod:`.turtle_plain` leaves to rdflib (or of an rdflib graph)."""
    from ..graph.rdf import Iris, new_graph, rdf_triples, to_rdf
    from ..graph.vocabulary import PREFIXES
    from .turtle_writer import turtle_of_triples

    if isinstance(graph, KnowledgeGraph):
        # no rdflib Graph in between: the triples go straight to the writer (same bytes), as
        # plain terms (IRIs as text, literals as tuples: hashed and compared in C)
        g = new_graph()
        iris = Iris(plain=True)
        text = turtle_of_triples(rdf_triples(graph, iris), g, iris.typed)
        if text is None:
            g = to_rdf(graph)
    else:
        g = graph
        text = turtle_of_triples(g, g)
    if text is None:  # a shape the fast writer does not lay out (blank nodes …): rdflib itself
        text = g.serialize(format="turtle")
    head, body = _prefix_lines(text)
    declared = {m.group(1) for ln in head if (m := _PREFIX_LINE.fullmatch(ln))}
    bound = dict(g.namespace_manager.namespaces())
    for prefix, ns in PREFIXES.items():
        # Add our prefixes unless rdflib already declared them (or the graph binds them otherwise).
        if prefix not in declared and str(bound.get(prefix, ns)) == str(ns):
            head.append(f"@prefix {prefix}: <{ns}> .")
    head.sort()
    body = body.strip("\n")  # the empty lines around the body
    return "\n".join(head) + "\n\n" + (body + "\n" if body else "")


def _prefix_lines(text: str) -> tuple[list[str], str]:
    """The leading run of prefix lines of ``text``, and the rest after them (the body, as one
    string: the text is split only as far as its header, not into its tens of thousands of lines).

    Lines end at ``\\n`` only (``splitlines`` also breaks at ``\\x0b``, ``\\u2028`` … inside
    literals). The header is the leading run of prefix lines only: a literal may hold a line that
    looks like one (a text quoting Turtle), and moving it up would break the file.

    >>> _prefix_lines("@prefix ex: <https://ex.org/> .\\n\\nex:a ex:p ex:b .\\n")
    (['@prefix ex: <https://ex.org/> .'], '\\nex:a ex:p ex:b .\\n')
    """
    head: list[str] = []
    start = 0
    while start <= len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        if not _PREFIX_LINE.fullmatch(text, start, end):
            return head, text[start:]
        head.append(text[start:end])
        start = end + 1
    return head, ""


def write_turtle(graph: KnowledgeGraph | Graph, path: str | os.PathLike[str]) -> Path:
    """Write the graph as UTF-8 Turtle to ``path`` (atomically); returns the path."""
    return write_text_atomic(path, generate_turtle(graph))


def read_turtle(path: str | os.PathLike[str]) -> Graph:
    """Parse a Turtle file into an rdflib graph (uniongraph prefixes bound).

    Raises :class:`GraphFileError` with one line naming the file (and line, if known).
    """
    from ..graph.rdf import new_graph

    p, text = read_utf8(path)
    g = new_graph()
    try:
        g.parse(data=text, format="turtle", publicID=p.resolve().as_uri())
    except Exception as exc:  # rdflib raises many kinds (BadSyntax, ValueError, …)
        raise GraphFileError(f"{_where(p, exc)}: not valid Turtle: {_first_line(exc)}") from exc
    return g


_AT_LINE = re.compile(r"at line (\d+)")


def _where(path: Path, exc: Exception) -> str:
    m = _AT_LINE.search(str(exc))
    return f"{path}:{m.group(1)}" if m else str(path)


def _first_line(exc: Exception) -> str:
    text = " ".join(str(exc).split())
    text = re.sub(r"^at line \d+ of <[^>]*>:\s*", "", text)
    text = text.split(" at ^ in:")[0]  # rdflib appends a bytes dump of the whole input
    return text[:200] or type(exc).__name__
