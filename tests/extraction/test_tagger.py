"""The packaged PER/LOC/ORG tagger (uniongraph.extraction.tagger) on sentences written for the tests.

Only the runtime is tested here; training (scripts/train_tagger.py) is too slow for CI and its
scores are in src/uniongraph/models/README.md.
"""

from __future__ import annotations

import importlib.resources

import pytest

from uniongraph.extraction.tagger import MODEL_FILE, NameTagger, sentences, spans_from_labels


@pytest.fixture(scope="module")
def tagger() -> NameTagger:
    return NameTagger.load()


def named(tagger: NameTagger, text: str) -> list[tuple[str, str]]:
    return [(text[s:e], label) for s, e, label in tagger.tag(text)]


def test_the_model_ships_as_package_data_and_is_small() -> None:
    model = importlib.resources.files("uniongraph").joinpath("models", MODEL_FILE)
    assert model.is_file()
    assert len(model.read_bytes()) < 30 * 1024 * 1024


def test_load_is_cached_per_process() -> None:
    assert NameTagger.load() is NameTagger.load()


def test_a_name_before_a_verb_does_not_swallow_the_verb(tagger: NameTagger) -> None:
    assert tagger.tag("赵立出席闭幕式") == [(0, 2, "PER")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("全国总工会主席赵立在北京出席闭幕式。", [("全国总工会", "ORG"), ("赵立", "PER"), ("北京", "LOC")]),
        ("上海市总工会今天发出倡议。", [("上海市总工会", "ORG")]),
        ("国务院总理李鹏在人民大会堂会见了客人。", [("国务院", "ORG"), ("李鹏", "PER"), ("人民大会堂", "LOC")]),
        ("王建国说，今年广东省的职工收入有所增长。", [("王建国", "PER"), ("广东省", "LOC")]),
        ("北京大学的学生到天津参观。", [("北京大学", "ORG"), ("天津", "LOC")]),
    ],
)
def test_names_in_sentences(tagger: NameTagger, text: str, expected: list[tuple[str, str]]) -> None:
    assert named(tagger, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "今天天气很好，大家都去公园散步了。",
        "会议认为，要进一步做好职工的思想政治工作。",
        "１９９８年１月２０日",
        "",
        "   \n\n  ",
    ],
)
def test_no_names_where_there_are_none(tagger: NameTagger, text: str) -> None:
    assert tagger.tag(text) == []


def test_offsets_are_into_the_text_given_end_exclusive(tagger: NameTagger) -> None:
    text = "第一段没有名字。\n\n  赵立出席闭幕式！ 李鹏在北京。"
    spans = tagger.tag(text)
    assert [(text[s:e], label) for s, e, label in spans] == [("赵立", "PER"), ("李鹏", "PER"), ("北京", "LOC")]
    assert spans == sorted(spans)
    assert all(label in ("PER", "LOC", "ORG") for _, _, label in spans)


def test_a_text_is_tagged_as_its_sentences_one_by_one(tagger: NameTagger) -> None:
    # many sentences of different lengths go through one batched Viterbi pass; the result must be
    # the same as tagging each sentence alone
    parts = ["全国总工会主席赵立在北京出席闭幕式。", "好。", "王建国说，今年广东省的职工收入有所增长！",
             "上海市总工会今天发出倡议。", "今天天气很好，大家都去公园散步了。"]
    text = "".join(parts)
    expected, offset = [], 0
    for part in parts:
        expected.extend((s + offset, e + offset, label) for s, e, label in tagger.tag(part))
        offset += len(part)
    assert tagger.tag(text) == expected


def test_odd_characters_keep_offsets_right(tagger: NameTagger) -> None:
    text = "😀\x02\x03ＡＢＣ赵立出席闭幕式"  # a character outside the BMP, control characters, full-width Latin
    spans = tagger.tag(text)
    assert ("赵立", "PER") in [(text[s:e], label) for s, e, label in spans]


