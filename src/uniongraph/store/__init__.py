"""A persistent, growing graph in a folder: an Oxigraph database plus a ledger of documents.

::

    DIR/store.json       what this folder is (schema, counts): the store marker (:mod:`.folder`)
    DIR/ledger.sqlite    documents, extracted articles, the merged graph row by row (:mod:`.ledger`)
    DIR/oxigraph/        the RDF of the merged graph, for SPARQL (:mod:`.oxigraph`)
    DIR/lock             held by the one process writing the store (:mod:`.lock`)

Documents are named by a hash of their text, so adding one twice changes nothing, whatever
its path. Adding extracts only the new documents and merges their mentions and facts into
what the store keeps per name and per relation, so its cost follows the new documents, not
the store (:mod:`.ledger`); removing takes a document's articles out and recomputes the names
they touched from the mentions left, so a fact only that document supported goes, and a fact
others support stays with their evidence.

``build --store`` writes a new store beside the old one and swaps it in (:class:`StoreReplacement`,
:mod:`.folder`); a damaged store is refused with one line and mended by :mod:`.repair`.

>>> import tempfile
>>> with GraphStore(tempfile.mkdtemp() + "/store") as st:   # doctest: +SKIP
...     st.add_texts({"page.md": "# 北京市总工会召开会议\\n\\n本报讯 北京市总工会召开全会。"})
...     st.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..errors import GraphFileError, InputError, OutputError, QueryError
from ..ids import article_document, document_digest
from ..model import Document, KnowledgeGraph
from ..query import QueryResult
from .folder import LEDGER, MARKER, RDF, StoreReplacement, clean_siblings, is_empty_folder, is_store, read_marker
from ..curation.apply import annotate, original_bylines
from .ledger import CORRECTIONS, Change, DocumentInfo, Ledger, file_damage, is_corruption
from .lock import StoreLock
from .oxigraph import apply_change, load_graph, run_store_query

if TYPE_CHECKING:
    from ..curation import Corrections

__all__ = ["GraphStore", "Change", "DocumentInfo", "StoreReplacement", "is_store", "STORE_SCHEMA"]

STORE_SCHEMA = "uniongraph-store/2"
#: layouts this version cannot read (the ledger tables changed); such a store is rebuilt
_OLD_SCHEMAS = ("uniongraph-store/1",)


def check_schema(path: Path, marker: dict[str, object]) -> None:
    """Refuse a store whose marker names a layout other than :data:`STORE_SCHEMA` (opening it, or
    repairing it: :mod:`.repair`)."""
    if marker.get("schema") in _OLD_SCHEMAS:
        raise GraphFileError(f"{path}: a store of an older layout ({marker['schema']}); rebuild it with "
                             f"uniongraph build INPUTS --store {path}")
    if marker.get("schema") != STORE_SCHEMA:
        raise GraphFileError(f"{path / MARKER}: unknown store schema {marker.get('schema')!r}")


def damaged(path: Path, what: str) -> GraphFileError:
    """The one line for a store found damaged: what is wrong, and the command that mends it."""
    return GraphFileError(f"{path}: damaged store: {what}; run uniongraph repair {path}")


def rdf_error(exc: BaseException | None) -> str:
    """Oxigraph's (RocksDB's) reason, on one short line: its first sentence, at most 200 characters."""
    text = " ".join(str(exc).split("  ")[0].split()) or type(exc).__name__
    return text if len(text) <= 200 else text[:200].rsplit(" ", 1)[0] + " …"


def rdf_damage(exc: BaseException | None) -> bool:
    """Whether an Oxigraph error is RocksDB finding its files damaged or gone (not a bad query)."""
    return isinstance(exc, (OSError, RuntimeError)) and str(exc).startswith(("Corruption:", "IO error:"))


#: the form of the triples ``to_rdf`` writes; a store whose ledger records another has its RDF
#: rewritten when opened for writing (``2``: every node also typed with the classes above its own)
RDF_FORM = "2"


class GraphStore:
    """A store folder, opened for reading and writing (or ``read_only``).

    A folder that does not exist is created (unless ``read_only``); an existing folder must
    be a store or empty. Only one process may have a store open for writing (the others are
    refused with one line, :mod:`.lock`); any number may read it (``read_only=True``: what was
    committed when it was opened). A damaged store (a truncated ledger, a truncated or missing
    Oxigraph database, one that disagrees with its ledger) is refused with one
    :class:`GraphFileError` line naming it; :func:`uniongraph.store.repair.repair_store` mends it.
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self._lock: StoreLock | None = None
        self.ledger: Ledger | None = None  # type: ignore[assignment]
        if not read_only or not os.path.lexists(self.path):
            # what killed builds left beside it; a kill between the two renames of a swap: the old one back
            clean_siblings(self.path)
        marker = read_marker(self.path)
        try:
            if marker is None:
                marker = self._create()
            elif not read_only:
                self._lock = StoreLock.acquire(self.path, "writing")
            self._open(marker)
        except BaseException:
            self.close()
            raise

    def _create(self) -> dict[str, object]:
        """Make a new store here (the folder is missing or empty); its marker."""
        p = self.path
        if self.read_only:
            why = f"its {MARKER} is not a store marker" if (p / MARKER).exists() else f"no {MARKER}"
            raise GraphFileError(f"{p}: not a uniongraph store ({why})")
        if p.exists():
            try:
                empty = p.is_dir() and is_empty_folder(p)
            except OSError as exc:
                raise OutputError(f"{p}: cannot read the folder ({exc.strerror or exc})") from None
            if not empty:
                why = f"its {MARKER} is not a store marker" if (p / MARKER).exists() else "not empty"
                raise OutputError(f"{p}: exists and is not a uniongraph store ({why}); give a new or empty folder")
        try:
            p.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"{p}: cannot create store folder ({exc.strerror or exc})") from None
        self._lock = StoreLock.acquire(p, "writing")
        self._write_marker(0, 0)
        return {"schema": STORE_SCHEMA, "documents": 0, "articles": 0}

    def _open(self, marker: dict[str, object]) -> None:
        p = self.path
        check_schema(p, marker)
        held = marker.get("documents") if isinstance(marker.get("documents"), int) else 0
        ledger = p / LEDGER
        why = file_damage(ledger)
        if why:
            raise damaged(p, f"{LEDGER} {why}")
        if held and (not ledger.is_file() or ledger.stat().st_size == 0):
            raise damaged(p, f"{LEDGER} is {'missing' if not ledger.exists() else 'empty'} "
                             f"while {MARKER} counts {held} document(s)")
        rdf_there = (p / RDF / "CURRENT").is_file()
        with self._guard():
            if self.read_only:
                if not ledger.is_file():
                    raise damaged(p, f"{LEDGER} is missing")
                self.ledger = Ledger(f"file:{ledger}?mode=ro", uri=True)
            else:
                self.ledger = Ledger(ledger)
            docs = self.ledger.document_count()
        if not rdf_there and docs:
            raise damaged(p, f"{RDF}/ is missing while {LEDGER} holds {docs} document(s)")
        try:
            self.rdf = ox.Store.read_only(str(p / RDF)) if self.read_only else ox.Store(str(p / RDF))
        except (OSError, RuntimeError, ValueError) as exc:
            raise damaged(p, f"{RDF}/ cannot be opened ({rdf_error(exc)})") from None
        with self._guard():
            if not self.read_only and (self.ledger.meta("rdf_synced", "1") != "1"
                                       or self.ledger.meta("rdf_form") != RDF_FORM):
                # an update stopped between the ledger and the RDF, or triples written by an older
                # to_rdf (without the superclass types): redo the RDF from the ledger
                self._rdf_guarded(load_graph, self.rdf, self.ledger.export())
                self.ledger.set_meta("rdf_synced", "1")
                self.ledger.set_meta("rdf_form", RDF_FORM)

    @contextlib.contextmanager
    def _guard(self) -> Iterator[None]:
        """SQLite's errors as one line naming the store: a damaged ledger, or one that cannot be used."""
        try:
            yield
        except sqlite3.Error as exc:
            msg = " ".join(str(exc).split())[:200]
            if is_corruption(exc):
                raise damaged(self.path, f"{LEDGER}: {msg}") from None
            if self.read_only:
                raise GraphFileError(f"{self.path / LEDGER}: cannot read the ledger ({msg})") from None
            raise OutputError(f"{self.path / LEDGER}: cannot update the ledger ({msg})") from None

    def _rdf_guarded(self, fn, *args):  # type: ignore[no-untyped-def]
        """Call an Oxigraph write; its failure (a damaged or full database) as one line."""
        try:
            return fn(*args)
        except (OSError, RuntimeError) as exc:
            raise damaged(self.path, f"{RDF}/ could not be written ({rdf_error(exc)})") from None

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        if self.ledger is not None:
            self.ledger.close()
            self.ledger = None  # type: ignore[assignment]
        self.__dict__.pop("rdf", None)  # dropping the last reference closes RocksDB
        lock, self._lock = self._lock, None  # forgotten first: an interrupt here releases it once
        if lock is not None:
            lock.release()

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def _rdf_synced(self) -> None:
        """After the RDF took a change of the ledger: flushed, marked in step with the ledger again
        (an update that stops before this is redone when the store opens), the marker's counts."""
        self._rdf_guarded(self.rdf.flush)
        self.ledger.set_meta("rdf_synced", "1")
        self._write_marker(*self.ledger.totals())

    def _write_marker(self, documents: int, articles: int) -> None:
        from ..readwrite.atomic import write_text_atomic

        write_text_atomic(self.path / MARKER, json.dumps(
            {"schema": STORE_SCHEMA, "documents": documents, "articles": articles}, indent=1) + "\n")

    # ------------------------------------------------------------ reading

    def documents(self) -> list[DocumentInfo]:
        """The documents held, in the order they were added."""
        with self._guard():
            return self.ledger.documents()

    def export(self) -> KnowledgeGraph:
        """The merged graph, equal to building every held document at once (in path order)."""
        with self._guard():
            return self.ledger.export()

    def query(self, sparql: str) -> QueryResult:
        """Run SPARQL on the store (prefixes ``ug ugd rdf rdfs …`` predeclared)."""
        try:
            return run_store_query(self.rdf, sparql)
        except QueryError as exc:
            if rdf_damage(exc.__cause__):
                raise damaged(self.path, f"{RDF}/ cannot be read ({rdf_error(exc.__cause__)})") from None
            raise

    # ------------------------------------------------------------ writing

    def add_documents(self, docs: Iterable[Document], *, region: str | None = None) -> Change:
        """Extract the documents not held yet and merge them in; held ones are skipped unextracted.
        The store's corrections (:attr:`corrections`) are applied to each."""
        from ..curation import correct_document
        from ..extraction.pipeline import extract_document
        from ..reading import parse_articles

        fix = self.corrections
        counts: Counter = Counter()
        batch = []
        seen = set()
        skipped = []
        for doc in docs:
            digest = document_digest(doc.text)
            with self._guard():
                held = self.ledger.has_document(digest)
            if digest in seen or held:
                skipped.append(digest)
                continue
            seen.add(digest)
            extract_document(parse_articles(doc), region=region)
            correct_document(doc, fix, counts)
            batch.append((digest, doc.path, doc.region, doc.articles))
        change = self._update(batch, [])
        change.skipped[:0] = skipped
        change.curation = counts
        return change

    def add_built(self, kg: KnowledgeGraph, *, region: str | None = None) -> Change:
        """Add the documents of a finished build (their articles are extracted, and corrected with
        the store's corrections, already); ``region`` is the one the build was given, if any."""
        docs: dict[str, list] = {}
        for art in kg.articles:
            digest = article_document(art.id)
            docs.setdefault(digest, []).append(art)
        return self._update([(d, arts[0].source, region, arts) for d, arts in docs.items()], [])

    # ------------------------------------------------------------ corrections

    @property
    def corrections(self) -> Corrections | None:
        """The corrections this store applies to what it holds and to every document added
        (:mod:`uniongraph.curation`), or ``None``."""
        with self._guard():
            return self.ledger.corrections()

    def remember_corrections(self, fix: Corrections | None) -> None:
        """Take ``fix`` as the store's corrections without applying them to the documents held
        (for an empty store, or documents corrected with them already: ``build --store``)."""
        if self.read_only:
            raise OutputError(f"{self.path}: store opened read-only")
        with self._guard():
            self.ledger.set_meta(CORRECTIONS, Ledger.corrections_meta(fix if fix else None))

    def set_corrections(self, fix: Corrections | None) -> Change:
        """Apply other corrections to the store: the documents they (or the old ones) concern are
        extracted again from the text the store keeps and corrected anew, the rest stays; the store
        then remembers ``fix``. Gives the graph a build of every document with ``fix`` gives."""
        from ..curation import correct_document
        from ..extraction.pipeline import extract_document

        if self.read_only:
            raise OutputError(f"{self.path}: store opened read-only")
        fix = fix if fix else None
        old = self.corrections
        if (old is None and fix is None) or (old is not None and old.same_as(fix)):
            return Change()
        names = (old.names() if old else set()) | (fix.names() if fix else set())
        counts: Counter = Counter()
        docs = []
        with self._guard():
            held = self.ledger.documents_to_recorrect(names)
            for info in held:
                articles = self.ledger.stored_articles(info.digest)
                for art in articles:
                    art.bylines = original_bylines(art)
                    art.curation = None
                doc = Document(path=info.path, text="", region=info.region, articles=articles)
                extract_document(doc, region=info.region)
                correct_document(doc, fix, counts)
                docs.append((info.digest, info.path, info.region, doc.articles))
            change = self.ledger.replace(docs, meta={"rdf_synced": "0" if docs else "1",
                                                     CORRECTIONS: Ledger.corrections_meta(fix)})
            change.curation = counts
            if change.changed:
                annotate(change.old, old)
                annotate(change.new, fix)
                self._rdf_guarded(apply_change, self.rdf, change, self.ledger.has_entity_id)
                self._rdf_synced()
        return change

    def add_files(self, inputs: Iterable[str | os.PathLike[str]], *, region: str | None = None,
                  failures: list[InputError] | None = None, fields: dict[str, str] | None = None,
                  include: Sequence[str] = (), exclude: Sequence[str] = ()) -> Change:
        """Read inputs as ``build`` does and add the documents not held yet: pages, HTML pages,
        JSONL corpora (each record a document; ``fields`` names their keys), folders holding any
        of them (``include``/``exclude`` globs), and ``-`` for standard input.

        An unreadable input or a malformed JSONL line is recorded in ``failures`` (if given) and
        the rest is added.
        """
        from ..build import input_files
        from ..reading import STDIN, iter_documents

        errors: list[InputError] = [] if failures is None else failures

        def docs() -> Iterator[Document]:
            for item in inputs:
                paths: list[str | Path] = [STDIN] if str(item) == STDIN else list(
                    input_files([str(item)], errors, include=include, exclude=exclude))
                for path in paths:
                    yield from iter_documents(path, region=region, fields=fields, on_error=errors.append)

        return self.add_documents(docs(), region=region)

    def add_texts(self, texts: dict[str, str], *, region: str | None = None) -> Change:
        """Add already decoded page texts, keyed by the source name their articles will carry."""
        from ..reading import read_text

        return self.add_documents([read_text(t, src, region=region) for src, t in texts.items()], region=region)

    def remove(self, keys: Iterable[str]) -> Change:
        """Remove documents named by digest (or a prefix of it), stored path, or a file whose text is held.

        Raises :class:`InputError` for a key that names no held document, or more than one.
        """
        digests = []
        for key in keys:
            with self._guard():
                found = self.ledger.find_documents(str(key))
            if not found and Path(key).is_file():
                from ..reading import read_document

                digest = document_digest(read_document(key).text)
                found = [d for d in self.documents() if d.digest == digest]
            if len(found) != 1:
                why = "no document of this store" if not found else f"{len(found)} documents match; give more of the digest"
                raise InputError(str(key), why)
            digests.append(found[0].digest)
        return self._update([], digests)

    def _update(self, batch: list, removed: list[str]) -> Change:
        if self.read_only:
            raise OutputError(f"{self.path}: store opened read-only")
        if not batch and not removed:
            return Change()
        with self._guard():
            was_empty = self.ledger.document_count() == 0
            # "not synced" is committed with the ledger's change: a stop before the RDF is written
            # leaves a store that redoes its RDF when opened
            change = self.ledger.update(batch, removed, meta={"rdf_synced": "0"})
            if not change.changed:
                return change
            fix = self.ledger.corrections()  # the provenance of corrections, on both sides alike
            annotate(change.old, fix)
            annotate(change.new, fix)
            if was_empty:
                self._rdf_guarded(load_graph, self.rdf, change.new)  # every entity of the change is whole here
            else:
                self._rdf_guarded(apply_change, self.rdf, change, self.ledger.has_entity_id)
            self._rdf_synced()
        return change

    def rebuild_rdf(self) -> int:
        """Rewrite the RDF from the ledger (after a crash or a change of ``to_rdf``); triple count."""
        with self._guard():
            n = self._rdf_guarded(load_graph, self.rdf, self.ledger.export())
        self._rdf_guarded(self.rdf.flush)
        return n
