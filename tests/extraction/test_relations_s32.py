"""Relation shapes of stop 32 (invented sentences): a name list set in columns, …"""

from __future__ import annotations

from stated import stated_facts, read_facts

from uniongraph.reading.blocks import Block
from uniongraph.reading.repair import repair_breaks

_AWARD_LIST = ("11月3日，第五届“南岭工匠”表彰大会在南岭市工人文化宫举行。获奖名单如下（按姓氏笔画排序）：\n"
               "赵立强\u3000海河钢铁集团有限公司焊工\n"
               "钱晓梅\u3000南岭市人民医院护士长\n")


def test_column_lines_are_not_joined_as_a_broken_paragraph() -> None:
    blocks = [Block("名单如下：", 1), Block("赵立强\u3000海河钢铁集团有限公司焊工", 2), Block("钱晓梅\u3000南岭市人民医院护士长", 3)]
    assert [b.text for b in repair_breaks(blocks)] == [b.text for b in blocks]
    # a paragraph broken mid-word still joins
    assert len(repair_breaks([Block("来自钱江电气设备有", 1), Block("限公司的赵建国说。", 2)])) == 1


def test_a_column_line_names_the_person_and_the_body() -> None:
    facts = stated_facts(_AWARD_LIST)
    assert ("赵立强", "worksFor", "海河钢铁集团有限公司") in facts
    assert ("钱晓梅", "worksFor", "海河钢铁集团有限公司") not in facts


def test_those_in_the_honours_list_take_part_in_the_commendation() -> None:
    facts = stated_facts(_AWARD_LIST)
    assert ("赵立强", "participatesIn", "第五届南岭工匠表彰大会") in facts
    # no 名单如下： before the lines: a list of another kind
    facts = stated_facts(_AWARD_LIST.replace("获奖名单如下（按姓氏笔画排序）：", "会议表彰了一批先进。"))
    assert not any(h == "赵立强" and r == "participatesIn" for h, r, _ in facts)
    # the report of no commendation: a list of contacts, say
    facts = stated_facts(_AWARD_LIST.replace("表彰大会", "座谈会"))
    assert not any(h == "赵立强" and r == "participatesIn" for h, r, _ in facts)


_PLENARY = ("12月1日，南岭县总工会第九次代表大会在南岭县会议中心开幕。大会选举产生了南岭县总工会第九届委员会。"
            "随后召开的南岭县总工会九届一次全委会选举赵立新为县总工会主席，钱国华、孙丽为副主席。")


def test_those_a_first_plenary_elects_take_part_in_it() -> None:
    facts = read_facts(_PLENARY)
    for name in ("赵立新", "钱国华", "孙丽"):
        assert (name, "participatesIn", "南岭县总工会九届一次全委会") in facts
    assert ("南岭县总工会", "organizes", "南岭县总工会九届一次全委会") in facts
    # a plenary that is not the clause's subject (它只被提到) elects no one
    facts = read_facts(_PLENARY.replace("随后召开的南岭县总工会九届一次全委会选举", "大会闭幕后，与会代表谈起南岭县总工会九届一次全委会，并选举"))
    assert not any(h == "赵立新" and r == "participatesIn" and t.endswith("全委会") for h, r, t in facts)


def test_one_who_presents_the_local_work_at_the_meeting_takes_part() -> None:
    body = ("12月3日，全省职工服务工作推进会在南岭市召开。南岭市委副书记、市长赵立新介绍当地工作情况，"
            "省总工会副主席钱国华主持会议。")
    assert ("赵立新", "participatesIn", "全省职工服务工作推进会") in stated_facts(body)
    # told about it (向…介绍): the one told is no speaker
    body = "12月3日，全省职工服务工作推进会在南岭市召开。会后，钱国华向赵立新介绍了当地工作情况。"
    assert ("赵立新", "participatesIn", "全省职工服务工作推进会") not in stated_facts(body)


def test_a_facility_said_by_its_head_noun_is_built_and_run_by_the_bodies_after_its_by() -> None:
    body = ("12月5日，南岭街道职工服务站在南岭路揭牌启用。\n"
            "服务站面积约60平方米，由南岭街道总工会与海河配送服务有限公司共建，配有热水。\n"
            "据了解，南岭区职工法律援助中心由南岭区总工会设立，委托海河律师事务所负责日常运营。")
    facts = stated_facts(body)
    assert ("南岭街道总工会", "founded", "南岭街道职工服务站") in facts
    assert ("海河配送服务有限公司", "founded", "南岭街道职工服务站") in facts
    assert ("南岭区总工会", "founded", "南岭区职工法律援助中心") in facts
    assert ("海河律师事务所", "manages", "南岭区职工法律援助中心") in facts
    # another subject opens a clause before the 由: the bodies after it build that one's thing
    facts = stated_facts("12月5日，南岭街道职工服务站在南岭路揭牌启用。\n"
                         "服务站面积约60平方米，海河物流公司也建起了一座仓库，由南岭街道总工会与海河配送服务有限公司共建。")
    assert not any(r == "founded" and t == "南岭街道职工服务站" for _, r, t in facts)


