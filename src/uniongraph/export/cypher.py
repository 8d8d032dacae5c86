"""A Cypher script that loads the knowledge graph into Neo4j and other openCypher databases.

The script is the :mod:`.property_graph` view in three parts:

1. schema: one uniqueness constraint on ``id`` per base label (``Entity``, ``Article``,
   ``Statement``, ``Evidence``) in Neo4j 5 syntax; :func:`schema_statements` gives the
   Memgraph and FalkorDB forms, and :func:`adapt_statement` rewrites the script's own;
2. nodes: ``UNWIND [{id: …, props: {…}}, …] AS row MERGE (n:Entity:Federation {id: row.id})
   SET n += row.props`` in batches;
3. edges: ``UNWIND [{s: …, e: …, props: {…}}, …] AS row MATCH (a:Entity {id: row.s})
   MATCH (b:Entity {id: row.e}) MERGE (a)-[r:worksFor]->(b) SET r += row.props``.

Every statement MERGEs on ids, so running the script twice changes nothing. The data
statements use only openCypher (no APOC, no dynamic labels), and strings are written with the
escapes every engine reads (``\\\\ \\" \\n \\r \\t \\b \\f``; NUL as ``\\u0000``, which FalkorDB
does not decode); other characters — emoji, full-width punctuation, rarer control characters —
are written as they are (UTF-8). Statements end with ``;`` at the end
of a line, as ``cypher-shell -f`` expects; :func:`split_statements` splits a script the same way.

The same statements with a ``$rows`` parameter instead of a literal list are what
:mod:`uniongraph.push.cypher_db` sends over Bolt or to FalkorDB.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..model import KnowledgeGraph
from ..readwrite.atomic import write_text_atomic
from .property_graph import LABEL_ORDER, PropertyGraph, coerce, schema, to_property_graph

BATCH_SIZE = 500
DIALECTS = ("neo4j", "memgraph", "falkordb")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
# Other control characters are written raw: FalkorDB reads no \uXXXX escapes; NUL can't be raw.
_NEEDS_ESCAPE = re.compile(r'[\\"\n\r\t\b\f\x00]')


def name(text: str) -> str:
    """A label, type or key as a Cypher name (backquoted unless a plain identifier)."""
    return text if _IDENT.match(text) else "`" + text.replace("`", "``") + "`"


def _escape_char(m: re.Match[str]) -> str:
    ch = m.group(0)
    return _ESCAPES.get(ch, f"\\u{ord(ch):04x}")


def literal(value: Any) -> str:
    """A Cypher literal for a JSON-like value.

    >>> print(literal('他说"好"\\n'))
    "他说\\"好\\"\\n"
    >>> literal({"name": "李🎉明", "age": 38, "ok": True, "aliases": []})
    '{name: "李🎉明", age: 38, ok: true, aliases: []}'
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"no Cypher literal for {value!r}")
        return repr(value)
    if isinstance(value, str):
        return '"' + _NEEDS_ESCAPE.sub(_escape_char, value) + '"'
    if isinstance(value, dict):
        return "{" + ", ".join(f"{name(str(k))}: {literal(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v) for v in value) + "]"
    return literal(str(value))


def schema_statements(dialect: str = "neo4j") -> list[str]:
    """Statements that make ``id`` unique (or at least indexed) for every base label."""
    out = []
    for label in LABEL_ORDER:
        if dialect == "neo4j":
            out.append(f"CREATE CONSTRAINT ug_{label.lower()}_id IF NOT EXISTS "
                       f"FOR (n:{label}) REQUIRE n.id IS UNIQUE")
        elif dialect == "memgraph":
            out.append(f"CREATE CONSTRAINT ON (n:{label}) ASSERT n.id IS UNIQUE")
        elif dialect == "falkordb":
            out.append(f"CREATE INDEX FOR (n:{label}) ON (n.id)")
        else:
            raise ValueError(f"unknown Cypher dialect {dialect!r} (use {', '.join(DIALECTS)})")
    return out


_NEO4J_CONSTRAINT = re.compile(
    r"CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:(\w+)\) REQUIRE n\.id IS UNIQUE\s*;?\s*\Z")


def adapt_statement(statement: str, dialect: str) -> str:
    """The script's statement for another database: only schema statements differ.

    >>> adapt_statement("CREATE CONSTRAINT ug_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE", "falkordb")
    'CREATE INDEX FOR (n:Entity) ON (n.id)'
    """
    m = _NEO4J_CONSTRAINT.match(statement.strip())
    if m is None or dialect == "neo4j":
        return statement
    index = LABEL_ORDER.index(m.group(1)) if m.group(1) in LABEL_ORDER else None
    if index is None:
        return statement
    return schema_statements(dialect)[index]


