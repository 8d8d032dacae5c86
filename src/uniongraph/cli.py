"""The command line: one thin wrapper per command over an importable function.

    uniongraph build INPUT... --out DIR        files or folders -> graph.ttl, graph.json, graph.html
    uniongraph query GRAPH 'SPARQL'            (or --file q.rq) results as table, csv, tsv or json
    uniongraph eval GRAPH --gold GOLD.json     score a build against hand-made gold
    uniongraph eval --spans FILE.jsonl         exact-span PER/LOC/ORG scores on annotated text
    uniongraph view GRAPH --out view.html      HTML view of a built graph (--max-nodes, --focus/--hops)

Exit status: 0 success; 1 nothing could be done (the reason is one line on stderr); 2 bad
usage; 3 the build was written but some inputs failed, or one output could not be rendered
while the others were written (each failure is one line on stderr; ``--debug`` adds the
traceback); 130 interrupted (earlier outputs untouched). See docs/robustness.md.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from . import __version__
from .errors import InputError, OutputError, UniongraphError
from .model import KnowledgeGraph
from .readwrite.outputs import write_outputs

EXIT_OK, EXIT_FAIL, EXIT_USAGE, EXIT_PARTIAL = 0, 1, 2, 3


def summary(kg: KnowledgeGraph) -> str:
    """Counts by entity type and by relation, for the terminal."""
    types = Counter(e.type for e in kg.entities.values())
    rels = Counter(r.relation for r in kg.relations)
    lines = [
        f"articles: {len(kg.articles)}   entities: {len(kg.entities)}   relations: {len(kg.relations)}"
        f"   inferred: {len(kg.inferred_relations)}"
    ]
    lines.append("entities by type: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    if rels:
        lines.append("relations: " + ", ".join(f"{r} {n}" for r, n in sorted(rels.items())))
    return "\n".join(lines)


def build_cli(args: argparse.Namespace) -> int:
    from .build import build_corpus, corpus_options

    started = time.perf_counter()
    try:
        options = corpus_options(args)
    except ValueError as exc:
        print(f"uniongraph: {exc}", file=sys.stderr)
        return EXIT_USAGE
    kg, report = build_corpus(args.inputs, region=args.region, quiet=args.quiet, **options)
    failures: list[InputError] = report.failures
    for f in failures:
        print(f"uniongraph: {f}", file=sys.stderr)
    if not kg.articles:
        if not failures:  # each failure above already named its file
            print("uniongraph: nothing to build: the inputs hold no article text", file=sys.stderr)
        return EXIT_FAIL
    output_failures: list[OutputError] = []
    paths = write_outputs(kg, args.out, max_nodes=getattr(args, "max_nodes", None), jobs=options["jobs"],
                          failures=output_failures)
    if getattr(args, "export", None):
        from .export import export_all

        paths.update(export_all(kg, args.out, args.export))
    from .store_cli import after_build
    paths.update(after_build(kg, args))
    for f in output_failures:
        report_error(f, args)
    if not args.quiet:
        print(summary(kg))
        print(report.summary())
        print("wrote " + ", ".join(str(p) for p in paths.values()) + f" in {time.perf_counter() - started:.1f}s")
    return EXIT_PARTIAL if failures or output_failures else EXIT_OK


def report_error(exc: BaseException, args: argparse.Namespace | None = None) -> None:
    """One line on stderr; with ``--debug`` the traceback too."""
    print(f"uniongraph: {exc}", file=sys.stderr)
    if args is not None and getattr(args, "debug", False):
        import traceback

        details = getattr(exc, "details", "") or "".join(traceback.format_exception(exc))
        print(details.rstrip("\n"), file=sys.stderr)


def query_cli(args: argparse.Namespace) -> int:
    from .query import format_result

    if (args.sparql is None) == (args.file is None):
        print("uniongraph: give a query inline or with --file (not both)", file=sys.stderr)
        return EXIT_USAGE
    if args.file is not None:
        try:
            sparql = Path(args.file).read_text(encoding="utf-8-sig")
        except OSError as exc:
            print(f"uniongraph: {args.file}: cannot read query ({exc.strerror or exc})", file=sys.stderr)
            return EXIT_FAIL
    else:
        sparql = args.sparql
    from .store_cli import run_on
    result = run_on(args.graph, sparql)
    sys.stdout.write(format_result(result, args.format).rstrip("\n") + "\n")
    return EXIT_OK


def eval_cli(args: argparse.Namespace) -> int:
    from .evaluate.command import eval_command

    out = eval_command(
        args.graph,
        gold_path=args.gold,
        spans_path=args.spans,
        limit=args.limit,
        fmt=args.format,
        include_inferred=args.include_inferred,
        predictor=args.predictor,
        region=args.region,
    )
    print(out)
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="uniongraph", description="Knowledge graphs of Chinese trade-union news.")
    p.add_argument("--version", action="version", version=f"uniongraph {__version__}")
    p.add_argument("--debug", action="store_true", help="print the traceback of an error, not only its line")
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="build a graph from news pages (.md/.txt/.html, JSONL corpora, folders, - for stdin)")
    b.add_argument("inputs", nargs="+", help="files, folders, JSONL corpora, or - for standard input")
    b.add_argument("--out", required=True, help="output folder (graph.ttl, graph.json, graph.html)")
    b.add_argument("--region", help="home region of the publication, e.g. 北京市 (default: detected)")
    b.add_argument("--quiet", action="store_true", help="print nothing but errors")
    b.add_argument("--export", metavar="F,…", help="also write these export formats (see uniongraph export)")
    from .build import add_corpus_options; add_corpus_options(b)
    b.set_defaults(func=build_cli)

    q = sub.add_parser("query", help="run a SPARQL query on a graph file or build folder")
    q.add_argument("graph", help="a build folder, graph.json, graph.ttl (or another RDF file) or a store")
    q.add_argument("sparql", nargs="?", help="the query text")
    q.add_argument("--file", help="read the query from this file")
    q.add_argument("--format", default="table", choices=["table", "csv", "tsv", "json"])
    q.set_defaults(func=query_cli)

    e = sub.add_parser("eval", help="score a build against gold, or a recogniser on annotated spans")
    e.add_argument("graph", nargs="?", help="graph.json or build folder (with --gold)")
    e.add_argument("--gold", help="gold file (schema uniongraph-gold/1)")
    e.add_argument("--spans", help="span-annotated file: PFR-style JSONL, CLUENER JSONL or character BIO")
    e.add_argument("--limit", type=int, help="score at most this many span records")
    e.add_argument("--predictor", default="uniongraph", choices=["uniongraph", "jieba"])
    e.add_argument("--include-inferred", action="store_true", help="count inferred relations too")
    e.add_argument("--region", help="home region for span evaluation")
    e.add_argument("--format", default="text", choices=["text", "json"])
    e.set_defaults(func=eval_cli)
    from .export_cli import add_parsers as add_export_parsers
    add_export_parsers(sub)
    from .store_cli import add_parsers as add_store_parsers
    add_store_parsers(sub)
    from .view_cli import add_max_nodes, add_parsers as add_view_parsers
    add_view_parsers(sub); add_max_nodes(b)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``uniongraph`` command."""
    args = make_parser().parse_args(argv)
    try:
        return args.func(args)
    except UniongraphError as exc:
        report_error(exc, args)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("uniongraph: interrupted; earlier outputs are left as they were", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # a bug: one line for the user, the traceback with --debug
        if getattr(args, "debug", False):
            raise
        print(f"uniongraph: internal error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]} "
              "(run again with --debug for the traceback)", file=sys.stderr)
        return EXIT_FAIL


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
