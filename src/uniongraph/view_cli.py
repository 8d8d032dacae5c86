"""The ``uniongraph view`` command: an HTML view of a built graph, whole or in part.

    uniongraph view out/graph.json --out view.html
    uniongraph view out/ --out top.html --max-nodes 500
    uniongraph view out/graph.json --out liu.html --focus 赵建国 --hops 2

It reads any graph (a build folder, ``graph.json``, ``graph.ttl`` or another RDF file, a store)
and writes one self-contained page
(see :mod:`uniongraph.readwrite.html`): no build, no network.
"""

from __future__ import annotations

import argparse
import sys

EXIT_OK = 0


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, got {value}")
    return value


def _hops(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, got {value}")
    return value


def view_cli(args: argparse.Namespace) -> int:
    from .readwrite.html import html_data, write_html
    from .readwrite.sources import open_graph

    kg = open_graph(args.graph).knowledge_graph()
    path = write_html(kg, args.out, max_nodes=args.max_nodes, focus=args.focus, hops=args.hops)
    if not args.quiet:
        data = html_data(path.read_text(encoding="utf-8"))
        part = f" of {data['total']}" if data["shown"] < data["total"] else ""
        print(f"wrote {path}: {data['shown']}{part} entities, {len(data['edges'])} relations")
    return EXIT_OK


def add_max_nodes(parser: argparse.ArgumentParser) -> None:
    """The ``--max-nodes`` option, shared with ``uniongraph build``."""
    parser.add_argument("--max-nodes", type=_positive, metavar="N",
                        help="draw only the N best-connected entities in the HTML view")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``view`` on the ``uniongraph`` command line."""
    v = sub.add_parser("view", help="write an HTML view of a built graph (all, top N, or a neighbourhood)")
    v.add_argument("graph", help="a build folder, graph.json, graph.ttl (or another RDF file) or a store")
    v.add_argument("--out", required=True, help="the HTML file to write")
    add_max_nodes(v)
    v.add_argument("--focus", metavar="NAME", help="only this entity (name or alias) and its neighbourhood")
    v.add_argument("--hops", type=_hops, default=1, metavar="K",
                   help="with --focus: entities up to K relations away (default 1)")
    v.add_argument("--quiet", action="store_true", help="print nothing but errors")
    v.set_defaults(func=view_cli)


if __name__ == "__main__":  # pragma: no cover
    from .cli import main

    sys.exit(main(["view", *sys.argv[1:]]))
