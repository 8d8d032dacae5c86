"""Building a knowledge graph from input files: read -> extract -> merge, streaming.

Documents are read one by one (pages, HTML pages, JSONL records, standard input), extracted in
batches on this process, on N processes or on a Dask cluster (:mod:`uniongraph.parallel`), and
merged as partial graphs in input order, so the result is the same for every executor and job
count and memory grows with the graph, not with the corpus.

>>> kg = build(["examples/seed-page.md"])  # doctest: +SKIP
>>> kg, report = build_corpus(["news.jsonl"], jobs=2)  # doctest: +SKIP
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from typing import TYPE_CHECKING

from .errors import InputError
from .model import Document, KnowledgeGraph
from .progress import TIMINGS, BuildReport, Progress, count_documents

if TYPE_CHECKING:
    from .curation import Corrections

ON_ERROR = ("skip", "fail")


def build_documents(documents: Iterable[Document], *, region: str | None = None,
                    corrections: Corrections | None = None) -> KnowledgeGraph:
    """Extract every article of ``documents`` and merge the results into one graph
    (``corrections`` applied: :mod:`uniongraph.curation`)."""
    from .curation import annotate
    from .parallel import extract_batch

    return annotate(extract_batch(list(documents), region, keep_details=True, corrections=corrections).finish(),
                    corrections)


def build(
    inputs: Iterable[str | Path], *, region: str | None = None, failures: list[InputError] | None = None,
    corrections: Corrections | None = None,
) -> KnowledgeGraph:
    """Read files and folders and build their knowledge graph.

    Files that cannot be read are skipped and recorded (in ``failures`` if given, and in
    ``KnowledgeGraph.failures``); the others are still built. A file named twice (or named and
    inside a named folder), or two files with the same text, are read once.
    """
    kg, report = build_corpus(inputs, region=region, keep_details=True, corrections=corrections)
    if failures is not None:
        failures.extend(report.failures)
    return kg


def build_corpus(
    inputs: Iterable[str | Path],
    *,
    region: str | None = None,
    jobs: int = 1,
    executor: str | None = None,
    scheduler: str | None = None,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    jsonl_fields: dict[str, str] | None = None,
    on_error: str = "skip",
    quiet: bool = True,
    keep_details: bool = False,
    batch_chars: int = 20_000,
    corrections: Corrections | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> tuple[KnowledgeGraph, BuildReport]:
    """Build the graph of a corpus: files, folders (``include``/``exclude`` globs), JSONL
    corpora, HTML pages, ``-`` for standard input.

    ``executor`` is ``local``, ``processes`` (default when ``jobs`` > 1) or ``dask``
    (``scheduler`` ``tcp://HOST:PORT``, or a local cluster of ``jobs`` workers). With
    ``on_error="fail"`` the first unreadable input or malformed JSONL line raises its
    :class:`InputError`; with ``"skip"`` it is recorded in the report and the graph's
    ``failures``. ``keep_details`` keeps each article's mentions and relations (a store
    needs them); without it they are dropped once merged. A progress bar is drawn on a
    terminal unless ``quiet``. ``corrections`` (:mod:`uniongraph.curation`) are applied to every
    article before the merge; each table of theirs that could not be used is a failure too.
    ``meanwhile()`` is called once on this process while worker processes extract
    (:func:`~uniongraph.parallel.run_batches`).
    """
    from .curation import annotate
    from .parallel import batched, frozen, run_batches

    if on_error not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, not {on_error!r}")
    executor = executor or ("processes" if jobs > 1 else "local")
    report = BuildReport(executor=executor, jobs=jobs)
    started = time.perf_counter()

    def failed(exc: InputError) -> None:
        if on_error == "fail":
            raise exc
        report.failures.append(exc)

    for exc in corrections.errors if corrections is not None else ():
        failed(exc)
    sources = _sources(inputs, include, exclude, failed, report)
    progress = Progress(None if quiet else count_documents(sources), quiet=quiet)

    def done(batch: list[Document]) -> None:
        progress.advance(len(batch), sum(len(d.text) for d in batch))

    with frozen():  # the lexicons and the graph merged so far are not walked by every collection
        with progress, TIMINGS.phase(f"read + extract + combine ({executor}, {jobs} jobs)"):
            # bylines and sentences are read on the extraction processes (parse=False)
            docs = iter_corpus(sources, region=region, fields=jsonl_fields, on_error=failed, report=report,
                               parse=False)
            # (with worker processes, the last batches smaller: the workers finish together)
            tail = jobs if executor == "processes" and jobs > 1 else 0
            partial = run_batches(batched(_timed(docs), batch_chars, tail=tail), executor=executor, jobs=jobs,
                                  scheduler=scheduler, region=region, keep_details=keep_details, done=done,
                                  corrections=corrections, meanwhile=meanwhile)
        for source, line, reason, details in partial.failures:  # documents that failed alone
            error = InputError(source, reason, line)
            error.details = details
            failed(error)
        with TIMINGS.phase("merge: finish + infer"):
            kg = annotate(partial.finish(), corrections)
    report.curation = partial.curation
    kg.failures = [str(e) for e in report.failures]
    report.articles = len(kg.articles)
    report.seconds = time.perf_counter() - started
    return kg, report


def _timed(docs: Iterator[Document]) -> Iterator[Document]:
    """``docs``, adding the time spent reading them to :data:`TIMINGS` (reading is interleaved
    with extraction, so it has no phase of its own)."""
    if not TIMINGS.enabled:
        yield from docs
        return
    wall = cpu = 0.0
    try:
        while True:
            w, c = time.perf_counter(), time.process_time()
            try:
                doc = next(docs)
            except StopIteration:
                return
            finally:
                wall += time.perf_counter() - w
                cpu += time.process_time() - c
            yield doc
    finally:
        TIMINGS.add("  of which reading inputs (this process)", wall, cpu)


def iter_corpus(
    sources: Iterable[str | Path],
    *,
    region: str | None = None,
    fields: dict[str, str] | None = None,
    on_error: object = None,
    report: BuildReport | None = None,
    parse: bool = True,
) -> Iterator[Document]:
    """The documents of ``sources`` in input order; a text read before is read once (``parse``
    as for :func:`~uniongraph.reading.read_text`)."""
    from .ids import document_digest
    from .reading import iter_documents

    seen: set[str] = set()
    for src in sources:
        for doc in iter_documents(src, region=region, fields=fields, on_error=on_error,  # type: ignore[arg-type]
                                  parse=parse):
            digest = document_digest(doc.text)
            if digest in seen:  # the same text twice would give the same article ids twice
                if report is not None:
                    report.duplicates += 1
                continue
            seen.add(digest)
            if report is not None:
                report.documents += 1
                report.characters += len(doc.text)
            yield doc


def _sources(inputs: Iterable[str | Path], include: Sequence[str], exclude: Sequence[str],
             failed: object, report: BuildReport | None = None) -> list[str | Path]:
    from .reading import STDIN

    items = list(inputs)
    errors: list[InputError] = []
    out: list[str | Path] = []
    seen: set[str] = set()  # a file named twice (or named and in a folder named) is read once
    for item in items:
        if str(item) == STDIN:
            out.append(STDIN)
            continue
        for file in input_files([item], errors, include=include, exclude=exclude,
                                skipped=report.skipped if report is not None else None):
            key = os.path.realpath(file)
            if key not in seen:
                seen.add(key)
                out.append(file)
        for exc in errors:
            failed(exc)  # type: ignore[operator]
        errors.clear()
    return out


def input_files(
    inputs: Iterable[str | Path],
    errors: list[InputError],
    *,
    include: Sequence[str] = (),
    exclude: Sequence[str] = (),
    skipped: list[str] | None = None,
) -> list[Path]:
    """The files named by ``inputs``, each once; a missing path, a link loop, a folder that
    cannot be read or a folder without pages is recorded in ``errors`` and the other inputs are
    still expanded. ``include``/``exclude`` globs select files inside folders. What a folder
    walk leaves out besides hidden files and READMEs (a build's own view, links to folders) is
    one line each in ``skipped`` (``skipped PATH: why``)."""
    from .reading import iter_input_files

    files: list[Path] = []
    seen: set[str] = set()
    for item in inputs:
        problems: list[InputError] = []
        found = list(iter_input_files([item], include=include, exclude=exclude, on_error=problems.append,
                                      on_skip=skipped.append if skipped is not None else None))
        errors.extend(problems)
        if not found and not problems and Path(item).is_dir():
            errors.append(InputError(str(item), "no .md, .txt, .html or .jsonl files in this folder"))
        for f in found:
            key = os.path.realpath(f)  # Path.resolve raises on a link loop
            if key not in seen:
                seen.add(key)
                files.append(f)
    return files
