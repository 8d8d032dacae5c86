"""Graph analytics on the NetworkX projection: counts, central entities, communities, neighbourhoods.

The analysis graph is :func:`~uniongraph.graph.networkx.to_networkx` with the article nodes
(and their ``mentions`` and byline edges) left out unless asked for: who is central among
organisations and people should not be decided by how many articles mention them.

>>> from uniongraph.model import Entity, KnowledgeGraph, Relation
>>> kg = KnowledgeGraph(entities={
...     "org/a": Entity("org/a", "崂山区总工会", "Federation"),
...     "org/b": Entity("org/b", "青岛市总工会", "Federation")},
...     relations=[Relation("崂山区总工会", "Federation", "subOrganizationOf", "青岛市总工会", "Federation")])
>>> graph_stats(kg).components
[2]
>>> sorted(e.name for e in neighbourhood(kg, "青岛市总工会", hops=1).entities.values())
['崂山区总工会', '青岛市总工会']
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx

from .errors import QueryError
from .graph.networkx import to_networkx
from .model import Entity, KnowledgeGraph


def analysis_graph(kg: KnowledgeGraph, *, articles: bool = False) -> nx.MultiDiGraph:
    """The NetworkX projection, without article nodes unless ``articles``."""
    g = to_networkx(kg, keys="id")
    if not articles:
        g.remove_nodes_from([n for n, d in g.nodes(data=True) if d.get("type") == "Article"])
    return g


def pagerank(g: nx.MultiDiGraph, *, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank by power iteration on the edges (parallel edges count once), pure Python.

    NetworkX's own ``pagerank`` needs SciPy; this gives the same numbers without it.
    """
    nodes = sorted(g.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    out: dict[str, list[str]] = {u: sorted({v for v in g.successors(u)}) for u in nodes}
    rank = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank[u] for u in nodes if not out[u]) / n
        new = dict.fromkeys(nodes, (1.0 - alpha) / n + dangling)
        for u in nodes:
            if out[u]:
                share = alpha * rank[u] / len(out[u])
                for v in out[u]:
                    new[v] += share
        if sum(abs(new[u] - rank[u]) for u in nodes) < n * tol:
            return new
        rank = new
    return rank


@dataclass
class Ranked:
    """An entity with a score: its name, type, id and the score (degree or PageRank)."""

    name: str
    type: str
    id: str
    score: float


@dataclass
class GraphStats:
    """What ``uniongraph stats`` reports."""

    nodes: int
    edges: int
    types: dict[str, int]
    relations: dict[str, int]
    inferred: int
    components: list[int]                           # sizes of weakly connected components, largest first
    communities: list[list[str]] = field(default_factory=list)   # names, largest community first
    top_degree: dict[str, list[Ranked]] = field(default_factory=dict)
    top_pagerank: dict[str, list[Ranked]] = field(default_factory=dict)

    def json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False, indent=1)

    def text(self, top: int = 5) -> str:
        """A readable report (at most ``top`` entities per type)."""
        lines = [f"nodes: {self.nodes}   edges: {self.edges}   inferred edges: {self.inferred}",
                 "entities by type: " + ", ".join(f"{t} {n}" for t, n in sorted(self.types.items())),
                 "edges by relation: " + ", ".join(f"{r} {n}" for r, n in sorted(self.relations.items())),
                 f"connected components: {len(self.components)}  (largest: "
                 + ", ".join(str(s) for s in self.components[:5]) + ")",
                 f"communities (Louvain): {len(self.communities)}"]
        for i, com in enumerate(self.communities[:5], 1):
            lines.append(f"  {i}. {len(com)}: " + "、".join(com[:8]) + (" …" if len(com) > 8 else ""))
        for title, table in (("degree", self.top_degree), ("PageRank", self.top_pagerank)):
            lines.append(f"top by {title}:")
            for type_ in sorted(table):
                cells = [f"{r.name} ({r.score:.4g})" if isinstance(r.score, float) and not r.score.is_integer()
                         else f"{r.name} ({int(r.score)})" for r in table[type_][:top]]
                lines.append(f"  {type_}: " + "、".join(cells))
        return "\n".join(lines)


