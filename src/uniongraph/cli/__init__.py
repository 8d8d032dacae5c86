"""The command line: one module per command group, each a thin wrapper over importable functions.

    uniongraph build INPUT... --out DIR        files or folders -> graph.ttl, graph.json, graph.html
    uniongraph query GRAPH 'SPARQL'            (or --file q.rq) results as table, csv, tsv or json
    uniongraph eval GRAPH --gold GOLD.json     score a build against hand-made gold
    uniongraph eval --spans FILE.jsonl         exact-span PER/LOC/ORG scores on annotated text
    uniongraph export GRAPH --format F --out X   other tools' formats; push: into a database
    uniongraph add / remove / documents        a store, updated document by document; repair mends one
    uniongraph curate --store DIR              the corrections a store applies (--corrections F: others)
    uniongraph serve GRAPH|STORE               read-only SPARQL endpoint, explorer, SPARQL editor
    uniongraph validate / stats / neighbors    SHACL shapes, statistics, an entity's neighbourhood
    uniongraph view GRAPH --out view.html      HTML view of a built graph (--max-nodes, --focus/--hops)

The modules: :mod:`.build` (build), :mod:`.query` (query), :mod:`.evaluate` (eval),
:mod:`.exports` (export, push), :mod:`.stores` (add, remove, documents, repair, curate), :mod:`.serve` (serve),
:mod:`.analysis` (validate, stats, neighbors), :mod:`.view` (view); each registers its commands
with ``add_parsers`` and imports no other module of this package but :mod:`.common`.

Exit status (:class:`uniongraph.errors.ExitStatus`): 0 success; 1 nothing could be done (the
reason is one line on stderr); 2 bad usage; 3 the build was written but some inputs failed, or
one output could not be rendered while the others were written (each failure is one line on
stderr; ``--debug`` adds the traceback); 130 interrupted (earlier outputs untouched). See
docs/robustness.md.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from .. import __version__
from ..errors import ExitStatus, UniongraphError
from . import analysis, build, evaluate, exports, query, serve, stores, view
from ..redact import redact_text
from .common import report_error


def make_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="uniongraph", description="Knowledge graphs of Chinese trade-union news.")
    p.add_argument("--version", action="version", version=f"uniongraph {__version__}")
    p.add_argument("--debug", action="store_true", help="print the traceback of an error, not only its line")
    sub = p.add_subparsers(dest="command", required=True)
    for commands in (build, query, evaluate, exports, stores, serve, analysis, view):  # in the order of --help
        commands.add_parsers(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``uniongraph`` command (its exit status; the process goes on)."""
    return _run(make_parser().parse_args(argv))


def run(argv: Sequence[str] | None = None) -> NoReturn:
    """The ``uniongraph`` command as a process: :func:`main`, then the exit.

    A build ends holding a million objects (jieba's dictionary, the lexicons, the graph),
    which the interpreter would free one by one before exiting: 0.12 s of a 400-article build,
    for memory the system takes back at once. So once a build is done, the exit handlers run
    (the timings, logging, temporary files, worker processes), the standard streams are
    flushed, and the process exits with its status without freeing them (``os._exit``).
    Other commands exit as usual (a server may have threads to finish).
    """
    args = make_parser().parse_args(argv)
    status = _run(args)
    if args.command != "build":
        sys.exit(status)
    import atexit
    import os

    atexit._run_exitfuncs()  # what a normal exit runs first (multiprocessing's own exit does this too)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):  # a closed pipe or stream: nothing more can be said
            pass
    os._exit(int(status))


def _run(args: argparse.Namespace) -> int:
    try:
        return args.func(args)
    except UniongraphError as exc:
        report_error(exc, args)
        return ExitStatus.FAIL
    except KeyboardInterrupt:
        print("uniongraph: interrupted; earlier outputs are left as they were", file=sys.stderr)
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        return ExitStatus.OK
    except Exception as exc:  # a bug: one line for the user, the traceback with --debug
        if getattr(args, "debug", False):
            raise
        reason = " ".join(redact_text(str(exc)).split())[:300]
        print(f"uniongraph: internal error: {type(exc).__name__}: {reason} "
              "(run again with --debug for the traceback)", file=sys.stderr)
        return ExitStatus.FAIL


__all__ = ["main", "make_parser", "run"]
