"""HTML view benchmark: how fast headless Chromium draws graph.html for big synthetic graphs.

Run from anywhere::

    python benchmarks/html.py [--sizes 500,5000,20000] [--runs 3] [--no-write]

For each size a synthetic graph in the project's shape is built (federation trees, unions of
companies, people working for organisations, events organised by them, held at places, with
articles, mentions and evidence sentences), written with ``write_html`` and opened from a
``file://`` URL in Debian's Chromium driven by Playwright. Measured, per run:

- ``drawn``: milliseconds from navigation start until vis-network's first ``afterDrawing``
  (the page marks it as ``uniongraph.drawnAt``), i.e. parse + data + layout/stabilisation + draw;
- ``interactive``: then the milliseconds for a search to select a node, fill the side panel and
  have the next frame drawn (typing a name and pressing Enter), i.e. the page answers;
- ``write``: seconds of Python to compute the view (layout included), have pyvis render the
  page and write the file;
- the file size;
- once per process, before the sizes: the first page's extra cost (importing pyvis, which
  imports IPython, and compiling the template with vis-network), so ``write`` is steady state.

Results go to stdout and to the ``html`` section of ``benchmarks/RESULTS.md`` (between
``<!-- html:start -->`` and ``<!-- html:end -->``; other sections are kept).
"""

from __future__ import annotations

import sys
from pathlib import Path

# This file is named html.py, as asked; run as a script its folder comes first on sys.path and
# would shadow the standard library's ``html`` (which networkx imports). Drop that entry.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]

import argparse
import datetime as dt
import os
import platform
import random
import statistics
import subprocess
import tempfile
import time
from typing import Any

from uniongraph.ids import article_id, entity_id
from uniongraph.model import Article, Entity, EntityMention, Evidence, KnowledgeGraph, Relation
from uniongraph.readwrite.html import PHYSICS_LIMIT, generate_html, write_html
import importlib.util  # noqa: E402

# benchmarks/ was dropped from sys.path above, so load the shared results helper by path
_spec = importlib.util.spec_from_file_location("results_file", Path(__file__).resolve().parent / "results_file.py")
_results_file = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_results_file)
replace_section = _results_file.replace_section

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- html:start -->", "<!-- html:end -->"
LOAD = [0.0]  # 1-minute load average when the run started
FIRST = [0.0]  # seconds for the first (empty) page of the process: pyvis import, template compile
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

_CHARS = "安宝北滨昌城川春大德东丰福港广海和河华怀惠吉嘉建江金锦京静康兰乐利林龙隆茂美民明南宁平启庆瑞山盛顺泰天通望文西祥新兴阳益永裕远云泽长正中州"
_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任卢姚沈钟姜崔谭陆范汪廖石金贾夏韦傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
# (share of nodes, name pattern) per type, roughly the mix of the seed page.
_MIX = [("Federation", 0.07), ("TradeUnion", 0.08), ("Company", 0.12), ("ServiceTeam", 0.05),
        ("Organization", 0.05), ("Person", 0.28), ("Place", 0.10), ("Event", 0.25)]


def _word(rng: random.Random, k: int) -> str:
    return "".join(rng.choice(_CHARS) for _ in range(k))


def _name(rng: random.Random, type_: str, i: int) -> str:
    w = _word(rng, 2)
    return {
        "Federation": f"{w}区总工会", "TradeUnion": f"{w}科技有限公司工会", "Company": f"{w}科技有限公司",
        "ServiceTeam": f"{w}志愿服务队", "Organization": f"{w}职工协会", "Place": f"{w}街道",
        "Person": rng.choice(_SURNAMES) + _word(rng, rng.choice((1, 2))),
        "Event": f"{w}职工技能大赛",
    }[type_] + ("" if i < 1000 else str(i))  # unique without a dictionary of names


