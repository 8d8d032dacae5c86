"""A photo caption that ends with its credit closes its paragraph (stop 35, rel2): the next ▲ caption
is not glued onto it as the rest of a paragraph a page break cut; invented captions."""

from __future__ import annotations

from uniongraph.reading.blocks import Block
from uniongraph.reading.repair import repair_breaks


def _texts(*lines: str) -> list[str]:
    return [b.text for b in repair_breaks([Block(t, k) for k, t in enumerate(lines, start=1)])]


def test_a_caption_with_its_credit_stands_alone() -> None:
    first = "▲12月3日，青溪区总工会志愿服务队为环卫工人送上饺子。　本报记者 王立新 摄"
    second = "▲12月4日，南岭市职工技能比武举行。（通讯员 赵强 摄）"
    assert _texts(first, second) == [first, second]


def test_a_sentence_ending_in_the_verb_shoot_is_no_credit() -> None:
    # a stop, then a clause ending in 拍摄 with no space before it: a page break after the verb
    assert _texts("比赛很激烈。职工们纷纷拍摄", "了视频。") == ["比赛很激烈。职工们纷纷拍摄了视频。"]
