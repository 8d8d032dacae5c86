"""Pushing a graph to a Cypher database: Neo4j or Memgraph over Bolt, or FalkorDB.

The statements are those of :mod:`uniongraph.export.cypher` with the rows sent as a ``$rows``
parameter, in batches: schema first (constraints or indexes, as the database spells them),
then nodes, then edges. Every statement MERGEs on ids, so pushing twice duplicates nothing.

* ``bolt://`` / ``neo4j://`` (and ``+s``/``+ssc`` forms): the official ``neo4j`` driver
  (``pip install neo4j``); ``--dialect memgraph`` for Memgraph.
* ``falkordb://HOST:PORT/GRAPH`` or ``redis://…/GRAPH``: the ``falkordb`` client
  (``pip install falkordb``); the graph name defaults to ``uniongraph``.

>>> parse_falkordb_url("falkordb://127.0.0.1:6379/news")
('127.0.0.1', 6379, 'news')
"""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import OutputError
from ..export.cypher import BATCH_SIZE, edge_batches, node_batches, schema_statements
from ..export.property_graph import PropertyGraph, to_property_graph
from ..model import KnowledgeGraph

#: ``run(statement, parameters)`` for one database session.
Runner = Callable[[str, dict[str, Any]], Any]


@dataclass
class PushReport:
    """What a push sent: statement and row counts."""

    statements: int = 0
    nodes: int = 0
    edges: int = 0


def _is_exists_error(exc: Exception) -> bool:
    text = str(exc).lower()
    return "already" in text and ("index" in text or "constraint" in text or "exist" in text)


def push_statements(run: Runner, kg: KnowledgeGraph | PropertyGraph, *, dialect: str = "neo4j",
                    batch_size: int = BATCH_SIZE) -> PushReport:
    """Send schema, node and edge statements through ``run``; returns counts.

    Schema statements that fail because the index or constraint already exists are skipped
    (FalkorDB and Memgraph have no ``IF NOT EXISTS``).
    """
    pg = to_property_graph(kg) if isinstance(kg, KnowledgeGraph) else kg
    report = PushReport()
    for stmt in schema_statements(dialect):
        try:
            run(stmt, {})
        except Exception as exc:  # each driver has its own error classes
            if not _is_exists_error(exc):
                raise
        report.statements += 1
    for query, rows in node_batches(pg, batch_size):
        run(query, {"rows": rows})
        report.statements += 1
        report.nodes += len(rows)
    for query, rows in edge_batches(pg, batch_size):
        run(query, {"rows": rows})
        report.statements += 1
        report.edges += len(rows)
    return report


def parse_falkordb_url(url: str) -> tuple[str, int, str]:
    """Host, port and graph name of a ``falkordb://`` or ``redis://`` URL."""
    u = urllib.parse.urlsplit(url)
    graph = u.path.strip("/") or "uniongraph"
    return u.hostname or "127.0.0.1", u.port or 6379, graph


def push_bolt(kg: KnowledgeGraph | PropertyGraph, uri: str, *, user: str | None = None,
              password: str | None = None, database: str | None = None, dialect: str = "neo4j",
              batch_size: int = BATCH_SIZE) -> PushReport:
    """Push to Neo4j or Memgraph with the official driver; each batch is its own transaction."""
    try:
        from neo4j import GraphDatabase
    except ImportError as exc:
        raise OutputError(f"{uri}: the neo4j driver is not installed (pip install neo4j)") from exc
    auth = (user, password or "") if user is not None else None
    try:
        with GraphDatabase.driver(uri, auth=auth) as driver:
            with driver.session(database=database) as session:
                def run(query: str, params: dict[str, Any]) -> Any:
                    return session.run(query, params).consume()
                return push_statements(run, kg, dialect=dialect, batch_size=batch_size)
    except OutputError:
        raise
    except Exception as exc:  # ServiceUnavailable, AuthError, CypherSyntaxError …
        raise OutputError(f"{uri}: push failed: {' '.join(str(exc).split())[:200]}") from exc


def push_falkordb(kg: KnowledgeGraph | PropertyGraph, url: str, *, user: str | None = None,
                  password: str | None = None, batch_size: int = BATCH_SIZE) -> PushReport:
    """Push to a FalkorDB server with the ``falkordb`` client."""
    try:
        from falkordb import FalkorDB
    except ImportError as exc:
        raise OutputError(f"{url}: the falkordb client is not installed (pip install falkordb)") from exc
    host, port, graph_name = parse_falkordb_url(url)
    try:
        db = FalkorDB(host=host, port=port, username=user, password=password)
        graph = db.select_graph(graph_name)
        return push_statements(lambda q, p: graph.query(q, p), kg, dialect="falkordb", batch_size=batch_size)
    except Exception as exc:  # redis ConnectionError, ResponseError …
        raise OutputError(f"{url}: push failed: {' '.join(str(exc).split())[:200]}") from exc


def push_cypher(kg: KnowledgeGraph | PropertyGraph, uri: str, **options: Any) -> PushReport:
    """Push to the database ``uri`` names (Bolt or FalkorDB, see the module docstring)."""
    scheme = urllib.parse.urlsplit(uri).scheme
    if scheme in ("falkordb", "redis", "rediss"):
        options.pop("database", None)
        options.pop("dialect", None)
        return push_falkordb(kg, uri, **options)
    if scheme.split("+")[0] in ("bolt", "neo4j"):
        return push_bolt(kg, uri, **options)
    raise OutputError(f"{uri}: unknown database URL (use bolt://, neo4j:// or falkordb://)")
