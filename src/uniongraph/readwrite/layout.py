"""Seeded node positions for big graph views, computed in Python instead of in the browser.

vis-network's own simulation needs minutes to settle a graph of thousands of nodes; a layout
computed here lets the page draw at once with physics off. Each connected component is laid out
on its own (a star or a ring when tiny, NetworkX's spring layout when small — computed by
:func:`_spring`, the same floats faster — a radial tree when large) and the components are
packed in rows, the biggest first. The same graph always gives the same positions.

>>> import networkx as nx
>>> pos = layout_positions(nx.path_graph(["北京市总工会", "朝阳区总工会", "望京街道总工会"]))
>>> len(pos), all(isinstance(x, float) for x, _ in pos.values())
(3, True)
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any, Protocol

SEED = 7
#: Components up to this size get a force layout (O(n²) per iteration); bigger ones a radial one.
SPRING_MAX = 300
#: Components up to this size are drawn as a star or a ring: a force layout of a few nodes looks
#: the same and cost most of a view's time (a news corpus has hundreds of such pairs and stars).
TINY_MAX = 12


class Graph(Protocol):
    """What a layout reads of a graph: its nodes, and its edges as (u, v) pairs (a NetworkX
    graph of any kind, or the HTML view's own)."""

    @property
    def nodes(self) -> Iterable[Any]: ...

    def edges(self) -> Iterable[tuple[Any, Any]]: ...


Near = dict[str, set[str]]  # node -> its neighbours (no loops, direction and multiple edges ignored)


def _tiny(nodes: list[str], near: Near) -> dict[str, tuple[float, float]]:
    """A star (the hub in the middle) when one node joins all the others, else a ring."""
    hub = min(nodes, key=lambda n: (-len(near[n]), n))
    rim = [n for n in nodes if n != hub] if len(near[hub]) == len(nodes) - 1 else nodes
    radius = max(60.0, 90.0 * len(rim) / (2 * math.pi))
    pos = {hub: (0.0, 0.0)} if len(rim) < len(nodes) else {}
    for i, n in enumerate(rim):
        angle = 2 * math.pi * i / len(rim)
        pos[n] = (radius * math.cos(angle), radius * math.sin(angle))
    return pos


def _radial(nodes: list[str], near: Near) -> dict[str, tuple[float, float]]:
    """A radial tree layout of a breadth-first tree from the best-connected node, O(n + m).

    Each node gets an angular wedge in proportion to the size of its subtree, so branches stay
    together; rings are spaced for about 40 px between neighbours.
    """
    root = min(nodes, key=lambda n: (-len(near[n]), n))
    order, children, depth = [root], {root: []}, {root: 0}
    for n in order:  # grows while iterating: breadth-first
        for m in sorted(near[n]):
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
        width = hi - lo  # fixed before lo moves: each child's share of the parent's wedge
        for m in children[n]:
            span = width * size[m] / total
            wedge[m] = (lo, lo + span)
            lo += span
    return pos


def _components(nodes: list[str], near: Near) -> list[list[str]]:
    """The connected components, each as a sorted list of its nodes."""
    seen: set[str] = set()
    comps = []
    for start in nodes:
        if start in seen:
            continue
        seen.add(start)
        comp, todo = [start], [start]
        while todo:
            for m in near[todo.pop()]:
                if m not in seen:
                    seen.add(m)
                    comp.append(m)
                    todo.append(m)
        comps.append(sorted(comp))
    return comps


def _spring(nodes: list[str], edges: list[tuple[str, str]], iterations: int = 50,
            threshold: float = 1e-4) -> list[tuple[float, float]]:
    """``nx.spring_layout(comp, seed=SEED, iterations=50)`` of the graph of ``nodes`` (in this
    order) and ``edges``, as positions in the order of ``nodes``: NetworkX's Fruchterman-Reingold
    for fewer than 500 nodes (``_fruchterman_reingold``, then ``rescale_layout``), the same
    arithmetic on the same arrays, so the very same floats.

    Only the steps NetworkX spends most on are written another way, each with the same
    result: the pairwise differences are made per axis (broadcasting over a last axis of two
    was a third of the time) and each Euclidean norm over that axis is ``sqrt(x² + y²)``, which
    is what ``np.linalg.norm(v, axis=-1)`` sums for two components; the force sums stay NetworkX's
    ``einsum`` calls. About four times faster on a component of 300 nodes.
    """
    import numpy as np

    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    adjacency = np.zeros((n, n))  # nx.to_numpy_array: weight 1 per edge, both ways
    for u, v in edges:
        adjacency[index[u], index[v]] = adjacency[index[v], index[u]] = 1.0
    pos = np.random.RandomState(SEED).rand(n, 2)
    k = np.sqrt(1.0 / n)
    t = max(pos[:, 0].max() - pos[:, 0].min(), pos[:, 1].max() - pos[:, 1].min()) * 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        x, y = pos[:, 0], pos[:, 1]
        dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
        delta = np.stack((dx, dy), axis=-1)  # pos[:, None, :] - pos[None, :, :]
        distance = np.sqrt(dx * dx + dy * dy)
        np.clip(distance, 0.01, None, out=distance)
        displacement = np.einsum("ijk,ij->ik", delta, (k * k / distance**2 - adjacency * distance / k))
        mx, my = displacement[:, 0], displacement[:, 1]
        length = np.clip(np.sqrt(mx * mx + my * my), a_min=0.01, a_max=None)
        delta_pos = np.einsum("ij,i->ij", displacement, t / length)
        pos += delta_pos
        t -= dt
        if (np.linalg.norm(delta_pos) / n) < threshold:
            break
    pos -= pos.mean(axis=0)  # nx.rescale_layout(pos, scale=1), then + center (0, 0)
    lim = np.abs(pos).max()
    if lim > 0:
        pos *= 1 / lim
    pos = pos + np.zeros(2)
    return [(float(a), float(b)) for a, b in pos.tolist()]


def layout_positions(graph: Graph) -> dict[str, tuple[float, float]]:
    """Seeded positions (pixels) for every node of ``graph``; direction and multi-edges are ignored."""
    nodes = sorted(graph.nodes)
    near: Near = {n: set() for n in nodes}
    for u, v in graph.edges():
        if u != v:
            near[u].add(v)
            near[v].add(u)
    comps = sorted(_components(nodes, near), key=lambda c: (-len(c), c[0]))
    placed: list[tuple[dict[str, tuple[float, float]], float]] = []
    for comp in comps:  # each sorted, so that the layout does not depend on set order (hash seed)
        if len(comp) == 1:
            pos = {comp[0]: (0.0, 0.0)}
        elif len(comp) <= TINY_MAX:
            pos = _tiny(comp, near)
        elif len(comp) <= SPRING_MAX:
            raw = _spring(comp, [(u, v) for u in comp for v in near[u] if u < v])
            scale = 60.0 * math.sqrt(len(comp))
            pos = {n: (x * scale, y * scale) for n, (x, y) in zip(comp, raw)}
        else:
            pos = _radial(comp, near)
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
