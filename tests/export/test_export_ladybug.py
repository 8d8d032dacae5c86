"""LadybugDB export: the files load into a real database that answers as SPARQL does."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from kgfixture import HOSTILE_COMPANY, HOSTILE_PERSON, HOSTILE_PLACE, sample_graph
from servers import EXAMPLES, example_kg, need, same_rows  # noqa: F401

from uniongraph.export.ladybug import DB_NAME, ladybug_files, write_ladybug
from uniongraph.export.property_graph import to_property_graph
from uniongraph.graph.rdf import to_rdf
from uniongraph.model import Entity, KnowledgeGraph
from uniongraph.query import run_query

PAIRS = [(q, EXAMPLES / "queries" / f"{q.stem}.rq") for q in sorted((EXAMPLES / "cypher").glob("*.cypher"))]


@pytest.fixture(scope="module")
def ladybug() -> Any:
    try:
        import ladybug as lb
    except ImportError:
        need("ladybug", "pip install ladybug")
    return lb


def rows(conn: Any, query: str) -> list[list[Any]]:
    result = conn.execute(query)
    out = []
    while result.has_next():
        out.append(result.get_next())
    return out


@pytest.fixture(scope="module")
def example_conn(ladybug: Any, example_kg, tmp_path_factory: pytest.TempPathFactory) -> Any:  # noqa: F811
    folder = write_ladybug(example_kg, tmp_path_factory.mktemp("lbug"))
    return ladybug.Connection(ladybug.Database(str(folder / DB_NAME), read_only=True))


@pytest.mark.parametrize("cypher,sparql", PAIRS, ids=[c.stem for c, _ in PAIRS])
def test_cypher_answers_as_sparql(example_conn: Any, example_kg, cypher: Path, sparql: Path) -> None:  # noqa: F811
    local = run_query(to_rdf(example_kg), sparql.read_text(encoding="utf-8")).rows
    assert local
    assert same_rows(rows(example_conn, cypher.read_text(encoding="utf-8"))) == same_rows(local)


def test_counts_match_the_property_graph(example_conn: Any, example_kg) -> None:  # noqa: F811
    pg = to_property_graph(example_kg)
    assert rows(example_conn, "MATCH (n) RETURN count(n)") == [[len(pg.nodes)]]
    assert rows(example_conn, "MATCH ()-[r]->() RETURN count(r)") == [[len(pg.edges)]]


def hostile_kg() -> KnowledgeGraph:
    kg = sample_graph()
    ent = kg.entities[sorted(kg.entities)[0]]
    ent.aliases |= {"=HYPERLINK(\"http://x\")", "-1", "+86", "@home", "'quoted", "a;b|c", "全角，（标点）！"}
    return kg


def test_hostile_values_load_exactly(ladybug: Any, tmp_path: Path) -> None:
    kg = hostile_kg()
    folder = write_ladybug(kg, tmp_path / "lb")
    conn = ladybug.Connection(ladybug.Database(str(folder / DB_NAME), read_only=True))
    got = {r[0]: r[1:] for r in rows(conn, "MATCH (n:Entity) RETURN n.id, n.name, n.aliases, n.mentionCount")}
    pg = to_property_graph(kg)
    for node in pg.nodes.values():
        if node.label == "Entity":
            assert got[node.id] == [node.props["name"], node.props.get("aliases"), node.props.get("mentionCount")]
    names = {v[0] for v in got.values()}
    assert {HOSTILE_COMPANY, HOSTILE_PERSON, HOSTILE_PLACE} <= names
    texts = {r[0] for r in rows(conn, "MATCH (a:Article) RETURN a.text")}
    assert texts == {a.text for a in kg.articles}


def test_csv_cells_are_spreadsheet_inert() -> None:
    files = ladybug_files(to_property_graph(hostile_kg()))
    for fname, text in files.items():
        if fname.endswith(".csv"):
            for line in text.splitlines():
                for cell in line.split(","):
                    assert not cell.lstrip('"').startswith(("=", "+", "@")), (fname, cell)
    assert "list_transform(string_split(" in files["copy.cypher"]


def test_writing_again_replaces_the_database(ladybug: Any, tmp_path: Path) -> None:
    write_ladybug(sample_graph(), tmp_path)
    kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation")})
    write_ladybug(kg, tmp_path)
    conn = ladybug.Connection(ladybug.Database(str(tmp_path / DB_NAME), read_only=True))
    assert rows(conn, "MATCH (n:Entity) RETURN n.name") == [["北京市总工会"]]
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_empty_graph_still_gives_every_table(ladybug: Any, tmp_path: Path) -> None:
    write_ladybug(KnowledgeGraph(), tmp_path)
    conn = ladybug.Connection(ladybug.Database(str(tmp_path / DB_NAME), read_only=True))
    assert rows(conn, "MATCH (a:Article)-[r:reportedBy]->(p:Entity) RETURN count(r)") == [[0]]
