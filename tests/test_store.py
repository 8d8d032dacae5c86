"""The store: incremental add/remove equal to building at once, idempotence, RDF kept in step, queries."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from uniongraph.build import build, build_documents
from uniongraph.errors import GraphFileError, InputError, OutputError
from uniongraph.graph.rdf import to_rdf
from uniongraph.query import run_query
from uniongraph.reading import read_document, read_text
from uniongraph.readwrite.html import generate_html
from uniongraph.readwrite.json_graph import generate_json
from uniongraph.readwrite.turtle import generate_turtle
from uniongraph.store import GraphStore, is_store
from uniongraph.store.oxigraph import graph_from_store
from uniongraph.store.records import article_from_record, article_record

CORPUS = Path(__file__).resolve().parent / "data" / "store_corpus"
FILES = sorted(str(p.relative_to(Path.cwd())) if p.is_relative_to(Path.cwd()) else str(p) for p in CORPUS.glob("*.md"))
QUERIES = sorted((Path(__file__).resolve().parents[1] / "examples" / "queries").glob("*.rq"))


@pytest.fixture(scope="module")
def extracted() -> dict[str, object]:
    """Each corpus file read once; tests extract deep copies (as a build would)."""
    return {f: read_document(f) for f in FILES}


def _built(extracted: dict[str, object], files: list[str]):  # type: ignore[no-untyped-def]
    docs = [copy.deepcopy(extracted[f]) for f in sorted(files)]
    return build_documents(docs)


def _add(st: GraphStore, extracted: dict[str, object], files: list[str]):  # type: ignore[no-untyped-def]
    # add_built takes the articles as a build extracted them
    kg = build_documents([copy.deepcopy(extracted[f]) for f in files])
    return st.add_built(kg)


def assert_same(st: GraphStore, kg) -> None:  # type: ignore[no-untyped-def]
    ex = st.export()
    assert generate_json(ex) == generate_json(kg)
    assert generate_turtle(ex) == generate_turtle(kg)
    assert generate_html(ex) == generate_html(kg)
    assert set(graph_from_store(st.rdf)) == set(to_rdf(kg))


def test_records_round_trip_extracted_articles(extracted) -> None:  # type: ignore[no-untyped-def]
    for art in _built(extracted, FILES).articles:
        if True:
            assert art.mentions
            back = article_from_record(json.loads(json.dumps(article_record(art), ensure_ascii=False)))
            assert back == art


@pytest.mark.parametrize("order", [
    (0, 1, 2, 3), (3, 2, 1, 0), (2, 0, 3, 1),
])
def test_adding_one_by_one_equals_building_at_once(tmp_path: Path, extracted, order) -> None:  # type: ignore[no-untyped-def]
    added: list[str] = []
    with GraphStore(tmp_path / "store") as st:
        for i in order:
            change = _add(st, extracted, [FILES[i]])
            assert len(change.added) == 1
            added.append(FILES[i])
            assert_same(st, _built(extracted, added))


def test_removing_equals_building_without(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    with GraphStore(tmp_path / "store") as st:
        _add(st, extracted, FILES)
        held = list(FILES)
        for f in (FILES[1], FILES[0], FILES[3]):
            change = st.remove([f])
            assert len(change.removed) == 1
            held.remove(f)
            assert_same(st, _built(extracted, held))
        st.remove([FILES[2]])
        assert st.export().entities == {}
        assert len(graph_from_store(st.rdf)) == 0


def test_facts_only_a_removed_document_supported_go(tmp_path: Path, extracted) -> None:  # type: ignore[no-untyped-def]
    city, district = FILES[0], FILES[1]  # 首钢集团工会 in both; 首钢集团 only in the district page
    with GraphStore(tmp_path / "store") as st:
        _add(st, extracted, [city, district])
        ask = "ASK { ?u rdfs:label '首钢集团工会'@zh ; ug:unionOf ?c . ?c rdfs:label '首钢集团'@zh }"
        assert st.query(ask).boolean
        st.remove([district])
        assert not st.query(ask).boolean          # the company was only named there
        assert st.query("ASK { ?u rdfs:label '首钢集团工会'@zh }").boolean  # the union stays
        assert not st.query("ASK { ?e rdfs:label '昌平区总工会'@zh }").boolean


def test_adding_twice_changes_nothing(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "store") as st:
        first = st.add_files([FILES[0]])
        before = (generate_json(st.export()), set(graph_from_store(st.rdf)))
        again = st.add_files([FILES[0]])
        assert first.added and not again.added and again.skipped == first.added
        # the same text under another name is the same document
        copy_path = tmp_path / "copy.md"
        copy_path.write_text(Path(FILES[0]).read_text(encoding="utf-8"), encoding="utf-8")
        assert not st.add_files([copy_path]).added
        assert (generate_json(st.export()), set(graph_from_store(st.rdf))) == before
        assert len(st.documents()) == 1


def test_add_files_reads_folders_and_build_store_flag(tmp_path: Path) -> None:
    from uniongraph.cli import main

    assert main(["build", FILES[0], FILES[1], "--out", str(tmp_path / "out"), "--store",
                 str(tmp_path / "st"), "--quiet", "--no-validate"]) == 0
    assert is_store(tmp_path / "st")
    assert main(["add", str(Path(FILES[0]).parent), "--store", str(tmp_path / "st"), "--out", str(tmp_path / "out2"),
                 "--quiet"]) == 0
    whole = build(FILES)
    assert (tmp_path / "out2" / "graph.json").read_text(encoding="utf-8") == generate_json(whole)
    assert (tmp_path / "out2" / "graph.ttl").read_text(encoding="utf-8") == generate_turtle(whole)
    assert main(["remove", FILES[3], "--store", str(tmp_path / "st"), "--quiet"]) == 0
    with GraphStore(tmp_path / "st", read_only=True) as st:
        assert [d.path for d in st.documents()] == FILES[:3]


def test_store_is_persistent_and_read_only_refuses_writes(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "s") as st:
        st.add_files([FILES[2]])
        n = len(graph_from_store(st.rdf))
    with GraphStore(tmp_path / "s", read_only=True) as st:
        assert len(graph_from_store(st.rdf)) == n
        with pytest.raises(OutputError, match="read-only"):
            st.add_files([FILES[0]])


def test_interrupted_update_redoes_the_rdf(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "s") as st:
        st.add_files(FILES[:2])
        want = set(graph_from_store(st.rdf))
        st.rdf.clear()
        st.ledger.set_meta("rdf_synced", "0")  # as if stopped between ledger and RDF
    with GraphStore(tmp_path / "s") as st:
        assert set(graph_from_store(st.rdf)) == want


@pytest.mark.parametrize("setup,error,match", [
    ("file", OutputError, "not a uniongraph store"),
    ("missing-ro", GraphFileError, "not a uniongraph store"),
])
def test_bad_store_folders(tmp_path: Path, setup: str, error: type, match: str) -> None:
    target = tmp_path / "x"
    if setup == "file":
        target.mkdir()
        (target / "page.md").write_text("x", encoding="utf-8")
    with pytest.raises(error, match=match):
        GraphStore(target, read_only=setup.endswith("-ro"))


def test_remove_unknown_document(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "s") as st:
        st.add_files([FILES[0]])
        with pytest.raises(InputError, match="no document of this store"):
            st.remove(["ffffffff"])
        digest = st.documents()[0].digest
        assert st.remove([digest[:6]]).removed == [digest]


def test_store_queries_equal_memory_queries(tmp_path: Path) -> None:
    kg = build(FILES)
    g = to_rdf(kg)
    with GraphStore(tmp_path / "s") as st:
        st.add_built(kg)
        for q in QUERIES:
            sparql = q.read_text(encoding="utf-8")
            assert st.query(sparql).rows == run_query(g, sparql).rows, q.name
        res = st.query("SELECT ?n WHERE { ?x a ug:Federation ; rdfs:label ?n } ORDER BY ?n")
        assert res.rows == [["北京市总工会"], ["昌平区总工会"], ["朝阳区总工会"]]
        graph = st.query("CONSTRUCT { ?x a ug:Federation } WHERE { ?x a ug:Federation }")
        assert graph.kind == "graph" and len(graph.rows) == 3


def test_texts_from_records(tmp_path: Path) -> None:
    """Documents given as text (as a benchmark reads JSONL records) are held like files."""
    texts = {"rec-1.txt": "北京市总工会召开会议。首钢集团工会主席赵刚出席。",
             "rec-2.txt": "首钢集团举办职工技能大赛。"}
    with GraphStore(tmp_path / "s") as st:
        st.add_texts(texts)
        whole = build_documents([read_text(t, s) for s, t in sorted(texts.items())])
        assert generate_json(st.export()) == generate_json(whole)
