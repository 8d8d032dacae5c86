"""Lead's fixes of stop 35 (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from mentioned import names
from uniongraph.reading.articles import split_articles
from uniongraph.reading.bylines import find_bylines


# -- a notice's addressees: 各 and a run of levels before 总工会 name every such federation, no one

@pytest.mark.parametrize("text", [
    "各县（市）区总工会，各产业工会：现将有关事项通知如下。",
    "各区、县总工会：为做好春节送温暖工作，现通知如下。",
    "各区县总工会、各产业工会：请于月底前报送材料。",
    "各市（州）总工会：现将有关事项通知如下。",
])
def test_addressed_federations_are_no_entity(text: str) -> None:
    assert not [n for n in names(text, written=True) if n.endswith("总工会")]


@pytest.mark.parametrize(("text", "name"), [
    ("区总工会主席李明出席会议。", "区总工会"),
    ("各地总工会要抓好落实，南岭区总工会率先行动。", "南岭区总工会"),
    ("县总工会和各乡镇工会参加。", "县总工会"),
])
def test_one_federation_stays(text: str, name: str) -> None:
    assert name in names(text, "Federation", written=True)


# -- a picture caption closed by its credit, and a brief of a column closed by its writers

_CAPTIONS = ("# 图片新闻\n\n"
             "▲12月3日，南岭区总工会志愿服务队来到东湖街道户外劳动者服务站，为环卫工人送上热腾腾的饺子。"
             "当天，服务队还为二十名环卫工人发放了棉手套。　本报记者 林小青 摄\n\n"
             "▲12月4日，南岭区第二届职工技能比武在东湖街道举行，四十八名职工同台竞技。"
             "图为一名焊工在比赛中。　通讯员 白文杰 摄\n")


def _bylines(page: str) -> list[tuple[str, str]]:
    return [(b.role, b.name) for a in split_articles(page, markdown=True) for b in find_bylines(a)]


def test_each_caption_credit_is_a_byline() -> None:
    assert set(_bylines(_CAPTIONS)) == {("reporter", "林小青"), ("correspondent", "白文杰")}


def test_captions_closed_by_a_credit_stay_apart() -> None:
    body = split_articles(_CAPTIONS, markdown=True)[0]
    assert "摄▲" not in body.text


def test_a_broken_paragraph_is_still_rejoined() -> None:
    page = "# 标题\n\n南岭区总工会为环卫工人送上了饺子和棉手\n\n套。记者 林小青 说，活动还将继续。\n"
    assert "棉手套" in split_articles(page, markdown=True)[0].text


_BRIEFS = ("# 要闻简讯\n\n"
           "**东湖**　12月3日，东湖市总工会召开推进会。副主席王立新出席并讲话。（通讯员 白文杰）\n\n"
           "**西岭**　12月4日，西岭市总工会举办技能大赛。（记者 林小青）\n")


def test_each_brief_closing_bracket_names_its_writer() -> None:
    assert set(_bylines(_BRIEFS)) == {("correspondent", "白文杰"), ("reporter", "林小青")}


def test_a_bracket_without_a_role_inside_the_story_is_no_byline() -> None:
    page = ("# 标题\n\n东湖市总工会召开推进会（附图片1张）。王立新出席会议（白文杰）\n\n"
            "会议要求各级工会抓好落实。\n")
    assert _bylines(page) == []
