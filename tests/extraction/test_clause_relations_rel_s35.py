"""Relations at clause level in union reports, stop 35 (rel-s35): the area before a venue, …
Invented sentences and names."""

from __future__ import annotations

from stated import stated_facts


def test_an_event_held_at_a_venue_is_held_in_the_town_written_before_it() -> None:
    # (the body right before the quoted brand opens the ceremony's name, stop 37: test_event_identity_s37)
    facts = stated_facts("12月3日，南岭区总工会“暖冬行动”启动仪式在桥西街道东湖公园举行。")
    assert ("南岭区总工会暖冬行动启动仪式", "heldAt", "东湖公园") in facts
    assert ("南岭区总工会暖冬行动启动仪式", "heldAt", "桥西街道") in facts


def test_a_contest_held_at_a_company_is_held_in_the_town_opening_its_name() -> None:
    facts = stated_facts("南岭市第二届焊工技能比武在柳溪镇青禾机械有限公司举行。")
    assert ("南岭市第二届焊工技能比武", "heldAt", "柳溪镇") in facts


def test_an_area_that_is_itself_the_venue_adds_no_higher_area() -> None:
    facts = stated_facts("12月3日，南岭区职工书香节在青松县柳溪镇开幕。")
    held = {t for h, r, t in facts if r == "heldAt"}
    assert "青松县" not in held


def test_a_county_opening_a_companys_registered_name_is_no_venue_area() -> None:
    facts = stated_facts("南岭县总工会开展了“暖心”送温暖活动，工作人员走进献县青禾五金制品有限公司。")
    assert not any(r == "heldAt" and t == "献县" for h, r, t in facts)


def test_a_city_before_a_hall_is_the_datelines_not_a_venue_area() -> None:
    facts = stated_facts("春节团拜会今天在北京人民大会堂举行。")
    assert not any(r == "heldAt" and t.startswith("北京") for h, r, t in facts)


def test_one_who_speaks_at_the_reported_ceremony_takes_part_in_it() -> None:
    facts = stated_facts("12月18日，青禾市总工会2026年“暖冬送福”活动启动仪式在东湖公园举行。"
                         "青禾市总工会主席王志刚宣布活动启动，荷塘区委常委、区总工会主席李红梅致辞。")
    assert any(h == "李红梅" and r == "participatesIn" and t.endswith("暖冬送福活动启动仪式") for h, r, t in facts)


def test_a_bare_attend_after_sentences_going_on_about_the_meeting_attends_it() -> None:
    facts = stated_facts("12月17日，长沙市总工会在望城区召开全市职工书屋建设工作推进会。会议通报了今年情况，宁乡市总工会作交流发言。"
                         "长沙市总工会党组成员、副主席刘建国出席并讲话。")
    assert ("刘建国", "participatesIn", "全市职工书屋建设工作推进会") in facts


def test_a_bare_attend_after_a_sentence_naming_another_event_attends_nothing_named() -> None:
    facts = stated_facts("12月17日，长沙市总工会在望城区召开全市职工书屋建设工作推进会。会议宣布启动“书香长沙”读书月活动。"
                         "长沙市总工会党组成员、副主席刘建国出席并讲话。")
    assert ("刘建国", "participatesIn", "全市职工书屋建设工作推进会") not in facts


def test_a_school_and_an_aid_station_written_under_their_federation_are_its_units() -> None:
    facts = stated_facts("12月20日，南阳市总工会职工学校举办培训班。新野县总工会职工法律援助工作站为工人讨薪。"
                         "南阳市总工会、新野县总工会表示将继续支持。")
    assert ("南阳市总工会职工学校", "subOrganizationOf", "南阳市总工会") in facts
    assert ("新野县总工会职工法律援助工作站", "subOrganizationOf", "新野县总工会") in facts


def test_a_federation_department_written_under_it_is_its_stated_unit() -> None:
    # (stop 43: the guideline's subOrganizationOf example, a unit written with its parent's name, is
    # stated; the union golds were aligned to it. Stop 35 read it as no stated unit.)
    facts = stated_facts("南阳市总工会宣传部部长李刚说，南阳市总工会将继续支持。")
    assert ("南阳市总工会宣传部", "subOrganizationOf", "南阳市总工会") in facts


def test_a_unit_whose_federation_the_article_never_names_alone_still_has_it_as_parent() -> None:
    # (stop 37: a parent written only inside its unit's name is an entity and a stated parent, the
    # guideline's 中建八局城东管廊项目部 → 中建八局, as stop 36 settled for companies and institutions)
    facts = stated_facts("新野县总工会职工法律援助工作站为工人讨薪。")
    assert ("新野县总工会职工法律援助工作站", "subOrganizationOf", "新野县总工会") in facts


ELECTED_LIST = ("12月21日，青松县总工会第九次代表大会在县会议中心开幕。大会选举产生了县总工会第九届委员会和经费审查委员会。"
                "随后召开的县总工会九届一次全委会选举产生了新一届领导班子；县总工会第九届经费审查委员会第一次会议选举产生了经审会主任。"
                "名单如下：\n\n主　席：王建国\n副主席：李红梅　张志强（兼职，青松县禾丰米业有限公司工会主席）\n经费审查委员会主任：赵丽\n\n王建国说。")


