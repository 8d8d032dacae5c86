"""SPARQL over a written graph: load it, run a query, format the answer.

The prefixes ``ug ugd rdf rdfs owl skos prov xsd schema org foaf`` are pre-bound, so queries
may leave out their PREFIX lines.

>>> import sys; sys.path.insert(0, "tests")
>>> from kgfixture import sample_graph                   # doctest: +SKIP
>>> from uniongraph.graph.rdf import to_rdf              # doctest: +SKIP
>>> res = run_query(to_rdf(sample_graph()),
...     'SELECT ?name WHERE { ?p a ug:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 1')  # doctest: +SKIP
>>> res.rows                                             # doctest: +SKIP
[['孙浩然']]
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import GraphFileError, QueryError
from .graph.classes import add_superclass_types, ontology_path
from .graph.vocabulary import PREFIXES
from .readwrite.turtle import read_turtle

FORMAT_NAMES = ("table", "csv", "tsv", "json")


# a string ('…', "…", and their triple-quoted forms), an IRI, a comment, or a variable
_TOKENS = re.compile(r"""'{3}(?:[^'\\]|\\.|'(?!''))*'{3}|"{3}(?:[^"\\]|\\.|"(?!""))*"{3}"""
                     r"""|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n\r]*"""
                     r"""|(?<![\w?$:])SELECT(?!\w)(?:\s+(?:DISTINCT|REDUCED)(?!\w))?\s*(\*)?|[?$](\w+)""",
                     re.IGNORECASE)


def star_columns(sparql: str, columns: list[str]) -> list[str]:
    """``columns`` in the order SPARQL gives ``SELECT *``: the order the variables first appear
    in the query (strings, IRIs and comments skipped). For any other query, ``columns`` as they are.

    Engines list ``SELECT *`` columns in an order of their own (rdflib ``p, s, o``, Oxigraph
    ``o, p, s``); every command puts them in this one.

    >>> star_columns("SELECT * WHERE { ?s ?p ?o }  # ?z", ["o", "p", "s"])
    ['s', 'p', 'o']
    >>> star_columns("SELECT ?o ?s WHERE { ?s ?p ?o }", ["o", "s"])
    ['o', 's']
    """
    first: dict[str, int] = {}
    star: bool | None = None
    for m in _TOKENS.finditer(sparql):
        if m.group(2) is not None:
            first.setdefault(m.group(2), len(first))
        elif star is None and m.group(0)[:6].upper() == "SELECT":
            star = m.group(1) is not None  # the first SELECT is the query's own (the rest are subqueries)
    if not star:
        return columns
    return sorted(columns, key=lambda c: (first.get(c, len(first)), columns.index(c)))


def ordered(result: QueryResult, sparql: str) -> QueryResult:
    """``result`` with the columns of a ``SELECT *`` in the query's order (:func:`star_columns`)."""
    if result.kind != "select":
        return result
    cols = star_columns(sparql, result.columns)
    if cols == result.columns:
        return result
    at = [result.columns.index(c) for c in cols]
    result.columns = cols
    result.rows = [[row[i] for i in at] for row in result.rows]
    result.terms = [[row[i] for i in at] for row in result.terms]
    return result


def load_graph(path: str | os.PathLike[str], *, with_ontology: bool = False) -> Graph:
    """The triples of any graph source (:func:`~uniongraph.readwrite.sources.open_graph`: a build
    folder, a graph file of any format, told from its content, or a store).

    With ``with_ontology`` the ontology's triples are added, so queries can follow
    ``rdfs:subClassOf`` (``?x a/rdfs:subClassOf* ug:Organization``) and read labels of terms.
    Raises :class:`GraphFileError` naming the file.
    """
    from .readwrite.sources import open_graph

    g = open_graph(path).rdf()
    if with_ontology:
        onto = ontology_path()
        if not onto.is_file():
            raise GraphFileError(f"{onto}: ontology not found (a broken installation: reinstall uniongraph)")
        for triple in read_turtle(onto):
            g.add(triple)
    return g


@dataclass
class QueryResult:
    """The answer to a query as text cells (``None`` for an unbound variable).

    ``kind`` is ``"select"``, ``"ask"`` (one row, ``"true"`` or ``"false"``) or ``"graph"``
    (CONSTRUCT/DESCRIBE: one row per triple, columns subject/predicate/object). ``terms`` holds
    the RDF terms behind ``rows`` (for the JSON format).
    """

    columns: list[str]
    rows: list[list[str | None]]
    kind: str = "select"
    terms: list[list[Node | None]] = field(default_factory=list, repr=False)
    boolean: bool | None = None


def query_graph(graph: str | os.PathLike[str], sparql: str) -> QueryResult:
    """Run SPARQL on any graph source: a store (with Oxigraph), a build folder or a graph file.

    >>> query_graph("out/", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows  # doctest: +SKIP
    [['24950']]
    """
    from .readwrite.sources import open_graph
    from .store import GraphStore

    source = open_graph(graph)
    if source.is_store:
        with GraphStore(graph, read_only=True) as st:
            return st.query(sparql)
    # a graph written before every node carried the classes above its own gets them here
    return run_query(add_superclass_types(source.rdf()), sparql)


