"""A lone pen name (a bracket closing the article, a line under its headline) is no editorial label, no
place in a building and no word the story writes again (a region heading). Texts invented."""

from __future__ import annotations

import pytest

from uniongraph.model import Article
from uniongraph.reading.bylines import find_bylines


def _bylines(text: str) -> list[str]:
    title = text.split("\n", 1)[0]
    return [b.name for b in find_bylines(Article(id="t", source="t", index=0, title=title, text=text))]


STORY = "诗歌朗诵会\n本报讯 五一前夕，南岭市总工会举办职工诗歌朗诵会，三百余名职工参加。"


@pytest.mark.parametrize("word", ["节选", "航拍", "三楼", "导读", "引言", "附言", "选登", "摘登", "要闻"])
def test_a_label_or_a_position_closing_the_article_is_no_byline(word):
    assert _bylines(STORY + f"（{word}）") == []


@pytest.mark.parametrize("text", [
    "劳模事迹报告会\n侧记\n12月5日，南岭市总工会在市职工文化中心举办劳模事迹报告会，五位劳模讲述了奋斗故事。",
    "新区职工技能大赛开幕\n雄安\n近日，雄安新区第三届职工技能大赛开幕，500余名职工参赛。",
    "园区职工运动会开幕\n亦庄\n近日，亦庄经济开发区首届职工运动会开幕，2000余名职工参赛。",
])
def test_a_label_or_a_region_under_the_headline_is_no_writer(text):
    assert _bylines(text) == []


@pytest.mark.parametrize("text, name", [
    (STORY + "（岚溪）", "岚溪"),
    ("说说年味\n岚溪\n年味淡了，这是不少人的感慨。可年味究竟是什么，恐怕很难说清。", "岚溪"),
    ("说说年味\n岚溪\n年味淡了，这是不少人的感慨。\n可年味究竟是什么？岚溪问过不少朋友，谁也说不清。", "岚溪"),
])
def test_a_pen_name_written_once_is_still_the_writer(text, name):
    assert _bylines(text) == [name]
