"""Layout positions must not depend on Python's string hash seed (graph.html is byte-identical
for the same input in every process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

SCRIPT = """
import json, networkx as nx
from uniongraph.readwrite.layout import layout_positions
g = nx.MultiDiGraph()
for c in range(40):                       # many small components and a few bigger ones
    size = 2 + c % 9
    names = [f"org/单位{c}-{i}" for i in range(size)]
    g.add_nodes_from(names)
    for i in range(1, size):
        g.add_edge(names[i], names[(i * 7) % i], key="memberOf")
for i in range(30):
    g.add_node(f"person/孤立者{i}")
print(json.dumps(sorted(layout_positions(g).items())))
"""


def _positions(seed: str) -> list:
    env = dict(os.environ, PYTHONHASHSEED=seed)
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_layout_is_the_same_for_every_hash_seed() -> None:
    first = _positions("1")
    assert len(first) == sum(2 + c % 9 for c in range(40)) + 30
    assert _positions("2") == first
    assert _positions("12345") == first
