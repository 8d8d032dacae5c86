"""What the command modules share: the error line on stderr, the lines saying what corrections
did, and argument types.

It imports no other module of :mod:`uniongraph.cli`, and the command modules import no module of
:mod:`uniongraph.cli` but this one.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..redact import redact_text


def report_error(exc: BaseException, args: argparse.Namespace | None = None) -> None:
    """One line on stderr; with ``--debug`` the traceback too. Passwords in URLs are masked in both."""
    print(redact_text(f"uniongraph: {exc}"), file=sys.stderr)
    if args is not None and getattr(args, "debug", False):
        import traceback

        details = getattr(exc, "details", "") or "".join(traceback.format_exception(exc))
        print(redact_text(details.rstrip("\n")), file=sys.stderr)


def print_curation(corrections: Any, counts: Any, scope: str = "these documents") -> None:
    """One line per correction applied (build, add, curate): what it did in ``scope``."""
    from ..curation import report

    for line in report(corrections, counts, scope=scope):
        print(f"corrections: {line}")


def positive_int(text: str) -> int:
    """An argument type: a whole number, 1 or more."""
    return _whole_number(text, 1)


def non_negative_int(text: str) -> int:
    """An argument type: a whole number, 0 or more."""
    return _whole_number(text, 0)


def _whole_number(text: str, least: int) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < least:
        raise argparse.ArgumentTypeError(f"must be {least} or more, got {value}")
    return value


def add_max_nodes(parser: argparse.ArgumentParser) -> None:
    """The ``--max-nodes`` option of ``uniongraph build`` and ``uniongraph view``."""
    parser.add_argument("--max-nodes", type=positive_int, metavar="N",
                        help="draw only the N best-connected entities in the HTML view")


def add_input_options(parser: argparse.ArgumentParser) -> None:
    """What to read in folders and JSONL records: ``--include``, ``--exclude``, ``--jsonl-fields``
    (``build`` and ``add`` alike)."""
    parser.add_argument("--include", action="append", default=[], metavar="GLOB",
                        help="in folders, read only files matching GLOB (path below the folder or name; repeatable)")
    parser.add_argument("--exclude", action="append", default=[], metavar="GLOB",
                        help="in folders, skip files matching GLOB (repeatable)")
    parser.add_argument("--jsonl-fields", metavar="text=KEY,…",
                        help="JSON keys of the record fields text, id, title, date, source, page")
