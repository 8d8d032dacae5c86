"""``uniongraph serve``: a read-only SPARQL 1.1 Protocol endpoint and a small entity search page.

Built on Starlette and served by uvicorn: Starlette is a small, typed, well-kept ASGI toolkit
(the base of FastAPI) with a test client and no template engine or ORM to drag in, and uvicorn
is a production server rather than a development one (Flask's built-in server is not meant
to face users; it would need a second server such as waitress). The app itself never evaluates
SPARQL: queries go to a pool of worker processes (:mod:`.pool`, :mod:`.worker`) that have no
network (:mod:`.sandbox`), a memory limit, and are killed at the time limit, which counts from
the request's arrival. Requests whose ``Host`` is not this server's are answered 421
(:mod:`.hosts`); a request body over ``max_body`` bytes 413.

Routes::

    GET  /sparql?query=…            SPARQL 1.1 Protocol query via GET
    POST /sparql                    query in a form (query=…) or as application/sparql-query
                                    (an update — update=… or application/sparql-update — is 403)
    GET  /                          search an entity by name
    GET  /entity?id=…               its facts with their evidence sentences, and its neighbourhood
    GET  /entity/graph?id=…&hops=N  the neighbourhood picture (the HTML view of a sub-graph)

Answers: ``application/sparql-results+json`` (default), ``…+xml``, ``text/csv``,
``text/tab-separated-values`` by ``Accept`` or ``format=json|xml|csv|tsv``; CONSTRUCT and
DESCRIBE give N-Triples. At most ``max_rows`` rows are returned; a cut answer says so in the
header ``X-Result-Truncated: true`` (with ``X-SPARQL-MaxRows``).
"""

from __future__ import annotations

import html
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any
from urllib.parse import parse_qs, quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, PlainTextResponse, Response
from starlette.routing import Route

from ..errors import UniongraphError
from ..model import KnowledgeGraph
from .formats import MEDIA_TYPES, negotiate, render
from .hosts import HostCheck
from .pool import WorkerPool
from .worker import QueryRefused, QueryTimeout, normalise_query

