"""GEXF 1.2 files of the knowledge graph, for Gephi.

Same nodes, edges and flattened attributes as :mod:`.graphml`; each node's ``label`` is the
entity name (or an article's headline), so Gephi shows names, not ids.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"person/x": Entity("person/x", "李🎉明", "Person")})
>>> 'label="李🎉明"' in generate_gexf(kg)
True
"""

from __future__ import annotations

import io
import os
from pathlib import Path

import networkx as nx

from ..errors import GraphFileError
from ..graph.networkx import to_networkx
from ..model import KnowledgeGraph
from ..readwrite.atomic import write_text_atomic
from .flatten import flat_graph


def generate_gexf(kg: KnowledgeGraph) -> str:
    """The GEXF text of a knowledge graph."""
    buf = io.BytesIO()
    # The file writer (not generate_gexf) gives an XML declaration and plain UTF-8 text.
    nx.write_gexf(flat_graph(to_networkx(kg, keys="id")), buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def write_gexf(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    """Write the graph as GEXF (UTF-8, atomically); returns the path."""
    return write_text_atomic(path, generate_gexf(kg))


def read_gexf(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a GEXF file back as a ``MultiDiGraph``; :class:`GraphFileError` if unreadable."""
    try:
        g = nx.read_gexf(path, node_type=str)
    except Exception as exc:  # OSError, ElementTree's ParseError, NetworkXError
        raise GraphFileError(f"{path}: not readable GEXF: {' '.join(str(exc).split())[:200]}") from exc
    return g if isinstance(g, nx.MultiDiGraph) else nx.MultiDiGraph(g)
