"""The explorer's JSON endpoints over real HTTP: a `uniongraph serve` started on a store of
tests/data/store_corpus, answers checked against the same graph asked through /sparql, the
limits and filters, the server following the store through `uniongraph add`, `remove` and
`build --store` run beside it, and the endpoint's security rules holding for the new routes.
"""

from __future__ import annotations

import http.client
import json
import shutil
import socketserver
import subprocess
import sys
import threading
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from serve_process import running_server

from uniongraph.store import GraphStore
from servers import fetch

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
FED = "北京市总工会"


def get(url: str, *, data: bytes | None = None, method: str | None = None,
        accept: str | None = None) -> tuple[int, dict[str, str], str]:
    req = urllib.request.Request(url, data=data, method=method)
    if accept:
        req.add_header("Accept", accept)
    return fetch(req)


def api(base: str, path: str, **params: Any) -> tuple[int, Any]:
    status, headers, body = get(f"{base}/api/{path}?" + urllib.parse.urlencode(params))
    assert headers["content-type"].startswith("application/json"), (path, headers)
    return status, json.loads(body)


def ok(base: str, path: str, **params: Any) -> Any:
    status, body = api(base, path, **params)
    assert status == 200, (path, params, body)
    return body


def sparql(base: str, query: str) -> list[dict[str, Any]]:
    status, _, body = get(f"{base}/sparql?" + urllib.parse.urlencode({"query": query}))
    assert status == 200, body
    return json.loads(body)["results"]["bindings"]


def count(base: str, query: str) -> int:
    return int(sparql(base, query)[0]["n"]["value"])


def entity_id(base: str, name: str) -> str:
    items = ok(base, "search", q=name)["items"]
    assert items and items[0]["name"] == name, items
    return items[0]["id"]


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", *args], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("explorer") / "store"
    with GraphStore(path) as st:
        st.add_files([CORPUS])
    return path


@pytest.fixture(scope="module")
def server(store: Path) -> Iterator[str]:
    with running_server(store, "--max-rows", "50") as (base, _proc):
        yield base


# ---------------------------------------------------------------- answers


def test_summary_agrees_with_sparql(server: str) -> None:
    s = ok(server, "summary")
    assert s["entities"] == count(server, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e ug:mentionCount ?c }")
    assert s["articles"] == count(server, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ug:Article }") == 6
    types = {t["name"]: t["count"] for t in s["types"]}
    assert types["Federation"] == count(server, "SELECT (COUNT(?e) AS ?n) WHERE { ?e a ug:Federation ; ug:mentionCount ?c }") == 3
    rels = {r["name"]: r["count"] for r in s["relations"]}
    assert rels["organizes"] == count(server, "SELECT (COUNT(?s) AS ?n) WHERE { ?s rdf:predicate ug:organizes }") > 0
    assert s["dates"]["min"] is None  # the pages carry no dates
    assert s["complete"] is True


def test_search_lists_names_aliases_types_and_counts(server: str) -> None:
    found = ok(server, "search", q="总工会")
    names = [i["name"] for i in found["items"]]
    assert set(names) == {"北京市总工会", "昌平区总工会", "朝阳区总工会"} and found["total"] == 3
    fed = found["items"][names.index(FED)]
    assert fed["type"] == "Federation" and "市总工会" in fed["aliases"]
    assert fed["mentions"] == count(server, f'SELECT ?n WHERE {{ ?e rdfs:label "{FED}"@zh ; ug:mentionCount ?n }}')
    assert fed["articles"] == count(server, f'SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?e rdfs:label "{FED}"@zh . ?a ug:mentions ?e }}') == 3
    assert fed["degree"] > 0
    # the exact name first; an alias finds its entity; fullwidth and case fold
    assert ok(server, "search", q="昌平区总工会")["items"][0]["name"] == "昌平区总工会"
    assert FED in [i["name"] for i in ok(server, "search", q="市总工会")["items"]]
    # filters and pages
    assert ok(server, "search", q="总工会", types="Person")["total"] == 0
    everyone = ok(server, "search", limit=200)
    assert everyone["total"] == ok(server, "summary")["entities"] and everyone["q"] == ""
    mentions = [i["mentions"] for i in everyone["items"]]
    assert mentions == sorted(mentions, reverse=True)  # most mentioned first
    related = ok(server, "search", min_degree=1, limit=200)
    assert 0 < related["total"] < everyone["total"] and all(i["degree"] >= 1 for i in related["items"])
    page2 = ok(server, "search", limit=2, offset=2)
    assert [i["id"] for i in page2["items"]] == [i["id"] for i in everyone["items"][2:4]]


