"""HTML view: offline, escaped, deterministic, styled by type, laid out in Python when big."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest
from kgfixture import FEDERATION, HOSTILE_COMPANY, HOSTILE_EVENT, HOSTILE_PLACE, sample_graph

from uniongraph.ids import entity_id
from uniongraph.model import Entity, KnowledgeGraph, Relation
from uniongraph.readwrite.html import PHYSICS_LIMIT, TYPE_STYLE, generate_html, html_data, write_html

REMOTE = re.compile(r"\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE)


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = write_html(sample_graph(), tmp_path_factory.mktemp("html") / "graph.html")
    return path.read_bytes().decode("utf-8")


def test_no_remote_resources(page: str) -> None:
    assert not REMOTE.search(page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page
    assert "new vis.Network" in page and "vis-network" in page  # the library is inlined


def test_hostile_names_only_escaped(page: str) -> None:
    assert "<img" not in page.lower()  # the markup never appears raw
    data = html_data(page)
    node = next(n for n in data["nodes"] if n["id"] == entity_id("Event", HOSTILE_EVENT))
    assert node["label"] == HOSTILE_EVENT  # drawn on canvas as text
    assert "&lt;img src=x onerror=alert(1)&gt;" in node["title"]
    assert "<img" not in node["title"]
    company = next(n for n in data["nodes"] if n["id"] == entity_id("Company", HOSTILE_COMPANY))
    assert "&quot;" in company["title"] and '"' not in company["title"].replace("<b>", "")
    edge_titles = " ".join(e["title"] for e in data["edges"])
    assert "onerror=alert(1)&gt;" in edge_titles and "<img" not in edge_titles


def test_bytes_identical(tmp_path: Path) -> None:
    a = write_html(sample_graph(), tmp_path / "a.html").read_bytes()
    b = write_html(sample_graph(), tmp_path / "b.html").read_bytes()
    assert a == b
    assert b"<meta charset=\"utf-8\">" in a


def test_nodes_are_entities_styled_by_type(page: str) -> None:
    kg = sample_graph()
    data = html_data(page)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert set(by_id) == set(kg.entities)  # articles and byline-only people are not drawn
    for eid, ent in kg.entities.items():
        colour, shape, _ = TYPE_STYLE[ent.type]
        assert (by_id[eid]["color"], by_id[eid]["shape"]) == (colour, shape)
    assert len({TYPE_STYLE[t][:2] for t in TYPE_STYLE}) == len(TYPE_STYLE)


def test_legend_names_each_type(page: str) -> None:
    legend = page[page.index('<div id="ug-legend">'):]
    for label in ("总工会", "工会", "企业", "服务队", "组织机构", "人物", "地点", "活动"):
        assert label in legend


def test_size_grows_with_degree(page: str) -> None:
    by_id = {n["id"]: n for n in html_data(page)["nodes"]}
    fed = by_id[entity_id("Federation", FEDERATION)]["size"]   # 3 relations
    place = by_id[entity_id("Place", HOSTILE_PLACE)]["size"]   # 1 relation
    lonely = by_id[entity_id("Person", "张晶")]["size"]          # none
    assert fed > place > lonely


def test_edges_labelled_in_chinese_with_english_on_hover(page: str) -> None:
    edges = html_data(page)["edges"]
    works = next(e for e in edges if e["label"] == "任职于")
    assert "works for" in works["title"] and "王建国是蓝天科技有限公司工会主席" in works["title"]
    inferred = [e for e in edges if e["dashes"]]
    assert len(inferred) == 1 and "inferred" in inferred[0]["title"]
    assert not any(e["label"] in ("提及", "记者") for e in edges)  # no article edges drawn


def test_small_graph_uses_physics(page: str) -> None:
    assert '"physics": {"enabled": true' in page
    assert all("x" not in n for n in html_data(page)["nodes"])


def _chain(n: int) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    names = [f"第{i}区总工会" for i in range(n)]
    for name in names:
        eid = entity_id("Federation", name)
        kg.entities[eid] = Entity(eid, name, "Federation")
    kg.relations = [Relation(names[i], "Federation", "subOrganizationOf", names[i // 2], "Federation")
                    for i in range(1, n)]
    return kg


def test_big_graph_is_laid_out_in_python_without_physics() -> None:
    kg = _chain(PHYSICS_LIMIT + 20)
    start = time.perf_counter()
    page = generate_html(kg)
    assert time.perf_counter() - start < 60
    nodes = html_data(page)["nodes"]
    assert len(nodes) == PHYSICS_LIMIT + 20
    assert all(isinstance(n["x"], float) and n["physics"] is False for n in nodes)
    assert '"physics": {"enabled": false' in page
    assert page == generate_html(kg)  # seeded layout: same positions


def test_max_nodes_keeps_best_connected() -> None:
    data = html_data(generate_html(_chain(40), max_nodes=5))
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == 5 and entity_id("Federation", "第1区总工会") in ids
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_inline_scripts_are_valid_javascript(page: str, tmp_path: Path) -> None:
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) >= 3
    for i, script in enumerate(scripts):
        path = tmp_path / f"s{i}.js"
        path.write_text(script, encoding="utf-8")
        subprocess.run(["node", "--check", str(path)], check=True, capture_output=True)


def test_name_with_href_keeps_the_normal_tooltips() -> None:
    kg = sample_graph()
    name = '<a HREF="javascript:alert(1)">工会</a>'
    kg.entities["org/x"] = Entity("org/x", name, "TradeUnion")
    page = generate_html(kg)
    assert "div.popup" not in page  # pyvis' link template not triggered
    title = next(n for n in html_data(page)["nodes"] if n["id"] == "org/x")["title"]
    assert "HR&#69;F" in title and "<a" not in title
