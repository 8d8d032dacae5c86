"""Where a name ends or is no name at all: a dictionary entry glued to a surname, an ordinal after a
place, a person's way of thinking, a verb that governs a body (invented sentences)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.text, m.type) for m in extract_text(text).mentions}


def test_a_word_glued_to_a_surname_in_the_dictionary_does_not_cut_the_name() -> None:
    # jieba lists 客户王 (a word and a surname); the tagger's 王立强 stands whole
    assert ("王立强", "Person") in _names("大连客户王立强差点碰了钉子。")


def test_a_word_whose_last_character_the_tagger_took_for_a_surname_still_loses_it() -> None:
    # 将军 is one word: the tagger's span opening on 军 is no name
    assert not any(t == "Person" and n.startswith("军") for n, t in _names("他是将军林遵的部下。"))


@pytest.mark.parametrize("place", ["黄冈", "林州", "咸宁"])
def test_an_ordinal_after_a_place_is_no_given_name(place: str) -> None:
    names = _names(f"这样，{place}第一家连锁书店开业了。")
    assert (place + "第", "Person") not in names
    assert not any(t == "Person" for _, t in names)


def test_a_name_ending_in_di_without_a_numeral_after_stays_a_name() -> None:
    assert ("黄志第", "Person") in _names("黄志第说，书店开业了。")


@pytest.mark.parametrize("text", ["退休教师陈秀兰思想很开通。", "退休教师陈秀兰思想非常活跃。"])
def test_a_persons_thinking_described_is_no_doctrine(text: str) -> None:
    assert ("陈秀兰", "Person") in _names(text)


@pytest.mark.parametrize("text", ["职工们认真学习毛泽东思想。", "实践使人们对邓小平理论更加信仰。"])
def test_a_doctrine_names_no_person(text: str) -> None:
    assert not any(t == "Person" for _, t in _names(text))


@pytest.mark.parametrize(("text", "whole"), [
    ("企图把董事会变成家族俱乐部。", "董事会变成家族俱乐部"),
    ("上周，我厂收到县税务局的通知。", "我厂收到县税务局"),
])
def test_a_verb_that_governs_a_body_ends_the_name_before_it(text: str, whole: str) -> None:
    assert not any(n == whole or "变成" in n or "收到" in n for n, _ in _names(text))


def test_a_body_after_a_governing_verb_is_still_found() -> None:
    assert any(n == "县税务局" for n, _ in _names("上周，我厂收到县税务局的通知。"))


def test_a_conjunction_glued_to_the_head_before_it_ends_the_name() -> None:
    # jieba's HMM makes one unknown word of 局及: the name after it opens after 及
    names = _names("该委员会由海关、特勤局及铸币局组成。")
    assert not any("及" in n for n, _ in names)
    assert ("特勤局", "Organization") in names


def test_two_bureaus_joined_by_ji_stay_two_names() -> None:
    names = {n for n, _ in _names("检查组由监察局及审计局组成。")}
    assert {"监察局", "审计局"} <= names
