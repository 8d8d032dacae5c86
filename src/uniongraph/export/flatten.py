"""Flat attributes for the XML graph formats (GraphML, GEXF), whose writers take only scalars,
and the writing and reading those two formats share (:func:`xml_graph_text`, :func:`read_xml_graph`).

NetworkX's GraphML and GEXF writers reject list and dict values. Here a dict becomes one key per
entry (``attributes.age``), a list becomes its JSON text (``["市总工会", "北京总工会"]``: exact,
and still readable in Gephi or yEd), ``None`` is left out, and characters XML 1.0 cannot hold
(most C0 controls) become U+FFFD, since no XML reader would accept the file otherwise.

>>> flat_attrs({"label": "北京市总工会", "aliases": ["市总工会"], "attributes": {"age": 38}})
{'label': '北京市总工会', 'aliases': '["市总工会"]', 'attributes.age': 38}
"""

from __future__ import annotations

import io
import json
import os
import re
from collections.abc import Callable
from typing import Any

import networkx as nx

from ..errors import GraphFileError
from ..model import KnowledgeGraph

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with characters XML 1.0 cannot hold replaced by U+FFFD."""
    return _NOT_XML.sub("\ufffd", text)


def _scalar(value: Any) -> Any:
    if isinstance(value, str):
        return xml_safe(value)
    if isinstance(value, (bool, int, float)):
        return value
    return xml_safe(json.dumps(value, ensure_ascii=False, sort_keys=True, default=str))


def flat_attrs(data: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Scalar-only attributes: dicts spread into dotted keys, lists as JSON text, ``None`` dropped."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if value is None:
            continue
        if isinstance(value, dict):
            out.update(flat_attrs(value, name + "."))
        elif isinstance(value, (list, tuple, set, frozenset)):
            items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
            out[name] = _scalar(items)
        else:
            out[name] = _scalar(value)
    return out


def flat_graph(g: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of ``g`` with flat node and edge attributes (node ids and keys made XML-safe too)."""
    out = nx.MultiDiGraph()
    for node, data in g.nodes(data=True):
        out.add_node(xml_safe(str(node)), **flat_attrs(data))
    for u, v, key, data in g.edges(keys=True, data=True):
        out.add_edge(xml_safe(str(u)), xml_safe(str(v)), key=xml_safe(str(key)), **flat_attrs(data))
    return out


def xml_graph_text(kg: KnowledgeGraph, write: Callable[..., None]) -> str:
    """What a NetworkX XML writer (``nx.write_graphml``, ``nx.write_gexf``) makes of the flat
    graph of ``kg`` (:func:`~uniongraph.graph.networkx.to_networkx` keyed by id): the file
    writer's text, with its XML declaration, as UTF-8 (the ``generate_*`` functions give neither)."""
    from ..graph.networkx import to_networkx

    buf = io.BytesIO()
    write(flat_graph(to_networkx(kg, keys="id")), buf, encoding="utf-8")
    return buf.getvalue().decode("utf-8")


def read_xml_graph(path: str | os.PathLike[str], read: Callable[..., Any], what: str,
                   **options: Any) -> nx.MultiDiGraph:
    """``read(path, **options)`` as a ``MultiDiGraph``; :class:`GraphFileError` naming ``what``
    (``GraphML``) if the file cannot be read or parsed."""
    try:
        g = read(path, **options)
    except Exception as exc:  # OSError, ElementTree's ParseError, NetworkXError
        raise GraphFileError(f"{path}: not readable {what}: {' '.join(str(exc).split())[:200]}") from exc
    return g if isinstance(g, nx.MultiDiGraph) else nx.MultiDiGraph(g)
