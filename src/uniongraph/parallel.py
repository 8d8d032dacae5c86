"""Extracting batches of documents on this process, on N local processes, or on a Dask cluster.

Every executor runs the same task, :func:`extract_batch` (extract each document of a batch and
merge its articles into a :class:`~uniongraph.extraction.merge.PartialGraph`), and combines the
partials in input order, so the graph is the same whatever the executor and the number of
jobs. Only a bounded number of batches is in flight: the corpus streams through.

- ``local``: in this process.
- ``processes``: ``jobs`` worker processes (each loads the lexicons and jieba's dictionary once,
  in its initializer); results are combined in input order as they come back.
- ``dask``: tasks on a ``dask.distributed`` cluster (``scheduler`` address, or a
  ``LocalCluster`` of ``jobs`` workers); partials are combined *on the cluster* by a streaming
  tree reduce — adjacent runs pairwise, always earlier with later — and only the final
  partial comes back.

>>> from uniongraph.reading import read_text
>>> docs = [read_text("全总举办培训班\\n本报讯 近日，中华全国总工会举办培训班。", "a.txt")]
>>> part = run_batches([docs], executor="local")
>>> [e.name for e in part.finish().entities.values()][:1]
['中华全国总工会']
"""

from __future__ import annotations

import collections
import contextlib
import gc
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from .extraction.merge import PartialGraph
from .model import Document
from .progress import TIMINGS

if TYPE_CHECKING:
    from .curation import Corrections

EXECUTORS = ("local", "processes", "dask")
T = TypeVar("T")

#: batches in flight per worker: enough to keep workers busy, few enough to bound memory
WINDOW_PER_JOB = 4


def warm_up() -> None:
    """Load what extraction needs (lexicons, jieba's dictionary) once in this process.

    Importing the rule modules compiles some 650 patterns; they compile faster with
    :mod:`.charset_memo` and :mod:`.pattern_cache`, which patch ``re`` only for this block, so a
    program that imports uniongraph keeps ``re`` as it is.
    """
    with remembered_patterns():
        from .extraction.pipeline import extract_text

        extract_text("北京市总工会在劳动公园举办活动。")


@contextlib.contextmanager
def remembered_patterns() -> Iterator[None]:
    """Inside the block, ``re`` reuses character classes and compiled code it made before
    (:mod:`.charset_memo`, :mod:`.pattern_cache`): the rule modules compile their patterns on
    import and on first use. Outside it, ``re`` is as Python ships it."""
    from . import charset_memo, pattern_cache

    with charset_memo.installed(), pattern_cache.installed():
        yield


def extract_batch(docs: list[Document], region: str | None = None, keep_details: bool = False,
                  corrections: Corrections | None = None) -> PartialGraph:
    """Extract every document of ``docs`` and merge their articles into a partial graph.

    Unless ``keep_details``, the articles are returned without their mentions and relations
    (the partial holds what the merge needs of them), which keeps results small. A document
    whose reading or extraction fails is left out and recorded in the partial's ``failures``;
    the others are extracted. ``corrections`` are applied to each article before it is merged
    (:mod:`uniongraph.curation`).
    """
    with remembered_patterns():
        return _extract_batch(docs, region, keep_details, corrections)


def _extract_batch(docs: list[Document], region: str | None, keep_details: bool,
                   corrections: Corrections | None) -> PartialGraph:
    from .curation import correct_document

    from .extraction import voting
    from .extraction.pipeline import USE_TAGGER, extract_document
    from .reading import parse_articles

    part = PartialGraph()
    ready = []
    for doc in docs:  # reading finished here, on the extraction process: bylines and sentences
        if _alone(part, doc, parse_articles):
            ready.append(doc)
    if USE_TAGGER:  # the batch's articles tagged at once (much faster than one by one)
        voting.pretag([art.text for doc in ready for art in doc.articles])
    try:
        for doc in ready:
            # the flat NER names (no entities) only where the articles' mentions are kept: the merge drops them
            if not _alone(part, doc, lambda d: extract_document(d, region=region, flat_names=keep_details)):
                continue
            correct_document(doc, corrections, part.curation)
            for art in doc.articles:
                part.add(art)
                if not keep_details:
                    art.mentions = []
                    art.relations = []
    finally:
        voting.forget()
    return part


