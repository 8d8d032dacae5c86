"""The view's force layout is NetworkX 3.6's ``spring_layout`` (seed 7, 50 iterations), computed
by :func:`uniongraph.readwrite.layout._spring` with the same arithmetic: the very same floats,
so graph.html keeps its bytes. The expected positions were written by NetworkX 3.6.1."""

from __future__ import annotations

import hashlib
import random

from uniongraph.readwrite.layout import _spring

# a hub with thirteen others, two of them also joined to another (sorted node order, as the layout lays them)
STAR = [f"org/单位{i:02d}" for i in range(14)]
STAR_EDGES = [(STAR[0], STAR[i]) for i in range(1, 14)] + [(STAR[3], STAR[12]), (STAR[5], STAR[9])]
STAR_POSITIONS = [
    (0.0012575126711892965, 0.009303466848497415), (-0.3389517020278887, 0.9207643463282091),
    (0.9140211272479992, 0.43948272685967066), (0.13111256485750516, -0.9212941553204912),
    (-0.5723465723326677, -0.49583446801559095), (0.8946091565846874, -0.06480306933062142),
    (-0.4296639035334629, -0.9537276583077203), (-0.7257287689556585, 0.6446587210877917),
    (-1.0, -0.2982084562804907), (0.8798056874208284, -0.43231162422676744),
    (0.1330071061190914, 0.967886862889018), (-0.9513537352762592, 0.22430456377720281),
    (0.4948263792333683, -0.8263011547195743), (0.5694051479912681, 0.7860798984108673),
]


def test_a_star_is_laid_out_as_networkx_lays_it_out() -> None:
    assert _spring(STAR, STAR_EDGES) == STAR_POSITIONS


def test_a_random_graph_of_120_nodes_too() -> None:
    rng = random.Random(14)
    nodes = sorted(f"person/人{i:02d}" for i in range(120))
    edges = sorted({tuple(sorted(rng.sample(nodes, 2))) for _ in range(200)})
    positions = _spring(nodes, edges)  # type: ignore[arg-type]
    assert len(positions) == 120 and all(type(x) is float and type(y) is float for x, y in positions)
    assert hashlib.sha1(repr(positions).encode()).hexdigest() == "1e1c6647cbc63e8fe32e221013d6f456450b8cc9"
