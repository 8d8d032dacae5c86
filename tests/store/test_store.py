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

CORPUS = Path(__file__).resolve().parents[1] / "data" / "store_corpus"
FILES = sorted(str(p.relative_to(Path.cwd())) if p.is_relative_to(Path.cwd()) else str(p) for p in CORPUS.glob("*.md"))
QUERIES = sorted((Path(__file__).resolve().parents[2] / "examples" / "queries").glob("*.rq"))


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


# ---------------------------------------------------------------- incremental adds, invented texts

#: a-0 sorts before the others and gives 王建华 his first roles; c-2 makes 朝阳区职工服务中心 a
#: venue (a Place), so its organizes fact and its inferred locatedIn go
TEXTS = {
    "a-0.txt": "# 市总工会慰问劳模\n\n本报讯（记者 刘晓燕）北京市总工会（以下简称市总工会）日前慰问劳动模范。"
               "市总工会副主席王建华说，58岁的劳模张桂兰是首钢集团的职工。朝阳区总工会党组书记王建华参加了慰问。",
    "b-1.txt": "# 朝阳区职工服务中心举办技能大赛\n\n本报讯 朝阳区职工服务中心近日举办第二届职工技能大赛，"
               "朝阳区各街道的职工参加。朝阳区总工会主席王建华出席。",
    "c-2.txt": "# 职工运动会开幕\n\n本报讯 第三届职工运动会在朝阳区职工服务中心举行，朝阳区总工会组织了这次运动会。",
}


def _built_texts(texts: dict[str, str]):  # type: ignore[no-untyped-def]
    return build_documents([read_text(t, s) for s, t in sorted(texts.items())])


@pytest.mark.parametrize("order", [
    ("b-1.txt", "c-2.txt", "a-0.txt"), ("c-2.txt", "a-0.txt", "b-1.txt"), ("a-0.txt", "b-1.txt", "c-2.txt"),
])
def test_text_adds_and_removes_in_any_order_equal_building_at_once(tmp_path: Path, order) -> None:  # type: ignore[no-untyped-def]
    held: dict[str, str] = {}
    with GraphStore(tmp_path / "s") as st:
        for name in order:
            held[name] = TEXTS[name]
            assert st.add_texts({name: TEXTS[name]}).added
            assert_same(st, _built_texts(held))
        for name in order[:2]:
            assert st.remove([name]).removed
            del held[name]
            assert_same(st, _built_texts(held))


def test_a_document_that_sorts_first_orders_roles_and_evidence_as_at_once(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "s") as st:
        st.add_texts({k: TEXTS[k] for k in ("b-1.txt", "c-2.txt")})
        person = next(e for e in st.export().entities.values() if e.name == "王建华")
        assert person.attributes["roles"] == ["工会主席"]
        st.add_texts({"a-0.txt": TEXTS["a-0.txt"]})
        whole = _built_texts(TEXTS)
        assert_same(st, whole)
        person = next(e for e in st.export().entities.values() if e.name == "王建华")
        assert person.attributes["roles"] == ["工会副主席", "党组书记", "工会主席"]
        assert person.mentions[0].article_id.endswith(whole.articles[0].id.split("/")[-1])
        union = next(e for e in st.export().entities.values() if e.name == "北京市总工会")
        assert union.aliases == {"市总工会"} and union.resolutions


def test_a_name_that_becomes_a_venue_changes_type_iri_and_facts(tmp_path: Path) -> None:
    venue = "朝阳区职工服务中心"
    with GraphStore(tmp_path / "s") as st:
        st.add_texts({"b-1.txt": TEXTS["b-1.txt"]})
        org = f"ASK {{ ?x a ug:Organization ; rdfs:label '{venue}'@zh ; ug:organizes ?e ; ug:locatedIn ?p }}"
        assert st.query(org).boolean
        st.add_texts({"c-2.txt": TEXTS["c-2.txt"]})
        assert_same(st, _built_texts({k: TEXTS[k] for k in ("b-1.txt", "c-2.txt")}))
        ent = next(e for e in st.export().entities.values() if e.name == venue)
        assert ent.type == "Place" and len(ent.mentions) == 3
        assert not st.query(org).boolean
        assert not st.query(f"ASK {{ ?x a ug:Organization ; rdfs:label '{venue}'@zh }}").boolean
        assert st.query(f"ASK {{ ?e ug:heldAt ?x . ?x a ug:Place ; rdfs:label '{venue}'@zh ; ug:mentionCount 3 }}").boolean
        st.remove(["c-2.txt"])  # and back: an organisation again
        assert_same(st, _built_texts({"b-1.txt": TEXTS["b-1.txt"]}))
        assert st.query(org).boolean


HUB = "北京市总工会"


def _hub_page(i: int) -> str:
    return (f"# 北京市总工会走访第{i}家企业\n\n本报讯 北京市总工会日前走访第{i}家企业。北京市总工会副主席王建华说，"
            f"北京市总工会将继续服务职工。")


