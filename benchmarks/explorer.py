"""Explorer benchmark: the first page and each interaction of `uniongraph serve`'s explorer on the
PFR month store, in Debian's Chromium driven by Playwright.

Run from anywhere::

    python benchmarks/explorer.py [--store DIR] [--runs 3] [--no-write]

Without ``--store`` the store is built first (``uniongraph build articles.jsonl --store``, the
3,146 articles of PFR 1998-01 read from ``../shared/data`` next to the repository) into a
temporary folder. ``uniongraph serve`` is started on it (default options: 2 query workers) and,
once it answers, each round opens a fresh page and does what a researcher does, timing each
step from the action (a key, a click, a filter changed) until its answer is in the page (the
page's request counter back at zero and the element there), so each time includes the HTTP
request, the query in the worker, the JSON and the drawing:

- first page: navigation start to the explorer's summary, filters and result list drawn;
- search a common name, open the most connected entity (facts with evidence, timeline,
  co-mentions, articles), expand its neighbours twice, filter by type, by a day, hide isolated
  entities, draw its co-mentions, open an article;
- the SPARQL page: load, run each example query, download the answer as CSV.

Also timed over HTTP alone (no browser): the explorer's endpoints for the ten most connected and
the ten most mentioned entities (the worst cases: their facts, articles and co-mentions are the
most rows), searches of one common character, and reading the name index again after the store
changed (what the first request after an ``add`` waits for).

Results go to stdout and to the ``explorer`` section of ``benchmarks/RESULTS.md`` (between
``<!-- explorer:start -->`` and ``<!-- explorer:end -->``; other sections are kept).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from results_file import git_commit, replace_section  # noqa: E402
from uniongraph.evaluate.data import pfr_articles  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- explorer:start -->", "<!-- explorer:end -->"
CORPUS = pfr_articles(ROOT)
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
TARGET = 1.0  # seconds: the first page and every interaction


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> Any:
    with urllib.request.urlopen(url, timeout=120) as r:
        body = r.read()
    return json.loads(body) if body[:1] in (b"{", b"[") else body


def api(base: str, path: str, **params: Any) -> Any:
    return get(f"{base}/api/{path}?" + urllib.parse.urlencode(params))


class Page:
    """An explorer page; ``timed(action, done)`` runs the action and waits until ``done`` is true."""

    def __init__(self, browser: Any, base: str, path: str) -> None:
        self.base = base
        self.outside: list[str] = []
        self.context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
        self.page = self.context.new_page()
        self.page.route("**/*", self._route)
        self.path = path

    def _route(self, route: Any) -> None:
        if route.request.url.startswith((self.base + "/", "blob:" + self.base + "/", "data:")):
            route.continue_()
        else:
            self.outside.append(route.request.url)
            route.abort()

    def js(self, expr: str, arg: Any = None) -> Any:
        return self.page.evaluate(expr, arg)

    def until(self, expr: str, arg: Any = None, limit: float = 60.0) -> None:
        deadline = time.perf_counter() + limit
        while not self.page.evaluate(expr, arg):
            if time.perf_counter() > deadline:
                raise RuntimeError(f"waited {limit:g} s for {expr}")
            time.sleep(0.005)

    def timed(self, action: Callable[[], None], done: str, arg: Any = None) -> float:
        sent = "() => window.explorer ? window.explorer.state.sent : window.queryPage.sent"
        before = self.page.evaluate(sent)
        started = time.perf_counter()
        action()
        # debounced inputs (typing, filters) send their requests 120-180 ms later: see one go out
        self.until(f"() => ({sent[6:]}) > {before}", limit=5)
        self.until(done, arg)
        # and the frame that shows it
        self.page.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        return time.perf_counter() - started

    def close(self) -> None:
        self.context.close()


IDLE = "() => window.explorer.state.busy === 0"


def one_round(browser: Any, base: str, hub: dict[str, Any], word: str) -> dict[str, float]:
    times: dict[str, float] = {}
    p = Page(browser, base, "/")
    started = time.perf_counter()
    p.page.goto(base + "/")
    p.until("() => window.explorer && window.explorer.readyAt !== null && window.explorer.state.busy === 0")
    times["first page: summary, filters, most mentioned"] = p.js("window.explorer.readyAt") / 1000
    times["first page (wall, from goto)"] = time.perf_counter() - started

    def settled(expr: str) -> str:
        # the answer is in the page, and no request is left
        return f"() => window.explorer.state.busy === 0 && ({expr})"

    def search(text: str) -> None:
        p.page.fill("#ex-q", text)
        p.page.press("#ex-q", "Enter")

    times[f"search “{word}”"] = p.timed(lambda: search(word), settled(
        f"document.getElementById('ex-results-head').textContent.startsWith('“{word}”')"))
    times[f"search “{hub['name']}”"] = p.timed(lambda: search(hub["name"]), settled(
        f"(document.querySelector('#ex-results li .ex-name') || {{}}).textContent === {json.dumps(hub['name'])}"))
    times["open the entity (facts, timeline, co-mentions, articles)"] = p.timed(
        lambda: p.page.click("#ex-results li >> nth=0"),
        settled(f"(document.getElementById('ex-entity-name') || {{}}).textContent === {json.dumps(hub['name'])}"))
    times["expand (25 neighbours)"] = p.timed(lambda: p.page.click("#ex-expand"),
                                             settled("window.explorer.visibleNodes().length > 1"))
    n = len(p.js("window.explorer.visibleNodes()"))
    times["expand again (25 more)"] = p.timed(lambda: p.page.click("#ex-expand"),
                                             settled(f"window.explorer.visibleNodes().length > {n}"))
    types = p.js("window.explorer.visibleNodes().map(id => window.explorer.info(id).type)")
    kind = max(set(types[1:]), key=types.count)
    before = len(p.js("window.explorer.visibleNodes()"))
    times[f"filter by type (hide {kind})"] = p.timed(lambda: p.page.uncheck(f"#ex-type-{kind}"),
                                                     settled(f"window.explorer.visibleNodes().length < {before}"))
    p.page.check(f"#ex-type-{kind}")
    p.until(IDLE)
    time.sleep(0.3)
    p.until(IDLE)
    day = "1998-01-15"

    def dates() -> None:
        p.page.fill("#ex-from", day)
        p.page.fill("#ex-to", day)

    times["filter by date (one day)"] = p.timed(dates, settled(
        f"Array.from(document.querySelectorAll('#ex-articles li')).every(li => li.textContent.startsWith('{day}'))"
        " && document.getElementById('ex-entity-name') !== null"))
    p.page.click("#ex-dates-clear")
    time.sleep(0.3)
    p.until(IDLE)
    times["hide isolated"] = p.timed(lambda: p.page.check("#ex-hide-isolated"), settled(
        "Array.from(document.querySelectorAll('#ex-results li')).every(li => window.explorer.info(li.dataset.id).degree >= 1)"))
    time.sleep(0.3)
    p.until(IDLE)
    times["co-mentions into the picture"] = p.timed(lambda: p.page.click("#ex-comention"), settled(
        "window.explorer.visibleEdges().some(e => e.startsWith('co|'))"))
    times["open an article"] = p.timed(lambda: p.page.click("#ex-articles button >> nth=0"), settled(
        "document.getElementById('ex-article-headline') !== null"))
    outside = list(p.outside)
    p.close()

    q = Page(browser, base, "/query")
    started = time.perf_counter()
    q.page.goto(base + "/query")
    q.until("() => window.queryPage && window.queryPage.readyAt")
    times["SPARQL page: load"] = time.perf_counter() - started
    names = q.js("Array.from(document.querySelectorAll('#q-examples option')).map(o => o.value).filter(Boolean)")
    for name in names:
        q.page.select_option("#q-examples", name)
        times[f"SPARQL page: run {name}.rq"] = q.timed(lambda: q.page.click("#q-run"), (
            "() => window.queryPage.running === 0 && (document.getElementById('q-table') !== null"
            " || document.querySelector('#q-results pre') !== null)"))
    started = time.perf_counter()
    with q.page.expect_download() as got:
        q.page.click("#q-csv")
    got.value.path()
    times[f"SPARQL page: download {names[-1]}.rq as CSV"] = time.perf_counter() - started
    outside += q.outside
    q.close()
    if outside:
        raise RuntimeError(f"requests left 127.0.0.1: {outside[:3]}")
    return times


def http_worst_cases(base: str) -> dict[str, float]:
    """The explorer's endpoints for the entities with the most rows behind them, over HTTP."""
    times: dict[str, list[float]] = {}
    connected = sorted(api(base, "search", min_degree=1, limit=200)["items"], key=lambda i: -i["degree"])[:10]
    mentioned = api(base, "search", limit=10)["items"]
    for item in connected + mentioned:
        for path in ("entity", "neighbours", "comentions", "articles"):
            for label, params in ((path, {}), (f"{path} (filtered: one week, no inferred)",
                                               {"from": "1998-01-05", "to": "1998-01-11", "inferred": "0"})):
                started = time.perf_counter()
                api(base, path, id=item["id"], **params)
                times.setdefault(label, []).append(time.perf_counter() - started)
    for q in ("中", "国", "会", "北京"):
        started = time.perf_counter()
        api(base, "search", q=q)
        times.setdefault("search (one common character or word)", []).append(time.perf_counter() - started)
    return {k: max(v) for k, v in times.items()}


