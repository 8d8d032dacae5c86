"""Throughput benchmark: a month of People's Daily built end to end, beside jieba on the same texts.

Run from anywhere::

    python benchmarks/throughput.py [--limit N] [--jobs 1,2] [--repeat 2] [--no-write]
    python benchmarks/throughput.py --small-only [--small 400] [--repeat 5]   # the small-corpus row alone

The corpus is ``../shared/data/corpus/pfr1998_01/articles.jsonl`` next to the repository
checkout (3,148 articles, 1.86 M characters); without it the benchmark says so and stops.
Each measurement runs in a child process of its own, one after the other in the same run:

- ``jieba.lcut`` and ``jieba.posseg.cut`` over every article text (dictionaries loaded first,
  not timed);
- ``uniongraph build CORPUS --out DIR --jobs N`` for each N, with default options: the whole
  command (start-up, reading, extraction, merging, RDF, graph.ttl/graph.json/graph.html, the
  shape checks every build makes), timed from outside.
- the same on a small corpus, the first ``--small`` articles (400: one JSONL file of 1.2 MB, a
  typical first use), at ``--jobs 1`` and ``2``, each run paired with a jieba posseg run of the
  same texts taken just before it, so the ratio compares two runs a moment apart. Written to the
  ``throughput-small`` section.

Peak memory is the child's ``ru_maxrss`` (``os.wait4``): the whole process, not only Python
objects; with ``--jobs N`` the workers' peaks are reported beside the main process's, and the
highest proportional set size (PSS, sampled every 0.1 s in one extra, untimed run) of all the
build's processes together: the workers share the lexicons with the main process, so their RSS
added up would count those pages once per process. Results go to stdout and to the
``throughput`` section of ``benchmarks/RESULTS.md``.

The machine may be shared, so the builds run ``--repeat`` times, alternating the job counts;
every run is listed with the CPU seconds *other* processes used meanwhile (from
``/proc/stat``), and the speed-up is taken from the fastest run of each. Each build prints its
phase timings (``UNIONGRAPH_TIMINGS=1``): the phases only the main process works on are the
serial part; an estimate for an otherwise idle machine adds the CPU seconds of the parallel
phases spread over the job count.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any, NamedTuple
from results_file import git_commit, replace_section  # noqa: E402 (benchmarks/ is on sys.path when run)
from uniongraph.evaluate.data import pfr_articles

ROOT = Path(__file__).resolve().parents[1]
CORPUS = pfr_articles(ROOT)
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- throughput:start -->", "<!-- throughput:end -->"
SMALL_START, SMALL_END = "<!-- throughput-small:start -->", "<!-- throughput-small:end -->"


def texts_of(path: Path, limit: int | None) -> list[str]:
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                out.append(json.loads(line)["text"])
                if limit is not None and len(out) >= limit:
                    break
    return out


def child_jieba(corpus: Path, limit: int | None) -> dict[str, Any]:
    """Runs in a child: seconds for lcut and posseg.cut over every text."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    texts = texts_of(corpus, limit)
    jieba.initialize()
    list(jieba.posseg.cut("预热词性标注词典。"))  # loads posseg's tables outside the timing
    t = time.perf_counter()
    for x in texts:
        jieba.lcut(x)
    lcut = time.perf_counter() - t
    t = time.perf_counter()
    for x in texts:
        list(jieba.posseg.cut(x))
    posseg = time.perf_counter() - t
    return {"lcut": lcut, "posseg": posseg, "chars": sum(map(len, texts)), "articles": len(texts)}


def busy_cpu_seconds() -> float | None:
    """CPU seconds every process on the machine has used since boot (``/proc/stat``), or None."""
    counters = cpu_counters()
    return None if counters is None else counters[0]


