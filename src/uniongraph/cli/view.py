"""The ``view`` command: an HTML view of a built graph, whole or in part.

    uniongraph view out/graph.json --out view.html
    uniongraph view out/ --out top.html --max-nodes 500
    uniongraph view out/graph.json --out liu.html --focus 赵建国 --hops 2

It reads any graph (a build folder, ``graph.json``, ``graph.ttl`` or another RDF file, a store)
and writes one self-contained page
(see :mod:`uniongraph.readwrite.html`): no build, no network.
"""

from __future__ import annotations

import argparse

from ..errors import ExitStatus
from .common import add_max_nodes, non_negative_int


def view_cli(args: argparse.Namespace) -> int:
    from ..readwrite.html import html_data, write_html
    from ..readwrite.sources import open_graph

    kg = open_graph(args.graph).knowledge_graph()
    path = write_html(kg, args.out, max_nodes=args.max_nodes, focus=args.focus, hops=args.hops)
    if not args.quiet and args.focus is not None:
        from ..graph.lookup import listed, named

        several = named(kg, args.focus)
        if len(several) > 1:  # one name, several entities (a place and an organisation …): all are drawn
            print(f"--focus {args.focus!r} names {len(several)} entities, all drawn: {listed(several)}")
    if not args.quiet:
        data = html_data(path.read_text(encoding="utf-8"))
        part = f" of {data['total']}" if data["shown"] < data["total"] else ""
        print(f"wrote {path}: {data['shown']}{part} entities, {len(data['edges'])} relations")
    return ExitStatus.OK


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``view`` on the ``uniongraph`` command line."""
    v = sub.add_parser("view", help="write an HTML view of a built graph (all, top N, or a neighbourhood)")
    v.add_argument("graph", help="a build folder, graph.json, graph.ttl (or another RDF file) or a store")
    v.add_argument("--out", required=True, help="the HTML file to write")
    add_max_nodes(v)
    v.add_argument("--focus", metavar="NAME", help="only this entity (name or alias) and its neighbourhood; "
                   "a name that fits none lists the names containing it, or the closest")
    v.add_argument("--hops", type=non_negative_int, default=1, metavar="K",
                   help="with --focus: entities up to K relations away (default 1)")
    v.add_argument("--quiet", action="store_true", help="print nothing but errors")
    v.set_defaults(func=view_cli)
