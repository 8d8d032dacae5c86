"""The Cypher script: literals, statement splitting, dialects, determinism; the property-graph view."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgfixture import sample_graph

from uniongraph.export.cypher import (
    adapt_statement,
    generate_cypher,
    literal,
    name,
    read_cypher,
    schema_statements,
    split_statements,
    write_cypher,
)
from uniongraph.export.property_graph import PropType, prop_type, to_property_graph
from uniongraph.model import Entity, KnowledgeGraph


@pytest.mark.parametrize("value,expected", [
    ("北京市总工会", '"北京市总工会"'),
    ('他说"好"', '"他说\\"好\\""'),
    ("a\\b", '"a\\\\b"'),
    ("新华\n街道\r\t", '"新华\\n街道\\r\\t"'),
    ("李🎉明，（全角）", '"李🎉明，（全角）"'),
    ("nul\x00", '"nul\\u0000"'),
    ("ctl\x01", '"ctl\x01"'),
    (38, "38"), (-1, "-1"), (True, "true"), (None, "null"), (1.5, "1.5"),
    (["a", 1], '["a", 1]'),
    ({"name": "x", "odd key": 1}, '{name: "x", `odd key`: 1}'),
])
def test_literal(value: object, expected: str) -> None:
    assert literal(value) == expected


def test_non_finite_floats_have_no_literal() -> None:
    with pytest.raises(ValueError):
        literal(float("nan"))


@pytest.mark.parametrize("text,expected", [("worksFor", "worksFor"), ("has space", "`has space`"),
                                           ("a`b", "`a``b`"), ("1st", "`1st`")])
def test_name(text: str, expected: str) -> None:
    assert name(text) == expected


def test_split_statements_respects_strings_and_comments() -> None:
    script = ('// a comment; not a statement\nRETURN "a;b" AS x;\nRETURN \'c\\\';d\';\n'
              "MATCH (n:`we;ird`) RETURN n; RETURN 1")
    assert split_statements(script) == ['RETURN "a;b" AS x', "RETURN 'c\\';d'", "MATCH (n:`we;ird`) RETURN n",
                                        "RETURN 1"]


def test_script_splits_into_schema_then_nodes_then_edges(tmp_path: Path) -> None:
    kg = sample_graph()
    statements = read_cypher(write_cypher(kg, tmp_path / "g.cypher"))
    assert statements[:4] == schema_statements("neo4j")
    kinds = ["node" if "MERGE (n:" in s else "edge" for s in statements[4:]]
    assert kinds == sorted(kinds, key=lambda k: k == "edge")
    pg = to_property_graph(kg)
    assert sum(s.count("\n  {id: ") for s in statements) == len(pg.nodes)
    assert sum(s.count("\n  {s: ") for s in statements) == len(pg.edges)


def test_small_batches_split_the_rows() -> None:
    kg = sample_graph()
    assert generate_cypher(kg, batch_size=1).count("UNWIND") == (
        len(to_property_graph(kg).nodes) + len(to_property_graph(kg).edges))


def test_script_is_deterministic() -> None:
    assert generate_cypher(sample_graph()) == generate_cypher(sample_graph())


@pytest.mark.parametrize("dialect,start", [("neo4j", "CREATE CONSTRAINT ug_entity_id IF NOT EXISTS"),
                                           ("memgraph", "CREATE CONSTRAINT ON (n:Entity) ASSERT"),
                                           ("falkordb", "CREATE INDEX FOR (n:Entity) ON (n.id)")])
def test_schema_dialects(dialect: str, start: str) -> None:
    first = schema_statements(dialect)[0]
    assert first.startswith(start)
    assert adapt_statement(schema_statements("neo4j")[0], dialect) == first


def test_adapt_leaves_data_statements_alone() -> None:
    stmt = 'UNWIND [{id: "x"}] AS row MERGE (n:Entity {id: row.id})'
    assert adapt_statement(stmt, "falkordb") == stmt
    with pytest.raises(ValueError):
        schema_statements("sqlite")


def test_property_graph_shape() -> None:
    kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation", {"市总工会"},
                                                  attributes={"age": 3})})
    pg = to_property_graph(kg)
    node = pg.nodes["org/x"]
    assert (node.label, node.type, node.props["name"], node.props["aliases"], node.props["age"]) == (
        "Entity", "Federation", "北京市总工会", ["市总工会"], 3)


def test_statements_and_evidence_mirror_rdf() -> None:
    kg = sample_graph()
    pg = to_property_graph(kg)
    statements = [n for n in pg.nodes.values() if n.label == "Statement"]
    assert len(statements) == len(kg.relations) + len(kg.inferred_relations)
    types = {e.type for e in pg.edges}
    assert {"subject", "object", "hasEvidence", "fromArticle", "mentions", "reportedBy"} <= types
    for edge in pg.edges:
        assert edge.props["relation"] == edge.type
        if edge.type in ("worksFor", "organizes"):
            assert edge.props["inferred"] is False


@pytest.mark.parametrize("values,expected", [
    ([1, 2], PropType("long")), ([1, 2.5], PropType("double")), ([True], PropType("boolean")),
    (["a", 1], PropType("string")), ([["a"], "b"], PropType("string", True)), ([[1], [2]], PropType("long", True)),
])
def test_prop_type(values: list, expected: PropType) -> None:
    assert prop_type(values) == expected
