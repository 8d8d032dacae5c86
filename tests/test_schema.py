"""The one table of types (uniongraph.schema) against the ontology and the shapes, and the two
extension points it promises: a new entity type is one schema row plus a recogniser."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH

from uniongraph import schema
from uniongraph.extraction.pipeline import extract_text, register_recogniser, unregister_recogniser
from uniongraph.graph.vocabulary import UG
from uniongraph.ids import entity_id
from uniongraph.model import Mention

ROOT = Path(__file__).resolve().parents[1]
UGSH = "https://w3id.org/uniongraph/shapes#"


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ROOT / "ontology" / "uniongraph.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ROOT / "ontology" / "shapes.ttl", format="turtle")


def _classes(g: Graph, node: object) -> set[str]:
    """A class or an owl:unionOf of classes, as local names."""
    if node is None:
        return set()
    union = g.value(node, OWL.unionOf)  # type: ignore[arg-type]
    members = list(Collection(g, union)) if union is not None else [node]
    return {str(m).rsplit("#", 1)[-1] for m in members}


def _labels(g: Graph, term: URIRef) -> tuple[str, str]:
    by_lang = {lit.language: str(lit) for lit in g.objects(term, RDFS.label) if isinstance(lit, Literal)}
    return by_lang["zh"], by_lang["en"]


@pytest.mark.parametrize("t", schema.entity_types(), ids=lambda t: t.name)
def test_entity_types_match_the_ontology(onto: Graph, t: schema.EntityType) -> None:
    assert (UG[t.name], RDF.type, OWL.Class) in onto
    parents = {str(p).rsplit("#", 1)[-1] for p in onto.objects(UG[t.name], RDFS.subClassOf)
               if str(p).startswith(str(UG))}
    assert parents == ({t.parent} if t.parent else set())
    assert _labels(onto, UG[t.name]) == (t.label_zh, t.label_en)


def test_the_ontology_has_no_entity_class_the_schema_lacks(onto: Graph) -> None:
    classes = {str(c).rsplit("#", 1)[-1] for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(str(UG))}
    assert classes - {"Article", "Evidence"} == {t.name for t in schema.entity_types()}


@pytest.mark.parametrize("r", schema.RELATIONS, ids=lambda r: r.name)
def test_relations_match_the_ontology(onto: Graph, r: schema.RelationType) -> None:
    assert (UG[r.name], RDF.type, OWL.ObjectProperty) in onto
    assert _classes(onto, onto.value(UG[r.name], RDFS.domain)) == set(r.domain)
    if r.range:
        assert _classes(onto, onto.value(UG[r.name], RDFS.range)) == set(r.range)
    assert _labels(onto, UG[r.name]) == (r.label_zh, r.label_en)


def _shape_classes(shapes: Graph, node: object) -> set[str]:
    """What a shape node requires: sh:class X, or sh:node of a named shape of sh:or classes."""
    cls = shapes.value(node, SH["class"])  # type: ignore[arg-type]
    if cls is not None:
        return {str(cls).rsplit("#", 1)[-1]}
    named = shapes.value(node, SH.node)  # type: ignore[arg-type]
    assert named is not None, node
    out: set[str] = set()
    for alt in Collection(shapes, shapes.value(named, SH["or"])):
        out |= _shape_classes(shapes, alt) if shapes.value(alt, SH.node) is not None else \
            {str(shapes.value(alt, SH["class"])).rsplit("#", 1)[-1]}
    return out


@pytest.mark.parametrize("r", [r for r in schema.RELATIONS if r.extracted], ids=lambda r: r.name)
def test_relations_match_the_shapes(shapes: Graph, r: schema.RelationType) -> None:
    shape = URIRef(UGSH + r.name)
    assert schema.expand(tuple(_shape_classes(shapes, shape))) == r.heads
    prop = next(p for p in shapes.objects(shape, SH.property) if shapes.value(p, SH.path) == UG[r.name])
    assert schema.expand(tuple(_shape_classes(shapes, prop))) == r.tails


# ----------------------------------------------------------------- a new entity type, end to end

SCHOOL = schema.EntityType("School", "Organization", "org", "学校", "school", "ORG", 3, "#bcbd22", "ellipse", "⬭")


def find_schools(idx, lex) -> list[Mention]:  # type: ignore[no-untyped-def]
    """A toy recogniser: two characters and 学校."""
    import re

    return [Mention(m.start(), m.end(), m.group(), "School", m.group(), "toy-school", priority=5)
            for m in re.finditer(r"[\u4e00-\u9fff]{2}学校", idx.text)]


@pytest.fixture()
def school() -> Iterator[None]:
    schema.register_entity_type(SCHOOL)
    register_recogniser("schools", assigns=("School",))(find_schools)
    try:
        yield
    finally:
        unregister_recogniser("schools")
        schema.unregister_entity_type("School")


def test_a_new_entity_type_is_one_row_and_a_recogniser(school: None, tmp_path: Path) -> None:
    from uniongraph.cli import main
    from uniongraph.validate import check

    assert "School" in schema.ORG_TYPES and entity_id("School", "光明学校").startswith("org/")
    art = extract_text("王立新是光明学校的老师。")
    assert ("光明学校", "School") in {(m.name, m.type) for m in art.mentions}
    page = tmp_path / "page.md"
    page.write_text("# 光明学校举办活动\n\n本报讯 近日，光明学校举办读书活动。光明学校校长王立新出席。\n", encoding="utf-8")
    assert main(["build", str(page), "--out", str(tmp_path / "out"), "--quiet"]) == 0
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    school_entity = next(e for e in data["entities"] if e["name"] == "光明学校")
    assert school_entity["type"] == "School"
    assert "ug:School" in (tmp_path / "out" / "graph.ttl").read_text(encoding="utf-8")
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "#bcbd22" in html and "学校" in html  # its colour and label in the legend
    from uniongraph.readwrite.json_graph import read_json
    assert check(read_json(tmp_path / "out" / "graph.json")).conforms
    assert schema.TYPE_LABELS["School"] == ("学校", "school")


def test_without_the_row_the_recogniser_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown entity type"):
        register_recogniser("hospitals", assigns=("Hospital",))(find_schools)


def test_registration_is_undone(school: None) -> None:
    assert "School" in schema.ENTITY_TYPE_NAMES


def test_after_the_fixture_the_table_is_as_shipped() -> None:
    assert "School" not in schema.ENTITY_TYPE_NAMES and "School" not in schema.ORG_TYPES
    assert [t.name for t in schema.entity_types()] == [
        "Federation", "TradeUnion", "Company", "ServiceTeam", "Organization", "Person", "Place", "Event"]


# ----------------------------------------------------------------- a new export format: one module

def write_edges(kg, path: Path) -> Path:  # type: ignore[no-untyped-def]
    """A toy format: one line per stated relation, head, relation and tail separated by tabs."""
    path.write_text("".join(f"{r.head}\t{r.relation}\t{r.tail}\n" for r in kg.relations), encoding="utf-8")
    return path


def test_a_new_export_format_is_one_registration(tmp_path: Path) -> None:
    from uniongraph.cli import main
    from uniongraph.export import EXPORTS, register_export, unregister_export

    page = tmp_path / "page.md"
    page.write_text("# 海河区总工会召开会议\n\n本报讯 海河区总工会主席王立新出席会议。\n", encoding="utf-8")
    register_export("edges", write_edges, "graph.edges.tsv", "relations as tab-separated lines")
    try:
        assert main(["build", str(page), "--out", str(tmp_path / "out"), "--export", "edges", "--quiet"]) == 0
        lines = (tmp_path / "out" / "graph.edges.tsv").read_text(encoding="utf-8").splitlines()
        assert any(ln.startswith("王立新\t") and ln.endswith("\t海河区总工会") for ln in lines), lines
        assert main(["export", str(tmp_path / "out" / "graph.ttl"), "--format", "all", "--out",
                     str(tmp_path / "all"), "--quiet"]) == 0
        assert (tmp_path / "all" / "graph.edges.tsv").is_file()
    finally:
        unregister_export("edges")
    assert "edges" not in EXPORTS
