"""HTML view (Python side): generated through pyvis, offline, escaped, deterministic, styled by
type, laid out when big, trimmed to the top N or a neighbourhood. What the page does in a
browser: test_browser.py."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from kgfixture import (
    COMPANY,
    EVENT,
    FEDERATION,
    HOSTILE_COMPANY,
    HOSTILE_EVENT,
    HOSTILE_PLACE,
    PERSON,
    PLACE,
    sample_graph,
)

from uniongraph.errors import OutputError
from uniongraph.ids import entity_id
from uniongraph.model import Entity, KnowledgeGraph, Relation
from uniongraph.readwrite.html import (
    PHYSICS_LIMIT,
    PRELAYOUT_MIN,
    TYPE_STYLE,
    VIS_VERSION,
    generate_html,
    html_data,
    json_for_script,
    pyvis_network,
    pyvis_network_class,
    render,
    view_data,
    write_html,
)

REMOTE = re.compile(r"\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE)
DATA_BLOCK = re.compile(r'<script type="application/json" id="ug-data">(.*?)</script>', re.DOTALL)
OPTIONS_BLOCK = re.compile(r'<script type="application/json" id="ug-options">(.*?)</script>', re.DOTALL)
TEMPLATES = Path(__file__).resolve().parents[2] / "src/uniongraph/templates"


def _options(page: str) -> dict:
    return json.loads(OPTIONS_BLOCK.search(page).group(1))


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = write_html(sample_graph(), tmp_path_factory.mktemp("html") / "graph.html")
    return path.read_bytes().decode("utf-8")


def _sentences(data: dict, refs: list[int]) -> list[str]:
    return [data["sentences"][i][0] for i in refs]


def test_no_remote_resources(page: str) -> None:
    assert not REMOTE.search(page)
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "bootstrap" not in page.lower()
    assert "<link" not in page.lower()
    assert "new vis.Network" in page and "vis-network" in page  # the library is inlined
    # Every script is inline: no src attribute at all.
    assert all("src" not in tag for tag in re.findall(r"<script[^>]*>", page))


def test_written_as_utf8_with_declared_charset(tmp_path: Path) -> None:
    raw = write_html(sample_graph(), tmp_path / "g.html").read_bytes()
    assert raw.startswith(b"<!DOCTYPE html>") and b'<meta charset="utf-8">' in raw[:200]
    assert "北京市总工会".encode() in raw  # names as UTF-8, not as escapes only


@pytest.mark.parametrize("name", [
    "<img src=x onerror=alert(1)>工会",
    "</script><script>alert(1)</script>",
    "<!--<script>",
    "a & b \u2028 c",
])
def test_data_block_cannot_be_closed_by_a_name(name: str) -> None:
    kg = KnowledgeGraph(entities={"org/x": Entity("org/x", name, "TradeUnion", aliases={name + "2"})})
    page = generate_html(kg)
    block = DATA_BLOCK.search(page).group(1)
    assert "<" not in block and ">" not in block and "&" not in block and "\u2028" not in block
    assert html_data(page)["nodes"][0]["label"] == name  # and read back unchanged
    # options, data, vis-network, ours, each at a line start as the template has them: nothing injected
    assert len(re.findall(r"^<script", page, re.MULTILINE)) == 4


def test_json_for_script_round_trips() -> None:
    value = {"a": "</script>\u2029&amp;", "b": [1, 2.5, None, True]}
    assert json.loads(json_for_script(value)) == value


def test_page_script_never_uses_markup_sinks(page: str) -> None:
    ours = Path(__file__).resolve().parents[2] / "src/uniongraph/templates/graph.js"
    js = ours.read_text(encoding="utf-8")
    code = re.sub(r"/\*.*?\*/|//[^\n]*", "", js, flags=re.DOTALL)  # comments may name them
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function"):
        assert sink not in code, sink


def test_bytes_identical(tmp_path: Path) -> None:
    a = write_html(sample_graph(), tmp_path / "a.html").read_bytes()
    b = write_html(sample_graph(), tmp_path / "b.html").read_bytes()
    assert a == b


def test_nodes_are_entities_styled_by_type(page: str) -> None:
    kg = sample_graph()
    data = html_data(page)
    by_id = {n["id"]: n for n in data["nodes"]}
    assert set(by_id) == set(kg.entities)  # articles and byline-only people are not drawn
    styles = {t["key"]: (t["color"], t["shape"]) for t in data["types"]}
    for eid, ent in kg.entities.items():
        assert by_id[eid]["type"] == ent.type
        assert styles[ent.type] == TYPE_STYLE[ent.type][:2]
    assert len({TYPE_STYLE[t][:2] for t in TYPE_STYLE}) == len(TYPE_STYLE)
    assert {t["key"]: t["count"] for t in data["types"]}["Person"] == 3


def test_legend_names_each_type_in_chinese_and_english(page: str) -> None:
    data = html_data(page)
    zh = {t["zh"] for t in data["types"]}
    assert {"总工会", "工会", "企业", "服务队", "组织机构", "人物", "地点", "活动"} <= zh
    assert {"worksFor", "organizes", "memberOf"} <= {r["key"] for r in data["relations"]}
    assert next(r for r in data["relations"] if r["key"] == "worksFor")["en"] == "works for"
    assert "图例" in page and "legend" in page


def test_size_grows_with_degree(page: str) -> None:
    by_id = {n["id"]: n for n in html_data(page)["nodes"]}
    fed = by_id[entity_id("Federation", FEDERATION)]     # 3 relations
    place = by_id[entity_id("Place", HOSTILE_PLACE)]     # 1 relation
    lonely = by_id[entity_id("Person", "张晶")]            # none
    assert fed["size"] > place["size"] > lonely["size"]
    assert fed["font"] > lonely["font"]
    assert (fed["degree"], place["degree"], lonely["degree"]) == (3, 1, 0)


def test_tooltip_data_type_aliases_mentions_and_first_sentences(page: str) -> None:
    data = html_data(page)
    fed = next(n for n in data["nodes"] if n["id"] == entity_id("Federation", FEDERATION))
    kg = sample_graph()
    assert fed["aliases"] == ["市总工会"]
    assert fed["mentions"] == len(kg.entities[fed["id"]].mentions) > 2
    first = [data["sentences"][i] for i in fed["ev"]]
    assert len(first) == 2 and all(FEDERATION in s or "市总工会" in s for s, _ in first)
    assert data["articles"][first[0][1]] == "北京市总工会启动迎新春送温暖活动"
    person = next(n for n in data["nodes"] if n["id"] == entity_id("Person", PERSON))
    assert ["age", "45"] in person["attrs"]


def test_edges_labelled_with_evidence_and_article(page: str) -> None:
    data = html_data(page)
    works = next(e for e in data["edges"] if e["rel"] == "worksFor")
    assert works["from"] == entity_id("Person", PERSON) and works["to"] == entity_id("Company", COMPANY)
    (sentence, article), = [data["sentences"][i] for i in works["ev"]]
    assert sentence == f"{PERSON}是{COMPANY}工会主席，今年45岁"
    assert data["articles"][article] == "北京市总工会启动迎新春送温暖活动"
    assert works["rules"] == ["person-is-post-of-org"] and not works["inferred"]
    inferred = [e for e in data["edges"] if e["inferred"]]
    assert [e["rel"] for e in inferred] == ["memberOf"]
    assert not any(e["rel"] in ("mentions", "reportedBy", "correspondent") for e in data["edges"])


def test_small_graph_uses_physics_without_positions(page: str) -> None:
    data = html_data(page)
    assert data["physics"] is True and data["iterations"] == 250
    assert all("x" not in n for n in data["nodes"])


def _chain(n: int) -> KnowledgeGraph:
    kg = KnowledgeGraph()
    names = [f"第{i}区总工会" for i in range(n)]
    for name in names:
        eid = entity_id("Federation", name)
        kg.entities[eid] = Entity(eid, name, "Federation")
    kg.relations = [Relation(names[i], "Federation", "subOrganizationOf", names[i // 2], "Federation")
                    for i in range(1, n)]
    return kg


def test_medium_graph_starts_from_python_positions_with_short_physics() -> None:
    data = view_data(_chain(PRELAYOUT_MIN + 10))
    assert data["physics"] is True and data["iterations"] < 100
    assert all(isinstance(n["x"], float) for n in data["nodes"])


def test_big_graph_is_laid_out_in_python_without_physics() -> None:
    kg = _chain(PHYSICS_LIMIT + 20)
    page = generate_html(kg)
    data = html_data(page)
    assert len(data["nodes"]) == PHYSICS_LIMIT + 20 and data["physics"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])  # no two on one spot
    assert page == generate_html(kg)  # seeded layout: same positions


def test_max_nodes_keeps_best_connected() -> None:
    data = view_data(_chain(40), max_nodes=5)
    ids = {n["id"] for n in data["nodes"]}
    assert len(ids) == 5 and entity_id("Federation", "第1区总工会") in ids
    assert all(e["from"] in ids and e["to"] in ids for e in data["edges"])
    assert (data["shown"], data["total"]) == (5, 40)


@pytest.mark.parametrize("focus, hops, expected", [
    ("第3区总工会", 0, {"第3区总工会"}),
    ("第3区总工会", 1, {"第3区总工会", "第1区总工会", "第6区总工会", "第7区总工会"}),
    ("第3区总工会", 2, {"第3区总工会", "第1区总工会", "第6区总工会", "第7区总工会", "第0区总工会",
                       "第2区总工会", "第12区总工会", "第13区总工会", "第14区总工会", "第15区总工会"}),
    ("第２０区总工会", 0, {"第20区总工会"}),  # full-width digits: NFKC
])
def test_focus_keeps_the_neighbourhood(focus: str, hops: int, expected: set[str]) -> None:
    data = view_data(_chain(30), focus=focus, hops=hops)
    assert {n["label"] for n in data["nodes"]} == expected
    assert data["focus"] == focus and data["total"] == 30


def test_focus_by_alias_and_with_max_nodes_keeps_the_focus() -> None:
    kg = sample_graph()
    data = view_data(kg, focus="市总工会", hops=2, max_nodes=3)
    labels = [n["label"] for n in data["nodes"]]
    assert FEDERATION in labels and len(labels) == 3
    assert EVENT in labels or PLACE in labels or HOSTILE_EVENT in labels or COMPANY not in labels


@pytest.mark.parametrize("kwargs, message", [
    ({"focus": "不存在的工会"}, "no entity has that name"),
    ({"focus": FEDERATION, "hops": -1}, "--hops"),
])
def test_bad_focus_is_an_output_error_naming_the_file(tmp_path: Path, kwargs: dict, message: str) -> None:
    target = tmp_path / "view.html"
    with pytest.raises(OutputError, match=message) as err:
        write_html(sample_graph(), target, **kwargs)
    assert str(target) in str(err.value) and "\n" not in str(err.value)
    assert not target.exists()


def test_hostile_names_stay_data(page: str) -> None:
    data = html_data(page)
    event = next(n for n in data["nodes"] if n["id"] == entity_id("Event", HOSTILE_EVENT))
    assert event["label"] == HOSTILE_EVENT
    company = next(n for n in data["nodes"] if n["id"] == entity_id("Company", HOSTILE_COMPANY))
    assert company["label"] == HOSTILE_COMPANY
    assert "<img" not in page  # never raw in the page, whatever the data


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_inline_scripts_are_valid_javascript(page: str, tmp_path: Path) -> None:
    scripts = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(scripts) == 2  # vis-network and ours; the other two hold JSON
    for i, script in enumerate(scripts):
        path = tmp_path / f"s{i}.js"
        path.write_text(script, encoding="utf-8")
        subprocess.run(["node", "--check", str(path)], check=True, capture_output=True)


# ---------- made through pyvis ----------

def test_page_is_rendered_by_pyvis_from_a_network(page: str) -> None:
    from pyvis.network import Network

    data = view_data(sample_graph())
    net = pyvis_network(data)
    assert isinstance(net, Network) and net.cdn_resources == "in_line"
    assert net.num_nodes() == len(data["nodes"]) and net.num_edges() == len(data["edges"]) > 0
    assert net.get_nodes() == [n["id"] for n in data["nodes"]]
    assert net.options.physics.enabled is True and net.options.physics.barnesHut.springLength == 150
    html = render(net, data)
    assert net.html == html == page  # pyvis's generate_html made it, and write_html wrote the same
    assert net.path == "graph.html"


def test_options_come_from_pyvis(page: str) -> None:
    options = _options(page)
    physics = options["physics"]
    assert physics["enabled"] is True and physics["stabilization"]["iterations"] == 250
    assert physics["barnesHut"]["springConstant"] == 0.03
    assert options["edges"]["smooth"] == {"enabled": True, "type": "continuous"}
    assert options["interaction"]["hover"] is True and options["interaction"]["hideEdgesOnDrag"] is False
    assert "Noto Sans CJK SC" in options["nodes"]["font"]["face"]  # spaces kept


def test_big_graph_options_turn_physics_off_through_pyvis() -> None:
    net = pyvis_network(view_data(_chain(PHYSICS_LIMIT + 5)))
    assert net.options.physics.enabled is False and net.options.physics.stabilization.enabled is False
    assert net.options.interaction.hideEdgesOnDrag is True
    options = json.loads(net.options.to_json())
    assert options["edges"]["smooth"]["enabled"] is False and options["layout"]["improvedLayout"] is False


def test_inlined_pieces_are_verbatim(page: str) -> None:
    import pyvis

    lib = Path(pyvis.__file__).resolve().parent / "templates/lib" / f"vis-{VIS_VERSION}"
    for name, tag in (("vis-network.min.js", "script"), ("vis-network.css", "style")):
        text = (lib / name).read_text(encoding="utf-8")
        assert f"<{tag}>{text.removesuffix(chr(10))}</{tag}>" in page, name  # Jinja drops one final newline
    for name, tag in (("graph.js", "script"), ("graph.css", "style")):
        # Jinja would read {{ or {% in our files as template code: the page must hold them unchanged.
        text = (TEMPLATES / name).read_text(encoding="utf-8").removesuffix("\n")
        assert f"<{tag}>{text}</{tag}>" in page, name


def test_importing_the_module_does_not_import_pyvis() -> None:
    code = "import sys, uniongraph.readwrite.html; print('pyvis' in sys.modules, 'IPython' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_pyvis_is_imported_without_networkx_and_jsonpickle_which_still_work_when_used() -> None:
    """pyvis imports them for Network.from_nx and Network.to_json only; a build renders its
    view without importing them, and a caller of those methods still gets the real packages."""
    code = (
        "import sys\n"
        "from uniongraph.readwrite.html import pyvis_network_class\n"
        "Network = pyvis_network_class()\n"
        "print(*(name in sys.modules for name in ('networkx', 'jsonpickle', 'IPython')))\n"
        "import networkx\n"
        "net = Network(); net.from_nx(networkx.path_graph(3))\n"
        "print(net.num_nodes(), net.num_edges(), '\"nodes\"' in net.to_json())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split("\n")[:2] == ["False False False", "3 2 True"], out.stdout


def test_only_in_line_resources_are_accepted() -> None:
    data = view_data(sample_graph())
    net = pyvis_network(data)
    net.cdn_resources = "remote"
    with pytest.raises(OutputError, match="in_line"):
        render(net, data)


def _refuse(*args, **kwargs):
    raise AssertionError("items added one by one")


def test_many_nodes_are_added_in_linear_time(monkeypatch) -> None:
    n = 20_000
    data = {"physics": False, "iterations": 250,
            "nodes": [{"id": f"n{i}", "label": str(i)} for i in range(n)],
            "edges": [{"id": f"e{i}", "from": f"n{i}", "to": f"n{i // 2}"} for i in range(1, n)]}
    # add_node/add_edge one by one check list membership (quadratic: minutes for 20,000 nodes); the
    # items go in whole instead (speed measured by benchmarks/html.py, never timed in a test)
    Network = pyvis_network_class()
    monkeypatch.setattr(Network, "add_node", _refuse, raising=True)
    monkeypatch.setattr(Network, "add_edge", _refuse, raising=True)
    net = pyvis_network(data)
    assert net.num_nodes() == n and net.num_edges() == n - 1 and net.node_map["n7"]["label"] == "7"


@pytest.mark.parametrize("text, start, end, expected", [
    ("甲说。乙到了北京。丙走了。", 3, 5, "乙到了北京。"),  # between two marks, the closing one kept
    ("乙到了北京", 0, 2, "乙到了北京"),  # no mark at all: the whole text
    ("甲说：“好。”乙到了北京！", 6, 8, "乙到了北京！"),  # a closing quote is the previous sentence's
    # the mark before lies further back than a tooltip shows: from that far back only
    ("。" + "甲" * 50 + "乙" * 200 + "。", 240, 241, "甲" * 11 + "乙" * 188 + "…"),
])
def test_sentence_at_a_mention(text: str, start: int, end: int, expected: str) -> None:
    from uniongraph.readwrite.html import _sentence_at, _sentence_marks

    assert _sentence_at(text, start, end) == expected
    assert _sentence_at(text, start, end, _sentence_marks(text)) == expected  # (marks found once per article)
