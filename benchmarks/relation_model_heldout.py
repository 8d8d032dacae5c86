"""What the learned relation classifier adds on a development set it was not trained on.

Run from the repository root::

    python benchmarks/relation_model_heldout.py                      # every PFR development set
    python benchmarks/relation_model_heldout.py --sets pfr-dev10,pfr-dev11 --relations participatesIn,worksFor

For each development set S: ``scripts/train_relations.py --exclude S`` trains a model without S
(its thresholds chosen leaving one of the other sets out at a time), and S is scored (relation
P/R/F1, as ``benchmarks/quality.py --only S`` scores it) three ways: the patterns alone
(``UNIONGRAPH_RELATION_MODEL=off``), the shipped model, the new model without S; with how many
of the facts each model added (rules ``learned-…``) were right. Only development sets: a blind
test set is refused. The candidate pairs are extracted once (a pickle in a temporary folder).

Note that the patterns were written from these same sets, so what they leave to the model on them
is less, and harder, than on text nobody has read yet.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import quality  # noqa: E402

#: the sets the classifier trains on and this leaves out one at a time (the invented union pages
#: are not among them: the shipped model has never seen them, so quality.py measures them as they are)
PFR_DEV_SETS = tuple(key for key in quality.DEV_SETS if key in quality.REAL_SETS)

_SCORE = """
import json, sys
sys.path.insert(0, {bench!r})
import quality
md, text, total = quality.run_real({key!r})
print(text)
print("RULES " + json.dumps(quality.RULE_COUNTS.get({key!r}, {{}}), ensure_ascii=False))
"""


def score(key: str, model: str) -> tuple[tuple[float, float, float], tuple[int, int]]:
    """Relation (P, R, F1) of development set ``key`` with ``model`` (a path, ``off``, or "" for the
    shipped one), and (right, all) of the facts the learned rules added."""
    env = dict(os.environ, UNIONGRAPH_RELATION_MODEL=model)
    out = subprocess.run([sys.executable, "-c", _SCORE.format(bench=str(ROOT / "benchmarks"), key=key)],
                         env=env, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    m = re.search(r"^  relations\s+P ([\d.]+) R ([\d.]+) F1 ([\d.]+)", out, re.M)
    rules = json.loads(out.split("RULES ", 1)[1])
    added = [v for k, v in rules.items() if k.startswith("learned-")]
    return tuple(float(x) for x in m.groups()), (sum(a[0] for a in added), sum(a[1] for a in added))  # type: ignore[return-value]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sets", default=",".join(PFR_DEV_SETS), help="comma-separated PFR development sets")
    ap.add_argument("--relations", default="participatesIn", help="passed to train_relations.py")
    ap.add_argument("--min-stated", default="50", help="passed to train_relations.py")
    args = ap.parse_args(argv)
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    bad = [s for s in sets if s not in PFR_DEV_SETS]
    if bad:
        ap.error(f"not a PFR development set: {', '.join(bad)} (the model trains on those only; "
                 "blind sets are never scored here)")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT / "src"), os.environ.get("PYTHONPATH")])))
    os.environ.update(env)
    print("| set | patterns only P / R / F1 | shipped model | new model without the set | shipped adds (right / all) "
          "| new adds (right / all) |")
    print("|---|---|---|---|---|---|")
    totals = {"shipped": [0, 0], "new": [0, 0]}
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp) / "examples.pkl"
        for key in sets:
            model = Path(tmp) / f"without-{key}.json"
            subprocess.run([sys.executable, str(ROOT / "scripts" / "train_relations.py"), "--examples-cache", str(cache),
                            "--exclude", key, "--relations", args.relations, "--min-stated", args.min_stated,
                            "--out", str(model)], env=env, check=True, capture_output=True)
            off, _ = score(key, "off")
            shipped, s_added = score(key, "")
            new, n_added = score(key, str(model))
            for name, a in (("shipped", s_added), ("new", n_added)):
                totals[name][0] += a[0]
                totals[name][1] += a[1]
            cells = ["%.3f / %.3f / **%.3f**" % prf for prf in (off, shipped, new)]
            print(f"| {key} | " + " | ".join(cells) + f" | {s_added[0]} / {s_added[1]} | {n_added[0]} / {n_added[1]} |",
                  flush=True)
    print(f"\nadded facts right / all, over the sets: shipped {totals['shipped'][0]} / {totals['shipped'][1]}, "
          f"new without the set {totals['new'][0]} / {totals['new'][1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
