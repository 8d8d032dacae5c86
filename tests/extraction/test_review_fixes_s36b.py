"""Defects a reviewer proved in stop 36's venue, participation and unit-parent rules, each fixed
narrowly. Sentences invented for these tests."""

from __future__ import annotations

from stated import stated_facts as facts


def _held_at(body: str) -> set[tuple[str, str, str]]:
    return {f for f in facts(body) if f[1] == "heldAt"}


# venues.py, party-of-the-event-kind-goes-to: only an event that IS the activity of visits is held
# where its party goes, not a meeting about it nor a ceremony that launches it

_VISITS = "12月5日至8日，检查组先后来到青石镇海河煤业有限公司东坡煤矿、白沙镇南岭矿业有限公司西坡煤矿，查看安全设施。"


def test_a_meeting_about_an_inspection_is_not_held_where_the_inspectors_go():
    body = ("12月2日，南岭县总工会在县职工服务中心召开冬季安全生产检查工作部署会。会议要求各级工会加强检查。" + _VISITS)
    got = _held_at(body)
    assert not any("煤矿" in f[2] or f[2] in ("青石镇", "白沙镇") for f in got), got


def test_a_launch_meeting_of_a_survey_is_not_held_where_the_survey_went():
    body = "南岭市总工会召开职工队伍状况调研成果发布会。今年5月至8月，调研组先后来到海河钢铁集团有限公司、南岭纺织有限公司，开展问卷调查。"
    assert not _held_at(body)


def test_an_inspection_itself_is_still_held_where_its_group_goes():
    body = "12月2日至6日，南岭县总工会联合县应急管理局开展“平安过冬”安全生产专项检查行动。" + _VISITS
    got = _held_at(body)
    assert ("平安过冬安全生产专项检查行动", "heldAt", "海河煤业有限公司东坡煤矿") in got, got


def test_a_launch_ceremony_is_not_held_where_the_party_goes_after_it():
    body = ("12月20日，南岭市总工会“两节”送温暖慰问活动启动仪式在市职工服务中心举行。"
            "仪式后，慰问组分别来到青石镇海河煤业有限公司、白沙镇东坡纺织有限公司，看望困难职工。")
    got = _held_at(body)
    assert not any(f[2] in ("海河煤业有限公司", "东坡纺织有限公司", "青石镇", "白沙镇") for f in got), got


# organisers.py: a request the body follows (按照…的部署和要求, 期望和要求, 职工希望) is a noun, no asking

def test_a_request_followed_as_a_noun_in_a_list_keeps_the_organiser():
    got = facts("南岭县总工会按照上级工会的部署和要求开展“安全生产月”活动。")
    assert ("南岭县总工会", "organizes", "安全生产月活动") in got, got
    got = facts("南岭县总工会围绕职工群众的期望和要求开展“我为职工办实事”活动。")
    assert ("南岭县总工会", "organizes", "我为职工办实事活动") in got, got


def test_a_hope_of_the_workers_met_is_no_asking():
    got = facts("南岭县总工会以满足职工希望为目标开展“我为职工办实事”活动。")
    assert ("南岭县总工会", "organizes", "我为职工办实事活动") in got, got


def test_a_body_that_asks_others_still_organises_nothing():
    got = facts("南岭县总工会要求各级工会开展“安全生产月”活动。")
    assert ("南岭县总工会", "organizes", "安全生产月活动") not in got, got
    got = facts("南岭县总工会号召和要求各级工会开展“安全生产月”活动。")
    assert ("南岭县总工会", "organizes", "安全生产月活动") not in got, got


# attendance.py, bodies-attend-event: a verb of going inside a modifier before 的 (首次进入全省前十的,
# 专程来到南岭的) does not make the body it describes a site visited

