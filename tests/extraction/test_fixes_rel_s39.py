"""Fixes to stop 39's relation rules a reviewer proved wrong (stop 39). Articles invented."""

from __future__ import annotations

from stated import headlined_facts, stated_facts as facts


# 1. a 【…】 line opens a digest item only when it is a place tag
def test_a_sub_heading_in_brackets_does_not_split_the_report():
    got = headlined_facts("青川市第三届职工技能大赛闭幕\n12月2日，由青川市总工会主办的青川市第三届职工技能大赛在青川技师学院闭幕。\n"
                          "【赛场直击】\n经过三天激烈角逐，青川钢铁有限公司代表队获团体冠军。")
    assert ("青川钢铁有限公司代表队", "participatesIn", "青川市第三届职工技能大赛") in got


def test_an_editors_note_does_not_split_the_report_either():
    got = headlined_facts("青川市第三届职工技能大赛闭幕\n12月2日，由青川市总工会主办的青川市第三届职工技能大赛在青川技师学院闭幕。\n"
                          "【编者按】\n本届大赛中，青川钢铁有限公司代表队获团体冠军。")
    assert ("青川钢铁有限公司代表队", "participatesIn", "青川市第三届职工技能大赛") in got


# 2. a digest item's place tag blocks only a short form of its own level
def test_a_county_tag_leaves_the_citys_short_form_to_the_city():
    got = headlined_facts("工会简讯\n【磁县】12月1日，磁县总工会举办职工运动会，邯郸市总工会副主席王振出席。\n"
                          "【涉县】12月2日，涉县总工会开展慰问活动，市总工会副主席王振参加。")
    assert not any(r == "worksFor" and t.startswith("市总工会") for _, r, t in got)
    assert ("王振", "worksFor", "邯郸市总工会") in got


# 3. a union said by its unit's kind is the union named before when that union's body is of the kind
def test_a_middle_schools_union_is_the_schools_union():
    got = facts("12月3日，青川市第二中学工会召开会员代表大会。会议选举产生了学校第四届工会委员会，刘建华当选工会主席。")
    assert ("刘建华", "worksFor", "青川市第二中学工会") in got


def test_a_maternity_clinics_union_is_the_hospitals_union():
    got = facts("12月3日，青川县妇幼保健院工会召开会员代表大会。会议选举产生了医院第二届工会委员会，刘建华当选工会主席。")
    assert ("刘建华", "worksFor", "青川县妇幼保健院工会") in got


def test_a_school_after_a_bureaus_union_is_still_another_union():
    got = facts("12月3日，青川县教育局工会指导召开会员代表大会。会议选举产生了学校第四届工会委员会，刘建华当选工会主席。")
    assert ("刘建华", "worksFor", "青川县教育局工会") not in got


# 4. the column after a person of an honoured list is their unit, not one honoured
_NAMED = "在市总工会组织开展的2026年度“海河工匠”选树活动中，市总工会决定，命名李长江等2名同志为2026年度“海河工匠”。名单如下："
_CONTEST = "2026年度海河工匠选树活动"


def test_the_unit_column_of_an_honoured_person():
    got = facts(_NAMED + "\n\n李长江　海河造船有限公司\n陈晓东　海河港务集团有限公司\n\n市总工会给予每名工匠奖励。")
    assert ("李长江", "participatesIn", _CONTEST) in got
    assert ("李长江", "worksFor", "海河造船有限公司") in got
    assert ("海河造船有限公司", "participatesIn", _CONTEST) not in got
    assert ("海河港务集团有限公司", "participatesIn", _CONTEST) not in got


def test_an_honoured_body_on_its_own_line_still_takes_part():
    got = facts("在市总工会组织开展的2026年度“海河工匠”选树活动中，市总工会决定，表彰海河造船有限公司等2家单位为优秀组织单位。名单如下：\n\n"
                "海河造船有限公司\n海河港务集团有限公司\n\n希望受表彰单位再创佳绩。")
    assert ("海河造船有限公司", "participatesIn", _CONTEST) in got


