"""A build's graph.ttl written as bytes (turtle_bytes): the same bytes as the text
generate_turtle gives, encoded, for the plain writer's graphs, rdflib's, and a lone surrogate."""

from __future__ import annotations

import pytest
from kgfixture import sample_graph

from uniongraph.model import Entity, KnowledgeGraph
from uniongraph.readwrite import outputs, turtle_plain
from uniongraph.readwrite.turtle import generate_turtle, turtle_bytes

from test_turtle_writer import _awkward_graph  # noqa: E402 (tests/readwrite is on sys.path)


def test_the_bytes_are_the_text_encoded() -> None:
    lone = KnowledgeGraph(entities={"org/x": Entity("org/x", "河滨区\ud800总工会", "Federation")})
    for kg in (sample_graph(), _awkward_graph(), KnowledgeGraph(), lone):
        assert turtle_bytes(kg) == generate_turtle(kg).encode("utf-8")
    assert b"\xe5\x8c\xba?\xe6\x80\xbb" in turtle_bytes(lone)  # (区?总: replaced as rdflib does)


def test_what_the_plain_writer_leaves_to_rdflib_is_rdflibs_text_encoded(monkeypatch: pytest.MonkeyPatch) -> None:
    kg = sample_graph()
    expected = generate_turtle(kg).encode("utf-8")
    monkeypatch.setattr(turtle_plain, "plain_turtle_bytes", lambda kg: None)
    assert turtle_bytes(kg) == expected


def test_a_build_writes_those_bytes(tmp_path) -> None:  # type: ignore[no-untyped-def]
    kg = sample_graph()
    paths = outputs.write_outputs(kg, tmp_path)
    assert paths["ttl"].read_bytes() == generate_turtle(kg).encode("utf-8")
