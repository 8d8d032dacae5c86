"""A campaign's co-organisers that carry it out in a later clause (…由A发起，B、C组织实施), and a
body that goes out as a part of the activity named before (作为帮扶行动的一部分，某服务队深入…)
(stop 39). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_LAUNCH = "6日，南岭省总工会“冬日同行”困难帮扶行动启动仪式在青山县举行。"


def test_co_organisers_carry_the_campaign_out():
    got = facts(_LAUNCH + "此次“冬日同行”困难帮扶行动由南岭省总工会发起，海河市总工会、青山县总工会组织实施，共筹集资金300万元。")
    for body in ("南岭省总工会", "海河市总工会", "青山县总工会"):
        assert (body, "organizes", "冬日同行困难帮扶行动") in got


def test_carrying_out_another_task_is_no_organising():
    got = facts(_LAUNCH + "此次“冬日同行”困难帮扶行动由南岭省总工会发起，青山县总工会实施了职工书屋工程。")
    assert ("青山县总工会", "organizes", "冬日同行困难帮扶行动") not in got


def test_a_body_going_out_as_a_part_of_the_activity():
    got = facts(_LAUNCH + "此次“冬日同行”困难帮扶行动由南岭省总工会发起。"
                "作为帮扶行动的一部分，海河市劳模志愿服务队当天深入白水镇、柳河镇，为困难职工检修电器。")
    assert ("海河市劳模志愿服务队", "participatesIn", "冬日同行困难帮扶行动") in got
    assert ("冬日同行困难帮扶行动", "heldAt", "白水镇") in got
    assert ("冬日同行困难帮扶行动", "heldAt", "柳河镇") in got


def test_part_of_an_activity_never_named_is_not_read():
    got = facts(_LAUNCH + "作为慰问活动的一部分，海河市劳模志愿服务队当天深入白水镇。")
    assert not any(h == "海河市劳模志愿服务队" and r == "participatesIn" for h, r, _ in got)
    assert not any(r == "heldAt" and t == "白水镇" for _, r, t in got)


def test_part_of_one_of_two_activities_of_the_word_is_refused():
    got = facts("6日，南岭省总工会“冬日同行”帮扶行动启动。去年的“春风送暖”帮扶行动惠及千户职工。"
                "作为帮扶行动的一部分，海河市劳模志愿服务队当天深入白水镇。")
    assert not any(h == "海河市劳模志愿服务队" and r == "participatesIn" for h, r, _ in got)


def test_a_body_in_a_later_clause_is_not_the_part():
    got = facts(_LAUNCH + "此次“冬日同行”困难帮扶行动由南岭省总工会发起。"
                "作为帮扶行动的一部分，市总工会将筹集资金，海河市劳模志愿服务队随后深入白水镇。")
    assert not any(h == "海河市劳模志愿服务队" and r == "participatesIn" for h, r, _ in got)
