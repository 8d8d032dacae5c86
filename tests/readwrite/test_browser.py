"""The HTML view in a real browser: Debian's Chromium driven by Playwright for Python.

The example page is built into a temporary folder and opened from a file:// URL. Checked: no
console errors, no request leaves the page, every node drawn, search, click, filters, tooltips,
and that markup in a name from the news shows as text and runs nothing.

Skipped only when Playwright or /usr/bin/chromium is missing and ``CI`` is not set; in CI a
missing browser is a failure (``scripts/test.sh`` installs both).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from browsers import browser_fixture

from uniongraph.cli import main
from uniongraph.graph.nodes import NodeIndex
from uniongraph.ids import entity_id
from uniongraph.model import Entity, KnowledgeGraph, Relation
from uniongraph.readwrite.html import PHYSICS_LIMIT, write_html
from uniongraph.readwrite.json_graph import read_json

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = "<img src=x onerror=alert(1)>"
HOSTILE_PAGE = f"""# 北京市总工会举办职工技能大赛

本报讯（记者 张晶）日前，北京市总工会举办“{HOSTILE}”职工技能大赛。刘大隆是蓝天科技有限公司的工程师。
"""
DRAWN = "window.uniongraph && window.uniongraph.drawnAt !== null"


browser = browser_fixture()


@pytest.fixture(scope="session")
def example(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("example")
    assert main(["build", str(ROOT / "examples"), "--out", str(out), "--quiet"]) == 0
    return out


@pytest.fixture(scope="session")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile")
    (folder / "page.md").write_text(HOSTILE_PAGE, encoding="utf-8")
    assert main(["build", str(folder / "page.md"), "--out", str(folder / "out"), "--quiet"]) == 0
    return folder / "out"


class Opened:
    """A page opened from a file:// URL with every request, console error and dialog recorded."""

    def __init__(self, browser: Any, path: Path) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.page = browser.new_page(viewport={"width": 1280, "height": 800})
        self.page.route("**/*", self._route)
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_function(DRAWN, timeout=60_000)

    def _route(self, route: Any) -> None:
        url = route.request.url
        self.requests.append(url)
        if url.startswith(("file:", "data:")):
            route.continue_()
        else:
            route.abort()

    def _dialog(self, dialog: Any) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expr: str, arg: Any = None) -> Any:
        return self.page.evaluate(expr, arg)

    def node_dom(self, node_id: str) -> tuple[float, float]:
        pos = self.js("id => uniongraph.network.canvasToDOM(uniongraph.network.getPositions([id])[id])", node_id)
        return pos["x"], pos["y"]


@pytest.fixture()
def opened(browser: Any, example: Path) -> Iterator[Opened]:
    o = Opened(browser, example / "graph.html")
    yield o
    o.page.close()


def test_draws_with_no_errors_and_no_request_leaving(opened: Opened) -> None:
    opened.page.wait_for_timeout(300)
    assert opened.errors == []
    assert opened.requests and all(u.startswith(("file:", "data:")) for u in opened.requests)
    assert opened.js("document.documentElement.dataset.drawn") == "1"


def test_drawn_node_count_equals_the_graphs(opened: Opened, example: Path) -> None:
    kg = read_json(example / "graph.json")
    index = NodeIndex(kg)
    ends = {eid for rel in kg.relations + kg.inferred_relations for eid in index.ends(rel)}
    expected = len(set(kg.entities) | ends)
    assert opened.js("uniongraph.nodes.length") == expected
    assert opened.js("uniongraph.network.body.nodeIndices.length") == expected
    assert opened.js("uniongraph.network.body.edgeIndices.length") == opened.js("uniongraph.data.edges.length") > 0
    assert f"显示 {expected} 个实体" in opened.page.inner_text("#ug-count")


def test_search_selects_and_zooms_to_the_node(opened: Opened) -> None:
    liu = entity_id("Person", "刘大隆")
    opened.page.fill("#ug-search", "刘大隆")
    assert "刘大隆" in opened.page.inner_text("#ug-results")
    opened.page.press("#ug-search", "Enter")
    # the zoom animation: wait until it has reached its scale (a fixed wait failed on a loaded machine)
    opened.page.wait_for_function("uniongraph.network.getScale() >= 1.19", timeout=15000)
    opened.page.wait_for_timeout(300)  # the last frames of the move
    assert opened.js("uniongraph.current") == liu
    assert opened.js("uniongraph.network.getSelectedNodes()") == [liu]
    assert opened.page.inner_text("#ug-panel h2") == "刘大隆"
    assert "开联信息技术有限公司" in opened.page.inner_text("#ug-panel")  # a fact with its other end
    x, y = opened.node_dom(liu)
    panel = opened.js("document.getElementById('ug-panel').offsetWidth")
    assert abs(x - (1280 - panel) / 2) < 40 and abs(y - 400) < 40  # centred beside the panel
    assert opened.js("uniongraph.network.getScale()") >= 1.19


@pytest.mark.parametrize("query, found", [("刘大", True), ("不存在的名字", False)])
def test_search_results_list(opened: Opened, query: str, found: bool) -> None:
    opened.page.fill("#ug-search", query)
    text = opened.page.inner_text("#ug-results")
    assert ("刘大隆" in text) is found and ("no match" in text) is not found
    opened.page.press("#ug-search", "Enter")
    assert (opened.js("uniongraph.current") is not None) is found