def node_batches(pg: PropertyGraph, batch_size: int = BATCH_SIZE) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """``(statement with $rows, rows)`` pairs that MERGE every node."""
    for (label, type_), nodes in pg.nodes_by_type().items():
        cols = schema(nodes)
        labels = f"{name(label)}:{name(type_)}" if type_ != label else name(label)
        query = (f"UNWIND $rows AS row MERGE (n:{labels} {{id: row.id}}) "
                 f"SET n += row.props")
        rows = [{"id": n.id, "props": {"type": n.type, **{k: coerce(n.props[k], t)
                                                          for k, t in cols.items() if k in n.props}}}
                for n in nodes]
        for i in range(0, len(rows), batch_size):
            yield query, rows[i:i + batch_size]


def edge_batches(pg: PropertyGraph, batch_size: int = BATCH_SIZE) -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """``(statement with $rows, rows)`` pairs that MERGE every edge."""
    for (type_, start, end), edges in pg.edges_by_type().items():
        cols = schema(edges)
        query = (f"UNWIND $rows AS row MATCH (a:{name(start)} {{id: row.s}}) "
                 f"MATCH (b:{name(end)} {{id: row.e}}) MERGE (a)-[r:{name(type_)}]->(b) SET r += row.props")
        rows = [{"s": e.start, "e": e.end,
                 "props": {k: coerce(e.props[k], t) for k, t in cols.items() if k in e.props}}
                for e in edges]
        for i in range(0, len(rows), batch_size):
            yield query, rows[i:i + batch_size]


def inline(query: str, rows: list[dict[str, Any]]) -> str:
    """The statement with its rows written in place of ``$rows``, one row per line."""
    body = "[\n" + ",\n".join("  " + literal(r) for r in rows) + "\n]"
    return query.replace("UNWIND $rows AS row", f"UNWIND {body} AS row\n", 1)


def generate_cypher(kg: KnowledgeGraph | PropertyGraph, *, batch_size: int = BATCH_SIZE) -> str:
    """The whole Cypher script (Neo4j schema syntax; see :func:`adapt_statement`)."""
    pg = to_property_graph(kg) if isinstance(kg, KnowledgeGraph) else kg
    parts = ["// uniongraph: load with  cypher-shell -u neo4j -p PASSWORD -f graph.cypher",
             "// Idempotent: every node and edge is MERGEd on ids, so running it twice adds nothing.",
             "// Schema (Neo4j 5; for Memgraph or FalkorDB see uniongraph.export.cypher.schema_statements)"]
    parts += [s + ";" for s in schema_statements("neo4j")]
    parts.append("// Nodes")
    parts += [inline(q, rows) + ";" for q, rows in node_batches(pg, batch_size)]
    parts.append("// Edges")
    parts += [inline(q, rows) + ";" for q, rows in edge_batches(pg, batch_size)]
    return "\n".join(parts) + "\n"


def write_cypher(kg: KnowledgeGraph | PropertyGraph, path: str | os.PathLike[str]) -> Path:
    """Write the Cypher script (UTF-8, atomically); returns the path."""
    return write_text_atomic(path, generate_cypher(kg))


def split_statements(script: str) -> list[str]:
    """The statements of a script: split at ``;`` outside strings, names and ``//`` comments."""
    out: list[str] = []
    buf: list[str] = []
    i, n = 0, len(script)
    quote: str | None = None
    while i < n:
        ch = script[i]
        if quote:
            buf.append(ch)
            if ch == "\\" and quote != "`" and i + 1 < n:
                buf.append(script[i + 1])
                i += 2
                continue
            if ch == quote:
                quote = None
        elif ch in "\"'`":
            quote = ch
            buf.append(ch)
        elif script.startswith("//", i):
            j = script.find("\n", i)
            i = n if j < 0 else j
            continue
        elif ch == ";":
            stmt = "".join(buf).strip()
            if stmt:
                out.append(stmt)
            buf = []
        else:
            buf.append(ch)
        i += 1
    rest = "".join(buf).strip()
    if rest:
        out.append(rest)
    return out


def read_cypher(path: str | os.PathLike[str]) -> list[str]:
    """The statements of a Cypher script file."""
    return split_statements(Path(path).read_text(encoding="utf-8"))
