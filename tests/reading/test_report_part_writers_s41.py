"""A report of several parts, each from its own city: a part may close with its writers' names in
brackets before the next part's dateline. All names here are invented."""

from __future__ import annotations

from uniongraph.model import Article
from uniongraph.reading.bylines import add_bylines


def _reporters(body: str) -> list[str]:
    art = add_bylines(Article(id="a", source="t", index=0, title="标题", text=f"标题\n{body}"))
    return art.reporters


def test_part_closing_with_writers_before_the_next_dateline():
    body = ("新华社北京１月８日电纪念活动今天在京举行。\n会场内外摆满了鲜花。（邬文成）\n"
            "本报南京１月８日电陈列馆今天落成开放。\n（蔺德华祁立新）")
    assert _reporters(body) == ["邬文成", "蔺德华", "祁立新"]


def test_bracket_before_a_paragraph_with_no_dateline_is_no_writer():
    body = "新华社北京１月８日电纪念活动今天在京举行。\n会场内外摆满了鲜花（邬文成）\n活动持续了一天，观众很多。"
    assert _reporters(body) == []


def test_bracket_of_an_outlet_before_a_dateline_is_no_writer():
    body = "新华社北京１月８日电纪念活动今天在京举行。（新华社发）\n本报南京１月８日电陈列馆今天落成开放。"
    assert _reporters(body) == []
