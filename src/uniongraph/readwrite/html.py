"""An interactive HTML view of the knowledge graph, generated through pyvis, usable offline.

The page is made by pyvis: :func:`pyvis_network` fills a ``pyvis.network.Network`` with the
entities (``net.nodes``) and relations (``net.edges``) and sets its vis-network options through
pyvis (physics on or off, Barnes-Hut forces, stabilisation, edge smoothing, hiding edges on
drag); pyvis's own Jinja machinery (``Network.generate_html``) then renders our template
``uniongraph/templates/graph.html`` with ``cdn_resources="in_line"``, so vis-network 9.1.2 comes
inline from pyvis's ``lib`` folder, next to our small script and style (``graph.js``,
``graph.css``). One self-contained file, written as UTF-8 by us (pyvis's ``write_html`` opens
files without an encoding); the page makes no network request. What it shows:

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

pyvis is imported on first use only, and without IPython, NetworkX and jsonpickle, which it
imports for features uniongraph does not use (see :func:`pyvis_network_class`).

>>> from uniongraph.model import Entity, KnowledgeGraph
>>> kg = KnowledgeGraph(entities={"person/x": Entity("person/x", "赵建国</script>", "Person")})
>>> page = generate_html(kg)
>>> "赵建国</script>" in page, html_data(page)["nodes"][0]["label"]
(False, '赵建国</script>')
"""

from __future__ import annotations

import json
import math
import os
import re
import types
from bisect import bisect_left
from collections import deque
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError
from ..graph.edges import EdgeKey, relation_edges
from ..graph.nodes import NodeIndex
from ..schema import RELATION_LABELS, TYPE_LABELS
from ..ids import fold_name
from ..schema import TYPE_STYLE as _TYPE_STYLE
from ..model import KnowledgeGraph
from .atomic import write_text_atomic
from .layout import layout_positions

if TYPE_CHECKING:  # imported on first use: pyvis pulls in IPython
    from pyvis.network import Network

#: Above this many nodes the layout is computed in Python and physics is switched off.
PHYSICS_LIMIT = 1000
#: Above this many nodes (and up to PHYSICS_LIMIT) the Python layout is the starting point and
#: vis-network only smooths it (20 iterations instead of 250: 500 nodes draw in about a second).
PRELAYOUT_MIN = 150

#: Entity type -> (colour, vis-network shape, legend symbol), from :mod:`uniongraph.schema`.
TYPE_STYLE = _TYPE_STYLE
_OTHER_STYLE = ("#7f7f7f", "dot", "●")
#: Evidence sentences kept per edge, and first-mention sentences per node.
MAX_EDGE_SENTENCES = 3
MAX_NODE_SENTENCES = 2
#: Longest sentence kept, in characters (a page-break repair gone wrong can glue paragraphs).
MAX_SENTENCE_CHARS = 200
VIS_VERSION = "9.1.2"
DATA_SCHEMA = "uniongraph-view/1"

#: The page title (pyvis's ``heading``).
TITLE = "uniongraph 知识图谱 knowledge graph"
#: Font of labels: CJK first, so names are not drawn in a fallback font.
FONT = '"Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif'

_SENTENCE_END = "。！？!?；;\n"
_SENTENCE_END_RE = re.compile(f"[{re.escape(_SENTENCE_END)}]")
_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
_PAGE = "graph.html"


def json_for_script(value: Any) -> str:
    """JSON text safe inside a ``<script>`` element: ``<``, ``>``, ``&`` and the two JavaScript
    line separators are written as ``\\u`` escapes, which ``JSON.parse`` reads back unchanged.

    >>> json_for_script({"name": "</script><img src=x onerror=alert(1)>"})
    '{"name":"\\\\u003c/script\\\\u003e\\\\u003cimg src=x onerror=alert(1)\\\\u003e"}'
    """
    return _script_text(json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False))


def _script_text(text: str) -> str:
    """JSON text made safe inside ``<script>`` (see :func:`json_for_script`); the characters
    escaped can only occur inside JSON strings, where the escapes mean the same."""
    for ch, esc in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return text


def _clip(sentence: str) -> str:
    sentence = " ".join(sentence[: 4 * MAX_SENTENCE_CHARS].split())
    return sentence if len(sentence) <= MAX_SENTENCE_CHARS else sentence[: MAX_SENTENCE_CHARS - 1] + "…"


def _sentence_marks(text: str) -> list[int]:
    """The offsets of ``text``'s sentence end marks, in order (found once per article)."""
    return [m.start() for m in _SENTENCE_END_RE.finditer(text)]


