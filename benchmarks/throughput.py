"""Throughput benchmark: a month of People's Daily built end to end, beside jieba on the same texts.

Run from anywhere::

    python benchmarks/throughput.py [--limit N] [--jobs 1,2] [--no-write]

The corpus is ``../shared/data/corpus/pfr1998_01/articles.jsonl`` next to the repository
checkout (3,148 articles, 1.86 M characters); without it the benchmark says so and stops.
Each measurement runs in a child process of its own, one after the other in the same run:

- ``jieba.lcut`` and ``jieba.posseg.cut`` over every article text (dictionaries loaded first,
  not timed);
- ``uniongraph build CORPUS --out DIR --jobs N --no-validate`` for each N: the whole command
  (start-up, reading, extraction, merging, RDF, graph.ttl/graph.json/graph.html), timed from
  outside. SHACL validation is left out: it is a check of the result, not part of building it.

Peak memory is the child's ``ru_maxrss`` (``os.wait4``): the whole process, not only Python
objects; with ``--jobs N`` the workers' peaks are reported beside the main process's. Results
go to stdout and to the ``throughput`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from results_file import git_commit, replace_section  # noqa: E402 (benchmarks/ is on sys.path when run)

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / ".." / "shared" / "data" / "corpus" / "pfr1998_01" / "articles.jsonl"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- throughput:start -->", "<!-- throughput:end -->"


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


def run_child(cmd: list[str]) -> tuple[float, int, int, str]:
    """Wall seconds, peak RSS of the child and of its own children (KiB), and stdout."""
    started = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        # the child reports its own children's peak (pool workers) on stderr's last line
        proc = subprocess.Popen([sys.executable, __file__, "--wrap", "--", *cmd], stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
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
    return seconds, usage.ru_maxrss, workers, stdout


def wrap(cmd: list[str]) -> int:
    """Run ``cmd`` (a Python module command line) in this process, then print the children's peak."""
    import resource
    import runpy

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
    parser.add_argument("--no-write", action="store_true", help="do not update benchmarks/RESULTS.md")
    parser.add_argument("--child-jieba", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(args_in)
    corpus = CORPUS.resolve() if CORPUS.exists() else CORPUS
    if not CORPUS.exists():
        print(f"throughput: corpus not found at {CORPUS} (the shared data folder next to the checkout)")
        return 0
    if args.child_jieba:
        print(json.dumps(child_jieba(corpus, args.limit)))
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
        print("jieba …", flush=True)
        sec, peak_j, _, out = run_child([str(Path(__file__).resolve()), "--child-jieba", *limit])
        jb = json.loads(out.strip().splitlines()[-1])
        chars = jb["chars"]
        builds: dict[int, dict[str, Any]] = {}
        for n in jobs:
            print(f"uniongraph build --jobs {n} …", flush=True)
            outdir = Path(tmp) / f"out{n}"
            sec, peak, workers, stdout = run_child(["-m", "uniongraph.cli", "build", str(source), "--out", str(outdir),
                                                    "--jobs", str(n), "--no-validate"])
            builds[n] = {"seconds": sec, "peak": peak, "workers": workers, "stdout": stdout,
                         "ttl": (outdir / "graph.ttl").read_bytes(), "sizes": {
                             p.name: p.stat().st_size for p in sorted(outdir.iterdir()) if p.is_file()}}
        load_after = os.getloadavg()

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
        lines.append(f"| `uniongraph build --jobs {n}` (end to end) | {b['seconds']:.1f} | {cps:,.0f} | "
                     f"{cps / posseg_cps:.2f} | {cps / lcut_cps:.2f} | {mem} |")
    lines.append("")
    if len(jobs) > 1:
        base = builds[jobs[0]]["seconds"]
        for n in jobs[1:]:
            same = builds[n]["ttl"] == builds[jobs[0]]["ttl"]
            lines.append(f"Speed-up at `--jobs {n}`: {base / builds[n]['seconds']:.2f}× "
                         f"(graph.ttl {'byte-identical' if same else 'DIFFERENT'} to `--jobs {jobs[0]}`).")
    sizes = ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in first["sizes"].items())
    lines += [
        f"Outputs: {sizes}.",
        "",
        "The build time is the whole command from outside (interpreter start, imports, lexicon and "
        "dictionary loading, reading the JSONL, extraction, merging, RDF, writing the three files); "
        "jieba's is only its cutting loop, dictionaries loaded before. Validation (`--no-validate`) is "
        "not included.",
    ]
    body = [ln for i, ln in enumerate(lines) if ln or (i and lines[i - 1])]
    print("\n".join(body))
    if not args.no_write:
        write_section(RESULTS, body)
        print(f"wrote the throughput section of {RESULTS}")
    return 0


def write_section(path: Path, body: list[str]) -> None:
    """Replace (or append) the throughput section of ``path``, keeping everything else."""
    replace_section(path, START, END, ["## Throughput (`python benchmarks/throughput.py`)", "", *body])


if __name__ == "__main__":
    sys.exit(main())