def graph_stats(kg: KnowledgeGraph, *, top: int = 10, articles: bool = False, seed: int = 0) -> GraphStats:
    """Counts, components, communities and the ``top`` entities per type by degree and PageRank."""
    g = analysis_graph(kg, articles=articles)
    types = Counter(d["type"] for _, d in g.nodes(data=True))
    relations = Counter(k for _, _, k in g.edges(keys=True))
    inferred = sum(1 for *_, d in g.edges(keys=True, data=True) if d.get("inferred"))
    simple = nx.Graph()
    simple.add_nodes_from(sorted(g.nodes))
    simple.add_edges_from(sorted((u, v) for u, v in g.edges() if u != v))
    comps = sorted((len(c) for c in nx.connected_components(simple)), reverse=True)
    communities: list[list[str]] = []
    if simple.number_of_edges():
        found = nx.community.louvain_communities(simple, seed=seed)
        ranked = sorted(found, key=lambda c: (-len(c), min(c)))
        communities = [[g.nodes[n]["label"] for n in sorted(c, key=lambda n: (-simple.degree(n), n))]
                       for c in ranked if len(c) > 1]
    degree = {n: float(simple.degree(n)) for n in simple}
    pr = pagerank(g)

    def best(score: dict[str, float]) -> dict[str, list[Ranked]]:
        out: dict[str, list[Ranked]] = {}
        for n in sorted(score, key=lambda n: (-score[n], g.nodes[n]["label"], n)):
            t = g.nodes[n]["type"]
            if len(out.setdefault(t, [])) < top:
                out[t].append(Ranked(g.nodes[n]["label"], t, n, round(score[n], 6)))
        return out

    return GraphStats(g.number_of_nodes(), g.number_of_edges(), dict(sorted(types.items())),
                      dict(sorted(relations.items())), inferred, comps, communities,
                      best(degree), best(pr))


def find_entities(kg: KnowledgeGraph, name: str) -> list[Entity]:
    """Entities called ``name``: by canonical name, else by alias (all of them if several)."""
    exact = [e for e in kg.entities.values() if e.name == name]
    if exact:
        return sorted(exact, key=lambda e: e.id)
    return sorted((e for e in kg.entities.values() if name in e.aliases), key=lambda e: e.id)


def distances(kg: KnowledgeGraph, name: str, *, hops: int = 1) -> dict[str, int]:
    """Entity ids within ``hops`` relation steps of the entity ``name``, with their distance."""
    centres = find_entities(kg, name)
    if not centres:
        from .graph.lookup import near_names

        raise QueryError(f"no entity named {name!r} (give a name or alias as the graph spells it); "
                         f"{near_names(kg, name)}")
    g = analysis_graph(kg, articles=False).to_undirected(as_view=True)
    keep: dict[str, int] = {}
    for c in centres:
        for n, d in nx.single_source_shortest_path_length(g, c.id, cutoff=max(0, hops)).items():
            keep[n] = min(d, keep.get(n, d))
    return keep


def neighbourhood(kg: KnowledgeGraph, name: str, *, hops: int = 1, articles: bool = False) -> KnowledgeGraph:
    """The part of ``kg`` within ``hops`` relation steps (either direction) of the entity ``name``.

    Raises :class:`QueryError` if no entity has that name or alias. The result keeps the
    relations among the entities found, with their evidence; with ``articles`` the articles
    that mention them too (so the picture shows where they were read).
    """
    keep = distances(kg, name, hops=hops)
    names = {kg.entities[n].name for n in keep if n in kg.entities}
    sub = KnowledgeGraph()
    for eid in sorted(keep):
        if eid in kg.entities:
            sub.entities[eid] = kg.entities[eid]
    sub.relations = [r for r in kg.relations if r.head in names and r.tail in names
                     and kg.entity(r.head, r.head_type) is not None]
    sub.inferred_relations = [r for r in kg.inferred_relations if r.head in names and r.tail in names]
    if articles:
        wanted = {m.article_id for e in sub.entities.values() for m in e.mentions}
        sub.articles = [a for a in kg.articles if a.id in wanted]
    else:
        # entities keep their mention count but no links to articles left out of the picture
        sub.entities = {eid: Entity(e.id, e.name, e.type, set(e.aliases), dict(e.attributes), [],
                                    list(e.resolutions)) for eid, e in sub.entities.items()}
    return sub


def neighbourhood_data(kg: KnowledgeGraph, name: str, *, hops: int = 1) -> dict[str, Any]:
    """The neighbourhood as plain data: centre, nodes with their distance, edges with evidence."""
    sub = neighbourhood(kg, name, hops=hops)
    dist = distances(kg, name, hops=hops)
    nodes = [{"id": e.id, "name": e.name, "type": e.type, "hops": dist[e.id], "aliases": sorted(e.aliases)}
             for e in sorted(sub.entities.values(), key=lambda e: (dist[e.id], e.type, e.name))]
    edges = [{"head": r.head, "relation": r.relation, "tail": r.tail, "inferred": r.inferred,
              "evidence": [ev.sentence for ev in r.evidence]}
             for r in sorted(sub.relations + sub.inferred_relations, key=lambda r: (r.key, r.inferred))]
    return {"centre": name, "hops": hops, "nodes": nodes, "edges": edges}


def neighbourhood_text(data: dict[str, Any]) -> str:
    """The neighbourhood for the terminal: nodes by distance, then edges with one sentence each."""
    lines = [f"{data['centre']}: {len(data['nodes'])} entities within {data['hops']} hop(s), "
             f"{len(data['edges'])} relations"]
    for n in data["nodes"]:
        lines.append(f"  [{n['hops']}] {n['type']:<12} {n['name']}")
    for e in data["edges"]:
        ev = f"  «{e['evidence'][0]}»" if e["evidence"] else ""
        lines.append(f"  {e['head']} --{e['relation']}{' (inferred)' if e['inferred'] else ''}--> {e['tail']}{ev}")
    return "\n".join(lines)
