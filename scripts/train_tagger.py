"""Train the character-level PER/LOC/ORG tagger shipped in ``src/uniongraph/models/``.

Run from the repository root (or anywhere)::

    python scripts/train_tagger.py                 # train, write the model, print the scores
    python scripts/train_tagger.py --eval-only     # score the model file as it is

The same inputs give the same model file, byte for byte: the training sequences are read in a
fixed order (PFR articles sorted by id, the other sets in file order), any subsampling uses a
fixed seed, the features come from ``uniongraph.extraction.tagger.features`` (one fixed order of
templates), and CRFsuite's L-BFGS is deterministic on one thread.

The defaults are the shipped model's settings: PFR days 1-20 given twice (its weight), a seeded
60 % of the MSRA train segments and 50 % of the CLUENER train texts, L-BFGS for 100 iterations
with c1 = 0.03 (L1: most attributes end at zero weight, so the model is small) and c2 = 0.01,
character features only. Tried and not shipped (``src/uniongraph/models/README.md``):
``--lexicon`` adds lexicon features (gazetteer places, organisation heads and surnames from
``src/uniongraph/lexicons``, their word lists stored in the model zip), and
``--msra-drop-single LOC,ORG`` drops MSRA's one-character spans of those labels (中/美 as LOC:
PFR does not mark them), and ``--words`` (with ``--word-tags``) adds word features from jieba's
cut of each sentence as written: each character's B/M/E/S place in its word and the word's
length (and the word's class in jieba's dictionary; ``tagger.SEG_TEMPLATES``,
``SEG_TAG_TEMPLATES``). Both gained on PFR and MSRA held out and broke short test sentences
where jieba's cut or tags are wrong. It takes about 20-40 minutes on two cores, depending on what else runs. Training data (each set is skipped, with a note, when
its file is missing); fetched texts found verbatim in PFR days 21-31 are dropped:

- ``pfr``: People's Daily January 1998 (``../shared/data/corpus/pfr1998_01/articles.jsonl``),
  articles dated 1998-01-01 .. 1998-01-20 only. Days 21-31 are held out for testing.
- ``msra``: the MSRA (SIGHAN 2006) NER training set, character BIO, as the first 50,658
  segments of ``dh_msra.txt`` in ``datasets/dh_msra/dh_msra.zip`` of SophonPlus/ChineseNlpCorpus.
  That file is the zh-NER-TF train file followed by its test file; the test part (= the MSRA test
  set used for evaluation) is cut off and checked to be exactly the evaluation file when that is
  present, and any training segment equal to a test segment is dropped.
- ``cluener``: the CLUENER2020 *train* set (never dev), from GuocaiL/nlp_corpus
  ``open_ner_data/cluener_public/train.txt``; name -> PER, company/organization/government -> ORG,
  address -> LOC, other labels dropped. A record whose text is also in CLUENER dev is dropped.

Where a file is not at the path given, the script looks in ``/tmp/nerdata/`` and then in the
``fetch`` mirror (``/work/.mirror/<owner>+<name>``) at the recorded commit. Origins, commits and
sha256 sums are in ``src/uniongraph/models/README.md``.

Evaluation (exact spans, micro P/R/F1 over PER/LOC/ORG, and per type): PFR days 21-31, the MSRA
test set (``../shared/data/ner/msra/test.bio``) and CLUENER dev
(``../shared/data/ner/cluener2020/dev.jsonl``), each skipped when absent.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import os
import random
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

try:
    import pycrfsuite  # noqa: E402  (training only: pip install "python-crfsuite>=0.9.10,<0.10")
except ImportError:  # pragma: no cover
    sys.exit("scripts/train_tagger.py needs python-crfsuite: pip install 'python-crfsuite>=0.9.10,<0.10'")

import numpy as np  # noqa: E402
from uniongraph.evaluate.data import shared_data  # noqa: E402

from uniongraph.extraction.tagger import (  # noqa: E402
    LEX_TEMPLATES,
    MODEL_FILE,
    SEG_TAG_TEMPLATES,
    SEG_TEMPLATES,
    TEMPLATES,
    LexiconMatcher,
    NameTagger,
    char_classes,
    features,
    normalise,
    sentences,
    write_model,
)

SHARED = shared_data(ROOT)
PFR = SHARED / "corpus" / "pfr1998_01" / "articles.jsonl"
MSRA_TEST = SHARED / "ner" / "msra" / "test.bio"
CLUENER_DEV = SHARED / "ner" / "cluener2020" / "dev.jsonl"
MODEL_OUT = ROOT / "src" / "uniongraph" / "models" / MODEL_FILE
CRF_OUT = Path("/tmp/nerdata/name_tagger.crfsuite")  # CRFsuite's own file (not shipped)
CACHE = Path("/tmp/nerdata")
MIRROR = Path("/work/.mirror")

#: fetched training sets: where each came from (see src/uniongraph/models/README.md)
SOURCES = {
    "msra": {
        "repo": "SophonPlus/ChineseNlpCorpus",
        "commit": "a0b781d72158bde242c0626c9e354d2b328865ff",
        "path": "datasets/dh_msra/dh_msra.zip",
        "sha256": "5a0b2e4c543d8a803b138b5488313425cdec26708e323388d37750c6bd35b4e9",
        "cache": "dh_msra.zip",
    },
    "cluener": {
        "repo": "GuocaiL/nlp_corpus",
        "commit": "f924a9e1117d14572cd1ea13e2e62538101328b4",
        "path": "open_ner_data/cluener_public/train.txt",
        "sha256": "2ddf21ad29271ae2cc840ec8f83b5d329dd44e72b12f508c1009adde7fc3787a",
        "cache": "cluener_public_train.txt",
    },
}
MSRA_TRAIN_SEGMENTS = 50658  # dh_msra.txt: this many train segments, then the 4,631 test segments
CLUENER_MAP = {"name": "PER", "company": "ORG", "organization": "ORG", "government": "ORG", "address": "LOC"}

Example = tuple[str, list[tuple[int, int, str]]]  # text, (start, end, label) spans


def note(msg: str) -> None:
    print(msg, flush=True)


# --- reading the sets --------------------------------------------------------------------------

def source_bytes(name: str, path: str | None) -> bytes | None:
    """The bytes of a fetched training file: the path given, the /tmp cache, or the git mirror."""
    src = SOURCES[name]
    candidates = [Path(path)] if path else []
    candidates.append(CACHE / src["cache"])
    for cand in candidates:
        if cand.is_file():
            data = cand.read_bytes()
            break
    else:
        git_dir = MIRROR / src["repo"].replace("/", "+") / "repo"
        if not git_dir.exists():
            note(f"  {name}: no file at {candidates[0]} and no mirror of {src['repo']}: skipped")
            return None
        if (git_dir / ".git").is_dir():
            git_dir = git_dir / ".git"
        proc = subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{src['commit']}:{src['path']}"],
                              capture_output=True)
        if proc.returncode != 0:
            note(f"  {name}: {src['repo']}@{src['commit'][:10]}:{src['path']} not readable: skipped")
            return None
        data = proc.stdout
    digest = hashlib.sha256(data).hexdigest()
    if digest != src["sha256"]:
        note(f"  NOTE {name}: sha256 {digest} differs from the recorded {src['sha256']}")
    return data


def read_bio(lines) -> list[list[tuple[str, str]]]:
    segs, cur = [], []
    for line in lines:
        parts = line.split()
        if len(parts) == 2:
            cur.append((parts[0], parts[1]))
        elif not parts and cur:
            segs.append(cur)
            cur = []
    if cur:
        segs.append(cur)
    return segs


def bio_to_example(seg: list[tuple[str, str]]) -> Example:
    text = "".join(c for c, _ in seg)
    spans, start, cur = [], -1, ""
    for i, (_, tag) in enumerate(seg + [("", "O")]):
        if cur and not (tag.startswith("I-") and tag[2:] == cur):
            spans.append((start, i, cur))
            cur = ""
        if tag.startswith("B-") or (tag.startswith("I-") and not cur):
            start, cur = i, tag[2:]
    return text, spans


def pfr_articles(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        arts = [json.loads(line) for line in fh if line.strip()]
    return sorted(arts, key=lambda a: a["id"])


def pfr_day(article: dict) -> int:
    return int(article["id"][10:12])  # pfr-YYYYMMDD-…


def pfr_examples(arts: list[dict]) -> list[Example]:
    return [(a["text"], [(e["start"], e["end"], e["type"]) for e in a["entities"]]) for a in arts]


def msra_test_examples() -> list[Example] | None:
    if not MSRA_TEST.is_file():
        return None
    with MSRA_TEST.open(encoding="utf-8") as fh:
        return [bio_to_example(s) for s in read_bio(fh)]


def msra_train(path: str | None) -> list[Example]:
    data = source_bytes("msra", path)
    if data is None:
        return []
    if data[:2] == b"PK":
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            data = zf.read("dh_msra.txt")
    segs = read_bio(io.StringIO(data.decode("utf-8")))
    train, rest = segs[:MSRA_TRAIN_SEGMENTS], segs[MSRA_TRAIN_SEGMENTS:]
    test = msra_test_examples()
    if test is not None:
        rest_ex = [bio_to_example(s) for s in rest]
        assert rest_ex == test, "the tail of dh_msra.txt is not the MSRA test file: check the split"
        test_texts = {t for t, _ in test}
    else:
        first = "".join(c for c, _ in rest[0]) if rest else ""
        assert first == "中共中央致中国致公党十一大的贺词", "unexpected dh_msra.txt layout"
        test_texts = {"".join(c for c, _ in s) for s in rest}
    out = [bio_to_example(s) for s in train]
    kept = [ex for ex in out if ex[0] not in test_texts]
    note(f"  msra: {len(kept)} training segments ({len(out) - len(kept)} equal to a test segment dropped)")
    return kept


def cluener_records(lines) -> list[Example]:
    out = []
    for line in lines:
        if not line.strip():
            continue
        rec = json.loads(line)
        text, spans = rec["text"], []
        if "entity_list" in rec:  # GuocaiL/nlp_corpus layout: end exclusive
            for ent in rec["entity_list"]:
                lab = CLUENER_MAP.get(ent["entity_type"])
                if lab:
                    spans.append((ent["entity_index"]["begin"], ent["entity_index"]["end"], lab))
        else:  # official layout: label -> entity -> [[start, end inclusive], …]
            for kind, ents in (rec.get("label") or {}).items():
                lab = CLUENER_MAP.get(kind)
                if lab:
                    for positions in ents.values():
                        spans.extend((s, e + 1, lab) for s, e in positions)
        out.append((text, sorted(spans)))
    return out


def cluener_dev() -> list[Example] | None:
    if not CLUENER_DEV.is_file():
        return None
    with CLUENER_DEV.open(encoding="utf-8") as fh:
        return cluener_records(fh)


def cluener_train(path: str | None) -> list[Example]:
    data = source_bytes("cluener", path)
    if data is None:
        return []
    recs = cluener_records(io.StringIO(data.decode("utf-8")))
    dev = cluener_dev() or []
    dev_texts = {t for t, _ in dev}
    kept = [r for r in recs if r[0] not in dev_texts]
    note(f"  cluener: {len(kept)} training texts ({len(recs) - len(kept)} also in dev dropped)")
    return kept


def drop_held_out_text(data: list[tuple[str, list[Example]]], held_out: list[dict]) -> list[tuple[str, list[Example]]]:
    """Drop fetched training texts (12+ characters) found verbatim in the PFR held-out articles."""
    held = "\n".join(a["text"] for a in held_out)
    grams = {held[i:i + 12] for i in range(len(held) - 11)}
    out = []
    for name, exs in data:
        if name == "pfr":
            out.append((name, exs))
            continue
        kept = [ex for ex in exs
                if len(ex[0]) < 12 or ex[0][:12] not in grams or ex[0][-12:] not in grams or ex[0] not in held]
        if len(kept) < len(exs):
            note(f"  {name}: {len(exs) - len(kept)} texts found verbatim in PFR days 21-31 dropped")
        out.append((name, kept))
    return out


# --- training ----------------------------------------------------------------------------------

def sentence_sequences(ex: Example, stats: Counter) -> list[tuple[str, list[str]]]:
    """The example cut into the runtime's sentences, each with B/I/E/S/O labels."""
    text, spans = ex
    labels = ["O"] * len(text)
    for s, e, lab in sorted(spans):
        if any(x != "O" for x in labels[s:e]):
            stats["overlapping span dropped"] += 1
            continue
        if e - s == 1:
            labels[s] = "S-" + lab
        else:
            labels[s] = "B-" + lab
            for i in range(s + 1, e - 1):
                labels[i] = "I-" + lab
            labels[e - 1] = "E-" + lab
    out = []
    for s, e in sentences(text):
        seq = labels[s:e]
        if seq[0][0] in "IE" or (e < len(labels) and labels[e][0] in "IE"):
            stats["span across a sentence end (sentence dropped)"] += 1
            continue
        out.append((text[s:e], seq))
    return out


