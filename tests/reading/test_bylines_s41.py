"""A writer's two-character pen name with no known surname, all that closes an article in brackets
((晓江) after the last sentence), or a photo credit's name ((千禾摄)), is a byline; a word there
(（速写）, （图片）, （辽宁）) is none. Texts invented."""

from __future__ import annotations

import pytest

from uniongraph.model import Article
from uniongraph.reading.bylines import find_bylines


def _bylines(text: str) -> list[str]:
    """The byline names of an article whose lines are ``text``'s (the first its headline), as a corpus
    record gives them (a page's reader may join a short line to the next)."""
    title = text.split("\n", 1)[0]
    return [b.name for b in find_bylines(Article(id="t", source="t", index=0, title=title, text=text))]


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



# --- a pen name alone on the line under the headline -------------------------------------------------

def test_a_lone_pen_name_under_the_headline_is_the_writer():
    assert _bylines("说说年味\n岚溪\n年味淡了，这是不少人的感慨。可年味究竟是什么，恐怕很难说清。") == ["岚溪"]


@pytest.mark.parametrize("text", [
    "说说年味\n四川\n本报成都１月５日电，四川各地欢度新春。",   # a region heading
    "人民币汇率\n汇率\n亦称汇价，即两国货币之间的兑换比率。",                 # a word defined below
    "说说年味\n前言\n年味淡了，这是不少人的感慨。",                         # a heading word
    "温州见闻\n瓯海\n这几天，温州的大街小巷挂满了灯笼。",                   # a district of the gazetteer
])
def test_a_word_under_the_headline_is_no_writer(text):
    assert _bylines(text) == []