def test_entity_facts_evidence_articles_and_timeline(server: str) -> None:
    cid = entity_id(server, "昌平区总工会")
    e = ok(server, "entity", id=cid)
    assert e["entity"]["name"] == "昌平区总工会" and e["entity"]["type"] == "Federation"
    organizes = [f for f in e["facts"] if f["relation"] == "organizes"]
    assert organizes and organizes[0]["direction"] == "out"
    ev = organizes[0]["evidence"][0]
    assert "昌平区总工会在回龙观街道举办" in ev["sentence"] and ev["headline"] == "昌平区总工会慰问环卫工人"
    assert ev["article"].startswith("article/")
    held = count(server, "SELECT (COUNT(?st) AS ?n) WHERE { ?e rdfs:label \"昌平区总工会\"@zh . "
                         "{ ?st rdf:subject ?e } UNION { ?st rdf:object ?e } }")
    assert e["facts_total"] == held
    arts = ok(server, "articles", id=cid)
    assert [a["headline"] for a in arts["items"]] == ["昌平区总工会慰问环卫工人"]
    assert arts["timeline"] == [] and arts["undated"] == 1  # no dates in these pages
    one = ok(server, "article", id=arts["items"][0]["id"])
    assert one["headline"] == "昌平区总工会慰问环卫工人" and "回龙观街道" in one["text"]
    assert "昌平区总工会" in [n["name"] for n in one["entities"]]
    # the old address of the entity page opens the explorer there
    status, _, page = get(f"{server}/entity?id=" + urllib.parse.quote(cid, safe=""))
    assert status == 200 and 'id="ex-network"' in page


def test_neighbours_are_paged_and_filtered(server: str) -> None:
    fid = entity_id(server, FED)
    every = ok(server, "neighbours", id=fid, limit=200)
    assert every["total"] == len(every["nodes"]) == ok(server, "search", q=FED)["items"][0]["degree"]
    assert all(fid in (e["from"], e["to"]) for e in every["edges"])
    first = ok(server, "neighbours", id=fid, limit=1)
    second = ok(server, "neighbours", id=fid, limit=1, offset=1)
    assert len(first["nodes"]) == len(second["nodes"]) == 1 and first["nodes"][0]["id"] != second["nodes"][0]["id"]
    assert ok(server, "neighbours", id=fid, offset=every["total"])["nodes"] == []
    stated = ok(server, "neighbours", id=fid, inferred=0, limit=200)
    assert stated["edges"] and not any(e["inferred"] for e in stated["edges"])
    events = ok(server, "neighbours", id=fid, types="Event", limit=200)
    assert events["nodes"] and {n["type"] for n in events["nodes"]} == {"Event"}
    organizes = ok(server, "neighbours", id=fid, relations="organizes", limit=200)
    assert {e["relation"] for e in organizes["edges"]} <= {"organizes"}
    assert ok(server, "neighbours", id=fid, relations="founded")["total"] == 0


def test_comentions_are_weighted_by_shared_articles(server: str) -> None:
    fid = entity_id(server, FED)
    co = ok(server, "comentions", id=fid, limit=200)
    assert co["items"] and fid not in [i["id"] for i in co["items"]]
    weights = [i["weight"] for i in co["items"]]
    assert weights == sorted(weights, reverse=True)
    for item in co["items"][:5]:
        ends = " , ".join(f"<https://w3id.org/uniongraph/id/{x}>" for x in (fid, item["id"]))
        shared = count(server, f"SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE {{ ?a ug:mentions {ends} }}")
        assert item["weight"] == shared, item
    people = ok(server, "comentions", id=fid, types="Person", limit=200)
    assert people["items"] and {i["type"] for i in people["items"]} == {"Person"}


