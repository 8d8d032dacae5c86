"""List candidate event heads from a real news corpus: the last words of what 举行/召开/参加…
govern, and words ending like an event noun (…赛, …会, …班, …战), that ``event_heads.tsv`` does
not cover yet, by frequency. A person decides which are kinds of event (邀请赛, 招待会) and which
are not (参赛, 委员会); the list is evidence for the lexicon, not the lexicon.

    python scripts/mine_event_heads.py [articles.jsonl] [--top 60]

The default corpus is People's Daily, January 1998 (``../shared/data/corpus/pfr1998_01``).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from uniongraph.evaluate.data import shared_data  # noqa: E402
from uniongraph.extraction.lexicon import load_lexicons  # noqa: E402
from uniongraph.extraction.tokens import tokenize  # noqa: E402

#: a verb that holds or attends an event, and its object up to a clause mark
_GOVERNED = re.compile(r"(?:举行|举办|召开|开展|参加|出席|主持)(?:了|的)?([\u4e00-\u9fff“”0-9０-９]{2,25}?)(?=[。，、；！）])")
#: last characters of event nouns
_EVENT_FINALS = "赛会式礼节展班战卖"
#: tags of words that are no nouns (参赛, 开会: verbs)
_VERB_TAGS = ("v", "vn", "vd", "ad", "d", "u", "un", "l", "i", "m", "t")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default=str(shared_data(ROOT) / "corpus" / "pfr1998_01" / "articles.jsonl"))
    ap.add_argument("--top", type=int, default=60)
    args = ap.parse_args(argv)
    path = Path(args.corpus)
    if not path.exists():
        print(f"{path}: no such corpus (skipped)", file=sys.stderr)
        return 0
    heads = tuple(sorted(load_lexicons().event_heads, key=len, reverse=True))
    governed: collections.Counter[str] = collections.Counter()
    nouns: collections.Counter[str] = collections.Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line).get("text", "")
            for m in _GOVERNED.finditer(text):
                if not m.group(1).endswith(heads):
                    words = tokenize(m.group(1))
                    if words:
                        governed[words[-1].word] += 1
            for t in tokenize(text):
                if len(t.word) >= 2 and t.word[-1] in _EVENT_FINALS and t.pos not in _VERB_TAGS \
                        and not t.word.endswith(heads):
                    nouns[t.word] += 1
    print("# last words of governed objects no head covers")
    for w, n in governed.most_common(args.top):
        print(n, w, sep="\t")
    print("# nouns ending like an event noun, no head covers")
    for w, n in nouns.most_common(args.top * 3):
        print(n, w, sep="\t")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
