"""Mending a damaged store: its ledger and its triples made to agree again (``uniongraph repair``).

The ledger is what a store knows; the Oxigraph database is made from it (``to_rdf`` of the
ledger's merged graph). So :func:`repair_store`, holding the store's lock:

1. checks the ledger (its header, then SQLite's integrity check). A damaged ledger is rebuilt
   from the records it keeps for each document (the document row, its articles, each article's
   mentions and relations, read by full scans that skip the indexes): merging them again gives
   the ledger they came from. A document whose records cannot all be read is left out and
   named, to be added again from its file; a ledger with no readable document table is left
   as it is, and the error says how to rebuild the store (``build --store``).
2. rebuilds the triples from the ledger into a fresh database beside the old one and swaps
   it in, unless the old one opens and holds exactly those triples already.

The store's marker (counts) is rewritten last. Stopped at any point, ``repair`` can be run again.

>>> print(repair_store("store/").line())   # doctest: +SKIP
repaired store/: the triples were missing; rebuilt 812 triples from the ledger (4 documents, 6 articles)
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from ..errors import GraphFileError
from ..graph.rdf import to_rdf
from ..model import Article
from . import RDF_FORM, STORE_SCHEMA, check_schema, rdf_error
from .folder import LEDGER, MARKER, RDF, clean_siblings, listed, read_marker
from .ledger import CORRECTIONS, Ledger, file_damage
from .lock import StoreLock
from .oxigraph import quads
from .records import article_from_record

_NEW_LEDGER = f"{LEDGER}.repair"
_NEW_RDF = f"{RDF}.repair"
_OLD_RDF = f"{RDF}.old"


@dataclass
class Repair:
    """What :func:`repair_store` found and did."""

    path: Path
    ledger: str = "whole"              # whole, created, rebuilt: what was done to the ledger
    ledger_problem: str = ""           # what was wrong with it
    triples: str = "agreed"            # agreed, missing, damaged, disagreed: how the triples were found
    triples_problem: str = ""
    documents: int = 0
    articles: int = 0
    triple_count: int = 0
    lost: list[str] = field(default_factory=list)   # paths of documents that could not be recovered

    @property
    def changed(self) -> bool:
        return self.ledger != "whole" or self.triples != "agreed"

    def line(self) -> str:
        """One line for the terminal."""
        held = f"{self.documents} documents, {self.articles} articles, {self.triple_count} triples"
        if not self.changed:
            return f"{self.path}: nothing to repair: the ledger and the triples agree ({held})"
        done = []
        if self.ledger == "rebuilt":
            done.append(f"the ledger was damaged ({self.ledger_problem}); rebuilt it from its documents' records")
        elif self.ledger == "created":
            done.append("the ledger was missing (the store held no document); made an empty one")
        if self.triples != "agreed":
            done.append(f"the triples were {self.triples_problem or self.triples}; rebuilt them from the ledger")
        line = f"repaired {self.path}: " + "; ".join(done) + f" ({held})"
        if self.lost:
            line += (f"; {len(self.lost)} document(s) could not be recovered ({listed(self.lost, 3)}): "
                     f"add them again with uniongraph add FILES --store {self.path}")
        return line


def repair_store(path: str | os.PathLike[str]) -> Repair:
    """Make the store at ``path`` whole and its ledger and triples agree; what was found and done.

    Raises :class:`GraphFileError` (one line) for a folder that is no store, a store of an older
    layout, or a ledger none of whose documents can be read; :class:`OutputError` if another
    process has the store open for writing.
    """
    p = Path(path)
    if not os.path.lexists(p):
        clean_siblings(p)
    marker = read_marker(p)
    if marker is None:
        why = f"its {MARKER} is not a store marker" if (p / MARKER).exists() else f"no {MARKER}"
        raise GraphFileError(f"{p}: not a uniongraph store ({why}); nothing to repair")
    check_schema(p, marker)
    report = Repair(p)
    with StoreLock.acquire(p, "repair"):
        held = marker.get("documents") if isinstance(marker.get("documents"), int) else 0
        _mend_ledger(p, held, report)
        _mend_triples(p, report)
        from ..readwrite.atomic import write_text_atomic

        write_text_atomic(p / MARKER, json.dumps({"schema": STORE_SCHEMA, "documents": report.documents,
                                                  "articles": report.articles}, indent=1) + "\n")
    return report


# ---------------------------------------------------------------- the ledger

def _mend_ledger(p: Path, held: int, report: Repair) -> None:
    ledger = p / LEDGER
    if not ledger.is_file() or ledger.stat().st_size == 0:
        if held:
            raise GraphFileError(f"{p}: {LEDGER} is {'missing' if not ledger.exists() else 'empty'}; the {held} "
                                 "document(s) the store held cannot be recovered from its triples: rebuild it "
                                 f"with uniongraph build INPUTS --store {p}")
        with contextlib.suppress(FileNotFoundError):
            ledger.unlink()
        Ledger(ledger).close()
        report.ledger = "created"
        return
    why = file_damage(ledger)
    problem = f"{LEDGER} {why}" if why else _integrity(ledger)
    if problem is None:
        return
    report.ledger_problem = problem
    docs, lost = _salvage(p, ledger, problem)
    if not docs:  # nothing to gain from replacing it: leave the damaged file for other tools
        raise GraphFileError(f"{p}: damaged store: {problem}; none of its {len(lost)} document(s) can "
                             f"be recovered from it ({listed(lost, 3)}): rebuild the store with "
                             f"uniongraph build INPUTS --store {p}")
    new = p / _NEW_LEDGER
    for stale in (new, p / f"{_NEW_LEDGER}-journal"):
        with contextlib.suppress(FileNotFoundError):
            stale.unlink()
    led = Ledger(new)
    try:
        led.update(docs, meta={"rdf_synced": "0", **_kept_meta(ledger)})
    finally:
        led.close()
    for journal in ("-journal", "-wal", "-shm"):  # the damaged file's, which must not touch the new one
        with contextlib.suppress(FileNotFoundError):
            (p / f"{LEDGER}{journal}").unlink()
    os.replace(new, ledger)
    report.ledger = "rebuilt"
    report.lost = lost


def _kept_meta(ledger: Path) -> dict[str, str]:
    """What the damaged ledger's ``meta`` says that a rebuilt one must say too (the corrections
    the store applies), as far as it can be read."""
    try:
        db = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
        try:
            db.execute("PRAGMA writable_schema = ON")
            row = db.execute("SELECT value FROM meta NOT INDEXED WHERE key = ?", (CORRECTIONS,)).fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return {}
    return {CORRECTIONS: row[0]} if row and isinstance(row[0], str) else {}


def _integrity(ledger: Path) -> str | None:
    """SQLite's integrity check of the ledger: ``None`` if whole, else the first problem."""
    try:
        db = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
        try:
            rows = db.execute("PRAGMA integrity_check").fetchall()
        finally:
            db.close()
    except sqlite3.Error as exc:
        return f"{LEDGER}: {' '.join(str(exc).split())[:200]}"
    if rows == [("ok",)]:
        return None
    first = " ".join(str(rows[0][0]).split())[:160]
    return f"{LEDGER}: {first}" + (f" and {len(rows) - 1} more problem(s)" if len(rows) > 1 else "")