def reload_after_change(base: str, store: Path) -> float:
    """Seconds of the first request after the store changed (its name index read again)."""
    marker = store / "store.json"
    now = time.time()
    os.utime(marker, (now, now))
    started = time.perf_counter()
    api(base, "search", q="中国")
    return time.perf_counter() - started


def build_store(folder: Path) -> Path:
    if not CORPUS.is_file():
        raise SystemExit(f"{CORPUS} is absent: the PFR corpus is read from ../shared/data next to the repository")
    store = folder / "store"
    done = subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(CORPUS), "--out", str(folder / "out"),
                           "--store", str(store), "--quiet", "--no-validate"], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(done.stderr)
    return store


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--store", help="an existing store (default: build the PFR month store first)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-write", action="store_true", help="print only, do not update RESULTS.md")
    args = ap.parse_args(argv)
    from playwright.sync_api import sync_playwright

    load = os.getloadavg()[0]
    tmp = Path(tempfile.mkdtemp(prefix="ug-explorer-bench-"))
    proc = None
    try:
        store = Path(args.store) if args.store else build_store(tmp)
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        proc = subprocess.Popen([sys.executable, "-m", "uniongraph.cli", "serve", str(store), "--port", str(port)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        started = time.perf_counter()
        while True:
            try:
                summary = api(base, "summary")
                break
            except OSError:
                if time.perf_counter() - started > 300 or proc.poll() is not None:
                    raise SystemExit("the server did not start")
                time.sleep(0.2)
        started_in = time.perf_counter() - started
        hub = max(api(base, "search", min_degree=1, limit=200)["items"], key=lambda i: (i["degree"], i["mentions"]))
        worst = http_worst_cases(base)
        reloads = [reload_after_change(base, store) for _ in range(3)]
        rounds = []
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                for _ in range(args.runs):
                    rounds.append(one_round(browser, base, hub, "中国"))
            finally:
                browser.close()
    finally:
        if proc is not None:
            os.killpg(proc.pid, signal.SIGTERM)
            proc.wait(20)
        shutil.rmtree(tmp, ignore_errors=True)

    steps = list(rounds[0])
    lines = [
        "## Explorer (`python benchmarks/explorer.py`)",
        "",
        f"PFR 1998-01 store ({summary['articles']:,} articles, {summary['entities']:,} entities, "
        f"{summary['statements']:,} facts), `uniongraph serve` with its defaults (2 query workers), "
        f"Debian's Chromium {_chromium()} headless through Playwright. {dt.date.today().isoformat()}, commit "
        f"{git_commit()}, Python {platform.python_version()}, {os.cpu_count()} CPUs, load average {load:.1f} before / "
        f"{os.getloadavg()[0]:.1f} after (a shared machine). {args.runs} rounds, each on a fresh page; the most "
        f"connected entity is {hub['name']} ({hub['degree']} related entities, {hub['articles']} articles). "
        f"The store was {'given with `--store` (built by `uniongraph build articles.jsonl --store`)' if args.store else 'built by the benchmark'}.",
        "",
        "Each time runs from the action (key, click, filter) until its answer is drawn: request, query in a "
        "worker, JSON, page update, next frame. Target: under 1 s each.",
        "",
        "| step | median s | slowest s | under 1 s |",
        "|---|---:|---:|---|",
    ]
    slowest_all = 0.0
    for step in steps:
        values = [r[step] for r in rounds]
        slowest_all = max(slowest_all, max(values))
        lines.append(f"| {step} | {statistics.median(values):.3f} | {max(values):.3f} | "
                     f"{'yes' if max(values) < TARGET else '**no**'} |")
    lines += ["", "Over HTTP alone, the slowest answer for the 10 most connected and the 10 most mentioned "
              "entities (the most rows behind them):", "", "| endpoint | slowest s |", "|---|---:|"]
    for k, v in worst.items():
        lines.append(f"| `/api/{k}` | {v:.3f} |")
    lines += ["", f"Server start until the explorer answers (workers started, name index read): {started_in:.1f} s. "
              f"The first request after the store changed waits for the name index to be read again: "
              f"{statistics.median(reloads):.2f} s (median of 3; {max(reloads):.2f} s at most); the server also "
              "looks every second by itself, so that wait usually falls outside a request.",
              "", f"Slowest browser step: {slowest_all:.3f} s ({'under' if slowest_all < TARGET else 'OVER'} the 1 s target)."]
    print("\n".join(lines))
    if not args.no_write:
        replace_section(RESULTS, START, END, lines)
    return 0


def _chromium() -> str:
    try:
        out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout
        return out.split()[1]
    except (OSError, IndexError, subprocess.SubprocessError):
        return "?"


if __name__ == "__main__":
    raise SystemExit(main())