class Trainer(pycrfsuite.Trainer):
    """CRFsuite's trainer, printing a line every 25 iterations."""

    def on_start(self, log):  # noqa: ANN001
        self._t = time.perf_counter()

    def on_featgen_progress(self, log, percent):  # noqa: ANN001
        pass

    def on_featgen_end(self, log):  # noqa: ANN001
        pass

    def on_prepared(self, log):  # noqa: ANN001
        pass

    def on_optimization_end(self, log):  # noqa: ANN001
        note("    " + " ".join(log.split()[-12:]))

    def on_end(self, log):  # noqa: ANN001
        pass

    def on_iteration(self, log, info):  # noqa: ANN001
        it = info.get("num", 0)
        if it % 25 == 0:
            note(f"    iteration {it}: loss {info.get('loss', 0):.1f}, "
                 f"{info.get('active_features', 0)} active features, "
                 f"{time.perf_counter() - self._t:.0f}s")


def lexicon_lists() -> dict[str, list[str]]:
    """The word lists of the lexicon templates, from the project's lexicon files (stored in the
    model zip, so that the runtime reads the very lists the model was trained with)."""
    from uniongraph.extraction.lexicon import load_lexicons

    lex = load_lexicons()
    return {
        # gazetteer places (divisions.tsv, world_places.tsv): full names and short forms, 2+ chars
        "place": sorted(w for w in set(lex.places) | set(lex.place_aliases) if len(w) >= 2),
        # organisation heads of 2+ characters (org_heads.tsv), venue heads (type Place) left out
        "orghead": sorted(h for h, (typ, _) in lex.org_heads.items() if typ != "Place" and len(h) >= 2),
        "surname": sorted(lex.surnames | lex.compound_surnames),
    }