def test_bad_requests_are_one_json_line(server: str) -> None:
    fid = entity_id(server, FED)
    for path, params, status, words in [
        ("search", {"limit": "100000"}, 400, "limit"),
        ("search", {"limit": "x"}, 400, "limit"),
        ("search", {"offset": "-1"}, 400, "offset"),
        ("search", {"q": "x" * 201}, 400, "q"),
        ("search", {"types": "Nope"}, 400, "types"),
        ("neighbours", {"id": fid, "relations": "hates"}, 400, "relations"),
        ("neighbours", {"id": fid, "from": "1998-02-30"}, 400, "from"),
        ("neighbours", {"id": fid, "from": "1998-02-03", "to": "1998-01-01"}, 400, "after"),
        ("neighbours", {"id": fid, "inferred": "maybe"}, 400, "inferred"),
        ("comentions", {"id": fid, "source": "s" * 201}, 400, "source"),
        ("entity", {"id": "nothing"}, 404, "no such entity"),
        ("entity", {}, 404, "no such entity"),
        ("entity", {"id": "org/x> } SERVICE <http://127.0.0.1:1/> { ?a ?b ?c"}, 404, "no such entity"),
        ("article", {"id": "article/none"}, 404, "no such article"),
        ("article", {"id": fid}, 404, "no such article"),
    ]:
        got, body = api(server, path, **params)
        assert got == status and words in body["error"], (path, params, got, body)
        assert len(body["error"].splitlines()) == 1
    assert get(f"{server}/api/nothing")[0] == 404
    assert get(f"{server}/api/search", data=b"q=x", method="POST")[0] == 405  # read-only: GET only


def test_answers_are_bounded(server: str) -> None:
    # no endpoint gives more than the page asked for (at most 200), whatever the graph holds
    fid = entity_id(server, FED)
    for path, key, params in [("search", "items", {}), ("neighbours", "nodes", {"id": fid}),
                              ("comentions", "items", {"id": fid}), ("articles", "items", {"id": fid})]:
        assert len(ok(server, path, limit=1, **params)[key]) <= 1, path
        assert api(server, path, limit=201, **params)[0] == 400, path


# ---------------------------------------------------------------- following the store


def test_serve_follows_the_store_through_add_remove_and_build(tmp_path: Path) -> None:
    store = tmp_path / "store"
    pages = tmp_path / "pages"
    pages.mkdir()
    for name in ("a-city.md", "b-district.md", "c-company.md"):
        shutil.copy(CORPUS / name, pages / name)
    cli("build", str(pages / "a-city.md"), str(pages / "b-district.md"), "--out", str(tmp_path / "out"),
        "--store", str(store), "--quiet")
    new_name = "京东方科技集团股份有限公司"  # only in c-company.md
    articles = "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ug:Article }"
    with running_server(store) as (base, proc):
        before = ok(base, "summary")
        assert before["articles"] == count(base, articles) == 4
        assert ok(base, "search", q=new_name)["total"] == 0
        cli("add", str(pages / "c-company.md"), "--store", str(store))  # while serve runs: readers take no lock
        # the very next requests answer the new graph: no restart, no waiting
        assert count(base, articles) == 5
        hit = ok(base, "search", q=new_name)
        assert hit["items"][0]["name"] == new_name and hit["generation"] > before["generation"]
        assert ok(base, "summary")["articles"] == 5
        assert ok(base, "entity", id=hit["items"][0]["id"])["entity"]["name"] == new_name
        cli("remove", str(pages / "c-company.md"), "--store", str(store))
        assert count(base, articles) == 4 and ok(base, "search", q=new_name)["total"] == 0
        assert api(base, "entity", id=hit["items"][0]["id"])[0] == 404
        # build --store swaps a whole new folder in
        cli("build", str(pages), "--out", str(tmp_path / "out2"), "--store", str(store), "--quiet")
        assert count(base, articles) == 5 and ok(base, "search", q=new_name)["items"][0]["name"] == new_name
        assert proc.poll() is None


def test_serve_follows_a_build_folder_rebuilt(tmp_path: Path) -> None:
    out = tmp_path / "out"
    cli("build", str(CORPUS / "a-city.md"), "--out", str(out), "--quiet")
    with running_server(out) as (base, _proc):
        assert ok(base, "search", q="昌平区总工会")["total"] == 0
        cli("build", str(CORPUS / "a-city.md"), str(CORPUS / "b-district.md"), "--out", str(out), "--quiet")
        assert ok(base, "search", q="昌平区总工会")["total"] == 1
        assert count(base, "SELECT (COUNT(?a) AS ?n) WHERE { ?a a ug:Article }") == 4


# ---------------------------------------------------------------- security of the new routes


class Listener:
    """A TCP server on 127.0.0.1 that records every connection (a request the server must never make)."""

    def __init__(self) -> None:
        hits = self.hits = []  # type: list[bytes]

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                hits.append(b"(connected)")

        self.server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def with_host(base: str, host: str, path: str) -> int:
    port = int(base.rsplit(":", 1)[1])
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    try:
        conn.putrequest("GET", path, skip_host=True)
        conn.putheader("Host", host)
        conn.endheaders()
        r = conn.getresponse()
        r.read()
        return r.status
    finally:
        conn.close()


