"""The ontology file: exact contract terms, labels in two languages, alignments, and that it
declares every ``ug:`` term the RDF writer uses."""

from __future__ import annotations

from pathlib import Path

import pytest
from kgfixture import sample_graph
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from uniongraph.graph.rdf import to_rdf
from uniongraph.graph.vocabulary import RELATION_LABELS, TYPE_LABELS, UG

ONTOLOGY = Path(__file__).resolve().parents[2] / "ontology" / "uniongraph.ttl"

CLASSES = ["Federation", "TradeUnion", "Company", "ServiceTeam", "Organization",
           "Person", "Place", "Event", "Article"]
OBJECT_PROPERTIES = ["worksFor", "memberOf", "unionOf", "subOrganizationOf", "organizes",
                     "participatesIn", "heldAt", "locatedIn", "manages", "founded",
                     "reportedBy", "mentions"]
EXTERNAL = ("http://www.w3.org/ns/org#", "https://schema.org/", "http://xmlns.com/foaf/0.1/",
            "http://www.w3.org/ns/prov#")


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _ug_terms(g: Graph) -> set[URIRef]:
    return {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and s.startswith(str(UG))}


def test_is_an_owl_ontology(onto: Graph) -> None:
    assert (URIRef("https://w3id.org/uniongraph/ontology"), RDF.type, OWL.Ontology) in onto


@pytest.mark.parametrize("name", CLASSES)
def test_contract_classes_exist(onto: Graph, name: str) -> None:
    assert (UG[name], RDF.type, OWL.Class) in onto


@pytest.mark.parametrize("name", ["Federation", "TradeUnion", "Company", "ServiceTeam"])
def test_organisation_subclasses(onto: Graph, name: str) -> None:
    assert (UG[name], RDFS.subClassOf, UG.Organization) in onto


@pytest.mark.parametrize("name", ["Person", "Place", "Event", "Article"])
def test_non_organisations_are_not_organisations(onto: Graph, name: str) -> None:
    assert (UG[name], RDFS.subClassOf, UG.Organization) not in onto


@pytest.mark.parametrize("name", OBJECT_PROPERTIES)
def test_contract_object_properties(onto: Graph, name: str) -> None:
    assert (UG[name], RDF.type, OWL.ObjectProperty) in onto
    assert onto.value(UG[name], RDFS.domain) is not None


def test_reported_by_and_mentions_go_from_articles(onto: Graph) -> None:
    assert onto.value(UG.reportedBy, RDFS.domain) == UG.Article
    assert onto.value(UG.reportedBy, RDFS.range) == UG.Person
    assert onto.value(UG.mentions, RDFS.domain) == UG.Article


def test_every_term_has_zh_and_en_labels_and_comments(onto: Graph) -> None:
    terms = _ug_terms(onto)
    assert len(terms) > len(CLASSES) + len(OBJECT_PROPERTIES)
    for term in terms:
        labels = {lit.language for lit in onto.objects(term, RDFS.label)}
        comments = {lit.language for lit in onto.objects(term, RDFS.comment)}
        assert {"zh", "en"} <= labels, term
        assert {"zh", "en"} <= comments, term


@pytest.mark.parametrize("name", CLASSES + ["Evidence"])
def test_classes_are_aligned_to_standard_vocabularies(onto: Graph, name: str) -> None:
    targets = set(onto.objects(UG[name], RDFS.subClassOf)) | set(onto.objects(UG[name], OWL.equivalentClass))
    assert any(str(t).startswith(EXTERNAL) for t in targets), name


def test_properties_are_aligned_somewhere(onto: Graph) -> None:
    aligned = {s for s, o in onto.subject_objects(RDFS.subPropertyOf) if str(o).startswith(EXTERNAL)}
    aligned |= {s for s, o in onto.subject_objects(OWL.inverseOf) if str(o).startswith(EXTERNAL)}
    assert {UG.worksFor, UG.memberOf, UG.subOrganizationOf, UG.reportedBy, UG.mentions} <= aligned
    assert (None, OWL.equivalentClass, None) in onto


@pytest.mark.parametrize("name", sorted(TYPE_LABELS))
def test_type_labels_match_vocabulary(onto: Graph, name: str) -> None:
    zh, en = TYPE_LABELS[name]
    assert Literal(zh, lang="zh") in set(onto.objects(UG[name], RDFS.label))
    assert Literal(en, lang="en") in set(onto.objects(UG[name], RDFS.label))


@pytest.mark.parametrize("name", sorted(RELATION_LABELS))
def test_relation_labels_match_vocabulary(onto: Graph, name: str) -> None:
    zh, en = RELATION_LABELS[name]
    assert Literal(zh, lang="zh") in set(onto.objects(UG[name], RDFS.label))
    assert Literal(en, lang="en") in set(onto.objects(UG[name], RDFS.label))


def test_declares_every_term_the_writer_uses(onto: Graph) -> None:
    data = to_rdf(sample_graph())
    used = {p for p in data.predicates() if p.startswith(str(UG))}
    used |= {o for o in data.objects(None, RDF.type) if o.startswith(str(UG))}
    assert used - _ug_terms(onto) == set()


def test_integer_properties_have_integer_range(onto: Graph) -> None:
    data = to_rdf(sample_graph())
    for p in {p for p, o in data.predicate_objects() if isinstance(o, Literal) and p.startswith(str(UG))}:
        datatypes = {o.datatype for o in data.objects(None, p)}
        rng = onto.value(p, RDFS.range)
        if datatypes == {URIRef("http://www.w3.org/2001/XMLSchema#integer")}:
            assert rng == URIRef("http://www.w3.org/2001/XMLSchema#integer"), p