# 5. a naming line opens a list of those honoured only when the list is theirs
def test_a_list_of_liaison_officers_after_a_commendation_is_not_honoured():
    got = facts("在市总工会组织开展的2026年度“海河工匠”选树活动中，市总工会决定对李长江等3名同志予以表彰，各县区总工会联络员名单如下：\n\n"
                "孙运河　海河县总工会办公室\n吴太湖　海西县总工会组宣部\n\n请各单位联络员于12月5日前报送材料。")
    assert not any(r == "participatesIn" and h in ("孙运河", "吴太湖", "海河县总工会办公室", "海西县总工会组宣部") for h, r, _ in got)


def test_a_council_elected_after_the_honours_is_not_honoured():
    got = facts("12月1日，海河市劳模协会成立大会召开。大会表彰了2026年度海河市劳动模范，并选举产生了海河市劳模协会第一届理事会。理事会成员名单如下：\n\n"
                "李长江　海河造船有限公司\n陈晓东　海河港务集团有限公司\n\n大会号召全市职工向劳模学习。")
    assert not any(r == "participatesIn" and h in ("李长江", "陈晓东") for h, r, _ in got)


def test_a_list_called_by_the_honour_is_honoured():
    got = facts("在市总工会组织开展的2026年度“海河工匠”选树活动中，市总工会决定命名李长江等2名同志为2026年度“海河工匠”，海河工匠名单如下：\n\n"
                "李长江　海河造船有限公司焊工\n陈晓东　海河港务集团有限公司装卸工\n\n市总工会给予每名工匠奖励。")
    assert ("李长江", "participatesIn", _CONTEST) in got


# 6. a clause before a person who joins the activity shares the joining verb only when it names people alone
_INSPECTION_LEAD = "12月2日，海河省总工会副主席孟庆丰带领检查组，检查2026年全省职工驿站冬季运行专项检查行动落实情况。"
_INSPECTION = "2026年全省职工驿站冬季运行专项检查行动"


def test_a_worker_visited_in_the_clause_before_does_not_join():
    got = facts(_INSPECTION_LEAD + "检查组来到海河市总工会职工驿站，看望了驿站值守的退休职工马东升，市总工会副主席林秀英陪同检查。")
    assert ("林秀英", "participatesIn", _INSPECTION) in got
    assert ("马东升", "participatesIn", _INSPECTION) not in got


def test_a_clause_of_titles_and_a_name_still_joins():
    got = facts(_INSPECTION_LEAD + "海河市人大常委会副主任、市总工会主席马东升，市总工会副主席林秀英陪同检查。")
    assert ("马东升", "participatesIn", _INSPECTION) in got


# 7. 托管/负责运营 of something other than the topic, or a running that has ended, is no manages
_STATION = "白沙湾景区职工驿站位于白沙镇，"


def test_funds_held_in_trust_are_not_the_station():
    got = facts(_STATION + "驿站维修资金由白沙文旅发展有限公司托管，主要服务景区环卫工人。")
    assert ("白沙文旅发展有限公司", "manages", "白沙湾景区职工驿站") not in got


def test_a_station_held_in_trust_is_managed():
    got = facts(_STATION + "由白沙文旅发展有限公司托管，主要服务景区环卫工人。")
    assert ("白沙文旅发展有限公司", "manages", "白沙湾景区职工驿站") in got


def test_a_former_trustee_no_longer_manages_and_the_new_one_does():
    got = facts(_STATION + "原由白沙文旅发展有限公司托管，今年起改由白沙镇总工会直接管理。")
    assert ("白沙文旅发展有限公司", "manages", "白沙湾景区职工驿站") not in got
    assert ("白沙镇总工会", "manages", "白沙湾景区职工驿站") in got


def test_a_former_operator_in_a_relative_clause_no_longer_manages():
    got = facts("12月3日，原由海河快运有限公司负责运营的“海河货车司机之家”正式移交海河市总工会管理。")
    assert ("海河快运有限公司", "manages", "海河货车司机之家") not in got


