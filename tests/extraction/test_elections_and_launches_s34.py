"""Relations of people elected at a meeting and of those at a campaign's launch (stop 34, rel-s34):
a by-election to a body's committee (增补为…委员), posts of an association (当选为会长), bodies
commended (通报表扬) at a meeting, and 出席启动仪式 of a campaign the lead says was launched.
All sentences are invented."""

from __future__ import annotations

from tests.stated import stated_facts

_PLENARY = ("南岭省总工会八届三次全委会议在海河召开。会议进行了补选。河东市总工会主席赵立新、"
            "海河机械集团有限公司工会主席钱国华增补为省总工会第八届委员会委员。")


def test_added_to_a_federations_committee_works_for_it() -> None:
    facts = stated_facts(_PLENARY)
    assert ("赵立新", "worksFor", "南岭省总工会") in facts
    assert ("钱国华", "worksFor", "南岭省总工会") in facts
    assert ("钱国华", "participatesIn", "南岭省总工会八届三次全委会议") in facts


def test_a_post_held_already_is_no_addition() -> None:
    # 担任 a committee seat already held: no by-election, no meeting's election
    facts = stated_facts("南岭省总工会八届三次全委会议在海河召开。河东市总工会主席赵立新说，今年工作有进展。")
    assert not any(h == "赵立新" and t == "南岭省总工会" for h, _, t in facts)


_ASSOCIATION = ("12月3日，南岭市退休职工协会第二次会员代表大会在市职工活动中心召开。在随后召开的二届一次理事会上，"
                "南岭市第二中学退休教师孙建华当选为会长，原市纺织厂工会主席李桂兰、原市电力公司职工周强当选为副会长。")


def test_elected_association_posts_work_for_the_association() -> None:
    facts = stated_facts(_ASSOCIATION)
    for name in ("孙建华", "李桂兰", "周强"):
        assert (name, "worksFor", "南岭市退休职工协会") in facts, name


def test_union_posts_are_not_read_as_association_posts() -> None:
    # 当选为主席 in the report of an association's meeting: a chair, not the 会长 of the association
    facts = stated_facts("12月3日，南岭市退休职工协会第二次会员代表大会在市职工活动中心召开。会上，孙建华当选为经审委员会主任。")
    assert ("孙建华", "worksFor", "南岭市退休职工协会") not in facts


def test_bodies_commended_with_a_biaoyang_take_part_in_the_meeting() -> None:
    facts = stated_facts("1月5日，南岭市总工会六届二次全委会议召开。会议对2025年度考核优秀单位进行了通报表扬，"
                         "河东区总工会、河西区总工会等8家单位获评优秀。")
    assert ("河东区总工会", "participatesIn", "南岭市总工会六届二次全委会议") in facts
    assert ("河西区总工会", "participatesIn", "南岭市总工会六届二次全委会议") in facts


def test_bodies_rated_without_a_commendation_at_the_meeting_take_no_part() -> None:
    facts = stated_facts("1月5日，南岭市总工会六届二次全委会议召开。据了解，河东区总工会、河西区总工会等8家单位去年获评优秀。")
    assert ("河东区总工会", "participatesIn", "南岭市总工会六届二次全委会议") not in facts


def test_attending_the_launch_ceremony_of_a_launched_campaign() -> None:
    facts = stated_facts("12月6日，南岭市“暖心送餐员”关爱行动在市民广场启动。南岭市总工会副主席王立新、"
                         "市交通运输局副局长赵红梅出席启动仪式。")
    assert ("王立新", "participatesIn", "南岭市“暖心送餐员”关爱行动") in facts or \
        ("王立新", "participatesIn", "南岭市暖心送餐员关爱行动") in facts
    assert any(h == "赵红梅" and r == "participatesIn" and "关爱行动" in t for h, r, t in facts)


