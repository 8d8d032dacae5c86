r"""Queries run in child processes that cannot reach the network, under a time and a memory limit.

Oxigraph evaluates a query in native code that Python cannot interrupt; the endpoint therefore
sends each query to a worker process and, when the time limit passes, kills that process (by
its pid) and starts a fresh one. The worker opens a store read-only, or loads a graph file into
an in-memory Oxigraph store.

No query makes the endpoint fetch anything, and that holds twice over:

* :func:`check_query` parses the query (rdflib's SPARQL parser) and refuses any ``SERVICE`` in
  its parse tree, wherever it sits (``OPTIONAL``, ``EXISTS``, sub-queries …); updates, ``LOAD``
  included, are not queries and do not parse. The text both parsers read is first made the same
  (:func:`normalise_query`): ``\u`` escapes expanded once, a CR read as a line end.
* the worker process has no network at all (:mod:`.sandbox`): if a ``SERVICE`` ever got past the
  parser, Oxigraph's HTTP client could still not open a socket.

Each worker limits its own address space to what it holds after opening the graph plus
``memory_limit`` MiB, so a query that grows without bound stops that worker (answer 503), not the
machine. Queries nested deeper than :data:`MAX_DEPTH` brackets are refused before any parser
sees them (Oxigraph's parser recurses and would overflow its stack).

Answers cross the pipe as plain tuples: ``("uri", iri)``, ``("bnode", id)`` and
``("literal", text, language, datatype)``. A query may come with *bindings* in the same form
(variable name -> term): Oxigraph substitutes them into the parsed query (SEP-0007), so a value
(the explorer's search text, an entity's IRI) never passes through a parser and cannot change
what the query says. A substituted variable must be in the query's projection.

The worker follows its graph: before each query it looks at what marks the graph's version
(:func:`source_signature`: a store's ``store.json``, rewritten by every ``add``, ``remove`` and
``build --store``; a graph file or a build folder's graph files) and reopens the graph when that
changed, so a running server answers from the graph as it is now.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import sys
import threading
from collections import OrderedDict
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

Term = tuple[Any, ...]

_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
#: brackets deeper than this are refused (Oxigraph's parser overflows its stack near 3,000)
MAX_DEPTH = 256
#: an answer stops (cut, as at max_rows) once its terms hold this many characters
MAX_ANSWER_CHARS = 64 * 1024 * 1024
#: the stack of the thread that parses and runs queries (rdflib's parser recurses deeply)
_STACK = 128 * 1024 * 1024
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_ESCAPE_LEFT = re.compile(r"\\[uU][0-9A-Fa-f]{4}")
#: strings, IRIs and comments (skipped) and brackets (counted) when measuring nesting
_TOKENS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                     r'|<[^<>"{}|^`\\\x00-\x20]*>|#[^\n]*|[{(\[]|[})\]]')
_MENTIONS_SERVICE = re.compile(r"service", re.IGNORECASE)
#: checked query texts a worker remembers (the explorer sends the same few texts again and again),
#: and the longest text remembered (a user's 1 MiB queries are checked each time, not kept)
_CHECKED_CACHE = 512
_CHECKED_CHARS = 4096


class QueryRefused(Exception):
    """A query the endpoint does not run or could not answer (an HTTP status: 400, 403, 503 …)."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


class QueryTimeout(Exception):
    """The query did not finish within the time limit (HTTP 503)."""


