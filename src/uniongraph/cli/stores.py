"""The store commands: a growing graph in a folder, updated document by document.

    uniongraph add INPUTS... --store DIR [--out OUT]  extract only new documents, merge them in
                                                      (pages, HTML, JSONL corpora, folders, - for stdin)
    uniongraph remove DOC... --store DIR [--out OUT]  take documents (path or digest) back out
    uniongraph documents DIR                          the documents of a store (digest, articles, path)
    uniongraph repair DIR                             make a damaged store's ledger and triples agree again
    uniongraph curate --store DIR [--corrections F]   the corrections a store applies; apply others

A store is a folder made by ``build --store`` or ``add`` (:class:`uniongraph.store.GraphStore`);
``--out`` also writes the whole store's ``graph.ttl``, ``graph.json`` and ``graph.html``.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
import time
from pathlib import Path

from ..errors import ExitStatus, InputError
from .common import add_input_options, print_curation


def change_line(change, seconds: float) -> str:  # type: ignore[no-untyped-def]
    """One line saying what an update did."""
    parts = [f"added {len(change.added)} document(s)"] if change.added else []
    if change.removed:
        parts.append(f"removed {len(change.removed)} document(s)")
    if change.skipped:
        parts.append(f"{len(change.skipped)} already in the store" if not change.removed
                     else f"{len(change.skipped)} skipped")
    if change.recorrected:
        parts.append(f"extracted {len(change.recorrected)} held document(s) again for the corrections")
    if not parts:
        parts.append("nothing to do")
    return ", ".join(parts) + f"; re-merged {change.names} name(s) in {seconds:.2f}s"


def _apart(args: argparse.Namespace) -> ExitStatus | None:
    """``USAGE`` (said on stderr) if ``--out`` is the store or inside it, or holds it; else ``None``."""
    if getattr(args, "out", None):
        from ..store.folder import check_apart

        try:
            check_apart(args.out, args.store)
        except ValueError as exc:
            print(f"uniongraph: {exc}", file=sys.stderr)
            return ExitStatus.USAGE
    return None


def _finish(store, args: argparse.Namespace) -> None:  # type: ignore[no-untyped-def]
    if getattr(args, "out", None):
        from ..readwrite.outputs import write_outputs

        kg = store.export()
        paths = write_outputs(kg, args.out)
        if not args.quiet:
            print("wrote " + ", ".join(str(p) for p in paths.values()))


def _take_corrections(st, args: argparse.Namespace, failures: list[InputError]) -> None:  # type: ignore[no-untyped-def]
    """``--corrections FILE``: the store applies these from now on (to what it holds too); without
    it, the ones it remembers, with a note if their file has changed since."""
    from ..curation import read_corrections

    path = getattr(args, "corrections", None)
    if path is None:
        fix = st.corrections
        if fix is not None and fix.path and not args.quiet:
            with contextlib.suppress(OSError, UnicodeDecodeError):
                if Path(fix.path).read_text(encoding="utf-8-sig") != fix.text:
                    print(f"uniongraph: note: {fix.path} changed since the store took it; the store applies "
                          f"it as it was (give --corrections {fix.path} to apply it as it is)", file=sys.stderr)
        return
    started = time.perf_counter()
    fix = read_corrections(path)
    failures.extend(fix.errors)
    change = st.set_corrections(fix)
    if not args.quiet and change.recorrected:
        print(f"corrections: {path}: extracted {len(change.recorrected)} held document(s) again; "
              f"re-merged {change.names} name(s) in {time.perf_counter() - started:.2f}s")
        print_curation(fix, change.curation, "the held documents")


def add_cli(args: argparse.Namespace) -> int:
    from ..reading.jsonl import parse_fields
    from ..store import GraphStore

    if (refused := _apart(args)) is not None:
        return refused
    try:
        fields = parse_fields(args.jsonl_fields) if args.jsonl_fields else None
    except ValueError as exc:
        print(f"uniongraph: {exc}", file=sys.stderr)
        return ExitStatus.USAGE
    started = time.perf_counter()
    failures: list[InputError] = []
    with GraphStore(args.store) as st:
        _take_corrections(st, args, failures)
        change = st.add_files(args.inputs, region=args.region, failures=failures, fields=fields,
                              include=args.include, exclude=args.exclude)
        for f in failures:
            print(f"uniongraph: {f}", file=sys.stderr)
        if not args.quiet:
            docs = st.documents()
            if change.added:
                print_curation(st.corrections, change.curation, "the added documents")
            print(change_line(change, time.perf_counter() - started))
            print(f"store {args.store}: {len(docs)} documents, {sum(d.articles for d in docs)} articles")
        _finish(st, args)
    if failures and not change.added and not change.skipped:
        return ExitStatus.FAIL
    return ExitStatus.PARTIAL if failures else ExitStatus.OK


def remove_cli(args: argparse.Namespace) -> int:
    from ..store import GraphStore

    if (refused := _apart(args)) is not None:
        return refused
    started = time.perf_counter()
    with GraphStore(args.store) as st:
        change = st.remove(args.documents)
        if not args.quiet:
            print(change_line(change, time.perf_counter() - started))
        _finish(st, args)
    return ExitStatus.OK


def curate_cli(args: argparse.Namespace) -> int:
    """``uniongraph curate --store DIR``: show the corrections a store applies; with
    ``--corrections FILE`` (or ``--none``) apply others to everything it holds."""
    from ..curation import read_corrections
    from ..store import GraphStore

    if (refused := _apart(args)) is not None:
        return refused
    if args.corrections is None and not args.none:
        with GraphStore(args.store, read_only=True) as st:
            fix = st.corrections
            if fix is None:
                print(f"store {args.store}: no corrections")
                return ExitStatus.OK
            print(f"store {args.store}: {len(fix.rules)} correction(s) of {fix.path or fix.source}")
            for rule in fix.rules:
                print(f"{fix.where(rule)}: {rule.reason_text()}")
        return ExitStatus.OK
    started = time.perf_counter()
    fix = None if args.none else read_corrections(args.corrections)
    for f in fix.errors if fix is not None else ():
        print(f"uniongraph: {f}", file=sys.stderr)
    with GraphStore(args.store) as st:
        change = st.set_corrections(fix)
        if not args.quiet:
            if change.recorrected:
                print_curation(fix, change.curation, "the held documents")
            print(f"extracted {len(change.recorrected)} held document(s) again; re-merged {change.names} "
                  f"name(s) in {time.perf_counter() - started:.2f}s" if change.recorrected else
                  "the store holds no document these corrections concern; it applies them from now on"
                  if fix else "the store applies no corrections")
        _finish(st, args)
    return ExitStatus.PARTIAL if fix is not None and fix.errors else ExitStatus.OK


def documents_cli(args: argparse.Namespace) -> int:
    from ..store import GraphStore

    with GraphStore(args.store, read_only=True) as st:
        for d in st.documents():
            print(f"{d.digest}\t{d.articles}\t{d.path}")
    return ExitStatus.OK


def repair_cli(args: argparse.Namespace) -> int:
    from ..store.repair import repair_store

    report = repair_store(args.store)
    print(report.line())
    return ExitStatus.PARTIAL if report.lost else ExitStatus.OK


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Register ``add``, ``remove``, ``documents`` and ``repair`` on the ``uniongraph`` command line."""

    a = sub.add_parser("add", help="add new documents to a store (only new ones are extracted)")
    a.add_argument("inputs", nargs="+", help="files, folders, JSONL corpora (each record a document), or - for standard input")
    a.add_argument("--store", required=True, help="store folder (created if missing)")
    a.add_argument("--out", help="also write graph.ttl, graph.json, graph.html of the whole store here")
    a.add_argument("--region", help="home region of the publication, e.g. 北京市 (default: detected)")
    add_input_options(a)
    a.add_argument("--corrections", metavar="FILE",
                   help="apply these corrections from now on, to the documents held too (default: those the "
                        "store was built with)")
    a.add_argument("--quiet", action="store_true")
    a.set_defaults(func=add_cli)

    c = sub.add_parser("curate", help="show the corrections a store applies, or apply others to all it holds")
    c.add_argument("--store", required=True, help="store folder")
    which = c.add_mutually_exclusive_group()
    which.add_argument("--corrections", metavar="FILE", help="apply these corrections (TOML, see the README)")
    which.add_argument("--none", action="store_true", help="apply no corrections any more")
    c.add_argument("--out", help="also write the outputs of the whole store here")
    c.add_argument("--quiet", action="store_true")
    c.set_defaults(func=curate_cli)

    r = sub.add_parser("remove", help="remove documents (by path or digest) and the facts only they supported")
    r.add_argument("documents", nargs="+", help="a file path as added, a file with the same text, or a digest (prefix)")
    r.add_argument("--store", required=True, help="store folder")
    r.add_argument("--out", help="also write the outputs of the whole store here")
    r.add_argument("--quiet", action="store_true")
    r.set_defaults(func=remove_cli)

    d = sub.add_parser("documents", help="list the documents of a store (digest, articles, path)")
    d.add_argument("store", help="store folder")
    d.set_defaults(func=documents_cli)

    f = sub.add_parser("repair", help="mend a damaged store: rebuild its triples (or its ledger) so they agree again")
    f.add_argument("store", help="store folder")
    f.set_defaults(func=repair_cli)