def cpu_counters() -> tuple[float, float] | None:
    """Seconds since boot (``/proc/stat``) the CPUs were busy, and the seconds the hypervisor
    *stole*: a virtual CPU that wanted to run while the host ran something else. Stolen time
    slows a run without showing as any process's CPU. None where ``/proc/stat`` is missing."""
    try:
        with open("/proc/stat", encoding="ascii") as fh:
            ticks = [int(x) for x in fh.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    hz = os.sysconf("SC_CLK_TCK")
    steal = ticks[7] if len(ticks) > 7 else 0
    return (sum(ticks[:7]) - ticks[3] - ticks[4]) / hz, steal / hz  # busy: all but idle, iowait, steal


def wait_until_quiet(limit: float, below: float = 0.25, window: float = 2.0) -> float:
    """Wait (at most ``limit`` seconds) until other processes use under ``below`` of a core over
    ``window`` seconds; the seconds waited. Builds on a shared machine are compared fairly only
    when nothing else runs."""
    started = time.perf_counter()
    while time.perf_counter() - started < limit:
        busy = busy_cpu_seconds()
        time.sleep(window)
        after = busy_cpu_seconds()
        if busy is None or after is None or (after - busy) / window < below:
            break
    return time.perf_counter() - started


Disturbance = tuple[float, float] | None  # (other processes' CPU seconds, seconds stolen)


class TreeMemory(threading.Thread):
    """Samples, every ``interval`` seconds until :meth:`stop`, the proportional set size (PSS)
    of a process and all its descendants, summed: the memory they hold together, each shared
    page counted once (a forked worker shares its parent's lexicons). Linux only (0 elsewhere)."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        super().__init__(daemon=True)
        self.pid, self.interval, self.peak_kib = pid, interval, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.wait(self.interval):
            self.peak_kib = max(self.peak_kib, sum(_pss_kib(p) for p in _descendants(self.pid)))

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.peak_kib


def _descendants(pid: int) -> list[int]:
    out = [pid]
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as fh:
            children = [int(c) for c in fh.read().split()]
    except (OSError, ValueError):
        return out
    for child in children:
        out.extend(_descendants(child))
    return out


def _pss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


class ChildRun(NamedTuple):
    seconds: float
    peak_kib: int  # the child's own peak RSS
    workers_kib: int  # the largest peak RSS of its children (pool workers, renderers)
    stdout: str
    stderr: str
    disturbance: Disturbance
    together_kib: int  # peak PSS of the child and its children together (0 where not measured)


def run_child(cmd: list[str], env: dict[str, str] | None = None, *, sample_memory: bool = False) -> ChildRun:
    """Run ``cmd`` in a child; its wall seconds, peak memory (RSS of the child and of its own
    children; with ``sample_memory``, PSS of all of them together), stdout, stderr, and the CPU
    seconds other processes used meanwhile with the seconds the hypervisor stole (None where
    ``/proc/stat`` is missing). Sampling PSS reads every process's page tables ten times a
    second: a few CPU seconds per build, so timed runs do not sample."""
    started = time.perf_counter()
    before = cpu_counters()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # the child reports its own children's peak (pool workers) on stderr's last line
        # as a user's interpreter does, the child writes bytecode: a shell that sets
        # PYTHONDONTWRITEBYTECODE would make every timed build compile changed modules again
        base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        proc = subprocess.Popen([sys.executable, __file__, "--wrap", "--", *cmd], stdout=out, stderr=err,
                                env={**base, **(env or {})})
        sampler = TreeMemory(proc.pid) if sample_memory else None
        if sampler:
            sampler.start()
        _, status, usage = os.wait4(proc.pid, 0)
        together = sampler.stop() if sampler else 0
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        after = cpu_counters()
        others = None if before is None or after is None else (
            max(after[0] - before[0] - usage.ru_utime - usage.ru_stime, 0.0),  # wait4 counts its waited children
            after[1] - before[1])
        out.seek(0)
        err.seek(0)
        stdout, stderr = out.read().decode("utf-8", "replace"), err.read().decode("utf-8", "replace")
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd)} failed ({proc.returncode}): {stderr[-2000:]}")
    workers = 0
    for line in stderr.splitlines():
        if line.startswith("children-maxrss-kib "):
            workers = int(line.split()[1])
    # the wrapper is a thin exec-less shell: its own peak is the command's (run in-process)
    return ChildRun(seconds, usage.ru_maxrss, workers, stdout, stderr, others, together)


def parse_timings(stderr: str) -> list[tuple[str, list[float]]]:
    """The phase table a build prints with ``UNIONGRAPH_TIMINGS=1``: (phase, [wall, cpu, children, gc])."""
    if "uniongraph timings:\n" not in stderr:
        return []
    rows = []
    for line in stderr.split("uniongraph timings:\n", 1)[1].splitlines()[1:]:
        parts = line.rsplit(maxsplit=4)
        try:
            rows.append((parts[0].strip(), [float(x) for x in parts[1:]]))
        except (ValueError, IndexError):
            break
    return rows


def phase_key(name: str) -> str:
    """A phase's name without its executor and job count, to line up the tables of each ``--jobs``."""
    return re.sub(r"\s*\((?:[a-z]+, )?\d+ jobs\)$", "", name)


def serial_and_estimate(rows: list[tuple[str, list[float]]], jobs: int) -> tuple[float, float]:
    """Seconds of the phases only the main process works on, and the build time those phases
    plus the CPU seconds of the parallel ones spread over ``jobs`` cores would give on an
    otherwise idle machine."""
    serial = estimate = 0.0
    load = next((v[0] for name, v in rows if name.startswith("load lexicons")), 0.0)
    for name, (wall, cpu, children, _) in rows:
        if name.startswith("total") or name.startswith("of which") or name.startswith("load lexicons"):
            continue
        if name.startswith("read + extract") or name.startswith("render"):
            parallel = max(cpu + children - (load if name.startswith("read") else 0.0), 0.0)
            estimate += max(parallel / jobs, children / jobs)
            if name.startswith("read"):
                serial += load
                estimate += load
        else:  # start-up, merge, write: the main process alone
            serial += wall
            estimate += wall
    return serial, estimate


#: a run that lost less than this many seconds to the hypervisor counts as undisturbed
CALM_STOLEN = 1.0


def paired_speedups(runs: list[tuple[int, int, float, Disturbance]], base: int, n: int,
                    calm: bool = False) -> list[float]:
    """Sorted speed-ups (``base`` jobs over ``n`` jobs) of the rounds that ran both; with
    ``calm``, only of those in which both runs lost under :data:`CALM_STOLEN` seconds to the
    hypervisor.

    >>> runs = [(1, 1, 40.0, (0.1, 0.2)), (1, 2, 20.0, (0.1, 0.0)),
    ...         (2, 1, 50.0, (0.1, 9.0)), (2, 2, 20.0, (0.1, 0.0)), (3, 1, 45.0, None)]
    >>> paired_speedups(runs, 1, 2), paired_speedups(runs, 1, 2, calm=True)
    ([2.0, 2.5], [2.0])
    """
    by_round: dict[int, dict[int, tuple[float, Disturbance]]] = {}
    for rnd, jobs, sec, dist in runs:
        by_round.setdefault(rnd, {})[jobs] = (sec, dist)
    out = []
    for got in by_round.values():
        if base not in got or n not in got:
            continue
        if calm and not all(d is not None and d[1] < CALM_STOLEN for _, d in (got[base], got[n])):
            continue
        out.append(got[base][0] / got[n][0])
    return sorted(out)


def wrap(cmd: list[str]) -> int:
    """Run ``cmd`` (a Python module command line) in this process, then print the children's peak."""
    import resource
    import runpy

    # this folder's modules (html.py, store.py …) must not shadow the ones the command imports
    here = Path(__file__).resolve().parent
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != here]
    sys.argv = cmd[2:] if cmd[:2] == ["-m", "uniongraph.cli"] else cmd
    code = 0
    try:
        if cmd[:2] == ["-m", "uniongraph.cli"]:
            sys.argv = ["uniongraph", *cmd[2:]]
            from uniongraph.cli import main

            code = main()
        else:
            runpy.run_path(cmd[0], run_name="__main__")
    except SystemExit as exc:
        code = int(exc.code or 0)
    sys.stdout.flush()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"children-maxrss-kib {peak}", file=sys.stderr)
    return code