def test_bodies_described_by_where_they_went_still_take_part():
    got = facts("南岭市第三届职工技能大赛在南岭举行。首次进入全省前十的海河钢铁集团有限公司、南岭纺织有限公司等单位参加了比赛。")
    assert ("海河钢铁集团有限公司", "participatesIn", "南岭市第三届职工技能大赛") in got, got
    got = facts("南岭市第三届职工技能大赛在南岭举行。专程来到南岭的海河市总工会、东河县总工会等单位参加了大赛。")
    assert ("海河市总工会", "participatesIn", "南岭市第三届职工技能大赛") in got, got


def test_a_company_the_trainees_go_into_is_still_no_attendee():
    body = ("海河市总工会举办2026年企业工会劳动法律监督员培训班。21日，学员们走进南岭县海河齿轮有限公司现场观摩。")
    assert not {f for f in facts(body) if f[0] == "海河齿轮有限公司" and f[1] == "participatesIn"}


# notices.py, notice-venue-field: a registration's time and place (报名时间地点) is no venue of the event

_CONTEST_NOTICE = "关于举办南岭市第三届职工书法大赛的通知\n市总工会决定举办南岭市第三届职工书法大赛。\n"


def test_where_one_registers_is_no_venue_of_the_contest():
    body = _CONTEST_NOTICE + "一、报名时间地点：2027年3月1日至3月10日，南岭市职工服务中心"
    assert not {f for f in facts(body) if f[1] == "heldAt"}


def test_the_contests_own_time_and_place_still_place_it():
    body = _CONTEST_NOTICE + "一、比赛时间地点：2027年3月20日，南岭市职工服务中心"
    got = {f for f in facts(body) if f[1] == "heldAt"}
    assert any(f[0] == "南岭市第三届职工书法大赛" and f[2].startswith("南岭市职工服务中心") for f in got), got


# people.py, staff-of-nested-unit: a branch's staff (分局局长) work for the branch only

def test_the_head_of_a_bureaus_branch_works_for_the_branch_only():
    got = facts("长沙市公安局开福分局局长王建国出席仪式。")
    assert ("王建国", "worksFor", "长沙市公安局开福分局") in got, got
    assert ("王建国", "worksFor", "长沙市公安局") not in got, got
    got = facts("海河市税务局高新区分局局长王建国出席仪式。")
    assert ("王建国", "worksFor", "海河市税务局") not in got, got


def test_the_staff_of_a_bureaus_brigade_still_work_for_the_bureau_too():
    got = facts("海河市应急管理局安全生产执法大队副大队长周强出席仪式。")
    assert ("周强", "worksFor", "海河市应急管理局") in got, got


# venues.py, org-members-take-part: members who worked FOR something in general (为企业发展作出了贡献),
# will serve another edition (将为明年的比赛命题) or served before (去年，…曾为工人测量血压) are no participants

def _takes_part(body: str, org: str) -> bool:
    return any(f[0] == org and f[1] == "participatesIn" for f in facts(body))


def test_members_who_contributed_to_something_are_no_participants():
    assert not _takes_part("海河市总工会召开第五次代表大会。南岭钢铁集团有限公司的1200名职工为企业发展作出了贡献。",
                           "南岭钢铁集团有限公司")


def test_members_who_will_serve_later_or_served_before_are_no_participants():
    assert not _takes_part("海河市第三届职工技能大赛在海河举行。南岭钢铁集团有限公司的5名专家将为明年的比赛命题。",
                           "南岭钢铁集团有限公司")
    assert not _takes_part("海河市总工会开展“安康杯”专项行动。去年，南岭服务总队的10余名队员曾为工人测量血压。",
                           "南岭服务总队")


def test_members_serving_at_the_activity_still_take_part():
    assert _takes_part("海河市总工会开展“安康杯”专项行动。南岭服务总队的10余名队员为工人测量血压。", "南岭服务总队")


# attendance.py, teacher-of-this-class: a standing post (长期担任某学院讲师) is no teaching of this class

