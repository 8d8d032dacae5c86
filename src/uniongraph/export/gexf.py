"""GEXF 1.2 files of the knowledge graph, for Gephi.

Same nodes, edges and flattened attributes as :mod:`.graphml`; each node's ``label`` is the
entity name (or an article's headline), so Gephi shows names, not ids.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"person/x": Entity("person/x", "李🎉明", "Person")})
>>> 'label="李🎉明"' in generate_gexf(kg)
True
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from ..model import KnowledgeGraph
from ..readwrite.atomic import write_text_atomic
from .flatten import read_xml_graph, xml_graph_text


def generate_gexf(kg: KnowledgeGraph) -> str:
    """The GEXF text of a knowledge graph."""
    return xml_graph_text(kg, nx.write_gexf)


def write_gexf(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    """Write the graph as GEXF (UTF-8, atomically); returns the path."""
    return write_text_atomic(path, generate_gexf(kg))


def read_gexf(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a GEXF file back as a ``MultiDiGraph``; :class:`GraphFileError` if unreadable."""
    return read_xml_graph(path, nx.read_gexf, "GEXF", node_type=str)
