"""The NetworkX view: same nodes as the RDF graph, typed keyed edges with evidence."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from kgfixture import COMPANY, FEDERATION, PERSON, UNION, sample_graph
from rdflib import URIRef
from rdflib.namespace import RDF

from uniongraph.graph.networkx import readable_key, to_networkx
from uniongraph.graph.rdf import to_rdf
from uniongraph.graph.vocabulary import UG
from uniongraph.ids import DATA_NS
from uniongraph.ids import entity_id as _entity_id


def entity_id(type_: str, name: str) -> str:
    """The node key of an entity: its readable id (``org/北京市总工会``)."""
    return readable_key(_entity_id(type_, name))
from uniongraph.model import Evidence, Relation


@pytest.fixture(scope="module")
def g() -> nx.MultiDiGraph:
    return to_networkx(sample_graph())


def test_nodes_equal_rdf_entity_and_article_nodes(g: nx.MultiDiGraph) -> None:
    rdf = to_rdf(sample_graph())
    typed = {s for s, o in rdf.subject_objects(RDF.type)
             if isinstance(s, URIRef) and o.startswith(str(UG)) and o != UG.Evidence}
    assert {readable_key(str(s)[len(DATA_NS):]) for s in typed} == set(g.nodes)
    assert all(g.nodes[n]["iri"] == DATA_NS + g.nodes[n]["id"] for n in g.nodes)


def test_node_attributes(g: nx.MultiDiGraph) -> None:
    fed = g.nodes[entity_id("Federation", FEDERATION)]
    assert (fed["label"], fed["type"], fed["aliases"], fed["mentions"]) == (FEDERATION, "Federation", ["市总工会"], 5)
    person = g.nodes[entity_id("Person", PERSON)]
    assert person["attributes"] == {"age": 45, "role": "工会主席"}
    art = g.nodes[sample_graph().articles[0].id]
    assert art["type"] == "Article" and art["label"] == "北京市总工会启动迎新春送温暖活动"
    assert g.nodes[entity_id("Person", "周美玉")]["type"] == "Person"  # byline-only reporter


@pytest.mark.parametrize("head,relation,tail,inferred", [
    (("Person", PERSON), "worksFor", ("Company", COMPANY), False),
    (("TradeUnion", UNION), "unionOf", ("Company", COMPANY), False),
    (("Person", PERSON), "memberOf", ("TradeUnion", UNION), True),
])
def test_relation_edges(g: nx.MultiDiGraph, head: tuple[str, str], relation: str,
                        tail: tuple[str, str], inferred: bool) -> None:
    data = g.edges[entity_id(*head), entity_id(*tail), relation]
    assert data["relation"] == relation and data["inferred"] is inferred
    assert data["evidence"] and all(isinstance(s, str) for s in data["evidence"])


def test_edge_keys_are_ug_local_names(g: nx.MultiDiGraph) -> None:
    keys = {k for _, _, k in g.edges(keys=True)}
    assert {"reportedBy", "correspondent", "mentions", "worksFor", "organizes"} <= keys
    onto_terms = {"worksFor", "memberOf", "unionOf", "subOrganizationOf", "organizes",
                  "participatesIn", "heldAt", "locatedIn", "manages", "founded",
                  "reportedBy", "correspondent", "mentions"}
    assert keys <= onto_terms
    assert all(d["relation"] == k for _, _, k, d in g.edges(keys=True, data=True))


def test_edges_match_rdf_direct_triples(g: nx.MultiDiGraph) -> None:
    rdf = to_rdf(sample_graph())
    triples = {(readable_key(str(s)[len(DATA_NS):]), str(p)[len(str(UG)):], readable_key(str(o)[len(DATA_NS):]))
               for s, p, o in rdf if str(p).startswith(str(UG)) and isinstance(o, URIRef)
               and str(s).startswith(DATA_NS) and not str(s).startswith(DATA_NS + "statement/")
               and not str(s).startswith(DATA_NS + "evidence/")}
    assert triples == {(u, k, v) for u, v, k in g.edges(keys=True)}


def test_mentions_edges_count_occurrences(g: nx.MultiDiGraph) -> None:
    a1 = sample_graph().articles[0].id
    assert g.edges[a1, entity_id("Federation", FEDERATION), "mentions"]["count"] == 3


def test_read_and_inferred_relation_is_one_edge() -> None:
    kg = sample_graph()
    kg.relations.append(Relation(PERSON, "Person", "memberOf", UNION, "TradeUnion",
                                 [Evidence(kg.articles[0].id, "王建国是工会会员", 0, 8, "member-rule")]))
    g = to_networkx(kg)
    edges = g.get_edge_data(entity_id("Person", PERSON), entity_id("TradeUnion", UNION))
    data = edges["memberOf"]
    assert data["inferred"] is False
    assert data["evidence"][0] == "王建国是工会会员" and len(data["evidence"]) == 2
    assert data["rules"] == ["member-rule", "infer:worksFor+unionOf"]


# ---------------------------------------------------------------- readable node keys (#16)


def test_node_keys_are_readable_with_the_graph_json_id_beside() -> None:
    from uniongraph import build

    kg = build([Path(__file__).resolve().parents[2] / "examples" / "seed-page.md"])
    g = to_networkx(kg)
    node = g.nodes["org/昌平区总工会"]
    assert node["label"] == "昌平区总工会" and node["type"] == "Federation"
    assert kg.entities[node["id"]].name == "昌平区总工会" and node["iri"] == DATA_NS + node["id"]
    assert "%" not in "".join(g.nodes)
    assert {d["id"] for _, d in g.nodes(data=True)} == set(to_networkx(kg, keys="id").nodes)
    assert g.number_of_edges() == to_networkx(kg, keys="id").number_of_edges()


def test_ids_that_read_the_same_keep_their_own_ids() -> None:
    from uniongraph.model import Entity, KnowledgeGraph

    kg = KnowledgeGraph(entities={"org/a%2Fb": Entity("org/a%2Fb", "a/b", "Organization"),
                                  "org/a/b": Entity("org/a/b", "a/b", "Organization")})
    g = to_networkx(kg)
    assert len(g) == 2 and set(g.nodes) == {"org/a/b", "org/a%2Fb"}
    assert {d["id"] for _, d in g.nodes(data=True)} == {"org/a%2Fb", "org/a/b"}
    assert g.nodes["org/a/b"]["id"] == "org/a/b"


def test_keys_must_be_known() -> None:
    with pytest.raises(ValueError, match="keys"):
        to_networkx(sample_graph(), keys="iri")


def test_the_html_view_draws_the_relation_edges_networkx_has() -> None:
    """One merge of relations into edges (:func:`uniongraph.graph.edges.relation_edges`) serves
    both: the view's edges are the NetworkX graph's edges between entities, data and all."""
    from uniongraph.readwrite.html import _ViewGraph

    kg = sample_graph()
    kg.relations.append(Relation(PERSON, "Person", "memberOf", UNION, "TradeUnion",
                                 [Evidence(kg.articles[0].id, "王建国是工会会员", 0, 8, "member-rule")]))
    kg.inferred_relations.append(Relation(PERSON, "Person", "memberOf", UNION, "TradeUnion",
                                          [Evidence(kg.articles[0].id, "又一句。", 0, 4, "again")], inferred=True))
    by_id = to_networkx(kg, keys="id")
    articles = {a.id for a in kg.articles}
    expected = {(u, v, k): d for u, v, k, d in by_id.edges(keys=True, data=True) if u not in articles}
    assert _ViewGraph(kg).edge_data == expected
    assert any(d["rules"][-1:] == ["again"] and not d["inferred"] for d in expected.values())
