"""The packaged PER/LOC/ORG tagger alone: scores, throughput, and jieba posseg's speed beside it.

Run from anywhere::

    python benchmarks/tagger.py [--repeat 3] [--limit N] [--model PATH]

Data, read from ``../shared/data`` next to the repository checkout (never copied into the repo;
a set that is absent is skipped with a note):

- PFR People's Daily 1998-01, days 21-31 (``corpus/pfr1998_01/articles.jsonl``; the tagger was
  trained on days 1-20 only), one ``tag`` call per article;
- the MSRA NER test set (``ner/msra/test.bio``), one call per segment;
- CLUENER2020 dev (``ner/cluener2020/dev.jsonl``; name→PER, company/organization/government→ORG,
  address→LOC, other labels ignored), one call per record.

Scores are exact-span precision/recall/F1 over PER/LOC/ORG (micro) and per type.
Throughput is characters per second of ``NameTagger.tag`` over the PFR held-out article texts,
and of ``jieba.posseg.cut`` (consumed to the end) over the same texts in the same process, the
two alternating ``--repeat`` times; the fastest run of each is kept and their ratio printed.
Dictionaries and the model are loaded before timing. A model with word features (``--words``)
cuts each text with jieba inside the timed run (the words remembered from earlier runs are
forgotten first); in the extractor the tokenizer's cut of the same article is reused. Memory: the process's resident set before
and after loading the model, and the bytes Python allocated for it (tracemalloc).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from collections import Counter
from pathlib import Path

from uniongraph.evaluate.data import shared_data

ROOT = Path(__file__).resolve().parents[1]
SHARED = shared_data(ROOT)
PFR = SHARED / "corpus" / "pfr1998_01" / "articles.jsonl"
MSRA_TEST = SHARED / "ner" / "msra" / "test.bio"
CLUENER_DEV = SHARED / "ner" / "cluener2020" / "dev.jsonl"
CLUENER_MAP = {"name": "PER", "company": "ORG", "organization": "ORG", "government": "ORG", "address": "LOC"}

Example = tuple[str, list[tuple[int, int, str]]]


def rss_mib() -> float:
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def pfr_held_out(limit: int | None) -> list[Example]:
    out = []
    with PFR.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            art = json.loads(line)
            if int(art["id"][10:12]) > 20:  # pfr-YYYYMMDD-…: days 21-31
                out.append((art["text"], [(e["start"], e["end"], e["type"]) for e in art["entities"]]))
    out.sort(key=lambda ex: ex[0])
    return out[:limit] if limit else out


def msra_test(limit: int | None) -> list[Example]:
    out, chars, tags = [], [], []

    def flush() -> None:
        if not chars:
            return
        spans, start, cur = [], -1, ""
        for i, tag in enumerate(tags + ["O"]):
            if cur and not (tag.startswith("I-") and tag[2:] == cur):
                spans.append((start, i, cur))
                cur = ""
            if tag.startswith("B-") or (tag.startswith("I-") and not cur):
                start, cur = i, tag[2:]
        out.append(("".join(chars), spans))
        chars.clear()
        tags.clear()

    with MSRA_TEST.open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 2:
                chars.append(parts[0])
                tags.append(parts[1])
            elif not parts:
                flush()
    flush()
    return out[:limit] if limit else out


def cluener_dev(limit: int | None) -> list[Example]:
    out = []
    with CLUENER_DEV.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            spans = [(s, e + 1, CLUENER_MAP[kind]) for kind, ents in (rec.get("label") or {}).items()
                     if kind in CLUENER_MAP for positions in ents.values() for s, e in positions]
            out.append((rec["text"], sorted(spans)))
    return out[:limit] if limit else out


def score(tag, examples: list[Example]) -> dict:  # noqa: ANN001
    tp: Counter = Counter()
    gold: Counter = Counter()
    pred: Counter = Counter()
    for text, spans in examples:
        g, p = set(spans), set(tag(text))
        gold.update(s[2] for s in g)
        pred.update(s[2] for s in p)
        tp.update(s[2] for s in g & p)

    def prf(t: int, ng: int, np_: int) -> tuple[float, float, float]:
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    res = {lab: prf(tp[lab], gold[lab], pred[lab]) for lab in ("PER", "LOC", "ORG")}
    res["all"] = prf(sum(tp.values()), sum(gold.values()), sum(pred.values()))
    res["gold"] = sum(gold.values())
    return res


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=3, help="timed runs of each (the fastest is kept)")
    ap.add_argument("--limit", type=int, help="first N records of each set")
    ap.add_argument("--model", type=Path, help="a model zip other than the packaged one")
    args = ap.parse_args(argv)

    sys.path.insert(0, str(ROOT / "src"))
    rss0 = rss_mib()
    tracemalloc.start()
    t0 = time.perf_counter()
    from uniongraph.extraction.tagger import MODEL_FILE, NameTagger

    tagger = NameTagger.from_file(args.model) if args.model else NameTagger.load()
    load_s = time.perf_counter() - t0
    py_bytes = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    rss1 = rss_mib()
    model_path = args.model or ROOT / "src" / "uniongraph" / "models" / MODEL_FILE
    print(f"model: {model_path} ({Path(model_path).stat().st_size / 1e6:.2f} MB on disk)")
    print(f"load: {load_s:.2f}s (import + read); resident memory {rss0:.0f} -> {rss1:.0f} MiB "
          f"(+{rss1 - rss0:.0f} MiB, incl. numpy's import); Python allocations held: {py_bytes / 2**20:.1f} MiB")

    sets = [("PFR days 21-31", PFR, pfr_held_out), ("MSRA test", MSRA_TEST, msra_test),
            ("CLUENER dev (mapped)", CLUENER_DEV, cluener_dev)]
    loaded = {}
    print("\nscores (exact spans, micro over PER/LOC/ORG; per-type F1):")
    for name, path, reader in sets:
        if not path.is_file():
            print(f"  {name}: {path} absent: skipped")
            continue
        exs = reader(args.limit)
        loaded[name] = exs
        res = score(tagger.tag, exs)
        p, r, f = res["all"]
        per_type = "  ".join(f"{lab} {res[lab][2]:.3f}" for lab in ("PER", "LOC", "ORG"))
        print(f"  {name:<22} P {p:.3f}  R {r:.3f}  F1 {f:.3f}   ({per_type}; {res['gold']} gold spans)")

    if "PFR days 21-31" not in loaded:
        print("\nthroughput: the PFR corpus is absent: not measured")
        return 0
    texts = [t for t, _ in loaded["PFR days 21-31"]]
    n_chars = sum(map(len, texts))
    import jieba
    import jieba.posseg as pseg

    jieba.setLogLevel(60)
    jieba.initialize()
    list(pseg.cut("北京市总工会"))  # posseg's own tables loaded before timing
    runs: dict[str, list[float]] = {"tagger": [], "posseg": []}
    for _ in range(args.repeat):
        t = time.perf_counter()  # (a model with word features cuts each text with jieba: timed too)
        for text in texts:
            tagger.tag(text)
        runs["tagger"].append(time.perf_counter() - t)
        t = time.perf_counter()
        for text in texts:
            for _ in pseg.cut(text):
                pass
        runs["posseg"].append(time.perf_counter() - t)
    speed = {k: n_chars / min(v) for k, v in runs.items()}
    print(f"\nthroughput on PFR days 21-31 ({len(texts)} articles, {n_chars:,} characters; "
          f"fastest of {args.repeat} alternating runs):")
    for k, v in runs.items():
        print(f"  {k:<7} {speed[k]:>10,.0f} chars/s   (runs: {', '.join(f'{s:.2f}s' for s in v)})")
    print(f"  ratio   tagger / jieba posseg = {speed['tagger'] / speed['posseg']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