def _salvage(p: Path, ledger: Path, problem: str) -> tuple[list[tuple[str, str, str | None, list[Article]]], list[str]]:
    """The documents whose records read whole, in the order they were added, and the paths of
    the others. Raises :class:`GraphFileError` if the document table itself cannot be read."""
    db = sqlite3.connect(f"file:{ledger}?mode=ro", uri=True)
    # SQLite refuses a whole file shorter than its header says, unless told to read what is there
    db.execute("PRAGMA writable_schema = ON")
    try:
        try:
            rows = db.execute("SELECT digest, path, region, articles FROM documents NOT INDEXED").fetchall()
        except sqlite3.Error as exc:
            raise GraphFileError(
                f"{p}: damaged store: {problem}, and its list of documents cannot be read "
                f"({' '.join(str(exc).split())[:120]}): nothing can be recovered; rebuild the store with "
                f"uniongraph build INPUTS --store {p}") from None
        try:
            seq = dict(db.execute("SELECT digest, seq FROM documents NOT INDEXED").fetchall())
        except sqlite3.Error:
            seq = {}
        tables = {}
        for table, sql in (("articles", "SELECT id, digest, data FROM articles NOT INDEXED"),
                           ("mentions", "SELECT article_id, pos, data FROM mentions NOT INDEXED"),
                           ("arels", "SELECT article_id, pos, data FROM arels NOT INDEXED")):
            tables[table] = _rows(db, sql)
    finally:
        db.close()
    rows.sort(key=lambda r: (seq.get(r[0], 0), r[0]))
    unreadable = [t for t, got in tables.items() if got is None]
    if unreadable:  # which document a lost row belonged to is unknown: none can be trusted
        return [], [r[1] for r in rows]
    arts: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for aid, digest, data in tables["articles"]:  # type: ignore[union-attr]
        arts[digest].append((aid, data))
    per_article: dict[str, dict[str, dict[int, str]]] = {"mentions": defaultdict(dict), "arels": defaultdict(dict)}
    for table in ("mentions", "arels"):
        for aid, pos, data in tables[table]:  # type: ignore[union-attr]
            per_article[table][aid][pos] = data
    docs, lost = [], []
    for digest, path, region, count in rows:
        try:
            articles = [_article(aid, data, per_article) for aid, data in arts.get(digest, [])]
        except (ValueError, KeyError, TypeError):
            articles = []
        if not articles or len(articles) != count:
            lost.append(path)
            continue
        docs.append((digest, path, region, articles))
    return docs, lost


