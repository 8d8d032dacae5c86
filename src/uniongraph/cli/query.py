"""The ``query`` command: SPARQL on any graph, the answer as a table, CSV, TSV or JSON.

    uniongraph query GRAPH 'SPARQL'            (or --file q.rq) results as table, csv, tsv or json

GRAPH is a build folder, ``graph.json``, ``graph.ttl`` or another RDF file (queried with
rdflib), or a store folder (queried with Oxigraph).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import ExitStatus


def query_cli(args: argparse.Namespace) -> int:
    from ..query import format_result

    if (args.sparql is None) == (args.file is None):
        print("uniongraph: give a query inline or with --file (not both)", file=sys.stderr)
        return ExitStatus.USAGE
    if args.file is not None:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8-sig")
        except OSError as exc:
            print(f"uniongraph: {args.file}: cannot read query ({exc.strerror or exc})", file=sys.stderr)
            return ExitStatus.FAIL
    else:
        sparql = args.sparql
    from ..query import query_graph

    result = query_graph(args.graph, sparql)
    sys.stdout.write(format_result(result, args.format).rstrip("\n") + "\n")
    return ExitStatus.OK


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``query`` on the ``uniongraph`` command line."""
    q = sub.add_parser("query", help="run a SPARQL query on a graph file, build folder or store",
                       description="GRAPH may also be a store folder (queried with Oxigraph).")
    q.add_argument("graph", help="a build folder, graph.json, graph.ttl (or another RDF file) or a store")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("--file", help="read the query from this file")
    q.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    q.set_defaults(func=query_cli)
