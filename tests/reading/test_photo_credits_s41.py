"""Photographers named where a paper prints them after its notes or after naming the picture
((某某摄)(新华社稿), (压题照片为某某摄), (本栏照片均为某某摄)), and names holding 照 (曹照琪) read like any
name. All names here are invented."""

from __future__ import annotations

import pytest

from uniongraph.model import Article
from uniongraph.reading.bylines import add_bylines

_CAPTION = "图为：雪后，某某县邮电支局的职工在帐篷里接转电话。"
_STORY = "一月十日地震发生时，某某县邮电支局的职工正在值班。"


def _roles(body: str) -> tuple[list[str], list[str]]:
    art = add_bylines(Article(id="a", source="t", index=0, title="标题", text=f"标题\n{body}"))
    return art.reporters, art.correspondents


@pytest.mark.parametrize(
    ("body", "reporters", "correspondents"),
    [
        # a credit the paper's notes follow, at a caption's end or the story's
        (f"{_CAPTION}\n（蔺文广摄）（新华社稿）\n{_STORY}", ["蔺文广"], []),
        (f"{_STORY}\n{_CAPTION}（新华社记者蔺文广摄）（传真照片）", ["蔺文广"], []),
        # a credit that names its picture first
        (f"{_STORY}\n（压题照片为蔺文广摄）", ["蔺文广"], []),
        (f"{_STORY}\n（本栏照片均为蔺文广摄）", ["蔺文广"], []),
        (f"{_STORY}\n（照片：蔺文广摄）", ["蔺文广"], []),
        (f"{_STORY}\n（本栏图片均为新华社记者蔺文广摄）", ["蔺文广"], []),
        # names holding 照, run together after a role, or one name before the next role
        (f"本报记者曹照琪谢国庆王尧\n{_STORY}", ["曹照琪", "谢国庆", "王尧"], []),
        (f"本报讯记者邬立明、通讯员史照东报道：{_STORY}", ["邬立明"], ["史照东"]),
    ],
)
def test_photographers_and_names_read(body, reporters, correspondents):
    assert _roles(body) == (reporters, correspondents)


@pytest.mark.parametrize(
    "body",
    [
        # notes alone, a picture's description with no name, a place before 摄 are no byline
        f"{_STORY}\n（传真照片）（新华社稿）",
        f"{_STORY}\n（压题照片为资料图片）",
        f"{_STORY}\n（本栏照片均为本报摄）",
        f"{_STORY}\n（照片）",
        # a photo reference inside running text is not a credit closing the paragraph
        f"{_STORY}礼堂里响起了掌声（见压题照片蔺文广摄），演出持续了两个小时。",
    ],
)
def test_no_photographer(body):
    assert _roles(body) == ([], [])
