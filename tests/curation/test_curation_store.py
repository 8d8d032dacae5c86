"""Corrections in a store: it remembers those it was built with, ``add`` applies them to new
documents (names only those mention too), other corrections re-apply to what it holds, and
every way gives the graph a build of all its documents with the same corrections gives."""

from __future__ import annotations

import shutil
from pathlib import Path

from curation_corpus import EACH_KIND, FILES, A, B, C, D, built, by_name, each_kind
from rdflib import Graph

from uniongraph.build import build_documents
from uniongraph.curation import parse_corrections
from uniongraph.errors import GraphFileError
from uniongraph.graph.rdf import to_rdf
from uniongraph.reading import read_document
from uniongraph.readwrite.json_graph import generate_json
from uniongraph.readwrite.turtle import generate_turtle
from uniongraph.store import GraphStore, StoreReplacement
from uniongraph.store.oxigraph import graph_from_store
from uniongraph.store.repair import repair_store


def assert_same(st: GraphStore, kg) -> None:  # type: ignore[no-untyped-def]
    """The store's export and its triples are the build's."""
    ex = st.export()
    assert generate_json(ex) == generate_json(kg)
    assert generate_turtle(ex) == generate_turtle(kg)
    assert set(graph_from_store(st.rdf)) == set(to_rdf(kg))


def _build_store(path: Path, files: list[str], fix) -> None:  # type: ignore[no-untyped-def]
    """``build --store`` of ``files`` with ``fix``."""
    with StoreReplacement(path) as rep:
        rep.write(built(files, fix), corrections=fix)


def test_a_store_built_with_corrections_keeps_them_for_every_add(tmp_path: Path) -> None:
    fix = each_kind()
    _build_store(tmp_path / "store", [A, B], fix)
    with GraphStore(tmp_path / "store") as st:
        assert st.corrections is not None and st.corrections.same_as(fix)
        assert_same(st, built([A, B], fix))
        change = st.add_files([C, D])
        assert len(change.added) == 2
        # the corrections reached the entities only the added documents mention
        ents = by_name(st.export())
        assert ents["暖心职工志愿服务队"].type == "Event" and "职工冰雪运动会" not in ents
        assert "陈曦（朝阳区）" in ents and ents["陈曦（朝阳区）"].attributes["curatedBy"] == ["corrections.toml:15"]
        assert_same(st, built(FILES, fix))
        assert sum(change.curation.values()) > 0
    with GraphStore(tmp_path / "store", read_only=True) as st:  # remembered on disk
        assert st.corrections is not None and st.corrections.text == EACH_KIND


def test_adding_one_by_one_with_corrections_equals_building_at_once(tmp_path: Path) -> None:
    fix = each_kind()
    with GraphStore(tmp_path / "store") as st:
        st.remember_corrections(fix)
        for f in [D, B, C, A]:
            st.add_documents([read_document(f)])
        assert_same(st, built(FILES, fix))
        st.remove([D])
        assert_same(st, built([A, B, C], fix))


def test_other_corrections_reapply_to_what_the_store_holds(tmp_path: Path) -> None:
    fix = each_kind()
    _build_store(tmp_path / "store", FILES, fix)
    other = parse_corrections('[[reject]]\nname = "张明远"\n\n[[split]]\nname = "陈曦"\ninto = "陈曦（昌平区）"\n'
                              'files = ["b-district.md"]\n', "corrections.toml")
    with GraphStore(tmp_path / "store") as st:
        change = st.set_corrections(other)
        assert change.recorrected and len(change.recorrected) < len(FILES) + 1
        assert_same(st, built(FILES, other))
        # back to none: what the first corrections dropped (a venue, a byline) comes back
        st.set_corrections(None)
        assert st.corrections is None
        assert_same(st, built(FILES))
        st.set_corrections(fix)
        assert_same(st, built(FILES, fix))
        assert st.set_corrections(each_kind()).changed is False  # the same again: nothing to do


def test_a_store_of_corrections_that_concern_nothing_it_holds_extracts_nothing(tmp_path: Path) -> None:
    _build_store(tmp_path / "store", FILES, None)
    with GraphStore(tmp_path / "store") as st:
        change = st.set_corrections(parse_corrections('[[reject]]\nname = "贺卡"\n'))
        assert change.recorrected == []
        assert st.corrections is not None and [r.name for r in st.corrections.rules] == ["贺卡"]
        assert_same(st, built(FILES))


def test_repair_keeps_the_provenance_of_corrections(tmp_path: Path) -> None:
    fix = each_kind()
    _build_store(tmp_path / "store", FILES, fix)
    shutil.rmtree(tmp_path / "store" / "oxigraph")
    try:
        GraphStore(tmp_path / "store").close()
        raise AssertionError("a store without its triples opened")
    except GraphFileError:
        pass
    repair_store(tmp_path / "store")
    with GraphStore(tmp_path / "store") as st:
        assert_same(st, built(FILES, fix))
        g = Graph()
        for t in graph_from_store(st.rdf):
            g.add(t)
        assert len(list(g.query("SELECT ?e WHERE { ?e ug:curatedBy ?w }",
                                initNs={"ug": "https://w3id.org/uniongraph/ontology#"}))) == 5


def test_a_build_of_the_store_documents_equals_its_export_after_set_corrections_and_add(tmp_path: Path) -> None:
    # corrections given to a store holding documents, then more documents added
    with GraphStore(tmp_path / "store") as st:
        st.add_files([A, C])
        st.set_corrections(each_kind())
        st.add_files([B, D])
        assert_same(st, build_documents([read_document(f) for f in sorted(FILES)], corrections=each_kind()))


def test_what_a_rejection_dropped_comes_back_when_the_rejection_goes(tmp_path: Path) -> None:
    # the store keeps no mention of a rejected name: it finds the documents a correction changed
    reject = parse_corrections('[[reject]]\nname = "北京会议中心"\n\n[[reject]]\nname = "张明远"\n', "c.toml")
    _build_store(tmp_path / "store", FILES, reject)
    with GraphStore(tmp_path / "store") as st:
        assert "北京会议中心" not in by_name(st.export())
        change = st.set_corrections(None)
        assert len(change.recorrected) == 2  # a-city (the venue, a byline) and c-company (a byline)
        assert_same(st, built(FILES))