def test_click_highlights_the_neighbourhood_and_lists_facts(opened: Opened) -> None:
    fed = next(n for n in opened.js("uniongraph.data.nodes") if n["label"] == "北京市工会干部学院")
    opened.page.mouse.click(*opened.node_dom(fed["id"]))
    opened.page.wait_for_timeout(200)
    assert opened.js("uniongraph.current") == fed["id"]
    near = set(opened.js("id => uniongraph.network.getConnectedNodes(id)", fed["id"]))
    assert near
    colours = opened.js("uniongraph.nodes.get().map(n => [n.id, JSON.stringify(n.color)])")
    for node_id, colour in colours:
        dimmed = "#e6e6e6" in colour
        assert dimmed is (node_id not in near and node_id != fed["id"]), node_id
    facts = opened.page.locator("#ug-panel li.ug-fact")
    assert facts.count() == fed["degree"]
    assert "《" in facts.first.inner_text()  # evidence sentence with its article title
    opened.page.click("#ug-close")
    assert opened.js("uniongraph.current") is None
    assert not any("#e6e6e6" in c for _, c in opened.js("uniongraph.nodes.get().map(n => [n.id, JSON.stringify(n.color)])"))


def test_filters_hide_types_and_relations(opened: Opened) -> None:
    data = opened.js("uniongraph.data")
    events = sum(1 for n in data["nodes"] if n["type"] == "Event")
    total = len(data["nodes"])
    opened.page.uncheck('#ug-types input[data-type="Event"]')
    assert opened.js("uniongraph.network.body.nodeIndices.length") == total - events
    opened.page.check('#ug-types input[data-type="Event"]')
    assert opened.js("uniongraph.network.body.nodeIndices.length") == total
    organizes = sum(1 for e in data["edges"] if e["rel"] == "organizes")
    opened.page.uncheck('#ug-rels input[data-rel="organizes"]')
    assert opened.js("uniongraph.network.body.edgeIndices.length") == len(data["edges"]) - organizes


def test_hover_shows_a_tooltip_with_type_and_evidence(opened: Opened) -> None:
    liu = entity_id("Person", "刘大隆")
    opened.page.mouse.move(*opened.node_dom(liu))
    opened.page.wait_for_selector("#ug-tip:not([hidden])", timeout=5000)
    tip = opened.page.inner_text("#ug-tip")
    assert "刘大隆" in tip and "人物 person" in tip and "提及" in tip and "《" in tip


def test_markup_in_a_name_is_text_and_runs_nothing(browser: Any, hostile: Path) -> None:
    kg = read_json(hostile / "graph.json")
    name = next(e.name for e in kg.entities.values() if HOSTILE in e.name)  # the extractor kept it
    o = Opened(browser, hostile / "graph.html")
    try:
        o.page.fill("#ug-search", "onerror")
        o.page.press("#ug-search", "Enter")
        o.page.wait_for_timeout(500)
        assert o.page.inner_text("#ug-panel h2") == name  # shown as the characters it is
        o.page.mouse.move(*o.node_dom(o.js("uniongraph.current")))
        o.page.wait_for_selector("#ug-tip:not([hidden])", timeout=5000)
        assert name in o.page.inner_text("#ug-tip")
        o.page.wait_for_timeout(300)
        assert o.js("document.querySelectorAll('img, iframe, object, embed').length") == 0
        assert o.js("document.querySelectorAll('script').length") == 4  # options, data, vis-network, ours
        assert o.dialogs == [] and o.errors == []
        assert all(u.startswith(("file:", "data:")) for u in o.requests)
    finally:
        o.page.close()


def _federation_tree(n: int) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    names = [f"第{i}区总工会" for i in range(n)]
    for name in names:
        kg.entities[entity_id("Federation", name)] = Entity(entity_id("Federation", name), name, "Federation")
    kg.relations = [Relation(names[i], "Federation", "subOrganizationOf", names[(i - 1) // 3], "Federation")
                    for i in range(1, n)]
    return kg


def test_big_graph_draws_with_python_layout_and_labels_on_zoom(browser: Any, tmp_path: Path) -> None:
    n = PHYSICS_LIMIT + 200
    path = write_html(_federation_tree(n), tmp_path / "big.html")
    o = Opened(browser, path)
    try:
        assert o.js("uniongraph.network.body.nodeIndices.length") == n
        assert o.js("uniongraph.data.physics") is False
        # the options pyvis wrote are the ones vis-network runs with (and it logged no error about them)
        assert o.js("JSON.parse(document.getElementById('ug-options').textContent).physics.enabled") is False
        assert o.js("uniongraph.network.physics.options.enabled") is False
        assert o.js("uniongraph.nodes.get().filter(x => x.label).length") == 0  # none measured yet
        o.page.fill("#ug-search", "第7区总工会")
        o.page.press("#ug-search", "Enter")
        o.page.wait_for_function("uniongraph.nodes.get().filter(x => x.label).length > 0", timeout=5000)
        labelled = o.js("uniongraph.nodes.get().filter(x => x.label).map(x => x.label)")
        assert "第7区总工会" in labelled and len(labelled) < n
        assert set(o.js("uniongraph.network.getSelectedNodes()")) >= {entity_id("Federation", "第7区总工会")}
        assert o.errors == []
    finally:
        o.page.close()


def test_view_command_page_opens(browser: Any, example: Path, tmp_path: Path) -> None:
    out = tmp_path / "liu.html"
    assert main(["view", str(example), "--out", str(out), "--focus", "刘大隆", "--hops", "1", "--quiet"]) == 0
    o = Opened(browser, out)
    try:
        labels = {n["label"] for n in o.js("uniongraph.data.nodes")}
        assert "刘大隆" in labels and o.js("uniongraph.network.body.nodeIndices.length") == len(labels) >= 2
        assert "只显示“刘大隆”1 步内" in o.page.inner_text("#ug-count")
        assert o.errors == []
    finally:
        o.page.close()
    json.loads((example / "graph.json").read_text(encoding="utf-8"))  # the build is untouched
