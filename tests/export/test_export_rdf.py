"""RDF exports round-trip through rdflib and pyoxigraph with the same triples; named graphs per article."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from kgfixture import sample_graph
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, XSD

from uniongraph.errors import GraphFileError
from uniongraph.export.rdf_formats import RDF_FORMATS, read_rdf, to_dataset, union_graph, write_rdf
from uniongraph.graph.rdf import article_iri, to_rdf
from uniongraph.graph.vocabulary import UG
from uniongraph.model import KnowledgeGraph

FORMATS = list(RDF_FORMATS)


def hostile_kg() -> KnowledgeGraph:
    kg = sample_graph()
    ent = kg.entities[sorted(kg.entities)[0]]
    ent.aliases |= {"=1+1", "全角，（标点）！“引号”", "tab\there", "cr\rhere", "🎉🎉", 'q"\\"'}
    return kg


@pytest.fixture(scope="module")
def pyoxigraph() -> Any:
    try:
        import pyoxigraph as ox
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("pyoxigraph is not installed (the test extra installs it)")
        pytest.skip("pyoxigraph is not installed")
    return ox


def from_oxigraph(ox: Any, term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        if term.datatype.value == str(XSD.string):
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(term.datatype.value))
    raise TypeError(f"unexpected term {term!r}")


@pytest.mark.parametrize("fmt", FORMATS)
def test_rdflib_reads_back_the_same_triples(tmp_path: Path, fmt: str) -> None:
    kg = hostile_kg()
    path = write_rdf(kg, tmp_path / f"g{RDF_FORMATS[fmt][1]}", fmt)
    assert set(union_graph(read_rdf(path))) == set(to_rdf(kg))


@pytest.mark.parametrize("fmt", FORMATS)
def test_pyoxigraph_reads_back_the_same_triples(tmp_path: Path, fmt: str, pyoxigraph: Any) -> None:
    ox = pyoxigraph
    kg = hostile_kg()
    path = write_rdf(kg, tmp_path / f"g{RDF_FORMATS[fmt][1]}", fmt)
    oxfmt = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS,
             "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD}[fmt]
    quads = list(ox.parse(path=str(path), format=oxfmt))
    got = {tuple(from_oxigraph(ox, t) for t in (q.subject, q.predicate, q.object)) for q in quads}
    assert got == set(to_rdf(kg))


@pytest.mark.parametrize("fmt", ["nquads", "trig"])
def test_one_named_graph_per_article(tmp_path: Path, fmt: str) -> None:
    kg = sample_graph()
    ds = read_rdf(write_rdf(kg, tmp_path / f"g{RDF_FORMATS[fmt][1]}", fmt))
    names = {str(c.identifier) for c in ds.graphs() if len(c)} - {str(ds.default_graph.identifier)}
    assert names == {str(article_iri(a.id)) for a in kg.articles}
    for art in kg.articles:
        g = ds.graph(article_iri(art.id))
        assert (article_iri(art.id), UG.headline, Literal(art.title, lang="zh")) in g
        for ev in g.subjects(UG.article, article_iri(art.id)):  # its evidence sits with it
            assert (ev, UG.sentence, None) in g
        assert not list(g.triples((None, RDFS.label, None)))  # entity names are shared, not per article


def test_evidence_of_each_article_is_in_its_graph() -> None:
    kg = sample_graph()
    ds = to_dataset(kg)
    for rel in kg.relations:
        for ev in rel.evidence:
            g = ds.graph(article_iri(ev.article_id))
            assert (None, UG.sentence, Literal(ev.sentence, lang="zh")) in g


def test_jsonld_has_a_context(tmp_path: Path) -> None:
    data = json.loads(write_rdf(sample_graph(), tmp_path / "g.jsonld", "jsonld").read_text(encoding="utf-8"))
    assert data["@context"]["ug"] == str(UG)
    assert "@graph" in data


def test_writing_is_deterministic(tmp_path: Path) -> None:
    for fmt in ("ntriples", "nquads", "turtle"):
        a = write_rdf(sample_graph(), tmp_path / f"a.{fmt}", fmt).read_bytes()
        b = write_rdf(sample_graph(), tmp_path / f"b.{fmt}", fmt).read_bytes()
        assert a == b, fmt


def test_bad_files_are_graph_file_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("<a> <b> ", encoding="utf-8")
    with pytest.raises(GraphFileError, match="bad.ttl"):
        read_rdf(bad)
    with pytest.raises(GraphFileError, match="unknown RDF file extension"):
        read_rdf(tmp_path / "x.csv")
    with pytest.raises(GraphFileError, match="cannot read"):
        read_rdf(tmp_path / "missing.nt")
