"""The endpoint under attack (#15): no outbound request whatever the query, the ``Host`` check,
and the limits on memory, waiting, body size and nesting.

Servers are real (``uniongraph serve`` on a free loopback port); the would-be victim of a
server-side request is a real TCP listener on 127.0.0.1 that answers every connection with a
SPARQL result holding ``SECRET`` and records it. It must record nothing.
"""

from __future__ import annotations

import asyncio
import http.client
import itertools
import json
import random
import socket
import socketserver
import subprocess
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from serve_process import running_server

from uniongraph.serve.hosts import HostCheck
from uniongraph.serve.pool import WorkerPool
from uniongraph.serve.worker import MAX_DEPTH, QueryRefused, QueryTimeout, QueryWorker, check_query, normalise_query
from uniongraph.store import GraphStore

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
FEDERATIONS = "SELECT ?name WHERE { ?f a ug:Federation ; rdfs:label ?name } ORDER BY ?name"
NAMES = ["北京市总工会", "昌平区总工会", "朝阳区总工会"]
SECRET = b"SECRET-TOKEN-15"


# ---------------------------------------------------------------- the listener and the servers


class Listener:
    """A TCP server on 127.0.0.1 that records each connection and answers a SPARQL result."""

    def __init__(self) -> None:
        hits = self.hits = []  # type: list[bytes]

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                self.request.settimeout(5)
                try:
                    data = self.request.recv(65536)
                except OSError:
                    data = b""
                hits.append(data or b"(connected)")
                body = (b'{"head":{"vars":["a"]},"results":{"bindings":[{"a":{"type":"literal","value":"'
                        + SECRET + b'"}}]}}')
                self.request.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n"
                                     b"Content-Length: %d\r\nConnection: close\r\n\r\n%s" % (len(body), body))

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    ear = Listener()
    yield ear
    ear.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("security") / "store"
    with GraphStore(path) as st:
        st.add_files([CORPUS])
    return path


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    with running_server(store, "--time-limit", "60", "--workers", "2", "--memory-limit", "256") as (base, proc):
        yield base
        assert proc.poll() is None  # up after everything below


def get(url: str, data: bytes | None = None, ctype: str | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data)
    if ctype:
        req.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(req, timeout=120) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def ask(base: str, query: str, post: bool = False) -> tuple[int, str]:
    if post:
        return get(base + "/sparql", query.encode("utf-8"), "application/sparql-query")
    return get(base + "/sparql?" + urllib.parse.urlencode({"query": query}))


# ---------------------------------------------------------------- SERVICE spellings

KEYWORDS = ["SERVICE", "service", "SeRvIcE", r"\u0053ERVICE", r"\u0073\u0065rvice", r"\U00000053ERVICE",
            "SERVICE SILENT", r"service \u0053ILENT"]
WRAPPERS = ["{{ {} }}", "{{ OPTIONAL {{ {} }} }}", "{{ {{ {{ {} }} }} }}", "{{ {{ SELECT * WHERE {{ {} }} }} }}",
            "{{ FILTER EXISTS {{ {} }} }}", "{{ BIND(1 AS ?one) MINUS {{ {} }} }}", "{{ {{ }} UNION {{ {} }} }}"]
# what makes a text check read a real SERVICE as part of a string or comment: the issue's quote in
# an IRI next to a Unicode space, a quote in a comment ended by CR (Oxigraph ends comments at CR)
NOISE = [("", ""),
         ("BIND(<http://x/\u3000'> AS ?z) ", " BIND(<http://y/'> AS ?w)"),
         ("BIND(<http://x/\u00a0'> AS ?z) ", " BIND(<http://y/'> AS ?w)"),
         ("BIND(<http://x/\u2003'> AS ?z) ", " BIND(<http://y/'> AS ?w)"),
         ("# a comment '\r", "\n# '\n"),
         ("BIND('''x''' AS ?l) #\"\r", ""),
         ("BIND(\"\\\"\" AS ?q) ", "")]


