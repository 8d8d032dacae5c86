"""Fixes of the venue rules of stop 40 (invented lines): a campaign is held only where its own
inspection group goes while it runs; a venue is the head of what the party goes to, not a body
that describes a person's home or another place; a venue after several areas and 的, and each of
a list; a registered province only where nothing written places the company elsewhere; bodies that
hold events 分别 (respectively) each hold their own."""

from tests.stated import headlined_facts, stated_facts

CAMPAIGN_TITLE = "青溪县开展根治欠薪专项行动\n"
CAMPAIGN = "3月2日，青溪县总工会开展青溪县根治欠薪集中专项行动。"
EV = "青溪县根治欠薪集中专项行动"


def _held(facts, ev):
    return {t for h, r, t in facts if h == ev and r == "heldAt"}


def test_a_group_of_another_kind_is_not_the_campaigns():
    for group in ("环保督查组也", "消防检查组"):
        facts = headlined_facts(CAMPAIGN_TITLE + CAMPAIGN + f"当天，{group}来到石桥镇的青溪顺达纸业有限公司，检查设施。")
        assert not _held(facts, EV)


def test_a_group_after_a_second_campaign_is_not_told_apart():
    facts = headlined_facts(CAMPAIGN_TITLE + CAMPAIGN + "与此同时，县应急管理局在全县开展安全生产集中整治行动。"
                            "当天，检查组来到石桥镇的青溪顺达纸业有限公司，查看消防设施。")
    assert not _held(facts, EV)


def test_the_campaigns_own_group_still_goes_there():
    facts = headlined_facts(CAMPAIGN_TITLE + CAMPAIGN + "当天，检查组来到石桥镇的青溪顺达纸业有限公司，查看工资台账。")
    assert {"青溪顺达纸业有限公司", "石桥镇"} <= _held(facts, EV)


def test_no_venue_from_visits_before_a_planned_campaign():
    facts = headlined_facts("青溪县部署根治欠薪专项行动\n3月2日，青溪县总工会决定于4月至6月开展青溪县根治欠薪集中专项行动。"
                            "此前，检查组先后来到石桥镇的青溪顺达纸业有限公司和青溪华光电子有限公司，摸排欠薪线索。")
    assert not _held(facts, EV)


def test_no_campaign_venue_at_a_company_that_names_a_persons_home():
    facts = headlined_facts(CAMPAIGN_TITLE + CAMPAIGN + "当天，检查组来到石桥镇的青溪顺达纸业有限公司退休职工王立新家中，了解情况。")
    assert not any("顺达纸业" in t for t in _held(facts, EV))


REST = "南岭市总工会组织劳模疗休养\n3月2日，2027年南岭市劳模工匠疗休养活动启动。疗休养期间，"
REST_EV = "2027年南岭市劳模工匠疗休养活动"


def test_no_rest_venue_at_a_company_that_describes_what_is_visited():
    for rest in ("职工们来到碧阳镇的黟县茶叶有限公司退休职工王立新家中做客。",
                 "职工们来到碧阳镇的黟县茶叶有限公司所在的工业园区参观。"):
        assert not any("茶叶有限公司" in t for t in _held(headlined_facts(REST + rest), REST_EV))


def test_rest_venue_after_a_city_a_county_and_a_town():
    held = _held(headlined_facts(REST + "职工们在黄山市黟县碧阳镇的南岭职工疗休养基地进行了健康体检。"), REST_EV)
    assert {"南岭职工疗休养基地", "碧阳镇"} <= held


def test_no_rest_venue_after_a_city_alone_and_de():
    held = _held(headlined_facts(REST + "职工们在黄山市的南岭职工疗休养基地进行了健康体检。"), REST_EV)
    assert "南岭职工疗休养基地" not in held


def test_rest_venues_of_a_list_each_after_its_town():
    held = _held(headlined_facts(REST + "职工们来到黟县碧阳镇的南岭职工疗休养基地和石桥镇的南岭市工人文化宫，参加座谈。"), REST_EV)
    assert {"南岭职工疗休养基地", "碧阳镇", "南岭市工人文化宫", "石桥镇"} <= held


def test_no_rest_venue_listed_after_one_that_describes_a_home():
    held = _held(headlined_facts(REST + "职工们来到碧阳镇的南岭职工疗休养基地和石桥镇的黟县茶叶有限公司退休职工王立新家中。"), REST_EV)
    assert not any("茶叶有限公司" in t for t in held)