def _sentence_at(text: str, start: int, end: int, marks: list[int] | None = None) -> str:
    """The sentence of ``text`` around ``[start, end)``: from after the previous sentence end mark
    to the next one, inclusive. Used for first mentions, as graph files do not keep sentences.
    ``marks``: :func:`_sentence_marks` of ``text``, for a caller that asks about many mentions."""
    if marks is None:
        marks = _sentence_marks(text)
    # look no further than a tooltip can show: a page without punctuation is one long "sentence"
    floor, ceiling = max(0, start - MAX_SENTENCE_CHARS), min(len(text), end + MAX_SENTENCE_CHARS)
    k = bisect_left(marks, start) - 1  # the last mark before start
    lo = marks[k] + 1 if k >= 0 and marks[k] >= floor else floor
    k = bisect_left(marks, end)  # the first mark at or after end
    hi = marks[k] + 1 if k < len(marks) and marks[k] < ceiling else ceiling
    # A closing quote right after the previous sentence's mark belongs to that sentence.
    return _clip(text[lo:hi].lstrip("”’」』）) \t").strip())


class _ViewGraph:
    """What the view draws from: the entities, and the people and places relations name without
    an entity, with the relations between them (extracted and inferred, one edge per head, tail
    and relation), in two dicts.

    The same nodes, node data and edges as ``to_networkx(kg, keys="id")`` once its articles are
    removed (:mod:`uniongraph.graph.networkx`), without NetworkX: its import and its graph were
    a third of the view's time. ``nodes``: id -> label, type, aliases, mentions, attributes;
    ``edge_data``: (head, tail, relation) -> relation, evidence (distinct sentences), rules,
    inferred (:func:`~uniongraph.graph.edges.relation_edges`).
    """

    def __init__(self, kg: KnowledgeGraph) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        index = NodeIndex(kg)
        for eid in sorted(kg.entities):
            ent = kg.entities[eid]
            self.nodes[eid] = {"label": ent.name, "type": ent.type, "aliases": sorted(ent.aliases),
                               "mentions": len(ent.mentions), "attributes": dict(ent.attributes)}
        for art in kg.articles:  # byline names first, as the NetworkX graph names them
            for byline in art.bylines:
                if byline.role in _BYLINE_ROLES:
                    index.person(byline.name)
        self.edge_data: dict[EdgeKey, dict[str, Any]] = relation_edges(kg, index)
        for info in sorted(index.implied.values(), key=lambda i: i.id):
            self.nodes[info.id] = {"label": info.name, "type": info.type, "aliases": [], "mentions": 0,
                                   "attributes": {}}

    def number_of_nodes(self) -> int:
        return len(self.nodes)

    def degree(self) -> dict[str, int]:
        """Edges in and out of each node (a loop counts twice)."""
        degree = dict.fromkeys(self.nodes, 0)
        for u, v, _ in self.edge_data:
            degree[u] += 1
            degree[v] += 1
        return degree

    def edges(self) -> list[tuple[str, str]]:
        """(head, tail) of every edge (for :func:`~.layout.layout_positions`)."""
        return [(u, v) for u, v, _ in self.edge_data]

    def neighbours(self) -> dict[str, set[str]]:
        """The nodes each node has an edge to or from."""
        near: dict[str, set[str]] = {n: set() for n in self.nodes}
        for u, v, _ in self.edge_data:
            near[u].add(v)
            near[v].add(u)
        return near

    def keep(self, kept: Any) -> None:
        """Remove every node not in ``kept``, and the edges of those nodes."""
        self.nodes = {n: d for n, d in self.nodes.items() if n in kept}
        self.edge_data = {e: d for e, d in self.edge_data.items() if e[0] in kept and e[1] in kept}


#: byline roles the graph has a relation for (bylines of other roles name no node)
_BYLINE_ROLES = frozenset(("reporter", "correspondent"))


def _focus_ids(view: _ViewGraph, focus: str) -> list[str]:
    """Node ids whose name or alias is ``focus`` (NFKC, case-insensitive), else its id."""
    want = fold_name(focus)
    hits = [n for n, d in view.nodes.items()
            if want in {fold_name(s) for s in [d["label"], *d.get("aliases", [])]}]
    return sorted(hits) or ([focus] if focus in view.nodes else [])


