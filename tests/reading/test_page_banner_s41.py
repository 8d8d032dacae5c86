"""A page's first line that is a banner of parts set apart by ``>`` or ``|`` (a site's path, a paper's
edition line) leads the first story in as its kicker however long it is; it is no story of its own.
All names and bodies here are invented."""

from __future__ import annotations

import pytest

from uniongraph.reading import split_articles

_STORY = "12月3日，某某区总工会在区职工服务中心举办技能培训班，80名职工参加。"


@pytest.mark.parametrize("banner", [
    "某某省总工会　首页 > 市州动态　　来源：某某市总工会　发布日期：2026年12月4日",
    "某某机械报 | 总第1203期 | 2026年12月18日 | 第2版：工会·职工之家",
    "某某县总工会｜工作动态｜2026年12月5日",
])
def test_long_banner_above_the_first_headline_is_its_kicker(banner):
    [art] = split_articles(f"{banner}\n\n# 区总工会举办技能培训班\n\n{_STORY}", "t.md")
    assert (art.kicker, art.title) == (banner, "区总工会举办技能培训班")
    assert banner not in art.text


def test_a_long_first_paragraph_without_separators_stays_a_story():
    lead = "据了解，某某区总工会今年共为全区职工办理互助保障，参保人数比去年增加一千余人，受益面进一步扩大"
    arts = split_articles(f"{lead}\n\n# 区总工会举办技能培训班\n\n{_STORY}", "t.md")
    assert [a.title for a in arts] == ["", "区总工会举办技能培训班"]


def test_a_banner_that_is_not_the_first_line_is_not_taken():
    # a row of a table printed without outer bars, above a later headline, is text of the story above
    row = "1 | 某某区总工会职工技能培训班 | 某某区职工服务中心三楼多功能厅 | 80人 | 三天 | 联系人：柏文清"
    page = f"# 区总工会举办技能培训班\n\n{_STORY}\n\n{row}\n\n# 街道总工会走访困难职工\n\n{_STORY}"
    arts = split_articles(page, "t.md")
    assert row in arts[0].text and arts[1].kicker == ""