def drop_single_char_spans(exs: list[Example], labels: set[str], stats: Counter) -> list[Example]:
    """The examples with their one-character spans of these labels removed (labelled O): MSRA's
    中/美/京 (LOC) and the like, which PFR's convention does not mark as names."""
    out = []
    for text, spans in exs:
        kept = [sp for sp in spans if not (sp[1] - sp[0] == 1 and sp[2] in labels)]
        stats["msra one-character spans dropped"] += len(spans) - len(kept)
        out.append((text, kept))
    return out


def train(examples: list[tuple[str, list[Example]]], out: Path, args: argparse.Namespace,
          lexicon: LexiconMatcher | None = None) -> None:
    trainer = Trainer(algorithm=args.algorithm, verbose=True)
    stats: Counter = Counter()
    for name, exs in examples:
        n_chars = n_seq = 0
        for ex in exs:
            for text, labels in sentence_sequences(ex, stats):
                norm = normalise(text)
                trainer.append(features(norm, char_classes(norm), lexicon, args.words, args.word_tags, text), labels)
                n_chars += len(text)
                n_seq += 1
        note(f"  {name}: {n_seq} sequences, {n_chars} characters")
    for k, v in sorted(stats.items()):
        note(f"  {k}: {v}")
    params = {"max_iterations": args.max_iterations, "feature.minfreq": args.minfreq}
    if args.algorithm == "lbfgs":
        params.update({"c1": args.c1, "c2": args.c2})
    trainer.set_params(params)
    note(f"  training ({args.algorithm}, {params}) …")
    t0 = time.perf_counter()
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_suffix(".tmp")
    trainer.train(str(tmp))
    os.replace(tmp, out)
    note(f"  trained in {time.perf_counter() - t0:.0f}s: {out} ({out.stat().st_size / 1e6:.1f} MB)")


