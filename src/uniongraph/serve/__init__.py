"""``uniongraph serve``: a read-only SPARQL 1.1 Protocol endpoint, an explorer and a SPARQL editor.

Built on Starlette and served by uvicorn: Starlette is a small, typed, well-kept ASGI toolkit
(the base of FastAPI) with a test client and no template engine or ORM to drag in, and uvicorn
is a production server rather than a development one (Flask's built-in server is not meant
to face users; it would need a second server such as waitress). The app itself never evaluates
SPARQL: queries go to a pool of worker processes (:mod:`.pool`, :mod:`.worker`) that have no
network (:mod:`.sandbox`), a memory limit, and are killed at the time limit, which counts from
the request's arrival. Requests whose ``Host`` is not this server's are answered 421
(:mod:`.hosts`); a request body over ``max_body`` bytes 413.

Routes::

    GET  /sparql?query=…            SPARQL 1.1 Protocol query via GET (a browser asking for
                                    /sparql with no query is sent to /query)
    POST /sparql                    query in a form (query=…) or as application/sparql-query
                                    (an update — update=… or application/sparql-update — is 403)
    GET  /                          the explorer (:mod:`.pages`): search, entity page, picture
    GET  /query                     the SPARQL editor with the example queries
    GET  /api/summary               counts, types, relations, sources, date range
    GET  /api/search?q=…            entities by name or alias, a page of them (:mod:`.explorer`)
    GET  /api/entity?id=…           one entity's facts with evidence, and its curation
    GET  /api/neighbours?id=…       a page of the entities it has stated relations with
    GET  /api/comentions?id=…       a page of the entities named in the same articles, weighted
    GET  /api/articles?id=…         a page of the articles naming it, and its timeline
    GET  /api/article?id=…          one article: headline, date, source, text, entities
    GET  /entity?id=…               the explorer opened at that entity (303), or 404
    POST /api/corrections           only with ``corrections=FILE`` (``serve --corrections``): a
                                    correction of one entity appended to FILE (:mod:`.writes`)

Answers: ``application/sparql-results+json`` (default), ``…+xml``, ``text/csv``,
``text/tab-separated-values`` by ``Accept`` or ``format=json|xml|csv|tsv``; CONSTRUCT and
DESCRIBE give N-Triples. At most ``max_rows`` rows are returned; a cut answer says so in the
header ``X-Result-Truncated: true`` (with ``X-SPARQL-MaxRows``). The explorer's answers are JSON,
each bounded (a page, a row limit it reports); filters and limits: :mod:`.explorer`.

The server follows its graph: the workers reopen it, and the explorer reads its name index
again, when the graph changed on disk (``uniongraph add``/``remove``/``build --store`` on a
store, a new build of a build folder), at the next request and at most 1 s later without one.
"""

from __future__ import annotations

import asyncio
import contextlib
import sys
import time
import traceback
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from ..errors import UniongraphError
from .explorer import BadRequest, Explorer
from .formats import MEDIA_TYPES, negotiate, render
from .hosts import HostCheck
from .pages import SECURITY_HEADERS, explorer_page, json_body, query_page
from .pool import WorkerPool
from .writes import MAX_BODY as WRITE_MAX_BODY
from .writes import CorrectionWriter, check_origin
from .worker import QueryRefused, QueryTimeout, normalise_query

__all__ = ["make_app", "serve", "MAX_BODY", "WATCH_SECONDS"]

LOOPBACK = ("127.0.0.1", "localhost", "::1")
#: the largest request body (and query) taken, in bytes; more is answered 413
MAX_BODY = 1024 * 1024
#: how often the server looks whether its graph changed on disk, without a request asking
WATCH_SECONDS = 1.0


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


def _error(status: int, message: str) -> PlainTextResponse:
    return PlainTextResponse(message + "\n", status_code=status)