def mib(kib: int) -> str:
    return f"{kib / 1024:,.0f} MiB"


def main(argv: list[str] | None = None) -> int:
    args_in = sys.argv[1:] if argv is None else argv
    if args_in[:2] == ["--wrap", "--"]:
        return wrap(args_in[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--jobs", default="1,2", help="job counts to build with (default 1,2)")
    parser.add_argument("--repeat", type=int, default=2, help="build each job count this many times (default 2)")
    parser.add_argument("--quiet-wait", type=float, default=120, metavar="S",
                        help="before each build wait up to S seconds for other processes to go quiet (default 120)")
    parser.add_argument("--no-write", action="store_true", help="do not update benchmarks/RESULTS.md")
    parser.add_argument("--small", type=int, default=400, metavar="N",
                        help="articles of the small-corpus row (default 400; 0: no small-corpus row)")
    parser.add_argument("--small-only", action="store_true", help="measure only the small-corpus row")
    parser.add_argument("--child-jieba", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(args_in)
    corpus = CORPUS.resolve() if CORPUS.exists() else CORPUS
    if not CORPUS.exists():
        print(f"throughput: corpus not found at {CORPUS} (the shared data folder next to the checkout)")
        return 0
    if args.child_jieba:
        print(json.dumps(child_jieba(corpus, args.limit)))
        return 0

    if args.small:
        small = small_corpus(corpus, args.small, max(args.repeat, 1), args.quiet_wait)
        print("\n".join(small))
        if not args.no_write:
            replace_section(RESULTS, SMALL_START, SMALL_END, [
                f"## Throughput on a small corpus (`python benchmarks/throughput.py --small-only --small {args.small}`)",
                "", *small])
            print(f"wrote the throughput-small section of {RESULTS}")
    if args.small_only:
        return 0
    jobs = [int(j) for j in args.jobs.split(",") if j.strip()]
    with tempfile.TemporaryDirectory() as tmp:
        source = corpus
        if args.limit:
            source = Path(tmp) / "corpus.jsonl"
            with corpus.open(encoding="utf-8") as fh, source.open("w", encoding="utf-8") as out:
                for i, line in enumerate(fh):
                    if i >= args.limit:
                        break
                    out.write(line)
        load = os.getloadavg()
        limit = ["--limit", str(args.limit)] if args.limit else []
        waited = wait_until_quiet(args.quiet_wait)
        print(f"jieba (after waiting {waited:.0f} s for quiet) …", flush=True)
        sec, peak_j, _, out, *_ = run_child([str(Path(__file__).resolve()), "--child-jieba", *limit])
        jb = json.loads(out.strip().splitlines()[-1])
        chars = jb["chars"]
        builds: dict[int, dict[str, Any]] = {}  # the fastest run of each job count
        runs: list[tuple[int, int, float, Disturbance]] = []  # (round, jobs, seconds, others' CPU s and stolen)
        cpu: dict[tuple[int, int], float] = {}  # (round, jobs) -> CPU seconds of the build's processes
        outputs: dict[int, dict[str, bytes]] = {}
        together_peak: dict[int, int] = {}  # jobs -> the highest PSS of all the build's processes together
        for rnd in range(max(args.repeat, 1)):
            for n in jobs:
                waited = wait_until_quiet(args.quiet_wait)
                print(f"uniongraph build --jobs {n} (run {rnd + 1}, after waiting {waited:.0f} s for quiet) …",
                      flush=True)
                outdir = Path(tmp) / f"out{n}"
                sec, peak, workers, stdout, stderr, others, _ = run_child(
                    ["-m", "uniongraph.cli", "build", str(source), "--out", str(outdir), "--jobs", str(n)],
                    env={"UNIONGRAPH_TIMINGS": "1"})
                runs.append((rnd + 1, n, sec, others))
                total = dict(parse_timings(stderr)).get("total (process age; CPU of all)")
                if total:
                    cpu[(rnd + 1, n)] = total[1] + total[2]
                print(f"  {sec:.1f} s" + (f", other processes used {others[0]:.1f} CPU s, {others[1]:.1f} s stolen"
                                          if others is not None else ""), flush=True)
                files = {p.name: p.read_bytes() for p in sorted(outdir.iterdir()) if p.is_file()}
                if outputs.setdefault(n, files) != files:
                    raise RuntimeError(f"--jobs {n}: two runs wrote different outputs")
                if n not in builds or sec < builds[n]["seconds"]:
                    builds[n] = {"seconds": sec, "peak": peak, "workers": workers, "stdout": stdout,
                                 "timings": parse_timings(stderr), "round": rnd + 1,
                                 "sizes": {k: len(v) for k, v in files.items()}}
        load_after = os.getloadavg()
        for n in jobs[1:]:  # one more, untimed run: the memory of all the processes together
            print(f"uniongraph build --jobs {n} (memory of all its processes, not timed) …", flush=True)
            together_peak[n] = run_child(
                ["-m", "uniongraph.cli", "build", str(source), "--out", str(Path(tmp) / "mem"), "--jobs", str(n)],
                sample_memory=True).together_kib

    lcut_cps, posseg_cps = chars / jb["lcut"], chars / jb["posseg"]
    first = builds[jobs[0]]
    counts = next((ln for ln in first["stdout"].splitlines() if ln.startswith("articles:")), "")
    lines = [
        f"PFR 1998-01 (`articles.jsonl`{f', first {args.limit}' if args.limit else ''}): {jb['articles']:,} articles, "
        f"{chars:,} characters. {dt.date.today().isoformat()}, commit {git_commit()}, Python {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, load average {load[0]:.1f} before / {load_after[0]:.1f} after "
        "(the machine is shared: absolute speeds move with it, ratios within one run less so).",
        "",
        f"Graph: {counts}" if counts else "",
        "",
        "| what | seconds | characters/s | vs posseg | vs lcut | peak memory |",
        "|---|---:|---:|---:|---:|---|",
        f"| `jieba.lcut` | {jb['lcut']:.1f} | {lcut_cps:,.0f} | {lcut_cps / posseg_cps:.2f} | 1.00 | {mib(peak_j)} (both jieba runs) |",
        f"| `jieba.posseg.cut` | {jb['posseg']:.1f} | {posseg_cps:,.0f} | 1.00 | {posseg_cps / lcut_cps:.2f} | |",
    ]
    for n in jobs:
        b = builds[n]
        cps = chars / b["seconds"]
        mem = mib(b["peak"]) + (f" main + {mib(b['workers'])} per worker (largest)" if b["workers"] else "")
        if b["workers"] and together_peak.get(n):
            mem += f"; {mib(together_peak[n])} all processes together (PSS)"
        lines.append(f"| `uniongraph build --jobs {n}` (end to end) | {b['seconds']:.1f} | {cps:,.0f} | "
                     f"{cps / posseg_cps:.2f} | {cps / lcut_cps:.2f} | {mem} |")
    lines.append("")
    if len(jobs) > 1:
        base = builds[jobs[0]]["seconds"]
        for n in jobs[1:]:
            same = {k: outputs[n][k] == outputs[jobs[0]][k] for k in outputs[n]}
            alike = ("graph.ttl, graph.json and graph.html byte-identical" if all(same.values()) else
                     "DIFFERENT: " + ", ".join(k for k, v in same.items() if not v))
            lines.append(f"Speed-up at `--jobs {n}`: {base / builds[n]['seconds']:.2f}× from the fastest run of "
                         f"each ({alike} to `--jobs {jobs[0]}`).")
    lines += ["", "Every run (the machine is shared; *others* = CPU seconds other processes used during the run, "
              "*stolen* = seconds the hypervisor ran something else while a virtual CPU of this machine was "
              "ready to run):", ""]
    lines.append("| run | " + " | ".join(f"`--jobs {n}`" for n in jobs) + (" | speed-up |" if len(jobs) > 1 else " |"))
    lines.append("|---:|" + "---:|" * (len(jobs) + (len(jobs) > 1)))
    for rnd in sorted({r for r, *_ in runs}):
        got = {n: (sec, others) for r, n, sec, others in runs if r == rnd}
        cells = [f"{got[n][0]:.1f} s" + (f" (others {got[n][1][0]:.1f}, stolen {got[n][1][1]:.1f})"
                                         if got[n][1] is not None else "")
                 for n in jobs if n in got]
        ratio = [f"{got[jobs[0]][0] / got[jobs[-1]][0]:.2f}×"] if len(jobs) > 1 and len(got) == len(jobs) else []
        lines.append(f"| {rnd} | " + " | ".join(cells + ratio) + " |")
    if len(jobs) > 1:
        for n in jobs[1:]:
            pairs = paired_speedups(runs, jobs[0], n)
            more = sorted(cpu[(r, n)] / cpu[(r, jobs[0])] for r, j, *_ in runs
                          if j == n and (r, n) in cpu and (r, jobs[0]) in cpu)
            lines.append("")
            if pairs:
                lines.append(f"Speed-up of the runs paired by round: median {statistics.median(pairs):.2f}× "
                             f"(from {pairs[0]:.2f}× to {pairs[-1]:.2f}×).")
            calm = paired_speedups(runs, jobs[0], n, calm=True)
            if calm:
                lines.append(f"Of the rounds in which neither run lost {CALM_STOLEN:.0f} s or more to the hypervisor "
                             f"({len(calm)} of {len(pairs)}): median {statistics.median(calm):.2f}× "
                             f"(from {calm[0]:.2f}× to {calm[-1]:.2f}×).")
            if more:
                m = statistics.median(more)
                lines.append(f"CPU seconds of all the build's processes at `--jobs {n}` over those at `--jobs "
                             f"{jobs[0]}`: median {m:.2f} (from {more[0]:.2f} to {more[-1]:.2f}). The same build costs that "
                             f"much more CPU on {n} processes (batches and results pickled between them, and each "
                             f"process running slower while the others run beside it), so even without any serial "
                             f"part the speed-up could not pass about {n / m:.2f}× on this machine.")
    timed = [n for n in jobs if builds[n]["timings"]]
    if timed:
        lines += ["", "Phases of the fastest run of each (`UNIONGRAPH_TIMINGS=1`; seconds; CPU is the main "
                  "process's, *children* the pool workers' or output renderers', *gc* the main process's "
                  "collections):", ""]
        lines.append("| phase | " + " | ".join(f"`--jobs {n}` wall | CPU | children | gc" for n in timed) + " |")
        lines.append("|---|" + "---:|---:|---:|---:|" * len(timed))
        tables = {n: {phase_key(name): v for name, v in builds[n]["timings"]} for n in timed}
        names: list[str] = []
        for n in timed:
            names += [k for k in tables[n] if k not in names]
        for name in names:
            cells = [" | ".join(f"{x:.2f}" for x in tables[n][name]) if name in tables[n] else " | | | "
                     for n in timed]
            lines.append(f"| {name} | " + " | ".join(cells) + " |")
        lines.append("")
        for n in timed:
            serial, estimate = serial_and_estimate(builds[n]["timings"], n)
            lines.append(f"`--jobs {n}`: serial part (start-up, loading, settling the merge, writing) {serial:.1f} s; "
                         f"{estimate:.1f} s estimated on an otherwise idle machine (serial part plus the CPU "
                         f"seconds of extraction and rendering over {n} core{'s' if n > 1 else ''}).")
        if len(timed) > 1:
            est = {n: serial_and_estimate(builds[n]["timings"], n)[1] for n in timed}
            for n in timed[1:]:
                lines.append(f"Estimated speed-up at `--jobs {n}` on an idle machine: {est[timed[0]] / est[n]:.2f}×.")
    sizes = ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in first["sizes"].items())
    lines += [
        "",
        f"Outputs: {sizes}.",
        "",
        "The build time is the whole command from outside (interpreter start, imports, lexicon and "
        "dictionary loading, reading the JSONL, extraction, merging, RDF, writing the three files, "
        "the shape checks); jieba's is only its cutting loop, dictionaries loaded before.",
    ]
    body = [ln for i, ln in enumerate(lines) if ln or (i and lines[i - 1])]
    print("\n".join(body))
    if not args.no_write:
        write_section(RESULTS, body)
        print(f"wrote the throughput section of {RESULTS}")
    return 0


def small_corpus(corpus: Path, n: int, repeat: int, quiet_wait: float) -> list[str]:
    """The small-corpus rows: the first ``n`` articles built with default options at ``--jobs 1``
    and ``2``, each build paired with a jieba posseg run of the same texts just before it."""
    rows: list[tuple[int, float, float, Disturbance]] = []  # (jobs, build s, posseg s, others)
    whole: list[float] = []  # the posseg run end to end, paired like rows
    timings: dict[int, list[tuple[str, list[float]]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / f"first{n}.jsonl"
        with corpus.open(encoding="utf-8") as fh, source.open("w", encoding="utf-8") as out:
            for i, line in enumerate(fh):
                if i >= n:
                    break
                out.write(line)
        chars = 0
        for rnd in range(repeat):
            for jobs in (1, 2):
                waited = wait_until_quiet(quiet_wait)
                jb_run = run_child([str(Path(__file__).resolve()), "--child-jieba", "--small", "0", "--limit", str(n)])
                jb = json.loads(jb_run.stdout.strip().splitlines()[-1])
                chars = jb["chars"]
                run = run_child(["-m", "uniongraph.cli", "build", str(source), "--out", str(Path(tmp) / f"o{jobs}"),
                                 "--jobs", str(jobs)], env={"UNIONGRAPH_TIMINGS": "1"})
                print(f"small corpus, round {rnd + 1}, --jobs {jobs} (waited {waited:.0f} s): build {run.seconds:.2f} s, "
                      f"posseg {jb['posseg']:.2f} s", flush=True)
                rows.append((jobs, run.seconds, jb["posseg"], run.disturbance))
                # posseg as a process of its own: start, import, dictionaries, reading, cutting
                # (the child's age without its lcut loop, which a posseg run would not do)
                whole.append(jb_run.seconds - jb["lcut"])
                if jobs not in timings or run.seconds <= min(r[1] for r in rows if r[0] == jobs):
                    timings[jobs] = parse_timings(run.stderr)
    best = {j: min(r[1] for r in rows if r[0] == j) for j in (1, 2)}
    ratio = {j: statistics.median(r[2] / r[1] for r in rows if r[0] == j) for j in (1, 2)}
    posseg = statistics.median(r[2] for r in rows)
    pairs = sorted(a[1] / b[1] for a, b in zip(rows[0::2], rows[1::2]))
    lines = [
        f"The first {n} articles of PFR 1998-01 (`articles.jsonl`, {chars:,} characters of text), default options "
        f"(the shape checks included), {dt.date.today().isoformat()}, commit {git_commit()}, {os.cpu_count()} CPUs. "
        f"Each build is paired with a jieba posseg run of the same texts just before it; {repeat} rounds.",
        "",
        "| what | fastest s | median s | vs posseg (median of pairs) |",
        "|---|---:|---:|---:|",
        f"| `jieba.posseg.cut` (cutting loop only) | {min(r[2] for r in rows):.2f} | {posseg:.2f} | 1.00 |",
    ]
    for j in (1, 2):
        secs = [r[1] for r in rows if r[0] == j]
        lines.append(f"| `uniongraph build --jobs {j}` (end to end) | {best[j]:.2f} | {statistics.median(secs):.2f} "
                     f"| {ratio[j]:.2f}× |")
    ratio_whole = {j: statistics.median(w / r[1] for r, w in zip(rows, whole) if r[0] == j) for j in (1, 2)}
    lines += ["", f"Against a posseg *process* end to end (start, import, dictionaries, reading and cutting the same "
              f"texts: median {statistics.median(whole):.2f} s), the build runs at {ratio_whole[1]:.2f}× at `--jobs 1` "
              f"and {ratio_whole[2]:.2f}× at `--jobs 2`; the table's ratio, against the cutting loop alone, is the "
              "stricter one and the one #14 asks for."]
    lines += ["", f"Speed-up at `--jobs 2`: {best[1] / best[2]:.2f}× from the fastest run of each; paired by round: "
              f"median {statistics.median(pairs):.2f}× (from {pairs[0]:.2f}× to {pairs[-1]:.2f}×).", "",
              "Phases of the fastest run of each (wall, CPU, children, gc seconds):", "",
              "| phase | `--jobs 1` | `--jobs 2` |", "|---|---|---|"]
    tables = {j: {phase_key(name): v for name, v in timings[j]} for j in (1, 2)}
    for name in dict.fromkeys([*tables[1], *tables[2]]):
        cells = [" / ".join(f"{x:.2f}" for x in tables[j][name]) if name in tables[j] else "" for j in (1, 2)]
        lines.append(f"| {name} | {cells[0]} | {cells[1]} |")
    return lines


def write_section(path: Path, body: list[str]) -> None:
    """Replace (or append) the throughput section of ``path``, keeping everything else."""
    replace_section(path, START, END, ["## Throughput (`python benchmarks/throughput.py`)", "", *body])


if __name__ == "__main__":
    sys.exit(main())