def test_a_launch_ceremony_with_no_campaign_launched_names_none() -> None:
    # the campaign named is not said to be launched: the ceremony may be another's
    facts = stated_facts("12月6日，南岭市“暖心送餐员”关爱行动总结会在市民广场举行。南岭市总工会副主席王立新出席启动仪式。")
    assert not any(h == "王立新" and r == "participatesIn" and "关爱行动" in t and not t.endswith("会") for h, r, t in facts)


def test_a_pages_date_line_is_no_part_of_the_lead() -> None:
    # 2026-12-16　来源：…　编辑：… stands alone: the lead after it opens with its date, and a bare
    # 出席 later attends the meeting the lead reports
    facts = stated_facts("2026-12-16\u3000来源：市总工会\u3000编辑：赵小林\n12月15日，南岭市退休职工协会第三次会员代表大会"
                         "在市职工活动中心召开。市总工会主席王立新到会讲话，市人社局副局长钱红出席。",
                         title="南岭市退休职工协会召开第三次会员代表大会")
    assert ("钱红", "participatesIn", "南岭市退休职工协会第三次会员代表大会") in facts


def test_date_line_rule_keeps_broken_paragraphs_joined() -> None:
    from uniongraph.reading.blocks import Block
    from uniongraph.reading.repair import repair_breaks

    assert [b.text for b in repair_breaks([Block("2026-12-16\u3000来源：市总工会", 3), Block("12月15日，会议召开。", 4)])] == \
        ["2026-12-16\u3000来源：市总工会", "12月15日，会议召开。"]
    # a body line broken before a year written with 年 is still one paragraph
    assert [b.text for b in repair_breaks([Block("协会成立于", 3), Block("2011年，现有会员3100余人。", 4)])] == \
        ["协会成立于2011年，现有会员3100余人。"]


def test_a_pledge_speech_at_the_reported_meeting() -> None:
    facts = stated_facts("12月2日，南岭市创新工作室建设推进会在海河机械集团召开。推进会上，赵立新作交流发言，"
                         "集团党委副书记、工会主席钱国华作表态发言。")
    assert ("钱国华", "participatesIn", "南岭市创新工作室建设推进会") in facts


def test_a_pledge_speech_in_the_report_of_a_contest_is_not_placed() -> None:
    # the report is of a contest, no meeting: where the speech was made is not said
    facts = stated_facts("12月2日，南岭市第三届职工技能大赛在海河机械集团开幕。集团工会主席钱国华作表态发言。")
    assert not any(h == "钱国华" and r == "participatesIn" for h, r, _ in facts)


def test_speaking_at_the_meeting_as_a_delegate() -> None:
    facts = stated_facts("12月10日，南岭市纺织行业第二届职工代表大会第一次会议在海河纺织有限公司召开。"
                         "海河纺织有限公司工会主席孙丽作为职工代表在会上发言。")
    assert ("孙丽", "participatesIn", "南岭市纺织行业第二届职工代表大会第一次会议") in facts


def test_a_delegate_elsewhere_is_not_at_the_meeting() -> None:
    facts = stated_facts("12月10日，南岭市纺织行业第二届职工代表大会第一次会议在海河纺织有限公司召开。"
                         "去年，孙丽作为职工代表参加了技能培训。")
    assert ("孙丽", "participatesIn", "南岭市纺织行业第二届职工代表大会第一次会议") not in facts


def test_a_legal_adviser_and_a_protection_inspector_hold_posts() -> None:
    facts = stated_facts("调解员、南岭区总工会法律顾问、海河律师事务所律师孙明介绍了案情。"
                         "南岭区总工会劳动保护监督员周强参加了检查。")
    assert ("孙明", "worksFor", "南岭区总工会") in facts
    assert ("孙明", "worksFor", "海河律师事务所") in facts
    assert ("周强", "worksFor", "南岭区总工会") in facts


def test_an_adviser_hired_for_workers_is_no_post_of_the_hirer() -> None:
    facts = stated_facts("南岭区总工会为困难职工聘请了法律顾问，律师孙明每周到站值班。")
    assert ("孙明", "worksFor", "南岭区总工会") not in facts