_CLASS = "海河市总工会举办2026年家政服务员职业技能培训班。"


def test_a_lecturer_post_at_a_college_is_no_teaching_of_the_class():
    got = facts(_CLASS + "据介绍，王立新长期担任南岭技师学院讲师。")
    assert ("王立新", "participatesIn", "2026年家政服务员职业技能培训班") not in got, got


def test_a_lecturer_of_the_class_still_teaches_it():
    got = facts(_CLASS + "南岭技师学院高级讲师王立新担任培训班讲师。")
    assert ("王立新", "participatesIn", "2026年家政服务员职业技能培训班") in got, got
    got = facts(_CLASS + "王立新、李红分别担任实操课讲师。")
    assert ("李红", "participatesIn", "2026年家政服务员职业技能培训班") in got, got


# unit_parents.py: a nested parent skips no level (某公安局交警支队|直属大队: not the bureau two levels up)

def test_a_brigade_inside_a_detachment_is_not_the_bureaus_own_unit():
    got = facts("南岭市公安局交警支队直属大队大队长周强出席仪式。")
    assert ("南岭市公安局交警支队直属大队", "subOrganizationOf", "南岭市公安局") not in got, got
    assert ("周强", "worksFor", "南岭市公安局") not in got, got


def test_a_brigade_right_inside_its_bureau_still_has_it_as_parent():
    got = facts("海河市应急管理局安全生产执法大队副大队长周强出席仪式。")
    assert ("海河市应急管理局安全生产执法大队", "subOrganizationOf", "海河市应急管理局") in got, got


# notices.py, results-line-prize: a 获奖名单 below another event that gave prizes is not the main event's

_FINAL = "海河市第三届职工普法知识竞赛决赛在海河举行，12支代表队参赛。"
_LIST = "\n获奖名单：\n一等奖：南岭县总工会\n优秀组织奖：东河县总工会、西河县总工会"


def test_a_prize_list_after_another_events_prizes_is_not_the_contests():
    body = _FINAL + "比赛期间，还举办了南岭市职工书法作品展，并评出优秀作品。" + _LIST
    got = {f for f in facts(body) if f[1] == "participatesIn" and "竞赛" in f[2]}
    assert not got, got


def test_a_prize_list_right_after_the_contest_is_its_own():
    body = _FINAL + "经过激烈角逐，各奖项揭晓。" + _LIST
    got = facts(body)
    assert ("东河县总工会", "participatesIn", "海河市第三届职工普法知识竞赛决赛") in got, got


# venues.py, party-of-the-event-kind-goes-to: another body's group (省安监局检查组) is no party of this event

_ACTION = "12月2日至6日，南岭县总工会联合县应急管理局开展“平安过冬”安全生产专项检查行动。"


def test_another_bodys_inspection_group_does_not_place_the_action():
    got = _held_at(_ACTION + "省安监局检查组也来到了南岭县。")
    assert ("平安过冬安全生产专项检查行动", "heldAt", "南岭县") not in got, got


def test_the_organisers_own_group_still_places_it():
    got = _held_at(_ACTION + "县总工会检查组来到了青石镇。")
    assert ("平安过冬安全生产专项检查行动", "heldAt", "青石镇") in got, got


# aliases._regional: a short form's 市 in a sentence that writes another city (南岭市第二届…) is not
# the organiser's district's city

def test_a_short_venue_is_not_read_as_the_organisers_city_when_the_sentence_names_another():
    got = _held_at("由甘州区总工会承办的南岭市第二届职工乒乓球赛在市职工文体中心落幕。")
    assert ("南岭市第二届职工乒乓球赛", "heldAt", "张掖市职工文体中心") not in got, got


def test_a_short_venue_still_read_as_the_organisers_city():
    got = _held_at("由甘州区总工会承办的全市第二届职工乒乓球赛在市职工文体中心落幕。")
    assert any(f[2] == "张掖市职工文体中心" for f in got), got
