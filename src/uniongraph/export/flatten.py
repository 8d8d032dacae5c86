"""Flat attributes for the XML graph formats (GraphML, GEXF), whose writers take only scalars.

NetworkX's GraphML and GEXF writers reject list and dict values. Here a dict becomes one key per
entry (``attributes.age``), a list becomes its JSON text (``["市总工会", "北京总工会"]``: exact,
and still readable in Gephi or yEd), ``None`` is left out, and characters XML 1.0 cannot hold
(most C0 controls) become U+FFFD, since no XML reader would accept the file otherwise.

>>> flat_attrs({"label": "北京市总工会", "aliases": ["市总工会"], "attributes": {"age": 38}})
{'label': '北京市总工会', 'aliases': '["市总工会"]', 'attributes.age': 38}
"""

from __future__ import annotations

import json
import re
from typing import Any

import networkx as nx

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