def test_a_team_set_up_under_the_lead_of_a_body() -> None:
    facts = stated_facts("由南岭街道总工会牵头组建的“南岭骑手志愿服务队”也同步成立。")
    assert ("南岭街道总工会", "founded", "南岭骑手志愿服务队") in facts
    facts = stated_facts("由南岭街道总工会牵头组织的“南岭骑手志愿服务队”走进社区。")
    assert not any(r == "founded" for _, r, _ in facts)


def test_one_who_answers_at_the_meeting_named_by_its_kind_takes_part() -> None:
    body = ("揭牌仪式后，南岭街道总工会组织召开“骑手之声”恳谈会。"
            "海河律师事务所律师赵丽华在恳谈会上逐一解答。")
    assert ("赵丽华", "participatesIn", "骑手之声恳谈会") in stated_facts(body)
    # a meeting of another kind than the one reported
    body = body.replace("在恳谈会上", "在座谈会上")
    assert ("赵丽华", "participatesIn", "骑手之声恳谈会") not in stated_facts(body)


def test_one_who_speaks_at_the_launch_of_the_contest_takes_part_in_it() -> None:
    body = ("12月3日，海河钢铁集团有限公司在东站启动2027年“安全服务杯”劳动竞赛。"
            "启动仪式上，海河钢铁集团有限公司焊工赵立强代表参赛班组发言。")
    assert ("赵立强", "participatesIn", "2027年安全服务杯劳动竞赛") in stated_facts(body)
    # at another ceremony (a 揭牌仪式 is not the contest's opening)
    body = body.replace("启动仪式上", "揭牌仪式后")
    assert ("赵立强", "participatesIn", "2027年安全服务杯劳动竞赛") not in stated_facts(body)


_CONGRESS = ("12月4日，海河热电有限公司工会第三次会员代表大会在公司会议室召开。"
             "大会选举产生了第三届工会委员会。在随后召开的第三届委员会第一次全体会议上，赵立新当选为工会主席；"
             "钱国华当选为经费审查委员会主任。")


def test_the_officer_of_an_unnamed_audit_committee_works_for_the_union() -> None:
    facts = stated_facts(_CONGRESS)
    assert ("钱国华", "worksFor", "海河热电有限公司工会") in facts
    # the committee meets as a body of its own: its officer is not said to be the union's
    facts = stated_facts(_CONGRESS.replace("钱国华当选", "经费审查委员会第一次会议上，钱国华当选"))
    assert ("钱国华", "worksFor", "海河热电有限公司工会") not in facts


def test_one_elected_after_a_semicolon_belongs_to_the_meeting_of_the_clause_before() -> None:
    facts = stated_facts(_CONGRESS)
    assert ("钱国华", "participatesIn", "海河热电有限公司工会第三次会员代表大会") not in facts
    # a sentence of its own, no semicolon before: the congress reported elects
    facts = stated_facts(_CONGRESS.replace("；", "。"))
    assert ("钱国华", "participatesIn", "海河热电有限公司工会第三次会员代表大会") in facts


def test_a_union_that_also_held_a_congress_does_not_organize_the_one_reported() -> None:
    body = ("12月4日，海河热电有限公司工会第三次会员代表大会在公司会议室召开。"
            "同日，海河热电有限公司南岭分公司工会也召开了会员代表大会，韩立新当选主席。")
    facts = stated_facts(body)
    assert ("海河热电有限公司南岭分公司工会", "organizes", "海河热电有限公司工会第三次会员代表大会") not in facts
    # without 也, the meeting named by its kind is the one reported, and its body convened it
    facts = stated_facts("12月4日，海河热电有限公司工会第三次会员代表大会在公司会议室召开。"
                         "海河热电有限公司工会于上午召开了会员代表大会。")
    assert ("海河热电有限公司工会", "organizes", "海河热电有限公司工会第三次会员代表大会") in facts


def test_a_dash_subtitle_is_not_joined_to_the_lead() -> None:
    blocks = [Block("——南岭海河两市总工会联席会议首次会议召开", 1), Block("12月4日，联席会议在南岭市召开。", 2)]
    assert len(repair_breaks(blocks)) == 2


def test_a_later_session_is_not_held_where_the_reported_one_was() -> None:
    body = ("12月4日，南岭海河两市总工会联席会议第一次会议在南岭市召开。"
            "联席会议每年召开一次，第二次会议将于明年在海河市举行。")
    assert ("南岭海河两市总工会联席会议第一次会议", "heldAt", "海河市") not in stated_facts(body)
    body = "12月4日，南岭海河两市总工会联席会议第一次会议召开。会议在海河市举行。"
    assert ("南岭海河两市总工会联席会议第一次会议", "heldAt", "海河市") in stated_facts(body)