def test_host_check_holds_for_the_explorer(server: str) -> None:
    port = int(server.rsplit(":", 1)[1])
    paths = ["/", "/query", "/api/summary", "/api/search?q=x", "/api/entity?id=x", "/entity?id=x"]
    for path in paths:
        assert with_host(server, f"evil.example:{port}", path) == 421, path
        assert with_host(server, f"localhost:{port}", path) in (200, 303, 404), path


def test_values_never_become_query_text(server: str) -> None:
    # The search text, the source filter and the entity id go to Oxigraph as substituted values:
    # written as SPARQL they would call the listener; here they are values and reach nothing.
    ear = Listener()
    try:
        fid = entity_id(server, FED)
        service = f'" }} SERVICE <http://127.0.0.1:{ear.port}/sparql> {{ ?a ?b ?c }} #'
        for path, params in [("search", {"q": service}), ("comentions", {"id": fid, "source": service}),
                             ("neighbours", {"id": fid, "source": service}), ("articles", {"id": fid, "source": service}),
                             ("entity", {"id": f"org/x> . SERVICE <http://127.0.0.1:{ear.port}/> {{ ?a ?b ?c }} <x"}),
                             ("article", {"id": f"article/x\\u003E SERVICE <http://127.0.0.1:{ear.port}/>"})]:
            status, body = api(server, path, **params)
            assert status in (200, 404), (path, status, body)
            assert status == 404 or body.get("total", 0) == 0 or path == "entity"
        assert api(server, "comentions", id=fid, source=service)[1]["total"] == 0
        assert ok(server, "comentions", id=fid)["total"] > 0
    finally:
        ear.close()
    assert ear.hits == []


def test_pages_ask_for_nothing_outside_and_run_only_their_own_scripts(server: str) -> None:
    for path, marker in (("/", 'id="ex-network"'), ("/query", 'id="q-text"')):
        status, headers, page = get(server + path)
        assert status == 200 and marker in page
        csp = headers["content-security-policy"]
        scripts = csp.split("script-src ")[1].split(";")[0].split()
        assert scripts and all(s.startswith("'sha256-") for s in scripts)  # no 'unsafe-inline', no host
        assert "connect-src 'self'" in csp and "default-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        for attr in ("src=", "href="):  # every address in the page is this server's or inline data
            for cut in page.split(attr)[1:]:
                value = cut[1:].split(cut[0])[0] if cut[:1] in "\"'" else cut.split()[0]
                assert not value.startswith(("http:", "https:", "//")), (path, value)
    # a browser that follows the old "SPARQL" link gets the editor, a client without a query 400
    assert get(server + "/sparql", accept="text/html,*/*")[0] == 200
    assert get(server + "/sparql")[0] == 400


# ---------------------------------------------------------------- dates and sources


