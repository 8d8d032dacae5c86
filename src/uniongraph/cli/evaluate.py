"""The ``eval`` command: a build scored against gold, or a recogniser on annotated spans.

    uniongraph eval GRAPH --gold GOLD.json     score a build against hand-made gold
    uniongraph eval --spans FILE.jsonl         exact-span PER/LOC/ORG scores on annotated text

A thin wrapper over :func:`uniongraph.evaluate.command.eval_command`.
"""

from __future__ import annotations

import argparse

from ..errors import ExitStatus


def eval_cli(args: argparse.Namespace) -> int:
    from ..evaluate.command import eval_command

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
    return ExitStatus.OK


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``eval`` on the ``uniongraph`` command line."""
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
