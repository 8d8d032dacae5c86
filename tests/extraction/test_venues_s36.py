"""Where events are held and bodies are (heldAt, locatedIn): rules of stop 36. Invented sentences."""

from __future__ import annotations

from stated import stated_facts as facts


# organisations.py, org-opened-in-place: a body put to use at a place (揭牌投用, 启用)

def test_a_centre_opened_and_put_to_use_in_a_street_is_there():
    body = "由南岭区总工会投资建设的南岭区职工服务中心在青石街道揭牌投用。"
    assert ("南岭区职工服务中心", "locatedIn", "青石街道") in facts(body)


def test_new_premises_put_to_use_at_a_square_place_the_centre():
    body = "海河市职工服务中心新址在海河市职工文化广场正式启用。"
    assert ("海河市职工服务中心", "locatedIn", "海河市职工文化广场") in facts(body)


def test_a_body_that_opens_an_office_somewhere_is_not_placed_there():
    body = "南岭钢铁集团有限公司在青石街道启用了新的服务站，职工可就近办理业务。"
    assert not any(f[0].endswith("南岭钢铁集团有限公司") and f[1] == "locatedIn" and f[2] == "青石街道" for f in facts(body))


# venues.py, held-at-area-before-venue: a district written before a venue is an area of its own

def test_a_contest_at_a_venue_after_a_district_is_held_in_the_district_too():
    # (stop 37: a venue named with a larger place of its own, 金铁岭 of 铁岭市 that holds 银州区, is two
    # places; a facility named by the district alone, 银州区金河湾职工文体中心, is one name as written:
    # test_names_as_written_s37)
    body = "12月5日，南岭市第二届女职工技能大赛在银州区金铁岭职工文体中心落幕。"
    got = facts(body)
    assert ("南岭市第二届女职工技能大赛", "heldAt", "金铁岭职工文体中心") in got
    assert ("南岭市第二届女职工技能大赛", "heldAt", "银州区") in got


def test_a_county_opening_a_venue_name_stays_part_of_it():
    body = "12月5日，南岭县总工会第五次代表大会在南岭县青石会议中心开幕。"
    assert not any(f[1] == "heldAt" and f[2] == "南岭县" for f in facts(body))


# venues.py, party-of-the-event-kind-goes-to: the party named by the event's kind (检查组 of a
# 专项检查) goes to each venue of a list, companies and the towns before them included

_INSPECTION = ("12月2日至6日，南岭县总工会联合县应急管理局开展“平安过冬”安全生产专项检查行动。"
               "县总工会副主席王立新带队，组成检查组。")


def test_an_inspection_is_held_at_each_mine_its_group_goes_to_and_their_towns():
    body = _INSPECTION + "检查组先后来到青石镇海河煤业有限公司东坡煤矿、白沙镇南岭矿业有限公司西坡煤矿等6家煤矿，查看安全设施。"
    got = {f for f in facts(body) if f[1] == "heldAt"}
    ev = "平安过冬安全生产专项检查行动"
    assert {(ev, "heldAt", "海河煤业有限公司东坡煤矿"), (ev, "heldAt", "青石镇"),
            (ev, "heldAt", "南岭矿业有限公司西坡煤矿"), (ev, "heldAt", "白沙镇")} <= got


def test_where_the_group_goes_after_the_inspection_is_no_venue_of_it():
    body = _INSPECTION + "检查结束后，检查组来到青石镇海河煤业有限公司东坡煤矿，看望了困难职工。"
    assert not any(f[1] == "heldAt" for f in facts(body))


def test_a_party_of_another_kind_does_not_place_the_event():
    body = _INSPECTION + "调研组来到青石镇海河煤业有限公司东坡煤矿，了解企业用工情况。"
    assert not any(f[1] == "heldAt" for f in facts(body))


# notices.py, notice-venue-field: a field of the time and the venue together (时间地点：DATE，VENUE)

_TRIP_NOTICE = ("关于组织2027年第一批一线职工疗休养活动的通知\n"
                "市总工会决定组织2027年第一批一线职工疗休养活动。现将有关事项通知如下：\n"
                "一、主办单位：南岭市总工会\n"
                "二、时间地点：2027年3月2日至3月6日，南岭市总工会青石职工疗休养院\n")


def test_the_time_and_venue_field_places_the_notices_event():
    from stated import headlined_facts
    got = headlined_facts(_TRIP_NOTICE)
    assert ("2027年第一批一线职工疗休养活动", "heldAt", "南岭市总工会青石职工疗休养院") in got


def test_a_registration_time_and_place_is_no_venue():
    from stated import headlined_facts
    got = headlined_facts(_TRIP_NOTICE.replace("二、时间地点", "二、报到时间地点"))
    assert not any(f[1] == "heldAt" for f in got)


# venues.py, subject-goes-to-place: not where the launchers of a contest go after its ceremony

def test_a_contest_is_not_held_where_its_launchers_go_after_the_ceremony():
    body = ("12月8日，南岭热电有限公司启动2026—2027供暖季“暖万家”供热保障劳动竞赛。"
            "启动仪式后，王立新带领南岭热电公司工会志愿服务队来到南岭市河东街道供热客服站，为客服人员送去饺子。")
    assert not any(f[1] == "heldAt" and "客服站" in f[2] for f in facts(body))


def test_an_activity_of_visits_goes_on_after_its_launch_ceremony():
    body = ("12月8日，南岭区总工会启动“冬日暖阳”送温暖活动。"
            "启动仪式后，区总工会主席王立新一行来到南岭市河东街道供热客服站，为客服人员送去饺子。")
    assert any(f[1] == "heldAt" and "客服站" in f[2] for f in facts(body))


# organisations.py, area-written-before-org: a company whose registered name opens with a place is
# placed by the town or street written right before it, not by its name's own place

def test_a_company_after_a_street_is_in_the_street_not_its_names_city():
    got = facts("12月25日，南岭市第三届职工技能比武在白沙街道洛阳海河齿轮有限公司举行。")
    assert ("海河齿轮有限公司", "locatedIn", "白沙街道") in got
    assert not any(f[1] == "locatedIn" and f[2] in ("洛阳", "洛阳市") for f in got)


def test_the_street_before_a_companys_project_places_the_project_not_the_company():
    got = facts("12月5日，南岭市第三届职工技能比武在白沙街道洛阳海河置业有限公司“海韵府”住宅项目工地举行。")
    assert ("海河置业有限公司", "locatedIn", "白沙街道") not in got


# venues.py, event-held-at-company: 在 over the areas written before the company

def test_a_contest_at_a_company_after_its_street_is_held_at_the_company():
    got = facts("12月25日，南岭市第三届陶艺职工技能比武在白沙街道洛阳海河陶瓷有限公司举行。")
    assert any(f[1] == "heldAt" and f[2].endswith("海河陶瓷有限公司") for f in got)


def test_a_company_after_a_street_with_no_verb_of_holding_is_no_venue():
    got = facts("12月25日，南岭市第三届陶艺职工技能比武在白沙街道洛阳海河陶瓷有限公司职工的支持下圆满完成。")
    assert not any(f[1] == "heldAt" and f[2].endswith("海河陶瓷有限公司") for f in got)