def test_the_subject_who_joined_a_union_later_in_the_sentence() -> None:
    facts = stated_facts("孙强跑货运已经6年，今年3月加入了南岭区网约车司机工会联合会。")
    assert ("孙强", "memberOf", "南岭区网约车司机工会联合会") in facts


def test_one_who_did_not_join_or_is_no_subject_is_no_member() -> None:
    facts = stated_facts("网约车司机孙强开车已经6年，一直不愿加入南岭区网约车司机工会联合会。")
    assert ("孙强", "memberOf", "南岭区网约车司机工会联合会") not in facts
    facts = stated_facts("工会干部上门动员孙强，他的同事去年加入了南岭区网约车司机工会联合会。")
    assert ("孙强", "memberOf", "南岭区网约车司机工会联合会") not in facts


_NOTICE = ("关于举办2027年度数控技术研修班的通知\n各会员单位：\n市职工技术协会决定举办2027年度数控技术研修班。\n"
           "一、主办单位：南岭市职工技术协会\n二、授课专家：全国技术能手、海河机床有限公司高级技师赵立新；南岭职业技术学院副教授钱红\n"
           "三、联系人：孙丽，电话：0000-1234567\n")


def test_the_teachers_field_of_a_class_notice() -> None:
    facts = stated_facts(_NOTICE)
    assert ("赵立新", "participatesIn", "2027年度数控技术研修班") in facts
    assert ("钱红", "participatesIn", "2027年度数控技术研修班") in facts
    assert ("孙丽", "participatesIn", "2027年度数控技术研修班") not in facts  # the contact person


def test_the_leader_of_a_project() -> None:
    # (a studio's leader, 工作室…由…领衔, is read the same way: union-dev4 page 05; the recognisers do
    # not take an invented studio in a one-line article, so it is not asserted here)
    facts = stated_facts("今年，海河机床有限公司工会完成了“主轴降噪”技术攻关项目。"
                         "项目由公司总工程师钱国华领衔，历时8个月完成。")
    assert any(h == "钱国华" and r == "participatesIn" and t.endswith("技术攻关项目") for h, r, t in facts)


def test_leading_with_no_studio_or_project_before_is_nothing() -> None:
    facts = stated_facts("合唱由海河机床有限公司工会主席钱国华领衔，职工们齐声高歌。")
    assert not any(h == "钱国华" and r in ("participatesIn", "memberOf") for h, r, _ in facts)


def test_a_union_chair_written_with_a_native_place() -> None:
    facts = stated_facts("代表团一行参观了海河智联科技有限公司。公司工会主席、广东籍员工孙丽介绍，公司现有员工380人。")
    assert any(h == "孙丽" and r == "worksFor" and t.endswith("工会") for h, r, t in facts)


def test_a_native_place_alone_names_no_body() -> None:
    facts = stated_facts("代表团一行参观了海河智联科技有限公司。广东籍员工孙丽介绍，公司现有员工380人。")
    assert not any(h == "孙丽" and r == "worksFor" and t.endswith("工会") for h, r, t in facts)


def test_one_who_introduces_a_long_account_of_practice_at_the_meeting() -> None:
    facts = stated_facts("当天上午，南岭海河工会交流座谈会在市职工服务中心举行。座谈会由南岭市总工会主办。"
                         "赵立新介绍了海河工会联合会在职业培训、就业辅导和职工福利方面的做法。")
    assert ("赵立新", "participatesIn", "南岭海河工会交流座谈会") in facts


def test_one_told_the_account_is_not_the_speaker() -> None:
    facts = stated_facts("当天上午，南岭海河工会交流座谈会在市职工服务中心举行。座谈会由南岭市总工会主办。"
                         "工作人员向赵立新介绍了海河工会联合会在职业培训、就业辅导和职工福利方面的做法。")
    assert ("赵立新", "participatesIn", "南岭海河工会交流座谈会") not in facts


_VILLAGE = ("12月16日，宝应县城南街道快递行业联合工会成立大会在街道党群服务中心召开。街道总工会主席钱红为城南街道快递行业"
            "联合工会授牌。会议选举快递站站长赵立新为联合工会主席，海河快递有限公司职工代表孙丽为副主席，并审议通过了工作规则。")


