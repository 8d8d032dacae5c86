"""The SPARQL endpoint and the explorer's entry points, over real HTTP to a server started for these tests."""

from __future__ import annotations

import csv
import io
import json
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from serve_process import running_server

from uniongraph.serve.formats import negotiate
from uniongraph.serve.worker import QueryRefused, check_query
from uniongraph.store import GraphStore

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
FEDERATIONS = "SELECT ?name WHERE { ?f a ug:Federation ; rdfs:label ?name } ORDER BY ?name"
NAMES = ["北京市总工会", "昌平区总工会", "朝阳区总工会"]
SRX = "{http://www.w3.org/2005/sparql-results#}"
MAX_ROWS = 5
TIME_LIMIT = 2.0



@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = tmp_path_factory.mktemp("serve") / "store"
    with GraphStore(store) as st:
        st.add_files([CORPUS])
    with running_server(store, "--time-limit", str(TIME_LIMIT), "--max-rows", str(MAX_ROWS)) as (base, _proc):
        yield base


def get(url: str, *, accept: str | None = None, data: bytes | None = None,
        ctype: str | None = None) -> tuple[int, dict[str, str], str]:
    req = urllib.request.Request(url, data=data)
    if accept:
        req.add_header("Accept", accept)
    if ctype:
        req.add_header("Content-Type", ctype)
    try:
        with urllib.request.urlopen(req, timeout=60) as r:
            return r.status, dict(r.headers), r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8")


def q(base: str, sparql: str, **extra: str) -> str:
    return base + "/sparql?" + urllib.parse.urlencode({"query": sparql, **extra})


# ---------------------------------------------------------------- formats


def _rows_json(body: str) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


def _rows_csv(body: str) -> list[str]:
    rows = list(csv.reader(io.StringIO(body)))
    assert rows[0] == ["name"]
    return [r[0] for r in rows[1:]]


def _rows_tsv(body: str) -> list[str]:
    lines = body.rstrip("\n").split("\n")
    assert lines[0] == "?name"
    assert all(line.endswith('"@zh') for line in lines[1:])
    return [line[1 : line.rindex('"@zh')] for line in lines[1:]]


def _rows_xml(body: str) -> list[str]:
    root = ET.fromstring(body)
    return [lit.text or "" for lit in root.iter(SRX + "literal")]


@pytest.mark.parametrize("accept,media,parse", [
    ("application/sparql-results+json", "application/sparql-results+json", _rows_json),
    ("text/csv", "text/csv", _rows_csv),
    ("text/tab-separated-values", "text/tab-separated-values", _rows_tsv),
    ("application/sparql-results+xml", "application/sparql-results+xml", _rows_xml),
    (None, "application/sparql-results+json", _rows_json),
    ("text/csv;q=0.2, application/sparql-results+xml;q=0.9", "application/sparql-results+xml", _rows_xml),
])
def test_select_in_every_format(server: str, accept: str | None, media: str, parse) -> None:  # type: ignore[no-untyped-def]
    status, headers, body = get(q(server, FEDERATIONS), accept=accept)
    assert status == 200
    assert headers["content-type"].startswith(media)
    assert parse(body) == NAMES


@pytest.mark.parametrize("fmt,parse", [("json", _rows_json), ("csv", _rows_csv), ("tsv", _rows_tsv), ("xml", _rows_xml)])
def test_format_parameter_and_post(server: str, fmt: str, parse) -> None:  # type: ignore[no-untyped-def]
    assert parse(get(q(server, FEDERATIONS, format=fmt))[2]) == NAMES
    form = urllib.parse.urlencode({"query": FEDERATIONS, "format": fmt}).encode()
    status, _, body = get(server + "/sparql", data=form, ctype="application/x-www-form-urlencoded")
    assert status == 200 and parse(body) == NAMES
    status, _, body = get(server + "/sparql?format=" + fmt, data=FEDERATIONS.encode(),
                          ctype="application/sparql-query")
    assert status == 200 and parse(body) == NAMES