# 10. the running said by more bodies, with an adverb before 负责, or of an object named in full
def test_two_bodies_jointly_in_charge_of_the_running():
    got = facts("3月6日，白沙区职工服务中心启用。中心日常运营由白沙宏安物业管理有限公司和白沙区总工会共同负责。")
    assert ("白沙宏安物业管理有限公司", "manages", "白沙区职工服务中心") in got
    assert ("白沙区总工会", "manages", "白沙区职工服务中心") in got


def test_one_body_specifically_in_charge_of_the_running():
    got = facts("3月6日，白沙区职工服务中心启用。中心日常运营由白沙宏安物业管理有限公司具体负责，区总工会派驻社工。")
    assert ("白沙宏安物业管理有限公司", "manages", "白沙区职工服务中心") in got


def test_two_operators_in_a_relative_clause():
    got = facts("12月3日，与会代表参观了由海河港务集团和海河快运有限公司共同负责运营的“海河货车司机之家”。")
    assert ("海河港务集团", "manages", "海河货车司机之家") in got
    assert ("海河快运有限公司", "manages", "海河货车司机之家") in got


def test_an_entrusted_body_running_a_facility_named_in_full():
    got = facts("3月6日，白沙区职工服务中心启用。白沙区总工会委托白沙宏安物业管理有限公司负责白沙区职工服务中心日常运营。")
    assert ("白沙宏安物业管理有限公司", "manages", "白沙区职工服务中心") in got
    assert ("白沙区总工会", "manages", "白沙区职工服务中心") not in got


# 8. bodies entering a centre as members: not a plan (将), and a list closed by 等N家单位
_CENTRE = "3月6日，白沙区职工服务中心揭牌。"


def test_a_body_that_will_enter_as_a_member_is_no_member_yet():
    got = facts(_CENTRE + "下一步，白沙区公安分局将作为成员单位入驻中心。")
    assert ("白沙区公安分局", "memberOf", "白沙区职工服务中心") not in got


def test_a_list_closed_by_its_count_enters_as_members():
    got = facts(_CENTRE + "白沙区公安分局、白沙区卫生健康局等6家单位作为成员单位入驻中心。")
    assert ("白沙区公安分局", "memberOf", "白沙区职工服务中心") in got
    assert ("白沙区卫生健康局", "memberOf", "白沙区职工服务中心") in got


# 9. a unit set up inside a host body by several subjects, or with a time before 在
def test_two_bodies_set_up_a_unit_in_a_court():
    got = facts("3月6日，海川市总工会、海川市司法局在海川市中级人民法院设立劳动争议诉调对接工作室。")
    assert ("海川市总工会", "founded", "劳动争议诉调对接工作室") in got
    assert ("海川市司法局", "founded", "劳动争议诉调对接工作室") in got


def test_a_body_jointly_with_another_sets_up_a_unit_in_a_court():
    got = facts("3月6日，白沙区总工会联合白沙区司法局在白沙区人民法院设立劳动争议诉调对接工作室。")
    assert ("白沙区总工会", "founded", "劳动争议诉调对接工作室") in got
    assert ("白沙区司法局", "founded", "劳动争议诉调对接工作室") in got


def test_a_body_sets_up_a_unit_in_a_court_at_a_time():
    got = facts("白沙区总工会于今年3月在白沙区人民法院设立劳动争议诉调对接工作室。")
    assert ("白沙区总工会", "founded", "劳动争议诉调对接工作室") in got


def test_a_body_that_will_set_up_a_unit_has_not_founded_it():
    got = facts("下一步，白沙区总工会将在白沙区人民法院设立劳动争议诉调对接工作室。")
    assert ("白沙区总工会", "founded", "劳动争议诉调对接工作室") not in got


def test_a_topic_founded_in_a_year_by_its_union():
    got = facts("走进海川重工有限公司装配车间，“林海涛劳模创新工作室”的牌子格外醒目。工作室2020年由海川重工工会牵头成立。")
    assert ("海川重工工会", "founded", "林海涛劳模创新工作室") in got
