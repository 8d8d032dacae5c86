"""Analytics: PageRank, stats, neighbourhoods and their commands."""

from __future__ import annotations

import json

import networkx as nx
import pytest
from kgfixture import COMPANY, FEDERATION, PERSON, UNION, sample_graph

from uniongraph.analytics import (
    analysis_graph,
    distances,
    graph_stats,
    neighbourhood,
    neighbourhood_data,
    pagerank,
)
from uniongraph.cli import main
from uniongraph.errors import QueryError
from uniongraph.readwrite.json_graph import write_json


def test_pagerank_matches_networkx() -> None:
    pytest.importorskip("scipy")
    g = analysis_graph(sample_graph())
    ours = pagerank(g)
    theirs = nx.pagerank(nx.DiGraph(g), tol=1e-12)
    assert ours.keys() == theirs.keys()
    assert all(abs(ours[n] - theirs[n]) < 1e-6 for n in ours)


def test_pagerank_of_a_star_ranks_the_centre_first() -> None:
    g = nx.MultiDiGraph([("a", "hub"), ("b", "hub"), ("c", "hub"), ("hub", "a")])
    pr = pagerank(g)
    assert max(pr, key=pr.get) == "hub"
    assert abs(sum(pr.values()) - 1) < 1e-9
    assert pagerank(nx.MultiDiGraph()) == {}


def test_stats_counts_components_and_tops() -> None:
    kg = sample_graph()
    st = graph_stats(kg, top=3)
    assert st.types["Federation"] == 1 and "Article" not in st.types
    assert st.relations["organizes"] == 2
    assert st.inferred >= 1
    assert sum(st.components) == st.nodes
    assert st.components == sorted(st.components, reverse=True)
    assert st.top_degree["Federation"][0].name == FEDERATION
    assert len(st.top_degree["Person"]) <= 3
    assert any(FEDERATION in c for c in st.communities)
    with_articles = graph_stats(kg, articles=True)
    assert with_articles.types["Article"] == len(kg.articles)
    assert "mentions" in with_articles.relations
    assert json.loads(st.json())["nodes"] == st.nodes
    assert "top by PageRank:" in st.text()


@pytest.mark.parametrize("hops,inside,outside", [
    (0, [COMPANY], [PERSON, UNION]),
    (1, [COMPANY, PERSON, UNION], [FEDERATION]),
    (3, [COMPANY, FEDERATION], []),
])
def test_neighbourhood_by_hops(hops: int, inside: list[str], outside: list[str]) -> None:
    sub = neighbourhood(sample_graph(), COMPANY, hops=hops)
    names = {e.name for e in sub.entities.values()}
    assert set(inside) <= names
    assert not names & set(outside)
    # only relations among the entities kept
    assert all(r.head in names and r.tail in names for r in sub.relations + sub.inferred_relations)


def test_neighbourhood_data_distances_and_errors() -> None:
    kg = sample_graph()
    data = neighbourhood_data(kg, PERSON, hops=1)
    assert data["nodes"][0] == {**data["nodes"][0], "name": PERSON, "hops": 0}
    assert {e["relation"] for e in data["edges"]} >= {"worksFor", "participatesIn"}
    assert all(e["evidence"] for e in data["edges"] if not e["inferred"])
    assert set(distances(kg, PERSON, hops=2).values()) == {0, 1, 2}
    with pytest.raises(QueryError, match="no entity named"):
        neighbourhood(kg, "不存在的工会")


def test_neighbourhood_with_articles_keeps_their_mentions() -> None:
    kg = sample_graph()
    sub = neighbourhood(kg, PERSON, hops=1, articles=True)
    assert sub.articles and all(m.article_id in {a.id for a in sub.articles}
                                for e in sub.entities.values() for m in e.mentions)


def test_stats_and_neighbors_commands(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    write_json(sample_graph(), tmp_path / "graph.json")
    assert main(["stats", str(tmp_path), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["types"]["Person"] >= 1
    assert main(["neighbors", str(tmp_path), PERSON, "--hops", "1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{PERSON}:") and "worksFor" in out
    assert main(["neighbors", str(tmp_path), PERSON, "--format", "html", "--out", str(tmp_path / "n.html")]) == 0
    page = (tmp_path / "n.html").read_text(encoding="utf-8")
    assert PERSON in page and "<script" in page
    assert main(["neighbors", str(tmp_path), "无此人"]) == 1
    assert "no entity named" in capsys.readouterr().err
