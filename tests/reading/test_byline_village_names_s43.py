"""A closing bracket's writers (stop 43, second review of names-s43): a given name ending in 村 or 区
(周一村, 王新区) is a writer's name, and a bracket with one keeps all its writers; a county or town
before the names is the place they sign from. Texts invented."""

from __future__ import annotations

import pytest

from uniongraph.model import Article
from uniongraph.reading.bylines import find_bylines

_STORY = "送温暖活动\n本报讯 某镇工会开展送温暖活动，慰问困难职工50户。\n"


def _bylines(text: str) -> list[str]:
    return [b.name for b in find_bylines(Article(id="t", source="t", index=0, title="送温暖活动", text=text))]


@pytest.mark.parametrize("bracket, names", [
    ("（张立新 周一村）", ["张立新", "周一村"]),
    ("（周立村 王红）", ["周立村", "王红"]),
    ("（陈小村 李红）", ["陈小村", "李红"]),
    ("（张立新 王新区）", ["张立新", "王新区"]),
    ("（晓村）", ["晓村"]),
])
def test_a_given_name_ending_in_a_village_or_district_is_a_writer(bracket, names):
    assert _bylines(_STORY + bracket) == names


@pytest.mark.parametrize("bracket", ["（王庄村 张立新）", "（王庄村 张立新 李红）"])
def test_a_village_before_the_writers_keeps_them(bracket):
    assert "张立新" in _bylines(_STORY + bracket)


def test_a_town_before_the_writers_is_no_writer():
    assert "城关镇" not in _bylines(_STORY + "（城关镇 张立新）")
