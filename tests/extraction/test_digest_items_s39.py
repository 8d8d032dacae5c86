"""A digest whose items open with a place tag in black brackets (【某县】11月30日，…): each item reports
its own activity, so a result line of the second item belongs to its event, not the first's; a
short form (县总工会) in an item tagged with another place is not the body another item names; 该公司
after a team named by its company points to that company (stop 39; invented)."""

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


def test_short_form_of_an_item_is_not_another_items_body():
    body = ("【北川】12月1日，困难职工子女助学金发放仪式在县总工会举行。县总工会主席孟立文出席并讲话。\n\n"
            "【西平】11月29日，西平县总工会主办的第三届职工乒乓球比赛在西平县体育馆落幕。")
    got = facts(body, title="东岭工会简讯")
    assert ("孟立文", "worksFor", "西平县总工会") not in got
    # (the item's own county union: its tag's gazetteer form, 北川 → 北川羌族自治县, once the tag is read)
    assert ("孟立文", "worksFor", "北川羌族自治县总工会") in got


def test_short_form_in_the_item_of_its_own_body():
    body = "【西平】11月29日，西平县总工会主办的第三届职工乒乓球比赛在西平县体育馆落幕。县总工会主席孟立文出席并讲话。"
    assert ("孟立文", "worksFor", "西平县总工会") in facts(body, title="东岭工会简讯")


def test_pointer_to_the_company_inside_a_teams_name():
    body = ("【东坪】12月2日，东坪区总工会开展宣传活动，走进南岭冀安煤业有限公司，为矿工讲解法律知识。\n\n"
            "【西平】11月29日，西平县总工会主办的第三届职工乒乓球比赛落幕。"
            "河北西瓷瓷业有限公司代表队获团体冠军，该公司烧成车间职工龚立海获男子单打冠军。")
    got = facts(body, title="东岭工会简讯")
    assert not any(h == "烧成车间" and "冀安" in t for h, _, t in got)


def test_pointer_to_the_company_named_before():
    got = facts("12月2日，记者走进南岭冀安煤业有限公司。该公司烧成车间职工龚立海获男子单打冠军。")
    assert ("烧成车间", "subOrganizationOf", "南岭冀安煤业有限公司") in got
