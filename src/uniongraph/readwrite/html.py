"""An interactive HTML view of the knowledge graph (vis-network from pyvis), usable offline.

One self-contained UTF-8 file: vis-network 9.1.2 as shipped inside the pinned ``pyvis`` package,
our own small script and style (``uniongraph/templates/graph.*``) and the graph data, all
inline, so the page makes no network request. What it shows:

- entities as nodes, coloured and shaped by type (legend), sized by degree; relations as arrows
  labelled in Chinese, English on hover; inferred relations dashed; articles are not drawn;
- a tooltip per node (type, aliases, mentions, first sentences with their article titles) and
  per edge (relation, evidence, rule); a search box; filters by type and relation; a click
  highlights the neighbourhood and lists the node's facts with evidence in a side panel.

Safety: all text from the news is untrusted. It travels only as JSON inside
``<script type="application/json">`` (with ``<``, ``>`` and ``&`` as ``\\u`` escapes, so a name
cannot close the script) and the page script puts it into the document only as text nodes
(``textContent``), never as markup; vis-network draws labels on a canvas.

Big graphs: above :data:`PHYSICS_LIMIT` nodes the positions come from a seeded layout computed
here (:mod:`.layout`) and physics is off. ``max_nodes`` keeps the best-connected entities and
``focus``/``hops`` one entity's neighbourhood. The same graph always gives the same bytes.

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"person/x": Entity("person/x", "刘大隆</script>", "Person")})
>>> page = generate_html(kg)
>>> "刘大隆</script>" in page, html_data(page)["nodes"][0]["label"]
(False, '刘大隆</script>')
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import re
import unicodedata
from collections import deque
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import OutputError
from ..graph.networkx import to_networkx
from ..graph.nodes import NodeIndex
from ..graph.vocabulary import RELATION_LABELS, TYPE_LABELS
from ..model import KnowledgeGraph
from .atomic import write_text_atomic
from .layout import layout_positions

#: Above this many nodes the layout is computed in Python and physics is switched off.
PHYSICS_LIMIT = 1000
#: Above this many nodes (and up to PHYSICS_LIMIT) the Python layout is the starting point and
#: vis-network only smooths it (20 iterations instead of 250: 500 nodes draw in about a second).
PRELAYOUT_MIN = 150

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
#: Evidence sentences kept per edge, and first-mention sentences per node.
MAX_EDGE_SENTENCES = 3
MAX_NODE_SENTENCES = 2
#: Longest sentence kept, in characters (a page-break repair gone wrong can glue paragraphs).
MAX_SENTENCE_CHARS = 200
VIS_VERSION = "9.1.2"
DATA_SCHEMA = "uniongraph-view/1"

_SENTENCE_END = "。！？!?；;\n"
_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_SLOT = re.compile(r"@@([A-Z_]+)@@")


def _pyvis_lib(name: str) -> str:
    """A file of the vis-network build shipped in pyvis, found without importing pyvis
    (its ``__init__`` imports IPython, over a second)."""
    spec = importlib.util.find_spec("pyvis")
    if spec is None or not spec.submodule_search_locations:
        raise OutputError(f"graph.html: pyvis is not installed (needed for vis-network {VIS_VERSION})")
    for root in spec.submodule_search_locations:
        path = Path(root) / "templates" / "lib" / f"vis-{VIS_VERSION}" / name
        if path.is_file():
            return path.read_text(encoding="utf-8")
    raise OutputError(f"graph.html: vis-network {VIS_VERSION} ({name}) not found in the pyvis package")


@lru_cache(maxsize=1)
def _assets() -> dict[str, str]:
    """The inline pieces of the page, checked once: nothing in them may end their element early."""
    assets = {
        "VIS_CSS": _pyvis_lib("vis-network.css"),
        "VIS_JS": _pyvis_lib("vis-network.min.js"),
        "CSS": (_TEMPLATES / "graph.css").read_text(encoding="utf-8"),
        "JS": (_TEMPLATES / "graph.js").read_text(encoding="utf-8"),
        "PAGE": (_TEMPLATES / "graph.html").read_text(encoding="utf-8"),
    }
    for key in ("VIS_JS", "JS"):
        if "</script" in assets[key].lower():
            raise OutputError(f"graph.html: {key} contains '</script' and cannot be inlined")
    for key in ("VIS_CSS", "CSS"):
        if "</style" in assets[key].lower():
            raise OutputError(f"graph.html: {key} contains '</style' and cannot be inlined")
    return assets


def json_for_script(value: Any) -> str:
    """JSON text safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the two JavaScript
    line separators are written as ``\\u`` escapes, which ``JSON.parse`` reads back unchanged.

    >>> json_for_script({"name": "</script><img src=x onerror=alert(1)>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _clip(sentence: str) -> str:
    sentence = " ".join(sentence.split())
    return sentence if len(sentence) <= MAX_SENTENCE_CHARS else sentence[: MAX_SENTENCE_CHARS - 1] + "…"


def _sentence_at(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` around ``[start, end)``: from after the previous sentence end mark
    to the next one, inclusive. Used for first mentions, as graph files do not keep sentences."""
    lo = max((text.rfind(ch, 0, start) for ch in _SENTENCE_END), default=-1) + 1
    hits = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    hi = min(hits) + 1 if hits else len(text)
    # A closing quote right after the previous sentence's mark belongs to that sentence.
    return _clip(text[lo:hi].lstrip("”’」』）) \t").strip())


def _focus_ids(view: nx.MultiDiGraph, focus: str) -> list[str]:
    """Node ids whose name or alias is ``focus`` (NFKC, case-insensitive), else its id."""
    want = unicodedata.normalize("NFKC", focus).strip().casefold()
    hits = [n for n, d in view.nodes(data=True)
            if want in {unicodedata.normalize("NFKC", s).strip().casefold()
                        for s in [d["label"], *d.get("aliases", [])]}]
    return sorted(hits) or ([focus] if focus in view else [])


def _view(kg: KnowledgeGraph, max_nodes: int | None, focus: str | None, hops: int,
          where: str) -> tuple[nx.MultiDiGraph, int]:
    """The part of the graph that is drawn, and how many nodes the whole view had.

    Entities and their relations, no articles; with ``focus``, the entities within ``hops``
    steps of it (either direction); with ``max_nodes``, the nearest to the focus and then
    the best-connected are kept (ties broken by id).
    """
    view = to_networkx(kg)  # our own copy: trimmed in place (subgraph copies are slow)
    view.remove_nodes_from([n for n, d in list(view.nodes(data=True)) if d["type"] == "Article"])
    # Byline-only people have no edges once articles are gone; keep only entities of the graph.
    view.remove_nodes_from([n for n in list(view) if n not in kg.entities and view.degree(n) == 0])
    total = view.number_of_nodes()
    distance: dict[str, int] = {}
    if focus is not None:
        starts = _focus_ids(view, focus)
        if not starts:
            raise OutputError(f"{where}: --focus {focus!r}: no entity has that name or alias")
        queue = deque(starts)
        distance = {s: 0 for s in starts}
        while queue:  # breadth-first over edges in both directions
            n = queue.popleft()
            if distance[n] >= hops:
                continue
            for m in sorted(set(view.successors(n)) | set(view.predecessors(n))):
                if m not in distance:
                    distance[m] = distance[n] + 1
                    queue.append(m)
        view.remove_nodes_from([n for n in list(view) if n not in distance])
    if max_nodes is not None and view.number_of_nodes() > max_nodes:
        ranked = sorted(view.nodes, key=lambda n: (distance.get(n, 0), -view.degree(n), n))
        view.remove_nodes_from(ranked[max(max_nodes, 0):])
    return view, total


def _evidence_by_edge(kg: KnowledgeGraph) -> dict[tuple[str, str, str], list[tuple[str, str]]]:
    """(head id, tail id, relation) -> distinct (sentence, article id) pairs, read before inferred."""
    index = NodeIndex(kg)
    out: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
    for rel in [*kg.relations, *kg.inferred_relations]:
        head, tail = index.ends(rel)
        found = out.setdefault((head, tail, rel.relation), [])
        for ev in rel.evidence:
            item = (ev.sentence, ev.article_id)
            if item not in found:
                found.append(item)
    return out


def view_data(kg: KnowledgeGraph, *, max_nodes: int | None = None, focus: str | None = None,
              hops: int = 1, where: str = "graph.html") -> dict[str, Any]:
    """The JSON-ready data the page draws (schema ``uniongraph-view/1``).

    ``nodes``: id, label, type, size, font (size), degree, aliases, mentions, attrs, ev
    (first-mention sentences) and, above ``PRELAYOUT_MIN`` nodes, x/y; ``edges``: id, from,
    to, rel, inferred, ev (evidence sentences), rules; ``ev`` items index ``sentences``, each
    [text, article index or -1]; ``articles``: titles; ``types``/``relations``:
    labels, style and counts of those present; ``shown``/``total`` node counts.
    """
    if hops < 0:
        raise OutputError(f"{where}: --hops must be 0 or more, got {hops}")
    view, total = _view(kg, max_nodes, focus, hops, where)
    big = view.number_of_nodes() > PHYSICS_LIMIT
    positions = layout_positions(view) if view.number_of_nodes() > PRELAYOUT_MIN else {}
    degree = dict(view.degree())
    top = max(degree.values(), default=0)
    article_index = {a.id: i for i, a in enumerate(kg.articles)}
    texts = {a.id: a.text for a in kg.articles}
    # Sentences are stored once and referred to by index: a node's first mention is often the
    # evidence of one of its edges too.
    table: list[list[Any]] = []
    seen: dict[tuple[str, int], int] = {}

    def sentence_ref(text: str, article: int) -> int:
        key = (text, article)
        if key not in seen:
            seen[key] = len(table)
            table.append([text, article])
        return seen[key]

    nodes: list[dict[str, Any]] = []
    for n in sorted(view.nodes):
        data = view.nodes[n]
        share = math.sqrt(degree[n] / top) if top else 0.0
        sentences: list[int] = []
        ent = kg.entities.get(n)
        for m in ent.mentions if ent is not None else []:
            if len(sentences) >= MAX_NODE_SENTENCES:
                break
            text = texts.get(m.article_id)
            if text is None or not 0 <= m.start <= m.end <= len(text):
                continue
            item = sentence_ref(_sentence_at(text, m.start, m.end), article_index[m.article_id])
            if item not in sentences:
                sentences.append(item)
        node: dict[str, Any] = {
            "id": n, "label": data["label"], "type": data["type"],
            "size": round(10 + 30 * share, 1), "font": round(14 + 8 * share),
            "degree": degree[n], "aliases": list(data.get("aliases", [])),
            "mentions": int(data.get("mentions", 0)),
            "attrs": [[str(k), str(v)] for k, v in sorted(data.get("attributes", {}).items())],
            "ev": sentences,
        }
        if n in positions:
            node["x"], node["y"] = positions[n]
        nodes.append(node)

    evidence = _evidence_by_edge(kg)
    edges: list[dict[str, Any]] = []
    for i, (u, v, key, data) in enumerate(sorted(view.edges(keys=True, data=True),
                                                 key=lambda e: (e[0], e[1], e[2]))):
        ev = evidence.get((u, v, key)) or [(s, "") for s in data.get("evidence", [])]
        edges.append({
            "id": f"e{i}", "from": u, "to": v, "rel": key, "inferred": bool(data.get("inferred")),
            "ev": [sentence_ref(_clip(s), article_index.get(a, -1)) for s, a in ev[:MAX_EDGE_SENTENCES]],
            "rules": list(data.get("rules", [])),
        })

    type_counts: dict[str, int] = {}
    for nd in nodes:
        type_counts[nd["type"]] = type_counts.get(nd["type"], 0) + 1
    order = list(TYPE_STYLE)
    types = []
    for t in sorted(type_counts, key=lambda t: (order.index(t) if t in order else len(order), t)):
        colour, shape, symbol = TYPE_STYLE.get(t, _OTHER_STYLE)
        zh, en = TYPE_LABELS.get(t, (t, t))
        types.append({"key": t, "zh": zh, "en": en, "color": colour, "shape": shape,
                      "symbol": symbol, "count": type_counts[t]})
    rel_counts: dict[str, int] = {}
    for e in edges:
        rel_counts[e["rel"]] = rel_counts.get(e["rel"], 0) + 1
    rel_order = list(RELATION_LABELS)
    relations = [{"key": r, "zh": RELATION_LABELS.get(r, (r, r))[0], "en": RELATION_LABELS.get(r, (r, r))[1],
                  "count": rel_counts[r]}
                 for r in sorted(rel_counts, key=lambda r: (rel_order.index(r) if r in rel_order else 99, r))]
    return {
        "schema": DATA_SCHEMA, "physics": not big, "iterations": 20 if positions else 250,
        "shown": len(nodes), "total": total, "focus": focus, "hops": hops if focus else None,
        "max_nodes": max_nodes,
        "types": types, "relations": relations,
        "articles": [a.title for a in kg.articles], "sentences": table,
        "nodes": nodes, "edges": edges,
    }


def _page(data: dict[str, Any]) -> str:
    assets = _assets()
    slots = {**assets, "DATA": json_for_script(data)}
    # One pass, so text inside an inserted piece is never taken for a slot.
    return _SLOT.sub(lambda m: slots[m.group(1)], assets["PAGE"])


def generate_html(kg: KnowledgeGraph, *, max_nodes: int | None = None, focus: str | None = None,
                  hops: int = 1) -> str:
    """The HTML page of the graph view (a string); see :func:`write_html`."""
    return _page(view_data(kg, max_nodes=max_nodes, focus=focus, hops=hops, where="graph.html"))


def write_html(kg: KnowledgeGraph, path: str | os.PathLike[str], *, max_nodes: int | None = None,
               focus: str | None = None, hops: int = 1) -> Path:
    """Write the interactive view to ``path`` (UTF-8, atomically); returns the path.

    ``max_nodes`` keeps only the best-connected entities; ``focus`` (a name or alias) keeps
    the entities within ``hops`` relations of it. Raises :class:`OutputError` naming the file.
    """
    data = view_data(kg, max_nodes=max_nodes, focus=focus, hops=hops, where=str(path))
    return write_text_atomic(path, _page(data))


_DATA_BLOCK = re.compile(r'<script type="application/json" id="ug-data">(.*?)</script>', re.DOTALL)


def html_data(page: str) -> dict[str, Any]:
    """The view data embedded in a page written by :func:`write_html` (for tests and tools)."""
    m = _DATA_BLOCK.search(page)
    if m is None:
        raise ValueError("no uniongraph view data in page")
    return json.loads(m.group(1))
