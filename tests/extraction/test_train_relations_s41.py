"""The training script of the learned relation classifier (``scripts/train_relations.py``): which
annotated sets it reads (never a blind one) and that it writes the same file from the same
inputs. Gold folders and examples here are invented in a temporary directory."""

from __future__ import annotations

import importlib.util
import json
import pickle
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

#: the blind sets: never training data
BLIND = re.compile(r"^(?:union-test\d*|pfr-test\d*|union-dev17)$")


def _training_script():
    spec = importlib.util.spec_from_file_location("train_relations", ROOT / "scripts" / "train_relations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_relations"] = module
    spec.loader.exec_module(module)
    return module


def test_the_set_lists_name_no_blind_set():
    train = _training_script()
    assert not [s for s in (*train.SETS, *train.UNION_SETS) if BLIND.match(s)]
    assert train.UNION_SETS == ("union-dev", *(f"union-dev{k}" for k in range(2, 14)))
    assert all(re.fullmatch(r"pfr-dev\d*", s) for s in train.SETS)


def test_training_reads_the_union_dev_folders_and_never_a_blind_one(tmp_path, monkeypatch):
    train = _training_script()
    for folder in ("union-dev", "union-dev2", "union-dev13", "union-dev16", "union-dev17", "union-test", "union-test2", "pfr-test"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "page-01.md").write_text("# 标题\n正文。\n", encoding="utf-8")
        (tmp_path / folder / "page-01.json").write_text("{}", encoding="utf-8")
    read: list[str] = []
    monkeypatch.setattr(train, "GOLD", tmp_path)
    monkeypatch.setattr(train, "PFR", tmp_path / "absent.jsonl")
    monkeypatch.setattr(train, "DEVSET", tmp_path / "no-devset")
    monkeypatch.setattr(train, "read_document", lambda path: read.append(Path(path).parent.name) or path)
    monkeypatch.setattr(train, "extract_document", lambda doc: doc)
    sets = [name for name, _, _ in train.training_documents()]
    assert sets == ["union-dev", "union-dev2", "union-dev13"]
    assert read == sets


def _rows(seed: int) -> list:
    """Invented candidate pairs: ``gap=出席`` states participation, ``gap=家乡`` does not."""
    rows = []
    for k in range(30):
        telling = "gap=出席" if (k + seed) % 3 else "gap=家乡"
        rows.append(("participatesIn", ["bias", telling, f"n{k % 4}"], telling == "gap=出席", k % 5 == 0,
                     (f"a{seed}", k, k, f"p{k}", "participatesIn", "e")))
    return rows


def test_training_twice_writes_the_same_file(tmp_path):
    train = _training_script()
    cache = tmp_path / "examples.pkl"
    with open(cache, "wb") as fh:
        pickle.dump({"union-dev": _rows(0), "union-dev2": _rows(1), "pfr-dev": _rows(2)}, fh)
    args = ["--examples-cache", str(cache), "--min-stated", "5"]
    train.main([*args, "--out", str(tmp_path / "one.json")])
    train.main([*args, "--out", str(tmp_path / "two.json")])
    one = (tmp_path / "one.json").read_bytes()
    assert one == (tmp_path / "two.json").read_bytes()
    assert json.loads(one)["weights"]["participatesIn"]["gap=出席"] > 0


def test_the_residual_report_sums_by_kind_of_text(tmp_path):
    train = _training_script()
    lines: list[str] = []
    by_set = {"union-dev": _rows(0), "union-dev2": _rows(1), "pfr-dev": _rows(2)}
    fams = train.residual_report(by_set, report=lines.append)
    assert set(fams) == {"union", "pfr"}
    # the pairs the patterns related (every fifth) are not what the model adds
    assert sum(len(v) for v in fams["union"].values()) < len(_rows(0)) + len(_rows(1))
    assert any(line.startswith("participatesIn     union") for line in lines)
