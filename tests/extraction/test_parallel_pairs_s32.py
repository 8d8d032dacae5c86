"""An event's name with a short parallel pair joined by 、 before its head (棋王、棋后大奖赛) is one
name; events listed with 、, each with its head or with long parts, stay apart: invented sentences."""

from __future__ import annotations

from uniongraph.extraction.events import find_events
from uniongraph.extraction.tokens import TokenIndex


def events(text: str) -> set[str]:
    return {m.name for m in find_events(TokenIndex(text))}


def test_a_pair_sharing_a_character_stays_in_the_name() -> None:
    assert "北岭市象棋新秀、新星邀请赛" in events("北岭市象棋新秀、新星邀请赛昨天开幕。")
    assert "全县职工男子、女子锦标赛" in events("县总工会举办全县职工男子、女子锦标赛。")


def test_one_character_each_and_a_listed_pair() -> None:
    assert "青河县老、少年桥牌赛" not in events("青河县老、少年桥牌赛开幕。")  # 老 and 少年: no pair
    assert "青河县职工男、女邀请赛" in events("青河县职工男、女邀请赛昨天开幕。")
    assert "北岭市乒乓球团体、个人锦标赛" in events("北岭市乒乓球团体、个人锦标赛昨天开幕。")


def test_a_quoted_cup_and_a_pair_carry_the_name_to_its_start() -> None:
    found = events("记者报道：全省围棋“青松”杯棋王、棋后大奖赛将于本月举行。")
    assert "全省围棋青松杯棋王、棋后大奖赛" in found
    assert "棋后大奖赛" not in found
    assert "全省围棋青松杯棋王大奖赛" in events("全省围棋“青松”杯棋王大奖赛将于本月举行。")


def test_two_teams_of_one_match() -> None:
    assert "北岭男篮、青河男篮表演赛" in events("体育馆举办北岭男篮、青河男篮表演赛。")


def test_two_events_listed_stay_two() -> None:
    found = events("市总工会开展第一届职工篮球赛、第二届职工足球赛。")
    assert {"第一届职工篮球赛", "第二届职工足球赛"} <= found
    found = events("会议传达了全省职工工作会议、全市财贸工作会议精神。")
    assert not any("、" in e for e in found)
    found = events("北岭有东坡、西岭、南湖公园春节庙会。")  # long or unlike parts: a list of fairs
    assert not any("、" in e for e in found)
    found = events("他参加过奥运会、世界锦标赛。")  # 奥运会 is an event of its own
    assert "奥运会、世界锦标赛" not in found