@pytest.fixture(scope="module")
def dated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The same pages as JSONL records, each with a day of its own and one of two sources."""
    from uniongraph.reading import parse_articles, read_document

    folder = tmp_path_factory.mktemp("dated")
    records = []
    for path in sorted(CORPUS.glob("*.md")):
        for art in parse_articles(read_document(path)).articles:
            n = len(records)
            records.append({"id": f"r{n}", "date": f"2024-01-{10 + n:02d}", "source": ("北京日报", "工人日报")[n % 2],
                            "title": art.title, "text": art.text})
    (folder / "corpus.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    cli("build", str(folder / "corpus.jsonl"), "--out", str(folder / "out"), "--store", str(folder / "store"), "--quiet")
    with running_server(folder / "store") as (base, _proc):
        yield base


def test_date_and_source_filters(dated: str) -> None:
    s = ok(dated, "summary")
    assert s["dates"] == {"min": "2024-01-10", "max": "2024-01-15", "dated": 6}
    assert sorted((x["source"], x["articles"]) for x in s["sources"]) == [("北京日报", 3), ("工人日报", 3)]
    fid = entity_id(dated, FED)
    arts = ok(dated, "articles", id=fid)
    days = [a["date"] for a in arts["items"]]
    assert len(days) == 3 and days == sorted(days)
    assert arts["timeline"] == [{"date": d, "articles": days.count(d)} for d in sorted(set(days))]
    day = days[1]
    one = ok(dated, "articles", id=fid, **{"from": day, "to": day})
    assert [a["date"] for a in one["items"]] == [day] and one["timeline"] == arts["timeline"]  # the timeline stays whole
    source = one["items"][0]["source"]
    by_source = ok(dated, "articles", id=fid, source=source)
    assert by_source["items"] and {a["source"] for a in by_source["items"]} == {source}
    assert sum(t["articles"] for t in by_source["timeline"]) == by_source["total"]
    # facts keep only the evidence of those days; co-mentions count only those articles
    facts = ok(dated, "entity", id=fid, **{"from": day, "to": day})["facts"]
    assert facts and all(e["date"] == day for f in facts for e in f["evidence"])
    assert ok(dated, "entity", id=fid)["facts_total"] > len(facts)
    co = ok(dated, "comentions", id=fid, **{"from": day, "to": day}, limit=200)["items"]
    shared = {n["id"] for n in ok(dated, "article", id=one["items"][0]["id"])["entities"]} - {fid}
    assert {i["id"] for i in co} == shared and {i["weight"] for i in co} == {1}
    edges = ok(dated, "neighbours", id=fid, source=source, limit=200)["edges"]
    assert edges and all(source in e["sources"] for e in edges)
    assert ok(dated, "neighbours", id=fid, source="人民日报")["total"] == 0
    assert ok(dated, "comentions", id=fid, source="人民日报")["total"] == 0


def test_the_editor_holds_the_example_queries() -> None:
    # the server ships copies of examples/queries (a wheel has no examples/): they must not drift
    from uniongraph.serve.pages import example_queries

    root = Path(__file__).resolve().parents[2]
    packaged = {e["name"]: e["query"] for e in example_queries()}
    assert packaged == {p.stem: p.read_text(encoding="utf-8") for p in (root / "examples" / "queries").glob("*.rq")}
    assert all(e["title"] and e["about"].startswith(e["title"]) for e in example_queries())


def test_names_that_cannot_be_read_in_time_are_a_503_at_once(store: Path) -> None:
    with running_server(store, "--time-limit", "0.001") as (base, proc):
        for _ in range(3):  # at once each time: no new attempt for RETRY_SECONDS
            status, body = api(base, "search", q="总工会")
            assert status == 503 and "could not read the names" in body["error"] and "tries again" in body["error"]
            assert len(body["error"].splitlines()) == 1
        status, _, page = get(base + "/")
        assert status == 200 and 'id="ex-network"' in page  # the page itself, which then shows the reason
        assert proc.poll() is None


def test_curation_provenance_is_on_the_entity_page(tmp_path: Path) -> None:
    # HOOK (#16, curation): what a corrections file records (ug:curatedBy, with its reason) is shown
    from kgfixture import FEDERATION, sample_graph
    from rdflib import Literal, URIRef

    from uniongraph.graph.rdf import to_rdf
    from uniongraph.graph.vocabulary import UG, UGD
    from uniongraph.ids import entity_id as make_id

    g = to_rdf(sample_graph())
    fed = URIRef(UGD + make_id("Federation", FEDERATION))
    record = URIRef(UGD + "curation/1")
    g.add((fed, UG.curatedBy, record))
    g.add((record, UG.reason, Literal("两个名称是同一个组织 <b>merged</b>")))
    g.serialize(tmp_path / "graph.ttl", format="turtle")
    with running_server(tmp_path / "graph.ttl") as (base, _proc):
        e = ok(base, "entity", id=make_id("Federation", FEDERATION))
        assert e["curation"] == [{"property": "curatedBy", "value": str(record),
                                  "details": [{"property": "reason", "value": "两个名称是同一个组织 <b>merged</b>"}]}]
        assert ok(base, "entity", id=make_id("Place", "回天地区"))["curation"] == []


def test_a_name_made_for_one_article_is_searched_by_what_is_written() -> None:
    """A ceremony or a short form named per article (开幕式（《title》）) is found by 开幕式, not by
    words of its article's title (a search for 总工会 lists bodies, not every ceremony they held)."""
    from uniongraph.serve.names import NameIndex, Named

    idx = NameIndex([Named("event/1", "开幕式（《南岭县总工会举办职工运动会》）", "Event"),
                     Named("org/2", "南岭县总工会", "Federation")])
    assert [n.name for n in idx.search("总工会")[1]] == ["南岭县总工会"]
    assert [n.id for n in idx.search("开幕式")[1]] == ["event/1"]