def normalise_query(sparql: str) -> str:
    r"""The query as every parser will read it; :class:`QueryRefused` (400) if it cannot be.

    SPARQL expands ``\uXXXX`` and ``\UXXXXXXXX`` before parsing; parsers differ at the edges
    (rdflib reads ``\u`` with eight digits; an escape can spell a backslash that starts another
    escape), so the escapes are expanded here, once, and an escape that spells another one is
    refused. Oxigraph ends a comment at CR, rdflib only at LF: every CR becomes LF. Brackets
    nested deeper than :data:`MAX_DEPTH` are refused.

    >>> normalise_query("SELECT * WHERE { ?s ?p \\u0022x\\u0022 } # note\rLIMIT 1")
    'SELECT * WHERE { ?s ?p "x" } # note\nLIMIT 1'
    >>> normalise_query("ASK { ?s ?p '\\u005Cu0041' }")
    Traceback (most recent call last):
    ...
    uniongraph.serve.worker.QueryRefused: a \u escape in the query spells another escape
    """
    def expand(m: re.Match[str]) -> str:
        cp = int(m.group(1) or m.group(2), 16)
        if cp > 0x10FFFF or 0xD800 <= cp <= 0xDFFF:
            raise QueryRefused(f"{m.group(0)} is not a Unicode character")
        return chr(cp)

    text = _ESCAPE.sub(expand, sparql)
    if _ESCAPE_LEFT.search(text):
        raise QueryRefused("a \\u escape in the query spells another escape")
    text = text.replace("\r", "\n")
    depth = deepest = 0
    for m in _TOKENS.finditer(text):
        tok = m.group(0)
        if tok in ("{", "(", "["):
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > MAX_DEPTH:
                    raise QueryRefused(f"query nested too deeply: more than {MAX_DEPTH} brackets")
        elif tok in ("}", ")", "]"):
            depth -= 1
    return text


def _names(tree: Any) -> set[str]:
    """The names of every node of an rdflib parse tree (walked without recursion)."""
    from rdflib.plugins.sparql.parserutils import CompValue, ParseResults  # pyparsing's, as rdflib uses it

    names: set[str] = set()
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            names.add(node.name)
            stack.extend(node.values())
        elif isinstance(node, (list, tuple, ParseResults)):
            stack.extend(node)
        elif isinstance(node, dict):
            stack.extend(node.values())
    return names


def check_query(sparql: str) -> str:
    """Refuse what a read-only endpoint must not run; the text to run (:func:`normalise_query`).

    ``SERVICE`` is looked for in the parse tree, not in the text: ``"SERVICE"`` in a string, an
    IRI or a comment is fine, a ``SERVICE`` however spelt is not (403). A query that rdflib cannot
    parse (an Oxigraph extension, or a malformed one) is refused if its text mentions
    ``service`` at all, and otherwise left to Oxigraph, which will run it or say why not.

    >>> check_query('SELECT * WHERE { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')
    'SELECT * WHERE { ?s <http://x/SERVICE> "SERVICE" } # SERVICE'
    >>> check_query("SELECT * WHERE { OPTIONAL { \\u0053ervice <http://example.org/sparql> { ?s ?p ?o } } }")
    Traceback (most recent call last):
    ...
    uniongraph.serve.worker.QueryRefused: SERVICE (federated query) is not allowed on this endpoint
    """
    text = normalise_query(sparql)
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(text)
    except MemoryError:
        raise
    except Exception as exc:  # pyparsing's errors, RecursionError, rdflib's ValueErrors
        if _MENTIONS_SERVICE.search(text):
            reason = " ".join(str(exc).split())[:120] or type(exc).__name__
            raise QueryRefused("SERVICE is not allowed on this endpoint, and this query mentions it "
                               f"where the check cannot parse it ({reason})", 403) from None
        return text
    if "ServiceGraphPattern" in _names(tree):
        raise QueryRefused("SERVICE (federated query) is not allowed on this endpoint", 403)
    return text


def open_source(source: str) -> Any:
    """An Oxigraph store for a store folder (read-only), or any other graph loaded in memory."""
    import pyoxigraph as ox

    from ..errors import GraphFileError
    from ..readwrite.sources import open_graph

    src = open_graph(source)
    if src.is_store:
        return ox.Store.read_only(str(src.path / "oxigraph"))
    if src.rdf_file is not None:  # a build folder: its RDF file, not a conversion of graph.json
        src = open_graph(src.rdf_file[0])
    data, fmt = src.rdf_bytes()
    ox_format = ox.RdfFormat.from_extension(fmt.extension.lstrip("."))
    store = ox.Store()
    try:
        store.load(data, format=ox_format)
    except (SyntaxError, ValueError, OSError) as exc:
        raise GraphFileError(f"{src.path}: not valid {fmt.description or fmt.name}: "
                             f"{' '.join(str(exc).split())[:200]}") from None
    return store