def _alone(part: PartialGraph, doc: Document, step: Callable[[Document], Any]) -> bool:
    """Run ``step`` on ``doc``; a failure (a bug one document meets) is recorded in
    ``part.failures`` for that document alone, and the batch goes on."""
    try:
        step(doc)
    except Exception as exc:
        import traceback

        first = doc.articles[0] if doc.articles else None
        # a JSONL record is named by its line; a page (its articles map their lines) as a whole
        line = first.line if first is not None and "lines" not in first.metadata else None
        what = f"{type(exc).__name__}: {exc}".encode("utf-8", "backslashreplace").decode("utf-8")
        part.failures.append((doc.path, line, f"cannot extract this document ({what})",
                              "".join(traceback.format_exception(exc))))
        return False
    return True


def combine(earlier: PartialGraph, later: PartialGraph) -> PartialGraph:
    """``earlier`` followed by ``later`` (a task of the cluster reduce)."""
    return earlier.combine(later)


Done = Callable[[list[Document]], None]


def run_batches(
    batches: Iterable[list[Document]],
    *,
    executor: str = "local",
    jobs: int = 1,
    scheduler: str | None = None,
    region: str | None = None,
    keep_details: bool = False,
    done: Done | None = None,
    corrections: Corrections | None = None,
    meanwhile: Callable[[], None] | None = None,
) -> PartialGraph:
    """Extract ``batches`` (in input order) and return their combined partial graph.

    ``done(batch)`` is called for each batch once its result is in (for progress).
    ``meanwhile()`` is called once on this process while worker processes extract (every
    worker has a batch), when this process would only wait: work the caller will need next
    (the build imports its renderers then). Without worker processes it is not called.
    """
    if executor not in EXECUTORS:
        raise ValueError(f"unknown executor {executor!r} (known: {', '.join(EXECUTORS)})")
    if executor == "dask":
        return _run_dask(batches, jobs, scheduler, region, keep_details, done, corrections)
    if executor == "processes" and jobs > 1:
        return _run_processes(batches, jobs, region, keep_details, done, corrections, meanwhile)
    with TIMINGS.phase("  load lexicons + jieba (this process)"):
        warm_up()
    total = PartialGraph()
    with frozen():
        for batch in batches:
            total.combine(extract_batch(batch, region, keep_details, corrections))
            gc.freeze()  # see frozen(): the graph merged so far is kept to the end
            if done:
                done(batch)
    return total


def _run_processes(batches: Iterable[list[Document]], jobs: int, region: str | None,
                   keep_details: bool, done: Done | None, corrections: Corrections | None = None,
                   meanwhile: Callable[[], None] | None = None) -> PartialGraph:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    # With fork, the lexicons and jieba's dictionary are loaded once, here, and the workers
    # share them (copy on write): loading them in each worker took longer than a batch.
    # Where there is no fork, each spawned worker loads them once in its initializer.
    method = "fork" if "fork" in mp.get_all_start_methods() else "spawn"
    if method == "fork":
        with TIMINGS.phase("  load lexicons + jieba (this process)"):
            warm_up()
    total = PartialGraph()
    window: collections.deque[tuple[Any, list[Document]]] = collections.deque()
    # (a forked worker has it all already: loading again would only delay its first batch)
    initializer = None if method == "fork" else warm_up
    with frozen(), \
            ProcessPoolExecutor(jobs, mp_context=mp.get_context(method), initializer=initializer) as pool:
        for batch in batches:
            window.append((pool.submit(extract_batch, batch, region, keep_details, corrections), batch))
            if len(window) >= jobs * WINDOW_PER_JOB:
                _take(window, total, done)
        if meanwhile is not None and window:
            _when_a_worker_is_idle(window, jobs)
            meanwhile()
        while window:
            _take(window, total, done)
    return total


