"""Superclass types (#16): every node is written with the classes the ontology puts above its own."""

from __future__ import annotations

from collections import defaultdict

import pytest
from kgfixture import sample_graph
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import FOAF, OWL, PROV, RDFS

from uniongraph import schema
from uniongraph.graph.classes import add_superclass_types, ontology_path, own_type, superclasses
from uniongraph.graph.from_rdf import knowledge_graph_from_rdf
from uniongraph.graph.rdf import to_rdf
from uniongraph.graph.vocabulary import ORG, SCHEMA, UG
from uniongraph.validate import validate_graph


def test_the_closure_of_the_ontology() -> None:
    assert set(superclasses("Federation")) == {UG.Organization, ORG.FormalOrganization, ORG.Organization,
                                               FOAF.Organization, SCHEMA.Organization, PROV.Agent}
    assert set(superclasses("TradeUnion")) >= {UG.Organization, SCHEMA.WorkersUnion}
    assert set(superclasses("Person")) == {FOAF.Person, SCHEMA.Person, PROV.Agent}
    assert set(superclasses("Evidence")) == {PROV.Entity}
    assert UG.Federation not in superclasses("Federation")


def test_every_class_of_the_ontology_gets_what_rdfs_would_infer() -> None:
    onto = Graph().parse(ontology_path(), format="turtle")
    for cls in set(onto.subjects(RDF.type, OWL.Class)):
        if not isinstance(cls, URIRef) or not str(cls).startswith(str(UG)):
            continue
        inferred = set(onto.transitive_objects(cls, RDFS.subClassOf)) - {cls}
        assert inferred <= set(superclasses(str(cls)[len(str(UG)):])), cls


def test_every_node_carries_its_superclasses() -> None:
    g = to_rdf(sample_graph())
    types: dict[object, set[object]] = defaultdict(set)
    for s, t in g.subject_objects(RDF.type):
        types[s].add(t)
    assert types
    for node, found in types.items():
        for t in list(found):
            if str(t).startswith(str(UG)):
                assert set(superclasses(str(t)[len(str(UG)):])) <= found, node


def test_own_type_is_the_most_specific() -> None:
    assert own_type({"Organization", "Federation"}) == "Federation"
    assert own_type({"Organization"}) == "Organization"
    assert own_type([]) is None


def test_a_graph_with_superclass_types_reads_back_the_same_types() -> None:
    kg = sample_graph()
    back = knowledge_graph_from_rdf(to_rdf(kg))
    assert {e.id: e.type for e in back.entities.values()} == {e.id: e.type for e in kg.entities.values()}


def test_add_superclass_types_completes_an_older_graph() -> None:
    full = to_rdf(sample_graph())
    old = Graph()
    for s, p, o in full:
        if p == RDF.type and not (str(o).startswith(str(UG)) or o == RDF.Statement):
            continue
        if p == RDF.type and o == UG.Organization and len(set(full.objects(s, RDF.type))) > 5:
            continue
        old.add((s, p, o))
    assert len(old) < len(full)
    assert set(add_superclass_types(old)) == set(full)


def test_the_shapes_accept_superclass_types_and_still_refuse_a_second_type() -> None:
    g = to_rdf(sample_graph())
    assert validate_graph(g).conforms
    fed = next(iter(g.subjects(RDF.type, UG.Federation)))
    g.add((fed, RDF.type, UG.Company))
    report = validate_graph(g)
    assert not report.conforms and any("exactly one ug: type" in v.message for v in report.violations)
    g.remove((fed, RDF.type, UG.Company))
    g.add((fed, RDF.type, UG.Nothing))
    report = validate_graph(g)
    assert not report.conforms and any("exactly one ug: type" in v.message for v in report.violations)


@pytest.fixture()
def toy_type():  # type: ignore[no-untyped-def]
    toy = schema.EntityType("Guild", "Organization", "org", "行会", "guild", "ORG", 2, "#000000", "dot", "●")
    schema.register_entity_type(toy)
    try:
        yield toy
    finally:
        schema.unregister_entity_type("Guild")


def test_a_registered_type_gets_its_parent_and_the_parent_s_superclasses(toy_type) -> None:  # type: ignore[no-untyped-def]
    assert set(superclasses("Guild")) == {UG.Organization, *superclasses("Organization")}


# The ontology's table is read back from a per-user cache file (no Turtle parsed at every build).

@pytest.fixture
def class_cache(tmp_path, monkeypatch: pytest.MonkeyPatch):
    import tempfile

    from uniongraph.graph import classes
    from uniongraph.readwrite import cache_files

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    classes._declared.cache_clear()
    yield classes._cache_file(ontology_path())
    classes._declared.cache_clear()


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    from uniongraph.graph import classes

    calls: list[object] = []
    parse = classes._parse_declared
    monkeypatch.setattr(classes, "_parse_declared", lambda path: calls.append(path) or parse(path))
    return calls


def test_the_ontology_table_is_parsed_once_then_read_back(class_cache, monkeypatch: pytest.MonkeyPatch) -> None:
    from uniongraph.graph import classes

    parsed = {str(k): frozenset(map(str, v)) for k, v in classes._parse_declared(ontology_path()).items()}
    calls = _parses(monkeypatch)
    assert classes._declared() == parsed and len(calls) == 1 and class_cache.is_file()
    classes._declared.cache_clear()
    assert classes._declared() == parsed and len(calls) == 1  # the cache, not the Turtle


def test_a_cache_of_another_ontology_or_damaged_is_parsed_again(class_cache, monkeypatch: pytest.MonkeyPatch) -> None:
    from uniongraph.graph import classes
    from uniongraph.readwrite.cache_files import write_checked

    parsed = {str(k): frozenset(map(str, v)) for k, v in classes._parse_declared(ontology_path()).items()}
    calls = _parses(monkeypatch)
    write_checked(class_cache, (classes._CACHE_FORMAT, str(ontology_path()), "0" * 40), {"x": ["y"]})
    assert classes._declared() == parsed and len(calls) == 1
    class_cache.write_bytes(class_cache.read_bytes()[:-5])  # truncated
    classes._declared.cache_clear()
    assert classes._declared() == parsed and len(calls) == 2


@pytest.mark.parametrize("how", ["a symbolic link to a good cache", "writable by others"])
def test_an_untrusted_class_cache_is_not_read(class_cache, monkeypatch: pytest.MonkeyPatch, how: str) -> None:
    from untrusted_cache import make_untrusted

    from uniongraph.graph import classes

    parsed = classes._declared()
    classes._declared.cache_clear()
    make_untrusted(class_cache, how)
    calls = _parses(monkeypatch)
    assert classes._declared() == parsed and len(calls) == 1
