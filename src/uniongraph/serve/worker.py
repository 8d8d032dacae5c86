"""Queries run in a child process, so a query over its time limit can be stopped for good.

Oxigraph evaluates a query in native code that Python cannot interrupt; the endpoint therefore
sends each query to a worker process and, when the time limit passes, kills that process (by
its pid) and starts a fresh one. The worker opens a store read-only, or loads a graph file into
an in-memory Oxigraph store.

Answers cross the pipe as plain tuples: ``("uri", iri)``, ``("bnode", id)`` and
``("literal", text, language, datatype)``.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import threading
from multiprocessing.connection import Connection
from typing import Any

Term = tuple[Any, ...]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: Strings, IRIs and comments are blanked out before looking for keywords in a query.
_NOISE = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*')
_SERVICE = re.compile(r"(?i)\bSERVICE\b")


class QueryRefused(Exception):
    """A query the endpoint does not run (HTTP 400 or 403)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class QueryTimeout(Exception):
    """The query did not finish within the time limit (HTTP 503)."""


def check_query(sparql: str) -> None:
    """Refuse what a public, read-only endpoint must not run: federated ``SERVICE`` calls.

    >>> check_query('SELECT * WHERE { ?s ?p "SERVICE" }')
    >>> check_query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    Traceback (most recent call last):
    ...
    uniongraph.serve.worker.QueryRefused: SERVICE (federated query) is not allowed on this endpoint
    """
    if _SERVICE.search(_NOISE.sub(" ", sparql)):
        raise QueryRefused("SERVICE (federated query) is not allowed on this endpoint", 403)


def open_source(source: str) -> Any:
    """An Oxigraph store for a store folder (read-only), or any other graph loaded in memory."""
    import pyoxigraph as ox

    from ..errors import GraphFileError
    from ..readwrite.sources import open_graph

    src = open_graph(source)
    if src.is_store:
        return ox.Store.read_only(str(src.path / "oxigraph"))
    if src.rdf_file is not None:  # a build folder: its RDF file, not a conversion of graph.json
        src = open_graph(src.rdf_file[0])
    data, fmt = src.rdf_bytes()
    ox_format = ox.RdfFormat.from_extension(fmt.extension.lstrip("."))
    store = ox.Store()
    try:
        store.load(data, format=ox_format)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphFileError(f"{src.path}: not valid {fmt.description or fmt.name}: "
                             f"{' '.join(str(exc).split())[:200]}") from None
    return store


def _term(t: Any) -> Term | None:
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return ("bnode", t.value)
    dt = t.datatype.value
    return ("literal", t.value, t.language, None if t.language or dt == _XSD_STRING else dt)


def run(store: Any, sparql: str, max_rows: int) -> tuple[Any, ...]:
    """Run one query: ``("ask", bool)``, ``("select", vars, rows, truncated)`` or ``("graph", triples, truncated)``."""
    import pyoxigraph as ox

    from ..store.oxigraph import QUERY_PREFIXES

    res = store.query(sparql, prefixes=QUERY_PREFIXES)
    if isinstance(res, ox.QueryBoolean):
        return ("ask", bool(res))
    if isinstance(res, ox.QuerySolutions):
        names = [v.value for v in res.variables]
        rows = []
        for sol in res:
            if len(rows) == max_rows:
                return ("select", names, rows, True)
            rows.append([_term(sol[i]) for i in range(len(names))])
        return ("select", names, rows, False)
    triples = []
    for t in res:
        if len(triples) == max_rows:
            return ("graph", triples, True)
        triples.append((_term(t.subject), _term(t.predicate), _term(t.object)))
    return ("graph", triples, False)


def _main(conn: Connection, source: str) -> None:
    """The worker process: open the graph, then answer queries until the pipe closes."""
    try:
        store = open_source(source)
    except Exception as exc:  # reported to the parent, which stops
        conn.send(("error", str(exc)))
        return
    conn.send(("ready",))
    while True:
        try:
            sparql, max_rows = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", run(store, sparql, max_rows)))
        except SyntaxError as exc:
            conn.send(("error", "malformed query: " + " ".join(str(exc).split())[:300]))
        except Exception as exc:  # evaluation errors, SERVICE failures
            conn.send(("error", f"query failed: {' '.join(str(exc).split())[:300] or type(exc).__name__}"))


class QueryWorker:
    """One worker process and the lock that serialises queries to it."""

    def __init__(self, source: str, *, time_limit: float, max_rows: int) -> None:
        self.source = source
        self.time_limit = time_limit
        self.max_rows = max_rows
        self._lock = threading.Lock()
        self._ctx = mp.get_context("spawn")  # no fork of a threaded server
        self._proc: Any = None
        self._conn: Connection | None = None
        self._start()

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_main, args=(child, self.source), daemon=True)
        proc.start()
        child.close()
        if not parent.poll(120):
            os.kill(proc.pid, 9)
            raise RuntimeError(f"{self.source}: the query worker did not start")
        msg = parent.recv()
        if msg[0] != "ready":
            proc.join()
            from ..errors import GraphFileError

            raise GraphFileError(msg[1])
        self._proc, self._conn = proc, parent

    def _kill(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            os.kill(self._proc.pid, 9)  # our own child, by pid
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None

    def query(self, sparql: str) -> tuple[Any, ...]:
        """The answer of one query; :class:`QueryRefused` or :class:`QueryTimeout` otherwise."""
        check_query(sparql)
        with self._lock:
            if self._proc is None or not self._proc.is_alive():
                self._kill()
                self._start()
            assert self._conn is not None
            self._conn.send((sparql, self.max_rows))
            if not self._conn.poll(self.time_limit):
                self._kill()
                self._start()
                raise QueryTimeout(f"query stopped: over the time limit of {self.time_limit:g} s")
            try:
                status, payload = self._conn.recv()
            except EOFError:
                self._kill()
                raise QueryRefused("the query worker stopped while answering", 500) from None
        if status == "error":
            raise QueryRefused(payload, 400)
        return payload

    def close(self) -> None:
        with self._lock:
            self._kill()
