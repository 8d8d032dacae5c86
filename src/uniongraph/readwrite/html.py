"""An interactive HTML view of the knowledge graph (pyvis / vis-network), usable offline.

Entities are nodes (colour and shape by type, size by degree, a legend); relations are arrows
labelled in Chinese with the English name, evidence sentences and rules on hover. Articles are
not drawn. Limits of the format:

- Everything is in one file: vis-network is inlined and the remote Bootstrap tags pyvis always
  emits are removed (pyvis #228/#229), so the page draws with no network access.
- All text from the news (names, sentences) is HTML-escaped before it goes into a tooltip;
  vis-network 9 shows string tooltips as plain text, so a small inline script turns our
  (escaped) tooltip markup into elements.
- Above :data:`PHYSICS_LIMIT` nodes, physics is off and positions come from a seeded NetworkX
  layout, since vis-network's own simulation takes minutes there (pyvis #204).
- The same graph always gives the same bytes.
"""

from __future__ import annotations

import html
import json
import math
import os
import re
from pathlib import Path
from typing import Any

import networkx as nx
from pyvis.network import Network

from ..errors import OutputError
from ..graph.networkx import to_networkx
from ..graph.vocabulary import RELATION_LABELS, TYPE_LABELS
from ..model import KnowledgeGraph
from .atomic import write_text_atomic

#: Above this many nodes the layout is computed in Python and physics is switched off.
PHYSICS_LIMIT = 1000

#: Entity type -> (colour, vis-network shape, legend symbol).
TYPE_STYLE: dict[str, tuple[str, str, str]] = {
    "Federation": ("#d62728", "star", "★"),
    "TradeUnion": ("#ff7f0e", "triangle", "▲"),
    "Company": ("#1f77b4", "square", "■"),
    "ServiceTeam": ("#2ca02c", "triangleDown", "▼"),
    "Organization": ("#9467bd", "hexagon", "⬢"),
    "Person": ("#e377c2", "dot", "●"),
    "Place": ("#8c564b", "diamond", "◆"),
    "Event": ("#17becf", "box", "▬"),
}
_OTHER_STYLE = ("#7f7f7f", "dot", "●")
_MAX_SENTENCES = 3
_SEED = 7

_HREF = re.compile("href", re.IGNORECASE)


def _E(text: str) -> str:
    """HTML-escape untrusted text; also hide the letters ``href`` behind an entity, since pyvis
    switches to a different, link-following tooltip template when a title contains them."""
    return _HREF.sub(lambda m: m.group(0)[:2] + "&#%d;" % ord(m.group(0)[2]) + m.group(0)[3:],
                     html.escape(text, quote=True))


def _node_title(data: dict[str, Any], degree: int, first_sentences: list[str]) -> str:
    zh, en = TYPE_LABELS.get(data["type"], (data["type"], data["type"]))
    parts = [f"<b>{_E(data['label'])}</b>", f"类型 {_E(zh)} ({_E(en)})"]
    if data.get("aliases"):
        parts.append("别名 " + "、".join(_E(a) for a in data["aliases"]))
    parts.append(f"提及 {int(data.get('mentions', 0))} 次 · 关系 {degree} 条")
    for key in sorted(data.get("attributes", {})):
        parts.append(f"{_E(str(key))}: {_E(str(data['attributes'][key]))}")
    for sent in first_sentences[:_MAX_SENTENCES]:
        parts.append(f"<i>{_E(sent)}</i>")
    return "<br>".join(parts)


def _edge_title(relation: str, data: dict[str, Any]) -> str:
    zh, en = RELATION_LABELS.get(relation, (relation, relation))
    parts = [f"<b>{_E(en)}</b> ({_E(zh)})" + (" · inferred 推理" if data.get("inferred") else "")]
    for sent in data.get("evidence", [])[:_MAX_SENTENCES]:
        parts.append(f"<i>{_E(sent)}</i>")
    if data.get("rules"):
        parts.append("rule: " + ", ".join(_E(r) for r in data["rules"]))
    return "<br>".join(parts)


def _view(kg: KnowledgeGraph, max_nodes: int | None) -> nx.MultiDiGraph:
    """The part of the graph that is drawn: entities and their relations, no articles."""
    view = to_networkx(kg)  # our own copy: trimmed in place (subgraph copies are slow)
    view.remove_nodes_from([n for n, d in list(view.nodes(data=True)) if d["type"] == "Article"])
    # Byline-only people have no edges once articles are gone; keep only entities of the graph.
    view.remove_nodes_from([n for n in list(view) if n not in kg.entities and view.degree(n) == 0])
    if max_nodes is not None and view.number_of_nodes() > max_nodes:
        ranked = sorted(view.nodes, key=lambda n: (-view.degree(n), n))
        view.remove_nodes_from(ranked[max(max_nodes, 0):])
    return view


_SPRING_MAX = 300  # components up to this size get a force layout; bigger ones a radial one