def run_query(graph: Graph, sparql: str) -> QueryResult:
    """Run a SPARQL query; :class:`QueryError` with a one-line reason if it is malformed."""
    try:
        res = graph.query(sparql, initNs=dict(PREFIXES))
    except Exception as exc:  # pyparsing, unknown prefixes, evaluation errors
        msg = " ".join(str(exc).split()) or type(exc).__name__
        raise QueryError(f"malformed query: {msg[:240]}") from exc
    if res.type == "ASK":
        value = bool(res.askAnswer)
        return QueryResult(["ask"], [[str(value).lower()]], "ask",
                           [[Literal(value)]], boolean=value)
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        triples = sorted(res.graph if res.graph is not None else [])
        terms: list[list[Node | None]] = [list(t) for t in triples]
        return QueryResult(["subject", "predicate", "object"], term_cells(terms), "graph", terms)
    columns = [str(v) for v in (res.vars or [])]
    terms = [[row[i] for i in range(len(columns))] for row in res]  # type: ignore[index]
    return ordered(QueryResult(columns, term_cells(terms), "select", terms), sparql)


def term_cells(terms: list[list[Node | None]]) -> list[list[str | None]]:
    """The text of every term of result rows (a blank node as ``_:id``), None where unbound: the
    cells of a :class:`QueryResult`, for this module's rdflib queries and the Oxigraph store's."""
    return [[None if t is None else _text(t) for t in row] for row in terms]


def _text(term: Node) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


# ---------------------------------------------------------------- formatting


def _width(text: str) -> int:
    """Display width in a terminal: wide and full-width characters take two columns."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 0 if unicodedata.combining(ch) else 1
               for ch in text)


def _short(term: Node | None, cell: str | None) -> str:
    """A table cell: IRIs as readable prefixed names (percent-encoding undone), newlines shown."""
    if cell is None:
        return ""
    text = cell
    if isinstance(term, URIRef):
        for prefix, ns in PREFIXES.items():
            if cell.startswith(str(ns)) and len(cell) > len(str(ns)):
                text = f"{prefix}:{unquote(cell[len(str(ns)):])}"
                break
    return text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")


def _table(result: QueryResult) -> str:
    terms = result.terms or [[None] * len(result.columns) for _ in result.rows]
    cells = [[_short(t, c) for t, c in zip(trow, row)] for trow, row in zip(terms, result.rows)]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(result.columns)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths)).rstrip()

    out = [line(result.columns), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    out.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(out)


#: the datatype of a plain string, which the result formats leave unsaid
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _wire_term(term: Node) -> tuple[str, ...]:
    """An rdflib term as the result formats take it (:mod:`uniongraph.sparql_results`):
    ``("uri", iri)``, ``("bnode", id)`` or ``("literal", text, language, datatype)``, the
    datatype ``None`` for a plain string."""
    if isinstance(term, URIRef):
        return ("uri", str(term))
    if isinstance(term, BNode):
        return ("bnode", str(term))
    lang = getattr(term, "language", None)
    dt = getattr(term, "datatype", None)
    return ("literal", str(term), lang, None if lang or dt is None or str(dt) == _XSD_STRING else str(dt))


def _wire_rows(result: QueryResult) -> list[list[tuple[str, ...] | None]]:
    """The result's terms as the formats take them; a result made of text cells alone (no
    ``terms``) has plain literals."""
    if result.terms:
        return [[None if t is None else _wire_term(t) for t in row] for row in result.terms]
    return [[None if c is None else ("literal", c, None, None) for c in row] for row in result.rows]


def _spreadsheet_safe(text: str) -> str:
    """A CSV value that would run as a formula (= + - @) gets the reversible ' guard of the CSV
    exports, as CSV is what gets opened in a spreadsheet; numbers stay as they are."""
    from .export.csvcells import guard

    return text if _is_number(text) else guard(text)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def format_result(result: QueryResult, fmt: str = "table") -> str:
    """The result as ``table`` (aligned, CJK-aware) or in a SPARQL 1.1 results format:
    ``csv`` (header without ``?``, plain values, CRLF; a value that would run as a spreadsheet
    formula gets a ``'`` in front), ``tsv`` (``?var`` header, terms in Turtle syntax) or ``json``
    (:mod:`uniongraph.sparql_results`, as the endpoint answers).

    >>> res = QueryResult(["n", "age"], [["北京市总工会", "45"]],
    ...                   terms=[[Literal("北京市总工会", lang="zh"), Literal(45)]])
    >>> format_result(res, "tsv")
    '?n\\t?age\\n"北京市总工会"@zh\\t45\\n'
    >>> format_result(res, "csv")
    'n,age\\r\\n北京市总工会,45\\r\\n'
    """
    from .sparql_results import boolean_json, csv_, results_json, tsv

    if fmt == "table":
        return _table(result)
    if fmt == "csv":
        return csv_(result.columns, _wire_rows(result), _spreadsheet_safe)
    if fmt == "tsv":
        return tsv(result.columns, _wire_rows(result))
    if fmt == "json":
        if result.kind == "ask":
            return boolean_json(bool(result.boolean), indent=1)
        return results_json(result.columns, _wire_rows(result), indent=1)
    raise QueryError(f"unknown output format {fmt!r} (use {', '.join(FORMAT_NAMES)})")