def test_ask_and_construct(server: str) -> None:
    status, _, body = get(q(server, "ASK { ?x a ug:Federation }"))
    assert status == 200 and json.loads(body) == {"head": {}, "boolean": True}
    root = ET.fromstring(get(q(server, "ASK { ?x a ug:Nothing }", format="xml"))[2])
    assert root.find(SRX + "boolean").text == "false"  # type: ignore[union-attr]
    status, headers, body = get(q(server, "CONSTRUCT { ?x a ug:Federation } WHERE { ?x a ug:Federation }"))
    assert status == 200 and headers["content-type"].startswith("application/n-triples")
    assert len(body.strip().split("\n")) == 3


def test_sparqlwrapper_client(server: str) -> None:
    sw = pytest.importorskip("SPARQLWrapper")
    client = sw.SPARQLWrapper(server + "/sparql")
    client.setQuery("PREFIX ug: <https://w3id.org/uniongraph/ontology#> "
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " + FEDERATIONS)
    client.setReturnFormat(sw.JSON)
    res = client.query().convert()
    assert [b["name"]["value"] for b in res["results"]["bindings"]] == NAMES  # type: ignore[index]
    client.setMethod(sw.POST)
    client.setReturnFormat(sw.XML)
    doc = client.query().convert()
    assert [n.firstChild.data for n in doc.getElementsByTagName("literal")] == NAMES  # type: ignore[union-attr]
    client.setMethod(sw.GET)
    for fmt, parse in ((sw.CSV, _rows_csv), (sw.TSV, _rows_tsv)):
        client.setReturnFormat(fmt)
        assert parse(client.query().convert().decode("utf-8")) == NAMES  # type: ignore[union-attr]


# ---------------------------------------------------------------- read-only, limits, loopback


def test_updates_are_refused(server: str) -> None:
    update = "INSERT DATA { <urn:x> <urn:y> <urn:z> }"
    assert get(server + "/sparql", data=update.encode(), ctype="application/sparql-update")[0] == 403
    form = urllib.parse.urlencode({"update": update}).encode()
    assert get(server + "/sparql", data=form, ctype="application/x-www-form-urlencoded")[0] == 403
    status, _, body = get(q(server, update))
    assert status == 400 and "malformed query" in body
    sw = pytest.importorskip("SPARQLWrapper")
    client = sw.SPARQLWrapper(server + "/sparql")
    client.setMethod(sw.POST)
    client.setQuery(update)
    with pytest.raises(Exception):
        client.query()
    assert json.loads(get(q(server, "ASK { <urn:x> ?p ?o }"))[2])["boolean"] is False


def test_service_is_refused(server: str) -> None:
    status, _, body = get(q(server, "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"))
    assert status == 403 and "SERVICE" in body


def test_too_long_query_is_stopped_and_the_endpoint_recovers(server: str) -> None:
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    started = time.monotonic()
    status, _, body = get(q(server, slow))
    took = time.monotonic() - started
    assert status == 503 and "time limit" in body
    assert took < TIME_LIMIT + 60  # stopped, not run to the end
    assert _rows_json(get(q(server, FEDERATIONS))[2]) == NAMES


def test_result_size_limit(server: str) -> None:
    status, headers, body = get(q(server, "SELECT ?s ?p ?o WHERE { ?s ?p ?o }"))
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == MAX_ROWS
    assert headers.get("x-result-truncated") == "true" and headers.get("x-sparql-maxrows") == str(MAX_ROWS)
    assert "x-result-truncated" not in {k.lower() for k in get(q(server, FEDERATIONS))[1]}


def test_bad_requests(server: str) -> None:
    assert get(q(server, "SELECT ?x WHERE { ?x ?y }"))[0] == 400
    assert get(server + "/sparql")[0] == 400
    assert get(q(server, FEDERATIONS), accept="image/png")[0] == 406
    assert get(q(server, FEDERATIONS, **{"default-graph-uri": "urn:g"}))[0] == 400


def test_bound_to_loopback_only(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    tcp = Path("/proc/net/tcp")
    if not tcp.exists():
        pytest.skip("no /proc/net/tcp")
    listening = [line.split()[1] for line in tcp.read_text().splitlines()[1:]
                 if line.split()[3] == "0A" and int(line.split()[1].split(":")[1], 16) == port]
    assert listening == [f"0100007F:{port:04X}"]


# ---------------------------------------------------------------- pages


def test_search_and_entity_pages(server: str) -> None:
    status, headers, page = get(server + "/?q=" + urllib.parse.quote("总工会"))
    assert status == 200 and headers["content-type"].startswith("text/html") and 'id="ex-q"' in page
    found = json.loads(get(server + "/api/search?q=" + urllib.parse.quote("总工会"))[2])
    assert "北京市总工会" in [i["name"] for i in found["items"]]
    chang = json.loads(get(server + "/api/search?q=" + urllib.parse.quote("昌平区总工会"))[2])["items"][0]
    entity = json.loads(get(server + "/api/entity?id=" + urllib.parse.quote(chang["id"], safe=""))[2])
    facts = [(f["relation"], e["sentence"]) for f in entity["facts"] for e in f["evidence"]]
    assert any(r == "organizes" and "昌平区总工会在回龙观街道举办" in s for r, s in facts)  # evidence sentence
    # the old entity page's address opens the explorer there
    status, headers, _ = get(server + "/entity?id=" + urllib.parse.quote(chang["id"], safe=""))
    assert status == 200 and 'id="ex-q"' in _  # followed the 303 to /#entity=…
    assert get(server + "/entity?id=nothing")[0] == 404
    assert get(server + "/api/entity?id=nothing")[0] == 404
    assert get(server + "/entity/graph?id=" + urllib.parse.quote(chang["id"], safe=""))[0] == 404  # gone: the explorer draws


# ---------------------------------------------------------------- units


@pytest.mark.parametrize("query,refused", [
    ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", True),
    ("select * where { service silent <http://x/> { ?s ?p ?o } }", True),
    ('SELECT * WHERE { ?s ?p "SERVICE" }', False),
    ("SELECT * WHERE { ?s <http://x/service> ?o } # SERVICE in a comment", False),
])
def test_check_query(query: str, refused: bool) -> None:
    if refused:
        with pytest.raises(QueryRefused):
            check_query(query)
    else:
        check_query(query)


@pytest.mark.parametrize("accept,kind,want", [
    ("application/json", "select", "json"),
    ("text/*", "select", "csv"),
    ("*/*", "ask", "json"),
    ("text/turtle", "graph", "nt"),
    ("text/csv", "graph", None),
    ("text/csv;q=0", "select", None),
])
def test_negotiate(accept: str, kind: str, want: str | None) -> None:
    assert negotiate(accept, kind) == want


def test_worker_on_a_build_folder_and_a_bad_source(tmp_path: Path) -> None:
    from uniongraph.errors import GraphFileError
    from uniongraph.serve.worker import QueryWorker
    from uniongraph.build import build
    from uniongraph.readwrite.outputs import write_outputs

    write_outputs(build([CORPUS / "d-place.md"]), tmp_path)
    worker = QueryWorker(str(tmp_path), time_limit=30, max_rows=100)
    try:
        kind, names, rows, cut = worker.query(FEDERATIONS)
        assert kind == "select" and names == ["name"] and not cut
        assert [r[0][1] for r in rows] == ["北京市总工会", "朝阳区总工会"]
        with pytest.raises(QueryRefused, match="malformed"):
            worker.query("SELECT nothing")
    finally:
        worker.close()
    with pytest.raises(GraphFileError):
        QueryWorker(str(tmp_path / "missing.ttl"), time_limit=30, max_rows=10)


def test_select_star_columns_follow_the_query(server: str) -> None:
    """SELECT * gives the variables in the order they first appear in the query, as `uniongraph
    query` does (Oxigraph's own order is o, p, s)."""
    status, _, body = get(q(server, "SELECT * WHERE { ?s ?p ?o } LIMIT 1"), accept="text/csv")
    assert status == 200
    assert body.splitlines()[0].strip() == "s,p,o"
