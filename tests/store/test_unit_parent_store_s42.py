"""The store's incremental inference of worksFor through a unit's parent: a document that states the
unit's parent, added after the one naming the unit's staff (or before), gives the inferred fact, and
removing either document withdraws it; the store then equals a build of what it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from uniongraph.build import build_documents
from uniongraph.readwrite.json_graph import generate_json
from uniongraph.reading import read_text
from uniongraph.store import GraphStore

#: invented: a policeman of a station (a.txt), the station a unit of the city's bureau (b.txt)
TEXTS = {"a.txt": "# 民警参加慰问\n\n本报讯 近日，城关派出所民警刘振东参加了慰问活动。刘振东说，他在城关派出所工作了十年。",
         "b.txt": "# 公安局表彰先进\n\n本报讯 近日，海河市公安局城关派出所被评为先进集体。"}
ASK = "ASK { ?p rdfs:label '刘振东'@zh ; ug:worksFor ?b . ?b rdfs:label '海河市公安局'@zh }"


def _inferred(st: GraphStore) -> set[tuple[str, str]]:
    return {(r.head, r.tail) for r in st.export().inferred_relations if r.relation == "worksFor"}


def _same_as_built(st: GraphStore, names: list[str]) -> None:
    built = build_documents([read_text(TEXTS[n], n) for n in sorted(names)])
    assert generate_json(st.export()) == generate_json(built)


@pytest.mark.parametrize("first, later", [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_a_later_document_naming_the_units_parent_gives_and_takes_the_employer(tmp_path: Path, first: str,
                                                                                later: str) -> None:
    with GraphStore(tmp_path / "s") as st:
        st.add_texts({first: TEXTS[first]})
        assert _inferred(st) == set() and not st.query(ASK).boolean
        st.add_texts({later: TEXTS[later]})
        assert _inferred(st) == {("刘振东", "海河市公安局")}
        assert st.query(ASK).boolean
        _same_as_built(st, [first, later])
        st.remove([later])  # either document gone: the fact is withdrawn
        assert _inferred(st) == set() and not st.query(ASK).boolean
        _same_as_built(st, [first])


def test_a_stated_employer_added_later_replaces_the_inferred_one(tmp_path: Path) -> None:
    stated = "# 公安局召开会议\n\n本报讯 近日，海河市公安局民警刘振东在会上发言。"
    with GraphStore(tmp_path / "s") as st:
        st.add_texts(TEXTS)
        assert _inferred(st) == {("刘振东", "海河市公安局")}
        st.add_texts({"c.txt": stated})
        facts = {(r.head, r.relation, r.tail) for r in st.export().relations}
        assert ("刘振东", "worksFor", "海河市公安局") in facts and _inferred(st) == set()
        built = build_documents([read_text(t, n) for n, t in sorted({**TEXTS, "c.txt": stated}.items())])
        assert generate_json(st.export()) == generate_json(built)
        st.remove(["c.txt"])
        assert _inferred(st) == {("刘振东", "海河市公安局")}
        _same_as_built(st, list(TEXTS))
