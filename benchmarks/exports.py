"""Export benchmark: time and size of every export format, and loading into embedded databases.

Run from the repository::

    python benchmarks/exports.py [--people 3000] [--no-write]

Two graphs: the example page's build, and a synthetic one (``--people`` people working for
one of ``people/10`` companies, one article per 50 people, each fact with its evidence
sentence) to see how the writers scale. For each format: seconds and bytes written. Then the
LadybugDB database build (part of the ``ladybug`` export) and a push to an embedded FalkorDB
(``falkordblite``), when those packages are installed. Results go to stdout and to the
``exports`` section of ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

from uniongraph.build import build
from uniongraph.export import EXPORTS, export
from uniongraph.export.property_graph import to_property_graph
from uniongraph.ids import article_id, entity_id
from uniongraph.model import Article, Entity, EntityMention, Evidence, KnowledgeGraph, Relation
from results_file import replace_section  # noqa: E402 (benchmarks/ is on sys.path when run)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
START, END = "<!-- exports:start -->", "<!-- exports:end -->"


def synthetic(people: int) -> KnowledgeGraph:
    """People working for companies, reported in articles; names with quotes and emoji mixed in."""
    kg = KnowledgeGraph()
    companies = max(1, people // 10)
    for c in range(companies):
        name = f"第{c}号“蓝天”科技有限公司" if c % 7 else f"第{c}号=公式🎉有限公司"
        kg.entities[entity_id("Company", name)] = Entity(entity_id("Company", name), name, "Company",
                                                        {f"蓝天{c}"})
    names = [e.name for e in kg.entities.values()]
    for a in range(max(1, people // 50)):
        title = f"职工风采第{a}期"
        body = "".join(f"张{a}_{i}是{names[(a * 50 + i) % companies]}员工。" for i in range(50))
        kg.articles.append(Article(article_id("bench", a), "bench.md", a, title, f"{title}\n{body}"))
    for p in range(people):
        art = kg.articles[(p // 50) % len(kg.articles)]
        person, company = f"张{p // 50}_{p % 50}", names[p % companies]
        eid = entity_id("Person", person)
        start = art.text.find(person)
        kg.entities[eid] = Entity(eid, person, "Person", attributes={"age": 20 + p % 40},
                                  mentions=[EntityMention(art.id, start, start + len(person), person)])
        sentence = f"{person}是{company}员工"
        kg.relations.append(Relation(person, "Person", "worksFor", company, "Company",
                                     [Evidence(art.id, sentence, start, start + len(sentence), "bench")]))
    return kg


def measure(kg: KnowledgeGraph, folder: Path) -> list[tuple[str, float, int]]:
    rows = []
    for fmt, (_, default, _) in EXPORTS.items():
        started = time.perf_counter()
        path = export(kg, fmt, folder / default)
        seconds = time.perf_counter() - started
        size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) if path.is_dir() else path.stat().st_size
        rows.append((fmt, seconds, size))
    return rows


def falkordb_push(kg: KnowledgeGraph, folder: Path) -> str:
    try:
        from redislite.falkordb_client import FalkorDB
    except ImportError:
        return "falkordblite not installed"
    from uniongraph.push.cypher_db import push_statements

    db = FalkorDB(str(folder / "bench.rdb"))
    pid = int(db.connection.pid)
    try:
        graph = db.select_graph("bench")
        started = time.perf_counter()
        report = push_statements(lambda q, p: graph.query(q, p), kg, dialect="falkordb")
        first = time.perf_counter() - started
        started = time.perf_counter()
        push_statements(lambda q, p: graph.query(q, p), kg, dialect="falkordb")
        again = time.perf_counter() - started
        return (f"{report.nodes:,} nodes, {report.edges:,} edges in {report.statements} statements: "
                f"{first:.2f} s; pushed again (all MERGE hits) {again:.2f} s")
    finally:
        os.kill(pid, 15)  # the server we started, by pid; wait so its last save lands first
        for _ in range(100):
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--people", type=int, default=3000, help="size of the synthetic graph")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args(argv)
    graphs = [("example page", build([ROOT / "examples" / "seed-page.md"])), (f"synthetic ({args.people:,} people)", synthetic(args.people))]
    body = ["## Exports", "",
            f"- date: {dt.datetime.now(dt.timezone.utc):%Y-%m-%d %H:%M} UTC",
            f"- machine: {platform.platform()} ({platform.machine()}), {os.cpu_count()} CPUs, Python {platform.python_version()}",
            "- command: `python benchmarks/exports.py`", ""]
    for label, kg in graphs:
        pg = to_property_graph(kg)
        with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
            rows = measure(kg, Path(tmp))
            push = falkordb_push(kg, Path(tmp))
        body += [f"### {label}: {len(kg.entities):,} entities, {len(kg.relations):,} relations; "
                 f"property graph {len(pg.nodes):,} nodes, {len(pg.edges):,} edges", "",
                 "| format | seconds | bytes |", "|---|---:|---:|"]
        body += [f"| {fmt} | {s:.2f} | {b:,} |" for fmt, s, b in rows]
        body += ["", f"(`ladybug` includes building `graph.lbug`.) FalkorDB push: {push}", ""]
    text = "\n".join(body)
    print(text)
    if not args.no_write:
        replace_section(RESULTS, START, END, [text])
    return 0


if __name__ == "__main__":
    sys.exit(main())
