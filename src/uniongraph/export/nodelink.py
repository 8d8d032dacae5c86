"""Node-link JSON of the knowledge graph (NetworkX ``node_link_data``, D3).

Lists and dicts stay as JSON (no flattening needed): ``{"directed": true, "multigraph": true,
"nodes": [{"id": "org/…", "label": "北京市总工会", "aliases": ["市总工会"], …}], "edges":
[{"source": …, "target": …, "key": "worksFor", …}]}``.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"org/x": Entity("org/x", "北京市总工会", "Federation")})
>>> parse_nodelink(generate_nodelink(kg)).nodes["org/x"]["label"]
'北京市总工会'
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import GraphFileError, OutputError
from ..graph.networkx import to_networkx
from ..model import KnowledgeGraph
from ..readwrite.atomic import write_text_atomic


def _data(kg: KnowledgeGraph) -> dict[str, Any]:
    try:
        return nx.node_link_data(to_networkx(kg, keys="id"), edges="edges")
    except TypeError:  # networkx < 3.4 names the keyword "link"
        return nx.node_link_data(to_networkx(kg, keys="id"), link="edges")


def generate_nodelink(kg: KnowledgeGraph) -> str:
    """The node-link JSON text (UTF-8 characters kept, indent 1)."""
    try:
        return json.dumps(_data(kg), ensure_ascii=False, indent=1, allow_nan=False, sort_keys=True) + "\n"
    except (TypeError, ValueError) as exc:
        raise OutputError(f"node-link JSON: an attribute has no JSON form: {exc}") from exc


def write_nodelink(kg: KnowledgeGraph, path: str | os.PathLike[str]) -> Path:
    """Write the graph as node-link JSON (atomically); returns the path."""
    return write_text_atomic(path, generate_nodelink(kg))


def parse_nodelink(text: str, source: str = "<string>") -> nx.MultiDiGraph:
    """The graph of a node-link JSON text; :class:`GraphFileError` naming ``source``."""
    try:
        data = json.loads(text)
        try:
            return nx.node_link_graph(data, edges="edges")
        except TypeError:  # networkx < 3.4
            return nx.node_link_graph(data, link="edges")
    except json.JSONDecodeError as exc:
        raise GraphFileError(f"{source}:{exc.lineno}: invalid JSON: {exc.msg}") from exc
    except (KeyError, TypeError, nx.NetworkXError) as exc:
        raise GraphFileError(f"{source}: not node-link JSON: {exc}") from exc


def read_nodelink(path: str | os.PathLike[str]) -> nx.MultiDiGraph:
    """Read a node-link JSON file written by :func:`write_nodelink`."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GraphFileError(f"{path}: cannot read: {exc}") from exc
    return parse_nodelink(text, str(path))
