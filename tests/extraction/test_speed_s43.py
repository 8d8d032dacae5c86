"""Speed changes of stop 43 give what the slower code gave (sentences invented for the tests)."""

from __future__ import annotations

import itertools

import pytest

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.orgs import _listed_companies, _parties_before_their_officers
from uniongraph.extraction.tagger import NameTagger, _spans_of_named, sentences, spans_from_labels
from uniongraph.extraction.tokens import TokenIndex

LABELS = ["O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "E-LOC", "I-ORG", "S-ORG"]


def _every_label_read(labels: list[str], offset: int) -> list[tuple[int, int, str]]:
    """The spans as one pass over every label gives them (the code before stop 43's speed change, kept
    here as the reference both readers are checked against)."""
    out, start, cur = [], -1, ""
    for i, lab in enumerate(labels):
        if lab == "O":
            if cur:
                out.append((offset + start, offset + i, cur))
                cur = ""
            continue
        tag, typ = lab[0], lab[2:]
        if tag in "BS" or typ != cur:
            if cur:
                out.append((offset + start, offset + i, cur))
            start, cur = i, typ
        if tag in "ES":
            out.append((offset + start, offset + i + 1, cur))
            cur = ""
    if cur:
        out.append((offset + start, offset + len(labels), cur))
    return out


def _named(ids: list[int]) -> tuple[list[int], list[int]]:
    at = [i for i, k in enumerate(ids) if k]
    return at, [ids[i] for i in at]


def test_spans_of_the_named_characters_are_those_of_every_label() -> None:
    # every sequence of up to five labels, valid or not (an I- or E- opening, a type changing)
    for n in range(6):
        for ids in itertools.product(range(len(LABELS)), repeat=n):
            labels = [LABELS[k] for k in ids]
            assert _spans_of_named(*_named(list(ids)), LABELS, 7) == _every_label_read(labels, 7)
            assert spans_from_labels(labels, 7) == _every_label_read(labels, 7)


def test_a_gap_closes_a_span_and_a_sentence_of_o_gives_none() -> None:
    assert _spans_of_named(*_named([1, 0, 2, 3]), LABELS, 0) == [(0, 1, "PER"), (2, 4, "PER")]
    assert _spans_of_named([], [], LABELS, 0) == []


@pytest.mark.parametrize("text", ["赵立新出席了青溪县总工会举办的职工运动会。王美兰说，活动在南岭公园举行。",
                                  "今天天气很好。", "", "工会会员"])
def test_the_tagger_reads_the_spans_its_full_label_rows_give(text: str) -> None:
    tagger = NameTagger.load()
    sents = sentences(text)
    rows = tagger._decode(text, sents, words=tagger._word_arrays([text])) if sents else []
    slow = [span for (s, _), ids in zip(sents, rows) if ids for span in _every_label_read([tagger.labels[k] for k in ids], s)]
    assert tagger.tag(text) == slow
    assert tagger.tag_many([text, "好。", text]) == [slow, [], slow]


def test_a_party_named_before_its_officers_title() -> None:
    text = "青禾国的繁荣党主席李明和该党主席王强会见了记者。"
    found = [m.text for m in _parties_before_their_officers(TokenIndex(text), load_lexicons())]
    assert found == ["繁荣党"]  # (该党 points back: no name)
    assert _parties_before_their_officers(TokenIndex("繁荣党召开会议。"), load_lexicons()) == []


def test_short_names_listed_before_a_collective_head() -> None:
    text = "邯钢、水钢、鞍钢等企业参加了会议，钢铁、化工等企业也来了。"
    found = [m.text for m in _listed_companies(TokenIndex(text), load_lexicons())]
    assert found == ["邯钢", "水钢", "鞍钢"]  # (钢铁、化工 are trades)
    assert _listed_companies(TokenIndex("青钢和禾钢参加了会议。"), load_lexicons()) == []


def test_counties_rejoined_where_the_words_hold_xian_and_the_rest_copied() -> None:
    from uniongraph.extraction.tokens import _rejoin_one_character_counties

    words = ["乡镇", "和县", "直", "单位", "、", "献", "县总工会", "和", "县委", "召开", "会议"]
    assert _rejoin_one_character_counties(words) == ["乡镇", "和", "县直", "单位", "、", "献县", "总工会", "和", "县委",
                                                     "召开", "会议"]
    assert _rejoin_one_character_counties(["召开", "会议"]) == ["召开", "会议"]
