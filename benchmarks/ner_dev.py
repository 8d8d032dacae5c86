"""NER development scorer: the extractor against the tagger alone on data the tagger never saw.

Run from the repository root (needs python-crfsuite, because it reuses the training script's own
readers and its seeded sample)::

    python benchmarks/ner_dev.py [--n 3000] [--examples 8] [--set msra|pfr] [--dump errors.tsv]

- ``msra``: the MSRA training segments that ``scripts/train_tagger.py`` did *not* sample for the
  shipped model (same file, same reader, same seed and fraction: the other 40 %), less any whose
  text equals a sampled one; the first ``--n`` of them in file order.
- ``pfr``: PFR days 1-20 (the tagger was trained on them, so only the extractor's figures and
  its errors are meaningful there; the tagger's are optimistic).

Never the MSRA test set, PFR days 21-31 or any blind set. Prints exact-span P/R/F1 of the
extractor (as ``benchmarks/quality.py`` maps mentions to spans) and of the tagger alone, then a
table of the extractor's errors by class: the mention's source, PER/LOC/ORG, and whether the span
is too long / too short / shifted / of the wrong type / false (no gold span overlaps it) / missed
(no predicted span overlaps the gold one), with a column counting the errors where the tagger alone
had the gold span exactly.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def _train_script():
    spec = importlib.util.spec_from_file_location("train_tagger", ROOT / "scripts" / "train_tagger.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def msra_unused(n: int, seed: int = 20240601, fraction: float = 0.6) -> list[tuple[str, list]]:
    """The MSRA train segments the shipped model did not sample (train_tagger.main's own draw:
    the rng is seeded once and drawn first for MSRA, one draw per kept segment)."""
    tt = _train_script()
    exs = tt.msra_train(None)
    rng = random.Random(seed)
    used, unused = [], []
    for ex in exs:
        (used if rng.random() < fraction else unused).append(ex)
    used_texts = {t for t, _ in used}
    unused = [ex for ex in unused if ex[0] not in used_texts]
    return unused[:n]


def pfr_dev(n: int) -> list[tuple[str, list]]:
    """A seeded sample of ``n`` PFR articles of days 1-20 (the days the tagger was trained on)."""
    from uniongraph.evaluate.data import pfr_articles

    path = pfr_articles(ROOT)
    recs = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    recs = sorted((r for r in recs if r["date"] <= "1998-01-20"), key=lambda r: r["id"])
    random.Random(7).shuffle(recs)
    return [(r["text"], [(e["start"], e["end"], e["type"]) for e in r["entities"]]) for r in recs[:n]]


def extractor_spans(text: str) -> dict[tuple[int, int, str], str]:
    """Predicted spans with the source of the mention that gave each (as uniongraph_predictor)."""
    from uniongraph.evaluate.predictors import UG_TO_SPAN, flat_mentions
    from uniongraph.extraction.pipeline import extract_text

    art = extract_text(text)
    out: dict[tuple[int, int, str], str] = {}
    for m in flat_mentions(art.mentions, art.text):
        lab = UG_TO_SPAN.get(m.type)
        if lab is not None:
            out.setdefault((m.start, m.end, lab), m.source or "?")
    return out


def prf(tp: int, npred: int, ngold: int) -> str:
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f"P {p:.3f} R {r:.3f} F1 {f:.3f}  (tp {tp}, pred {npred}, gold {ngold})"


def classify(span, gold: set) -> str:
    s, e, lab = span
    over = [g for g in gold if g[0] < e and s < g[1]]
    if not over:
        return "false"
    same = [g for g in over if g[2] == lab]
    if not same:
        return "wrong-type" if any((g[0], g[1]) == (s, e) for g in over) else "overlaps-other-type"
    g = same[0]
    if s <= g[0] and g[1] <= e:
        return "too-long"
    if g[0] <= s and e <= g[1]:
        return "too-short"
    return "shifted"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--n", type=int, default=3000, help="MSRA segments (with --set pfr: n / 10 PFR articles)")
    ap.add_argument("--set", default="msra", choices=["msra", "pfr"])
    ap.add_argument("--examples", type=int, default=6)
    ap.add_argument("--dump", help="write every error as TSV here")
    args = ap.parse_args(argv)

    from uniongraph.extraction import voting
    from uniongraph.extraction.tagger import NameTagger

    data = msra_unused(args.n) if args.set == "msra" else pfr_dev(max(1, args.n // 10))
    texts = [t for t, _ in data]
    tagged = NameTagger.load().tag_many(texts)
    voting.pretag(texts)
    tp = Counter(); npred = Counter(); ngold = Counter()
    ttp = Counter(); tpred = Counter()
    table: Counter = Counter()
    tagger_right: Counter = Counter()
    examples: dict = defaultdict(list)
    dump = []
    for (text, gold_l), tspans in zip(data, tagged):
        gold = set(gold_l)
        pred = extractor_spans(text)
        tset = set(tspans)
        for g in gold:
            ngold[g[2]] += 1
        for p in pred:
            npred[p[2]] += 1
            tp[p[2]] += p in gold
        for p in tset:
            tpred[p[2]] += 1
            ttp[p[2]] += p in gold
        for p, src in pred.items():
            if p in gold:
                continue
            cls = classify(p, gold)
            key = (src, p[2], cls)
            table[key] += 1
            over = [g for g in gold if g[0] < p[1] and p[0] < g[1]]
            right = any(g in tset for g in over)  # the tagger alone had a gold span of this error
            tagger_right[key] += right
            ctx = text[max(0, p[0] - 6):p[0]] + "[" + text[p[0]:p[1]] + "]" + text[p[1]:p[1] + 6]
            gs = ",".join(text[g[0]:g[1]] + "/" + g[2] for g in over)
            examples[key].append(f"{ctx} gold {gs or '-'}{' T' if right else ''}")
            dump.append("\t".join([src, p[2], cls, text[p[0]:p[1]], gs, str(right), ctx]))
        for g in gold:
            if g in pred or any(q[0] < g[1] and g[0] < q[1] for q in pred):
                continue
            key = ("-", g[2], "missed")
            table[key] += 1
            tagger_right[key] += g in tset
            ctx = text[max(0, g[0] - 6):g[0]] + "[" + text[g[0]:g[1]] + "]" + text[g[1]:g[1] + 6]
            examples[key].append(ctx + (" T" if g in tset else ""))
            dump.append("\t".join(["-", g[2], "missed", text[g[0]:g[1]], "", str(g in tset), ctx]))
    print(f"{args.set}: {len(data)} texts, {sum(len(t) for t in texts):,} characters")
    for name, a, b in (("extractor", tp, npred), ("tagger", ttp, tpred)):
        print(f"{name:10s} all  {prf(sum(a.values()), sum(b.values()), sum(ngold.values()))}")
        for lab in ("PER", "LOC", "ORG"):
            print(f"{name:10s} {lab}  {prf(a[lab], b[lab], ngold[lab])}")
    print("\nextractor errors (source, type, class): count, of which the tagger alone had the gold span")
    for key, n in table.most_common():
        if n < 2 and args.examples < 50:
            continue
        print(f"{n:5d} {tagger_right[key]:5d}  {' / '.join(key)}")
        for ex in examples[key][: args.examples]:
            print("             " + ex)
    if args.dump:
        Path(args.dump).write_text("\n".join(dump) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
