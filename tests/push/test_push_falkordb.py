"""The Cypher script and the push on a real FalkorDB; Cypher example queries against SPARQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgfixture import HOSTILE_COMPANY, HOSTILE_EVENT, HOSTILE_PERSON, HOSTILE_PLACE, sample_graph
from servers import EXAMPLES, Falkor, example_kg, falkordb, same_rows  # noqa: F401

from uniongraph.errors import OutputError
from uniongraph.export.cypher import adapt_statement, read_cypher, write_cypher
from uniongraph.export.property_graph import to_property_graph
from uniongraph.graph.rdf import to_rdf
from uniongraph.push.cypher_db import push_cypher, push_statements
from uniongraph.query import run_query

PAIRS = [(q, EXAMPLES / "queries" / f"{q.stem}.rq") for q in sorted((EXAMPLES / "cypher").glob("*.cypher"))]


def run_script(graph, path: Path) -> int:
    statements = read_cypher(path)
    for stmt in statements:
        try:
            graph.query(adapt_statement(stmt, "falkordb"))
        except Exception as exc:  # re-creating an index is an error in FalkorDB, not a change
            if "already indexed" not in str(exc):
                raise
    return len(statements)


def counts(graph) -> tuple[int, int]:
    nodes = graph.query("MATCH (n) RETURN count(n)").result_set[0][0]
    edges = graph.query("MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
    return nodes, edges


@pytest.fixture(scope="module")
def example_graph(falkordb: Falkor, example_kg, tmp_path_factory: pytest.TempPathFactory):  # noqa: F811
    script = write_cypher(example_kg, tmp_path_factory.mktemp("cypher") / "graph.cypher")
    graph = falkordb.graph("example")
    run_script(graph, script)
    return graph


def test_every_example_query_has_a_cypher_version() -> None:
    assert len(PAIRS) == len(list((EXAMPLES / "queries").glob("*.rq"))) >= 7
    assert all(rq.is_file() for _, rq in PAIRS)


@pytest.mark.parametrize("cypher,sparql", PAIRS, ids=[c.stem for c, _ in PAIRS])
def test_cypher_answers_as_sparql(example_graph, example_kg, cypher: Path, sparql: Path) -> None:  # noqa: F811
    local = run_query(to_rdf(example_kg), sparql.read_text(encoding="utf-8")).rows
    got = example_graph.query(cypher.read_text(encoding="utf-8")).result_set
    assert local
    assert same_rows(got) == same_rows(local)


def test_script_loads_everything_and_twice_changes_nothing(falkordb: Falkor, example_kg, example_graph,  # noqa: F811
                                                           tmp_path: Path) -> None:
    pg = to_property_graph(example_kg)
    assert counts(example_graph) == (len(pg.nodes), len(pg.edges))
    run_script(example_graph, write_cypher(example_kg, tmp_path / "again.cypher"))
    assert counts(example_graph) == (len(pg.nodes), len(pg.edges))


def test_hostile_names_survive_the_script(falkordb: Falkor, tmp_path: Path) -> None:  # noqa: F811
    kg = sample_graph()
    graph = falkordb.graph("hostile")
    run_script(graph, write_cypher(kg, tmp_path / "g.cypher"))
    names = {r[0] for r in graph.query("MATCH (n:Entity) RETURN n.name").result_set}
    assert {HOSTILE_COMPANY, HOSTILE_EVENT, HOSTILE_PERSON, HOSTILE_PLACE} <= names
    assert names == {n.props["name"] for n in to_property_graph(kg).nodes.values() if n.label == "Entity"}
    texts = {r[0] for r in graph.query("MATCH (a:Article) RETURN a.text").result_set}
    assert texts == {a.text for a in kg.articles}


def test_push_over_tcp_is_idempotent(falkordb: Falkor, example_kg) -> None:  # noqa: F811
    url = f"falkordb://127.0.0.1:{falkordb.port}/pushed"
    falkordb.graph("pushed")
    first = push_cypher(example_kg, url, batch_size=7)
    pg = to_property_graph(example_kg)
    assert (first.nodes, first.edges) == (len(pg.nodes), len(pg.edges))
    push_cypher(example_kg, url)
    assert counts(falkordb.db.select_graph("pushed")) == (len(pg.nodes), len(pg.edges))


def test_push_runs_schema_then_nodes_then_edges() -> None:
    seen: list[str] = []
    report = push_statements(lambda q, p: seen.append(q), sample_graph(), dialect="memgraph", batch_size=2)
    assert seen[0].startswith("CREATE CONSTRAINT ON (n:Entity)")
    first_edge = next(i for i, q in enumerate(seen) if "MATCH (a:" in q)
    assert all("MERGE (n:" in q for q in seen[4:first_edge])
    assert report.statements == len(seen) and report.nodes == len(to_property_graph(sample_graph()).nodes)


def test_an_unknown_database_url_is_one_line() -> None:
    with pytest.raises(OutputError, match="unknown database URL") as info:
        push_cypher(sample_graph(), "http://127.0.0.1:1/")
    assert "\n" not in str(info.value)


@pytest.mark.needs("falkordb")
def test_push_errors_are_one_line() -> None:
    with pytest.raises(OutputError, match="push failed") as info:
        push_cypher(sample_graph(), "falkordb://127.0.0.1:9/g")
    assert "\n" not in str(info.value)