__all__ = ["make_app", "serve", "load_page_graph", "MAX_BODY"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")
#: the largest request body (and query) taken, in bytes; more is answered 413
MAX_BODY = 1024 * 1024


class _TooLarge(Exception):
    pass


async def _body(request: Request, limit: int) -> bytes:
    """The request body, or :class:`_TooLarge` as soon as it (or its Content-Length) passes ``limit``."""
    length = request.headers.get("content-length", "")
    if length.isdigit() and int(length) > limit:
        raise _TooLarge
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
    return b"".join(chunks)


def load_page_graph(source: str) -> KnowledgeGraph | None:
    """The knowledge graph for the search page: that of any graph source."""
    from ..readwrite.sources import open_graph

    return open_graph(source).knowledge_graph()


def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


def make_app(source: str, *, time_limit: float = 10.0, max_rows: int = 10000, workers: int = 2,
             memory_limit: int = 1024, max_body: int = MAX_BODY, host: str = "127.0.0.1", port: int = 8000,
             allow_hosts: tuple[str, ...] = (), kg: KnowledgeGraph | None = None) -> HostCheck:
    """The ASGI app over the graph at ``source`` (a store folder, build folder or graph file).

    ``workers`` query processes, each with ``memory_limit`` MiB for its queries; ``host`` and
    ``port`` are where the server listens (the ``Host`` check allows those names, and
    ``allow_hosts``).
    """
    pool = WorkerPool(source, size=workers, time_limit=time_limit, max_rows=max_rows, memory_limit=memory_limit)
    page_kg = kg if kg is not None else load_page_graph(source)
    pages = EntityPages(page_kg)
    too_large = f"request body over {max_body} bytes"

    async def sparql(request: Request) -> Response:
        arrival = time.monotonic()  # the time limit counts from here, waiting for a worker included
        params = dict(request.query_params)
        formats = request.query_params.getlist("format")
        query: str | None = params.get("query")
        if request.method == "POST":
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            if ctype == "application/sparql-update":
                return _error(403, "read-only endpoint: SPARQL Update is refused")
            try:
                if ctype == "application/sparql-query":
                    query = (await _body(request, max_body)).decode("utf-8", errors="replace")
                elif ctype == "application/x-www-form-urlencoded":
                    # parsed here: Starlette's form parser would need python-multipart
                    body = (await _body(request, max_body)).decode("utf-8", errors="replace")
                    form = parse_qs(body, keep_blank_values=True)
                    params.update({k: v[-1] for k, v in form.items()})
                    formats += form.get("format", [])
                    query = params.get("query")
                else:
                    return _error(415, f"unsupported content type {ctype!r} (use a form or application/sparql-query)")
            except _TooLarge:
                return _error(413, too_large)
        if "update" in params:
            return _error(403, "read-only endpoint: SPARQL Update is refused")
        if params.get("default-graph-uri") or params.get("named-graph-uri"):
            return _error(400, "default-graph-uri / named-graph-uri are not supported (one default graph)")
        if not query:
            return _error(400, "no query: give query=… (GET or form POST) or an application/sparql-query body")
        if len(query) > max_body:
            return _error(413, f"query over {max_body} characters")
        try:
            answer = await pool.query(normalise_query(query), arrival)
        except QueryTimeout as exc:
            return _error(503, str(exc))
        except QueryRefused as exc:
            return _error(exc.status, str(exc))
        except (UniongraphError, RuntimeError) as exc:  # a worker that could not be restarted
            return _error(500, f"no query worker: {' '.join(str(exc).split())[:300]}")
        # a client may name the format twice (SPARQLWrapper: format=tsv&format=text/tab-separated-values)
        asked = [f for f in formats if negotiate(None, answer[0], f)]
        fmt = negotiate(request.headers.get("accept"), answer[0], asked[0] if asked else (formats[0] if formats else None))
        if fmt is None:
            return _error(406, "no acceptable result format (json, xml, csv, tsv; n-triples for graphs)")
        headers = {"Vary": "Accept"}
        if answer[0] != "ask" and answer[-1]:
            headers.update({"X-Result-Truncated": "true", "X-SPARQL-MaxRows": str(max_rows)})
        return Response(render(answer, fmt), media_type=f"{MEDIA_TYPES[fmt]}; charset=utf-8", headers=headers)

    async def home(request: Request) -> Response:
        return HTMLResponse(pages.search(request.query_params.get("q", "")))

    async def entity(request: Request) -> Response:
        status, body = pages.entity(request.query_params.get("id", ""))
        return HTMLResponse(body, status_code=status)

    async def picture(request: Request) -> Response:
        try:
            hops = max(0, min(3, int(request.query_params.get("hops", "1"))))
        except ValueError:
            hops = 1
        status, body = pages.picture(request.query_params.get("id", ""), hops)
        return HTMLResponse(body, status_code=status)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        yield
        pool.close()  # the worker processes go with the server

    app = Starlette(routes=[
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/", home), Route("/entity", entity), Route("/entity/graph", picture),
    ], lifespan=lifespan)
    app.state.pool = pool
    return HostCheck(app, bound=host, port=port, allow=allow_hosts)


_STYLE = """<style>body{font-family:sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem}
td,th{vertical-align:top;text-align:left;padding:.2rem .5rem}tr:nth-child(even){background:#f4f4f4}
.ev{color:#444;font-size:.9em}iframe{width:100%;height:36rem;border:1px solid #ccc}</style>"""


class EntityPages:
    """The HTML pages: search by name or alias, one entity's facts, its neighbourhood picture."""

    def __init__(self, kg: KnowledgeGraph | None) -> None:
        self.kg = kg
        self.facts: dict[str, list[tuple[str, Any]]] = {}
        if kg is None:
            return
        by_name = {}
        for e in kg.entities.values():
            by_name.setdefault((e.name, e.type), e.id)
        for rel in kg.relations + kg.inferred_relations:
            h, t = by_name.get((rel.head, rel.head_type)), by_name.get((rel.tail, rel.tail_type))
            if h:
                self.facts.setdefault(h, []).append(("out", rel))
            if t:
                self.facts.setdefault(t, []).append(("in", rel))
        self.headlines = {a.id: a.title for a in kg.articles}
        self.ids = {(e.name, e.type): e.id for e in kg.entities.values()}

    def _page(self, title: str, body: str) -> str:
        return (f"<!doctype html><html lang=zh><head><meta charset=utf-8><title>{html.escape(title)}</title>"
                f"{_STYLE}</head><body><p><a href='/'>搜索 search</a> · <a href='/sparql'>SPARQL</a></p>{body}</body></html>")

    def search(self, q: str) -> str:
        form = (f"<h1>uniongraph</h1><form action='/' method=get><input name=q value='{html.escape(q, quote=True)}' "
                "autofocus placeholder='名称 name'> <button>搜索</button></form>")
        if self.kg is None:
            return self._page("uniongraph", form + "<p>Search needs a store or a build folder (graph.json); "
                              "SPARQL works at <code>/sparql</code>.</p>")
        if not q.strip():
            return self._page("uniongraph", form + f"<p>{len(self.kg.entities)} entities.</p>")
        needle = q.strip().lower()
        hits = [e for e in self.kg.entities.values()
                if needle in e.name.lower() or any(needle in a.lower() for a in e.aliases)]
        hits.sort(key=lambda e: (e.name != q.strip(), -len(e.mentions), e.name))
        items = "".join(f"<li><a href='/entity?id={quote(e.id, safe='')}'>{html.escape(e.name)}</a> "
                        f"<small>{html.escape(e.type)} · {len(e.mentions)}</small></li>" for e in hits[:100])
        more = f"<p>… {len(hits) - 100} more</p>" if len(hits) > 100 else ""
        return self._page(f"{q} · uniongraph", form + f"<p>{len(hits)} found</p><ul>{items}</ul>{more}")

    def entity(self, eid: str) -> tuple[int, str]:
        ent = self.kg.entities.get(eid) if self.kg else None
        if ent is None:
            return 404, self._page("not found", "<p>No such entity.</p>")
        rows = []
        for direction, rel in sorted(self.facts.get(eid, []), key=lambda p: (p[0] == "in", p[1].relation, p[1].tail, p[1].head)):
            other, otype = (rel.tail, rel.tail_type) if direction == "out" else (rel.head, rel.head_type)
            oid = self.ids.get((other, otype))
            link = (f"<a href='/entity?id={quote(oid, safe='')}'>{html.escape(other)}</a>" if oid else html.escape(other))
            arrow = f"→ {rel.relation}" if direction == "out" else f"← {rel.relation}"
            ev = "<br>".join(
                f"«{html.escape(e.sentence)}» <small>{html.escape(self.headlines.get(e.article_id, e.article_id))} · {html.escape(e.rule)}</small>"
                for e in rel.evidence)
            rows.append(f"<tr><td>{arrow}{' (推断 inferred)' if rel.inferred else ''}</td><td>{link}</td><td class=ev>{ev}</td></tr>")
        aliases = "、".join(sorted(ent.aliases)) or "—"
        body = (f"<h1>{html.escape(ent.name)}</h1><p>{html.escape(ent.type)} · 别名 aliases: {html.escape(aliases)}"
                f" · {len(ent.mentions)} mentions</p>"
                f"<table><tr><th>relation</th><th>entity</th><th>evidence</th></tr>{''.join(rows)}</table>"
                f"<h2>Neighbourhood</h2><iframe src='/entity/graph?id={quote(eid, safe='')}&hops=1'></iframe>")
        return 200, self._page(ent.name, body)

    def picture(self, eid: str, hops: int) -> tuple[int, str]:
        from ..analytics import neighbourhood
        from ..readwrite.html import generate_html

        ent = self.kg.entities.get(eid) if self.kg else None
        if ent is None:
            return 404, self._page("not found", "<p>No such entity.</p>")
        return 200, generate_html(neighbourhood(self.kg, ent.name, hops=hops))


def serve(source: str, *, host: str = "127.0.0.1", port: int = 8000, time_limit: float = 10.0,
          max_rows: int = 10000, workers: int = 2, memory_limit: int = 1024,
          allow_hosts: tuple[str, ...] = ()) -> None:
    """Serve ``source`` until interrupted (uvicorn, one process; queries in ``workers`` worker processes)."""
    import uvicorn

    if host not in LOOPBACK:
        print(f"uniongraph: warning: serving on {host}, reachable from other machines", file=sys.stderr)
    app = make_app(source, time_limit=time_limit, max_rows=max_rows, workers=workers, memory_limit=memory_limit,
                   host=host, port=port, allow_hosts=allow_hosts)
    for warning in app.app.state.pool.warnings:
        print(f"uniongraph: warning: query workers: {warning}", file=sys.stderr)
    print(f"uniongraph: SPARQL endpoint at http://{host}:{port}/sparql, search page at http://{host}:{port}/",
          file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
