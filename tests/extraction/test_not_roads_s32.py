"""Words ending in a road head that name no road (``lexicons/not_road_words.txt``): the road to
riches, a circuit, a kind of railway; real streets stay (sentences written for these tests)."""

from __future__ import annotations

from functools import partial

import pytest

from mentioned import names


_places = partial(names, type_="Place", written=True)


@pytest.mark.parametrize("text", [
    "养蜂让全村妇女走上了致富路。",
    "乡亲们开山垦荒，修桥铺路。",
    "这家工厂研制超大规模集成电路。",
    "去年全省新建电气化铁路三百公里。",
    "双方的会谈为两国合作铺平道路。",
])
def test_a_way_or_a_kind_is_no_road(text: str) -> None:
    assert not _places(text)


@pytest.mark.parametrize(("text", "road"), [
    ("他沿着南岭路一直走到中山路。", "中山路"),
    ("他家住在南岭市致富路１２号。", "南岭市致富路"),   # a house number: a street of that name
])
def test_a_named_road_stays(text: str, road: str) -> None:
    assert road in _places(text)
