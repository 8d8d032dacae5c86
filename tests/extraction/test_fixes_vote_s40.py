"""Fixes of the vote rules merged at stop 40 (review of vote-s40): a word jieba does not know after
a body's 的 is no person on that alone (products, apps, posts and places of the body stand there
too), and a place the gazetteer knows inside a word jieba glued over its edge stands only where the
glued part does not form another name (下加利福尼亚州, an idiom jieba calls a name). Sentences
invented for these tests."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def typed(body: str) -> set[tuple[str, str]]:
    return {(m.canonical or m.name, m.type) for m in _article(body).mentions}


def facts(body: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in _article(body).relations if not r.inferred}


# --- 1–3. what a body's 的 introduces is not always someone who works there

@pytest.mark.parametrize(("body", "words"), [
    # a platform or an app of the body, listed or before a colon
    ("东川数据集团有限公司的蒙务通、闵通码等政务平台受到关注。", ("蒙务通", "闵通码")),
    ("东川数据集团有限公司的闵通码：一码通行全省。", ("闵通码",)),
    ("南川数字政务有限公司的蒙通办获得一等奖。", ("蒙通办",)),
    ("东川数据集团有限公司的蒙务通获批上线。", ("蒙务通",)),
    # a product of the body
    ("西岭酒业有限公司的江小满获得金奖。", ("江小满",)),
    # posts of a centre
    ("北坪社区服务中心的包联岗、党员岗分别获得表彰。", ("包联岗",)),
    # a site of a group, a place of its own
    ("北坪矿业集团有限公司的马家沟、杨家坪两座煤矿分别获得表彰。", ("马家沟",)),
])
def test_a_word_after_a_bodys_de_is_no_person_on_that_alone(body: str, words: tuple[str, ...]) -> None:
    got = typed(body)
    rels = facts(body)
    for w in words:
        assert (w, "Person") not in got
        assert not any(h == w and r == "worksFor" for h, r, _ in rels)


def test_a_mine_named_after_a_place_stays_a_body() -> None:
    got = typed("北坪矿业集团有限公司的马家沟煤矿获得安全生产先进单位称号。")
    assert ("马家沟", "Person") not in got


def test_someone_of_a_body_who_speaks_still_stands() -> None:
    # the older cue (a verb of saying after the name) is untouched
    assert ("孟庆华", "Person") in typed("北坪纺织有限公司的孟庆华说，比赛让大家开了眼界。")


# --- 5. a character glued before a place forms another place's name

@pytest.mark.parametrize(("body", "place"), [
    ("新华社电 下加利福尼亚州遭遇暴雨。", "加利福尼亚州"),
    ("新华社电 南加州山火仍在蔓延。", "加州"),
])
def test_a_character_glued_before_a_place_makes_another_name(body: str, place: str) -> None:
    assert (place, "Place") not in typed(body)


@pytest.mark.parametrize(("body", "place"), [
    ("他曾在原苏联留学多年。", "苏联"),                  # former: the same place
    ("首都北京迎来了第一场雪。", "北京"),                # a word glued before it
])
def test_a_time_word_glued_before_a_place_keeps_it(body: str, place: str) -> None:
    assert (place, "Place") in typed(body)


# --- 6. an idiom jieba calls a name holds no place

@pytest.mark.parametrize(("body", "place"), [
    ("一位老师傅说起了云雨巫山的典故。", "巫山"),
    ("墙上挂着一幅丹凤朝阳的剪纸。", "朝阳"),
    ("展厅里的藏品包罗万象，令人目不暇接。", "万象"),
])
def test_an_idiom_jieba_tags_as_a_name_holds_no_place(body: str, place: str) -> None:
    assert (place, "Place") not in typed(body)


def test_an_idiom_does_not_place_the_articles_federation() -> None:
    got = typed("市总工会举办职工讲座。一位老师傅说起了云雨巫山的典故。")
    assert not any(name.startswith("重庆") for name, _ in got)
