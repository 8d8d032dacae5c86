"""Querying as researchers expect (#16): subclass-aware answers and ``SELECT *`` columns in the
query's order, the same from a build folder, ``graph.ttl``, ``graph.json``, a store and the data
``serve`` answers from.

The example page (``examples/``) names 18 organisations: 4 federations (全国总工会, 北京市总工会,
昌平区总工会, 中关村科学城总工会), 1 union (首创集团工会), 4 companies (中网公司, 开联信息技术有限公司,
瑞萨半导体（北京）有限公司, 北京首都创业集团有限公司), 5 service teams (丰台支队, 和医杏林服务队,
明恩健康体检服务队, 昌平区应急服务队, 首都职工志愿昌平区服务总队) and 4 other organisations
(北京市工会干部学院, 工会大学校, 网球协会, 首都职工志愿服务运行中心), counted by hand from a build.
Before the superclass types were written, ``?e a ug:Organization`` found only the last 4.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import RDF, Graph

from uniongraph.cli import main
from uniongraph.graph.vocabulary import UG
from uniongraph.ids import DATA_NS
from uniongraph.query import query_graph
from uniongraph.schema import ORG_TYPES
from uniongraph.store import GraphStore

REPO = Path(__file__).resolve().parents[2]
EXAMPLES = REPO / "examples"
ORGS = "SELECT ?e WHERE { ?e a ug:Organization }"
SOURCES = ("folder", "graph.ttl", "graph.json", "store")
HAND_COUNTED = {
    "全国总工会", "北京市总工会", "昌平区总工会", "中关村科学城总工会", "首创集团工会",
    "中网公司", "开联信息技术有限公司", "瑞萨半导体（北京）有限公司", "北京首都创业集团有限公司",
    "丰台支队", "和医杏林服务队", "明恩健康体检服务队", "昌平区应急服务队", "首都职工志愿昌平区服务总队",
    "北京市工会干部学院", "工会大学校", "网球协会", "首都职工志愿服务运行中心",
}


@pytest.fixture(scope="module")
def example(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("example")
    out, store = root / "out", root / "store"
    assert main(["build", str(EXAMPLES), "--out", str(out), "--store", str(store), "--quiet", "--no-validate"]) == 0
    return {"folder": out, "graph.ttl": out / "graph.ttl", "graph.json": out / "graph.json", "store": store,
            "root": root}


def _organisations(graph_json: Path) -> set[str]:
    data = json.loads(graph_json.read_text(encoding="utf-8"))
    return {DATA_NS + e["id"] for e in data["entities"] if e["type"] in ORG_TYPES}


def _names(source: Path, rows: list[list[str | None]]) -> set[str]:
    data = json.loads(((source if source.is_dir() else source.parent) / "graph.json").read_text(encoding="utf-8"))
    by_iri = {DATA_NS + e["id"]: e["name"] for e in data["entities"]}
    return {by_iri[r[0]] for r in rows if r[0] is not None}


def test_the_example_holds_the_hand_counted_organisations(example: dict[str, Path]) -> None:
    data = json.loads(example["graph.json"].read_text(encoding="utf-8"))
    assert {e["name"] for e in data["entities"] if e["type"] in ORG_TYPES} == HAND_COUNTED


@pytest.mark.parametrize("source", SOURCES)
def test_organization_finds_every_organisation(example: dict[str, Path], source: str) -> None:
    result = query_graph(example[source], ORGS)
    assert {r[0] for r in result.rows} == _organisations(example["graph.json"])
    assert len(result.rows) == len(HAND_COUNTED) == 18


@pytest.mark.parametrize("source", SOURCES)
def test_the_query_command_answers_18(example: dict[str, Path], source: str,
                                      capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(example[source]), "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ug:Organization }",
                 "--format", "csv"]) == 0
    assert capsys.readouterr().out.splitlines() == ["n", "18"]


@pytest.mark.parametrize("source,cls,count", [
    ("graph.ttl", "schema:Organization", 18), ("store", "foaf:Organization", 18),
    ("graph.json", "org:FormalOrganization", 9), ("folder", "schema:Person", 9), ("store", "prov:Agent", 27),
])
def test_the_ontology_superclasses_are_there_too(example: dict[str, Path], source: str, cls: str, count: int) -> None:
    # 4 federations + 1 union + 4 companies are formal organisations; 9 people; agents: people and organisations
    assert query_graph(example[source], f"SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {{ ?e a {cls} }}").rows == [[str(count)]]


def test_each_entity_keeps_its_own_type(example: dict[str, Path]) -> None:
    data = json.loads(example["graph.json"].read_text(encoding="utf-8"))
    for source in ("graph.ttl", "store"):
        from uniongraph.readwrite.sources import open_graph

        kg = open_graph(example[source]).knowledge_graph()
        assert {(e.name, e.type) for e in kg.entities.values()} == {(e["name"], e["type"]) for e in data["entities"]}


def test_a_graph_written_without_superclass_types_is_answered_in_full(example: dict[str, Path],
                                                                      tmp_path: Path) -> None:
    old = Graph().parse(example["graph.ttl"], format="turtle")
    for s in set(old.subjects(RDF.type, UG.Organization)):
        if len([t for t in old.objects(s, RDF.type) if str(t).startswith(str(UG))]) > 1:
            old.remove((s, RDF.type, UG.Organization))  # as graph.ttl was written before #16
    assert len(set(old.subjects(RDF.type, UG.Organization))) == 4
    old.serialize(tmp_path / "old.ttl", format="turtle")
    assert len(query_graph(tmp_path / "old.ttl", ORGS).rows) == 18


@pytest.mark.parametrize("source", ("folder", "store"))
def test_the_data_serve_answers_from_is_subclass_aware(example: dict[str, Path], source: str) -> None:
    from uniongraph.serve.worker import open_source, run

    kind, _, rows, _ = run(open_source(str(example[source])), ORGS, 1000)
    assert kind == "select" and len(rows) == 18


def test_a_store_keeps_the_superclass_types_through_add_and_remove(tmp_path: Path) -> None:
    page = EXAMPLES / "seed-page.md"
    lines = page.read_text(encoding="utf-8").split("## 中关村科学城总工会启动迎新春送温暖活动")
    first, second = tmp_path / "a.md", tmp_path / "b.md"
    first.write_text(lines[0], encoding="utf-8")
    second.write_text("## 中关村科学城总工会启动迎新春送温暖活动" + lines[1], encoding="utf-8")
    store = tmp_path / "store"
    assert main(["add", str(first), "--store", str(store), "--quiet"]) == 0
    assert main(["add", str(second), "--store", str(store), "--quiet"]) == 0
    assert main(["build", str(first), str(second), "--out", str(tmp_path / "out"), "--quiet", "--no-validate"]) == 0
    built = query_graph(tmp_path / "out", ORGS).rows
    assert sorted(query_graph(store, ORGS).rows) == sorted(built) and len(built) == 18
    assert main(["remove", str(second), "--store", str(store), "--quiet"]) == 0
    assert main(["build", str(first), "--out", str(tmp_path / "one"), "--quiet", "--no-validate"]) == 0
    assert sorted(query_graph(store, ORGS).rows) == sorted(query_graph(tmp_path / "one", ORGS).rows)


def test_a_store_written_before_gets_the_superclass_types_when_opened_for_writing(example: dict[str, Path],
                                                                                  tmp_path: Path) -> None:
    import shutil

    store = tmp_path / "store"
    shutil.copytree(example["store"], store)
    db = ox.Store(str(store / "oxigraph"))
    for q in list(db.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(UG.Organization)))):
        db.remove(q)  # as the store was written before #16 (and its ledger says nothing of the form)
    db.flush()
    del db
    with sqlite3.connect(store / "ledger.sqlite") as con:
        con.execute("DELETE FROM meta WHERE key = 'rdf_form'")
    assert query_graph(store, ORGS).rows == []
    with GraphStore(store):
        pass
    assert len(query_graph(store, ORGS).rows) == 18


# ---------------------------------------------------------------- SELECT * columns


@pytest.mark.parametrize("source", SOURCES)
@pytest.mark.parametrize("query,columns", [
    ("SELECT * WHERE { ?s ?p ?o } LIMIT 3", ["s", "p", "o"]),
    ("select distinct * where { ?zeta rdfs:label ?alpha . OPTIONAL { ?zeta skos:altLabel ?mid } } limit 3",
     ["zeta", "alpha", "mid"]),
    ("# ?c ?b ?a\nSELECT * WHERE { ?x rdfs:label \"?q # ?r\"@zh . ?x ?p ?o }", ["x", "p", "o"]),
    ("SELECT * { { SELECT ?s (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?s } BIND(1 AS ?a) } LIMIT 2",
     ["s", "n", "a"]),
    ("SELECT ?o ?s WHERE { ?s ?p ?o } LIMIT 2", ["o", "s"]),
])
def test_select_star_columns_follow_the_query(example: dict[str, Path], source: str, query: str,
                                              columns: list[str]) -> None:
    result = query_graph(example[source], query)
    assert result.columns == columns
    # the cells moved with their columns
    if columns == ["s", "p", "o"]:
        assert all(r[0].startswith("https://") and r[1].startswith("http") for r in result.rows)


@pytest.mark.parametrize("source", SOURCES)
def test_select_star_table_header(example: dict[str, Path], source: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", str(example[source]), "SELECT * WHERE { ?s a ug:Federation ; rdfs:label ?name }",
                 "--format", "tsv"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "?s\t?name" and len(out) == 5


def test_query_takes_graph_json_like_graph_ttl(example: dict[str, Path], capsys: pytest.CaptureFixture[str]) -> None:
    q = "SELECT ?name WHERE { ?e a ug:Federation ; rdfs:label ?name } ORDER BY ?name"
    answers = []
    for source in ("graph.json", "graph.ttl"):
        assert main(["query", str(example[source]), q, "--format", "csv"]) == 0
        answers.append(capsys.readouterr().out)
    assert answers[0] == answers[1] and "北京市总工会" in answers[0]
