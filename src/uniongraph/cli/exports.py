"""The ``export`` and ``push`` commands.

    uniongraph export out/ --format graphml --out graph.graphml
    uniongraph export out/ --format turtle,trig,neo4j,ladybug --out exports/
    uniongraph push out/ --sparql http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password dba
    uniongraph push out/ --cypher bolt://127.0.0.1:7687 --user neo4j --password secret
    uniongraph push out/ --cypher falkordb://127.0.0.1:6379/news

GRAPH is any graph uniongraph reads (:func:`~uniongraph.readwrite.sources.open_graph`): a build
folder, ``graph.json``, ``graph.ttl`` or another RDF file, or a store. Passwords may come from
the ``UNIONGRAPH_PASSWORD`` environment variable instead of the command line.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from ..errors import ExitStatus


def export_cli(args: argparse.Namespace) -> int:
    from ..export import EXPORTS, export_source, parse_formats
    from ..readwrite.sources import open_graph

    source = open_graph(args.graph)
    formats = parse_formats(args.format)
    if len(formats) == 1:
        paths = {formats[0]: export_source(source, formats[0], args.out)}
    else:
        out = Path(args.out)
        paths = {fmt: export_source(source, fmt, out / EXPORTS[fmt][1]) for fmt in formats}
    if not args.quiet:
        for fmt, path in paths.items():
            print(f"{fmt:9} {path}  ({EXPORTS[fmt][2]})")
    return ExitStatus.OK


def push_cli(args: argparse.Namespace) -> int:
    from ..readwrite.sources import open_graph

    password = args.password if args.password is not None else os.environ.get("UNIONGRAPH_PASSWORD")
    if (args.sparql is None) == (args.cypher is None):
        print("uniongraph: give one target: --sparql GRAPH-STORE-URL or --cypher DATABASE-URL", file=sys.stderr)
        return ExitStatus.USAGE
    kg = open_graph(args.graph).knowledge_graph()
    if args.sparql is not None:
        from ..push.sparql_store import DEFAULT_GRAPH, Store, push_graph

        store = Store(args.sparql, user=args.user, password=password, auth=args.auth)
        graph = args.graph_iri or DEFAULT_GRAPH
        n = push_graph(kg, store, graph)
        if not args.quiet:
            print(f"pushed {n} triples to <{graph}> at {args.sparql}")
        return ExitStatus.OK
    from ..push.cypher_db import push_cypher

    options: dict[str, Any] = {"user": args.user, "password": password, "batch_size": args.batch_size}
    if not args.cypher.startswith(("falkordb:", "redis:", "rediss:")):
        options.update(database=args.database, dialect=args.dialect)
    report = push_cypher(kg, args.cypher, **options)
    if not args.quiet:
        print(f"merged {report.nodes} nodes and {report.edges} edges in {report.statements} statements into {args.cypher}")
    return ExitStatus.OK


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``export`` and ``push`` on the ``uniongraph`` command line."""
    from ..export import EXPORTS

    e = sub.add_parser("export", help="write a graph for other tools and databases (RDF, GraphML, Neo4j …)")
    e.add_argument("graph", help="a build folder, graph.json, graph.ttl (or another RDF file) or a store")
    e.add_argument("--format", required=True,
                   help=f"one or more of {','.join(EXPORTS)} (comma-separated; also nt, ttl, nq, json-ld) or all")
    e.add_argument("--out", required=True, help="output file (one format) or folder (several, or neo4j/ladybug)")
    e.add_argument("--quiet", action="store_true", help="print nothing but errors")
    e.set_defaults(func=export_cli)

    p = sub.add_parser("push", help="load a graph into a SPARQL store or a Cypher database")
    p.add_argument("graph", help="a build folder, graph.json, an RDF file or a store")
    p.add_argument("--sparql", metavar="URL", help="SPARQL 1.1 Graph Store endpoint, e.g. "
                   "http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso)")
    p.add_argument("--graph-iri", help="named graph to replace (default https://w3id.org/uniongraph/graph/default)")
    p.add_argument("--auth", default="digest", choices=["digest", "basic"], help="HTTP auth for --sparql")
    p.add_argument("--cypher", metavar="URL", help="bolt://HOST:7687, neo4j://… or falkordb://HOST:6379/GRAPH")
    p.add_argument("--database", help="Neo4j database name (default: the server's default)")
    p.add_argument("--dialect", default="neo4j", choices=["neo4j", "memgraph"], help="schema syntax over Bolt")
    p.add_argument("--batch-size", type=int, default=500, help="rows per UNWIND statement")
    p.add_argument("--user", help="user name")
    p.add_argument("--password", help="password (or set UNIONGRAPH_PASSWORD)")
    p.add_argument("--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(func=push_cli)