CLASS = ("南岭市举办工会干部培训班\n3月2日至6日，南岭市总工会2027年工会干部培训班在南岭市总工会职工学校举办。4日，")
CLASS_EV = "南岭市总工会2027年工会干部培训班"


def test_no_class_venue_at_a_company_that_describes_what_is_visited():
    for visit in ("学员们来到长兴县泗安镇湖州宏川机械有限公司捐建的职工书屋，阅读工会读物。",
                  "学员们走进长兴县泗安镇湖州宏川机械有限公司退休职工王立新家中，听他讲述劳模故事。"):
        assert not any("宏川机械" in t for t in _held(headlined_facts(CLASS + visit), CLASS_EV))


def test_class_venue_after_its_places_still_read():
    held = _held(headlined_facts(CLASS + "学员们走进长兴县泗安镇湖州宏川机械有限公司现场观摩。"), CLASS_EV)
    assert any("宏川机械" in t for t in held)


def _placed(facts, word):
    return {t for h, r, t in facts if r == "locatedIn" and word in h}


def test_no_registered_province_against_the_written_one():
    tails = _placed(stated_facts("湖北省总工会宣讲团走进湖北省青溪县石桥镇的浙江华光电子有限公司，为职工宣讲政策。"), "华光电子")
    assert "石桥镇" in tails
    assert not any(t.startswith("浙江") for t in tails)


def test_no_registered_province_for_a_branch():
    tails = _placed(stated_facts("宣讲团走进石桥镇的浙江华光电子有限公司青溪分公司，为职工宣讲政策。"), "青溪分公司")
    assert not any(t.startswith("浙江") for t in tails)


def test_no_registered_province_for_taiwan_or_hong_kong():
    tails = _placed(stated_facts("3月2日，检查组来到昆山经济技术开发区的台湾仁宝电子有限公司和张浦镇的香港永信电子有限公司，"
                                 "查看安全生产情况。"), "电子有限公司")
    assert not any(t.startswith(("台湾", "香港")) for t in tails)


def test_registered_province_still_kept_beside_a_town():
    tails = _placed(stated_facts("宣讲团走进中宁县石桥镇的宁夏红源枸杞科技有限公司，为职工宣讲政策。"), "红源枸杞")
    assert any(t.startswith("宁夏") for t in tails)


def _organizes(facts):
    return {(h, t) for h, r, t in facts if r == "organizes"}


def test_bodies_hold_their_events_respectively():
    pairs = _organizes(stated_facts("青溪县围棋协会和青溪县乒乓球协会将于二月六日分别举办传统的新春围棋赛和乒乓球擂台赛。"))
    assert not any(h.endswith("围棋协会") and "乒乓球" in t for h, t in pairs)
    assert not any(h.endswith("乒乓球协会") and "围棋" in t for h, t in pairs)


def test_bodies_hold_their_split_events_in_order():
    pairs = _organizes(stated_facts("青溪县桥牌协会和青溪县乒乓球协会二月六日分别举办了新春桥牌赛和乒乓球擂台赛。"))
    assert ("青溪县桥牌协会", "新春桥牌赛") in pairs and ("青溪县乒乓球协会", "乒乓球擂台赛") in pairs
    assert ("青溪县桥牌协会", "乒乓球擂台赛") not in pairs and ("青溪县乒乓球协会", "新春桥牌赛") not in pairs


def test_respectively_with_counts_that_differ_pairs_none():
    pairs = _organizes(stated_facts("青溪县围棋协会和青溪县乒乓球协会分别举办了传统的新春围棋赛、乒乓球擂台赛和职工象棋赛。"))
    assert not any(h.endswith("围棋协会") and "乒乓球" in t for h, t in pairs)


def test_bodies_holding_jointly_each_organise():
    pairs = _organizes(stated_facts("青溪县围棋协会和青溪县乒乓球协会将于二月六日共同举办传统的新春围棋赛和乒乓球擂台赛。"))
    assert any(h.endswith("围棋协会") for h, t in pairs) and any(h.endswith("乒乓球协会") for h, t in pairs)


def test_bodies_each_holding_one_of_a_kind_respectively_all_organise():
    pairs = _organizes(stated_facts("青溪县围棋协会、青溪县乒乓球协会分别举行茶话会，慰问老会员。",
                                    title="青溪县两协会举行迎春茶话会"))
    assert any(h.endswith("围棋协会") for h, t in pairs) and any(h.endswith("乒乓球协会") for h, t in pairs)
