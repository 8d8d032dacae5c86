"""SHACL validation: a clean graph conforms; each kind of broken graph is reported."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest
from kgfixture import COMPANY, FEDERATION, PERSON, PLACE, sample_graph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from uniongraph.cli import main
from uniongraph.graph.rdf import node_iri, to_rdf
from uniongraph.graph.vocabulary import UG
from uniongraph.ids import entity_id
from uniongraph.validate import shapes_path, validate, validate_graph

pytestmark = pytest.mark.skipif(not shapes_path().is_file(), reason="not a source checkout")

FED = node_iri(entity_id("Federation", FEDERATION))
PER = node_iri(entity_id("Person", PERSON))
PLA = node_iri(entity_id("Place", PLACE))
COM = node_iri(entity_id("Company", COMPANY))


def _first(g: Graph, cls: URIRef) -> URIRef:
    return sorted(g.subjects(RDF.type, cls))[0]  # type: ignore[return-value]


def two_types(g: Graph) -> None:
    g.add((FED, RDF.type, UG.TradeUnion))


def no_label(g: Graph) -> None:
    g.remove((PER, RDFS.label, None))
    g.add((PER, RDFS.label, Literal("王建国", lang="en")))


def two_labels(g: Graph) -> None:
    g.add((FED, RDFS.label, Literal("市总工会", lang="zh")))


def works_for_a_place(g: Graph) -> None:
    g.add((PER, UG.worksFor, PLA))


def held_at_a_person(g: Graph) -> None:  # a company may be a venue (the guideline), a person not
    event = _first(g, UG.Event)
    g.add((event, UG.heldAt, _first(g, UG.Person)))


def statement_without_evidence(g: Graph) -> None:
    st = _first(g, RDF.Statement)
    g.remove((st, UG.evidence, None))


def statement_without_triple(g: Graph) -> None:
    st = _first(g, RDF.Statement)
    g.remove((g.value(st, RDF.subject), g.value(st, RDF.predicate), g.value(st, RDF.object)))


def evidence_offsets_wrong(g: Graph) -> None:
    ev = _first(g, UG.Evidence)
    end = g.value(ev, UG.sentenceEnd)
    g.set((ev, UG.sentenceEnd, Literal(int(end) + 3, datatype=XSD.integer)))


def evidence_without_rule(g: Graph) -> None:
    ev = _first(g, UG.Evidence)
    g.remove((ev, UG.rule, None))


@pytest.mark.parametrize("breaks,message", [
    (two_types, "exactly one ug: type"),
    (no_label, "one non-empty rdfs:label in @zh"),
    (two_labels, "one non-empty rdfs:label in @zh"),
    (works_for_a_place, "not an organisation"),
    (held_at_a_person, None),
    (statement_without_evidence, "a statement has evidence"),
    (statement_without_triple, "triple is not in the graph"),
    (evidence_offsets_wrong, "offsets do not fit the sentence"),
    (evidence_without_rule, "names the rule"),
])
def test_broken_graphs_are_reported(breaks: Callable[[Graph], None], message: str | None) -> None:
    g = to_rdf(sample_graph())
    assert validate_graph(g).conforms
    breaks(g)
    report = validate_graph(g)
    assert not report.conforms
    if message:
        assert any(message in v.message for v in report.violations), report.text()


def test_clean_graph_conforms_and_a_latin_label_is_only_a_warning() -> None:
    kg = sample_graph()
    assert validate(kg).conforms
    g = to_rdf(kg)
    g.set((COM, RDFS.label, Literal("IBM", lang="zh")))
    report = validate_graph(g)
    assert report.conforms
    assert [w.message for w in report.warnings] == ["the label holds no Chinese character"]
    assert report.warnings[0].line().endswith("(IBM)") and "蓝天" in report.warnings[0].line()


def test_validate_command_exit_status(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    from uniongraph.readwrite.turtle import write_turtle

    g = to_rdf(sample_graph())
    write_turtle(g, tmp_path / "ok.ttl")
    assert main(["validate", str(tmp_path / "ok.ttl")]) == 0
    assert "conforms: 0 violations" in capsys.readouterr().out
    works_for_a_place(g)
    write_turtle(g, tmp_path / "bad.ttl")
    assert main(["validate", str(tmp_path / "bad.ttl"), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["conforms"] is False and data["violations"] >= 1
    assert str(UG.worksFor) in {r["path"] for r in data["results"]}
