"""A persistent, growing graph in a folder: an Oxigraph database plus a ledger of documents.

::

    DIR/store.json       what this folder is (schema, counts)
    DIR/ledger.sqlite    documents, extracted articles, the merged graph row by row (:mod:`.ledger`)
    DIR/oxigraph/        the RDF of the merged graph, for SPARQL (:mod:`.oxigraph`)

Documents are named by a hash of their text, so adding one twice changes nothing, whatever
its path. Adding extracts only the new documents and merges their mentions and facts into
what the store keeps per name and per relation, so its cost follows the new documents, not
the store (:mod:`.ledger`); removing takes a document's articles out and recomputes the names
they touched from the mentions left, so a fact only that document supported goes, and a fact
others support stays with their evidence.

>>> import tempfile
>>> with GraphStore(tempfile.mkdtemp() + "/store") as st:   # doctest: +SKIP
...     st.add_texts({"page.md": "# 北京市总工会召开会议\\n\\n本报讯 北京市总工会召开全会。"})
...     st.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType

import pyoxigraph as ox

from ..errors import GraphFileError, InputError, OutputError
from ..ids import article_document, document_digest
from ..model import Document, KnowledgeGraph
from ..query import QueryResult
from .ledger import Change, DocumentInfo, Ledger
from .oxigraph import apply_change, load_graph, run_store_query

__all__ = ["GraphStore", "Change", "DocumentInfo", "is_store", "STORE_SCHEMA"]

STORE_SCHEMA = "uniongraph-store/2"
#: layouts this version cannot read (the ledger tables changed); such a store is rebuilt
_OLD_SCHEMAS = ("uniongraph-store/1",)
MARKER = "store.json"


def is_store(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a store folder."""
    return (Path(path) / MARKER).is_file()


