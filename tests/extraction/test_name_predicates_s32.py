"""A predicate that governs what follows ends an organisation's name on its left
(``lexicons/boundary_words.txt``: 建, 完成, 构筑, 派遣 …), and the verb 站 (to stand) is no
station's head; names holding verbs of their own stay whole (sentences written for these tests)."""

from __future__ import annotations

from functools import partial

import pytest

from mentioned import names


_BODIES = {"Organization", "Company", "TradeUnion", "Federation", "ServiceTeam"}


_bodies = partial(names, type_=_BODIES)


@pytest.mark.parametrize(("text", "wrong"), [
    ("南岭建大型垃圾焚烧厂", "南岭建大型垃圾焚烧厂"),
    ("青川超额完成南岭日报征订任务。", "青川超额完成南岭日报"),
    ("两市将共同构筑西部物流集散中心。", "构筑西部物流集散中心"),
    ("联合国准备向南岭派遣一个调查团。", "南岭派遣一个调查团"),
    ("去年有三千多人进入函授大学学习。", "三千多人进入函授大学"),
])
def test_a_predicate_opens_no_name(text: str, wrong: str) -> None:
    assert wrong not in _bodies(text)


@pytest.mark.parametrize(("text", "wrong"), [
    ("王青川站在田埂上看了很久。", "王青川站"),
    ("我们始终和南岭人民站在一起。", "南岭人民站"),
])
def test_standing_is_no_station(text: str, wrong: str) -> None:
    assert wrong not in _bodies(text)


@pytest.mark.parametrize(("text", "name"), [
    ("中国建设银行南岭分行今天开业。", "中国建设银行南岭分行"),
    ("南岭市减轻农民负担办公室发出通知。", "南岭市减轻农民负担办公室"),
    ("青川核电站在去年发电二十亿千瓦时。", "青川核电站"),
])
def test_names_with_their_own_verbs_stay(text: str, name: str) -> None:
    assert name in _bodies(text)
