"""A digest whose items open with a place tag in black brackets (【某县】11月30日，…): each item reports
its own activity, so a result line of the second item belongs to its event, not the first's
(stop 39; invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_DIGEST = ("【东岭】11月30日，由东岭市总工会主办的“书香东岭”职工书法展在东岭市职工文化活动中心开幕。\n\n"
           "【南坪】11月29日，南坪县总工会主办的第三届职工羽毛球比赛在南坪县体育馆落幕。"
           "南坪光华陶瓷有限公司代表队获团体冠军，该公司职工孙立强获男子单打冠军。")


def test_item_results_belong_to_the_items_event():
    got = facts(_DIGEST, title="东岭工会简讯")
    assert ("南坪光华陶瓷有限公司代表队", "participatesIn", "第三届职工羽毛球比赛") in got
    assert ("孙立强", "participatesIn", "第三届职工羽毛球比赛") in got
    assert not any(h in ("南坪光华陶瓷有限公司代表队", "孙立强") and "书法展" in t for h, _, t in got)


def test_a_bracket_inside_a_line_opens_no_item():
    body = ("11月30日，由东岭市总工会主办的“书香东岭”职工书法展在东岭市职工文化活动中心开幕。"
            "展览分为【楷书】【行书】两个展区，东岭光华陶瓷有限公司职工孙立强获一等奖。")
    got = facts(body, title="东岭工会简讯")
    assert any(h == "孙立强" and r == "participatesIn" and "书法展" in t for h, r, t in got)