def _when_a_worker_is_idle(window: collections.deque[tuple[Any, list[Document]]], jobs: int) -> None:
    """Return once fewer than ``jobs`` of the (last) batches in ``window`` are unfinished: a
    worker has nothing left to do. Work this process does then runs on that worker's core;
    while every worker extracts, it would slow one of them down as much as it takes."""
    from concurrent.futures import FIRST_COMPLETED, wait

    pending = {fut for fut, _ in window}
    while len(pending) >= jobs:
        _, pending = wait(pending, return_when=FIRST_COMPLETED)


@contextlib.contextmanager
def frozen() -> Iterator[None]:
    """Keep the objects alive now (and those frozen inside the block) out of the garbage
    collector's sight until the block ends.

    A build holds big long-lived data: the lexicons, jieba's dictionary, the graph merged so
    far, the finished graph while its files are rendered. Every full collection walked all of
    it again (seconds on a month of news); frozen, it is not walked, and a forked child, which
    shares its parent's memory until it writes to it, does not copy it page by page either.
    Objects freed while frozen are freed as usual; only garbage cycles wait for the end.
    Blocks nest: the outermost one unfreezes. A build holds one from extraction until its graph
    is settled, and another while its files are rendered.

    Inside the block the youngest generation is collected every :data:`YOUNG_COLLECTIONS`
    allocations rather than every 700: extraction makes hundreds of thousands of short-lived
    tokens and mentions that reference counting frees, and walking them that often was most of
    its collection time, for the few cycles it finds.
    """
    global _FREEZE_DEPTH, _THRESHOLDS
    gc.freeze()
    _FREEZE_DEPTH += 1
    if _FREEZE_DEPTH == 1:
        _THRESHOLDS = gc.get_threshold()
        gc.set_threshold(max(_THRESHOLDS[0], YOUNG_COLLECTIONS), *_THRESHOLDS[1:])
    try:
        yield
    finally:
        _FREEZE_DEPTH -= 1
        if not _FREEZE_DEPTH:
            gc.set_threshold(*_THRESHOLDS)
            gc.unfreeze()


_FREEZE_DEPTH = 0
_THRESHOLDS = gc.get_threshold()
#: allocations between collections of the youngest generation inside :func:`frozen`
YOUNG_COLLECTIONS = 10_000


