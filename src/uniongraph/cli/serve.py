"""The ``serve`` command: a read-only SPARQL endpoint and search page over a graph or store.

    uniongraph serve GRAPH|STORE [--port 8000]        read-only SPARQL endpoint + search page

A thin wrapper over :func:`uniongraph.serve.serve`.
"""

from __future__ import annotations

import argparse

from ..errors import ExitStatus


def serve_cli(args: argparse.Namespace) -> int:
    from ..serve import serve

    serve(args.graph, host=args.host, port=args.port, time_limit=args.time_limit, max_rows=args.max_rows)
    return ExitStatus.OK


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``serve`` on the ``uniongraph`` command line."""
    s = sub.add_parser("serve", help="serve a graph or store: read-only SPARQL endpoint and search page")
    s.add_argument("graph", help="store folder, build folder, graph.json or an RDF file")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--time-limit", type=float, default=10.0, help="seconds a query may run (default 10)")
    s.add_argument("--max-rows", type=int, default=10000, help="rows an answer may hold (default 10000)")
    s.set_defaults(func=serve_cli)
