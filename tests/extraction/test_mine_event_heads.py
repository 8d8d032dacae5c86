"""scripts/mine_event_heads.py: the evidence behind event heads, on a corpus written for the test."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "mine_event_heads.py"


def test_lists_what_no_head_covers_and_not_what_one_does(tmp_path: Path) -> None:
    corpus = tmp_path / "news.jsonl"
    texts = ["双方举行了会谈。", "区总工会召开了职工代表大会。", "双方举行了会谈。"]
    corpus.write_text("".join(json.dumps({"text": t}, ensure_ascii=False) + "\n" for t in texts), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCRIPT), str(corpus)], capture_output=True, text=True, check=True).stdout
    governed = out.split("# nouns")[0]
    assert "2\t会谈" in governed.splitlines()  # counted, most frequent first
    assert "代表大会" not in governed  # 职工代表大会 ends in a head


def test_a_missing_corpus_is_skipped(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "none.jsonl")], capture_output=True, text=True)
    assert done.returncode == 0 and "no such corpus" in done.stderr