def endpoints(port: int) -> list[tuple[str, str, str]]:
    """(declarations, the SERVICE target, what comes before SERVICE) naming the listener."""
    return [("", f"<http://127.0.0.1:{port}/sparql>", ""),
            ("", f"<http\\u003A//127.0.0.1:{port}/sparql>", ""),
            (f"PREFIX svc: <http://127.0.0.1:{port}/> ", "svc:sparql", ""),
            (f"PREFIX \\u0073vc: <http://127.0.0.1:{port}/> ", "svc:sparql", ""),
            (f"BASE <http://127.0.0.1:{port}/> ", "<sparql>", ""),
            ("", "?endpoint", f"VALUES ?endpoint {{ <http://127.0.0.1:{port}/sparql> }} ")]


def service_queries(port: int, n: int, seed: int, *, bound_only: bool = False) -> list[str]:
    """``n`` of the 2,352 spellings (keyword × target × nesting × noise), every keyword, target,
    nesting and noise among them; ``bound_only`` leaves out ``SERVICE ?variable``."""
    every = []
    for kw, (decl, target, before), wrap, (pre, post) in itertools.product(KEYWORDS, endpoints(port), WRAPPERS, NOISE):
        if bound_only and target.startswith("?"):
            continue
        every.append(f"{decl}SELECT * WHERE " + wrap.format(f"{pre}{before}{kw} {target} {{ ?a ?b ?c }}{post}"))
    picked = random.Random(seed).sample(every, n)
    return picked


def test_the_spellings_are_live(listener: Listener) -> None:
    # The control: Oxigraph itself, given these queries as the endpoint passes them on, does call
    # the listener. So the tests below, where it receives nothing, test something.
    import pyoxigraph as ox

    ear = Listener()
    try:
        queries = service_queries(ear.port, 40, seed=2, bound_only=True)
        for q in queries:
            before = len(ear.hits)
            try:
                list(ox.Store().query(normalise_query(q)))
            except (OSError, SyntaxError, ValueError, RuntimeError):
                pass
            deadline = time.monotonic() + 10
            while len(ear.hits) == before and time.monotonic() < deadline:
                time.sleep(0.01)
            assert len(ear.hits) > before, q
    finally:
        ear.close()


def test_service_spellings_are_refused_in_the_parse_tree() -> None:
    for q in service_queries(1234, 150, seed=1):
        with pytest.raises(QueryRefused) as refused:
            check_query(q)
        assert refused.value.status == 403, (q, str(refused.value))


def test_the_issue_bypass_reaches_nothing(server: str, listener: Listener) -> None:
    for space in ("\u3000", "\u00a0", "\u2003"):
        q = (f"SELECT * WHERE {{ BIND(<http://x/{space}'> AS ?z) SERVICE <http://127.0.0.1:{listener.port}/admin/token> "
             "{ ?a ?b ?c } BIND(<http://y/'> AS ?w) }")
        for post in (False, True):
            status, body = ask(server, q, post)
            assert status == 403 and "SERVICE" in body, (status, body)
            assert SECRET.decode() not in body and len(body.strip().splitlines()) == 1
    assert listener.hits == []


def test_service_spellings_reach_nothing(server: str, listener: Listener) -> None:
    for i, q in enumerate(service_queries(listener.port, 60, seed=3)):
        status, body = ask(server, q, post=bool(i % 2))
        assert status == 403, (q, status, body)
        assert SECRET.decode() not in body
    assert listener.hits == []


def test_the_worker_has_no_network_even_unchecked(store: Path, listener: Listener) -> None:
    # Behind the parse check: a worker sent SERVICE with the check skipped still reaches nothing.
    worker = QueryWorker(str(store), time_limit=60, max_rows=10)
    try:
        assert worker.warnings == []  # sandbox and memory limit both in place
        for target in (f"http://127.0.0.1:{listener.port}/x", f"http://localhost:{listener.port}/x"):
            with pytest.raises(QueryRefused) as failed:
                worker._ask(f"SELECT * WHERE {{ SERVICE <{target}> {{ ?a ?b ?c }} }}", 60, checked=False)
            assert "Permission denied" in str(failed.value) and SECRET.decode() not in str(failed.value)
        assert worker.query("ASK { ?s ?p ?o }") == ("ask", True)
    finally:
        worker.close()
    assert listener.hits == []


