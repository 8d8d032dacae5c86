"""Pushing a graph to a Cypher database: Neo4j or Memgraph over Bolt, or FalkorDB.

The statements are those of :mod:`uniongraph.export.cypher` with the rows sent as a ``$rows``
parameter, in batches: schema first (constraints or indexes, as the database spells them),
then nodes, then edges. Every statement MERGEs on ids, so pushing twice duplicates nothing.

* ``bolt://`` / ``neo4j://`` (and ``+s``/``+ssc`` forms): the official ``neo4j`` driver
  (``pip install neo4j``); ``--dialect memgraph`` for Memgraph.
* ``falkordb://HOST:PORT/GRAPH`` or ``redis://…/GRAPH`` (``rediss://`` for TLS): the
  ``falkordb`` client (``pip install falkordb``); the graph name defaults to ``uniongraph``.

A user name and password written in the URL (``falkordb://user:pw@host:6379/g``,
``bolt://neo4j:pw@host:7687``; ``falkordb://:pw@…`` for Redis's default user) are passed to the
client as its credentials, and messages show the URL with the password masked. Credentials given
as arguments as well must agree with them.

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
from .target import Target, parse_target

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
    """Host, port and graph name of a ``falkordb://`` or ``redis://`` URL (OutputError on a bad port)."""
    t = parse_target(url, what="database URL")
    return t.host or "127.0.0.1", t.port or 6379, urllib.parse.urlsplit(t.url).path.strip("/") or "uniongraph"


def _credentials(target: Target, user: str | None, password: str | None) -> tuple[str | None, str | None]:
    """The URL's credentials, or the ones given; both, if they differ, is an OutputError."""
    if target.user is not None:
        if user is not None and user != target.user:
            raise OutputError(f"{target.shown}: the URL names user {target.user!r}, "
                              f"but user {user!r} is given too: give one")
        user = target.user
    if target.password is not None:
        if password is not None and password != target.password:
            raise OutputError(f"{target.shown}: the URL holds a password and another one is given: give one")
        password = target.password
    return user, password


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())[:200]


def push_bolt(kg: KnowledgeGraph | PropertyGraph, uri: str, *, user: str | None = None,
              password: str | None = None, database: str | None = None, dialect: str = "neo4j",
              batch_size: int = BATCH_SIZE) -> PushReport:
    """Push to Neo4j or Memgraph with the official driver; each batch is its own transaction."""
    target = parse_target(uri, what="database URL")
    user, password = _credentials(target, user, password)
    if password is not None and user is None:
        raise OutputError(f"{target.shown}: a password is given but no user name (give --user)")
    try:
        from neo4j import GraphDatabase
    except ImportError as exc:
        raise OutputError(f"{target.shown}: the neo4j driver is not installed (pip install neo4j)") from exc
    auth = (user, password or "") if user is not None else None
    try:
        with GraphDatabase.driver(target.url, auth=auth) as driver:
            with driver.session(database=database) as session:
                def run(query: str, params: dict[str, Any]) -> Any:
                    return session.run(query, params).consume()
                return push_statements(run, kg, dialect=dialect, batch_size=batch_size)
    except OutputError:
        raise
    except Exception as exc:  # ServiceUnavailable, AuthError, CypherSyntaxError …
        raise OutputError(f"{target.shown}: push failed: {_one_line(exc)}") from exc


def push_falkordb(kg: KnowledgeGraph | PropertyGraph, url: str, *, user: str | None = None,
                  password: str | None = None, batch_size: int = BATCH_SIZE) -> PushReport:
    """Push to a FalkorDB server with the ``falkordb`` client (TLS for ``rediss://``)."""
    target = parse_target(url, what="database URL")
    host, port, graph_name = parse_falkordb_url(url)
    user, password = _credentials(target, user, password)
    try:
        from falkordb import FalkorDB
    except ImportError as exc:
        raise OutputError(f"{target.shown}: the falkordb client is not installed (pip install falkordb)") from exc
    try:
        db = FalkorDB(host=host, port=port, username=user or None, password=password,
                      ssl=target.scheme == "rediss")
        graph = db.select_graph(graph_name)
        return push_statements(lambda q, p: graph.query(q, p), kg, dialect="falkordb", batch_size=batch_size)
    except Exception as exc:  # redis ConnectionError, AuthenticationError, ResponseError …
        raise OutputError(f"{target.shown}: push failed: {_one_line(exc)}") from exc


def push_cypher(kg: KnowledgeGraph | PropertyGraph, uri: str, **options: Any) -> PushReport:
    """Push to the database ``uri`` names (Bolt or FalkorDB, see the module docstring)."""
    target = parse_target(uri, what="database URL")
    if target.scheme in ("falkordb", "redis", "rediss"):
        options.pop("database", None)
        options.pop("dialect", None)
        return push_falkordb(kg, uri, **options)
    if target.scheme.split("+")[0] in ("bolt", "neo4j"):
        return push_bolt(kg, uri, **options)
    raise OutputError(f"{target.shown}: unknown database URL (use bolt://, neo4j:// or falkordb://)")
