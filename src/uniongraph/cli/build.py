"""The ``build`` command: files or folders -> ``graph.ttl``, ``graph.json``, ``graph.html``.

    uniongraph build INPUT... --out DIR                      pages, HTML pages, folders, - for stdin
    uniongraph build news.jsonl --out DIR --jobs 0           a JSONL corpus on one process per CPU
    uniongraph build INPUT... --out DIR --store STORE        also a store for add/remove/serve

A thin wrapper over :func:`uniongraph.build.build_corpus` and
:func:`uniongraph.readwrite.outputs.write_outputs`; the corpus options (``--jobs``,
``--executor``, ``--include`` …) are parsed here into the keyword arguments of ``build_corpus``.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from ..errors import ExitStatus, InputError, OutputError
from ..graph.nodes import NodeIndex
from ..model import KnowledgeGraph
from ..readwrite.outputs import write_outputs
from .common import add_input_options, add_max_nodes, print_curation, report_error


def summary(kg: KnowledgeGraph) -> str:
    """Counts by entity type and by relation, for the terminal."""
    types = Counter(e.type for e in kg.entities.values())
    rels = Counter(r.relation for r in kg.relations)
    # an inferred fact a sentence also states (钱塘集团工会 unionOf 钱塘集团, written out) keeps its
    # inferred copy in graph.json, but counts once, as stated: facts are told apart by the nodes
    # they join (NodeIndex.ends) and the relation, as `stats` and the view draw their edges
    index = NodeIndex(kg)
    stated = {(*index.ends(r), r.relation) for r in kg.relations}
    inferred_edges = {(*index.ends(r), r.relation) for r in kg.inferred_relations}
    also_stated = len(inferred_edges & stated)
    inferred = f"   inferred: {len(inferred_edges) - also_stated}"
    if also_stated:
        inferred += f" (and {also_stated} also stated)"
    lines = [f"articles: {len(kg.articles)}   entities: {len(kg.entities)}   relations: {len(kg.relations)}{inferred}"]
    lines.append("entities by type: " + ", ".join(f"{t} {n}" for t, n in sorted(types.items())))
    if rels:
        lines.append("relations: " + ", ".join(f"{r} {n}" for r, n in sorted(rels.items())))
    return "\n".join(lines)


def build_cli(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    # numpy's BLAS starts a thread per CPU when numpy is imported (0.04 s of CPU of the serial
    # start-up on two CPUs, and threads that later compete with the worker processes): a build
    # does no linear algebra worth threads (the tagger gathers and adds, the view's layout is
    # small). Set before numpy is imported; a value the user set is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    from ..parallel import remembered_patterns

    # the whole command compiles its patterns through the pattern cache, not only extraction:
    # reading's (imported with the options), the shape checks' and the renderers' libraries'
    # are some 140 patterns more, which compiled anew were 500 M of the 870 M instructions
    # of a build's start-up (serial: before any worker forks)
    with remembered_patterns():
        return _build_cli(args, started)


def _build_cli(args: argparse.Namespace, started: float) -> int:
    try:
        options = corpus_options(args)
        if getattr(args, "store", None):
            from ..store.folder import check_apart

            check_apart(args.out, args.store)
        options["corrections"] = load_corrections(args, args.inputs)
    except ValueError as exc:
        print(f"uniongraph: {exc}", file=sys.stderr)
        return ExitStatus.USAGE
    with contextlib.ExitStack() as stack:
        if getattr(args, "store", None):
            from ..store import StoreReplacement

            # checked and locked before any input is read; written beside it and swapped in at the end
            args.store_replacement = stack.enter_context(StoreReplacement(args.store))
        return _build(args, options, started)


def _build(args: argparse.Namespace, options: dict[str, Any], started: float) -> int:
    from ..build import build_corpus

    from ..readwrite.outputs import prepare_renderers

    kg, report = build_corpus(args.inputs, region=args.region, quiet=args.quiet, meanwhile=prepare_renderers,
                              **options)
    for line in report.skipped:  # said even with --quiet: they are inputs the build did not read
        print(f"uniongraph: {line}", file=sys.stderr)
    failures: list[InputError] = report.failures
    for f in failures:
        report_error(f, args)
    if not kg.articles:
        if not failures:  # each failure above already named its file
            print("uniongraph: nothing to build: the inputs hold no article text", file=sys.stderr)
        return ExitStatus.FAIL
    output_failures: list[OutputError] = []
    paths = write_outputs(kg, args.out, max_nodes=getattr(args, "max_nodes", None), jobs=options["jobs"],
                          failures=output_failures)
    if getattr(args, "export", None):
        from ..export import export_all

        paths.update(export_all(kg, args.out, args.export))
    paths.update(after_build(kg, args, corrections=options["corrections"]))
    for f in output_failures:
        report_error(f, args)
    if not args.quiet:
        print_curation(options["corrections"], report.curation)
        print(summary(kg))
        print(report.summary())
        print("wrote " + ", ".join(str(p) for p in paths.values()) + f" in {time.perf_counter() - started:.1f}s")
    from .. import pattern_cache

    pattern_cache.save()  # the next build reads its patterns' code back (if one was new)
    return ExitStatus.PARTIAL if failures or output_failures else ExitStatus.OK


def after_build(kg: KnowledgeGraph, args: argparse.Namespace, *, corrections: Any = None) -> dict[str, Path]:
    """What ``build`` does beyond its outputs: ``--store DIR`` writes the store anew (beside the old
    one, then swapped in: :class:`uniongraph.store.StoreReplacement`), remembering the
    ``corrections`` the build applied; the graph is validated."""
    out: dict[str, Path] = {}
    if getattr(args, "store", None):
        from ..store import StoreReplacement

        region = getattr(args, "region", None)
        replacement = getattr(args, "store_replacement", None)
        if replacement is None:  # called on its own, not from build_cli
            with StoreReplacement(args.store) as replacement:
                out["store"] = replacement.write(kg, corrections=corrections, region=region)
        else:
            out["store"] = replacement.write(kg, corrections=corrections, region=region)
    if not getattr(args, "no_validate", False):
        report_validation(kg, quiet=getattr(args, "quiet", False), out=getattr(args, "out", None))
    return out


def load_corrections(args: argparse.Namespace, inputs: list[str]) -> Any:
    """The corrections ``--corrections FILE`` names, or the ``corrections.toml`` beside the inputs
    (none with ``--no-corrections``); said on stdout unless ``--quiet``. ``ValueError`` if the
    inputs hold several."""
    if getattr(args, "no_corrections", False):
        return None
    from ..curation import corrections_for

    fix = corrections_for(getattr(args, "corrections", None), inputs)
    if fix is not None and not getattr(args, "quiet", False) and not getattr(args, "corrections", None):
        print(f"corrections: {fix.path} ({len(fix.rules)} correction(s); --no-corrections to build without)")
    return fix


def report_validation(kg: KnowledgeGraph, limit: int = 5, *, quiet: bool = False, out: str | None = None) -> None:
    """After a build: one line of counts by kind on stderr, with the command that lists each one
    (``uniongraph validate OUT``, ``out`` the build's folder), and the first violations, if the
    graph breaks a shape (with ``quiet``, only when there are violations: warnings are not errors).

    The shapes are checked on the graph directly (:func:`uniongraph.validate.check`), which
    costs little; ``uniongraph validate`` runs pySHACL on the written graph.
    """
    from ..progress import TIMINGS
    from ..validate import check

    with TIMINGS.phase("validate (shapes checked on the graph)"):
        report = check(kg)
    if report.results and not (quiet and not report.violations):
        import shlex

        where = shlex.quote(str(out)) if out is not None else "OUT"
        print(f"uniongraph: validation: {report.summary()} (uniongraph validate {where} for each one)", file=sys.stderr)
        for r in report.violations[:limit]:
            print(f"uniongraph:   {r.line()}", file=sys.stderr)


def add_corpus_options(parser: argparse.ArgumentParser) -> None:
    """The ``build`` options for corpora, parallel extraction and errors."""
    from ..build import ON_ERROR
    from ..parallel import EXECUTORS

    parser.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="extract on N processes (0: one per CPU); the graph is the same for every N")
    parser.add_argument("--executor", choices=EXECUTORS,
                        help="where to extract: local, processes (default with --jobs > 1), dask")
    parser.add_argument("--scheduler", metavar="tcp://HOST:PORT",
                        help="Dask scheduler for --executor dask (default: a local cluster of --jobs workers)")
    add_input_options(parser)
    parser.add_argument("--on-error", choices=ON_ERROR, default="skip",
                        help="a bad input or JSONL line: skip it and list it (default), or fail with nothing written")


def add_corrections_options(parser: argparse.ArgumentParser) -> None:
    """``--corrections FILE`` and ``--no-corrections`` (see README, Curation)."""
    group = parser.add_mutually_exclusive_group()
    group.add_argument("--corrections", metavar="FILE",
                       help="apply these corrections (TOML: reject, retype, merge, split, alias); by default "
                            "a corrections.toml in an input folder, or beside an input file")
    group.add_argument("--no-corrections", action="store_true",
                       help="apply no corrections, not even a corrections.toml beside the inputs")


def corpus_options(args: argparse.Namespace) -> dict[str, Any]:
    """Keyword arguments of :func:`uniongraph.build.build_corpus` from the parsed ``build`` options.

    Raises ``ValueError`` for a malformed ``--jsonl-fields`` or a negative ``--jobs``.
    """
    from ..parallel import default_jobs
    from ..reading.jsonl import parse_fields

    jobs = args.jobs if args.jobs > 0 else default_jobs() if args.jobs == 0 else None
    if jobs is None:
        raise ValueError(f"--jobs {args.jobs}: give a positive number, or 0 for one per CPU")
    return {
        "jobs": jobs, "executor": args.executor, "scheduler": args.scheduler,
        "include": args.include, "exclude": args.exclude,
        "jsonl_fields": parse_fields(args.jsonl_fields) if args.jsonl_fields else None,
        "on_error": args.on_error,
        "keep_details": bool(getattr(args, "store", None)),  # a store keeps each article's findings
    }


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``build`` on the ``uniongraph`` command line."""
    b = sub.add_parser("build", help="build a graph from news pages (.md/.txt/.html, JSONL corpora, folders, - for stdin)")
    b.add_argument("inputs", nargs="+", help="files, folders, JSONL corpora, or - for standard input")
    b.add_argument("--out", required=True, help="output folder (graph.ttl, graph.json, graph.html)")
    b.add_argument("--region", help="home region of the publication, e.g. 北京市 (default: detected)")
    b.add_argument("--quiet", action="store_true", help="print nothing but errors")
    b.add_argument("--export", metavar="F,…", help="also write these export formats (see uniongraph export)")
    add_corpus_options(b)
    b.add_argument("--store", help="also write a store folder for add/remove/serve (a store there is replaced "
                   "whole at the end; a folder that is not a store is refused)")
    add_corrections_options(b)
    b.add_argument("--no-validate", action="store_true", help="do not check the graph against the SHACL shapes")
    add_max_nodes(b)
    b.set_defaults(func=build_cli)
