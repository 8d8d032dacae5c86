"""Pushing a graph to a SPARQL store with the SPARQL 1.1 Graph Store HTTP Protocol.

Works with any store that speaks the protocol: Virtuoso (``/sparql-graph-crud-auth``, digest
auth), Fuseki (``/DATASET/data``), GraphDB (``/repositories/REPO/rdf-graphs/service``),
Oxigraph server (``/store``) … The graph is sent as N-Triples in batches: the first batch is a
``PUT`` (it replaces the named graph, so pushing twice leaves one copy), the rest are ``POST``s
(they add). Only the standard library is used (``urllib``), with HTTP basic or digest auth.
Credentials may be written in the URL (``http://dba:pw@host/…``): they are taken out of it
(:mod:`uniongraph.push.target`) and no message prints the password.

>>> graph_store_url("http://127.0.0.1:8890/sparql-graph-crud-auth", "https://w3id.org/uniongraph/graph/demo")
'http://127.0.0.1:8890/sparql-graph-crud-auth?graph=https%3A%2F%2Fw3id.org%2Funiongraph%2Fgraph%2Fdemo'
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from typing import Any

from rdflib import Graph

from ..errors import OutputError, QueryError
from ..graph.rdf import to_rdf
from ..graph.vocabulary import PREFIXES
from ..model import KnowledgeGraph
from .target import Target, parse_target

#: Triples per request; stores cap request sizes (Virtuoso's default is a few MB).
BATCH_TRIPLES = 20_000
DEFAULT_GRAPH = "https://w3id.org/uniongraph/graph/default"


@dataclass
class Store:
    """Where and how to reach a store: Graph Store endpoint, query endpoint, credentials.

    User info in the URLs is moved to ``user``/``password`` (a different user or password given
    beside it is an OutputError, not a silent choice); a bad port is an OutputError.
    """

    graph_store: str
    query: str | None = None
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    auth: str = "digest"  # or "basic"
    timeout: float = 120.0
    #: the Graph Store URL as messages show it (``http://dba:***@host/…`` if the URL held credentials)
    shown: str = field(default="", init=False, repr=False)

    def __post_init__(self) -> None:
        target = parse_target(self.graph_store, what="Graph Store URL")
        self.graph_store, self.shown = target.url, target.shown
        self._take_credentials(target)
        if self.query:
            query = parse_target(self.query, what="SPARQL query URL")
            self.query = query.url
            self._take_credentials(query)
        if self.password is not None and self.user is None:
            raise OutputError(f"{target.shown}: a password is given but no user name (give --user)")

    def _take_credentials(self, target: Target) -> None:
        if target.user is not None:
            if self.user is not None and self.user != target.user:
                raise OutputError(f"{target.shown}: the URL names user {target.user!r}, "
                                  f"but user {self.user!r} is given too: give one")
            self.user = target.user
        if target.password is not None:
            if self.password is not None and self.password != target.password:
                raise OutputError(f"{target.shown}: the URL holds a password and another one is given: give one")
            self.password = target.password

    def opener(self) -> urllib.request.OpenerDirector:
        handlers: list[Any] = []
        if self.user is not None:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in (self.graph_store, self.query):
                if url:
                    mgr.add_password(None, url, self.user, self.password or "")
            if self.auth == "basic":
                handlers.append(urllib.request.HTTPBasicAuthHandler(mgr))
            elif self.auth == "digest":
                handlers.append(urllib.request.HTTPDigestAuthHandler(mgr))
            else:
                raise ValueError(f"unknown auth {self.auth!r} (use digest or basic)")
        return urllib.request.build_opener(*handlers)


def graph_store_url(endpoint: str, graph: str) -> str:
    """The Graph Store URL of a named graph (``?graph=`` indirect identification)."""
    sep = "&" if "?" in endpoint else "?"
    return f"{endpoint}{sep}graph={urllib.parse.quote(graph, safe='')}"


def _send(store: Store, method: str, graph: str, data: bytes | None, headers: dict[str, str]) -> int:
    req = urllib.request.Request(graph_store_url(store.graph_store, graph), data=data, method=method, headers=headers)
    shown = graph_store_url(store.shown, graph)
    try:
        with store.opener().open(req, timeout=store.timeout) as resp:
            resp.read()
            return int(resp.status)
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace")
        raise OutputError(f"{shown}: {method} failed: HTTP {exc.code} {' '.join(body.split())[:200]}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise OutputError(f"{shown}: cannot reach the store: {reason}") from None


def ntriples_batches(g: Graph, batch: int = BATCH_TRIPLES) -> list[bytes]:
    """The graph as sorted N-Triples, in chunks of at most ``batch`` triples."""
    lines = sorted(ln for ln in g.serialize(format="nt").split("\n") if ln.strip())
    return [("\n".join(lines[i:i + batch]) + "\n").encode("utf-8") for i in range(0, len(lines), batch)] or [b""]


def push_graph(kg: KnowledgeGraph | Graph, store: Store, graph: str = DEFAULT_GRAPH, *,
               batch: int = BATCH_TRIPLES) -> int:
    """Replace the named graph ``graph`` in the store with this graph; returns the triple count.

    Raises :class:`OutputError` (one line, naming the URL) if the store refuses or is unreachable.
    """
    g = to_rdf(kg) if isinstance(kg, KnowledgeGraph) else kg
    headers = {"Content-Type": "application/n-triples; charset=utf-8"}
    for i, chunk in enumerate(ntriples_batches(g, batch)):
        _send(store, "PUT" if i == 0 else "POST", graph, chunk, headers)
    return len(g)


def delete_graph(store: Store, graph: str = DEFAULT_GRAPH) -> None:
    """Drop the named graph (a store that does not have it answers 404: that is fine too)."""
    try:
        _send(store, "DELETE", graph, None, {})
    except OutputError as exc:
        if "HTTP 404" not in str(exc):
            raise


def with_prefixes(sparql: str) -> str:
    """The query with PREFIX lines for the uniongraph prefixes it uses but does not declare."""
    declared = sparql.lower()
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in PREFIXES.items()
             if f"{p}:" in sparql and f"prefix {p}:" not in declared]
    return "\n".join(lines + [sparql])


def select(store: Store, sparql: str, graph: str | None = DEFAULT_GRAPH) -> dict[str, Any]:
    """Run a query over HTTP (SPARQL 1.1 Protocol, POST form) and return the JSON results.

    ``graph`` is sent as ``default-graph-uri``; the uniongraph prefixes are added as needed.
    """
    if not store.query:
        raise QueryError("no SPARQL query endpoint given")
    form = {"query": with_prefixes(sparql)}
    if graph:
        form["default-graph-uri"] = graph
    req = urllib.request.Request(store.query, data=urllib.parse.urlencode(form).encode("utf-8"), method="POST",
                                 headers={"Accept": "application/sparql-results+json",
                                          "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with store.opener().open(req, timeout=store.timeout) as resp:
            return json.loads(resp.read().decode("utf-8"))
    except urllib.error.HTTPError as exc:
        body = exc.read().decode("utf-8", "replace")
        raise QueryError(f"{store.query}: HTTP {exc.code} {' '.join(body.split())[:240]}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise QueryError(f"{store.query}: cannot reach the store: {getattr(exc, 'reason', exc)}") from None


def result_rows(data: dict[str, Any]) -> list[list[str | None]]:
    """SPARQL JSON results as rows of text cells (``None`` for unbound), in the head's order.

    Booleans are given in their canonical form (``true``/``false``), as local queries give them.
    """
    if "boolean" in data:
        return [[str(bool(data["boolean"])).lower()]]
    cols = data.get("head", {}).get("vars", [])
    return [[(_cell(b[c]) if c in b else None) for c in cols] for b in data["results"]["bindings"]]


_XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _cell(term: dict[str, Any]) -> str:
    # xsd:boolean has two lexical forms each ("1"/"true"); Virtuoso answers "0"/"1". Use rdflib's.
    if term.get("datatype") == _XSD_BOOLEAN:
        return "true" if term["value"] in ("1", "true") else "false"
    return str(term["value"])
