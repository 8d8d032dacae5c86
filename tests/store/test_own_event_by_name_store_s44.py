"""The store keeps a fact read from an event's name only (inferred, CONVENTIONS §1, stop 44) equal to
building at once, as later articles state it or go. Invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from uniongraph.build import build_documents
from uniongraph.graph.rdf import to_rdf
from uniongraph.reading import read_text
from uniongraph.readwrite.json_graph import generate_json
from uniongraph.store import GraphStore
from uniongraph.store.oxigraph import graph_from_store

TEXTS = {"a.txt": "# 海川纺织职代会召开\n\n本报讯 12月3日，青岚市海川纺织有限公司第四届职工代表大会第二次会议在公司礼堂召开。",
         "b.txt": "# 海川纺织召开职代会\n\n本报讯 青岚市海川纺织有限公司召开第四届职工代表大会第二次会议，审议工作报告。",
         "c.txt": "# 职代会闭幕\n\n本报讯 青岚市海川纺织有限公司第四届职工代表大会第二次会议在公司礼堂召开，选举新一届委员。"}


def _built(names: list[str]):  # type: ignore[no-untyped-def]
    return build_documents([read_text(TEXTS[n], n) for n in sorted(names)])


def _same(st: GraphStore, names: list[str]) -> None:
    kg = _built(names)
    assert generate_json(st.export()) == generate_json(kg)
    assert set(graph_from_store(st.rdf)) == set(to_rdf(kg))


@pytest.mark.parametrize("order", [("a.txt", "b.txt", "c.txt"), ("b.txt", "a.txt", "c.txt"), ("a.txt", "c.txt", "b.txt")])
def test_adding_and_removing_equals_building_at_once(tmp_path: Path, order: tuple[str, ...]) -> None:
    added: list[str] = []
    with GraphStore(tmp_path / "s") as st:
        for name in order:
            st.add_texts({name: TEXTS[name]})
            added.append(name)
            _same(st, added)
            stated = {(r.head, r.tail) for r in st.export().relations if r.relation == "organizes"}
            assert bool(stated) == ("b.txt" in added)  # (a and c give it by the name only: inferred)
        st.remove(["b.txt"])
        _same(st, [n for n in added if n != "b.txt"])


def test_a_name_only_fact_is_inferred_in_the_store(tmp_path: Path) -> None:
    with GraphStore(tmp_path / "s") as st:
        st.add_texts({"a.txt": TEXTS["a.txt"]})
        kg = st.export()
    facts = {(r.head, r.relation, r.tail) for r in kg.inferred_relations if r.relation == "organizes"}
    assert any(h == "青岚市海川纺织有限公司" for h, _, _ in facts), facts
    assert not [r for r in kg.relations if r.relation == "organizes"]
