"""The fast Turtle writer writes rdflib's own bytes, and asks rdflib to shorten only IRIs it might."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from kgfixture import sample_graph
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.serializers.turtle import TurtleSerializer

from uniongraph.graph.rdf import new_graph, rdf_triples, to_rdf
from uniongraph.graph.vocabulary import PREFIXES
from uniongraph.readwrite.turtle_writer import _written_in_full, turtle_of_triples

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
UGD = str(PREFIXES["ugd"])


def _same_as_rdflib(g: Graph) -> None:
    fast = turtle_of_triples(g, g)
    assert fast is not None and fast == g.serialize(format="turtle")


def test_sample_graph_same_bytes_as_rdflib() -> None:
    kg = sample_graph()
    g = to_rdf(kg)
    assert turtle_of_triples(rdf_triples(kg), new_graph()) == g.serialize(format="turtle")


def test_built_example_same_bytes_as_rdflib() -> None:
    from uniongraph.build import build_corpus

    kg, _ = build_corpus([str(EXAMPLES / "seed-page.md")], quiet=True)
    assert len(kg.entities) > 20
    assert turtle_of_triples(rdf_triples(kg), new_graph()) == to_rdf(kg).serialize(format="turtle")


@pytest.mark.parametrize("namespace,shortens", [
    (UGD + "person/", False),     # shorter than where rdflib splits person/%E9…: not used
    (UGD + "person/%", True),     # exactly the split point
    (UGD + "person/%E9", True),   # longer than the split point: rdflib's namespace trie finds it
    (UGD + "article/", True),
])
def test_a_namespace_reaching_into_entity_iris_same_bytes_as_rdflib(namespace: str, shortens: bool) -> None:
    g = to_rdf(sample_graph())
    g.add((URIRef(UGD + "person/%E9%99%88"), URIRef(str(PREFIXES["ug"]) + "p"), Literal("x")))
    g.add((URIRef(UGD + "article/00ea67bb345a-0"), URIRef(str(PREFIXES["ug"]) + "p"), Literal(1)))
    g.bind("extra", namespace)
    _same_as_rdflib(g)
    assert ("\nextra:" in g.serialize(format="turtle")) == shortens


_PIECES = st.lists(st.sampled_from(
    list(string.ascii_letters[:6] + string.digits[:4]) + list("-._%()/#:?=&~") + ["%E9", "%9A", "(1)", "_x"]),
    max_size=14).map("".join)


@settings(max_examples=500, deadline=None)
@given(base=st.sampled_from([UGD, UGD + "person/", str(PREFIXES["ug"]), "http://example.org/", "urn:x:", ""]),
       tail=_PIECES, extra=_PIECES, cut=st.integers(0, 30) | st.none())
@example(base=UGD + "person/", tail="a(1)b", extra="", cut=1)   # ( ) inside a local name
@example(base=UGD + "person/", tail="%E9%9A", extra="", cut=1)  # the split after %
@example(base=UGD + "person/", tail="a/_x", extra="", cut=2)    # _ may begin a local name
@example(base=UGD + "person/", tail="ab-c.d", extra="", cut=2)
@example(base="", tail="%E9", extra="", cut=None)                # nothing before the local name
def test_iris_written_in_full_are_those_rdflib_leaves_unshortened(base: str, tail: str, extra: str,
                                                                   cut: int | None) -> None:
    g = new_graph()
    extra = tail[:cut] if cut is not None else extra  # often a namespace that begins the IRI
    if extra:
        g.bind("extra", base + extra)
    uri = URIRef(base + tail)
    quick = _written_in_full(g)(uri)
    ser = TurtleSerializer(g)
    ser.reset()
    if quick:
        assert ser.get_pname(uri, gen_prefix=False) is None


@settings(max_examples=100, deadline=None)
@given(tails=st.lists(_PIECES, min_size=1, max_size=12), extra=_PIECES)
def test_skipping_iris_changes_no_other_answer(tails: list[str], extra: str) -> None:
    g = new_graph()
    g.bind("extra", UGD + "person/" + extra)
    uris = [URIRef(UGD + "person/" + t) for t in tails] + [URIRef(UGD + t) for t in tails]
    asked, skipping = TurtleSerializer(g), TurtleSerializer(g)
    asked.reset()
    skipping.reset()
    full = [asked.get_pname(u, gen_prefix=False) for u in uris]
    written_in_full = _written_in_full(g)
    quick = [None if written_in_full(u) else skipping.get_pname(u, gen_prefix=False) for u in uris]
    assert quick == full
    assert skipping.namespaces == asked.namespaces


def test_mixed_objects_and_many_predicates_same_bytes_as_rdflib() -> None:
    ug = str(PREFIXES["ug"])
    g = new_graph()
    s = URIRef(UGD + "org/x")
    for o in (URIRef(UGD + "b"), Literal("甲", lang="zh"), URIRef(UGD + "a"), Literal(3), Literal("乙"),
              URIRef("http://example.org/z"), Literal("2"), Literal(2)):
        g.add((s, URIRef(ug + "p"), o))
    for name in ("zeta", "alpha", "Mid", "b_"):
        g.add((s, URIRef(ug + name), URIRef(UGD + name)))
    _same_as_rdflib(g)


def test_a_literal_holding_prefix_lines_stays_in_its_literal() -> None:
    from rdflib import Graph, Literal, URIRef
    from rdflib.compare import isomorphic

    from uniongraph.readwrite.turtle import generate_turtle

    g = Graph()
    g.bind("ex", "https://ex.org/")
    g.add((URIRef("https://ex.org/a"), URIRef("https://ex.org/p"), Literal("第一行\n@prefix a: <http://a/> .\n第三行")))
    g.add((URIRef("https://ex.org/b"), URIRef("https://ex.org/p"), Literal("x\n@prefix b: <http://b/> .\ny")))
    text = generate_turtle(g)
    assert "\n@prefix a: <http://a/> .\n第三行" in text
    assert not text.startswith("@prefix a:")
    assert isomorphic(Graph().parse(data=text, format="turtle"), g)


@pytest.mark.parametrize("text", [
    "", "\n", "@prefix a: <http://a/> .", "@prefix a: <http://a/> .\n", "@prefix a: <http://a/> .\n\n\n",
    "@prefix a: <http://a/> .\n@prefix b: <http://b/> .\n\na:x a:p a:y .\n\n",
    "\n\na:x a:p \"@prefix c: <http://c/> .\" .\n", "a:x a:p a:y .\n@prefix d: <http://d/> .\n",
    "@prefix e: <http://e/> .\na:x a:p \"\"\"x\n\n\n@prefix f: <http://f/> .\"\"\" .\n\n\n",
])
def test_the_header_is_the_leading_prefix_lines_as_a_full_split_reads_them(text: str) -> None:
    from uniongraph.readwrite.turtle import _PREFIX_LINE, _prefix_lines

    lines = text.split("\n")  # what the header and body were before: every line split
    n = next((k for k, ln in enumerate(lines) if not _PREFIX_LINE.fullmatch(ln)), len(lines))
    head, body = _prefix_lines(text)
    assert head == lines[:n]
    assert body.split("\n") == lines[n:] if n < len(lines) else body == ""


def _plain_turtle(kg: object) -> str | None:
    from uniongraph.graph.rdf import Iris

    iris = Iris(plain=True)
    return turtle_of_triples(rdf_triples(kg, iris), new_graph(), iris.typed)  # type: ignore[arg-type]


def _awkward_graph() -> object:
    """The sample graph with the values plain terms must write as rdflib does: quotes,
    backslashes, line breaks and carriage returns, several aliases (sorted literals),
    attributes of every JSON type, metadata of every kind, and a relation given twice."""
    from uniongraph.model import Entity, Evidence, Relation

    kg = sample_graph()
    ent = next(iter(kg.entities.values()))
    ent.aliases |= {'末尾引号"', 'a"""b', "反斜杠\\n", "回车\r换行", "换行\n末尾\"", "", "  ", "Ω≈ç"}
    ent.attributes.update({"age": 45, "role": "主席", "flag": True, "ratio": 0.5, "tags": ["甲", "乙"],
                           "set": {"z", "a"}, "nested": {"k": [1, None]}, "none": None,
                           "curatedBy": "corrections.toml:3", "curationReason": 'merge "A" → B\nwhy'})
    kg.entities["org/extra"] = Entity("org/extra", "乙\\丙\n丁", "Organization", aliases={"乙", "丙"},
                                      attributes={"age": True, "role": 3})
    metas = [{"date": "1998-01-03", "page": "12", "id": 7, "source": "PFR"},
             {"date": "1998年1月", "page": "A3", "id": "", "source": ""},
             {"date": "1998-02-30", "page": 0}]
    for art, meta in zip(kg.articles, metas):
        art.metadata = meta
    rel = kg.relations[0]
    twin = Relation(rel.head, rel.head_type, rel.relation, rel.tail, rel.tail_type,
                    evidence=[*rel.evidence, Evidence(rel.evidence[0].article_id, "句子\"\n", 0, 4, "rule\\x")])
    kg.relations.append(twin)
    return kg


