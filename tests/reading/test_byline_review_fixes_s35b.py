"""Bylines a reviewer proved wrong in stop 35 (closing role brackets and caption credits that made
words names), with checks that the rules still fire (invented briefs)."""

from __future__ import annotations

from uniongraph.model import Article
from uniongraph.reading.bylines import add_bylines


def _people(body: str) -> list[str]:
    art = add_bylines(Article(id="a", source="t.txt", index=0, title="标题", text=f"标题\n{body}"))
    return art.reporters + art.correspondents


_BRIEF = "区总工会举行座谈会，各单位代表参加。"
_LAST = "\n市总工会召开全委会，会议选举了主席。"


def test_a_closing_bracket_of_no_name_gives_no_writer() -> None:
    for bracket in ("（本报通讯员供稿）", "（记者站供稿）", "（通讯员供图）", "（见本报记者刘明此前报道）"):
        people = _people(_BRIEF + bracket + _LAST)
        assert not any(p in ("供稿", "站供稿", "供图", "刘明此前", "刘明") for p in people), (bracket, people)


def test_a_caption_credit_gives_its_photographer_only() -> None:
    people = _people("▲12月3日，区总工会为环卫工人送上饺子。　记者 张三 摄影" + _LAST)
    assert "张三" in people and "摄影" not in people


def test_a_closing_role_bracket_still_gives_its_writer() -> None:
    assert "赵小强" in _people(_BRIEF + "（通讯员 赵小强）" + _LAST)
    assert "王立新" in _people("▲12月3日，区总工会为环卫工人送上饺子。　本报记者 王立新 摄" + _LAST)
