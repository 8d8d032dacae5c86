"""The explorer in a real browser: Debian's Chromium driven by Playwright for Python, against a
real `uniongraph serve` on 127.0.0.1.

Two stores: a small one that is always there (the articles of examples/seed-page.md and
tests/data/store_corpus as a JSONL corpus with dates and two sources), and one of the first 400
articles of the PFR People's Daily corpus (read from ../shared next to the repository, or the
folder UNIONGRAPH_SHARED_DATA names; skipped with the reason when it is absent). On each: search,
open, expand, filter by type and date, hide isolated, co-mentions beside the stated relations,
run an example query on the SPARQL page and download its answer. Every request the page makes
is intercepted: anything not addressed to the server on 127.0.0.1 is aborted and fails the
test; so does a console error. A graph whose names are markup (``<img src=x onerror=…>``,
``</script>``) shows them as text and runs nothing.

Skipped only when Playwright or /usr/bin/chromium is missing and ``CI`` is not set.
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from browsers import browser_fixture
from serve_process import running_server

from uniongraph.evaluate.data import shared_data

ROOT = Path(__file__).resolve().parents[2]
SHARED = shared_data(ROOT)
PFR = SHARED / "corpus" / "pfr1998_01" / "articles.jsonl"
PFR_ARTICLES = 400
READY = "window.explorer && window.explorer.readyAt !== null && window.explorer.state.busy === 0"
IDLE = "window.explorer.state.busy === 0"
IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "</script><script>alert(2)</script>"


browser = browser_fixture()


def cli(*args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", *args], capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr


def small_corpus(folder: Path) -> Path:
    """examples/seed-page.md and tests/data/store_corpus as JSONL records with dates and sources."""
    from uniongraph.reading import parse_articles, read_document

    pages = [ROOT / "examples" / "seed-page.md", *sorted((ROOT / "tests" / "data" / "store_corpus").glob("*.md"))]
    records = []
    for path in pages:
        for art in parse_articles(read_document(path)).articles:
            n = len(records)
            records.append({"id": f"small-{n}", "date": f"2024-01-{2 + 2 * n:02d}", "source": ("北京日报", "工人日报")[n % 2],
                            "title": art.title, "text": art.text})
    corpus = folder / "small.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return corpus


@dataclass
class Served:
    name: str
    base: str


@pytest.fixture(scope="module", params=["small", "pfr400"])
def served(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Served]:
    folder = tmp_path_factory.mktemp(request.param)
    if request.param == "pfr400":
        if not PFR.is_file():
            pytest.skip(f"{PFR} is absent: the PFR corpus is read from ../shared next to the repository "
                        "(or the folder UNIONGRAPH_SHARED_DATA names) and never copied into it")
        corpus = folder / "pfr400.jsonl"
        with PFR.open(encoding="utf-8") as src:
            corpus.write_text("".join(next(src) for _ in range(PFR_ARTICLES)), encoding="utf-8")
    else:
        corpus = small_corpus(folder)
    cli("build", str(corpus), "--out", str(folder / "out"), "--store", str(folder / "store"), "--quiet", "--no-validate")
    with running_server(folder / "store") as (base, _proc):
        yield Served(request.param, base)


def api(base: str, path: str, **params: Any) -> Any:
    with urllib.request.urlopen(f"{base}/api/{path}?" + urllib.parse.urlencode(params), timeout=60) as r:
        return json.loads(r.read().decode("utf-8"))


class Page:
    """A page of the server, every request recorded: those for another address are aborted."""

    def __init__(self, browser: Any, base: str, path: str = "/") -> None:
        self.base = base
        self.requests: list[str] = []
        self.outside: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(base + path)

    def _route(self, route: Any) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith((self.base + "/", "blob:" + self.base + "/", "data:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expr: str, arg: Any = None) -> Any:
        return self.page.evaluate(expr, arg)

    def wait(self, expr: str, arg: Any = None) -> None:
        # polled with evaluate: the page's policy forbids the eval that wait_for_function uses
        deadline = time.monotonic() + 60
        while not self.page.evaluate(expr, arg):
            if time.monotonic() > deadline:
                raise AssertionError(f"waited 60 s for {expr}")
            self.page.wait_for_timeout(50)

    def idle(self) -> None:
        self.page.wait_for_timeout(250)  # the debounce of typing and of filter changes
        self.wait(IDLE)

    def close(self) -> None:
        try:
            assert self.outside == [], self.outside
            assert self.errors == [], self.errors
            assert self.dialogs == [], self.dialogs
            assert self.requests and all(u.startswith((self.base, "blob:" + self.base, "data:")) for u in self.requests)
        finally:
            self.context.close()


@pytest.fixture()
def explorer(browser: Any, served: Served) -> Iterator[Page]:
    p = Page(browser, served.base)
    p.wait(READY)
    yield p
    p.close()


def search(p: Page, text: str) -> list[dict[str, Any]]:
    p.page.fill("#ex-q", text)
    p.page.press("#ex-q", "Enter")
    p.idle()
    return p.js("""() => Array.from(document.querySelectorAll('#ex-results li')).map(li => ({
        id: li.dataset.id, name: li.querySelector('.ex-name').textContent,
        type: li.querySelector('.ex-type').textContent, text: li.textContent}))""")


def open_first(p: Page, name: str) -> str:
    results = search(p, name)
    assert results and results[0]["name"] == name, results[:3]
    p.page.click("#ex-results li >> nth=0")
    p.wait("n => { const h = document.getElementById('ex-entity-name'); return h && h.textContent === n; }", name)
    p.idle()
    return results[0]["id"]


def hub(base: str) -> dict[str, Any]:
    """The entity with the most related entities among the 200 most mentioned."""
    items = api(base, "search", min_degree=1, limit=200)["items"]
    return max(items, key=lambda i: (i["degree"], i["mentions"]))


def with_unrelated_comention(base: str) -> dict[str, Any]:
    """The most related entity among the 200 most mentioned whose first page of co-mentions (as many as
    the explorer draws) holds an entity with no stated relation."""
    items = api(base, "search", min_degree=1, limit=200)["items"]
    for item in sorted(items, key=lambda i: (-i["degree"], -i["mentions"], i["id"])):
        if any(c["degree"] == 0 for c in api(base, "comentions", id=item["id"], limit=15)["items"]):
            return item
    raise AssertionError("no entity among the 200 most mentioned is named beside an unrelated one")


# ---------------------------------------------------------------- search and entity page


def test_search_lists_names_aliases_types_and_counts(explorer: Page, served: Served) -> None:
    p = explorer
    stats = p.js("document.getElementById('ex-stats').textContent")
    summary = api(served.base, "summary")
    assert f"{summary['entities']} 实体" in stats and f"{summary['articles']} 报道" in stats
    target = hub(served.base)
    results = search(p, target["name"][:2])
    assert target["name"] in [r["name"] for r in results]
    shown = next(r for r in results if r["name"] == target["name"])
    assert f"{target['mentions']} 次提及" in shown["text"] and f"{target['articles']} 篇" in shown["text"]
    assert f"{target['degree']} 个相关实体" in shown["text"]
    config = json.loads(p.js("document.getElementById('ug-config').textContent"))
    assert shown["type"] == config["types"][target["type"]]["zh"]
    head = p.js("document.getElementById('ex-results-head').textContent")
    total = api(served.base, "search", q=target["name"][:2])["total"]
    assert f"{total} 个结果" in head
    # an alias is shown, and finds its entity
    aliased = next(i for offset in range(0, 1000, 200)
                   for i in api(served.base, "search", limit=200, offset=offset)["items"] if i["aliases"])
    by_alias = search(p, aliased["aliases"][0])
    line = next(r for r in by_alias if r["id"] == aliased["id"])
    assert "别名 " + aliased["aliases"][0] in line["text"]
    # an entity's address (the old entity page's, kept) opens the explorer at it
    p.page.goto(f"{served.base}/entity?id=" + urllib.parse.quote(aliased["id"], safe=""))
    p.wait("n => { const h = document.getElementById('ex-entity-name'); return h && h.textContent === n; }", aliased["name"])
    assert p.js("window.explorer.visibleNodes()") == [aliased["id"]]


def test_open_expand_filter_by_type_and_date_and_hide_isolated(explorer: Page, served: Served) -> None:
    p = explorer
    target = hub(served.base)
    tid = open_first(p, target["name"])
    # the entity page: facts with evidence sentences, articles with dates, a timeline
    facts = p.js("document.querySelectorAll('#ex-facts .ex-fact').length")
    assert facts == min(200, api(served.base, "entity", id=tid)["facts_total"]) > 0
    assert p.js("document.querySelector('#ex-facts .ex-sent').textContent").startswith("“")
    articles = p.js("Array.from(document.querySelectorAll('#ex-articles li')).map(li => li.textContent)")
    arts = api(served.base, "articles", id=tid)
    assert len(articles) == min(20, arts["total"]) and all(a[:4] in ("1998", "2024") for a in articles)
    assert p.js("document.querySelectorAll('#ex-timeline rect.ex-day').length") == len(arts["timeline"]) > 0
    assert p.js("window.explorer.visibleNodes()") == [tid]

    # expand, step by step: a page of neighbours from the store, then the next
    p.page.click("#ex-expand")
    p.idle()
    first = p.js("window.explorer.visibleNodes()")
    assert tid in first and len(first) == 1 + min(25, target["degree"])
    if target["degree"] > 25:
        assert "more" in p.js("document.getElementById('ex-expand').textContent")
        p.page.click("#ex-expand")
        p.idle()
        assert len(p.js("window.explorer.visibleNodes()")) == 1 + min(50, target["degree"])
    else:  # every neighbour is drawn: nothing more to ask for
        assert p.js("document.getElementById('ex-expand').disabled")
    nodes = p.js("window.explorer.visibleNodes()")
    assert p.js("window.explorer.nodes.length") == len(nodes)  # only what was fetched is held
    types = p.js("ids => ids.map(id => window.explorer.info(id).type)", nodes)

    # filter by type: the commonest neighbour type goes from the picture and from the next answers
    kind = max(set(types[1:]) - {target["type"]} or set(types[1:]), key=types.count)
    p.page.uncheck(f"#ex-type-{kind}")
    p.idle()
    kept = p.js("window.explorer.visibleNodes()")
    assert tid in kept and len(kept) < len(nodes)
    assert all(p.js("id => window.explorer.info(id).type", n) != kind for n in kept if n != tid)
    listed = p.js("Array.from(document.querySelectorAll('#ex-results li')).map(li => window.explorer.info(li.dataset.id).type)")
    assert listed and kind not in listed  # the result list was asked again with the filter
    p.page.check(f"#ex-type-{kind}")
    p.idle()
    assert p.js("window.explorer.visibleNodes()") == nodes

    # filter by date: a day on which one of the drawn facts has evidence
    edges = p.js("window.explorer.visibleEdges()")
    dates = sorted({d for e in edges for d in p.js("id => window.explorer.edgeInfo(id).dates", e)})
    assert dates
    day = dates[len(dates) // 2]
    p.page.fill("#ex-from", day)
    p.page.fill("#ex-to", day)
    p.idle()
    dated = p.js("window.explorer.visibleEdges()")
    assert dated and len(dated) <= len(edges)
    for e in dated:
        info = p.js("id => window.explorer.edgeInfo(id)", e)
        assert day in info["dates"] or info["more_dates"], (e, info)
    shown = p.js("Array.from(document.querySelectorAll('#ex-articles li')).map(li => li.textContent.slice(0, 10))")
    assert shown and set(shown) == {day}
    assert "from=" + day in " ".join(u for u in p.requests if "/api/entity?" in u)  # asked of the server too
    p.page.click("#ex-dates-clear")
    p.idle()
    assert p.js("window.explorer.visibleEdges()") == edges

    # hide isolated: co-mentioned entities with no stated relation leave the picture and the list
    # (at an entity whose first page of co-mentions holds one: the hub's may all be related)
    open_first(p, with_unrelated_comention(served.base)["name"])
    p.page.click("#ex-comention")
    p.idle()
    with_co = p.js("window.explorer.visibleNodes()")
    isolated = [n for n in with_co if p.js("id => window.explorer.info(id).degree", n) == 0]
    assert isolated  # named beside it, related to nothing
    p.page.check("#ex-hide-isolated")
    p.idle()
    after = p.js("window.explorer.visibleNodes()")
    assert not set(isolated) & set(after)
    # what is drawn now (the co-mentions were asked again, with the filter) all have a stated relation
    assert all(p.js("id => window.explorer.info(id).degree", n) >= 1 for n in after)
    degrees = p.js("Array.from(document.querySelectorAll('#ex-results li')).map(li => window.explorer.info(li.dataset.id).degree)")
    assert degrees and min(degrees) >= 1
    assert "min_degree=1" in " ".join(u for u in p.requests if "/api/search?" in u)


def test_comentions_beside_the_stated_relations(explorer: Page, served: Served) -> None:
    p = explorer
    target = hub(served.base)
    tid = open_first(p, target["name"])
    co = api(served.base, "comentions", id=tid, limit=20)
    listed = p.js("Array.from(document.querySelectorAll('#ex-comentions li')).map(li => li.textContent)")
    assert co["items"] and len(listed) == len(co["items"])
    for line, item in zip(listed, co["items"]):
        assert line.startswith(item["name"]) and f"{item['weight']} ·" in line
    assert p.js("document.querySelectorAll('#ex-facts .ex-fact').length") > 0  # the two side by side
    p.page.click("text=共现入图 co-mentions to graph")
    p.idle()
    drawn = [e for e in p.js("window.explorer.visibleEdges()") if e.startswith("co|")]
    assert drawn and len(drawn) == min(15, co["total"])
    weights = sorted((p.js("id => window.explorer.edgeInfo(id).weight", e) for e in drawn), reverse=True)
    assert weights == [i["weight"] for i in api(served.base, "comentions", id=tid, limit=15)["items"]]


# ---------------------------------------------------------------- the SPARQL page


def test_sparql_page_runs_an_example_and_downloads_it(browser: Any, served: Served) -> None:
    from uniongraph.serve.pages import example_queries

    answered = []
    for ex in example_queries():
        with urllib.request.urlopen(f"{served.base}/sparql?" + urllib.parse.urlencode({"query": ex["query"]}), timeout=60) as r:
            rows = json.loads(r.read())["results"]["bindings"]
        if rows:
            answered.append((ex, rows))
    assert answered, "no example query has an answer on this store"
    example, rows = answered[0]
    p = Page(browser, served.base, "/query")
    try:
        p.wait("window.queryPage && window.queryPage.readyAt")
        p.page.select_option("#q-examples", example["name"])
        assert p.js("document.getElementById('q-text').value") == example["query"]
        p.page.click("#q-run")
        p.wait("window.queryPage.running === 0 && document.getElementById('q-table')")
        head = p.js("Array.from(document.querySelectorAll('#q-table th')).map(th => th.textContent)")
        body = p.js("Array.from(document.querySelectorAll('#q-table tbody tr')).map(tr => Array.from(tr.cells).map(td => td.textContent))")
        assert len(body) == len(rows) and head[0].startswith("?")
        with p.page.expect_download() as got:
            p.page.click("#q-csv")
        table = list(csv.reader(io.StringIO(Path(got.value.path()).read_text(encoding="utf-8"))))
        assert ["?" + h for h in table[0]] == head and len(table) == len(rows) + 1
        with p.page.expect_download() as got:
            p.page.click("#q-json")
        answer = json.loads(Path(got.value.path()).read_text(encoding="utf-8"))
        assert ["?" + v for v in answer["head"]["vars"]] == head and len(answer["results"]["bindings"]) == len(rows)
        assert got.value.suggested_filename == "query-results.json"
    finally:
        p.close()


# ---------------------------------------------------------------- hostile names


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A graph file whose entity names, sentences and headlines are markup, served."""
    from kgfixture import FEDERATION, sample_graph

    from uniongraph.ids import entity_id
    from uniongraph.model import Entity, EntityMention, Evidence, Relation
    from uniongraph.readwrite.json_graph import write_json

    kg = sample_graph()
    art = kg.articles[0]
    art.title = f"<script>alert(3)</script>{art.title}"
    art.text = art.title + art.text[art.text.index("\n"):]
    for name, kind in ((IMG, "Person"), (SCRIPT, "Organization")):
        kg.entities[entity_id(kind, name)] = Entity(entity_id(kind, name), name, kind, aliases={name + "别名"},
                                                    mentions=[EntityMention(art.id, 0, 3, name)])
    sentence = f"{IMG}是{SCRIPT}的职工，也为{FEDERATION}工作"
    kg.relations += [Relation(IMG, "Person", "worksFor", SCRIPT, "Organization", [Evidence(art.id, sentence, 0, 10, "test")]),
                     Relation(IMG, "Person", "memberOf", FEDERATION, "Federation", [Evidence(art.id, sentence, 0, 10, "test")])]
    folder = tmp_path_factory.mktemp("hostile")
    write_json(kg, folder / "graph.json")
    with running_server(folder / "graph.json") as (base, _proc):
        yield base


