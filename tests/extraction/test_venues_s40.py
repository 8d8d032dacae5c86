"""Where a campaign's inspection group goes, and a venue written after its area and 的 (invented
lines): the campaign is held at each venue of the list and at the area it is in."""

from tests.stated import headlined_facts

CAMPAIGN = ("青溪县开展安全生产专项行动\n"
            "3月2日，由青溪县总工会、县应急管理局联合开展的青溪县安全生产集中整治专项行动启动。"
            "当天，由县总工会副主席吴志明带队的检查组来到青溪经济开发区的青溪华光电子有限公司和石桥镇的"
            "青溪顺达纸业有限公司，查看安全设施。")


def test_the_campaigns_inspection_group_goes_to_each_venue():
    facts = headlined_facts(CAMPAIGN)
    ev = "青溪县安全生产集中整治专项行动"
    assert any(h == ev and r == "heldAt" and "华光电子有限公司" in t for h, r, t in facts)
    assert any(h == ev and r == "heldAt" and "顺达纸业有限公司" in t for h, r, t in facts)


def test_the_area_before_de_is_a_venue_too():
    facts = headlined_facts(CAMPAIGN)
    ev = "青溪县安全生产集中整治专项行动"
    assert (ev, "heldAt", "青溪经济开发区") in facts
    assert (ev, "heldAt", "石桥镇") in facts


def test_a_group_led_by_someone_goes_for_its_event():
    facts = headlined_facts(
        "市总工会开展冬季送温暖专项督导\n"
        "1月8日，南岭市总工会开展2027年户外劳动者服务站冬季专项督导行动。市总工会副主席郑海燕带领督导组"
        "先后来到城东区柳岸街道的柳岸爱心驿站和城西区河口街道的河口职工服务站。")
    ev = "2027年户外劳动者服务站冬季专项督导行动"
    assert (ev, "heldAt", "柳岸街道") in facts
    assert (ev, "heldAt", "河口街道") in facts


def test_no_venue_for_a_campaign_from_another_bodys_group():
    facts = headlined_facts(
        "青溪县开展根治欠薪专项行动\n"
        "3月2日，青溪县总工会开展青溪县根治欠薪集中专项行动。"
        "当天，省住建厅检查组来到青溪经济开发区的青溪华光电子有限公司。")
    assert not any(r == "heldAt" and h == "青溪县根治欠薪集中专项行动" for h, r, t in facts)


def test_no_venue_for_a_meeting_from_an_inspection_group():
    facts = headlined_facts(
        "青溪县召开安全生产工作会议\n"
        "3月2日，青溪县安全生产工作会议在县行政中心召开。"
        "当天，由县总工会副主席吴志明带队的检查组来到石桥镇的青溪顺达纸业有限公司。")
    assert not any(r == "heldAt" and "顺达纸业" in t for h, r, t in facts)


def test_a_schools_covered_ground_is_a_venue():
    facts = headlined_facts("青溪县举行职工拔河比赛\n3月2日，青溪县第三届职工拔河比赛在青溪县实验中学风雨操场举行。")
    assert ("青溪县第三届职工拔河比赛", "heldAt", "青溪县实验中学风雨操场") in facts


def test_no_venue_from_a_ground_without_a_name():
    facts = headlined_facts("青溪县举行职工拔河比赛\n3月2日，青溪县第三届职工拔河比赛举行，孩子们在风雨操场上加油。")
    assert not any(r == "heldAt" and "风雨操场" in t for h, r, t in facts)


CLASS = ("南岭市举办工会干部培训班\n"
         "3月2日至6日，南岭市总工会2027年工会干部培训班在南岭市总工会职工学校举办。"
         "4日，学员们走进长兴县泗安镇湖州宏川机械有限公司现场观摩。")


def test_trainees_go_to_a_company_written_after_its_places():
    facts = headlined_facts(CLASS)
    ev = "南岭市总工会2027年工会干部培训班"
    assert any(h == ev and r == "heldAt" and "宏川机械有限公司" in t for h, r, t in facts)
    assert (ev, "heldAt", "泗安镇") in facts


def test_no_class_venue_where_the_trainees_go_after_it():
    facts = headlined_facts(CLASS.replace("4日，学员们走进", "培训结束后，学员们将走进"))
    assert not any(r == "heldAt" and "宏川机械" in t for h, r, t in facts)


REST = ("南岭市总工会组织劳模疗休养\n"
        "3月2日，2027年南岭市劳模工匠疗休养活动启动。此次疗休养为期5天，职工们将先后来到歙县和黟县，"
        "并在黟县碧阳镇的南岭职工疗休养基地进行健康体检。")


def test_in_the_activitys_time_the_venue_after_its_area_and_de():
    facts = headlined_facts(REST)
    ev = "2027年南岭市劳模工匠疗休养活动"
    assert (ev, "heldAt", "南岭职工疗休养基地") in facts
    assert (ev, "heldAt", "碧阳镇") in facts


def test_no_venue_after_de_for_a_person_of_the_place():
    facts = headlined_facts(REST.replace("并在黟县碧阳镇的南岭职工疗休养基地进行健康体检", "黟县碧阳镇的劳模王立新介绍了经验"))
    assert not any(r == "heldAt" and t == "碧阳镇" for h, r, t in facts)
