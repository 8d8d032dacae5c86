"""Commands for stores, serving, validation and analytics; each a thin wrapper over a function.

    uniongraph add FILES... --store DIR [--out OUT]   extract only new documents, merge them in
    uniongraph remove DOC... --store DIR [--out OUT]  take documents (path or digest) back out
    uniongraph serve GRAPH|STORE [--port 8000]        read-only SPARQL endpoint + search page
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
import time
from pathlib import Path

from .errors import GraphFileError, InputError
from .model import KnowledgeGraph

EXIT_OK, EXIT_FAIL = 0, 1
EXIT_PARTIAL = 3


def load_knowledge_graph(path: str | Path) -> KnowledgeGraph:
    """The knowledge graph of a store folder, a build folder, ``graph.json`` or an RDF file."""
    from .readwrite.sources import open_graph

    return open_graph(path).knowledge_graph()


def change_line(change, seconds: float) -> str:  # type: ignore[no-untyped-def]
    """One line saying what an update did."""
    parts = [f"added {len(change.added)} document(s)"] if change.added else []
    if change.removed:
        parts.append(f"removed {len(change.removed)} document(s)")
    if change.skipped:
        parts.append(f"{len(change.skipped)} already in the store" if not change.removed
                     else f"{len(change.skipped)} skipped")
    if not parts:
        parts.append("nothing to do")
    return ", ".join(parts) + f"; re-merged {change.names} name(s) in {seconds:.2f}s"


def _finish(store, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    if getattr(args, "out", None):
        from .readwrite.outputs import write_outputs

        kg = store.export()
        paths = write_outputs(kg, args.out)
        if not args.quiet:
            print("wrote " + ", ".join(str(p) for p in paths.values()))


def add_cli(args: argparse.Namespace) -> int:
    from .store import GraphStore

    started = time.perf_counter()
    failures: list[InputError] = []
    with GraphStore(args.store) as st:
        change = st.add_files(args.inputs, region=args.region, failures=failures)
        for f in failures:
            print(f"uniongraph: {f}", file=sys.stderr)
        if not args.quiet:
            docs = st.documents()
            print(change_line(change, time.perf_counter() - started))
            print(f"store {args.store}: {len(docs)} documents, {sum(d.articles for d in docs)} articles")
        _finish(st, args)
    if failures and not change.added and not change.skipped:
        return EXIT_FAIL
    return EXIT_PARTIAL if failures else EXIT_OK


def remove_cli(args: argparse.Namespace) -> int:
    from .store import GraphStore

    started = time.perf_counter()
    with GraphStore(args.store) as st:
        change = st.remove(args.documents)
        if not args.quiet:
            print(change_line(change, time.perf_counter() - started))
        _finish(st, args)
    return EXIT_OK


def documents_cli(args: argparse.Namespace) -> int:
    from .store import GraphStore

    with GraphStore(args.store, read_only=True) as st:
        for d in st.documents():
            print(f"{d.digest}\t{d.articles}\t{d.path}")
    return EXIT_OK


def serve_cli(args: argparse.Namespace) -> int:
    from .serve import serve

    serve(args.graph, host=args.host, port=args.port, time_limit=args.time_limit, max_rows=args.max_rows)
    return EXIT_OK


def validate_cli(args: argparse.Namespace) -> int:
    from .readwrite.sources import open_graph
    from .validate import validate_graph

    report = validate_graph(open_graph(args.graph).rdf())
    print(report.json() if args.format == "json" else report.text(limit=args.limit))
    return EXIT_OK if report.conforms else EXIT_FAIL


def stats_cli(args: argparse.Namespace) -> int:
    from .analytics import graph_stats

    st = graph_stats(load_knowledge_graph(args.graph), top=args.top, articles=args.articles)
    print(st.json() if args.format == "json" else st.text(top=args.top))
    return EXIT_OK


def neighbors_cli(args: argparse.Namespace) -> int:
    import json

    from .analytics import neighbourhood, neighbourhood_data, neighbourhood_text

    kg = load_knowledge_graph(args.graph)
    if args.format == "html":
        from .readwrite.html import write_html

        if not args.out:
            print("uniongraph: --format html needs --out FILE.html", file=sys.stderr)
            return 2
        path = write_html(neighbourhood(kg, args.name, hops=args.hops, articles=args.articles), args.out)
        print(f"wrote {path}")
        return EXIT_OK
    data = neighbourhood_data(kg, args.name, hops=args.hops)
    text = json.dumps(data, ensure_ascii=False, indent=1) if args.format == "json" else neighbourhood_text(data)
    if args.out:
        from .readwrite.atomic import write_text_atomic

        write_text_atomic(args.out, text + "\n")
    else:
        print(text)
    return EXIT_OK


def report_validation(kg: KnowledgeGraph, limit: int = 5, *, quiet: bool = False) -> None:
    """After a build: one line of counts by kind on stderr, and the first violations, if the graph
    breaks a shape (with ``quiet``, only when there are violations: warnings are not errors).

    The shapes are checked on the graph directly (:func:`uniongraph.validate.check`), which
    costs little; ``uniongraph validate`` runs pySHACL on the written graph.
    """
    from .progress import TIMINGS
    from .validate import check

    with TIMINGS.phase("validate (shapes checked on the graph)"):
        report = check(kg)
    if report.results and not (quiet and not report.violations):
        print(f"uniongraph: validation: {report.summary()} (uniongraph validate OUT for each one)", file=sys.stderr)
        for r in report.violations[:limit]:
            print(f"uniongraph:   {r.line()}", file=sys.stderr)


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add this module's commands to the ``uniongraph`` parser (and ``--store`` to ``build``)."""
    _extend_build_and_query(sub)
    a = sub.add_parser("add", help="add new documents to a store (only new ones are extracted)")
    a.add_argument("inputs", nargs="+", help="files or folders")
    a.add_argument("--store", required=True, help="store folder (created if missing)")
    a.add_argument("--out", help="also write graph.ttl, graph.json, graph.html of the whole store here")
    a.add_argument("--region", help="home region of the publication, e.g. 北京市 (default: detected)")
    a.add_argument("--quiet", action="store_true")
    a.set_defaults(func=add_cli)

    r = sub.add_parser("remove", help="remove documents (by path or digest) and the facts only they supported")
    r.add_argument("documents", nargs="+", help="a file path as added, a file with the same text, or a digest (prefix)")
    r.add_argument("--store", required=True, help="store folder")
    r.add_argument("--out", help="also write the outputs of the whole store here")
    r.add_argument("--quiet", action="store_true")
    r.set_defaults(func=remove_cli)

    d = sub.add_parser("documents", help="list the documents of a store (digest, articles, path)")
    d.add_argument("store", help="store folder")
    d.set_defaults(func=documents_cli)

    s = sub.add_parser("serve", help="serve a graph or store: read-only SPARQL endpoint and search page")
    s.add_argument("graph", help="store folder, build folder, graph.json or an RDF file")
    s.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1, this machine only)")
    s.add_argument("--port", type=int, default=8000)
    s.add_argument("--time-limit", type=float, default=10.0, help="seconds a query may run (default 10)")
    s.add_argument("--max-rows", type=int, default=10000, help="rows an answer may hold (default 10000)")
    s.set_defaults(func=serve_cli)

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