def test_hostile_names_show_as_text(browser: Any, hostile: str) -> None:
    p = Page(browser, hostile)
    try:
        p.wait(READY)
        results = search(p, "<")
        names = [r["name"] for r in results]
        assert IMG in names and SCRIPT in names and any(n.startswith("<img src=x onerror=alert(1)>职工") for n in names)
        iid = next(r["id"] for r in results if r["name"] == IMG)
        p.page.click(f"#ex-results li >> nth={names.index(IMG)}")
        p.wait("n => { const h = document.getElementById('ex-entity-name'); return h && h.textContent === n; }", IMG)
        p.idle()
        facts = p.js("document.getElementById('ex-facts').textContent")
        assert SCRIPT in facts and f"“{IMG}是{SCRIPT}的职工" in facts
        p.page.click("#ex-expand")
        p.idle()
        labels = p.js("window.explorer.visibleNodes().map(id => window.explorer.nodes.get(id).label)")
        assert IMG in labels and SCRIPT in labels
        arts = p.js("document.getElementById('ex-articles').textContent")
        assert "<script>alert(3)</script>" in arts
        p.page.click("#ex-articles button")  # the article view: headline and text as text
        p.wait("() => document.getElementById('ex-article-headline')")
        assert p.js("document.getElementById('ex-article-headline').textContent").startswith("<script>alert(3)</script>")
        p.page.wait_for_timeout(300)
        # nothing the names spell was made into an element or run
        assert p.js("document.querySelectorAll('img, [onerror]').length") == 0
        assert p.js("document.querySelectorAll('script').length") == 3  # the page's own: data, vis-network, explorer
        assert iid
    finally:
        p.close()
    q = Page(browser, hostile, "/query")
    try:
        q.wait("window.queryPage && window.queryPage.readyAt")
        q.page.fill("#q-text", "SELECT ?name WHERE { ?e rdfs:label ?name } ORDER BY ?name")
        q.page.click("#q-run")
        q.wait("window.queryPage.running === 0 && document.getElementById('q-table')")
        cells = q.js("Array.from(document.querySelectorAll('#q-table td')).map(td => td.firstChild.textContent)")
        assert IMG in cells and SCRIPT in cells
        assert q.js("document.querySelectorAll('img, [onerror]').length") == 0
    finally:
        q.close()