@contextlib.contextmanager
def collections_paused() -> Iterator[None]:
    """No automatic garbage collection inside the block (in forked children started inside it
    either); as before once it ends.

    Rendering the output files of a big graph allocates millions of short-lived objects (RDF
    terms, the view's networkx graph, the JSON tree), and their allocations set off collections
    that walk them again and again: about 15% of rendering time on a month of news. The few
    reference cycles rendering leaves behind wait until the block ends.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _take(window: collections.deque[tuple[Any, list[Document]]], total: PartialGraph, done: Done | None) -> None:
    fut, batch = window.popleft()
    total.combine(fut.result())  # the oldest first: results are combined in input order
    gc.freeze()  # see frozen(): the graph merged so far is kept to the end
    if done:
        done(batch)


def _run_dask(batches: Iterable[list[Document]], jobs: int, scheduler: str | None, region: str | None,
              keep_details: bool, done: Done | None, corrections: Corrections | None = None) -> PartialGraph:
    try:
        from distributed import Client, LocalCluster, wait
    except ImportError:  # pragma: no cover - depends on the installation
        from .errors import UniongraphError

        raise UniongraphError("--executor dask needs dask.distributed: pip install 'uniongraph[dask]'") from None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=max(jobs, 1), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        client.run(warm_up)  # each worker loads the lexicons once, before the first task
        workers = max(len(client.scheduler_info().get("workers", {})), 1)
        stack: list[tuple[int, Any]] = []  # (level, future): a binary counter of partial runs
        window: collections.deque[tuple[Any, list[Document]]] = collections.deque()
        for batch in batches:
            leaf = client.submit(extract_batch, batch, region, keep_details, corrections, pure=False)
            window.append((leaf, batch))
            stack.append((0, leaf))
            while len(stack) >= 2 and stack[-1][0] == stack[-2][0]:
                (level, right), (_, left) = stack.pop(), stack.pop()
                stack.append((level + 1, client.submit(combine, left, right, pure=False)))
            if len(window) >= workers * WINDOW_PER_JOB:
                _wait_oldest(window, wait, done)
        while window:
            _wait_oldest(window, wait, done)
        if not stack:
            return PartialGraph()
        result = stack[0][1]
        for _, later in stack[1:]:
            result = client.submit(combine, result, later, pure=False)
        return result.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _wait_oldest(window: collections.deque[tuple[Any, list[Document]]], wait: Any, done: Done | None) -> None:
    fut, batch = window.popleft()
    wait([fut])
    if fut.status == "error":
        fut.result()  # raises the task's error here
    if done:
        done(batch)


def batched(docs: Iterable[Document], max_chars: int = 20_000, max_docs: int = 64,
            tail: int = 0) -> Iterator[list[Document]]:
    """Documents in input order, grouped into batches of about ``max_chars`` characters.

    With ``tail`` > 0 the last ``tail`` batches' documents (and the rest after them) are
    regrouped into batches of a quarter of the size: worker processes then finish together,
    rather than one extracting a whole last batch while the others wait. (The batches are held
    back ``tail`` at a time to know which are the last; the documents and their order are the
    same either way.)
    """
    held: collections.deque[list[Document]] = collections.deque()
    for batch in _groups(docs, max_chars, max_docs):
        held.append(batch)
        if len(held) > tail:
            yield held.popleft()
    if held:
        yield from _groups((doc for batch in held for doc in batch), max(max_chars // 4, 1), max_docs)


def _groups(docs: Iterable[Document], max_chars: int, max_docs: int) -> Iterator[list[Document]]:
    batch: list[Document] = []
    size = 0
    for doc in docs:
        batch.append(doc)
        size += len(doc.text)
        if size >= max_chars or len(batch) >= max_docs:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def default_jobs() -> int:
    """The number of CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def run_forked(tasks: Sequence[Callable[[], T]], jobs: int) -> list[T]:
    """Run independent ``tasks`` side by side and return their results in order.

    Used to render the output files of a big graph: with ``jobs`` > 1 every task but the first
    runs on a forked child, all at the same time, sharing the finished graph (copy on write)
    instead of receiving a copy, while the first runs here (give it the longest). On two cores
    the three outputs then take about half their sum rather than the two longer ones in a row
    (a few seconds of three processes). Without fork, or with one job, the tasks run here one
    after the other. A task's exception is raised here; children still running are ended first.
    """
    if jobs <= 1 or len(tasks) <= 1:  # (multiprocessing not even imported: a few ms of start-up)
        with frozen():
            return [task() for task in tasks]
    import multiprocessing as mp

    if "fork" not in mp.get_all_start_methods():
        with frozen():
            return [task() for task in tasks]
    ctx = mp.get_context("fork")
    results: list[Any] = [None] * len(tasks)
    children = []
    try:
        with frozen():  # the graph is not walked by collections, here or in the children
            for i in range(1, len(tasks)):
                recv, send = ctx.Pipe(duplex=False)
                proc = ctx.Process(target=_forked_task, args=(tasks[i], send), daemon=True)
                proc.start()
                send.close()
                children.append((i, proc, recv))
            results[0] = tasks[0]()
        failed: BaseException | None = None
        for i, proc, recv in children:
            try:
                ok, value = recv.recv()
            except EOFError:
                ok, value = False, RuntimeError(f"output task {i} died (exit code {proc.exitcode})")
            if ok:
                results[i] = value
            elif failed is None:
                failed = value
        if failed is not None:
            raise failed
    finally:  # on an error here (or Ctrl-C) the children still rendering are ended
        for _, proc, recv in children:
            if proc.is_alive() and proc.exitcode is None:
                proc.terminate()
            proc.join()
            recv.close()
    return results


def _forked_task(task: Callable[[], Any], send: Any) -> None:
    try:
        send.send((True, task()))
    except BaseException as exc:  # sent back and raised in the parent
        send.send((False, exc))
    finally:
        send.close()
