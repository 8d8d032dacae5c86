"""RDF shape of ``to_rdf`` (checked with SPARQL), Turtle round trips and atomic writing."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from kgfixture import (
    COMPANY,
    FEDERATION,
    HOSTILE_COMPANY,
    HOSTILE_EVENT,
    HOSTILE_PERSON,
    HOSTILE_PLACE,
    PERSON,
    UNION,
    sample_graph,
)
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF, RDFS, SKOS, XSD

from uniongraph.errors import GraphFileError, OutputError
from uniongraph.graph.rdf import article_iri, to_rdf
from uniongraph.graph.vocabulary import PREFIXES, UG
from uniongraph.ids import entity_id, entity_iri
from uniongraph.model import Byline, Entity, Evidence, KnowledgeGraph, Relation
from uniongraph.readwrite.turtle import generate_turtle, read_turtle, write_turtle

INITNS = dict(PREFIXES)


@pytest.fixture(scope="module")
def g() -> Graph:
    return to_rdf(sample_graph())


def ask(g: Graph, q: str) -> bool:
    return bool(g.query("ASK { " + q + " }", initNs=INITNS).askAnswer)


def select(g: Graph, q: str) -> list[tuple]:
    return [tuple(r) for r in g.query(q, initNs=INITNS)]


def iri(type_: str, name: str) -> URIRef:
    return URIRef(entity_iri(entity_id(type_, name)))


@pytest.mark.parametrize("type_,name", [
    ("Federation", FEDERATION), ("TradeUnion", UNION), ("Company", COMPANY),
    ("ServiceTeam", "和美志愿服务队"), ("Organization", "北京市工会干部学院"), ("Person", PERSON),
    ("Place", "回天地区"), ("Event", "迎新春送温暖活动"),
    ("Event", HOSTILE_EVENT), ("Company", HOSTILE_COMPANY), ("Place", HOSTILE_PLACE),
])
def test_entity_typed_and_labelled_in_chinese(g: Graph, type_: str, name: str) -> None:
    node = iri(type_, name)
    assert (node, RDF.type, UG[type_]) in g
    assert (node, RDFS.label, Literal(name, lang="zh")) in g
    assert len(list(g.objects(node, RDFS.label))) == 1


def test_aliases_are_zh_alt_labels(g: Graph) -> None:
    assert set(g.objects(iri("Federation", FEDERATION), SKOS.altLabel)) == {Literal("市总工会", lang="zh")}
    assert not list(g.objects(iri("Company", COMPANY), SKOS.altLabel))


def test_attributes(g: Graph) -> None:
    person = iri("Person", PERSON)
    assert g.value(person, UG.age) == Literal(45, datatype=XSD.integer)
    assert g.value(person, UG.role) == Literal("工会主席", lang="zh")
    assert g.value(iri("Federation", FEDERATION), UG.mentionCount) == Literal(5, datatype=XSD.integer)


def test_unknown_attribute_kept_as_name_value() -> None:
    kg = sample_graph()
    kg.entities[entity_id("Person", PERSON)].attributes["gender"] = "男"
    g = to_rdf(kg)
    assert Literal("gender=男") in set(g.objects(iri("Person", PERSON), UG.attribute))


def test_articles(g: Graph) -> None:
    rows = select(g, """SELECT ?a ?h ?src ?line ?text WHERE {
        ?a a ug:Article ; ug:headline ?h ; ug:sourceFile ?src ; ug:line ?line ; ug:text ?text }
        ORDER BY ?line""")
    assert [str(r[1]) for r in rows] == ["北京市总工会启动迎新春送温暖活动", "志愿服务队走进社区"]
    assert rows[0][0] == article_iri(sample_graph().articles[0].id)
    assert rows[0][1].language == "zh" and rows[0][3].toPython() == 3
    assert str(rows[0][4]).startswith(str(rows[0][1]) + "\n")


def test_reporters_are_people_even_without_an_entity(g: Graph) -> None:
    rows = select(g, """SELECT ?name WHERE { ?a ug:reportedBy ?p . ?p a ug:Person ; rdfs:label ?name }
                        ORDER BY ?name""")
    assert [str(r[0]) for r in rows] == ["周美玉", "宗晓畅", "张晶"]
    # 张晶 is also an entity: the byline points at that same node.
    assert (article_iri(sample_graph().articles[0].id), UG.reportedBy, iri("Person", "张晶")) in g
    assert ask(g, f'?a ug:correspondent ?p . ?p rdfs:label "{HOSTILE_PERSON}"@zh ; a ug:Person')


def test_unknown_byline_role_is_not_a_correspondent() -> None:
    kg = sample_graph()
    kg.articles[1].bylines.append(Byline("editor", "赵编辑", 0, 0))
    g = to_rdf(kg)
    assert not ask(g, '?a ?p ?x . ?x rdfs:label "赵编辑"@zh')


def test_mentions_link_articles_to_entities(g: Graph) -> None:
    a1, a2 = (article_iri(a.id) for a in sample_graph().articles)
    assert (a1, UG.mentions, iri("Event", HOSTILE_EVENT)) in g
    assert (a2, UG.mentions, iri("ServiceTeam", "和美志愿服务队")) in g
    assert (a2, UG.mentions, iri("Company", COMPANY)) not in g


def test_relations_are_direct_triples(g: Graph) -> None:
    kg = sample_graph()
    for rel in kg.relations + kg.inferred_relations:
        assert (iri(rel.head_type, rel.head), UG[rel.relation], iri(rel.tail_type, rel.tail)) in g


def test_evidence_reachable_with_offsets_rule_and_article(g: Graph) -> None:
    rows = select(g, """SELECT ?sent ?s ?e ?hs ?he ?rule ?text WHERE {
        ?st a rdf:Statement ; rdf:subject ?h ; rdf:predicate ug:worksFor ; rdf:object ?t ;
            ug:inferred false ; ug:evidence ?ev .
        ?ev a ug:Evidence ; ug:sentence ?sent ; ug:sentenceStart ?s ; ug:sentenceEnd ?e ;
            ug:headStart ?hs ; ug:headEnd ?he ; ug:rule ?rule ; ug:article ?a ;
            prov:wasDerivedFrom ?a .
        ?a ug:text ?text . ?h rdfs:label ?hl }""")
    assert len(rows) == 1
    sent, s, e, hs, he, rule, text = rows[0]
    assert str(text)[s.toPython():e.toPython()] == str(sent)
    assert str(text)[hs.toPython():he.toPython()] == PERSON
    assert str(rule) == "person-is-post-of-org" and sent.language == "zh"


def test_every_extracted_relation_has_evidence(g: Graph) -> None:
    rows = select(g, """SELECT ?st WHERE { ?st a rdf:Statement ; ug:inferred false .
                        FILTER NOT EXISTS { ?st ug:evidence/ug:sentence ?s } }""")
    assert rows == []
    assert len(select(g, "SELECT ?st WHERE { ?st a rdf:Statement ; ug:inferred false }")) == 10


def test_inferred_relation_marked_and_kept_apart(g: Graph) -> None:
    rows = select(g, """SELECT ?p ?rule ?evinf WHERE { ?st a rdf:Statement ; ug:inferred true ;
                        rdf:predicate ?p ; ug:evidence ?ev . ?ev ug:rule ?rule ; ug:inferred ?evinf }""")
    assert rows == [(UG.memberOf, Literal("infer:worksFor+unionOf"), Literal(True))]
    # Only the extracted statements: the inferred memberOf is not among them.
    extracted = select(g, "SELECT ?p WHERE { ?st ug:inferred false ; rdf:predicate ?p }")
    assert (UG.memberOf,) not in extracted


def test_relation_both_read_and_inferred_has_two_statements() -> None:
    kg = sample_graph()
    kg.relations.append(Relation(PERSON, "Person", "memberOf", UNION, "TradeUnion",
                                 [Evidence(kg.articles[0].id, "王建国是工会会员", 0, 8, "member-rule")]))
    g = to_rdf(kg)
    flags = select(g, """SELECT ?inf WHERE { ?st rdf:predicate ug:memberOf ; ug:inferred ?inf }
                         ORDER BY ?inf""")
    assert [f[0].toPython() for f in flags] == [False, True]


def test_relation_end_that_is_not_an_entity_is_still_typed() -> None:
    kg = KnowledgeGraph(relations=[Relation("丰台支队", "ServiceTeam", "subOrganizationOf",
                                            "丰台区总工会", "Federation")])
    g = to_rdf(kg)
    assert (iri("Federation", "丰台区总工会"), RDF.type, UG.Federation) in g
    assert (iri("ServiceTeam", "丰台支队"), RDFS.label, Literal("丰台支队", lang="zh")) in g


def test_no_blank_nodes_and_valid_iris(g: Graph) -> None:
    safe = re.compile(r"[A-Za-z0-9%/:#._~-]+\Z")  # no spaces, quotes, brackets, raw CJK
    for triple in g:
        for term in triple:
            assert not isinstance(term, BNode)
            if isinstance(term, URIRef):
                assert safe.match(str(term)), term


def test_iris_stable_across_builds() -> None:
    g1, g2 = to_rdf(sample_graph()), to_rdf(sample_graph())
    assert set(g1) == set(g2)
    assert iri("Federation", FEDERATION) == URIRef(
        "https://w3id.org/uniongraph/id/org/%E5%8C%97%E4%BA%AC%E5%B8%82%E6%80%BB%E5%B7%A5%E4%BC%9A")


def test_statement_iris_depend_on_content() -> None:
    kg = sample_graph()
    before = {s for s in to_rdf(kg).subjects(RDF.type, UG.Evidence)}
    kg.relations[0].evidence[0].rule = "another-rule"
    after = {s for s in to_rdf(kg).subjects(RDF.type, UG.Evidence)}
    assert len(before - after) == 1 and len(after - before) == 1


# ---------------------------------------------------------------- Turtle


def test_turtle_round_trip(tmp_path: Path, g: Graph) -> None:
    path = write_turtle(sample_graph(), tmp_path / "graph.ttl")
    back = read_turtle(path)
    assert isomorphic(back, g)
    labels = {str(o) for o in back.objects(None, RDFS.label)}
    assert {HOSTILE_EVENT, HOSTILE_COMPANY, HOSTILE_PLACE, HOSTILE_PERSON} <= labels


def test_turtle_accepts_rdflib_graph(tmp_path: Path, g: Graph) -> None:
    write_turtle(g, tmp_path / "g.ttl")
    assert isomorphic(read_turtle(tmp_path / "g.ttl"), g)


def test_turtle_bytes_identical_and_declares_prefixes(tmp_path: Path) -> None:
    a = write_turtle(sample_graph(), tmp_path / "a.ttl").read_bytes()
    b = write_turtle(sample_graph(), tmp_path / "b.ttl").read_bytes()
    assert a == b
    text = a.decode("utf-8")
    for prefix in ("ug", "ugd", "rdfs", "skos", "prov", "xsd", "schema", "org", "foaf"):
        assert f"@prefix {prefix}: <{PREFIXES[prefix]}> ." in text
    assert "王建国" in text  # UTF-8, not \u escapes


def test_turtle_identical_under_another_hash_seed() -> None:
    code = ("import sys; sys.path.insert(0, 'tests'); from kgfixture import sample_graph;"
            "from uniongraph.readwrite.turtle import generate_turtle;"
            "sys.stdout.buffer.write(generate_turtle(sample_graph()).encode('utf-8'))")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, check=True,
                         env={**os.environ, "PYTHONHASHSEED": "12345"}).stdout
    assert out == generate_turtle(sample_graph()).encode("utf-8")


@pytest.mark.parametrize("content,expect", [
    (b'@prefix ug: <https://w3id.org/uniongraph/ontology#> .\nug:a ug:b "open .\n', ":2: not valid Turtle"),
    (b"@prefix ug: <x#> .\n\nug:a ug:b ug:c ;\n ug:d .\n", ":4: not valid Turtle"),
    (b"ug:a ug:b ug:c .\n", "not valid Turtle"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
])
def test_read_turtle_errors_name_the_file(tmp_path: Path, content: bytes, expect: str) -> None:
    path = tmp_path / "bad.ttl"
    path.write_bytes(content)
    with pytest.raises(GraphFileError) as info:
        read_turtle(path)
    msg = str(info.value)
    assert str(path) in msg and expect in msg and "\n" not in msg


def test_read_turtle_missing_file(tmp_path: Path) -> None:
    with pytest.raises(GraphFileError, match="cannot read"):
        read_turtle(tmp_path / "nope.ttl")


# ---------------------------------------------------------------- atomic writing


def test_write_replaces_and_leaves_no_temporary_files(tmp_path: Path) -> None:
    target = tmp_path / "out" / "graph.ttl"
    write_turtle(KnowledgeGraph(), target)
    write_turtle(sample_graph(), target)
    assert sorted(p.name for p in target.parent.iterdir()) == ["graph.ttl"]
    assert "王建国" in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o044  # readable by others like a plain open() would make it


def test_failed_write_raises_output_error_and_keeps_nothing(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(OutputError) as info:
        write_turtle(sample_graph(), blocker / "graph.ttl")
    assert str(blocker / "graph.ttl") in str(info.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


@settings(max_examples=40, deadline=None)
@given(name=st.text(min_size=1, max_size=12), alias=st.text(max_size=6))
def test_any_name_survives_turtle(tmp_path_factory: pytest.TempPathFactory, name: str, alias: str) -> None:
    ent = Entity(id=entity_id("Organization", name), name=name, type="Organization", aliases={alias})
    kg = KnowledgeGraph(entities={ent.id: ent})
    path = write_turtle(kg, tmp_path_factory.mktemp("ttl") / "g.ttl")
    assert isomorphic(read_turtle(path), to_rdf(kg))