def export(crf_path: Path, out: Path, meta: dict, templates=TEMPLATES,
           lexicon: dict[str, list[str]] | None = None) -> None:
    """The CRFsuite model as the runtime's zip: per-vocabulary n-gram lists, float16 weights."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(crf_path))
    info = tagger.info()
    labels = sorted(info.labels, key=info.labels.get)
    lab_ix = {lab: i for i, lab in enumerate(labels)}
    group_of = {prefix: group for prefix, group, _ in templates}
    by_prefix: dict[str, dict[str, list[tuple[int, float]]]] = {p: {} for p in group_of}
    for (attr, label), weight in info.state_features.items():
        by_prefix[attr[0]].setdefault(attr[1:], []).append((lab_ix[label], weight))
    vocab: dict[str, list[str]] = {}
    for prefix, group in group_of.items():
        vocab.setdefault(group, [])
        vocab[group].extend(by_prefix[prefix])
    vocab = {g: sorted(set(words)) for g, words in vocab.items()}
    for g, words in vocab.items():
        assert all("\n" not in w for w in words), "an n-gram holds a line break"
    weights = {}
    for prefix, group in group_of.items():
        index = {w: i + 1 for i, w in enumerate(vocab[group])}
        table = np.zeros((len(vocab[group]) + 1, len(labels)), dtype=np.float32)
        for ngram, pairs in by_prefix[prefix].items():
            for li, weight in pairs:
                table[index[ngram], li] = weight
        weights[prefix] = table
    trans = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for (a, b), weight in info.transitions.items():
        trans[lab_ix[a], lab_ix[b]] = weight
    tagger.close()
    write_model(out, labels, trans, vocab, weights, meta, templates=templates, lexicon=lexicon)
    sizes = ", ".join(f"{g} {len(v)}" for g, v in sorted(vocab.items()))
    note(f"  exported {len(info.state_features)} state features ({sizes}): {out} "
         f"({out.stat().st_size / 1e6:.1f} MB)")


def check_decoder(crf_path: Path, tagger: NameTagger, examples: list[Example]) -> None:
    """Compare the numpy decoder's labels with CRFsuite's own tagger on the same sentences."""
    crf = pycrfsuite.Tagger()
    crf.open(str(crf_path))
    same = total = 0
    lexicon = tagger._lexicon
    for text, _ in examples:
        norm = normalise(text)
        cls = char_classes(norm)
        ours = tagger.sentence_labels(text)
        for (s, e), mine in zip(sentences(text), ours):
            total += 1
            same += crf.tag(features(norm[s:e], cls[s:e], lexicon, tagger._words, tagger._word_tags, text[s:e])) == mine
    crf.close()
    note(f"  numpy decoder = CRFsuite tagger on {same}/{total} sentences ({same / max(total, 1):.4%})")


# --- scoring -----------------------------------------------------------------------------------

def score(tagger: NameTagger, examples: list[Example]) -> dict:
    tp: Counter = Counter()
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    chars = 0
    t0 = time.perf_counter()
    preds = [tagger.tag(text) for text, _ in examples]
    secs = time.perf_counter() - t0
    for (text, gold), pred in zip(examples, preds):
        chars += len(text)
        g, p = set(gold), set(pred)
        for s in g:
            n_gold[s[2]] += 1
        for s in p:
            n_pred[s[2]] += 1
        for s in g & p:
            tp[s[2]] += 1

    def prf(t: int, ng: int, np_: int) -> dict:
        p = t / np_ if np_ else 0.0
        r = t / ng if ng else 0.0
        return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0, "gold": ng}

    res = {lab: prf(tp[lab], n_gold[lab], n_pred[lab]) for lab in ("PER", "LOC", "ORG")}
    res["all"] = prf(sum(tp.values()), sum(n_gold.values()), sum(n_pred.values()))
    res["chars_per_s"] = chars / secs if secs else 0.0
    return res


def format_score(name: str, res: dict) -> str:
    a = res["all"]
    per_type = "  ".join(f"{lab} {res[lab]['f1']:.3f}" for lab in ("PER", "LOC", "ORG"))
    return (f"{name:<22} P {a['p']:.3f}  R {a['r']:.3f}  F1 {a['f1']:.3f}   ({per_type};"
            f" {a['gold']} gold; {res['chars_per_s']:,.0f} chars/s)")


def evaluation_sets(arts: list[dict] | None) -> list[tuple[str, list[Example]]]:
    sets = []
    if arts is not None:
        sets.append(("PFR days 21-31", pfr_examples([a for a in arts if pfr_day(a) > 20])))
    else:
        note(f"  PFR: {PFR} absent: not scored")
    test = msra_test_examples()
    if test is not None:
        sets.append(("MSRA test", test))
    else:
        note(f"  MSRA test: {MSRA_TEST} absent: not scored")
    dev = cluener_dev()
    if dev is not None:
        sets.append(("CLUENER dev (mapped)", dev))
    else:
        note(f"  CLUENER dev: {CLUENER_DEV} absent: not scored")
    return sets


def templates_of(args: argparse.Namespace, lists: dict | None) -> tuple:
    """The feature templates of a model trained with these options."""
    return (TEMPLATES + (LEX_TEMPLATES if lists else ()) + (SEG_TEMPLATES if args.words else ())
            + (SEG_TAG_TEMPLATES if args.words and args.word_tags else ()))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=MODEL_OUT, help="model file to write (default: the packaged one)")
    ap.add_argument("--crf-out", type=Path, default=CRF_OUT, help="where CRFsuite's own model file goes")
    ap.add_argument("--sets", default="pfr,msra,cluener", help="training sets, comma-separated")
    ap.add_argument("--msra-train", help="dh_msra.zip or dh_msra.txt (SophonPlus/ChineseNlpCorpus)")
    ap.add_argument("--cluener-train", help="cluener_public/train.txt (GuocaiL/nlp_corpus) or official train.json")
    ap.add_argument("--cluener-fraction", type=float, default=0.5,
                    help="share of CLUENER train texts used (seeded sample)")
    ap.add_argument("--msra-fraction", type=float, default=0.6, help="share of MSRA train segments used")
    ap.add_argument("--pfr-copies", type=int, default=2,
                    help="how many times each PFR training article is given (its weight)")
    ap.add_argument("--algorithm", default="lbfgs")
    ap.add_argument("--max-iterations", type=int, default=100)
    ap.add_argument("--c1", type=float, default=0.03, help="L1 penalty (sparser, smaller model)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--minfreq", type=float, default=2, help="drop attributes seen fewer times")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--lexicon", action=argparse.BooleanOptionalAction, default=False,
                    help="lexicon features (places, organisation heads, surnames from src/uniongraph/lexicons)")
    ap.add_argument("--words", action=argparse.BooleanOptionalAction, default=False,
                    help="word-boundary features: each character's place in jieba's words (SEG_TEMPLATES)")
    ap.add_argument("--word-tags", action=argparse.BooleanOptionalAction, default=False,
                    help="with --words: the class of each character's word in jieba's dictionary (SEG_TAG_TEMPLATES)")
    ap.add_argument("--msra-drop-single", default="",
                    help="labels (comma-separated, e.g. LOC,ORG) whose one-character MSRA spans are dropped")
    ap.add_argument("--eval-only", action="store_true", help="score --out as it is, train nothing")
    ap.add_argument("--export-only", action="store_true",
                    help="export --crf-out (an earlier CRFsuite model) to --out, then score it")
    args = ap.parse_args(argv)
    wanted = [s.strip() for s in args.sets.split(",") if s.strip()]
    rng = random.Random(args.seed)

    arts = pfr_articles(PFR) if PFR.is_file() else None
    if args.export_only:
        lists = lexicon_lists() if args.lexicon else None
        export(args.crf_out, args.out, {"trained_on": ["see README"]}, templates_of(args, lists), lists)
    elif not args.eval_only:
        t0 = time.perf_counter()
        note("reading training data")
        data: list[tuple[str, list[Example]]] = []
        if "pfr" in wanted:
            if arts is None:
                note(f"  pfr: {PFR} absent: skipped")
            else:
                train_arts = [a for a in arts if pfr_day(a) <= 20]
                note(f"  pfr: {len(train_arts)} articles dated 1998-01-01..20")
                exs = pfr_examples(train_arts)
                if args.pfr_copies > 1:  # CRFsuite has no instance weights: PFR's weight by repetition
                    exs = exs * args.pfr_copies
                    note(f"  pfr: each article {args.pfr_copies} times")
                data.append(("pfr", exs))
        if "msra" in wanted:
            exs = msra_train(args.msra_train)
            if exs and args.msra_fraction < 1:
                exs = [ex for ex in exs if rng.random() < args.msra_fraction]
                note(f"  msra: sampled {len(exs)} ({args.msra_fraction:.0%})")
            if exs and args.msra_drop_single:
                dropped: Counter = Counter()
                exs = drop_single_char_spans(exs, set(args.msra_drop_single.split(",")), dropped)
                note(f"  msra: {sum(dropped.values())} one-character {args.msra_drop_single} spans dropped")
            if exs:
                data.append(("msra", exs))
        if "cluener" in wanted:
            exs = cluener_train(args.cluener_train)
            if exs and args.cluener_fraction < 1:
                exs = [ex for ex in exs if rng.random() < args.cluener_fraction]
                note(f"  cluener: sampled {len(exs)} ({args.cluener_fraction:.0%})")
            if exs:
                data.append(("cluener", exs))
        if not data:
            note("no training data found")
            return 1
        if arts is not None:
            data = drop_held_out_text(data, [a for a in arts if pfr_day(a) > 20])
        lists = lexicon_lists() if args.lexicon else None
        train(data, args.crf_out, args, LexiconMatcher(lists) if lists else None)
        keys = ["algorithm", "max_iterations", "c1", "c2", "minfreq", "seed",
                "pfr_copies", "msra_fraction", "cluener_fraction"]
        if args.lexicon:
            keys.append("lexicon")
        if args.words:
            keys.append("words")
        if args.words and args.word_tags:
            keys.append("word_tags")
        if args.msra_drop_single:
            keys.append("msra_drop_single")
        meta = {"trained_on": [name for name, _ in data],
                "training": {k: getattr(args, k) for k in keys}}
        if args.words:
            import jieba

            meta["jieba"] = jieba.__version__
        export(args.crf_out, args.out, meta, templates_of(args, lists), lists)
        note(f"total training time {time.perf_counter() - t0:.0f}s")
        digest = hashlib.sha256(args.out.read_bytes()).hexdigest()
        note(f"model sha256 {digest}")

    tagger = NameTagger.from_file(args.out)
    sets = evaluation_sets(arts)
    if args.crf_out.is_file() and sets:
        check_decoder(args.crf_out, tagger, sets[0][1])
    note("scores (exact spans, micro over PER/LOC/ORG):")
    for name, exs in sets:
        note(format_score(name, score(tagger, exs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
