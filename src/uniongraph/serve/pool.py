"""Several query workers, and a time limit that counts from a request's arrival.

A request waits (in the event loop, holding no thread) for a free worker, then runs there;
waiting and running together get ``time_limit`` seconds from the moment the request arrived,
so a query queued behind slow ones is answered 503 when its time is up rather than whenever a
worker frees. With several workers a fast query is not held up by a slow one. A worker stopped
at a limit is replaced in the background before it is handed out again. For example::

    pool = WorkerPool("store/", size=2, time_limit=10, max_rows=1000)
    answer = await pool.query("ASK { ?s ?p ?o }", time.monotonic())   # ("ask", True)
"""

from __future__ import annotations

import asyncio
import functools
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from .worker import QueryTimeout, QueryWorker

__all__ = ["WorkerPool"]


class WorkerPool:
    """``size`` :class:`~.worker.QueryWorker` processes over one graph source."""

    def __init__(self, source: str, *, size: int, time_limit: float, max_rows: int,
                 memory_limit: int = 1024) -> None:
        self.time_limit = time_limit
        self.size = size
        # one thread per busy worker and one per restart; waiting requests hold none
        self._threads = ThreadPoolExecutor(2 * size, thread_name_prefix="uniongraph-query")

        def start(_: int) -> QueryWorker:
            return QueryWorker(source, time_limit=time_limit, max_rows=max_rows, memory_limit=memory_limit)

        futures = [self._threads.submit(start, i) for i in range(size)]
        self.workers: list[QueryWorker] = []
        errors: list[BaseException] = []
        for fut in futures:
            try:
                self.workers.append(fut.result())
            except BaseException as exc:  # noqa: BLE001 - re-raised below, after the others stop
                errors.append(exc)
        if errors:
            self.close()
            raise errors[0]
        self.warnings = sorted({w for worker in self.workers for w in worker.warnings})
        self._idle: asyncio.Queue[QueryWorker] = asyncio.Queue()
        for worker in self.workers:
            self._idle.put_nowait(worker)
        self._recycling: set[asyncio.Task[None]] = set()

    async def query(self, sparql: str, arrival: float, *, bindings: dict[str, Any] | None = None,
                    max_rows: int | None = None) -> tuple[Any, ...]:
        """The answer of ``sparql``, asked at ``arrival`` (``time.monotonic()``); ``bindings`` and
        ``max_rows`` as :meth:`~.worker.QueryWorker.query` takes them.

        Raises :class:`~.worker.QueryTimeout` when no worker was free, or the query had not
        finished, ``time_limit`` seconds after ``arrival``; :class:`~.worker.QueryRefused` as the
        worker does.
        """
        deadline = arrival + self.time_limit
        worker = await self._take(deadline - time.monotonic())
        remaining = deadline - time.monotonic()
        if worker is None or remaining <= 0:
            if worker is not None:
                self._idle.put_nowait(worker)
            raise QueryTimeout(f"query stopped: no query worker was free within the time limit of "
                               f"{self.time_limit:g} s ({self.size} busy)")
        loop = asyncio.get_running_loop()
        running = loop.run_in_executor(self._threads, functools.partial(
            worker.query, sparql, remaining, bindings=bindings, max_rows=max_rows))
        # the worker goes back only when its thread is done, even if this request is cancelled
        running.add_done_callback(lambda done: self._give_back(worker, done))
        return await asyncio.shield(running)

    async def _take(self, timeout: float) -> QueryWorker | None:
        """A free worker within ``timeout`` seconds, or ``None``; never one lost on the way
        (``asyncio.wait_for`` before Python 3.12 can drop a value that arrives as it times out)."""
        getter = asyncio.ensure_future(self._idle.get())
        try:
            await asyncio.wait({getter}, timeout=max(timeout, 0.0))
        except BaseException:  # this request was cancelled: what it took goes back
            if getter.done() and not getter.cancelled():
                self._idle.put_nowait(getter.result())
            getter.cancel()
            raise
        if not getter.done():
            getter.cancel()  # Queue.get gives up its place without taking a worker
            return None
        return getter.result()

    def _give_back(self, worker: QueryWorker, done: asyncio.Future[Any]) -> None:
        if not done.cancelled():
            done.exception()  # retrieved here: the request may have gone (cancelled) before it
        if worker.alive:
            self._idle.put_nowait(worker)
            return

        async def recycle() -> None:
            try:
                await asyncio.get_running_loop().run_in_executor(self._threads, worker.restart)
            except Exception:  # noqa: BLE001 - the next query on it tries again and reports why
                pass
            self._idle.put_nowait(worker)

        task = asyncio.ensure_future(recycle())
        self._recycling.add(task)
        task.add_done_callback(self._recycling.discard)

    def close(self) -> None:
        for worker in self.workers:
            worker.close()
        self._threads.shutdown(wait=False, cancel_futures=True)
