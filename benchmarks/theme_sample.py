"""Stated relations on the People's Daily theme articles: how many per article, and a seeded
sample of them for a hand check of precision.

    python benchmarks/theme_sample.py --out /tmp/theme-sample.tsv      # build, count, sample 100
    python benchmarks/theme_sample.py --score judged.tsv                # precision of a judged sample
    python benchmarks/theme_sample.py --record benchmarks/gold/pfr-theme-precision-seed59.tsv \
        --per-article 2.49 --commit 0c478f4 --seed 59     # the latest hand check into RESULTS.md

The sample file holds each relation's sentence so that a judge can read it; it quotes the
corpus, so it is written outside the project (the corpus is third-party: only counts and
verdicts without sentences go into ``benchmarks/gold/``). A judged file is the sample with a
``verdict`` column (``correct`` or ``wrong``) and a ``reason`` column.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

from uniongraph.evaluate.data import shared_data

ROOT = Path(__file__).resolve().parents[1]
THEME = shared_data(ROOT) / "corpus" / "pfr1998_01" / "articles_theme.jsonl"
FIELDS = ["n", "head", "relation", "tail", "rule", "article", "sentence"]


def build(out: Path) -> dict:
    subprocess.run([sys.executable, "-m", "uniongraph.cli", "build", str(THEME), "--out", str(out), "--quiet"],
                   check=False, capture_output=True)
    return json.loads((out / "graph.json").read_text(encoding="utf-8"))


def sample(graph: dict, n: int, seed: int) -> list[dict[str, str]]:
    """One row per (relation, evidence) pair drawn at random: a stated fact as one sentence says it."""
    pairs = [(r, ev) for r in graph["relations"] for ev in r.get("evidence", [])]
    pairs.sort(key=lambda p: (p[0]["head"], p[0]["relation"], p[0]["tail"], p[1]["article"], p[1].get("start", 0)))
    rows = []
    for i, (r, ev) in enumerate(random.Random(seed).sample(pairs, min(n, len(pairs))), 1):
        rows.append({"n": str(i), "head": r["head"], "relation": r["relation"], "tail": r["tail"],
                     "rule": ev.get("rule", ""), "article": ev.get("article", ""), "sentence": ev.get("sentence", "")})
    return rows


def per_article(graph: dict) -> tuple[float, float]:
    """Stated relations per article: merged facts over articles, and (fact, article) pairs over articles."""
    articles = len(graph["articles"]) or 1
    pairs = {(r["head"], r["relation"], r["tail"], ev.get("article")) for r in graph["relations"] for ev in r.get("evidence", [])}
    return len(graph["relations"]) / articles, len(pairs) / articles


def score(path: Path) -> str:
    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    ok = Counter(r["relation"] for r in rows if r["verdict"].strip() == "correct")
    total = Counter(r["relation"] for r in rows)
    lines = [f"{sum(ok.values())} / {len(rows)} correct: precision {sum(ok.values()) / max(len(rows), 1):.2f}", "",
             "| relation | correct | total | precision |", "|---|---:|---:|---:|"]
    lines += [f"| {rel} | {ok[rel]} | {total[rel]} | {ok[rel] / total[rel]:.2f} |" for rel in sorted(total)]
    return "\n".join(lines)


def guideline_score(rows: list[dict[str, str]]) -> tuple[int, Counter]:
    """Correct by the guideline (column ``guideline``, else the strict verdict), per relation."""
    ok = Counter(r["relation"] for r in rows if (r.get("guideline") or r["verdict"]).strip() == "correct")
    return sum(ok.values()), ok


def record(path: Path, per_article: str, commit: str, seed: int, results: Path) -> None:
    """Write the latest hand check (a judged file without sentences, as kept in benchmarks/gold/)
    as the theme section of ``results``: strict and guideline precision, by relation."""
    from results_file import replace_section

    rows = list(csv.DictReader(path.open(encoding="utf-8"), delimiter="\t"))
    strict = Counter(r["relation"] for r in rows if r["verdict"].strip() == "correct")
    by_guideline, guide = guideline_score(rows)
    total = Counter(r["relation"] for r in rows)
    shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
    lines = ["## PFR theme subset: stated relations and their precision, checked by hand", "",
             f"Stated relations per article on `articles_theme.jsonl`: {per_article} (at {commit}; "
             "`python benchmarks/theme_sample.py`). A helper judged a seeded sample of 100 of them by hand against "
             "`../shared/design/annotation.md` (history and error classes: `benchmarks/gold/pfr-theme-precision.md`; "
             f"verdicts: `{shown}`; "
             f"command: `python benchmarks/theme_sample.py --record {shown} --per-article {per_article} "
             f"--commit {commit} --seed {seed}`).", "",
             f"Seed {seed}: **{sum(strict.values())} / {len(rows)}** correct strictly (the sentence alone states it), "
             f"**{by_guideline} / {len(rows)}** by the guideline (what the article named before counts).", "",
             "| relation | strict | by the guideline | sampled |", "|---|---:|---:|---:|"]
    lines += [f"| {rel} | {strict[rel]} | {guide[rel]} | {total[rel]} |" for rel in sorted(total, key=lambda r: (-total[r], r))]
    replace_section(results, "<!-- theme:start -->", "<!-- theme:end -->", lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, help="write the sample (TSV with sentences) here, outside the project")
    ap.add_argument("--n", type=int, default=100)
    ap.add_argument("--seed", type=int, default=20261204)
    ap.add_argument("--score", type=Path, help="a judged sample: print its precision")
    ap.add_argument("--record", type=Path, help="a judged sample without sentences (benchmarks/gold/…): write it "
                                                "into RESULTS.md's theme section (with --per-article, --commit, --seed)")
    ap.add_argument("--per-article", default="?", help="stated relations per article when the sample was drawn")
    ap.add_argument("--commit", default="?", help="the commit the sample was drawn at")
    ap.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "RESULTS.md")
    args = ap.parse_args()
    if args.score:
        print(score(args.score))
        return
    if args.record:
        record(args.record.resolve(), args.per_article, args.commit, args.seed, args.results)
        print(f"wrote the theme section of {args.results}")
        return
    if not THEME.is_file():
        sys.exit(f"skipped: {THEME} is absent")
    with tempfile.TemporaryDirectory() as tmp:
        graph = build(Path(tmp))
    facts, pairs = per_article(graph)
    print(f"{len(graph['articles'])} articles, {len(graph['relations'])} stated relations: "
          f"{facts:.2f} per article ({pairs:.2f} counting each article that states a fact)")
    print("by relation:", dict(Counter(r["relation"] for r in graph["relations"]).most_common()))
    if args.out:
        rows = sample(graph, args.n, args.seed)
        with args.out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, FIELDS, delimiter="\t")
            w.writeheader()
            w.writerows(rows)
        print(f"wrote {len(rows)} sampled relations to {args.out}")


if __name__ == "__main__":
    main()