def source_signature(source: str) -> tuple[Any, ...]:
    """What changes when the graph at ``source`` changes (``()`` if nothing can be read there).

    A store's ``store.json`` is rewritten (a new file, renamed into place) at the end of every
    ``add``, ``remove`` and ``build --store``, after the triples are written; a build folder's
    graph files and a graph file are replaced the same way by a new build.
    """
    from ..readwrite.sources import FOLDER_FILES
    from ..store.folder import MARKER

    path = Path(source)
    try:
        if path.is_dir():
            marker = path / MARKER
            files = [marker] if marker.is_file() else [path / n for n in FOLDER_FILES if (path / n).is_file()]
        else:
            files = [path]
        return tuple((f.name, st.st_dev, st.st_ino, st.st_mtime_ns, st.st_size) for f in files for st in [f.stat()])
    except OSError:
        return ()


def _ox_term(t: Any) -> Any:
    """The pyoxigraph term of a wire tuple (:class:`QueryRefused` if it is none)."""
    import pyoxigraph as ox

    try:
        if t[0] == "uri":
            return ox.NamedNode(t[1])
        if t[0] == "literal":
            if t[2]:
                return ox.Literal(t[1], language=t[2])
            return ox.Literal(t[1], datatype=ox.NamedNode(t[3])) if t[3] else ox.Literal(t[1])
    except (IndexError, TypeError, ValueError) as exc:
        raise QueryRefused(f"bad value for the query: {' '.join(str(exc).split())[:200]}") from None
    raise QueryRefused(f"bad value for the query: {str(t)[:100]}")


def _term(t: Any) -> Term | None:
    import pyoxigraph as ox

    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("uri", t.value)
    if isinstance(t, ox.BlankNode):
        return ("bnode", t.value)
    dt = t.datatype.value
    return ("literal", t.value, t.language, None if t.language or dt == _XSD_STRING else dt)


def _size(term: Term | None) -> int:
    return 0 if term is None else len(term[1]) + sum(len(x) for x in term[2:] if x)


def run(store: Any, sparql: str, max_rows: int, max_chars: int = MAX_ANSWER_CHARS,
        bindings: dict[str, Term] | None = None) -> tuple[Any, ...]:
    """Run one query: ``("ask", bool)``, ``("select", vars, rows, truncated)`` or ``("graph", triples, truncated)``.

    An answer is cut (``truncated``) at ``max_rows`` rows, or before the row that would make its
    terms hold more than ``max_chars`` characters. ``bindings`` (variable name -> wire term) are
    substituted into the parsed query.
    """
    import pyoxigraph as ox

    from ..store.oxigraph import QUERY_PREFIXES

    subs = {ox.Variable(k): _ox_term(v) for k, v in bindings.items()} if bindings else None
    res = store.query(sparql, prefixes=QUERY_PREFIXES, substitutions=subs)
    if isinstance(res, ox.QueryBoolean):
        return ("ask", bool(res))
    chars = 0
    if isinstance(res, ox.QuerySolutions):
        from ..query import star_columns

        engine = [v.value for v in res.variables]
        names = star_columns(sparql, engine)  # SELECT * in the query's order, as `uniongraph query`
        order = [engine.index(n) for n in names]
        rows = []
        for sol in res:
            if len(rows) == max_rows:
                return ("select", names, rows, True)
            row = [_term(sol[i]) for i in order]
            chars += sum(_size(t) for t in row)
            if chars > max_chars:
                return ("select", names, rows, True)
            rows.append(row)
        return ("select", names, rows, False)
    triples = []
    for t in res:
        if len(triples) == max_rows:
            return ("graph", triples, True)
        triple = (_term(t.subject), _term(t.predicate), _term(t.object))
        chars += sum(_size(x) for x in triple)
        if chars > max_chars:
            return ("graph", triples, True)
        triples.append(triple)
    return ("graph", triples, False)


