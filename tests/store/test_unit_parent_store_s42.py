"""The store's incremental inference of worksFor through a unit's parent: the fact comes with the
document whose sentence names the person's post at the unit written under its parent's name, also
when the store already holds both facts from other documents, and goes when that document is
removed; two documents each holding one of the facts give nothing; the store then equals a build
of what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from uniongraph.build import build_documents
from uniongraph.readwrite.json_graph import generate_json
from uniongraph.reading import read_text
from uniongraph.store import GraphStore

#: invented: a policeman of a bare-named station (a.txt); the same post at the station written under
#: its bureau's name (b.txt: both facts in one article); the station under its bureau alone (c.txt)
TEXTS = {"a.txt": "# 民警参加慰问\n\n本报讯 近日，城关派出所民警刘振东参加了慰问活动。",
         "b.txt": "# 民警获表彰\n\n本报讯 近日，海河市公安局城关派出所民警刘振东被评为先进个人。",
         "c.txt": "# 公安局表彰先进\n\n本报讯 近日，海河市公安局城关派出所被评为先进集体。"}
ASK = "ASK { ?p rdfs:label '刘振东'@zh ; ug:worksFor ?b . ?b rdfs:label '海河市公安局'@zh }"


def _inferred(st: GraphStore) -> set[tuple[str, str]]:
    return {(r.head, r.tail) for r in st.export().inferred_relations if r.relation == "worksFor"}


def _same_as_built(st: GraphStore, names: list[str]) -> None:
    built = build_documents([read_text(TEXTS[n], n) for n in sorted(names)])
    assert generate_json(st.export()) == generate_json(built)


@pytest.mark.parametrize("held", [[], ["a.txt"], ["c.txt", "a.txt"], ["a.txt", "c.txt"]])
def test_the_document_stating_both_facts_gives_and_takes_the_employer(tmp_path: Path, held: list[str]) -> None:
    with GraphStore(tmp_path / "s") as st:
        for name in held:  # (the store may hold each fact already, from another document)
            st.add_texts({name: TEXTS[name]})
        assert _inferred(st) == set() and not st.query(ASK).boolean
        _same_as_built(st, held)
        st.add_texts({"b.txt": TEXTS["b.txt"]})
        assert _inferred(st) == {("刘振东", "海河市公安局")}
        assert st.query(ASK).boolean
        _same_as_built(st, [*held, "b.txt"])
        st.remove(["b.txt"])  # the document gone: the fact is withdrawn
        assert _inferred(st) == set() and not st.query(ASK).boolean
        _same_as_built(st, held)


def test_a_stated_employer_added_later_replaces_the_inferred_one(tmp_path: Path) -> None:
    stated = "# 公安局召开会议\n\n本报讯 近日，海河市公安局民警刘振东在会上发言。"
    texts = {"b.txt": TEXTS["b.txt"], "d.txt": stated}
    with GraphStore(tmp_path / "s") as st:
        st.add_texts({"b.txt": TEXTS["b.txt"]})
        assert _inferred(st) == {("刘振东", "海河市公安局")}
        st.add_texts({"d.txt": stated})
        facts = {(r.head, r.relation, r.tail) for r in st.export().relations}
        assert ("刘振东", "worksFor", "海河市公安局") in facts and _inferred(st) == set()
        built = build_documents([read_text(t, n) for n, t in sorted(texts.items())])
        assert generate_json(st.export()) == generate_json(built)
        st.remove(["d.txt"])
        assert _inferred(st) == {("刘振东", "海河市公安局")}
        _same_as_built(st, ["b.txt"])


#: invented: a branch manager at a sub-branch written under its branch and bank (e.txt); the branch
#: named again under its bank in another document (f.txt)
CHAIN = {"e.txt": "# 银行开展服务\n\n本报讯 近日，中国建设银行南江分行东城支行行长冯杰介绍了情况。",
         "f.txt": "# 银行获表彰\n\n本报讯 近日，中国建设银行南江分行被评为先进单位。"}


@pytest.mark.parametrize("order", [["e.txt", "f.txt"], ["f.txt", "e.txt"]])
def test_a_chain_written_in_one_name_in_the_store(tmp_path: Path, order: list[str]) -> None:
    with GraphStore(tmp_path / "s") as st:
        for name in order:
            st.add_texts({name: CHAIN[name]})
        assert _inferred(st) == {("冯杰", "中国建设银行南江分行"), ("冯杰", "中国建设银行")}
        built = build_documents([read_text(CHAIN[n], n) for n in sorted(CHAIN)])
        assert generate_json(st.export()) == generate_json(built)
        st.remove(["f.txt"])  # (the branch's own fact loses a document: the chain is redone the same)
        assert _inferred(st) == {("冯杰", "中国建设银行南江分行"), ("冯杰", "中国建设银行")}
        assert generate_json(st.export()) == generate_json(build_documents([read_text(CHAIN["e.txt"], "e.txt")]))


def test_a_correction_that_drops_a_step_of_the_chain_redoes_the_staff(tmp_path: Path) -> None:
    # the bank rejected by name: the branch's parent fact goes, and with it the sub-branch's manager's
    # employer through it (his own facts unchanged: the store redoes him through the units below)
    from uniongraph.curation import parse_corrections

    reject = parse_corrections('[[reject]]\nname = "中国建设银行"\n', "c.toml")
    with GraphStore(tmp_path / "s") as st, GraphStore(tmp_path / "fresh") as fresh:
        st.add_texts({"e.txt": CHAIN["e.txt"]})
        assert ("冯杰", "中国建设银行") in _inferred(st)
        st.set_corrections(reject)
        fresh.set_corrections(reject)
        fresh.add_texts({"e.txt": CHAIN["e.txt"]})
        assert ("冯杰", "中国建设银行") not in _inferred(fresh)
        assert generate_json(st.export()) == generate_json(fresh.export())
