"""The commands that look at a graph: shapes, statistics and neighbourhoods.

    uniongraph validate GRAPH|STORE                   SHACL shapes of ontology/shapes.ttl
    uniongraph stats GRAPH|STORE                      counts, central entities, communities
    uniongraph neighbors GRAPH|STORE NAME --hops N    an entity's neighbourhood (text, json, html)

GRAPH is anything :func:`~uniongraph.readwrite.sources.open_graph` opens: a build folder,
``graph.json``, ``graph.ttl`` or another RDF file, or a store (a folder made by ``build
--store`` or ``add``).
"""

from __future__ import annotations

import argparse
import sys

from ..errors import ExitStatus


def validate_cli(args: argparse.Namespace) -> int:
    from ..readwrite.sources import open_graph
    from ..validate import validate_graph

    report = validate_graph(open_graph(args.graph).rdf())
    print(report.json() if args.format == "json" else report.text(limit=args.limit))
    return ExitStatus.OK if report.conforms else ExitStatus.FAIL


def stats_cli(args: argparse.Namespace) -> int:
    from ..analytics import graph_stats
    from ..readwrite.sources import open_graph

    st = graph_stats(open_graph(args.graph).knowledge_graph(), top=args.top, articles=args.articles)
    print(st.json() if args.format == "json" else st.text(top=args.top))
    return ExitStatus.OK


def neighbors_cli(args: argparse.Namespace) -> int:
    import json

    from ..analytics import neighbourhood, neighbourhood_data, neighbourhood_text
    from ..readwrite.sources import open_graph

    kg = open_graph(args.graph).knowledge_graph()
    if args.format == "html":
        from ..readwrite.html import write_html

        if not args.out:
            print("uniongraph: --format html needs --out FILE.html", file=sys.stderr)
            return ExitStatus.USAGE
        path = write_html(neighbourhood(kg, args.name, hops=args.hops, articles=args.articles), args.out)
        print(f"wrote {path}")
        return ExitStatus.OK
    data = neighbourhood_data(kg, args.name, hops=args.hops)
    text = json.dumps(data, ensure_ascii=False, indent=1) if args.format == "json" else neighbourhood_text(data)
    if args.out:
        from ..readwrite.atomic import write_text_atomic

        write_text_atomic(args.out, text + "\n")
    else:
        print(text)
    return ExitStatus.OK


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``validate``, ``stats`` and ``neighbors`` on the ``uniongraph`` command line."""
    v = sub.add_parser("validate", help="check a graph or store against the SHACL shapes")
    v.add_argument("graph", help="store folder, build folder, graph.json or an RDF file")
    v.add_argument("--format", default="text", choices=["text", "json"])
    v.add_argument("--limit", type=int, default=20, help="results to list in text (default 20)")
    v.set_defaults(func=validate_cli)

    t = sub.add_parser("stats", help="counts, top entities by degree and PageRank, communities, components")
    t.add_argument("graph", help="store folder, build folder, graph.json or an RDF file")
    t.add_argument("--top", type=int, default=5)
    t.add_argument("--articles", action="store_true", help="keep article nodes and their mention edges")
    t.add_argument("--format", default="text", choices=["text", "json"])
    t.set_defaults(func=stats_cli)

    n = sub.add_parser("neighbors", help="the entities within N hops of an entity")
    n.add_argument("graph", help="store folder, build folder, graph.json or an RDF file")
    n.add_argument("name", help="canonical name or alias")
    n.add_argument("--hops", type=int, default=1)
    n.add_argument("--format", default="text", choices=["text", "json", "html"])
    n.add_argument("--articles", action="store_true", help="html: show the articles that mention them")
    n.add_argument("--out", help="write here instead of printing (needed for html)")
    n.set_defaults(func=neighbors_cli)