def _address_space() -> int:
    """Bytes of address space this process holds now (VmSize), 0 if unknown."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        pass
    return 0


def _limit_memory(memory_limit: int) -> str | None:
    """Cap the address space at what is held now plus ``memory_limit`` MiB; why not, if it cannot be."""
    try:
        import resource
    except ImportError:
        return "no memory limit on this system"
    held = _address_space()
    if not held:
        return "no memory limit: the process size is unknown"
    cap = held + memory_limit * 1024 * 1024
    try:
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))
    except (ValueError, OSError) as exc:
        return f"no memory limit: {exc}"
    return None


class _Graph:
    """The worker's graph, reopened when :func:`source_signature` says it changed."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.signature = source_signature(source)  # taken before opening: a change meanwhile reopens
        self.store: Any = open_source(source)

    def current(self) -> Any:
        now = source_signature(self.source)
        if now != self.signature or self.store is None:
            self.store = None  # the old graph goes first: the memory limit was set with one graph held
            self.signature = now
            try:
                self.store = open_source(self.source)
            except Exception as exc:  # a store being swapped in, a file being replaced: the next query retries
                from ..errors import UniongraphError

                why = str(exc.args[0]) if isinstance(exc, UniongraphError) and exc.args else str(exc)
                raise QueryRefused(f"the graph changed and cannot be reopened now: {' '.join(why.split())[:300]}",
                                   503) from None
        return self.store


def _answer(conn: Connection, graph: _Graph, memory_limit: int) -> None:
    """Answer queries until the pipe closes (in a thread with a deep stack)."""
    checked_texts: OrderedDict[str, str] = OrderedDict()
    while True:
        try:
            message = conn.recv()
        except EOFError:
            return
        sparql, max_rows, checked = message[:3]
        bindings = message[3] if len(message) > 3 else None
        try:
            if checked:
                text = checked_texts.get(sparql)
                if text is None:
                    text = check_query(sparql)
                    if len(sparql) <= _CHECKED_CHARS:
                        checked_texts[sparql] = text
                        if len(checked_texts) > _CHECKED_CACHE:
                            checked_texts.popitem(last=False)
                else:
                    checked_texts.move_to_end(sparql)
                sparql = text
            conn.send(("ok", run(graph.current(), sparql, max_rows, bindings=bindings)))
        except QueryRefused as exc:
            conn.send(("refused", str(exc), exc.status))
        except MemoryError:
            conn.send(("refused", f"query stopped: over the memory limit of {memory_limit} MiB", 503))
        except SyntaxError as exc:
            conn.send(("refused", "malformed query: " + " ".join(str(exc).split())[:300], 400))
        except Exception as exc:  # evaluation errors
            conn.send(("refused", f"query failed: {' '.join(str(exc).split())[:300] or type(exc).__name__}", 400))


def _main(conn: Connection, source: str, memory_limit: int) -> None:
    """The worker process: lose the network, open the graph, then answer queries."""
    from .sandbox import deny_network

    os.environ["RUST_BACKTRACE"] = "0"  # a query over the memory limit: one line on stderr, not a backtrace
    warnings = [w for w in [deny_network()] if w]
    try:
        graph = _Graph(source)
        check_query("ASK {}")  # rdflib's parser builds its grammar now, not in the first query
    except Exception as exc:  # reported to the parent, which stops
        from ..errors import UniongraphError

        conn.send(("error", str(exc.args[0]) if isinstance(exc, UniongraphError) and exc.args else str(exc)))
        return
    sys.setrecursionlimit(max(sys.getrecursionlimit(), 100_000))
    threading.stack_size(_STACK)
    def answer() -> None:
        warnings.extend(w for w in [_limit_memory(memory_limit)] if w)
        conn.send(("ready", warnings))
        _answer(conn, graph, memory_limit)

    thread = threading.Thread(target=answer, name="queries")
    thread.start()
    thread.join()


