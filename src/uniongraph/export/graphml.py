"""GraphML files of the knowledge graph (yEd, Gephi, Cytoscape, NetworkX).

The graph is :func:`uniongraph.graph.networkx.to_networkx` with its list and dict attributes
flattened (:mod:`.flatten`): node ids are entity and article ids, edges are keyed by relation
name (``worksFor``, ``mentions`` …) and carry ``relation``, ``evidence`` (JSON list of sentences),
``rules`` and ``inferred``.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation", {"市总工会"})})
>>> "北京市总工会" in generate_graphml(kg)
True
"""

from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from ..model import KnowledgeGraph
from ..readwrite.atomic import write_text_atomic
from .flatten import read_xml_graph, xml_graph_text


def generate_graphml(kg: KnowledgeGraph) -> str:
    """The GraphML text of a knowledge graph."""
    return xml_graph_text(kg, nx.write_graphml)


def write_graphml(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    """Write the graph as GraphML (UTF-8, atomically); returns the path."""
    return write_text_atomic(path, generate_graphml(kg))


def read_graphml(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a GraphML file back as a ``MultiDiGraph``; :class:`GraphFileError` if unreadable."""
    return read_xml_graph(path, nx.read_graphml, "GraphML", force_multigraph=True)
