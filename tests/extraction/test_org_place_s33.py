"""Organisation and place names of union news (stop 33): trade names jieba splits, and more.
Sentences invented for these tests."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("text, company", [
    ("淄博鹭都重工集团有限公司召开职代会。", "淄博鹭都重工集团有限公司"),  # 鹭|都: 都 read as an adverb
    ("烟台雁都机械有限公司召开职代会。", "烟台雁都机械有限公司"),
])
def test_a_trade_name_split_into_single_characters_stays_in_the_name(text: str, company: str) -> None:
    assert (company, "Company") in _names(text)


@pytest.mark.parametrize("text, bad", [
    ("他说潍坊的重工集团有限公司召开职代会。", "潍坊的重工集团有限公司"),  # a particle, no trade name
    ("济南市又有重工集团有限公司召开职代会。", "济南市又有重工集团有限公司"),  # an adverb and a verb
])
def test_words_of_the_sentence_are_no_split_trade_name(text: str, bad: str) -> None:
    assert not any(name == bad for name, _ in _names(text))