def _radial(comp: nx.Graph) -> dict[str, tuple[float, float]]:
    """A radial tree layout of a breadth-first tree from the best-connected node, O(n + m).

    Each node gets an angular wedge in proportion to the size of its subtree, so branches stay
    together; rings are spaced for about 40 px between neighbours.
    """
    root = min(comp.nodes, key=lambda n: (-comp.degree(n), n))
    order, children, depth = [root], {root: []}, {root: 0}
    for n in order:  # grows while iterating: breadth-first
        for m in sorted(comp.neighbors(n)):
            if m not in depth:
                depth[m] = depth[n] + 1
                children[n].append(m)
                children[m] = []
                order.append(m)
    size = {n: 1 for n in order}
    for n in reversed(order):
        for m in children[n]:
            size[n] += size[m]
    ring_count: dict[int, int] = {}
    for d in depth.values():
        ring_count[d] = ring_count.get(d, 0) + 1
    radius = {0: 0.0}
    for d in range(1, max(ring_count) + 1):
        radius[d] = max(radius[d - 1] + 150.0, 40.0 * ring_count[d] / (2 * math.pi))
    wedge = {root: (0.0, 2 * math.pi)}
    pos: dict[str, tuple[float, float]] = {}
    for n in order:
        lo, hi = wedge[n]
        angle = (lo + hi) / 2
        pos[n] = (radius[depth[n]] * math.cos(angle), radius[depth[n]] * math.sin(angle))
        total = sum(size[m] for m in children[n])
        for m in children[n]:
            span = (hi - lo) * size[m] / total
            wedge[m] = (lo, lo + span)
            lo += span
    return pos