def _view(kg: KnowledgeGraph, max_nodes: int | None, focus: str | None, hops: int,
          where: str) -> tuple[_ViewGraph, int]:
    """The part of the graph that is drawn, and how many nodes the whole view had.

    Entities and their relations, no articles; with ``focus``, the entities within ``hops``
    steps of it (either direction); with ``max_nodes``, the nearest to the focus and then
    the best-connected are kept (ties broken by id).
    """
    view = _ViewGraph(kg)
    # Byline-only people have no edges once articles are gone; keep only entities of the graph.
    degree = view.degree()
    view.keep({n for n in view.nodes if n in kg.entities or degree[n]})
    total = view.number_of_nodes()
    distance: dict[str, int] = {}
    if focus is not None:
        starts = _focus_ids(view, focus)
        if not starts:
            from ..graph.lookup import near_names

            raise OutputError(f"{where}: --focus {focus!r}: no entity has that name or alias; {near_names(kg, focus)}")
        near = view.neighbours()
        queue = deque(starts)
        distance = {s: 0 for s in starts}
        while queue:  # breadth-first over edges in both directions
            n = queue.popleft()
            if distance[n] >= hops:
                continue
            for m in sorted(near.get(n, ())):
                if m not in distance:
                    distance[m] = distance[n] + 1
                    queue.append(m)
        view.keep(distance)
    if max_nodes is not None and view.number_of_nodes() > max_nodes:
        degree = view.degree()
        ranked = sorted(view.nodes, key=lambda n: (distance.get(n, 0), -degree[n], n))
        view.keep(set(ranked[:max(max_nodes, 0)]))
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
    degree = view.degree()
    top = max(degree.values(), default=0)
    article_index = {a.id: i for i, a in enumerate(kg.articles)}
    texts = {a.id: a.text for a in kg.articles}
    marks: dict[str, list[int]] = {}  # article -> its sentence end marks (see _sentence_marks)
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
            if m.article_id not in marks:
                marks[m.article_id] = _sentence_marks(text)
            item = sentence_ref(_sentence_at(text, m.start, m.end, marks[m.article_id]), article_index[m.article_id])
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
    for i, ((u, v, key), data) in enumerate(sorted(view.edge_data.items(), key=lambda e: e[0])):
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


def pyvis_network(data: dict[str, Any]) -> Network:
    """A pyvis ``Network`` holding the view ``data`` (see :func:`view_data`): its nodes and
    edges, and vis-network options set through pyvis; ready for :func:`render`.

    Nodes and edges go into ``net.nodes``/``net.edges`` (and ``node_ids``/``node_map``) as
    ``add_node``/``add_edge`` would put them, without their list membership checks, which make
    adding ``n`` nodes and ``m`` edges O(n²+nm). The page script turns each item into a vis
    node or edge (style by type, labels, lazy labels for big graphs).
    """
    Network = pyvis_network_class()
    big = not data["physics"]
    net = Network(height="100%", width="100%", directed=True, heading=TITLE, cdn_resources="in_line")
    net.nodes = list(data["nodes"])
    net.node_ids = [n["id"] for n in net.nodes]
    net.node_map = {n["id"]: n for n in net.nodes}
    net.edges = list(data["edges"])

    net.toggle_physics(not big)
    if big:  # positions come from Python: nothing to settle
        net.toggle_stabilization(False)
    else:  # vis-network's Barnes-Hut defaults, with shorter and stiffer springs
        net.barnes_hut(gravity=-2000, central_gravity=0.3, spring_length=150, spring_strength=0.03,
                       damping=0.09, overlap=0.2)
        net.options.physics.stabilization.iterations = data["iterations"]
    net.set_edge_smooth("continuous")
    net.options.edges.smooth.enabled = not big  # curves cost per edge and frame
    net.toggle_hide_edges_on_drag(big)
    # What pyvis's Options have no setter for: attributes of the same objects, which pyvis
    # writes out with the rest (Options.to_json).
    opts = net.options
    opts.autoResize = True
    # improvedLayout (Kamada-Kawai in the browser) is quadratic: only without Python positions.
    opts.layout = {"randomSeed": 7, "improvedLayout": not big and len(net.nodes) <= PRELAYOUT_MIN}
    opts.nodes = {"borderWidth": 1,
                  "font": {"face": FONT, "size": 14, "color": "#222222", "strokeWidth": 3,
                           "strokeColor": "#ffffff"},
                  "scaling": {"label": {"drawThreshold": 7}}}
    edges = opts.edges
    edges.arrows = {"to": {"enabled": True, "scaleFactor": 0.5}}
    edges.width, edges.selectionWidth = 1, 2
    edges.color.inherit = False
    edges.color.color, edges.color.highlight, edges.color.hover = "#666666", "#d62728", "#333333"
    edges.font = {"face": FONT, "size": 11, "align": "middle", "color": "#444444", "strokeWidth": 3}
    inter = opts.interaction
    inter.hover, inter.tooltipDelay, inter.keyboard, inter.multiselect = True, 80, False, False
    inter.hideEdgesOnZoom = big
    return net