# ---------------------------------------------------------------- proposing a correction


def test_a_rejection_proposed_in_the_page_applies_at_curate(browser: Any, tmp_path: Path) -> None:
    """serve --corrections: open an entity, reject it with a reason in the form; the file holds it,
    and `uniongraph curate --store S --corrections FILE` drops the entity from the store."""
    from uniongraph.curation import read_corrections

    name = "昌平区总工会"
    corpus = small_corpus(tmp_path)
    store, fix = tmp_path / "store", tmp_path / "corrections.toml"
    cli("build", str(corpus), "--out", str(tmp_path / "out"), "--store", str(store), "--quiet", "--no-validate")
    with running_server(store, "--corrections", str(fix)) as (base, _proc):
        p = Page(browser, base)
        try:
            p.wait(READY)
            open_first(p, name)
            note = p.js("document.getElementById('ex-correct').textContent")
            assert str(fix.resolve()) in note and f"uniongraph curate --store {store}" in note
            p.page.click("#ex-correct summary")
            p.page.select_option("#ex-correct-kind", "reject")
            p.page.fill("#ex-correct-reason", "区级工会，测试删除 a test rejection")
            p.page.click("#ex-correct-send")
            p.wait("() => document.getElementById('ex-correct-status').dataset.line !== undefined")
            p.idle()
            status = p.js("document.getElementById('ex-correct-status').textContent")
            assert status.startswith("已记录 recorded: reject " + name) and "corrections.toml:1" in status, status
        finally:
            p.close()
        got = read_corrections(fix)
        assert [(r.kind, r.name, r.reason) for r in got.rules] == [("reject", name, "区级工会，测试删除 a test rejection")]
        assert api(base, "search", q=name)["items"][0]["name"] == name  # serve itself changed nothing
        label = f'SELECT ?e WHERE {{ ?e rdfs:label "{name}"@zh }}'
        with urllib.request.urlopen(f"{base}/sparql?" + urllib.parse.urlencode({"query": label}), timeout=60) as r:
            assert len(json.loads(r.read())["results"]["bindings"]) == 1
        cli("curate", "--store", str(store), "--corrections", str(fix), "--quiet")
        # the running server follows the store: the entity is gone
        deadline = time.monotonic() + 30
        while name in [i["name"] for i in api(base, "search", q=name)["items"]]:
            assert time.monotonic() < deadline, "the server still answers the rejected entity"
            time.sleep(0.3)
    from uniongraph.store import GraphStore

    with GraphStore(store, read_only=True) as st:
        assert st.query(label).rows == []
