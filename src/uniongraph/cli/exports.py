"""The ``export`` and ``push`` commands.

    uniongraph export out/ --format graphml --out graph.graphml
    uniongraph export out/ --format turtle,trig,neo4j,ladybug --out exports/
    uniongraph push out/ --sparql http://127.0.0.1:8890/sparql-graph-crud-auth --user dba --password-prompt
    UNIONGRAPH_PUSH_PASSWORD=secret uniongraph push out/ --cypher bolt://neo4j@127.0.0.1:7687
    uniongraph push out/ --cypher falkordb://:secret@127.0.0.1:6379/news

GRAPH is any graph uniongraph reads (:func:`~uniongraph.readwrite.sources.open_graph`): a build
folder, ``graph.json``, ``graph.ttl`` or another RDF file, or a store.

The push's credentials come from, first to last: ``--password`` or ``--password-prompt`` (typed
at the terminal, not echoed), the URL (``http://dba:pw@host/…``), the ``UNIONGRAPH_PUSH_PASSWORD``
environment variable (``UNIONGRAPH_PASSWORD``, its older name, is read too); the user name from
``--user``, the URL, ``UNIONGRAPH_PUSH_USER``. A password given twice (URL and option) is refused,
not chosen between. No message prints a password: URLs are shown as ``http://dba:***@host/…``.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ExitStatus

if TYPE_CHECKING:
    from ..push.target import Target


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


#: Environment variables of ``uniongraph push`` (README, docs/robustness.md).
PASSWORD_VARIABLES = ("UNIONGRAPH_PUSH_PASSWORD", "UNIONGRAPH_PASSWORD")
USER_VARIABLE = "UNIONGRAPH_PUSH_USER"


class _Usage(Exception):
    """A push option problem: one line, exit status 2."""


def push_credentials(args: argparse.Namespace, target: Target, *,
                     needs_user: bool) -> tuple[str | None, str | None]:
    """The user name and password of a push (see the module docstring for where they come from)."""
    if args.password_prompt and args.password is not None:
        raise _Usage("give --password or --password-prompt, not both")
    if target.password is not None and (args.password is not None or args.password_prompt):
        option = "--password-prompt" if args.password_prompt else "--password"
        raise _Usage(f"{target.shown} holds a password and {option} asks for another: give one")
    if args.user is not None and target.user is not None and args.user != target.user:
        raise _Usage(f"{target.shown} names user {target.user!r} and --user gives {args.user!r}: give one")
    user = next((u for u in (args.user, target.user) if u is not None), os.environ.get(USER_VARIABLE))
    source = "--password"
    password = args.password
    if args.password_prompt:
        if not sys.stdin.isatty():
            raise _Usage(f"--password-prompt needs a terminal on stdin; set {PASSWORD_VARIABLES[0]} instead")
        import getpass

        try:
            password = getpass.getpass(f"password for {target.shown}{f' (user {user})' if user else ''}: ")
        except EOFError:
            raise _Usage("no password typed (end of input at the prompt)") from None
        source = "the prompt"
    elif password is None and target.password is not None:
        password, source = target.password, "the URL"
    elif password is None:
        source, password = next(((v, os.environ[v]) for v in PASSWORD_VARIABLES if os.environ.get(v)), (None, None))
    if needs_user and password is not None and user is None:
        raise _Usage(f"a password is given ({source}) but no user name: give --user, {USER_VARIABLE} "
                     f"or USER@ in the URL")
    return user, password


def push_cli(args: argparse.Namespace) -> int:
    from ..push.target import cleartext_warning, parse_target
    from ..readwrite.sources import open_graph

    if (args.sparql is None) == (args.cypher is None):
        print("uniongraph: give one target: --sparql GRAPH-STORE-URL or --cypher DATABASE-URL", file=sys.stderr)
        return ExitStatus.USAGE
    sparql = args.sparql is not None
    target = parse_target(args.sparql if sparql else args.cypher,
                          what="Graph Store URL" if sparql else "database URL")  # a bad port: UG400, exit 1
    falkordb = target.scheme in ("falkordb", "redis", "rediss")
    try:  # Redis's AUTH takes a password alone (its default user); HTTP and Bolt need a user name
        user, password = push_credentials(args, target, needs_user=not falkordb)
    except _Usage as exc:
        print(f"uniongraph: {exc}", file=sys.stderr)
        return ExitStatus.USAGE
    warning = cleartext_warning(target, args.auth if sparql else "basic", has_password=bool(password))
    if warning:
        print(f"uniongraph: {warning}", file=sys.stderr)
    kg = open_graph(args.graph).knowledge_graph()
    if sparql:
        from ..push.sparql_store import DEFAULT_GRAPH, Store, push_graph

        store = Store(args.sparql, user=user, password=password, auth=args.auth)  # the URL's credentials agree
        graph = args.graph_iri or DEFAULT_GRAPH
        n = push_graph(kg, store, graph)
        if not args.quiet:
            print(f"pushed {n} triples to <{graph}> at {target.shown}")
        return ExitStatus.OK
    from ..push.cypher_db import push_cypher

    options: dict[str, Any] = {"user": user, "password": password, "batch_size": args.batch_size}
    if not falkordb:
        options.update(database=args.database, dialect=args.dialect)
    report = push_cypher(kg, args.cypher, **options)
    if not args.quiet:
        print(f"merged {report.nodes} nodes and {report.edges} edges in {report.statements} statements "
              f"into {target.shown}")
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
    p.add_argument("--user", help=f"user name (or USER@ in the URL, or set {USER_VARIABLE})")
    p.add_argument("--password", help="password; other users may see it in the process list: prefer "
                   f"--password-prompt or {PASSWORD_VARIABLES[0]} (a password in the URL is used too)")
    p.add_argument("--password-prompt", action="store_true",
                   help="ask for the password at the terminal (stdin must be one); it is not echoed")
    p.add_argument("--quiet", action="store_true", help="print nothing but errors")
    p.set_defaults(func=push_cli)