class GraphStore:
    """A store folder, opened for reading and writing (or ``read_only``).

    A folder that does not exist is created (unless ``read_only``); an existing folder must
    be a store or empty. Only one process may have a store open for writing; any number may
    read it (``read_only=True``: what was committed when it was opened).
    """

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        if not is_store(self.path):
            if read_only:
                raise GraphFileError(f"{self.path}: not a uniongraph store (no {MARKER})")
            if self.path.exists() and (not self.path.is_dir() or any(self.path.iterdir())):
                raise OutputError(f"{self.path}: exists and is not a uniongraph store; give a new or empty folder")
            try:
                self.path.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise OutputError(f"{self.path}: cannot create store folder ({exc.strerror or exc})") from None
            self._write_marker(0, 0)
        try:
            marker = json.loads((self.path / MARKER).read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise GraphFileError(f"{self.path / MARKER}: unreadable store marker ({exc})") from None
        if marker.get("schema") in _OLD_SCHEMAS:
            raise GraphFileError(f"{self.path}: a store of an older layout ({marker['schema']}); rebuild it with "
                                 f"uniongraph build INPUTS --store {self.path}")
        if marker.get("schema") != STORE_SCHEMA:
            raise GraphFileError(f"{self.path / MARKER}: unknown store schema {marker.get('schema')!r}")
        try:
            if read_only:
                self.ledger = Ledger(f"file:{self.path / 'ledger.sqlite'}?mode=ro", uri=True)
                self.rdf = ox.Store.read_only(str(self.path / "oxigraph"))
            else:
                self.ledger = Ledger(self.path / "ledger.sqlite")
                self.rdf = ox.Store(str(self.path / "oxigraph"))
        except OSError as exc:
            msg = " ".join(str(exc).split())[:200]
            raise GraphFileError(f"{self.path}: cannot open store ({msg})") from None
        if not read_only and self.ledger.meta("rdf_synced", "1") != "1":
            # an update stopped between the ledger and the RDF: redo the RDF from the ledger
            load_graph(self.rdf, self.ledger.export())
            self.ledger.set_meta("rdf_synced", "1")

    # ------------------------------------------------------------ lifecycle

    def close(self) -> None:
        self.ledger.close()
        del self.rdf

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.close()

    def _write_marker(self, documents: int, articles: int) -> None:
        from ..readwrite.atomic import write_text_atomic

        write_text_atomic(self.path / MARKER, json.dumps(
            {"schema": STORE_SCHEMA, "documents": documents, "articles": articles}, indent=1) + "\n")

    # ------------------------------------------------------------ reading

    def documents(self) -> list[DocumentInfo]:
        """The documents held, in the order they were added."""
        return self.ledger.documents()

    def export(self) -> KnowledgeGraph:
        """The merged graph, equal to building every held document at once (in path order)."""
        return self.ledger.export()

    def query(self, sparql: str) -> QueryResult:
        """Run SPARQL on the store (prefixes ``ug ugd rdf rdfs …`` predeclared)."""
        return run_store_query(self.rdf, sparql)

    # ------------------------------------------------------------ writing

    def add_documents(self, docs: Iterable[Document], *, region: str | None = None) -> Change:
        """Extract the documents not held yet and merge them in; held ones are skipped unextracted."""
        from ..extraction.pipeline import extract_document
        from ..reading import parse_articles

        batch = []
        seen = set()
        skipped = []
        for doc in docs:
            digest = document_digest(doc.text)
            if digest in seen or self.ledger.has_document(digest):
                skipped.append(digest)
                continue
            seen.add(digest)
            extract_document(parse_articles(doc), region=region)
            batch.append((digest, doc.path, doc.region, doc.articles))
        change = self._update(batch, [])
        change.skipped[:0] = skipped
        return change

    def add_built(self, kg: KnowledgeGraph) -> Change:
        """Add the documents of a finished build (their articles are extracted already)."""
        docs: dict[str, list] = {}
        for art in kg.articles:
            digest = article_document(art.id)
            docs.setdefault(digest, []).append(art)
        return self._update([(d, arts[0].source, None, arts) for d, arts in docs.items()], [])

    def add_files(self, inputs: Iterable[str | os.PathLike[str]], *, region: str | None = None,
                  failures: list[InputError] | None = None) -> Change:
        """Read files and folders (as ``build`` does) and add the documents not held yet."""
        from ..build import input_files
        from ..reading import read_document

        errors: list[InputError] = [] if failures is None else failures
        docs = []
        for path in input_files([str(i) for i in inputs], errors):
            try:
                docs.append(read_document(path, region=region))
            except InputError as exc:
                errors.append(exc)
        return self.add_documents(docs, region=region)

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
            found = self.ledger.find_documents(str(key))
            if not found and Path(key).is_file():
                from ..reading import read_document

                digest = document_digest(read_document(key).text)
                found = [d for d in self.ledger.documents() if d.digest == digest]
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
        was_empty = self.ledger.document_count() == 0
        # "not synced" is committed with the ledger's change: a stop before the RDF is written
        # leaves a store that redoes its RDF when opened
        change = self.ledger.update(batch, removed, meta={"rdf_synced": "0"})
        if not change.changed:
            return change
        if was_empty:
            load_graph(self.rdf, change.new)  # every entity of the change is whole here
        else:
            apply_change(self.rdf, change, self.ledger.has_entity_id)
        self.rdf.flush()
        self.ledger.set_meta("rdf_synced", "1")
        self._write_marker(*self.ledger.totals())
        return change

    def rebuild_rdf(self) -> int:
        """Rewrite the RDF from the ledger (after a crash or a change of ``to_rdf``); triple count."""
        n = load_graph(self.rdf, self.ledger.export())
        self.rdf.flush()
        return n

    @staticmethod
    def replace(path: str | os.PathLike[str]) -> None:
        """Delete the store at ``path`` (only if it is one), so a build can write it anew."""
        p = Path(path)
        if is_store(p):
            shutil.rmtree(p)
