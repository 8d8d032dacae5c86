"""A writer's two-character pen name with no known surname, all that closes an article in brackets
((晓江) after the last sentence), or a photo credit's name ((千禾摄)), is a byline; a word there
(（速写）, （图片）, （辽宁）) is none. Texts invented."""

from __future__ import annotations

import pytest

from uniongraph.reading import read_text


def _bylines(text: str) -> list[str]:
    return [b.name for b in read_text(text).articles[0].bylines]


@pytest.mark.parametrize("text, name", [
    ("新春灯会开幕\n本报讯 南岭市新春灯会昨晚开幕，三万余名市民前来观灯。（岚溪）", "岚溪"),
    ("新春灯会开幕\n本报讯 南岭市新春灯会昨晚开幕。\n（晓川）", "晓川"),
    ("新春灯会开幕\n灯会现场一角。（逸舟摄）\n本报讯 南岭市新春灯会昨晚开幕，市民前来观灯。", "逸舟"),
])
def test_a_lone_pen_name_closing_the_article_is_a_byline(text, name):
    assert name in _bylines(text)


@pytest.mark.parametrize("text", [
    "新春灯会开幕\n本报讯 南岭市新春灯会昨晚开幕，市民前来观灯。（速写）",
    "新春灯会开幕\n本报讯 南岭市新春灯会昨晚开幕，市民前来观灯。（图片）",
    "新春灯会开幕\n本报讯 南岭市新春灯会昨晚开幕，市民前来观灯。（辽宁）",
    "新春灯会开幕\n本报讯 南岭市新春灯会昨晚开幕，市民前来观灯。（南岭县）",
    "新春灯会开幕\n本报讯 南岭市新春灯会昨晚开幕，市民前来观灯。（待续）",
])
def test_a_word_closing_the_article_is_no_byline(text):
    assert _bylines(text) == []