def after_build(kg: KnowledgeGraph, args: argparse.Namespace) -> dict[str, Path]:
    """What ``build`` does beyond its outputs: ``--store DIR`` writes the store anew; the graph is validated."""
    out: dict[str, Path] = {}
    if getattr(args, "store", None):
        from .store import GraphStore

        GraphStore.replace(args.store)
        with GraphStore(args.store) as st:
            st.add_built(kg)
        out["store"] = Path(args.store)
    if not getattr(args, "no_validate", False):
        report_validation(kg, quiet=getattr(args, "quiet", False))
    return out


def run_on(graph: str, sparql: str):  # type: ignore[no-untyped-def]
    """Run SPARQL on a store folder (Oxigraph) or a graph file / build folder (rdflib)."""
    from .query import run_query
    from .readwrite.sources import open_graph
    from .store import GraphStore

    source = open_graph(graph)
    if source.is_store:
        with GraphStore(graph, read_only=True) as st:
            return st.query(sparql)
    return run_query(source.rdf(), sparql)


def _extend_build_and_query(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    build = sub.choices.get("build")
    if build is not None:
        build.add_argument("--store", help="also write a store folder (replaced if it is one) for add/remove/serve")
        build.add_argument("--no-validate", action="store_true", help="do not check the graph against the SHACL shapes")
    query = sub.choices.get("query")
    if query is not None:
        query.description = "GRAPH may also be a store folder (queried with Oxigraph)."
