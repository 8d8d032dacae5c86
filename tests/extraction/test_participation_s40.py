"""Who takes part in the event reported (stop 40): leaders listed before 到会 (到会指导, 到会见证签约),
the leader of an inspection or audit party (由某带队的检查组, 检查组由某带队), bodies whose people are
invited and attend (有关负责同志应邀出席), and no award for one who only tells of awards (某介绍，…获奖…).
Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_MEETING = "5日，南岭市海港机械有限公司第三届职工代表大会在公司会议中心召开。"
_CHECK = "3日，由南岭县总工会、县应急管理局联合开展的2025年冬季矿山安全专项检查启动。"
_ACTION = "2日，由南岭市总工会、市人社局联合开展的南岭市根治欠薪冬季专项行动启动。"


def _part(got, who, ev):
    return (who, "participatesIn", ev) in got


# --- 到会: each leader of the list ---

def test_leaders_listed_with_commas_come_to_the_meeting():
    got = facts(_MEETING + "南岭市总工会副主席刘海清，南岭市工商业联合会副会长孙建国到会指导。")
    assert _part(got, "刘海清", "南岭市海港机械有限公司第三届职工代表大会")
    assert _part(got, "孙建国", "南岭市海港机械有限公司第三届职工代表大会")


def test_three_leaders_witness_the_signing():
    got = facts(_MEETING + "区总工会主席陈立华，区人力资源和社会保障局副局长周文斌，"
                "区工商业联合会副主席钱玉兰到会见证签约。")
    for who in ("陈立华", "周文斌", "钱玉兰"):
        assert _part(got, who, "南岭市海港机械有限公司第三届职工代表大会")


def test_leaders_joined_by_a_list_comma():
    got = facts(_MEETING + "镇总工会主席吴德明、县教育局工会主席冯秀英到会指导。")
    assert _part(got, "吴德明", "南岭市海港机械有限公司第三届职工代表大会")
    assert _part(got, "冯秀英", "南岭市海港机械有限公司第三届职工代表大会")


def test_instructed_to_come_is_no_attendance():
    got = facts(_MEETING + "会议要求南岭市总工会副主席刘海清，南岭市工商业联合会副会长孙建国到会指导。")
    assert not _part(got, "刘海清", "南岭市海港机械有限公司第三届职工代表大会")


def test_person_of_an_earlier_clause_with_a_verb_is_not_listed():
    # (甲主持会议，乙到会指导: 甲 has a verb of their own, the list is 乙 alone)
    got = facts(_MEETING + "南岭市总工会副主席刘海清作了报告，南岭市工商业联合会副会长孙建国到会指导。")
    assert _part(got, "孙建国", "南岭市海港机械有限公司第三届职工代表大会")
    assert ("刘海清", "participatesIn", "南岭市海港机械有限公司第三届职工代表大会") in got  # (the speech, not 到会)


# --- the leader of an inspection or audit party ---

def test_leader_of_the_inspection_party():
    got = facts(_CHECK + "县总工会党组书记、常务副主席王秀珍带队，县应急管理局执法大队队员参加检查。")
    assert _part(got, "王秀珍", "2025年冬季矿山安全专项检查")


def test_leader_named_before_the_party_of_the_action():
    got = facts(_ACTION + "当天，由南岭市总工会副主席赵立明带队的检查组来到南岭海达纺织有限公司，查看工资发放情况。")
    assert _part(got, "赵立明", "南岭市根治欠薪冬季专项行动")


def test_leader_of_a_party_in_a_meeting_report_is_not_read():
    got = facts(_MEETING + "当天，由南岭市总工会副主席赵立明带队的检查组来到南岭海达纺织有限公司。")
    assert not _part(got, "赵立明", "南岭市海港机械有限公司第三届职工代表大会")


def test_leading_to_a_task_of_its_own_is_not_the_party():
    # (带队到项目部调查: a task of the leader's own body)
    got = facts(_ACTION + "监察大队大队长赵立明带队到项目部调查。")
    assert not _part(got, "赵立明", "南岭市根治欠薪冬季专项行动")


def test_leader_of_a_party_of_another_kind_is_not_read():
    got = facts(_ACTION + "当天，由南岭市总工会副主席赵立明带队的篮球队来到南岭海达纺织有限公司。")
    assert not _part(got, "赵立明", "南岭市根治欠薪冬季专项行动")


# --- bodies whose people are invited and attend ---

def test_bodies_whose_officials_attend_on_invitation():
    got = facts(_MEETING + "本次活动由公司工会主办，南岭区总工会、南岭开发区管委会社会事务局有关负责同志应邀出席。")
    assert _part(got, "南岭区总工会", "南岭市海港机械有限公司第三届职工代表大会")
    assert _part(got, "南岭开发区管委会社会事务局", "南岭市海港机械有限公司第三届职工代表大会")


def test_bodies_whose_officials_are_only_invited_are_not_read():
    got = facts(_MEETING + "公司邀请南岭区总工会有关负责同志。")
    assert not _part(got, "南岭区总工会", "南岭市海港机械有限公司第三届职工代表大会")


# --- one who tells of awards wins none ---

_CONTEST = "5日，南岭市第三届职工技能大赛在南岭市职工文化宫举行。"


def test_teller_of_awards_is_no_winner():
    got = facts(_CONTEST + "公司工会主席孙丽萍介绍，公司对获奖选手按成绩给予一等奖奖金。")
    assert not _part(got, "孙丽萍", "南岭市第三届职工技能大赛")


def test_winner_after_the_teller_still_wins():
    got = facts(_CONTEST + "海河机械有限公司职工孙丽萍获得一等奖。")
    assert _part(got, "孙丽萍", "南岭市第三届职工技能大赛")


# --- the sides of a collective bargaining meeting ---

_BARGAIN = "9日，海河区2026年度建筑行业工资集体协商会议在海河区职工服务中心召开。"
_BARGAIN_EVENT = "海河区2026年度建筑行业工资集体协商会议"


def test_bodies_acting_as_the_two_sides():
    got = facts(_BARGAIN + "海河区建筑行业工会联合会与海河区建筑业协会分别作为职工方和企业方，就工资增幅进行了协商。")
    assert _part(got, "海河区建筑行业工会联合会", _BARGAIN_EVENT)
    assert _part(got, "海河区建筑业协会", _BARGAIN_EVENT)


def test_chief_representative_and_the_body_after_the_side_title():
    got = facts(_BARGAIN + "职工方首席代表、海河区建筑行业工会联合会主席郑玉兰提出，一线工人工资应有合理增长。")
    assert _part(got, "郑玉兰", _BARGAIN_EVENT)
    assert _part(got, "海河区建筑行业工会联合会", _BARGAIN_EVENT)


def test_side_title_after_the_name_is_not_read_here():
    # (某某作为职工方首席代表，B协会会长某某…: the body after the comma is another person's)
    got = facts(_BARGAIN + "区总工会主席郑玉兰作为职工方首席代表，海河区建筑业协会会长高建平发言。")
    assert not _part(got, "海河区建筑业协会", _BARGAIN_EVENT)


def test_side_title_in_the_report_of_a_signing_is_not_read():
    # (the chief of a bargaining held months before, quoted at the contract's signing)
    got = facts("9日，海河区建筑行业工资集体合同签约仪式在海河区职工服务中心举行。"
                "“协商历时三个月。”职工方首席代表、海河区建筑行业工会联合会主席郑玉兰说。")
    assert not _part(got, "郑玉兰", "海河区建筑行业工资集体合同签约仪式")


def test_side_title_in_a_meeting_report_of_another_kind_is_not_read():
    got = facts(_CONTEST + "职工方首席代表、海港机械有限公司工会主席郑玉兰认为，技能提升应与工资挂钩。")
    assert not _part(got, "郑玉兰", "南岭市第三届职工技能大赛")


# --- a contest's title for its best player ---

_FINAL = "6日晚，2025年南岭市职工排球赛决赛在南岭市体育馆举行。经过激烈争夺，东城区代表队获得冠军。"
_FINAL_EVENT = "2025年南岭市职工排球赛决赛"


def test_best_player_title_is_won_in_the_contest():
    got = facts(_FINAL + "东城区代表队队长、南岭海达纺织有限公司职工林晓东全场拿下20分，获评本届比赛最有价值球员。")
    assert _part(got, "林晓东", _FINAL_EVENT)


def test_quoted_best_title_is_won_in_the_contest():
    got = facts(_FINAL + "南岭市第二医院护士何晓梅获评“最佳发球手”。")
    assert _part(got, "何晓梅", _FINAL_EVENT)


def test_best_title_outside_a_contest_is_not_read():
    got = facts(_MEETING + "公司职工何晓梅获评“最佳员工”。")
    assert not _part(got, "何晓梅", "南岭市海港机械有限公司第三届职工代表大会")


def test_best_title_won_in_an_earlier_year_is_not_this_contest():
    got = facts(_FINAL + "2023年，南岭市第二医院护士何晓梅曾获评“最佳发球手”。")
    assert not _part(got, "何晓梅", _FINAL_EVENT)


def test_best_title_told_by_another_is_not_the_teller_s():
    got = facts(_FINAL + "市总工会副主席林晓东表示，获评“最佳发球手”的选手将被推荐参加全省比赛。")
    assert not _part(got, "林晓东", _FINAL_EVENT)


# --- the members of an inspection or audit team ---

_AUDIT = "近日，南岭市总工会经费审查委员会组织开展2025年度基层工会经费审计专项行动。"
_AUDIT_EVENT = "2025年度基层工会经费审计专项行动"


def test_members_named_in_the_team_made_of_them():
    got = facts(_AUDIT + "审计组由南岭市总工会办公室工作人员和南岭信达会计师事务所有限公司注册会计师吴立平等3人组成。")
    assert _part(got, "吴立平", _AUDIT_EVENT)
    assert _part(got, "南岭市总工会办公室", _AUDIT_EVENT)
    # (the body naming the member's post employs them: no part of its own)
    assert not _part(got, "南岭信达会计师事务所有限公司", _AUDIT_EVENT)


def test_members_who_make_up_the_team():
    got = facts(_CHECK + "县应急管理局执法大队副大队长孙立强、县总工会劳动保护监督员高秀兰等人组成检查组。")
    assert _part(got, "孙立强", "2025年冬季矿山安全专项检查")
    assert _part(got, "高秀兰", "2025年冬季矿山安全专项检查")


def test_team_in_a_meeting_report_is_not_read():
    got = facts(_MEETING + "检查组由南岭市总工会副主席孙立强等3人组成。")
    assert not _part(got, "孙立强", "南岭市海港机械有限公司第三届职工代表大会")


def test_team_formed_at_another_time_is_not_read():
    got = facts(_AUDIT + "去年，审计组由南岭信达会计师事务所有限公司注册会计师吴立平等3人组成。")
    assert not _part(got, "吴立平", _AUDIT_EVENT)


# --- handing out plaques at the commendation reported ---

_COMMENDATION = "5日，南岭海达机械股份有限公司第八届职工技术创新成果表彰会在公司职工活动中心举行。"


def test_one_who_hands_out_plaques_takes_part():
    got = facts(_COMMENDATION + "公司党委书记、董事长钱立新为“孙海涛劳模创新工作室”等3个新命名的创新工作室授牌。")
    assert _part(got, "钱立新", "南岭海达机械股份有限公司第八届职工技术创新成果表彰会")


def test_plaques_in_the_report_of_no_awarding_event_are_not_read():
    got = facts(_MEETING + "公司党委书记、董事长钱立新为3个新命名的创新工作室授牌。")
    assert not _part(got, "钱立新", "南岭市海港机械有限公司第三届职工代表大会")


# --- a sentence opening at a part the reported event is named by ---

_LECTURE = "3日，南岭市总工会举办第二期女职工健康讲堂暨爱心驿站授牌仪式。"
_LECTURE_EVENT = "第二期女职工健康讲堂暨爱心驿站授牌仪式"


def test_opening_at_a_joined_part_of_the_name():
    got = facts(_LECTURE + "讲堂上，南岭市人民医院主任医师方玉洁作专题辅导。")
    assert _part(got, "方玉洁", _LECTURE_EVENT)


def test_opening_at_a_joined_part_sharing_the_head():
    got = facts("5日，南岭海达机械股份有限公司第八届职工创新成果发布暨表彰会在公司职工活动中心举行。"
                "发布会上，公司职工方玉洁介绍了成果的研发过程。")
    assert _part(got, "方玉洁", "南岭海达机械股份有限公司第八届职工创新成果发布暨表彰会")


def test_opening_at_the_end_of_the_name():
    got = facts(_FINAL + "决赛中，南岭海达纺织有限公司职工方玉洁全场拿下18分。")
    assert _part(got, "方玉洁", _FINAL_EVENT)


def test_closing_ceremony_of_the_class():
    got = facts("5日，2025年南岭县职工电工技能培训班在县职工培训中心开班。"
                "结业仪式上，南岭海达纺织有限公司电工方玉洁作为学员代表发言。")
    assert _part(got, "方玉洁", "2025年南岭县职工电工技能培训班")


def test_opening_at_no_part_of_the_name_is_not_read():
    got = facts(_FINAL + "赛场上，南岭海达纺织有限公司职工方玉洁为队友加油。")
    assert not _part(got, "方玉洁", _FINAL_EVENT)


def test_send_off_is_no_part_of_the_trip():
    got = facts("2日，由南岭市总工会主办的2025年南岭市劳模疗休养活动启动。"
                "出发仪式上，市总工会副主席方玉洁为疗休养团授旗。")
    assert not _part(got, "方玉洁", "2025年南岭市劳模疗休养活动")
