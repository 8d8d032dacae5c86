"""Pushing to a real Virtuoso with the Graph Store protocol, then querying it over HTTP."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgfixture import HOSTILE_COMPANY, HOSTILE_PERSON, HOSTILE_PLACE, sample_graph
from rdflib import Literal, URIRef
from servers import EXAMPLES, Virtuoso, example_kg, same_rows, virtuoso  # noqa: F401

from uniongraph.errors import OutputError, QueryError
from uniongraph.graph.rdf import to_rdf
from uniongraph.push.sparql_store import Store, delete_graph, push_graph, result_rows, select
from uniongraph.query import run_query

QUERIES = sorted((EXAMPLES / "queries").glob("*.rq"))
GRAPH = "https://w3id.org/uniongraph/graph/test-example"


def store(v: Virtuoso, password: str = "dba") -> Store:
    return Store(v.graph_store, v.sparql, user="dba", password=password, auth="digest")


def count(v: Virtuoso, graph: str) -> int:
    return int(result_rows(select(store(v), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", graph))[0][0])


@pytest.fixture(scope="module")
def pushed(virtuoso: Virtuoso, example_kg) -> str:  # noqa: F811
    push_graph(example_kg, store(virtuoso), GRAPH)
    return GRAPH


@pytest.mark.parametrize("query", QUERIES, ids=[q.stem for q in QUERIES])
def test_example_queries_give_the_same_rows_over_http(virtuoso: Virtuoso, example_kg, pushed: str,  # noqa: F811
                                                      query: Path) -> None:
    text = query.read_text(encoding="utf-8")
    local = run_query(to_rdf(example_kg), text).rows
    remote = result_rows(select(store(virtuoso), text, pushed))
    assert local, f"{query.name} finds nothing locally: the comparison would prove nothing"
    assert same_rows(remote) == same_rows(local)


def test_push_twice_replaces_the_graph(virtuoso: Virtuoso, example_kg, pushed: str) -> None:  # noqa: F811
    n = len(to_rdf(example_kg))
    assert count(virtuoso, pushed) == n
    push_graph(example_kg, store(virtuoso), pushed, batch=50)  # PUT then POSTs of 50 triples
    assert count(virtuoso, pushed) == n


def test_hostile_names_arrive_unchanged(virtuoso: Virtuoso) -> None:  # noqa: F811
    graph = "https://w3id.org/uniongraph/graph/test-hostile"
    kg = sample_graph()
    push_graph(kg, store(virtuoso), graph)
    rows = result_rows(select(store(virtuoso), "SELECT ?name WHERE { ?e rdfs:label ?name }", graph))
    names = {r[0] for r in rows}
    for name in (HOSTILE_COMPANY, HOSTILE_PERSON, HOSTILE_PLACE):
        assert name in names
    local = {str(o) for o in to_rdf(kg).objects(None, URIRef("http://www.w3.org/2000/01/rdf-schema#label"))}
    assert names == local
    delete_graph(store(virtuoso), graph)
    assert count(virtuoso, graph) == 0


def test_every_triple_of_the_sample_graph_arrives(virtuoso: Virtuoso) -> None:  # noqa: F811
    graph = "https://w3id.org/uniongraph/graph/test-triples"
    g = to_rdf(sample_graph())
    push_graph(g, store(virtuoso), graph)
    data = select(store(virtuoso), "SELECT ?s ?p ?o WHERE { ?s ?p ?o }", graph)
    got = set()
    for b in data["results"]["bindings"]:
        o = b["o"]
        if o["type"] == "uri":
            term = URIRef(o["value"])
        elif o.get("datatype", "").endswith("#boolean"):
            term = Literal(o["value"] in ("1", "true"))
        else:
            term = Literal(o["value"], lang=o.get("xml:lang"),
                           datatype=URIRef(o["datatype"]) if "datatype" in o else None)
        got.add((URIRef(b["s"]["value"]), URIRef(b["p"]["value"]), term))
    assert got == set(g)


def test_wrong_password_is_a_one_line_output_error(virtuoso: Virtuoso) -> None:  # noqa: F811
    with pytest.raises(OutputError, match="HTTP 401") as info:
        push_graph(sample_graph(), store(virtuoso, password="wrong"), "https://w3id.org/uniongraph/graph/x")
    assert "\n" not in str(info.value)


def test_unreachable_store_and_bad_query(virtuoso: Virtuoso) -> None:  # noqa: F811
    dead = Store("http://127.0.0.1:9/sparql-graph-crud", "http://127.0.0.1:9/sparql", timeout=5)
    with pytest.raises(OutputError, match="cannot reach"):
        push_graph(sample_graph(), dead, "https://w3id.org/uniongraph/graph/x")
    with pytest.raises(QueryError):
        select(store(virtuoso), "SELECT ?x WHERE { ?x", GRAPH)


def test_push_command(virtuoso: Virtuoso, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:  # noqa: F811
    from uniongraph.cli import main
    from uniongraph.readwrite.json_graph import write_json

    write_json(sample_graph(), tmp_path / "graph.json")
    graph = "https://w3id.org/uniongraph/graph/test-cli"
    assert main(["push", str(tmp_path), "--sparql", virtuoso.graph_store, "--graph-iri", graph,
                 "--user", "dba", "--password", "dba"]) == 0
    assert "pushed" in capsys.readouterr().out
    assert count(virtuoso, graph) == len(to_rdf(sample_graph()))
    assert main(["push", str(tmp_path), "--sparql", virtuoso.graph_store, "--user", "dba",
                 "--password", "nope"]) == 1
    assert "HTTP 401" in capsys.readouterr().err
