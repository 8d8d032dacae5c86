"""The ``serve`` command: a read-only SPARQL endpoint, the explorer and a SPARQL editor over a graph or store.

    uniongraph serve GRAPH|STORE [--port 8000] [--workers 2] [--memory-limit MIB] [--allow-host NAME]
                                 [--corrections FILE]

A thin wrapper over :func:`uniongraph.serve.serve`.
"""

from __future__ import annotations

import argparse

from ..errors import ExitStatus
from .common import positive_int


def serve_cli(args: argparse.Namespace) -> int:
    from ..serve import serve

    serve(args.graph, host=args.host, port=args.port, time_limit=args.time_limit, max_rows=args.max_rows,
          workers=args.workers, memory_limit=args.memory_limit, allow_hosts=tuple(args.allow_host),
          corrections=args.corrections)
    return ExitStatus.OK


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``serve`` on the ``uniongraph`` command line."""
    s = sub.add_parser("serve", help="serve a graph or store: read-only SPARQL endpoint, explorer and SPARQL editor")
    s.add_argument("graph", help="store folder, build folder, graph.json or an RDF file")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--time-limit", type=float, default=10.0,
                   help="seconds a query may take from its arrival, waiting for a worker included (default 10)")
    s.add_argument("--max-rows", type=int, default=10000, help="rows an answer may hold (default 10000)")
    s.add_argument("--workers", type=positive_int, default=2, help="query processes, each answering one query at a time (default 2)")
    s.add_argument("--memory-limit", type=positive_int, default=1024, metavar="MIB",
                   help="memory a worker may take for a query, beyond the graph it holds (default 1024 MiB)")
    s.add_argument("--allow-host", action="append", default=[], metavar="NAME",
                   help="another name the server answers to in the Host header (e.g. behind a proxy); "
                        "by default only 127.0.0.1, localhost, [::1] and --host, with the port")
    s.add_argument("--corrections", metavar="FILE",
                   help="let the explorer append corrections to this file (TOML, made if missing); they apply at "
                        "the next `uniongraph curate --store STORE --corrections FILE` (default: read-only, no form)")
    s.set_defaults(func=serve_cli)