def pyvis_network_class() -> type[Network]:
    """``pyvis.network.Network``, imported without what it imports for features uniongraph never
    uses, unless something loaded those already.

    ``pyvis.network`` imports, at the top, ``IPython.display.IFrame`` only for
    ``Network.show(notebook=True)``, NetworkX only for ``Network.from_nx`` and jsonpickle only for
    ``Network.to_json``: a third of a second with IPython, a tenth without, a tenth of a small
    build. So, for the duration of that one import, the ones not loaded yet are stand-ins in
    ``sys.modules``: ``IPython.display`` holds an ``IFrame`` that imports the real one when
    called (a notebook has IPython loaded: then the real one is used), and NetworkX and
    jsonpickle are modules that import the real package on first use (:class:`_Deferred`).
    """
    import sys

    if "pyvis.network" not in sys.modules:
        stand_ins: dict[str, types.ModuleType] = {}
        if "IPython" not in sys.modules:
            def IFrame(*args: Any, **kwargs: Any) -> Any:  # noqa: N802 - IPython's name
                import importlib  # by name: IPython is pyvis's dependency, never uniongraph's

                return importlib.import_module("IPython.display").IFrame(*args, **kwargs)

            package, display = types.ModuleType("IPython"), types.ModuleType("IPython.display")
            display.IFrame = IFrame  # type: ignore[attr-defined]
            package.display = display  # type: ignore[attr-defined]
            stand_ins.update({"IPython": package, "IPython.display": display})
        for name in ("networkx", "jsonpickle"):
            if name not in sys.modules:
                stand_ins[name] = _Deferred(name)
        sys.modules.update(stand_ins)
        try:
            import pyvis.network  # noqa: F401
        finally:  # the stand-ins leave: a later import gets the real package
            for name, module in stand_ins.items():
                if sys.modules.get(name) is module:
                    del sys.modules[name]
    from pyvis.network import Network

    return Network


class _Deferred(types.ModuleType):
    """A stand-in for the module of its name that imports the real one on first use of any of
    its attributes (see :func:`pyvis_network_class`)."""

    def __getattr__(self, attr: str) -> Any:
        import importlib
        import sys

        if attr.startswith("__") or sys.modules.get(self.__name__) is self:
            raise AttributeError(attr)  # asked while standing in (an import machinery probe)
        return getattr(importlib.import_module(self.__name__), attr)


@lru_cache(maxsize=1)
def _bytecode_cache() -> Any:
    """Compiled templates kept across renders, in memory and on disk (:mod:`.template_cache`)."""
    from .template_cache import TemplateCache

    return TemplateCache()


@lru_cache(maxsize=4)
def _check_inline(pyvis_templates: str) -> None:
    """Fail if a piece the page inlines could end its element early (checked once)."""
    pieces = {f"lib/vis-{VIS_VERSION}/vis-network.min.js": "</script",
              f"lib/vis-{VIS_VERSION}/vis-network.css": "</style",
              "graph.js": "</script", "graph.css": "</style"}
    for name, closer in pieces.items():
        found = [d / name for d in (_TEMPLATES, Path(pyvis_templates)) if (d / name).is_file()]
        if not found:
            raise OutputError(f"graph.html: {name} not found (pyvis with vis-network {VIS_VERSION} needed)")
        if closer in found[0].read_text(encoding="utf-8").lower():
            raise OutputError(f"graph.html: {found[0]} contains {closer!r} and cannot be inlined")


def render(net: Network, data: dict[str, Any]) -> str:
    """The page of ``net``, rendered by pyvis (``Network.generate_html``) from our template.

    Our template folder goes first on pyvis's Jinja search path and pyvis's own (with
    ``lib/vis-9.1.2``) second, so the template can include vis-network as pyvis's in-line
    template does. The rest of ``data`` (types, relations, articles, sentences, counts) is a
    template global of this render's environment.
    """
    import pyvis
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    if net.cdn_resources != "in_line":
        raise OutputError("graph.html: the page must be rendered with cdn_resources='in_line'")
    pyvis_templates = str(Path(pyvis.__file__).resolve().parent / "templates")
    _check_inline(pyvis_templates)
    # As Network.set_template_dir does, plus pyvis's folder on the path and compiled code
    # kept between renders; a fresh environment per render, so the globals are this page's.
    env = Environment(loader=FileSystemLoader([str(_TEMPLATES), pyvis_templates]),
                      bytecode_cache=_bytecode_cache(), undefined=StrictUndefined, autoescape=False)
    env.filters["script_json"] = json_for_script
    env.filters["script_text"] = _script_text
    env.globals["ug"] = {k: v for k, v in data.items() if k not in ("nodes", "edges")}
    env.globals["vis_version"] = VIS_VERSION
    net.templateEnv, net.template_dir, net.path = env, str(_TEMPLATES), _PAGE
    return net.generate_html(name=_PAGE)


def _page(data: dict[str, Any]) -> str:
    return render(pyvis_network(data), data)


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
