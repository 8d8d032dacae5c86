"""Bylines printed after credit labels (文字：, 图片：, 作者：, 文/图：, 供稿：), a two-character name set
with a space inside (王　芳), a story under a dashed sub-title, and what is no byline (editors, bodies,
记者节, 记者站, 编辑部). All names and bodies here are invented."""

from __future__ import annotations

import pytest

from uniongraph.model import Article
from uniongraph.reading import split_articles
from uniongraph.reading.bylines import add_bylines, credit_bylines, is_credit_line

_STORY = "12月3日，某某区总工会在区职工服务中心举办技能培训班。"


def _roles(body: str) -> tuple[list[str], list[str]]:
    art = add_bylines(Article(id="a", source="t.md", index=0, title="标题", text=f"标题\n{body}"))
    return art.reporters, art.correspondents


@pytest.mark.parametrize(
    ("body", "reporters", "correspondents"),
    [
        # credit lines at the end, with the editors' line under them
        (f"{_STORY}\n培训持续三天。\n文字：柏文清　图片：郁小川\n编辑：钟一鸣　审核：祁海生", [], ["柏文清", "郁小川"]),
        (f"{_STORY}\n文/图：闵雪菲\n编辑：钟一鸣", [], ["闵雪菲"]),
        (f"{_STORY}\n（摄影：蔡文冬邬长青）", [], ["蔡文冬", "邬长青"]),  # names run together
        # a credit line right under the headline
        (f"文字：柏文清　图片：郁小川\n{_STORY}\n培训持续三天。", [], ["柏文清", "郁小川"]),
        # a page's line of facts: 作者 is the writer; 来源 is an outlet or a body
        (f"发布时间：2026-12-02 09:15　来源：某某区总工会办公室　作者：柏文清\n{_STORY}", [], ["柏文清"]),
        # a supplier's credit: the body, then the writer's name
        (f"{_STORY}\n（供稿：某某街道总工会　郁小川）", [], ["郁小川"]),
        # 来源 … 记者 … 通讯员 … at the end of the story
        (f"{_STORY}\n培训持续三天。\n来源：某某日报　记者 柏文清　通讯员 郁小川\n责任编辑：钟一鸣",
         ["柏文清"], ["郁小川"]),
        # 王　芳: a two-character name with a space inside
        (f"本报讯（记者 郁　川 通讯员 柏文清）{_STORY}", ["郁川"], ["柏文清"]),
        (f"本报讯（记者 闵　雪　柏文清）{_STORY}", ["闵雪", "柏文清"], []),
    ],
)
def test_credit_bylines(body: str, reporters: list[str], correspondents: list[str]) -> None:
    assert _roles(body) == (reporters, correspondents)


@pytest.mark.parametrize(
    "body",
    [
        f"{_STORY}\n编辑：钟一鸣　审核：祁海生",  # editors are no byline
        f"{_STORY}\n责任编辑：钟一鸣",
        f"{_STORY}\n文字：某某日报编辑部　图片：某某区总工会",  # bodies, not people
        f"{_STORY}\n文/图：某某区总工会组织部",
        f"{_STORY}\n（供稿：某某街道总工会）",
        f"发布时间：2026-12-02　来源：某某日报　作者：某某区总工会\n{_STORY}",
        f"今天是第二十七个记者节，全市新闻工作者举行座谈。\n{_STORY}",  # 记者节 is no byline
        f"{_STORY}\n（本报驻某某记者站）",  # a bureau is no person
        f"{_STORY}\n图为柏文清在车间检查设备。",  # a caption, no credit label
    ],
)
def test_no_credit_byline(body: str) -> None:
    assert _roles(body) == ([], [])


def test_credit_line_shape() -> None:
    assert is_credit_line("文字：柏文清　图片：郁小川")
    assert is_credit_line("编辑：钟一鸣　审核：祁海生")
    assert not is_credit_line("文字是这样写的：柏文清说了算")
    assert [b.name for b in credit_bylines("作者：柏文清", 0, 6)] == ["柏文清"]


def test_dashed_subtitle_is_no_title() -> None:
    page = ("# 某某集团劳模工作室获评示范工作室\n——三年完成技术攻关四十项\n\n"
            f"本报讯（记者 柏文清 通讯员 郁小川）{_STORY}\n")
    (art,) = [a for a in split_articles(page, "p.md") if a.title]
    add_bylines(art)
    assert art.title == "某某集团劳模工作室获评示范工作室"
    assert (art.reporters, art.correspondents) == (["柏文清"], ["郁小川"])


def test_credit_line_is_not_joined_to_the_story() -> None:
    page = f"# 某某区总工会举办技能培训班\n\n文字：柏文清　图片：郁小川\n{_STORY}\n"
    (art,) = split_articles(page, "p.md")
    assert "文字：柏文清　图片：郁小川\n" in art.text


@pytest.mark.parametrize(
    ("body", "reporters"),
    [
        # the writers after the place they sign from: the place is no name
        (f"{_STORY}\n（江苏某州市柏文清郁小川）", ["柏文清", "郁小川"]),
        (f"{_STORY}（湖南某阳县闵雪菲）", ["闵雪菲"]),
        # a names line under a lead-in line, a note or a deck
        (f"绿水青山是某某矿的新名片。看完这篇报道你会有新的认识。\n柏文清郁小川\n{_STORY}", ["柏文清", "郁小川"]),
        (f"（附图片１张）\n柏文清\n{_STORY}", ["柏文清"]),
    ],
)
def test_writers_lines(body: str, reporters: list[str]) -> None:
    assert _roles(body) == (reporters, [])


@pytest.mark.parametrize(
    "body",
    [
        f"柏文清在车间检查设备。\n荣誉模范团长\n{_STORY}",  # words read as names run together (荣誉模|范团长)
        f"{'某某矿的新名片' * 15}。\n柏文清\n{_STORY}",  # under a long paragraph: no names line
        f"引言一行。\n柏文清\n本报北京１２月３日电　{_STORY}",  # a region heading above a dateline
    ],
)
def test_no_writers_line(body: str) -> None:
    assert _roles(body) == ([], [])