def test_a_long_text_without_sentence_ends(tagger: NameTagger) -> None:
    text = "赵立出席闭幕式，" * 300
    spans = tagger.tag(text)
    assert len(spans) == 300
    assert all(text[s:e] == "赵立" and label == "PER" for s, e, label in spans)


def test_sentences_split_after_sentence_ends_and_at_line_breaks() -> None:
    text = "甲说：“好。”乙走了！\n丙\n\n"
    assert [text[s:e] for s, e in sentences(text)] == ["甲说：“好。”", "乙走了！", "丙\n"]


def test_spans_from_labels_is_lenient() -> None:
    assert spans_from_labels(["B-PER", "E-PER", "O", "S-LOC"]) == [(0, 2, "PER"), (3, 4, "LOC")]
    assert spans_from_labels(["I-ORG", "I-ORG", "B-PER", "I-PER"], 10) == [(10, 12, "ORG"), (12, 14, "PER")]
    assert spans_from_labels(["B-LOC", "E-ORG"]) == [(0, 1, "LOC"), (1, 2, "ORG")]


def test_weights_are_the_model_files_float16_values_exactly(tagger: NameTagger) -> None:
    import io
    import zipfile

    import numpy as np

    model = importlib.resources.files("uniongraph").joinpath("models", MODEL_FILE).read_bytes()
    with zipfile.ZipFile(io.BytesIO(model)) as zf:
        for (prefix, _, _), (_, _, w) in zip(tagger.meta["templates"], tagger._templates):
            expected = np.frombuffer(zf.read(f"weights-{prefix}.f16"), dtype="<f2").astype(np.float32)
            assert w.dtype == np.float32 and w.tobytes() == expected.tobytes()


def test_a_vocabulary_mixing_ngram_lengths_is_refused() -> None:
    from uniongraph.extraction.tagger import _code_points

    assert _code_points(["ab", "cd"])[1] == 2
    with pytest.raises(ValueError, match="mixes n-gram lengths"):
        _code_points(["ab", "c"])


def test_direct_tables_answer_as_the_binary_search() -> None:
    """The character and class-window vocabularies are looked up in tables indexed by the key;
    every key of their spaces gets the row the sorted vocabulary's binary search gives."""
    import numpy as np

    from uniongraph.extraction.tagger import NameTagger

    tagger = NameTagger.load()
    assert {"uni", "cls"} <= set(tagger._direct)  # (and the lexicon codes of a model that has them)
    for group, table in tagger._direct.items():
        keys = np.arange(len(table), dtype=np.int64)
        vocab_keys, rows = tagger._lookup[group]
        at = np.minimum(np.searchsorted(vocab_keys, keys), len(vocab_keys) - 1)
        assert np.array_equal(table[keys], np.where(vocab_keys[at] == keys, rows[at], 0)), group


def _naive_lexicon_codes(words: dict[str, list[str]], text: str) -> dict[str, list[int]]:
    """The lexicon codes of LexiconMatcher, by brute force over every substring."""
    from uniongraph.extraction.tagger import ORG_AHEAD

    n = len(text)
    out = {"p": [0] * n, "o": [0] * n, "s": [0] * n}
    for kind, prefix in (("place", "p"), ("orghead", "o")):
        vocab = {w for w in words.get(kind, []) if len(w) >= 2}
        ends = []
        for i in range(n):
            for j in range(i + 2, n + 1):
                if text[i:j] in vocab:
                    out[prefix][i] |= 1
                    out[prefix][j - 1] |= 2
                    for k in range(i + 1, j - 1):
                        out[prefix][k] |= 4
                    ends.append(j - 1)
        if prefix == "o":
            for i in range(n):
                if any(i < e <= i + ORG_AHEAD for e in ends):
                    out[prefix][i] |= 8
    surnames = set(words.get("surname", []))
    for i, ch in enumerate(text):
        if ch in surnames:
            out["s"][i] |= 1
        if text[i:i + 2] in surnames and i + 1 < n:
            out["s"][i] |= 2
            out["s"][i + 1] |= 4
    return out


