"""Errors a researcher can read, each with a short code to search for, and the exit statuses
of the ``uniongraph`` command.

Every error message is one line and names the file (and line) it concerns; passwords in the
URLs it names are masked (:mod:`uniongraph.redact`).
"""

from __future__ import annotations

from enum import IntEnum

from .redact import redact_text


class UniongraphError(Exception):
    """Base class: a failure with a one-line, user-facing message."""

    code = "UG000"
    #: what went wrong in full (a traceback), printed only with ``--debug``
    details: str = ""

    def __str__(self) -> str:
        return redact_text(f"{self.code}: {super().__str__()}")


class InputError(UniongraphError):
    """An input file could not be read or holds no usable text."""

    code = "UG100"

    def __init__(self, path: str, reason: str, line: int | None = None) -> None:
        where = f"{path}:{line}" if line is not None else str(path)
        super().__init__(f"{where}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


class QueryError(UniongraphError):
    """A SPARQL query could not be parsed or run."""

    code = "UG200"


class GraphFileError(UniongraphError):
    """A graph file (Turtle, JSON) could not be read."""

    code = "UG300"


class OutputError(UniongraphError):
    """An output could not be written."""

    code = "UG400"


class ExitStatus(IntEnum):
    """The exit statuses of the ``uniongraph`` command (see docs/robustness.md)."""

    #: success
    OK = 0
    #: nothing useful could be done; the reason is one line on stderr
    FAIL = 1
    #: bad usage (argparse's own errors exit with 2 as well)
    USAGE = 2
    #: the outputs were written, but some inputs failed or one output could not be rendered
    PARTIAL = 3
    #: interrupted by Ctrl-C; earlier outputs are left as they were
    INTERRUPTED = 130