def test_adding_to_a_hub_reads_none_of_its_stored_mentions(tmp_path: Path) -> None:
    hub = {f"hub-{i:02d}.txt": _hub_page(i) for i in range(1, 13)}
    new = {"zz-new.txt": "# 北京市总工会慰问职工\n\n本报讯 北京市总工会副主席王建华慰问一线职工。",
           "aa-new.txt": "# 北京市总工会召开会议\n\n本报讯 北京市总工会召开全会，北京市总工会副主席王建华主持。"}
    with GraphStore(tmp_path / "s") as st:
        st.add_texts(hub)
        stored = st.ledger.db.execute("SELECT COUNT(*) FROM mentions WHERE name = ?", (HUB,)).fetchone()[0]
        assert stored >= 36
        evidence = next(r for r in st.export().relations if r.tail == HUB and r.relation == "worksFor").evidence
        assert len(evidence) == 12
        for name, text in new.items():  # one sorting after the stored documents, one before
            st.ledger.mention_rows_read.clear()
            st.ledger.arel_rows_read = 0
            change = st.add_texts({name: text})
            assert change.added and st.ledger.mention_rows_read[HUB] == 0
            assert sum(st.ledger.mention_rows_read.values()) == 0 and st.ledger.arel_rows_read == 0
            hub[name] = text
            assert_same(st, _built_texts(hub))
        # a removal recomputes what the removed document touched, from the mentions left
        st.ledger.mention_rows_read.clear()
        st.remove(["aa-new.txt"])
        assert st.ledger.mention_rows_read[HUB] == stored + 2 + 3
        del hub["aa-new.txt"]
        assert_same(st, _built_texts(hub))


def test_a_store_of_the_old_layout_is_refused_with_a_rebuild_hint(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "s") as st:
        st.add_texts({"b-1.txt": TEXTS["b-1.txt"]})
    marker = tmp_path / "s" / "store.json"
    marker.write_text(marker.read_text(encoding="utf-8").replace("uniongraph-store/2", "uniongraph-store/1"),
                      encoding="utf-8")
    with pytest.raises(GraphFileError, match=r"older layout.*rebuild it with uniongraph build"):
        GraphStore(tmp_path / "s")


def test_one_ledger_update_that_adds_and_removes_equals_building_at_once(tmp_path: Path) -> None:
    from uniongraph.extraction.pipeline import extract_document
    from uniongraph.ids import document_digest

    with GraphStore(tmp_path / "s") as st:
        st.add_texts({k: TEXTS[k] for k in ("a-0.txt", "b-1.txt")})
        doc = read_text(TEXTS["c-2.txt"], "c-2.txt")
        extract_document(doc)
        b1 = next(d.digest for d in st.documents() if d.path == "b-1.txt")
        # 朝阳区职工服务中心 loses its b-1 mentions and gains c-2's in the same update
        change = st.ledger.update([(document_digest(doc.text), doc.path, None, doc.articles)], [b1])
        assert change.added and change.removed == [b1]
        want = _built_texts({k: TEXTS[k] for k in ("a-0.txt", "c-2.txt")})
        assert generate_json(st.ledger.export()) == generate_json(want)


@pytest.mark.parametrize("first", ["a.txt", "b.txt"])
def test_an_inner_place_that_appears_later_gives_the_inferred_located_in(tmp_path: Path, first: str) -> None:
    """广州市天河区总工会 (named 天河区总工会, stated in 广州市) is located in 天河区 (the place opening
    its name), known only once 天河区 is."""
    texts = {"a.txt": "# 广州市天河区总工会慰问职工\n\n本报讯 广州市天河区总工会日前慰问一线职工。",
             "b.txt": "# 天河区举办职工运动会\n\n本报讯 第五届职工运动会在天河区举行，来自天河区的职工参加。"}
    ask = "ASK { ?u rdfs:label '天河区总工会'@zh ; ug:locatedIn ?p . ?p rdfs:label '天河区'@zh }"
    with GraphStore(tmp_path / "s") as st:
        st.add_texts({first: texts[first]})
        assert not st.query(ask).boolean
        st.add_texts(texts)
        assert st.query(ask).boolean
        assert_same(st, _built_texts(texts))
        st.remove(["b.txt"])
        assert not st.query(ask).boolean
        assert_same(st, _built_texts({"a.txt": texts["a.txt"]}))


def test_a_stored_name_group_reads_and_writes_the_layout_2_record() -> None:
    """The entities table of a uniongraph-store/2 ledger keeps each name's group as this JSON."""
    from uniongraph.store.records import group_from_record, group_record

    row = ('{"name": "王建华", "first": ["a-0.txt", 0, 12], "head": [["a-0.txt", 0, "article/aa-0", 2], '
           '["article/aa-0", 5, 8, "王建华"], [0, 19, "市总工会副主席王建华说。"]], "count": 2, "aliases": [], '
           '"age": [["a-0.txt", 0, "article/aa-0", 2], 58], "roles": [[["a-0.txt", 0, "article/aa-0", 2], "工会副主席"], '
           '[["b-1.txt", 0, "article/bb-0", 4], "工会主席"]], "all": {"Person": 2}, "direct": {"Person": 2}, '
           '"venue": false}')
    group = group_from_record(json.loads(row))
    assert json.dumps(group_record(group), ensure_ascii=False) == row
    assert (group.type(), group.attributes()) == ("Person", {"age": 58, "roles": ["工会副主席", "工会主席"]})
    ev = group.evidence("name-place-prefix")
    assert (ev.article_id, ev.sentence, ev.head_start, ev.head_end) == ("article/aa-0", "市总工会副主席王建华说。", 5, 8)