def test_lexicon_codes_are_those_of_a_brute_force_search() -> None:
    from uniongraph.extraction.lexicon import load_lexicons
    from uniongraph.extraction.tagger import LexiconMatcher

    lex = load_lexicons()
    words = {
        "place": sorted(w for w in set(lex.places) | set(lex.place_aliases) if len(w) >= 2),
        "orghead": sorted(h for h, (typ, _) in lex.org_heads.items() if typ != "Place" and len(h) >= 2),
        "surname": sorted(lex.surnames | lex.compound_surnames),
    }
    matcher = LexiconMatcher(words)
    for text in ["北京市总工会主席王小明和欧阳修在内蒙古自治区呼和浩特市考察。", "", "京", "上海市上海市",
                 "中华全国总工会和中国工会联合会", "赵立出席闭幕式，😀乌鲁木齐市总工会"]:
        codes = matcher.codes(text)
        assert {k: [int(x) for x in v] for k, v in codes.items()} == _naive_lexicon_codes(words, text), text


def test_a_model_with_lexicon_templates_decodes_as_its_features_say(tmp_path) -> None:
    """A model file with lexicon templates (random weights): the numpy decoder's labels are the
    Viterbi labels of the emission scores summed from ``features`` (the training attributes)."""
    import io
    import json
    import zipfile

    import numpy as np

    from uniongraph.extraction import tagger as T

    data = importlib.resources.files("uniongraph").joinpath("models", MODEL_FILE).read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        meta = json.loads(zf.read("model.json"))
        base = [t for t in meta["templates"] if not t[1].startswith("lex")]
        labels, nl = meta["labels"], len(meta["labels"])
        vocab = {g: zf.read(f"vocab-{g}.txt").decode("utf-8").split("\n") for g in {t[1] for t in base}}
        weights = {p: np.frombuffer(zf.read(f"weights-{p}.f16"), dtype="<f2").astype(np.float32).reshape(-1, nl)
                   for p, _, _ in base}
    rng = np.random.default_rng(0)
    for prefix, group, _ in T.LEX_TEMPLATES:
        vocab[group] = [str(i) for i in range(1, 16)]
        weights[prefix] = np.vstack([np.zeros((1, nl)), rng.normal(0, 3, (15, nl))]).astype(np.float32)
    words = {"place": ["北京", "北京市", "广东省", "天津"], "orghead": ["总工会", "委员会", "大学"],
             "surname": ["王", "赵", "李", "欧阳"]}
    path = tmp_path / "lex.zip"
    trans = np.asarray(meta["transitions"], dtype=np.float32)
    T.write_model(path, labels, trans, vocab, weights, {}, templates=tuple(map(tuple, base)) + T.LEX_TEMPLATES,
                  lexicon=words)
    tagger = T.NameTagger.from_file(path)
    assert tagger._lexicon is not None
    index = {p + w: (p, i + 1) for p, g, _ in tagger.meta["templates"] for i, w in enumerate(vocab[g])}
    w16 = {p: weights[p].astype("<f2").astype(np.float32) for p in weights}
    text = "全国总工会主席赵立在北京出席闭幕式。上海市总工会今天发出倡议。王建国说，今年广东省的职工收入有所增长。"
    for (s, e), got in zip(T.sentences(text), tagger.sentence_labels(text)):
        norm = T.normalise(text[s:e])
        emit = np.zeros((e - s, nl))
        attrs_of = T.features(norm, T.char_classes(norm), tagger._lexicon, tagger._words, tagger._word_tags, text[s:e])
        for t, attrs in enumerate(attrs_of):
            for a in attrs:
                if a in index:
                    emit[t] += w16[index[a][0]][index[a][1]]
        score, back = emit[0], []
        for t in range(1, e - s):
            cand = score[:, None] + trans
            back.append(cand.argmax(0))
            score = cand.max(0) + emit[t]
        path = [int(score.argmax())]
        for b in reversed(back):
            path.append(int(b[path[-1]]))
        assert [labels[i] for i in reversed(path)] == got