@pytest.mark.parametrize("query,rows", [
    ('SELECT ?x WHERE { BIND("SERVICE <http://127.0.0.1:1/> { ?a ?b ?c }" AS ?x) }', 1),
    ("SELECT ?service WHERE { BIND(<http://example.org/SERVICE> AS ?service) }", 1),
    ("SELECT * WHERE { ?s <http://example.org/service> ?o } # SERVICE <http://127.0.0.1:1/> {}", 0),
    ("PREFIX service: <http://example.org/> SELECT * WHERE { ?s service:SERVICE ?o }", 0),
    ("SELECT ?z WHERE { BIND(<http://x/\u3000'> AS ?z) BIND('SERVICE' AS ?w) }", 1),
    ("SELECT ?x WHERE { BIND('''SERVICE\n<http://127.0.0.1:1/> {}''' AS ?x) }", 1),
    (FEDERATIONS, 3),
])
def test_queries_that_only_mention_service_run(server: str, listener: Listener, query: str, rows: int) -> None:
    status, body = ask(server, query)
    assert status == 200, body
    assert len(json.loads(body)["results"]["bindings"]) == rows
    assert listener.hits == []


# ---------------------------------------------------------------- Host


def with_host(base: str, host: str | None, path: str = "/sparql?query=ASK%7B%7D") -> tuple[int, str]:
    port = int(base.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.putrequest("GET", path, skip_host=True)
        if host is not None:
            conn.putheader("Host", host)
        conn.endheaders()
        r = conn.getresponse()
        return r.status, r.read().decode("utf-8", "replace")
    finally:
        conn.close()


def test_host_header_is_checked(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    for host in (f"127.0.0.1:{port}", f"localhost:{port}", f"LOCALHOST:{port}", f"[::1]:{port}"):
        assert with_host(server, host)[0] == 200, host
    for host in (f"evil.example:{port}", "evil.example", f"127.0.0.1.evil.example:{port}", f"localhost:{port + 1}",
                 "127.0.0.1", f"127.0.0.2:{port}", f"attacker.test:{port}"):
        for path in ("/sparql?query=ASK%7B%7D", "/", "/entity?id=x", "/nothing"):
            status, body = with_host(server, host, path)
            assert status == 421, (host, path, status)
            assert len(body.strip().splitlines()) == 1 and "unknown Host" in body and "localhost" in body
    # no Host at all (HTTP/1.0)
    with socket.create_connection(("127.0.0.1", port), timeout=30) as s:
        s.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.0\r\n\r\n")
        reply = b""
        while chunk := s.recv(4096):
            reply += chunk
    assert reply.startswith(b"HTTP/1.1 421"), reply[:80]


def test_host_names_for_other_bindings() -> None:
    wild = HostCheck(None, bound="0.0.0.0", port=8000)
    assert wild.allows("192.0.2.7:8000") and wild.allows("[2001:db8::1]:8000") and wild.allows("localhost:8000")
    assert not wild.allows("rebind.example:8000")
    named = HostCheck(None, bound="graph.example.org", port=80, allow=["proxy.example.org"])
    assert named.allows("graph.example.org") and named.allows("graph.example.org:80")
    assert named.allows("proxy.example.org:443") and not named.allows("graph.example.org:81")
    assert HostCheck(None, bound="::1", port=8000).allows("[::1]:8000")


# ---------------------------------------------------------------- limits


def post_raw(port: int, head: str, body: Iterator[bytes]) -> bytes:
    """Send a request from a second thread (the server may answer and close before the end of
    the body) and read the status line of the answer here."""
    s = socket.create_connection(("127.0.0.1", port), timeout=60)

    def send() -> None:
        try:
            s.sendall(head.encode())
            for part in body:
                s.sendall(part)
        except OSError:
            pass  # answered and closed early

    sender = threading.Thread(target=send)
    sender.start()
    try:
        reply = b""
        while b"\r\n" not in reply:
            chunk = s.recv(4096)
            if not chunk:
                break
            reply += chunk
    finally:
        s.shutdown(socket.SHUT_RDWR)
        sender.join()
        s.close()
    return reply


def test_request_body_limit(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    head = f"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: {{}}\r\n{{}}\r\n"
    # a 150 MB body announced: refused on its Content-Length, before it is sent
    reply = post_raw(port, head.format("application/sparql-query", f"Content-Length: {150 * 1024 * 1024}\r\n"),
                     iter([b"ASK {"]))
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    big = b"ASK { " + b"?s ?p ?o . " * 200_000 + b"}"  # 2.2 MB
    form = b"query=" + urllib.parse.quote_from_bytes(big).encode()
    for data, ctype in ((big, "application/sparql-query"), (form, "application/x-www-form-urlencoded")):
        reply = post_raw(port, head.format(ctype, f"Content-Length: {len(data)}\r\n"),
                         (data[i:i + 65536] for i in range(0, len(data), 65536)))
        assert reply.startswith(b"HTTP/1.1 413"), (ctype, reply[:200])
    # sent in chunks, with no length announced: stopped once it passes the limit
    chunks = (b"%x\r\n%s\r\n" % (len(big[i:i + 65536]), big[i:i + 65536]) for i in range(0, len(big), 65536))
    reply = post_raw(port, head.format("application/sparql-query", "Transfer-Encoding: chunked\r\n"),
                     itertools.chain(chunks, [b"0\r\n\r\n"]))
    assert reply.startswith(b"HTTP/1.1 413"), reply[:200]
    # just under the limit is taken
    fits = b'ASK { FILTER(STRLEN("' + b"x" * 1_000_000 + b'") > 0) }'
    status, body = get(server + "/sparql", fits, "application/sparql-query")
    assert status == 200 and json.loads(body)["boolean"] is True, body[:200]
    assert ask(server, "ASK {}")[0] == 200


def test_memory_limit_per_query(server: str) -> None:
    # each BIND doubles the string: 10 characters * 2^34, far past the 256 MiB limit
    binds = " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(34))
    doubling = f'SELECT (STRLEN(?s34) AS ?n) WHERE {{ BIND("xxxxxxxxxx" AS ?s0) {binds} }}'
    for _ in range(2):
        status, body = ask(server, doubling)
        assert status == 503 and "memory limit of 256 MiB" in body, (status, body)
        assert len(body.strip().splitlines()) == 1
    status, body = ask(server, FEDERATIONS)
    assert status == 200 and [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]] == NAMES


@pytest.mark.parametrize("query", [
    "ASK " + "{" * 3000 + "}" * 3000,
    "SELECT * WHERE " + "{" * 3000 + "}" * 3000,
    "SELECT * WHERE { FILTER(" + "(" * 3000 + "true" + ")" * 3000 + ") }",
    "SELECT * WHERE { ?s ?p " + "[ ?p " * 3000 + "?o" + " ]" * 3000 + " }",
    "ASK " + "{ OPTIONAL " * 1500 + "{}" + " }" * 1500,
], ids=["ask-braces", "select-braces", "parentheses", "blank-nodes", "optionals"])
def test_deep_nesting_is_a_4xx(server: str, query: str) -> None:
    for post in (False, True):
        status, body = ask(server, query, post)
        assert status == 400 and "nested too deeply" in body, (status, body[:200])
    assert ask(server, "ASK {}")[0] == 200


def test_nesting_within_the_limit_runs(server: str) -> None:
    depth = MAX_DEPTH - 10
    status, body = ask(server, "ASK " + "{" * depth + "}" * depth)
    assert status == 200 and json.loads(body)["boolean"] is True
    status, body = ask(server, "SELECT * WHERE { FILTER(" + "(" * depth + "true" + ")" * depth + ") }")
    assert status == 200


def test_a_fast_query_is_not_held_behind_a_slow_one(store: Path) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    with running_server(store, "--time-limit", "4", "--workers", "2") as (base, _proc):
        answers: list[tuple[int, str]] = []
        slow_one = threading.Thread(target=lambda: answers.append(ask(base, slow)))
        slow_one.start()
        time.sleep(0.5)  # let the slow query take its worker (order, not a measure)
        status, body = ask(base, "ASK {}")
        still_running = slow_one.is_alive()
        slow_one.join()
        assert status == 200 and json.loads(body)["boolean"] is True
        assert still_running  # answered while the slow query was still being worked on
        assert answers[0][0] == 503 and "time limit" in answers[0][1]


def test_waiting_for_a_worker_counts_against_the_time_limit(store: Path) -> None:
    async def scenario() -> None:
        pool = WorkerPool(str(store), size=1, time_limit=1.0, max_rows=10)
        try:
            held = await pool._idle.get()  # the only worker, busy elsewhere
            with pytest.raises(QueryTimeout, match="no query worker was free"):
                await pool.query("ASK {}", time.monotonic())
            pool._idle.put_nowait(held)
            # a request that arrived a time limit ago is over it, even with a worker free
            with pytest.raises(QueryTimeout, match="no query worker was free"):
                await pool.query("ASK {}", time.monotonic() - 1.0)
            assert await pool.query("ASK { ?s ?p ?o }", time.monotonic()) == ("ask", True)
        finally:
            pool.close()

    _run_apart(scenario())


# ---------------------------------------------------------------- units


def test_normalise_query() -> None:
    assert normalise_query("ASK { ?s ?p \\u0022x\\u0022 }") == 'ASK { ?s ?p "x" }'
    assert normalise_query("ASK {} # c\rLIMIT 1") == "ASK {} # c\nLIMIT 1"
    assert normalise_query("\\U0001F600") == "\U0001F600"
    assert normalise_query("ASK { ?s ?p 'C:\\\\users' }") == "ASK { ?s ?p 'C:\\\\users' }"
    for bad, reason in (("ASK { ?s ?p '\\u005Cu0041' }", "spells another escape"),
                        ("ASK { ?s ?p '\\uD800' }", "not a Unicode character"),
                        ("ASK { ?s ?p '\\U00110000' }", "not a Unicode character"),
                        ("ASK " + "{" * (MAX_DEPTH + 1) + "}" * (MAX_DEPTH + 1), "nested too deeply")):
        with pytest.raises(QueryRefused, match=reason):
            normalise_query(bad)
    # brackets in strings, IRIs and comments do not count
    deep_text = "{" * (MAX_DEPTH * 2)
    normalise_query(f'ASK {{ ?s ?p "{deep_text}" }} # {deep_text}')


def test_answers_are_cut_by_size() -> None:
    import pyoxigraph as ox

    from uniongraph.serve.worker import run

    store = ox.Store()
    for i in range(5):
        store.add(ox.Quad(ox.NamedNode(f"urn:s{i}"), ox.NamedNode("urn:p"), ox.Literal("x" * 100)))
    kind, names, rows, cut = run(store, "SELECT ?o WHERE { ?s ?p ?o }", 1000, max_chars=250)
    assert (kind, names, len(rows), cut) == ("select", ["o"], 2, True)
    kind, triples, cut = run(store, "CONSTRUCT WHERE { ?s ?p ?o }", 1000, max_chars=200)  # 111 a triple
    assert (kind, len(triples), cut) == ("graph", 1, True)
    assert run(store, "SELECT ?o WHERE { ?s ?p ?o }", 1000, max_chars=10_000)[3] is False


def test_cli_refuses_bad_worker_counts(store: Path) -> None:
    import sys

    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "serve", str(store), "--workers", "0"],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "--workers" in done.stderr


def _run_apart(coro) -> None:  # type: ignore[no-untyped-def]
    """``asyncio.run`` on a thread of its own: a test run earlier in this process (Playwright's
    sync API) may leave an event loop running on the main thread, where asyncio.run refuses."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(1) as pool:
        pool.submit(asyncio.run, coro).result()