def _layout(view: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Seeded positions: a layout per connected component, components packed in rows.

    NetworkX's spring layout costs O(n²) per iteration, minutes for a 20,000-node graph, so
    only small components get it; large ones get rings by breadth-first depth.
    """
    simple = nx.Graph()
    simple.add_nodes_from(sorted(view.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in view.edges() if u != v))
    comps = sorted((sorted(c) for c in nx.connected_components(simple)), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for nodes in comps:
        comp = simple.subgraph(nodes)
        if len(nodes) == 1:
            pos = {nodes[0]: (0.0, 0.0)}
        elif len(nodes) <= _SPRING_MAX:
            raw = nx.spring_layout(comp, seed=_SEED, iterations=50)
            scale = 60.0 * math.sqrt(len(nodes))
            pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in raw.items()}
        else:
            pos = _radial(comp)
        extent = max((math.hypot(x, y) for x, y in pos.values()), default=0.0) + 60.0
        placed.append((pos, extent))
    # Shelf packing: rows of components, the biggest first, rows about as wide as the first.
    width = max(2 * placed[0][1], 2000.0) if placed else 0.0
    out: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for pos, extent in placed:
        if x > 0 and x + 2 * extent > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        cx, cy = x + extent, y + extent
        for n, (px, py) in pos.items():
            out[n] = (round(cx + px, 1), round(cy + py, 1))
        x += 2 * extent
        row_height = max(row_height, 2 * extent)
    return out


def _legend(types: list[str], relations: list[str]) -> str:
    rows = []
    for t in types:
        colour, _shape, symbol = TYPE_STYLE.get(t, _OTHER_STYLE)
        zh, en = TYPE_LABELS.get(t, (t, t))
        rows.append(f'<div><span style="color:{colour}">{symbol}</span> {_E(zh)} '
                    f'<span class="ug-en">{_E(en)}</span></div>')
    rels = "".join(f'<div>→ {_E(RELATION_LABELS[r][0])} <span class="ug-en">{_E(RELATION_LABELS[r][1])}</span></div>'
                   for r in relations if r in RELATION_LABELS)
    return ('<div id="ug-legend"><div class="ug-title">uniongraph 图例 legend</div>'
            + "".join(rows) + rels
            + '<div class="ug-note">虚线为推理所得关系；悬停可见证据句。<br>'
              'Dashed: inferred. Hover for evidence.</div></div>')


_HEAD_EXTRA = """<title>uniongraph</title>
<style>
body { margin: 0; font-family: sans-serif; overflow: hidden; }
#mynetwork { box-sizing: border-box; }
#ug-legend { position: fixed; top: 8px; right: 8px; z-index: 10; background: rgba(255,255,255,.92);
  border: 1px solid #ccc; border-radius: 4px; padding: 6px 10px; font-size: 13px; line-height: 1.5; }
#ug-legend .ug-title { font-weight: bold; }
#ug-legend .ug-en, #ug-legend .ug-note { color: #666; font-size: 11px; }
div.vis-tooltip { max-width: 420px; white-space: normal; }
</style>
"""

# vis-network 9 shows string titles as text; ours are escaped markup, so make them elements.
_TOOLTIP_SCRIPT = """<script type="text/javascript">
(function () {
  function el(markup) { var d = document.createElement("div"); d.innerHTML = markup; return d; }
  function fix(set) {
    set.update(set.get().filter(function (x) { return typeof x.title === "string"; })
      .map(function (x) { return {id: x.id, title: el(x.title)}; }));
  }
  fix(nodes); fix(edges);
})();
</script>
"""

_REMOTE_TAG = re.compile(
    r"<script\b[^>]*\bsrc\s*=\s*[\"']?(?:https?:)?//[^>]*>\s*</script>"
    r"|<link\b[^>]*\bhref\s*=\s*[\"']?(?:https?:)?//[^>]*/?>",
    re.IGNORECASE | re.DOTALL,
)
_EMPTY_HEADING = re.compile(r"<center>\s*<h1>\s*</h1>\s*</center>\s*")
_REMOTE_ATTR = re.compile(r"\b(?:src|href)\s*=\s*[\"']?\s*(?:https?:)?//", re.IGNORECASE)


def generate_html(kg: KnowledgeGraph, *, max_nodes: int | None = None) -> str:
    """The HTML page of the graph view (a string); see :func:`write_html`."""
    return _render(kg, max_nodes, "<html>")


def _render(kg: KnowledgeGraph, max_nodes: int | None, where: str) -> str:
    view = _view(kg, max_nodes)
    big = view.number_of_nodes() > PHYSICS_LIMIT
    positions = _layout(view) if big else {}
    degree = dict(view.degree())
    max_degree = max(degree.values(), default=0)

    sentences: dict[str, list[str]] = {n: [] for n in view}
    for u, v, data in view.edges(data=True):
        for s in data.get("evidence", []):
            for n in (u, v):
                if len(sentences[n]) < _MAX_SENTENCES and s not in sentences[n]:
                    sentences[n].append(s)

    net = Network(height="100vh", width="100%", directed=True, cdn_resources="in_line")
    nodes: list[dict[str, Any]] = []
    for n in sorted(view.nodes):
        data = view.nodes[n]
        colour, shape, _ = TYPE_STYLE.get(data["type"], _OTHER_STYLE)
        node: dict[str, Any] = {
            "id": n, "label": data["label"], "shape": shape, "color": colour,
            "size": round(10 + 30 * math.sqrt(degree[n] / max_degree), 1) if max_degree else 10,
            # No vis "group": group styles would override the colour set here.
            "title": _node_title(data, degree[n], sentences[n]), "type": data["type"],
        }
        if n in positions:
            node["x"], node["y"] = positions[n]
            node["physics"] = False
        nodes.append(node)
    edges: list[dict[str, Any]] = []
    for i, (u, v, key, data) in enumerate(sorted(view.edges(keys=True, data=True),
                                                 key=lambda e: (e[0], e[1], e[2]))):
        zh, _en = RELATION_LABELS.get(key, (key, key))
        edges.append({
            "id": f"e{i}", "from": u, "to": v, "label": zh, "arrows": "to",
            "title": _edge_title(key, data), "dashes": bool(data.get("inferred")),
            "color": "#999999" if data.get("inferred") else "#555555",
        })
    # Filled directly: pyvis' add_node/add_edge test membership in a list, O(n) per call.
    net.nodes = nodes
    net.edges = edges
    net.node_ids = [nd["id"] for nd in nodes]
    net.node_map = {nd["id"]: nd for nd in nodes}
    net.options = {
        "physics": {"enabled": not big, "stabilization": {"iterations": 200},
                    "barnesHut": {"springLength": 160}},
        "edges": {"font": {"size": 11, "align": "middle"}, "smooth": not big},
        "nodes": {"font": {"size": 14}},
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": big},
        "layout": {"randomSeed": _SEED, "improvedLayout": not big},
    }
    page = net.generate_html()
    page = _REMOTE_TAG.sub("", page)
    page = _EMPTY_HEADING.sub("", page)
    page = page.replace('<meta charset="utf-8">', '<meta charset="utf-8">\n' + _HEAD_EXTRA, 1)
    types = sorted({view.nodes[n]["type"] for n in view},
                   key=lambda t: list(TYPE_STYLE).index(t) if t in TYPE_STYLE else len(TYPE_STYLE))
    present = {k for _, _, k in view.edges(keys=True)}
    relations = [r for r in RELATION_LABELS if r in present]
    page = page.replace("</body>", _legend(types, relations) + "\n" + _TOOLTIP_SCRIPT + "</body>", 1)
    leftover = _REMOTE_ATTR.search(page)
    if leftover:  # a pyvis version with other remote tags: refuse rather than write a broken page
        snippet = page[leftover.start():leftover.end() + 40]
        raise OutputError(f"{where}: remote resource left in page: {snippet!r}")
    return page


def write_html(kg: KnowledgeGraph, path: str | os.PathLike[str], *, max_nodes: int | None = None) -> Path:
    """Write the interactive view to ``path`` (UTF-8, atomically); returns the path.

    ``max_nodes`` keeps only the best-connected entities (ties broken by id).
    """
    return write_text_atomic(path, _render(kg, max_nodes, str(path)))


def html_data(page: str) -> dict[str, Any]:
    """The nodes and edges embedded in a page written by :func:`write_html` (for tests, tools)."""
    found = {}
    for name in ("nodes", "edges"):
        m = re.search(name + r" = new vis\.DataSet\((\[.*?\])\);\n", page, re.DOTALL)
        if m is None:
            raise ValueError(f"no {name} data in page")
        found[name] = json.loads(m.group(1))
    return found
