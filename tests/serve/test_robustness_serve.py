"""The endpoint under abuse: a flood of 1,000 requests from a second process, and requests that
try to reach files. The server runs as ``uniongraph serve`` on a free loopback port, started and
stopped (by its process group) here; the flood is a separate Python process with a timeout.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from serve_process import running_server

REPO = Path(__file__).resolve().parents[2]
PAGES = REPO / "tests" / "data" / "pages"
FLOOD = 1000



@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    out = tmp_path_factory.mktemp("flood") / "out"
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(PAGES), "--out", str(out),
                           "--quiet", "--no-validate"], capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr
    with running_server(out, "--time-limit", "5", "--max-rows", "50") as (base, proc):
        yield base, proc


def get(url: str, data: bytes | None = None, ctype: str | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url, data=data)
    if ctype:
        req.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return r.status, r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


def sparql(base: str, query: str) -> str:
    return base + "/sparql?" + urllib.parse.urlencode({"query": query})


def test_flood_of_requests_from_another_process(server: tuple[str, subprocess.Popen[bytes]]) -> None:
    base, proc = server
    # A mix of what a crawler or a broken client sends: good queries, malformed ones, searches,
    # unknown paths, a refused update; 16 connections at a time from a second process.
    flood = textwrap.dedent(f"""
        import json, sys, urllib.error, urllib.parse, urllib.request
        from collections import Counter
        from concurrent.futures import ThreadPoolExecutor
        base = {base!r}
        good = base + "/sparql?" + urllib.parse.urlencode({{"query": "SELECT ?s WHERE {{ ?s a ug:Federation }}"}})
        bad = base + "/sparql?" + urllib.parse.urlencode({{"query": "SELEC nonsense {{"}})
        urls = [(good, 200), (bad, 400), (base + "/?q=%E6%80%BB%E5%B7%A5%E4%BC%9A", 200), (base + "/nope", 404),
                (base + "/sparql?update=DROP%20ALL", 403)]
        def one(i):
            url, want = urls[i % len(urls)]
            try:
                with urllib.request.urlopen(url, timeout=60) as r:
                    return (want, r.status)
            except urllib.error.HTTPError as e:
                return (want, e.code)
            except Exception as e:
                return (want, type(e).__name__)
        with ThreadPoolExecutor(16) as pool:
            answers = list(pool.map(one, range({FLOOD})))
        print(json.dumps(Counter(f"{{w}}:{{g}}" for w, g in answers)))
    """)
    done = subprocess.run([sys.executable, "-c", flood], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    counts = json.loads(done.stdout)
    assert sum(counts.values()) == FLOOD
    wrong = {k: n for k, n in counts.items() if k.split(":")[0] != k.split(":")[1]}
    assert wrong == {}, counts
    # still up and answering
    assert proc.poll() is None
    status, body = get(sparql(base, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 0


@pytest.mark.parametrize("path", [
    "/../../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/entity?id=../../../../etc/passwd",
    "/entity?id=file:///etc/passwd", "/entity/graph?id=/etc/passwd&hops=1", "/static/../../graph.json",
    "/graph.json", "/graph.ttl",
])
def test_no_file_is_reachable_by_path(server: tuple[str, subprocess.Popen[bytes]], path: str) -> None:
    base, _ = server
    status, body = get(base + path)
    assert status == 404, (status, body[:200])
    assert "root:" not in body and "@prefix" not in body and '"entities"' not in body


@pytest.mark.parametrize("query,statuses", [
    ("SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }", {200, 400, 403}),
    ("SELECT * WHERE { GRAPH <file:///etc/passwd> { ?s ?p ?o } }", {200, 400, 403}),
    ("LOAD <file:///etc/passwd>", {400, 403}),
    ("SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }", {400, 403}),
    ("SELECT * WHERE { BIND(IRI('file:///etc/passwd') AS ?x) ?x ?p ?o }", {200}),
])
def test_no_file_is_reachable_by_query(server: tuple[str, subprocess.Popen[bytes]], query: str,
                                       statuses: set[int]) -> None:
    base, _ = server
    status, body = get(sparql(base, query))
    assert status in statuses, (status, body[:200])
    assert "root:" not in body
    if status == 200:
        assert json.loads(body)["results"]["bindings"] == []


def test_malformed_and_oversized_requests_get_a_reason(server: tuple[str, subprocess.Popen[bytes]]) -> None:
    base, proc = server
    for url, data, ctype, want in [
        (base + "/sparql", b"\xff\xfe\x00garbage", "application/sparql-query", 400),
        (base + "/sparql", b"query=" + b"%" * 10, "application/x-www-form-urlencoded", 400),
        (base + "/sparql", b"x", "application/octet-stream", 415),
        (sparql(base, "SELECT * WHERE { ?s ?p " + "{" * 5000 + " }"), None, None, 400),
    ]:
        status, body = get(url, data, ctype)
        assert status == want, (url[:80], status, body[:200])
        assert body.strip() and "Traceback" not in body
    assert proc.poll() is None
