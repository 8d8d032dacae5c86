"""Progress of a build on the terminal, and its summary at the end.

The bar (tqdm, on stderr) counts documents with rate and ETA and shows characters per second;
it is drawn only on a terminal and never with ``quiet``. The summary gives counts, time,
characters per second and each input that failed, with why. With ``UNIONGRAPH_TIMINGS=1`` in
the environment a build also prints, on stderr at exit, the wall and CPU seconds of each phase
(:data:`TIMINGS`): what stays serial when extraction runs on several processes.

>>> r = BuildReport(documents=2, articles=3, characters=5000, seconds=2.0)
>>> r.summary().splitlines()[0]
'read 2 documents, 3 articles, 5,000 characters in 2.0 s (2,500 characters/s)'
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import os
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import InputError


@dataclass
class BuildReport:
    """What a build read, how fast, and what failed."""

    documents: int = 0
    articles: int = 0
    characters: int = 0
    seconds: float = 0.0
    duplicates: int = 0
    failures: list[InputError] = field(default_factory=list)
    #: what folder walks left out besides hidden files and READMEs, one line each
    #: (``skipped out/graph.html: the view of a build …``)
    skipped: list[str] = field(default_factory=list)
    executor: str = "local"
    jobs: int = 1
    #: what each correction did (:mod:`uniongraph.curation`): ``(correction, what)`` -> count
    curation: Counter = field(default_factory=Counter)

    @property
    def chars_per_second(self) -> float:
        return self.characters / self.seconds if self.seconds > 0 else 0.0

    def summary(self) -> str:
        """Counts, time and speed, then one line per failed input."""
        lines = [
            f"read {self.documents:,} documents, {self.articles:,} articles, {self.characters:,} characters"
            f" in {self.seconds:.1f} s ({self.chars_per_second:,.0f} characters/s)"
        ]
        if self.duplicates:
            lines.append(f"{self.duplicates:,} duplicate document(s) read once")
        if self.skipped:
            lines.append(f"{len(self.skipped)} path(s) left out of folders:")
            lines.extend(f"  {s}" for s in self.skipped)
        if self.failures:
            lines.append(f"{len(self.failures)} input(s) failed:")
            lines.extend(f"  {f}" for f in self.failures)
        return "\n".join(lines)


def count_documents(sources: Iterable[str | Path]) -> int:
    """How many documents the inputs hold: one per page, one per non-blank JSONL line (a file
    that is not a regular one, a pipe or a device, is not opened: reading refuses it)."""
    from .reading import open_input

    total = 0
    for src in sources:
        name = str(src)
        if name.lower().endswith(".jsonl"):
            try:
                with open_input(Path(name)) as fh:
                    total += sum(1 for line in fh if line.strip())
            except (OSError, InputError):
                continue
        elif name != "-":
            total += 1
    return total


class Progress:
    """A progress bar of documents (with characters/s), or nothing when quiet or not on a terminal."""

    def __init__(self, total: int | None, *, quiet: bool = False, stream: Any = None) -> None:
        self.stream = stream or sys.stderr
        self.bar: Any = None
        self.chars = 0
        if quiet or not getattr(self.stream, "isatty", lambda: False)():
            return
        try:
            from tqdm import tqdm
        except ImportError:  # pragma: no cover - tqdm is a dependency; a bare install still builds
            return
        self.bar = tqdm(total=total or None, unit="doc", file=self.stream, dynamic_ncols=True,
                        smoothing=0.1, mininterval=0.5, desc="extracting")

    def advance(self, documents: int, characters: int) -> None:
        """Count ``documents`` more done, holding ``characters``."""
        self.chars += characters
        if self.bar is not None:
            elapsed = self.bar.format_dict.get("elapsed") or 0
            if elapsed > 0:
                self.bar.set_postfix_str(f"{self.chars / elapsed:,.0f} chars/s", refresh=False)
            self.bar.update(documents)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None

    def __enter__(self) -> Progress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Timings:
    """Wall and CPU seconds of the phases of one build, in the order they ran.

    CPU seconds are this process's (of which ``gc s`` in garbage collections) and, for a phase
    that ran child processes which have ended, theirs (``children``). Printed on stderr at exit
    when ``enabled``.

    >>> t = Timings(enabled=False)
    >>> with t.phase("合并"):
    ...     pass
    >>> [name for name, *_ in t.rows]
    ['合并']
    """

    def __init__(self, *, enabled: bool | None = None) -> None:
        self.enabled = bool(os.environ.get("UNIONGRAPH_TIMINGS", "").strip("0 ")) if enabled is None else enabled
        #: (phase, wall seconds, CPU seconds of this process, of its ended children, of its GC)
        self.rows: list[tuple[str, float, float, float, float]] = []
        self._registered = False
        self._gc = 0.0  # seconds this process spent in garbage collections, once enabled
        self._gc_started = 0.0

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        """Time the block as phase ``name`` (a phase run twice is listed twice)."""
        if self.enabled and not self._registered:
            self._registered = True
            gc.callbacks.append(self._gc_callback)
            self.rows.append(("start-up (interpreter, imports)", _process_age(), time.process_time(), 0.0, 0.0))
            atexit.register(self.print)
        wall, cpu, kids, in_gc = time.perf_counter(), time.process_time(), _children_cpu(), self._gc
        try:
            yield
        finally:
            self.rows.append((name, time.perf_counter() - wall, time.process_time() - cpu,
                              _children_cpu() - kids, self._gc - in_gc))

    def add(self, name: str, wall: float, cpu: float) -> None:
        """Record a phase timed elsewhere (e.g. reading, interleaved with extraction)."""
        self.rows.append((name, wall, cpu, 0.0, 0.0))

    def _gc_callback(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
        else:
            self._gc += time.perf_counter() - self._gc_started

    def table(self) -> str:
        """The phases with wall, own CPU (and GC) and children's CPU seconds, and the process total."""
        total = "total (process age; CPU of all)"
        width = max(len(total), *(len(name) for name, *_ in self.rows))
        lines = [f"{'phase':<{width}} {'wall s':>7} {'cpu s':>7} {'children':>8} {'gc s':>6}"]
        for name, wall, cpu, kids, in_gc in self.rows:
            lines.append(f"{name:<{width}} {wall:7.2f} {cpu:7.2f} {kids:8.2f} {in_gc:6.2f}")
        lines.append(f"{total:<{width}} {_process_age():7.2f} {time.process_time():7.2f} {_children_cpu():8.2f}"
                     f" {self._gc:6.2f}")
        return "\n".join(lines)

    def print(self) -> None:
        if self.rows:
            print("uniongraph timings:\n" + self.table(), file=sys.stderr, flush=True)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _process_age() -> float:
    """Seconds since this process started (Linux /proc; else since this module was imported)."""
    try:
        with open("/proc/self/stat", "rb") as fh:
            start_ticks = int(fh.read().rsplit(b")", 1)[1].split()[19])
        with open("/proc/uptime", "rb") as fh:
            uptime = float(fh.read().split()[0])
        return max(uptime - start_ticks / os.sysconf("SC_CLK_TCK"), 0.0)
    except (OSError, ValueError, IndexError):  # pragma: no cover - not on Linux
        return time.perf_counter() - _IMPORTED


_IMPORTED = time.perf_counter()

#: the timings of this process's build (printed when ``UNIONGRAPH_TIMINGS=1``)
TIMINGS = Timings()