def test_elected_to_a_body_written_short() -> None:
    facts = stated_facts(_VILLAGE)
    assert ("赵立新", "worksFor", "宝应县城南街道快递行业联合工会") in facts
    assert ("孙丽", "worksFor", "宝应县城南街道快递行业联合工会") in facts


def test_no_body_of_that_ending_named_before_is_no_fact() -> None:
    facts = stated_facts("12月16日，海河镇桃园村召开村民大会。会议选举村委会主任赵立新为理事会理事长，孙丽为副理事长。")
    assert not any(h in ("赵立新", "孙丽") and r == "worksFor" and "联合工会" in t for h, r, t in facts)
    assert not any(h == "孙丽" and r == "worksFor" for h, r, _ in facts)


def test_a_worker_who_competes_as_a_team_member() -> None:
    facts = stated_facts("包装车间女工孙丽获得第一名。孙丽还作为南岭市代表队队员参加了南岭省第五届职工职业技能大赛。")
    assert ("孙丽", "memberOf", "南岭市代表队") in facts
    assert ("孙丽", "participatesIn", "南岭省第五届职工职业技能大赛") in facts
    assert ("南岭市代表队", "participatesIn", "南岭省第五届职工职业技能大赛") not in facts


def test_a_team_listed_with_a_person_still_takes_part() -> None:
    # no 作为 between: the person and the team are two of those who attend
    facts = stated_facts("孙丽和南岭市代表队参加了南岭省第五届职工职业技能大赛。")
    assert ("孙丽", "memberOf", "南岭市代表队") not in facts


def test_staff_of_a_unit_inside_an_institution_named_on_its_own() -> None:
    facts = stated_facts("南岭县应急管理局联合县总工会开展检查。南岭县应急管理局安全生产执法大队副大队长赵立新带队。")
    assert ("赵立新", "worksFor", "南岭县应急管理局") in facts


def test_staff_of_a_company_branch_work_for_the_branch_only() -> None:
    facts = stated_facts("海河机械有限公司开展检查。海河机械有限公司南岭分公司总经理赵立新带队。")
    assert ("赵立新", "worksFor", "海河机械有限公司") not in facts


def test_bodies_that_sign_an_agreement_in_the_report_of_a_meeting() -> None:
    facts = stated_facts("12月5日，南岭海河两地工会交流座谈会在南岭市职工服务中心举行。"
                         "南岭市总工会与海河市总工会签署了友好交流合作备忘录。")
    assert ("南岭市总工会", "participatesIn", "南岭海河两地工会交流座谈会") in facts
    assert ("海河市总工会", "participatesIn", "南岭海河两地工会交流座谈会") in facts


def test_a_company_and_its_union_signing_at_their_own_congress_are_hosts() -> None:
    facts = stated_facts("12月5日，海河机械有限公司三届二次职工代表大会召开。随后，海河机械有限公司与海河机械有限公司工会"
                         "签订了2026年集体合同。")
    assert not any(r == "participatesIn" and h.startswith("海河机械有限公司") for h, r, _ in facts)


def test_a_bare_attending_after_a_lead_dated_with_a_span_of_days() -> None:
    facts = stated_facts("本报讯（记者 赵小林）12月8日至9日，海河重工集团有限公司四届三次职工代表大会在集团职工活动中心召开。"
                         "南岭市总工会副主席钱红，南岭市国资委副主任孙强应邀出席。")
    assert ("孙强", "participatesIn", "海河重工集团有限公司四届三次职工代表大会") in facts


def test_a_bare_attending_after_a_lead_whose_subject_is_a_speaker() -> None:
    # the lead's first clause is a person speaking: no meeting opens it
    facts = stated_facts("12月8日至9日，赵立新说，海河重工集团有限公司四届三次职工代表大会在集团召开。孙强出席。")
    assert ("孙强", "participatesIn", "海河重工集团有限公司四届三次职工代表大会") not in facts
