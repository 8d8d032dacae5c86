"""JSON writer/reader: exact round trip, deterministic bytes, the contract's shape, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kgfixture import HOSTILE_EVENT, sample_graph

from uniongraph.errors import GraphFileError, OutputError
from uniongraph.ids import entity_id
from uniongraph.model import Entity, KnowledgeGraph
from uniongraph.readwrite.json_graph import SCHEMA, generate_json, parse_json, read_json, write_json

GOLD = Path(__file__).resolve().parents[2] / "../shared/data/gold/seed-page.json"


def canonical(kg: KnowledgeGraph) -> KnowledgeGraph:
    """What the JSON keeps: no per-article working lists, relations in key order."""
    for art in kg.articles:
        art.sentences, art.mentions, art.relations = [], [], []
    kg.relations.sort(key=lambda r: r.key)
    kg.inferred_relations.sort(key=lambda r: r.key)
    return kg


def test_round_trip_is_exact(tmp_path: Path) -> None:
    kg = sample_graph()
    kg.failures.append("tests/data/broken.md: no articles")
    back = read_json(write_json(kg, tmp_path / "graph.json"))
    assert back == canonical(kg)
    assert all(r.inferred for r in back.inferred_relations)
    assert back.entities[entity_id("Event", HOSTILE_EVENT)].name == HOSTILE_EVENT


def test_bytes_identical_and_stable_through_a_round_trip(tmp_path: Path) -> None:
    a = write_json(sample_graph(), tmp_path / "a.json").read_bytes()
    b = write_json(sample_graph(), tmp_path / "b.json").read_bytes()
    c = write_json(read_json(tmp_path / "a.json"), tmp_path / "c.json").read_bytes()
    assert a == b == c


def test_shape_follows_the_contract() -> None:
    text = generate_json(sample_graph())
    assert "王建国" in text and "\n \"articles\"" in text  # raw UTF-8, one key per line
    # one record per line: every line inside a list is a whole JSON object
    records = [line.strip().rstrip(",") for line in text.splitlines() if line.startswith("  ")]
    assert records and all(isinstance(json.loads(r), dict) for r in records)
    assert len(records) == sum(len(v) for v in json.loads(text).values() if isinstance(v, list))
    data = json.loads(text)
    assert data["schema"] == SCHEMA
    art = data["articles"][0]
    assert {"id", "title", "source", "line", "kicker", "reporters", "correspondents", "bylines",
            "metadata", "text"} <= set(art)
    assert art["reporters"] == ["张晶"] and art["correspondents"] == ["李🎉明"]
    assert list(art["metadata"]) == sorted(art["metadata"])
    ent = next(e for e in data["entities"] if e["name"] == "北京市总工会")
    assert set(ent) == {"id", "name", "type", "aliases", "attributes", "mentions", "resolutions"}
    assert ent["resolutions"][0] == {"alias": "市总工会", "reason": "regional-short-form",
                                     "article": "article/0123456789ab-1"}
    ids = [e["id"] for e in data["entities"]]
    assert ids == sorted(ids)
    rel = data["relations"][0]
    assert set(rel) == {"head", "head_type", "relation", "tail", "tail_type", "evidence"}
    ev = rel["evidence"][0]
    assert set(ev) == {"article", "sentence", "start", "end", "rule",
                       "head_start", "head_end", "tail_start", "tail_end"}
    keys = [(r["head_type"], r["head"], r["relation"], r["tail_type"], r["tail"]) for r in data["relations"]]
    assert keys == sorted(keys)
    assert [r["relation"] for r in data["inferred_relations"]] == ["memberOf"]


def test_offsets_point_into_article_text() -> None:
    data = json.loads(generate_json(sample_graph()))
    texts = {a["id"]: a["text"] for a in data["articles"]}
    for ent in data["entities"]:
        for m in ent["mentions"]:
            assert texts[m["article"]][m["start"]:m["end"]] == m["text"]
    for rel in data["relations"]:
        for ev in rel["evidence"]:
            text = texts[ev["article"]]
            assert text[ev["start"]:ev["end"]] == ev["sentence"]
            assert text[ev["head_start"]:ev["head_end"]] == rel["head"]


@pytest.mark.skipif(not GOLD.exists(), reason="shared gold data not checked out next to the repo")
def test_has_the_fields_gold_files_use() -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    ours = json.loads(generate_json(sample_graph()))
    for section in ("articles", "entities", "relations"):
        gold_keys = set().union(*(item.keys() for item in gold[section]))
        assert gold_keys - {"evidence", "attributes"} <= set(ours[section][0]), section


@pytest.mark.parametrize("content,expect", [
    ('{"schema": "uniongraph-graph/1",\n "articles": [\n  {"id": 1,}\n ]}', ":3: invalid JSON"),
    ('{"schema": "uniongraph-gold/1", "entities": []}', "expected 'uniongraph-graph/1'"),
    ('[1, 2]', "$: expected an object"),
    ('{"schema": "uniongraph-graph/1", "entities": [{"id": "x", "type": "Person"}]}',
     "$.entities[0]: missing 'name'"),
    ('{"schema": "uniongraph-graph/1", "entities": [{"id": "x", "name": 3, "type": "Person"}]}',
     "$.entities[0].name: expected str, got int"),
    ('{"schema": "uniongraph-graph/1", "relations": [{"head": "a", "head_type": "Person", '
     '"relation": "worksFor", "tail": "b", "tail_type": "Company", "evidence": [{"article": "x", '
     '"sentence": "s", "start": true, "end": 2}]}]}', "$.relations[0].evidence[0].start: expected int"),
    ('{"schema": "uniongraph-graph/1", "entities": [{"id": "x", "name": "甲", "type": "Person"},'
     ' {"id": "x", "name": "乙", "type": "Person"}]}', "duplicate id"),
])
def test_read_errors_name_the_file(tmp_path: Path, content: str, expect: str) -> None:
    path = tmp_path / "graph.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(GraphFileError) as info:
        read_json(path)
    msg = str(info.value)
    assert str(path) in msg and expect in msg and "\n" not in msg


def test_read_errors_for_missing_and_non_utf8_files(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError, match="cannot read"):
        read_json(tmp_path / "missing.json")
    (tmp_path / "gbk.json").write_bytes("{\"name\": \"工会\"}".encode("gbk"))
    with pytest.raises(GraphFileError, match="not UTF-8"):
        read_json(tmp_path / "gbk.json")


def test_minimal_file_reads_with_defaults() -> None:
    kg = parse_json('{"schema": "uniongraph-graph/1", "entities": '
                    '[{"id": "person/x", "name": "刘大隆", "type": "Person"}]}')
    assert kg.entities["person/x"] == Entity("person/x", "刘大隆", "Person")


@settings(max_examples=40, deadline=None)
@given(name=st.text(min_size=1, max_size=12), alias=st.text(max_size=6),
       age=st.integers(min_value=0, max_value=120))
def test_any_name_round_trips(name: str, alias: str, age: int) -> None:
    ent = Entity(id=entity_id("Person", name), name=name, type="Person", aliases={alias},
                 attributes={"age": age, "note": [name, None, 1.5]})
    kg = KnowledgeGraph(entities={ent.id: ent})
    assert parse_json(generate_json(kg)) == kg


@pytest.mark.parametrize("value", [float("nan"), object()])
def test_unwritable_attribute_is_an_output_error(tmp_path: Path, value: object) -> None:
    kg = sample_graph()
    next(iter(kg.entities.values())).attributes["bad"] = value
    with pytest.raises(OutputError, match="cannot write as JSON"):
        write_json(kg, tmp_path / "graph.json")
    assert not list(tmp_path.iterdir())
