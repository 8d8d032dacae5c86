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
    assert set(tagger._direct) == {"uni", "cls"}
    for group, table in tagger._direct.items():
        keys = np.arange(len(table), dtype=np.int64)
        vocab_keys, rows = tagger._lookup[group]
        at = np.minimum(np.searchsorted(vocab_keys, keys), len(vocab_keys) - 1)
        assert np.array_equal(table[keys], np.where(vocab_keys[at] == keys, rows[at], 0)), group
