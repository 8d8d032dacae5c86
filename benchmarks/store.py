"""Store benchmark: rdflib's memory store against Oxigraph, and incremental adds to a PFR store.

    python benchmarks/store.py [--sizes 100000,1000000] [--timeout 20] [--pfr-limit N] [--no-write]

1. A synthetic graph of the project's own shape (articles with bylines, entities of every type
   drawn with a skewed popularity, relations with evidence, inferred facts; made by
   ``to_rdf`` itself) at each size in triples. For each store, in its own process (so peak
   memory is its own): load time, peak resident memory, and the latency of every example
   query (``examples/queries/*.rq``, full result read). Memory-store queries are stopped at
   ``--timeout`` seconds and recorded as ``> N s``.
2. The PFR January 1998 corpus (``../shared/data/corpus/pfr1998_01/articles.jsonl``, one
   document per record: its text, named by its id): 40 records held out, stores of a tenth,
   a half and all of the rest; 10 held-out documents added to each, 20 and 40 to the full one
   (best of 3, each on a fresh copy), so the cost per added document shows whether an add
   grows with the store; then the same 10 added again, and removed. Skipped cleanly when the
   corpus is absent.

Results go to stdout and to the section between ``<!-- store:start -->`` and
``<!-- store:end -->`` in ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from results_file import git_commit, replace_section  # noqa: E402 (benchmarks/ is on sys.path when run)

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
QUERIES = sorted((ROOT / "examples" / "queries").glob("*.rq"))
LISTINGS = sorted((ROOT / "examples" / "listings").glob("*.rq"))
START, END = "<!-- store:start -->", "<!-- store:end -->"

# this folder holds other benchmarks (html.py) that would shadow standard modules
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(ROOT / "src"))
from uniongraph.evaluate.data import pfr_articles  # noqa: E402

PFR = pfr_articles(ROOT)

# ---------------------------------------------------------------- synthetic graph

_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
_GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红建国志文斌宇浩凯鹏飞晨晓东海波"
_PLACES = ["北京市", "天津市", "上海市", "重庆市", "昌平区", "朝阳区", "海淀区", "丰台区", "顺义区", "通州区",
           "回龙观街道", "天通苑街道", "望京街道", "中关村", "石景山区", "大兴区", "房山区", "延庆区"]
_ORG_HEADS = [("总工会", "Federation"), ("工会", "TradeUnion"), ("有限公司", "Company"), ("集团", "Company"),
              ("志愿服务队", "ServiceTeam"), ("职工服务中心", "Organization"), ("工会干部学院", "Organization")]
_EVENT_HEADS = ["职工技能大赛", "送温暖活动", "劳动竞赛", "职工运动会", "会员代表大会", "公益送教", "慰问活动"]
_RELATIONS = [("worksFor", "Person", "org"), ("organizes", "org", "Event"), ("participatesIn", "Person", "Event"),
              ("heldAt", "Event", "Place"), ("locatedIn", "org", "Place"), ("subOrganizationOf", "org", "org"),
              ("memberOf", "Person", "org"), ("manages", "org", "org"), ("unionOf", "org", "org")]


def synthetic_kg(n_articles: int, seed: int = 7):  # type: ignore[no-untyped-def]
    """A knowledge graph of ``n_articles`` synthetic articles in the project's shape."""
    from uniongraph.ids import article_id, entity_id
    from uniongraph.model import (Article, Byline, Entity, EntityMention, Evidence, KnowledgeGraph,
                                  Relation, Sentence)

    rnd = random.Random(seed)
    n_people, n_orgs, n_events = n_articles, max(20, n_articles // 2), max(20, n_articles // 2)
    people = [rnd.choice(_SURNAMES) + "".join(rnd.choice(_GIVEN) for _ in range(rnd.choice((1, 2)))) + str(i)
              for i in range(n_people)]
    orgs = []
    for i in range(n_orgs):
        head, type_ = rnd.choice(_ORG_HEADS)
        orgs.append((f"{rnd.choice(_PLACES)}第{i}{head}", type_))
    events = [f"第{i}届{rnd.choice(_EVENT_HEADS)}" for i in range(n_events)]
    pools = {"Person": [(p, "Person") for p in people], "org": orgs,
             "Event": [(e, "Event") for e in events], "Place": [(p, "Place") for p in _PLACES]}

    def pick(kind: str) -> tuple[str, str]:
        pool = pools[kind]
        return pool[min(len(pool) - 1, int(rnd.paretovariate(1.2)) - 1)] if rnd.random() < 0.3 else rnd.choice(pool)

    kg = KnowledgeGraph()
    ents: dict[tuple[str, str], Entity] = {}
    rels: dict[tuple[str, str, str], Relation] = {}
    for a in range(n_articles):
        aid = article_id(f"{a:012x}", 0)
        chosen = [pick(k) for k in ("org", "org", "Person", "Person", "Event", "Place", "Person", "org")]
        sentences, text = [], f"标题{a}"
        title = text
        sentences.append(Sentence(0, len(title), title))
        text += "\n"
        for i in range(0, len(chosen), 2):
            s = f"{chosen[i][0]}与{chosen[i + 1][0]}共同参加了活动。"
            sentences.append(Sentence(len(text), len(text) + len(s), s))
            text += s
        art = Article(aid, f"synthetic/{a // 100:04d}.md", 0, title, text, sentences=sentences)
        reporter = rnd.choice(people[:200])
        art.bylines.append(Byline("reporter", reporter, 0, len(reporter)))
        kg.articles.append(art)
        for name, type_ in chosen:
            start = text.find(name)
            ent = ents.get((name, type_))
            if ent is None:
                ent = ents[(name, type_)] = Entity(entity_id(type_, name), name, type_)
                if rnd.random() < 0.2:
                    ent.aliases.add(name[-6:])
            ent.mentions.append(EntityMention(aid, start, start + len(name), name))
        for _ in range(3):
            rel, hk, tk = rnd.choice(_RELATIONS)
            h = rnd.choice([c for c in chosen if (c[1] == hk or (hk == "org" and c[1] not in ("Person", "Event", "Place")))] or [pick(hk)])
            t = rnd.choice([c for c in chosen if (c[1] == tk or (tk == "org" and c[1] not in ("Person", "Event", "Place"))) and c != h] or [pick(tk)])
            if h == t:
                continue
            for e in (h, t):
                if e not in ents:
                    ents[e] = Entity(entity_id(e[1], e[0]), e[0], e[1])
            sent = sentences[1 + rnd.randrange(len(sentences) - 1)]
            ev = Evidence(aid, sent.text, sent.start, sent.end, f"synthetic-{rel}")
            key = (h[0], rel, t[0])
            if key not in rels:
                rels[key] = Relation(h[0], h[1], rel, t[0], t[1], inferred=rnd.random() < 0.1)
            rels[key].evidence.append(ev)
    kg.entities = {e.id: e for e in ents.values()}
    kg.relations = [r for r in rels.values() if not r.inferred]
    kg.inferred_relations = [r for r in rels.values() if r.inferred]
    return kg


def write_synthetic(triples: int, folder: Path) -> tuple[Path, int]:
    """An N-Triples file of about ``triples`` triples; (path, exact count)."""
    from uniongraph.graph.rdf import to_rdf

    per_article = 80
    path = folder / f"synthetic-{triples}.nt"
    count = path.with_suffix(".count")
    if path.is_file() and count.is_file():  # made by an earlier run: same generator, same seed
        return path, int(count.read_text())
    n = max(1, triples // per_article)
    for _ in range(3):  # adjust the article count once or twice to land near the target
        g = to_rdf(synthetic_kg(n))
        if abs(len(g) - triples) <= triples * 0.03:
            break
        n = max(1, int(n * triples / len(g)))
    g.serialize(path, format="nt", encoding="utf-8")
    count.write_text(str(len(g)))
    return path, len(g)


# ---------------------------------------------------------------- one store, in a child process

#: whole-table listings (examples/listings/): measured beside the example queries, not held to the target
LISTING = "listings/"


def all_queries() -> dict[str, str]:
    """The example queries by name, then the listings (named ``listings/all-…``)."""
    out = {p.stem: p.read_text(encoding="utf-8") for p in QUERIES}
    out.update({LISTING + p.stem: p.read_text(encoding="utf-8") for p in LISTINGS})
    return out


def _peak_mb() -> float:
    """Peak resident memory of this process in MB (VmHWM: ru_maxrss would carry the parent's peak
    across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Timeout(Exception):
    pass


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout()


def _run_memory(nt: str, timeout: float, repeat: int) -> dict[str, Any]:
    """rdflib memory store: load, then every query (stopped by an alarm: rdflib is pure Python)."""
    from rdflib import Graph

    from uniongraph.graph.vocabulary import PREFIXES

    started = time.perf_counter()
    g = Graph()
    g.parse(nt, format="nt")
    out: dict[str, Any] = {"store": "memory", "load_s": time.perf_counter() - started, "triples": len(g),
                           "queries": {}}
    signal.signal(signal.SIGALRM, _alarm)
    for name, sparql in all_queries().items():
        times, rows, stopped = [], 0, False
        for _ in range(repeat):
            t0 = time.perf_counter()
            signal.setitimer(signal.ITIMER_REAL, timeout)
            try:
                res = g.query(sparql, initNs=dict(PREFIXES))
                rows = 1 if res.type == "ASK" else sum(1 for _ in res)
            except _Timeout:
                stopped = True
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(time.perf_counter() - t0)
            if stopped:
                break
        out["queries"][name] = {"s": None if stopped else min(times), "rows": rows, "stopped": stopped}
    out["peak_rss_mb"] = _peak_mb()
    return out


def _ox_load(nt: str, folder: str) -> dict[str, Any]:
    import pyoxigraph as ox

    started = time.perf_counter()
    st = ox.Store(folder)
    with open(nt, "rb") as fh:
        st.bulk_load(fh, format=ox.RdfFormat.N_TRIPLES)
    st.flush()
    st.optimize()
    return {"load_s": time.perf_counter() - started, "triples": len(st),
            "peak_rss_mb": _peak_mb()}


def _ox_query(folder: str, name: str, repeat: int) -> dict[str, Any]:
    import pyoxigraph as ox

    from uniongraph.store.oxigraph import QUERY_PREFIXES

    st = ox.Store.read_only(folder)
    sparql = all_queries()[name]
    times, rows = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        # every value of every row read natively, as the endpoint's worker does
        res = st.query(sparql, prefixes=QUERY_PREFIXES)
        if isinstance(res, ox.QuerySolutions):
            width = len(res.variables)
            rows = sum(1 for sol in res if [sol[i] for i in range(width)] is not None)
        else:
            rows = 1 if isinstance(res, ox.QueryBoolean) else sum(1 for _ in res)
        times.append(time.perf_counter() - t0)
    return {"s": min(times), "rows": rows, "stopped": False,
            "peak_rss_mb": _peak_mb()}


def _child(args: list[str], limit: float) -> dict[str, Any] | None:
    """Run this script as a child with ``args``; its JSON answer, ``None`` past ``limit`` seconds."""
    cmd = [sys.executable, __file__, "--child", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)  # our own child, by pid
        proc.communicate()
        return None
    if proc.returncode != 0:
        return {"error": " ".join(err.split()[-30:])}
    return json.loads(out.strip().splitlines()[-1])


def measure_oxigraph(nt: Path, timeout: float, repeat: int) -> dict[str, Any]:
    folder = tempfile.mkdtemp(prefix="ug-bench-ox-")
    try:
        loaded = _child(["ox-load", str(nt), folder], 1800)
        if loaded is None or "error" in loaded:
            return {"store": "oxigraph", "error": (loaded or {}).get("error", "load did not finish in 1800 s")}
        out: dict[str, Any] = {"store": "oxigraph", **loaded, "queries": {}}
        for name in all_queries():
            res = _child(["ox-query", folder, name, str(repeat)], timeout * repeat + 30)
            if res is None:
                res = {"s": None, "rows": 0, "stopped": True}
            elif "error" in res:
                res = {"s": None, "rows": 0, "stopped": True, "error": res["error"]}
            out["peak_rss_mb"] = max(out["peak_rss_mb"], res.pop("peak_rss_mb", 0))
            out["queries"][name] = res
        return out
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def measure_memory(nt: Path, timeout: float, repeat: int) -> dict[str, Any]:
    res = _child(["memory", str(nt), str(timeout), str(repeat)], 1800 + timeout * len(all_queries()) * repeat)
    if res is None:
        return {"store": "memory", "error": "did not finish"}
    return res


# ---------------------------------------------------------------- PFR incremental


def pfr_incremental(limit: int | None, repeat: int = 7) -> dict[str, Any] | None:
    """Adds to PFR stores of three sizes: does the cost of an add follow what is added, or the store?

    40 records are held out. Stores of a tenth, a half and all of the other records are built
    once; then 10 of the held-out documents are added to each, and 20 and 40 to the full one.
    Each add runs on a fresh copy of its built store, twice: ``add_documents`` (extraction and
    all) and ``add_built`` of the same documents extracted beforehand (the store's own part).
    The configurations take turns, ``repeat`` rounds, best kept: the machine is shared, and
    taking turns spreads a busy spell over all of them. On the full store the same 10 are then
    added again and removed.
    """
    if not PFR.is_file():
        return None
    from uniongraph.build import build_documents
    from uniongraph.reading import read_text
    from uniongraph.store import GraphStore

    records = [json.loads(line) for line in PFR.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:
        records = records[:limit]
    rnd = random.Random(3)
    held_out = rnd.sample(range(len(records)), 40)
    rest = [r for i, r in enumerate(records) if i not in set(held_out)]
    new = [records[i] for i in held_out]

    def docs(recs: list[dict[str, Any]]) -> list[Any]:
        return [read_text(r["text"], f"{r['id']}.txt") for r in recs]

    out: dict[str, Any] = {"records": len(records), "held_out": len(new), "repeat": repeat, "stores": {},
                           "extract_s": {}}
    folder = Path(tempfile.mkdtemp(prefix="ug-bench-pfr-"))
    try:
        sizes = (("tenth", rest[: max(10, len(rest) // 10)], (10,)), ("half", rest[: len(rest) // 2], (10,)),
                 ("full", rest, (10, 20, 40)))
        for label, base, _ in sizes:
            t0 = time.perf_counter()
            with GraphStore(folder / label) as st:
                st.add_documents(docs(base))
            out["stores"][label] = {"documents": len(base), "build_s": time.perf_counter() - t0, "adds": {}}
            print(f"pfr {label}: built {out['stores'][label]}", flush=True)
        extracted = {n: build_documents(docs(new[:n])) for n in (10, 20, 40)}

        def add_to_copy(label: str, n: int, whole: bool) -> tuple[float, int, int]:
            work = folder / "work"
            shutil.rmtree(work, ignore_errors=True)
            shutil.copytree(folder / label, work)
            batch = docs(new[:n])
            os.sync()  # the copy is written back now, not during the timed add (more so the bigger the store)
            time.sleep(2)
            with GraphStore(work) as st:
                if not whole:
                    time.sleep(1)  # Oxigraph's own work on opening (compactions) stays out of the store's part
                t0 = time.perf_counter()
                change = st.add_documents(batch) if whole else st.add_built(extracted[n])
                return time.perf_counter() - t0, change.names, st.ledger.mention_rows_read.total()

        runs: dict[tuple[str, int], list[tuple[float, float, int, int]]] = {}
        for _ in range(repeat):
            for label, _, adds in sizes:
                for n in adds:
                    whole, names, read = add_to_copy(label, n, True)
                    part = add_to_copy(label, n, False)[0]
                    runs.setdefault((label, n), []).append((whole, part, names, read))
            for n in (10, 20, 40):  # extraction alone of the added documents, for scale
                t0 = time.perf_counter()
                build_documents(docs(new[:n]))
                out["extract_s"][str(n)] = min(out["extract_s"].get(str(n), 1e9), time.perf_counter() - t0)
        for (label, n), rs in runs.items():
            out["stores"][label]["adds"][str(n)] = {"s": min(r[0] for r in rs), "store_s": min(r[1] for r in rs),
                                                    "names": rs[0][2], "mention_rows_read": rs[0][3]}
            print(f"pfr {label}: add {n} {out['stores'][label]['adds'][str(n)]}", flush=True)
        for label, _, _ in sizes:
            entry = out["stores"][label]
            with GraphStore(folder / label) as st:
                change = st.add_documents(docs(new[:10]))
                entry["articles"] = st.ledger.totals()[1]
                t0 = time.perf_counter()
                again = st.add_documents(docs(new[:10]))
                entry["add_again_s"], entry["added_again"] = time.perf_counter() - t0, len(again.added)
                t0 = time.perf_counter()
                entry["remove10_names"] = st.remove(change.added).names
                entry["remove10_s"] = time.perf_counter() - t0
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return out


# ---------------------------------------------------------------- report


def _fmt_s(q: dict[str, Any], timeout: float) -> str:
    if q.get("stopped"):
        return f"> {timeout:g} s"
    s = q["s"]
    return f"{s * 1000:.0f} ms" if s < 10 else f"{s:.1f} s"


def report(results: list[dict[str, Any]], pfr: dict[str, Any] | None, timeout: float, cmd: str,
           ox_timeout: float = 120.0) -> list[str]:
    md = ["## Store (`benchmarks/store.py`)", "",
          f"- date: {dt.datetime.now(dt.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
          f"- machine: {platform.platform()} ({platform.machine()}), {os.cpu_count()} CPUs, Python {platform.python_version()}",
          f"- code: commit {git_commit()} (working tree as it was); command: `{cmd}`",
          "- memory store: rdflib `Graph` (in memory); Oxigraph: `pyoxigraph.Store` in a folder (bulk load, then queries).",
          f"- each query: full result read, best of the runs; stopped at {timeout:g} s on the memory store, "
          f"{ox_timeout:g} s on Oxigraph (each Oxigraph query runs in its own process on the loaded folder).", ""]
    for size in results:
        md.append(f"### {size['triples']:,} triples (synthetic, project shape)")
        md.append("")
        mem, ox = size["memory"], size["oxigraph"]
        md.append("| | memory (rdflib) | Oxigraph | ratio memory/Oxigraph |")
        md.append("|---|---|---|---|")
        for label, key, unit in (("load", "load_s", "s"), ("peak memory", "peak_rss_mb", "MB")):
            mv, ov = mem.get(key), ox.get(key)
            cell = lambda v: "—" if v is None else (f"{v:.1f} {unit}")  # noqa: E731
            ratio = f"{mv / ov:.1f}×" if mv and ov else "—"
            md.append(f"| {label} | {cell(mv)} | {cell(ov)} | {ratio} |")
        for name in all_queries():
            mq, oq = mem.get("queries", {}).get(name), ox.get("queries", {}).get(name)
            mcell = _fmt_s(mq, timeout) if mq else mem.get("error", "—")
            ocell = (_fmt_s(oq, ox_timeout) + ("" if oq.get("stopped") else f" ({oq['rows']} rows)")) if oq else ox.get("error", "—")
            if mq and oq and not oq.get("stopped") and "s" in mq:
                ratio = (f"> {timeout / max(oq['s'], 1e-6):.0f}×" if mq.get("stopped")
                         else f"{mq['s'] / max(oq['s'], 1e-6):.0f}×")
            else:
                ratio = "—"
            label = f"`{name}.rq`"
            md.append(f"| {label} | {mcell} | {ocell} | {ratio} |")
        # a query stopped on Oxigraph counts as the slowest (its time is unknown, over the limit)
        times = [q["s"] if q["s"] is not None else float("inf")
                 for n, q in ox.get("queries", {}).items() if not n.startswith(LISTING)]
        slowest = max(times, default=None)
        if slowest is not None:
            md.append("")
            told = f"{slowest * 1000:.0f} ms" if slowest != float("inf") else "stopped"
            md.append(f"Slowest example query on Oxigraph: {told}"
                      f" ({'under' if slowest < 0.5 else 'OVER'} the 0.5 s target; listings not counted).")
        md.append("")
    if results:
        md.append('The example queries (`examples/queries/`) each answer one question with a short answer: a count per organiser, place or reporter, or the details of one chosen article, employer or federation. The listings (`examples/listings/`) return a row per fact; on Oxigraph their time follows the rows they return and sort (each joined pattern and each string compared in ORDER BY is read back from the store, about 10 µs a row here), so listing all 47 k pieces of evidence of the million-triple graph takes about 10 s. They are measured to show that cost, not held to the 0.5 s target.')
        md.append("")
    md.append("### Incremental adds (PFR January 1998, one document per record)")
    md.append("")
    if pfr is None:
        md.append("Not run (`--no-pfr`)." if PFR.is_file() else "Skipped: `../shared/data/corpus/pfr1998_01/articles.jsonl` is absent.")
    else:
        st = pfr["stores"]
        t10 = st["tenth"]["adds"]["10"]
        md.append(f"{pfr['held_out']} of the {pfr['records']} records are held out; stores of a tenth, a half and all "
                  "of the others are built once, then held-out documents are added, each add on a fresh copy of the "
                  "built store (then `sync` and a 2 s pause, so that writing the copy back to disk does not fall into "
                  f"the timed add); the configurations take turns for {pfr['repeat']} rounds and the best of each is "
                  "kept (a shared machine). *add* is `GraphStore.add_documents` (extraction, merge into the ledger, "
                  "RDF difference into Oxigraph, commits), timed from the moment the store is open, as `uniongraph add` "
                  "runs it; *store's part* is `add_built` of the same documents extracted beforehand, timed after a "
                  "1 s pause once the store is open (Oxigraph starts background work, such as compactions, on "
                  "opening, and it grows with the store). × compares with adding 10 to the tenth store.")
        md.append("")
        md.append("| store | documents held | added | add | per added document | × | store's part "
                  "| per added document | × | names redone | stored mention rows read |")
        md.append("|---|---|---|---|---|---|---|---|---|---|---|")
        for label in ("tenth", "half", "full"):
            r = st[label]
            for n, a in r["adds"].items():
                k = int(n)
                md.append(f"| {label} | {r['documents']} | {n} | {a['s']:.2f} s | {a['s'] / k * 1000:.0f} ms "
                          f"| {a['s'] / t10['s']:.1f}× | {a['store_s']:.2f} s | {a['store_s'] / k * 1000:.0f} ms "
                          f"| {a['store_s'] / t10['store_s']:.1f}× | {a['names']} | {a['mention_rows_read']} |")
        md.append("")
        f, t = st["full"], st["tenth"]
        fa = f["adds"]
        ex = pfr["extract_s"]
        md.append(f"Adding 10 documents to the full store ({f['documents']} documents, "
                  f"{f['documents'] / t['documents']:.0f}× the tenth) took {fa['10']['s'] / t10['s']:.1f}× the time "
                  f"of adding them to the tenth ({fa['10']['store_s'] / t10['store_s']:.1f}× for the store's part); "
                  f"on the full store, 20 and 40 documents took {fa['20']['s'] / fa['10']['s']:.1f}× and "
                  f"{fa['40']['s'] / fa['10']['s']:.1f}× the time of 10. Extraction alone of 10, 20, 40 documents: "
                  f"{ex['10']:.2f}, {ex['20']:.2f}, {ex['40']:.2f} s. "
                  + ("No add read a stored mention row (every touched name kept its IRI). "
                     if not any(a["mention_rows_read"] for r in st.values() for a in r["adds"].values())
                     else "Stored mention rows were read only for names whose IRI changed (see the table). ")
                  + "A full build of the stores took "
                  + ", ".join(f"{st[x]['build_s']:.0f} s" for x in ("tenth", "half", "full")) + ".")
        md.append("")
        md.append("| store | add the same 10 again | remove the 10 (names redone) |")
        md.append("|---|---|---|")
        for label in ("tenth", "half", "full"):
            r = st[label]
            md.append(f"| {label} | {r['add_again_s'] * 1000:.0f} ms ({r['added_again']} added) "
                      f"| {r['remove10_s']:.2f} s ({r['remove10_names']}) |")
        md.append("")
        md.append("Removal has no cost target: it recomputes each touched name from the mentions left, so it "
                  "grows with the stored mentions of those names.")
    md.append("")
    return md


def write_section(path: Path, body: list[str]) -> None:
    """Replace (or append) the store section of ``path``, keeping everything else."""
    replace_section(path, START, END, body)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", default="100000,1000000", help="synthetic sizes in triples")
    p.add_argument("--timeout", type=float, default=20.0, help="seconds before a memory-store query is stopped")
    p.add_argument("--repeat", type=int, default=3, help="runs of each query (best is kept)")
    p.add_argument("--pfr-limit", type=int, default=None, help="use only the first N PFR records")
    p.add_argument("--no-pfr", action="store_true")
    p.add_argument("--no-write", action="store_true")
    p.add_argument("--ox-timeout", type=float, default=120.0, help="seconds before an Oxigraph query is stopped")
    p.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "ug-bench-store",
                   help="folder keeping the synthetic N-Triples files between runs")
    p.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        kind, rest = args.child[0], args.child[1:]
        if kind == "memory":
            print(json.dumps(_run_memory(rest[0], float(rest[1]), int(rest[2]))))
        elif kind == "ox-load":
            print(json.dumps(_ox_load(rest[0], rest[1])))
        else:
            print(json.dumps(_ox_query(rest[0], rest[1], int(rest[2]))))
        return 0
    cmd = " ".join(["python benchmarks/store.py", *(sys.argv[1:] if argv is None else argv)])
    results = []
    args.cache.mkdir(parents=True, exist_ok=True)
    for size in [int(s) for s in args.sizes.split(",") if s.strip()]:
        t0 = time.perf_counter()
        nt, n = write_synthetic(size, args.cache)
        print(f"synthetic {n} triples ready in {time.perf_counter() - t0:.1f}s", flush=True)
        entry: dict[str, Any] = {"triples": n}
        entry["oxigraph"] = measure_oxigraph(nt, args.ox_timeout, args.repeat)
        print(json.dumps(entry["oxigraph"], ensure_ascii=False), flush=True)
        entry["memory"] = measure_memory(nt, args.timeout, args.repeat)
        print(json.dumps(entry["memory"], ensure_ascii=False), flush=True)
        results.append(entry)
    pfr = None if args.no_pfr else pfr_incremental(args.pfr_limit)
    if pfr is not None:
        print(json.dumps(pfr), flush=True)
    body = report(results, pfr, args.timeout, cmd, args.ox_timeout)
    print("\n".join(body))
    if not args.no_write:
        write_section(RESULTS, body)
    return 0


if __name__ == "__main__":
    sys.exit(main())