def _rows(db: sqlite3.Connection, sql: str) -> list[tuple] | None:  # type: ignore[type-arg]
    try:
        return db.execute(sql).fetchall()
    except sqlite3.Error:
        return None


def _article(aid: str, data: str, per_article: dict[str, dict[str, dict[int, str]]]) -> Article:
    """An extracted article again from its record and its mention and relation rows."""
    record = json.loads(data)
    for key, table in (("mentions", "mentions"), ("relations", "arels")):
        rows = per_article[table].get(aid, {})
        if sorted(rows) != list(range(len(rows))):
            raise ValueError(f"{aid}: {table} rows missing")
        record[key] = [json.loads(rows[i]) for i in range(len(rows))]
    return article_from_record(record)


# ---------------------------------------------------------------- the triples

def _mend_triples(p: Path, report: Repair) -> None:
    led = Ledger(p / LEDGER)
    try:
        kg = led.export()
        report.documents, report.articles = led.totals()
        graph = to_rdf(kg)
        report.triple_count = len(graph)
        report.triples, report.triples_problem = _compare(p / RDF, graph)
        if report.triples != "agreed":
            _rebuild(p, graph)
        led.set_meta("rdf_synced", "1")
        led.set_meta("rdf_form", RDF_FORM)
    finally:
        led.close()


def _compare(folder: Path, graph: object) -> tuple[str, str]:
    """How the Oxigraph database at ``folder`` stands against the triples the ledger makes."""
    if not (folder / "CURRENT").is_file():
        return "missing", "missing"
    try:
        store = ox.Store(str(folder))
        try:
            want = list(quads(graph))  # type: ignore[arg-type]
            held = len(store)
            if held == len(want) and all(q in store for q in want):
                return "agreed", ""
            return "disagreed", f"out of step with the ledger ({held} held, {len(want)} expected)"
        finally:
            del store
    except (OSError, RuntimeError, ValueError) as exc:
        return "damaged", f"damaged ({rdf_error(exc)})"


def _rebuild(p: Path, graph: object) -> None:
    """Write the triples into a fresh database beside the old one, then put it in place."""
    from .folder import exchange_paths

    new, old, target = p / _NEW_RDF, p / _OLD_RDF, p / RDF
    for stale in (new, old):
        shutil.rmtree(stale, ignore_errors=True)
    store = ox.Store(str(new))
    store.bulk_extend(quads(graph))  # type: ignore[arg-type]
    store.flush()
    del store
    if target.exists() and exchange_paths(new, target):
        shutil.rmtree(new, ignore_errors=True)  # the old database, swapped out
        return
    if target.exists():
        os.rename(target, old)
    os.rename(new, target)
    shutil.rmtree(old, ignore_errors=True)


__all__ = ["Repair", "repair_store"]
