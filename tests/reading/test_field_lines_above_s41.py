"""A web page's field line (发布时间：…　来源：…　作者：…) printed ABOVE a headline belongs to the story
under it, when the page prints no field line under a headline; a page that prints its field lines under
its headlines keeps them with the story above. All names and bodies here are invented."""

from __future__ import annotations

from uniongraph.reading import split_articles
from uniongraph.reading.bylines import add_bylines

_ONE = "12月3日，某某区总工会在区职工服务中心举办技能培训班，80名职工参加。"
_TWO = "12月4日，某某街道总工会走访慰问了辖区12户困难职工家庭。"


def _stories(page: str) -> list[tuple[str, str, list[str]]]:
    """(kicker, title, writers) of each article of ``page``."""
    out = []
    for art in split_articles(page, "t.md"):
        art = add_bylines(art)
        out.append((art.kicker, art.title, art.reporters + art.correspondents))
    return out


def test_field_line_above_each_headline_goes_to_the_story_below():
    page = (f"某某市总工会 > 工作动态\n\n发布时间：2026-12-04 09:32　来源：市总工会办公室　作者：柏文清 郁小川\n\n"
            f"# 区总工会举办技能培训班\n\n{_ONE}\n\n培训持续三天。\n\n"
            f"发布时间：2026-12-05 16:10　来源：某某街道总工会　作者：闵雪菲\n\n# 街道总工会走访困难职工\n\n{_TWO}")
    assert _stories(page) == [
        ("某某市总工会 > 工作动态", "区总工会举办技能培训班", ["柏文清", "郁小川"]),
        ("", "街道总工会走访困难职工", ["闵雪菲"]),
    ]


def test_field_line_above_the_only_headline_is_no_kicker():
    page = (f"某某县总工会 > 工作动态\n\n发布日期：2026年12月9日　来源：县总工会办公室　作者：钟一鸣\n\n"
            f"# 晒成绩 比实效\n——某某县总工会开展基层工会主席述职评议\n\n{_ONE}")
    [(kicker, title, writers)] = _stories(page)
    assert (kicker, title, writers) == ("某某县总工会 > 工作动态", "晒成绩 比实效", ["钟一鸣"])
    art = split_articles(page, "t.md")[0]
    # the field line stands under the story's dashed sub-title, where pages that print it below put it
    assert art.text.split("\n")[1:3] == ["——某某县总工会开展基层工会主席述职评议",
                                         "发布日期：2026年12月9日　来源：县总工会办公室　作者：钟一鸣"]


def test_page_with_field_lines_under_headlines_keeps_a_closing_source_line_with_the_story_above():
    # fields under the first headline: the page prints them below; a 来源 line closing the first story
    # and standing above the second headline is the first story's
    page = (f"# 区总工会举办技能培训班\n\n发布时间：2026-12-04　来源：区总工会　作者：柏文清\n\n{_ONE}\n\n"
            f"来源：某某日报　记者 郁小川\n\n# 街道总工会走访困难职工\n\n发布时间：2026-12-05　来源：街道总工会\n\n{_TWO}")
    assert _stories(page) == [
        ("", "区总工会举办技能培训班", ["郁小川", "柏文清"]),
        ("", "街道总工会走访困难职工", []),
    ]


def test_a_line_of_running_text_above_a_headline_is_not_moved():
    page = (f"# 区总工会举办技能培训班\n\n{_ONE}\n\n来源渠道多样的技能培训受到职工欢迎\n\n# 街道总工会走访困难职工\n\n{_TWO}")
    arts = split_articles(page, "t.md")
    assert [a.title for a in arts] == ["区总工会举办技能培训班", "街道总工会走访困难职工"]
    assert "来源渠道" not in arts[1].text
