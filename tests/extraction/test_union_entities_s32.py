"""Entities of union news that stop 32 fixed (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import TokenIndex


def _names(text: str, type_: str | None = None) -> set[str]:
    return {m.name for m in extract_text(text).mentions if type_ is None or m.type == type_}


# -- a county named by one character: jieba glues 县 to the head after it (献|县总工会)

@pytest.mark.parametrize(("text", "name"), [
    ("日前，沙县总工会召开全委会议。", "沙县总工会"),
    ("昨天，雄县总工会启动送温暖活动。", "雄县总工会"),
    ("和县总工会举办职工篮球赛。", "和县总工会"),
])
def test_one_character_county_opens_the_body(text: str, name: str) -> None:
    assert name in _names(text, "Federation")


@pytest.mark.parametrize(("text", "word"), [
    ("省总工会、市总工会和县总工会负责人出席。", "和县"),  # 和 joins two bodies
    ("全县１０户县级企业完成改制。", "户县"),  # 户 counts enterprises
])
def test_joining_or_measure_word_is_no_county(text: str, word: str) -> None:
    assert word not in [t.word for t in TokenIndex(text).tokens]