def test_plain_terms_write_the_same_bytes_as_rdflib() -> None:
    from uniongraph.build import build_corpus

    example, _ = build_corpus([str(EXAMPLES / "seed-page.md")], quiet=True)
    for kg in (sample_graph(), _awkward_graph(), example):
        expected = to_rdf(kg).serialize(format="turtle")  # type: ignore[arg-type]
        assert turtle_of_triples(rdf_triples(kg), new_graph()) == expected  # type: ignore[arg-type]
        assert _plain_turtle(kg) == expected


def test_plain_triples_of_every_kind_under_one_predicate_same_bytes_as_rdflib() -> None:
    """Plain IRIs beside plain literals under one predicate are ordered as rdflib orders the
    terms they stand for."""
    from rdflib.namespace import XSD

    ug = str(PREFIXES["ug"])
    terms = [URIRef(UGD + "b"), Literal("甲", lang="zh"), URIRef(UGD + "a"), Literal(3), Literal("乙"),
             URIRef("http://example.org/z"), Literal("2"), Literal(2), Literal(True), Literal("1998-01-03", datatype=XSD.date)]
    g = new_graph()
    s = URIRef(UGD + "org/x")
    for o in terms:
        g.add((s, URIRef(ug + "p"), o))
    typed = {}
    plain = []
    for o in terms:
        if isinstance(o, URIRef):
            plain.append((str(s), ug + "p", str(o)))
        else:
            key = (str(o), o.language, None if o.datatype is None else str(o.datatype))
            if o.datatype is not None:
                typed[key] = o
            plain.append((str(s), ug + "p", key))
    assert turtle_of_triples(plain, new_graph(), typed) == g.serialize(format="turtle")


def test_plain_and_rdflib_subjects_together_are_left_to_rdflib() -> None:
    ug = str(PREFIXES["ug"])
    triples = [(UGD + "a", ug + "p", UGD + "b"), (URIRef(UGD + "c"), URIRef(ug + "p"), URIRef(UGD + "d"))]
    assert turtle_of_triples(triples, new_graph()) is None
