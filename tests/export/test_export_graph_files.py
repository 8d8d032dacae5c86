"""GraphML, GEXF and node-link JSON: NetworkX reads back the same nodes, edges and names."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from kgfixture import HOSTILE_COMPANY, HOSTILE_PERSON, HOSTILE_PLACE, sample_graph

from uniongraph.errors import GraphFileError
from uniongraph.export.flatten import flat_attrs, xml_safe
from uniongraph.export.gexf import read_gexf, write_gexf
from uniongraph.export.graphml import read_graphml, write_graphml
from uniongraph.export.nodelink import read_nodelink, write_nodelink
from uniongraph.graph.networkx import to_networkx

FORMATS = [("graphml", write_graphml, read_graphml), ("gexf", write_gexf, read_gexf),
           ("json", write_nodelink, read_nodelink)]


def edges(g: nx.MultiDiGraph) -> list[tuple[str, str, str]]:
    return sorted((u, v, d["relation"]) for u, v, d in g.edges(data=True))


@pytest.mark.parametrize("ext,write,read", FORMATS, ids=[f[0] for f in FORMATS])
def test_same_nodes_edges_and_labels(tmp_path: Path, ext: str, write, read) -> None:
    kg = sample_graph()
    original = to_networkx(kg, keys="id")  # the exports keep the ids of graph.json
    back = read(write(kg, tmp_path / f"g.{ext}"))
    assert set(back.nodes) == set(original.nodes)
    assert edges(back) == edges(original)
    labels = {n: back.nodes[n]["label"] for n in back.nodes}
    assert labels == {n: original.nodes[n]["label"] for n in original.nodes}
    assert {HOSTILE_COMPANY, HOSTILE_PERSON, HOSTILE_PLACE} <= set(labels.values())


@pytest.mark.parametrize("ext,write,read", FORMATS[:2], ids=["graphml", "gexf"])
def test_list_attributes_are_json_text(tmp_path: Path, ext: str, write, read) -> None:
    kg = sample_graph()
    back = read(write(kg, tmp_path / f"g.{ext}"))
    original = to_networkx(kg, keys="id")  # the exports keep the ids of graph.json
    for node, data in original.nodes(data=True):
        assert json.loads(back.nodes[node]["aliases"]) == data["aliases"]
    for u, v, data in original.edges(data=True):
        if data["evidence"]:
            got = [json.loads(d["evidence"]) for _, _, d in back.edges(u, data=True)
                   if _ == v and d["relation"] == data["relation"]]
            assert got == [data["evidence"]]


@pytest.mark.parametrize("data,expected", [
    ({"aliases": ["市总工会", "北京总工会"]}, {"aliases": '["市总工会", "北京总工会"]'}),
    ({"attributes": {"age": 38, "role": "主席"}}, {"attributes.age": 38, "attributes.role": "主席"}),
    ({"x": None, "ok": True}, {"ok": True}),
    ({"name": "坏\x01字\x0b符"}, {"name": "坏\ufffd字\ufffd符"}),
    ({"set": {"b", "a"}}, {"set": '["a", "b"]'}),
])
def test_flat_attrs(data: dict, expected: dict) -> None:
    assert flat_attrs(data) == expected


def test_xml_safe_keeps_newlines_tabs_and_emoji() -> None:
    assert xml_safe("新华\n街道\t🎉") == "新华\n街道\t🎉"


@pytest.mark.parametrize("ext,read", [("graphml", read_graphml), ("gexf", read_gexf), ("json", read_nodelink)])
def test_unreadable_files_are_graph_file_errors(tmp_path: Path, ext: str, read) -> None:
    bad = tmp_path / f"bad.{ext}"
    bad.write_text("<graphml><node", encoding="utf-8")
    with pytest.raises(GraphFileError, match=f"bad.{ext}"):
        read(bad)