class QueryWorker:
    """One worker process, and the lock that gives it one query at a time."""

    def __init__(self, source: str, *, time_limit: float, max_rows: int, memory_limit: int = 1024) -> None:
        self.source = source
        self.time_limit = time_limit
        self.max_rows = max_rows
        self.memory_limit = memory_limit
        #: why the worker runs without its network sandbox or memory limit (empty: it has both)
        self.warnings: list[str] = []
        self._lock = threading.Lock()
        self._ctx = mp.get_context("spawn")  # no fork of a threaded server
        self._proc: Any = None
        self._conn: Connection | None = None
        self._start()

    def _start(self) -> None:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_main, args=(child, self.source, self.memory_limit), daemon=True)
        proc.start()
        child.close()
        if not parent.poll(120):
            os.kill(proc.pid, 9)
            raise RuntimeError(f"{self.source}: the query worker did not start")
        try:
            msg = parent.recv()
        except EOFError:
            msg = ("error", f"{self.source}: the query worker stopped while starting")
        if msg[0] != "ready":
            proc.join()
            from ..errors import GraphFileError

            raise GraphFileError(msg[1])
        self.warnings = msg[1]
        self._proc, self._conn = proc, parent

    def _kill(self) -> None:
        if self._proc is not None and self._proc.is_alive():
            os.kill(self._proc.pid, 9)  # our own child, by pid
        if self._proc is not None:
            self._proc.join(5)
        if self._conn is not None:
            self._conn.close()
        self._proc = self._conn = None

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.is_alive()

    def restart(self) -> None:
        """Start a fresh process if this one is gone (killed at a limit, or dead)."""
        with self._lock:
            if not self.alive:
                self._kill()
                self._start()

    def query(self, sparql: str, timeout: float | None = None, *, bindings: dict[str, Term] | None = None,
              max_rows: int | None = None) -> tuple[Any, ...]:
        """The answer of one query within ``timeout`` seconds (default: the time limit).

        ``bindings`` are substituted into the query (see the module's doc); ``max_rows`` cuts
        this answer (default: the worker's). Raises :class:`QueryRefused` (refused, malformed,
        failed, over the memory limit) or :class:`QueryTimeout`.
        """
        return self._ask(sparql, self.time_limit if timeout is None else timeout, checked=True,
                         bindings=bindings, max_rows=max_rows)

    def _ask(self, sparql: str, timeout: float, *, checked: bool, bindings: dict[str, Term] | None = None,
             max_rows: int | None = None) -> tuple[Any, ...]:
        # checked=False skips check_query: only for tests of the sandbox behind it
        with self._lock:
            if not self.alive:
                self._kill()
                self._start()
            assert self._conn is not None and self._proc is not None
            self._conn.send((sparql, self.max_rows if max_rows is None else max_rows, checked, bindings))
            if not self._conn.poll(max(timeout, 0.0)):
                self._kill()  # a fresh process is started by restart() or the next query
                raise QueryTimeout(f"query stopped: over the time limit of {self.time_limit:g} s")
            try:
                reply = self._conn.recv()
            except EOFError:
                self._proc.join(5)
                code = self._proc.exitcode
                self._kill()
                raise QueryRefused(self._death(code), 503 if code == -6 else 500) from None
        if reply[0] == "refused":
            raise QueryRefused(reply[1], reply[2])
        return reply[1]

    def _death(self, exitcode: int | None) -> str:
        if exitcode == -6:  # SIGABRT: Rust aborts when an allocation fails
            return f"query stopped: over the memory limit of {self.memory_limit} MiB"
        if exitcode == -9:
            return "query stopped: the query worker was killed (out of memory?)"
        return f"query stopped: the query worker died (exit status {exitcode})"

    def close(self) -> None:
        """Stop the process now, even in the middle of a query (whose caller then gets a 500)."""
        proc = self._proc
        if proc is not None and proc.is_alive():
            os.kill(proc.pid, 9)  # our own child, by pid; not waiting for the query's lock
        with self._lock:
            self._kill()