def test_the_names_of_a_list_after_an_election_lead_the_federation_and_took_part_in_the_plenary() -> None:
    facts = stated_facts(ELECTED_LIST)
    for name in ("王建国", "李红梅", "张志强"):
        assert (name, "participatesIn", "县总工会九届一次全委会") in facts
        assert (name, "worksFor", "青松县总工会") in facts
    assert ("张志强", "worksFor", "青松县禾丰米业有限公司工会") in facts
    assert ("赵丽", "participatesIn", "县总工会第九届经费审查委员会第一次会议") in facts
    assert ("赵丽", "worksFor", "青松县总工会") not in facts  # (the 经审会's, not the federation's post)


def test_a_post_line_with_no_election_reported_before_it_gives_nothing() -> None:
    facts = stated_facts("12月21日，青松县总工会召开职工书屋建设推进会。\n\n主　席：王建国\n副主席：李红梅")
    assert not any(h in ("王建国", "李红梅") for h, r, t in facts)


CONGRESS = "12月21日，青松县总工会第九次代表大会在县会议中心开幕。"


def test_bodies_that_give_a_congress_speech_and_the_commended_take_part() -> None:
    facts = stated_facts(CONGRESS + "大会对青禾纺织有限公司工会等10个“模范职工之家”进行了表彰，"
                         "柳溪镇总工会、桥西街道总工会作大会交流发言。")
    for body in ("青禾纺织有限公司工会", "柳溪镇总工会", "桥西街道总工会"):
        assert (body, "participatesIn", "青松县总工会第九次代表大会") in facts


def test_a_body_the_meeting_only_asks_something_of_takes_no_part() -> None:
    facts = stated_facts(CONGRESS + "大会对青禾纺织有限公司工会提出了要求。")
    assert ("青禾纺织有限公司工会", "participatesIn", "青松县总工会第九次代表大会") not in facts


CLASS = "12月20日，南岭市总工会2026年劳动法律监督员培训班开班。"


def test_a_class_is_held_where_its_trainees_go() -> None:
    facts = stated_facts(CLASS + "学员们还将走进青松新区，到南岭青禾机械有限公司观摩“职工之家”建设。")
    held = {t for h, r, t in facts if r == "heldAt" and h.endswith("培训班")}
    assert {"青松新区", "南岭青禾机械有限公司"} <= held


def test_trainees_going_somewhere_in_the_report_of_no_class_hold_nothing_there() -> None:
    facts = stated_facts("12月20日，南岭市总工会2026年职工运动会开幕。学员们走进南岭青禾机械有限公司现场观摩。")
    assert not any(r == "heldAt" and t == "南岭青禾机械有限公司" for h, r, t in facts)


def test_a_bare_committee_post_later_in_a_list_is_the_committee_named_first() -> None:
    facts = stated_facts("青禾机械有限公司召开职代会。公司党委书记、董事长高立远，党委副书记、总经理蔡明光，"
                         "党委副书记、工会主席乌兰出席会议。")
    committee = "青禾机械有限公司党委"  # (公司 the company the article is about: stop 43)
    assert ("高立远", "worksFor", committee) in facts
    assert ("蔡明光", "worksFor", committee) in facts and ("乌兰", "worksFor", committee) in facts
    assert ("蔡明光", "worksFor", "青禾机械有限公司") in facts
    assert ("乌兰", "worksFor", "青禾机械有限公司") not in facts  # (a union post: the union's, not the company's)


def test_a_bare_committee_post_in_another_sentence_is_not_read_as_the_lists() -> None:
    facts = stated_facts("青禾机械有限公司召开职代会。公司党委书记、董事长高立远主持。党委副书记、总经理蔡明光讲话。")
    assert not any(h == "蔡明光" and t.startswith("公司党委") for h, r, t in facts)


def test_one_who_reads_out_a_decision_at_the_reported_meeting_takes_part() -> None:
    facts = stated_facts("12月1日，青禾市总工会召开机关及直属单位干部大会。市委组织部副部长姜洪明宣读了任职决定。")
    assert ("姜洪明", "participatesIn", "机关及直属单位干部大会") in facts


def test_one_who_reads_a_book_is_no_speaker() -> None:
    facts = stated_facts("12月1日，青禾市总工会召开机关及直属单位干部大会。退休职工姜洪明宣读了一本新书。")
    assert ("姜洪明", "participatesIn", "机关及直属单位干部大会") not in facts


def test_a_bare_attend_in_a_brief_opened_by_a_bold_label_attends_the_briefs_meeting() -> None:
    facts = stated_facts("**青禾**　12月17日，青禾市总工会在柳溪县召开全市职工书屋建设工作推进会。会议通报了今年情况。"
                         "青禾市总工会副主席刘建国出席并讲话。（通讯员 李华）")
    assert ("刘建国", "participatesIn", "全市职工书屋建设工作推进会") in facts