def make_app(source: str, *, time_limit: float = 10.0, max_rows: int = 10000, workers: int = 2,
             memory_limit: int = 1024, max_body: int = MAX_BODY, host: str = "127.0.0.1", port: int = 8000,
             allow_hosts: tuple[str, ...] = (), corrections: str | None = None) -> HostCheck:
    """The ASGI app over the graph at ``source`` (a store folder, build folder or graph file).

    ``workers`` query processes, each with ``memory_limit`` MiB for its queries; ``host`` and
    ``port`` are where the server listens (the ``Host`` check allows those names, and
    ``allow_hosts``). With ``corrections`` (a corrections file) the explorer may append
    corrections to that file (:mod:`.writes`); without it the server writes nothing.
    """
    writer = CorrectionWriter(corrections, source) if corrections is not None else None
    writes = tuple(sorted(writer.about().items())) if writer is not None else None
    explorer_page(writes), query_page()  # made now, not in the first request (and before any worker starts)
    pool = WorkerPool(source, size=workers, time_limit=time_limit, max_rows=max_rows, memory_limit=memory_limit)
    explorer = Explorer(source, pool)
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
            if request.method == "GET" and "text/html" in request.headers.get("accept", ""):
                return RedirectResponse("/query", status_code=303)  # a browser following a link
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

    async def propose(request: Request) -> Response:
        assert writer is not None
        status, body = 200, None
        ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
        try:
            if not check_origin(request.headers.get("origin"), request.headers.get("host")):
                raise BadRequest("a correction is taken only from this server's own pages (the Origin header "
                                 "must be this server's)", 403)
            if ctype != "application/json":
                raise BadRequest(f"unsupported content type {ctype!r} (send application/json)", 415)
            try:
                raw = await _body(request, WRITE_MAX_BODY)
            except _TooLarge:
                raise BadRequest(f"request body over {WRITE_MAX_BODY} bytes", 413) from None
            body = await writer.write(raw, explorer)
        except BadRequest as exc:
            status, body = exc.status, {"error": str(exc)}
        except (QueryTimeout, QueryRefused) as exc:
            status, body = 503, {"error": str(exc)}
        except Exception as exc:  # a bug: one line for the client, the traceback on the server's stderr
            traceback.print_exc()
            status, body = 500, {"error": f"internal error: {type(exc).__name__}"}
        return Response(json_body(body), status_code=status, media_type="application/json; charset=utf-8",
                        headers=SECURITY_HEADERS)

    def page(made: Callable[[], Any]) -> Callable[[Request], Awaitable[Response]]:
        async def answer(request: Request) -> Response:
            p = made()
            return Response(p.body, media_type="text/html; charset=utf-8", headers=p.headers)
        return answer

    def api(method: Callable[[Any], Awaitable[dict[str, Any]]]) -> Callable[[Request], Awaitable[Response]]:
        async def answer(request: Request) -> Response:
            status, body = 200, None
            try:
                body = await method(request.query_params)
            except BadRequest as exc:
                status, body = exc.status, {"error": str(exc)}
            except QueryTimeout as exc:
                status, body = 503, {"error": str(exc)}
            except QueryRefused as exc:
                status, body = exc.status, {"error": str(exc)}
            except (UniongraphError, RuntimeError) as exc:  # a worker that could not be restarted
                status, body = 500, {"error": f"no query worker: {' '.join(str(exc).split())[:300]}"}
            except Exception as exc:  # a bug: one line for the client, the traceback on the server's stderr
                traceback.print_exc()
                status, body = 500, {"error": f"internal error: {type(exc).__name__}"}
            return Response(json_body(body), status_code=status, media_type="application/json; charset=utf-8",
                            headers=SECURITY_HEADERS)
        return answer

    async def entity(request: Request) -> Response:
        # the old entity page's address: the explorer opened there
        eid = request.query_params.get("id", "")
        try:
            await explorer.entity({"id": eid, "limit": "1"})
        except BadRequest as exc:
            return _error(exc.status, str(exc))
        except (QueryTimeout, QueryRefused) as exc:
            return _error(503, str(exc))
        return RedirectResponse("/#entity=" + quote(eid, safe=""), status_code=303)

    async def watch() -> None:
        # the graph read at start (so the first page is fast), then again whenever it changes
        while True:
            with contextlib.suppress(Exception):  # a failure here shows in the next request's answer
                await explorer.current()
            await asyncio.sleep(WATCH_SECONDS)

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        watcher = asyncio.ensure_future(watch())
        yield
        watcher.cancel()
        pool.close()  # the worker processes go with the server

    app = Starlette(routes=[
        Route("/sparql", sparql, methods=["GET", "POST"]),
        Route("/", page(lambda: explorer_page(writes))), Route("/query", page(query_page)),
        Route("/api/summary", api(lambda params: explorer.summary())),
        Route("/api/search", api(explorer.search)), Route("/api/entity", api(explorer.entity)),
        Route("/api/neighbours", api(explorer.neighbours)), Route("/api/comentions", api(explorer.comentions)),
        Route("/api/articles", api(explorer.articles)), Route("/api/article", api(explorer.article)),
        Route("/entity", entity),
        *([Route("/api/corrections", propose, methods=["POST"])] if writer is not None else []),
    ], lifespan=lifespan)
    app.state.pool = pool
    app.state.explorer = explorer
    return HostCheck(app, bound=host, port=port, allow=allow_hosts)


def serve(source: str, *, host: str = "127.0.0.1", port: int = 8000, time_limit: float = 10.0,
          max_rows: int = 10000, workers: int = 2, memory_limit: int = 1024,
          allow_hosts: tuple[str, ...] = (), corrections: str | None = None) -> None:
    """Serve ``source`` until interrupted (uvicorn, one process; queries in ``workers`` worker processes)."""
    import uvicorn

    if host not in LOOPBACK:
        print(f"uniongraph: warning: serving on {host}, reachable from other machines", file=sys.stderr)
    app = make_app(source, time_limit=time_limit, max_rows=max_rows, workers=workers, memory_limit=memory_limit,
                   host=host, port=port, allow_hosts=allow_hosts, corrections=corrections)
    for warning in app.app.state.pool.warnings:
        print(f"uniongraph: warning: query workers: {warning}", file=sys.stderr)
    print(f"uniongraph: explorer at http://{host}:{port}/, SPARQL endpoint at http://{host}:{port}/sparql "
          f"(editor at /query)", file=sys.stderr, flush=True)
    if corrections is not None:
        print(f"uniongraph: the explorer writes corrections to {Path(corrections).resolve()} "
              f"(they apply at the next uniongraph curate/add/build with that file)", file=sys.stderr, flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