def synthetic_graph(n: int, seed: int = 1) -> KnowledgeGraph:
    """A knowledge graph of about ``n`` entities and 1.3 n relations in the project's shape."""
    rng = random.Random(seed)
    kg = KnowledgeGraph()
    by_type: dict[str, list[str]] = {t: [] for t, _ in _MIX}
    names: set[str] = set()
    for t, share in _MIX:
        for _ in range(max(1, round(n * share))):
            name = _name(rng, t, len(names))
            while name in names:
                name = _name(rng, t, len(names) + rng.randrange(10**6))
            names.add(name)
            by_type[t].append(name)
    orgs = by_type["Federation"] + by_type["Company"] + by_type["Organization"] + by_type["ServiceTeam"]
    facts: list[tuple[str, str, str, str, str, str]] = []  # head, type, rel, tail, type, sentence

    def fact(h: str, ht: str, r: str, t: str, tt: str, sentence: str) -> None:
        facts.append((h, ht, r, t, tt, sentence))

    feds = by_type["Federation"]
    for i, f in enumerate(feds[1:], 1):  # a tree of federations under the first
        parent = feds[rng.randrange(max(1, i // 3) or 1)]
        fact(f, "Federation", "subOrganizationOf", parent, "Federation", f"{f}是{parent}的下属工会。")
    for u, c in zip(by_type["TradeUnion"], by_type["Company"]):
        fact(u, "TradeUnion", "unionOf", c, "Company", f"{u}是{c}的工会。")
    for c in by_type["Company"]:
        p = rng.choice(by_type["Place"])
        fact(c, "Company", "locatedIn", p, "Place", f"{c}位于{p}。")
    for s in by_type["ServiceTeam"]:
        o = rng.choice(feds)
        fact(s, "ServiceTeam", "subOrganizationOf", o, "Federation", f"{s}隶属于{o}。")
    for person in by_type["Person"]:
        o = rng.choice(orgs)
        fact(person, "Person", "worksFor", o, "Organization", f"{o}工作人员{person}介绍了情况。")
    for e in by_type["Event"]:
        o = rng.choice(feds + by_type["Organization"])
        fact(o, "Federation", "organizes", e, "Event", f"{o}举办{e}。")
        p = rng.choice(by_type["Place"])
        fact(e, "Event", "heldAt", p, "Place", f"{e}在{p}举行。")
        if rng.random() < 0.4:
            who = rng.choice(by_type["Person"])
            fact(who, "Person", "participatesIn", e, "Event", f"{who}参加了{e}。")
    types = {name: t for t, ns in by_type.items() for name in ns}
    for name, t in types.items():
        eid = entity_id(t, name)
        kg.entities[eid] = Entity(eid, name, t)
    # Articles of about a dozen sentences; each fact is evidence in one of them.
    rng.shuffle(facts)
    for a, start in enumerate(range(0, len(facts), 12)):
        chunk = facts[start:start + 12]
        title = f"{chunk[0][0]}开展{_word(rng, 2)}活动"
        art = Article(id=article_id(f"{seed:04x}synthetic", a), source="synthetic.md", index=a,
                      title=title, text=title + "\n")
        for h, _ht, r, t, _tt, sentence in chunk:
            s0 = len(art.text)
            art.text += sentence
            ev = Evidence(art.id, sentence, s0, s0 + len(sentence), "synthetic")
            ht, tt = types[h], types[t]
            kg.relations.append(Relation(h, ht, r, t, tt, [ev]))
            for name in (h, t):
                off = s0 + sentence.index(name)
                kg.entities[entity_id(types[name], name)].mentions.append(
                    EntityMention(art.id, off, off + len(name), name))
        kg.articles.append(art)
    return kg


def measure(path: Path, query: str, runs: int) -> list[dict[str, float]]:
    """Open ``path`` ``runs`` times in a fresh headless Chromium page; timings in ms."""
    from playwright.sync_api import sync_playwright

    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for _ in range(runs):
                page = browser.new_page(viewport={"width": 1280, "height": 800})
                errors: list[str] = []
                page.on("pageerror", lambda e: errors.append(str(e)))
                page.goto(path.as_uri(), wait_until="commit")
                page.wait_for_function("window.uniongraph && window.uniongraph.drawnAt !== null",
                                       timeout=120_000, polling=50)
                drawn = page.evaluate("uniongraph.drawnAt")
                count = page.evaluate("uniongraph.network.body.nodeIndices.length")
                interactive = page.evaluate(
                    """q => new Promise(done => {
                        const t0 = performance.now();
                        const box = document.getElementById('ug-search');
                        box.value = q;
                        box.dispatchEvent(new Event('input'));
                        box.dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}));
                        if (!uniongraph.current) throw new Error('search found nothing');
                        uniongraph.network.once('afterDrawing', () => done(performance.now() - t0));
                        uniongraph.network.redraw();
                    })""", query)
                if errors:
                    raise RuntimeError(f"{path}: page error: {errors[0]}")
                out.append({"drawn": drawn, "interactive": interactive, "nodes": count})
                page.close()
        finally:
            browser.close()
    return out


def run(sizes: list[int], runs: int) -> list[dict[str, Any]]:
    rows = []
    t0 = time.perf_counter()
    generate_html(KnowledgeGraph())  # the one-off costs, kept out of the per-size figures
    FIRST[0] = time.perf_counter() - t0
    print(f"first page of the process: {FIRST[0]:.2f} s (pyvis import, template compile)", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        for n in sizes:
            kg = synthetic_graph(n)
            path = Path(tmp) / f"graph-{n}.html"
            t0 = time.perf_counter()
            write_html(kg, path)
            write_s = time.perf_counter() - t0
            query = kg.relations[0].head  # some name in the graph
            timings = measure(path, query, runs)
            row = {
                "n": n, "entities": len(kg.entities), "relations": len(kg.relations),
                "drawn_nodes": timings[0]["nodes"], "physics": n <= PHYSICS_LIMIT,
                "size_mb": path.stat().st_size / 1e6, "write_s": write_s,
                "drawn_ms": statistics.median(t["drawn"] for t in timings),
                "drawn_max_ms": max(t["drawn"] for t in timings),
                "interactive_ms": statistics.median(t["interactive"] for t in timings),
            }
            rows.append(row)
            print(f"{n:>6} entities: drawn {row['drawn_ms']:.0f} ms (max {row['drawn_max_ms']:.0f}), "
                  f"search+select {row['interactive_ms']:.0f} ms, file {row['size_mb']:.1f} MB, "
                  f"write {write_s:.1f} s", flush=True)
    return rows


def _commit() -> str:
    try:
        out = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                             capture_output=True, text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def _chromium_version() -> str:
    try:
        return subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"


def write_results(rows: list[dict[str, Any]], command: str, runs: int) -> None:
    lines = [
        START, "## HTML view (`benchmarks/html.py`)", "",
        f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- machine: {platform.platform()} ({platform.machine()}), {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, {_chromium_version()} headless",
        f"- code: commit {_commit()} (working tree as it was)",
        f"- command: `{command}`",
        f"- load average (1 min) before / after: {LOAD[0]:.1f} / {os.getloadavg()[0]:.1f} on "
        f"{os.cpu_count()} CPUs (other work on the machine slows every figure)", "",
        f"Synthetic graphs in the project's shape; each page opened {runs} times from a file:// URL "
        "in a fresh page. *drawn*: navigation start → first vis-network `afterDrawing` (median, max). "
        "*search+select*: then typing a name + Enter until the node is selected, the panel filled and "
        "the next frame drawn. *write*: Python time for the view, layout, pyvis rendering the page "
        f"and the file; the first page of a process costs {FIRST[0]:.1f} s more, once (importing pyvis, "
        "which imports IPython, and compiling the template). Above "
        f"{PHYSICS_LIMIT} nodes positions come from Python and physics is off.", "",
        "| entities | relations | drawn nodes | physics | drawn ms (median) | drawn ms (max) | search+select ms | file MB | write s |",
        "|---:|---:|---:|---|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(f"| {r['entities']} | {r['relations']} | {r['drawn_nodes']} | {'on' if r['physics'] else 'off'} "
                     f"| {r['drawn_ms']:.0f} | {r['drawn_max_ms']:.0f} | {r['interactive_ms']:.0f} "
                     f"| {r['size_mb']:.1f} | {r['write_s']:.1f} |")
    replace_section(RESULTS, lines[0], END, lines[1:])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="500,5000,20000", help="comma-separated entity counts")
    ap.add_argument("--runs", type=int, default=3, help="page loads per size")
    ap.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = ap.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    LOAD[0] = os.getloadavg()[0]
    rows = run(sizes, args.runs)
    if not args.no_write:
        write_results(rows, "python benchmarks/html.py " + " ".join(argv if argv is not None else sys.argv[1:]), args.runs)
        print(f"wrote {RESULTS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
