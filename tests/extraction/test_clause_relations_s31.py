"""Relations stated by clauses of union news and notices (stop 31): a bare 出席 after a lead whose
event is named with its organisers, and the like. Sentences written for the tests, names invented;
each rule has a positive case and a look-alike where the relation is not stated."""

from __future__ import annotations

from stated import headlined_facts, stated_facts, read_facts


# --- a bare 出席 attends the lead's event named with its organisers ----------------------------

def test_bare_attend_after_a_lead_with_its_organisers_attends_the_lead_event():
    body = ("12月3日，由南岭市总工会、南岭市交通局联合主办，海河港务集团工会承办的2026年南岭港口技能竞赛总结会在南岭召开。"
            "南岭市总工会主席赵立新出席并讲话，南岭市交通局副局长钱文华出席。")
    got = stated_facts(body)
    assert ("赵立新", "participatesIn", "2026年南岭港口技能竞赛总结会") in got
    assert ("钱文华", "participatesIn", "2026年南岭港口技能竞赛总结会") in got


def test_bare_attend_activity_after_organisers_without_you():
    body = ("12月1日，南岭市总工会主办、海河区总工会承办的“暖心入会”集中行动在海河物流园举行。"
            "南岭市总工会副主席孙海涛出席活动。")
    assert ("孙海涛", "participatesIn", "“暖心入会”集中行动") in stated_facts(body) \
        or ("孙海涛", "participatesIn", "暖心入会集中行动") in stated_facts(body)


def test_bare_attend_after_a_lead_that_opens_with_a_speech_is_not_the_lead_event():
    body = ("王建国说，由南岭市总工会主办的2026年南岭港口技能竞赛总结会在南岭召开。"
            "南岭市总工会主席赵立新出席并讲话。")
    assert ("赵立新", "participatesIn", "2026年南岭港口技能竞赛总结会") not in stated_facts(body)


# --- a chain of organising roles: A主办、B承办的 EVENT ------------------------------------------

def test_each_body_of_a_chain_of_organising_roles_organizes():
    got = stated_facts("南岭市总工会、南岭市人社局主办，海河区总工会承办的2026年南岭职工技能竞赛总决赛在南岭举行。")
    for body in ("南岭市总工会", "南岭市人社局", "海河区总工会"):
        assert (body, "organizes", "2026年南岭职工技能竞赛总决赛") in got


def test_a_guiding_body_in_the_chain_does_not_organize():
    got = stated_facts("南岭市总工会指导、海河区总工会承办的2026年南岭职工技能竞赛总决赛在南岭举行。")
    assert ("海河区总工会", "organizes", "2026年南岭职工技能竞赛总决赛") in got
    assert ("南岭市总工会", "organizes", "2026年南岭职工技能竞赛总决赛") not in got


# --- a notice's field lines (notice-venue-field, notice-person-field) -------------------------

_NOTICE = ("关于举办2026年度南岭区工会财务培训班的通知\n"
           "各街道总工会：\n"
           "经研究，区总工会决定举办2026年度南岭区工会财务培训班。现将有关事项通知如下：\n"
           "一、培训时间：2026年12月10日。\n"
           "{venue}\n"
           "三、培训内容：届时将邀请海河市总工会财务部副部长赵立新、南岭会计师事务所注册会计师钱文华授课。\n"
           "联系人：区总工会财务部 孙海燕\n"
           "南岭区总工会\n"
           "2026年12月1日")


def test_the_venue_field_of_a_notice_places_its_event():
    got = headlined_facts(_NOTICE.format(venue="二、培训地点：南岭区职工服务中心。"))
    assert ("2026年度南岭区工会财务培训班", "heldAt", "南岭区职工服务中心") in got


def test_a_registration_place_is_no_venue():
    got = headlined_facts(_NOTICE.format(venue="二、报到地点：南岭区职工服务中心。"))
    assert ("2026年度南岭区工会财务培训班", "heldAt", "南岭区职工服务中心") not in got


def test_the_contact_field_names_the_person_with_their_unit():
    got = headlined_facts(_NOTICE.format(venue=""))
    # (the unit's short name is told apart by the article: 区总工会财务部（…）)
    assert any(f[0] == "孙海燕" and f[1] == "worksFor" and f[2].startswith("区总工会财务部") for f in got)


def test_a_contact_named_after_a_phone_is_not_read():
    got = stated_facts("区总工会举办职工运动会。联系人：电话12345 孙海燕。")
    assert not any(f[0] == "孙海燕" and f[1] == "worksFor" for f in got)


def test_those_invited_to_teach_a_class_take_part_in_it():
    got = headlined_facts(_NOTICE.format(venue=""))
    assert ("赵立新", "participatesIn", "2026年度南岭区工会财务培训班") in got
    assert ("钱文华", "participatesIn", "2026年度南岭区工会财务培训班") in got


def test_those_invited_to_a_class_without_teaching_are_not_its_teachers():
    got = headlined_facts(_NOTICE.format(venue="").replace("授课", "的专家审核教材"))
    assert ("赵立新", "participatesIn", "2026年度南岭区工会财务培训班") not in got


# --- a list of winning bodies read past an item the recognisers missed ------------------------

def test_bodies_listed_past_a_missed_item_each_take_part():
    body = ("第三届南岭职工技能大赛闭幕。南岭海河学院、南岭职业技术学院、六盘水凉都工程学院、海河师范学院获优秀组织奖。")
    got = stated_facts(body)
    for school in ("南岭海河学院", "南岭职业技术学院", "海河师范学院"):
        assert (school, "participatesIn", "第三届南岭职工技能大赛") in got


def test_a_list_that_does_not_open_its_clause_is_not_read_past():
    body = "第三届南岭职工技能大赛闭幕。南岭海河学院推荐的六盘水凉都工程学院、海河师范学院获优秀组织奖。"
    assert ("南岭海河学院", "participatesIn", "第三届南岭职工技能大赛") not in stated_facts(body)


# --- running and founding of bodies (org-run-by-org, org-runs-the-topic, founded-by-org) -------

def test_the_body_in_charge_of_the_running_manages():
    assert ("海河物业服务有限公司", "manages", "南岭职工服务中心") in stated_facts(
        "据介绍，南岭职工服务中心日常运营由海河物业服务有限公司负责，市总工会派驻人员指导。")
    assert ("南岭区总工会", "manages", "南岭调解工作室") in stated_facts(
        "南岭调解工作室由南岭区总工会负责日常运营，聘请律师担任调解员。")


def test_the_body_that_guides_does_not_manage():
    got = stated_facts("南岭调解工作室由南岭区总工会指导，海河律师事务所负责运营。")
    assert ("南岭区总工会", "manages", "南岭调解工作室") not in got
    assert ("海河律师事务所", "manages", "南岭调解工作室") in got


def test_bodies_that_build_a_body_together_found_it():
    got = stated_facts("12月1日，由南岭区总工会与南岭区人民法院共建的南岭劳动争议调解工作室揭牌。")
    assert ("南岭区总工会", "founded", "南岭劳动争议调解工作室") in got
    assert ("南岭区人民法院", "founded", "南岭劳动争议调解工作室") in got
    assert not any(f[1] == "founded" for f in stated_facts("南岭区总工会与南岭区人民法院共建文明单位。"))


def test_the_founders_after_the_guiding_body_found_the_topic():
    got = stated_facts("据介绍，南岭联合工会在南岭区总工会指导下，由海河科技有限公司、海河信息技术有限公司"
                       "等大厦内28家企业联合组建，现有会员620人。")
    assert ("海河科技有限公司", "founded", "南岭联合工会") in got
    assert ("海河信息技术有限公司", "founded", "南岭联合工会") in got
    assert ("南岭区总工会", "founded", "南岭联合工会") not in got


# --- one who competes for a company (body-of-an-entrant; 选手 of a company is worksFor) ---------

def test_a_company_competes_through_its_entrant_who_works_for_it():
    body = ("第五届南岭职工技能大赛决赛落幕。经过理论考试和实际操作比拼，海河重工有限公司选手周建伟、"
            "南岭电力安装有限公司选手文卓分获数控车工、电工第一名。")
    got = stated_facts(body)
    assert ("海河重工有限公司", "participatesIn", "第五届南岭职工技能大赛决赛") in got
    assert ("周建伟", "worksFor", "海河重工有限公司") in got
    assert ("周建伟", "memberOf", "海河重工有限公司") not in got


def test_a_team_player_is_a_member_of_the_team():
    got = stated_facts("第五届南岭职工技能大赛决赛落幕。南岭县代表队选手赵强获得第一名。")
    assert ("赵强", "memberOf", "南岭县代表队") in got


# --- one who shares or teaches at the meeting or class reported (speaker-at-this-meeting) --------

def test_one_who_shares_a_method_at_the_meeting_reported_takes_part():
    body = ("12月3日，2026年南岭港口安全生产总结交流会在南岭召开。"
            "会议表彰了先进班组。“安全标兵”、海河港务有限公司桥吊司机邹海波分享了交接班工作法。")
    assert ("邹海波", "participatesIn", "2026年南岭港口安全生产总结交流会") in stated_facts(body)


def test_those_who_teach_in_the_class_reported_take_part():
    body = ("南岭电力集团举办2026年女职工骨干培训班。培训期间，南岭市总工会女职工部部长邓雅琴作《女职工劳动保护特别规定》专题解读，"
            "海河律师事务所律师郝晓菲围绕女职工权益维护开展案例教学。")
    got = stated_facts(body)
    assert ("邓雅琴", "participatesIn", "2026年女职工骨干培训班") in got
    assert ("郝晓菲", "participatesIn", "2026年女职工骨干培训班") in got


def test_sharing_in_the_report_of_a_campaign_is_not_read():
    body = "南岭市总工会开展“送温暖”活动。海河港务有限公司桥吊司机邹海波分享了交接班工作法。"
    assert not any(f[0] == "邹海波" and f[1] == "participatesIn" for f in stated_facts(body))


# --- a body's own congress convened (body-convenes-its-own-meeting) ---------------------------

def test_a_body_convenes_its_own_congress():
    body = ("12月2日，南岭市海河区快递行业工会联合会第一次会员代表大会在唐冶街道召开。"
            "大会选举产生了南岭市海河区快递行业工会联合会第一届委员会。")
    got = read_facts(body)
    assert ("南岭市海河区快递行业工会联合会", "organizes", "南岭市海河区快递行业工会联合会第一次会员代表大会") in got


def test_a_work_meeting_or_a_body_named_only_inside_the_meeting_is_not_read():
    got = stated_facts("中国南岭工业总公司１９９８年度工作会议今天在京召开。中国南岭工业总公司总经理王某讲话。")
    assert not any(f[1] == "organizes" for f in got)
    got = stated_facts("11月5日，南岭县工会第十次代表大会在南岭县大会堂开幕。200名代表出席大会。")
    assert not any(f[1] == "organizes" for f in got)


def test_a_congress_spoken_at_is_not_said_to_be_convened_by_its_body():
    got = stated_facts("在今天召开的南岭市总工会十六届三次全委会议上，南岭市总工会主席王某讲话。")
    assert not any(f[1] == "organizes" for f in got)


# --- bodies acting at the scene of the event reported (body-acts-at-this-event) ------------------

def test_bodies_that_sign_at_the_scene_of_the_activity_take_part():
    body = ("12月1日，南岭市总工会主办的“暖心入会”集中行动在海河物流园举行。"
            "活动现场，海河区总工会与南岭财产保险股份有限公司海河分公司签订合作协议。")
    got = stated_facts(body)
    assert ("海河区总工会", "participatesIn", "暖心入会集中行动") in got
    assert ("南岭财产保险股份有限公司海河分公司", "participatesIn", "暖心入会集中行动") in got


def test_the_scene_of_another_kind_of_event_is_not_read():
    body = ("12月1日，南岭市总工会主办的“暖心入会”集中行动在海河物流园举行。"
            "仪式现场，海河区总工会与南岭财产保险股份有限公司海河分公司签订合作协议。")
    assert not any(f[1] == "participatesIn" for f in stated_facts(body))


def test_the_one_shared_with_does_not_share():
    body = ("12月3日，2026年南岭港口安全生产总结交流会在南岭召开。"
            "会议表彰了先进班组。海河港务有限公司向邹海波分享了交接班工作法。")
    assert ("邹海波", "participatesIn", "2026年南岭港口安全生产总结交流会") not in stated_facts(body)


# --- officers elected at a union's own congress (elected-to-union-post) --------------------------

_CONGRESS = ("12月2日，南岭市海河区网约车司机工会联合会成立大会在南岭召开。会议由海河区总工会筹备召开，"
             "南岭市海河区网约车司机工会联合会首批吸纳会员580名。大会选举产生了联合会第一届委员会，"
             "网约车司机赵立当选为联合会主席，钱文当选为副主席。")


def test_officers_elected_at_a_unions_own_congress_work_for_that_union():
    got = stated_facts(_CONGRESS)
    assert ("赵立", "worksFor", "南岭市海河区网约车司机工会联合会") in got
    assert ("钱文", "worksFor", "南岭市海河区网约车司机工会联合会") in got
    assert ("钱文", "worksFor", "海河区总工会") not in got


def test_a_union_named_only_inside_the_congress_name_is_not_taken_for_it():
    body = ("11月5日，南岭县工会第十次代表大会在南岭县大会堂开幕。南岭县总工会主席王某作工作报告。"
            "大会选举产生了新一届委员会，陆建平当选为主席。")
    assert ("陆建平", "worksFor", "南岭县工会") not in stated_facts(body)


# --- a speaker's words are not the speaker's deeds; a bracketed note inside a title chain -------

def test_what_a_speaker_says_is_founded_is_not_founded_by_the_speaker():
    got = stated_facts("历城区总工会主席冯志刚出席会议。他指出，成立南岭快递行业工会联合会是破解入会难的有效途径。")
    assert ("冯志刚", "founded", "南岭快递行业工会联合会") not in got


def test_a_list_of_attendees_is_read_past_a_bracketed_note_in_a_title():
    body = ("12月2日，南岭市总工会2027年送温暖活动启动仪式暨工作部署会在北京举行。南岭市总工会副主席、书记处书记马文华、苏静，"
            "南岭市总工会副主席（兼）、海河建设工会主席郑国强，南岭市民政局副局长潘松出席。")
    got = stated_facts(body)
    for name in ("马文华", "苏静", "郑国强", "潘松"):
        assert (name, "participatesIn", "南岭市总工会2027年送温暖活动启动仪式暨工作部署会") in got


# --- review fixes (stop 31) ---------------------------------------------------------------------

def test_officers_elected_at_another_union_named_in_the_sentence_work_for_that_union():
    body = ("5月10日，南岭重工集团工会第三次会员代表大会在集团会议中心召开。大会选举产生了新一届委员会，"
            "钱文当选为主席。同日，南岭重工集团机械分公司工会也召开了会员代表大会，韩明远当选主席。")
    got = stated_facts(body, title="南岭重工集团工会召开第三次会员代表大会")
    assert ("韩明远", "worksFor", "南岭重工集团机械分公司工会") in got
    assert ("韩明远", "worksFor", "南岭重工集团工会") not in got


def test_a_training_venue_field_places_the_class_not_the_meeting_whose_spirit_it_follows():
    text = ("关于举办工会干部培训班的通知\n"
            "为贯彻落实南岭市总工会第十五届三次全委会议精神，市总工会定于5月举办2025年南岭市工会干部培训班。"
            "现将有关事项通知如下：\n"
            "一、培训地点：南岭市职工服务中心。\n")
    got = headlined_facts(text)
    assert ("南岭市总工会第十五届三次全委会议", "heldAt", "南岭市职工服务中心") not in got
    assert any(f[1] == "heldAt" and f[2] == "南岭市职工服务中心" and "培训班" in f[0] for f in got)


def test_one_told_through_titles_before_the_name_does_not_share():
    body = ("12月3日，2026年南岭劳模创新工作室交流会在南岭召开。"
            "参观期间，讲解员王丽华向南岭市总工会副主席韩明远分享了工作室的创新成果。")
    assert ("韩明远", "participatesIn", "2026年南岭劳模创新工作室交流会") not in stated_facts(body)


def test_a_sharer_with_titles_and_no_one_told_still_takes_part():
    body = ("12月3日，2026年南岭劳模创新工作室交流会在南岭召开。"
            "南岭市总工会副主席韩明远分享了工作室的创新成果。")
    assert ("韩明远", "participatesIn", "2026年南岭劳模创新工作室交流会") in stated_facts(body)


def test_deputies_appointed_without_an_election_verb_hold_their_posts():
    got = stated_facts("经研究，韩立东为南岭市总工会副主席，王丽华、周文斌为副主席。")
    for person in ("韩立东", "王丽华", "周文斌"):
        assert (person, "worksFor", "南岭市总工会") in got
    assert not any(f[1] == "worksFor" for f in stated_facts("经研究，韩立东为此事奔走多日，王丽华、周文斌为副手。"))


def test_a_team_members_job_without_the_word_member_is_membership():
    body = ("近日，南岭市劳模工匠宣讲团走进南岭重工有限公司。宣讲团教授韩明远讲述了自己的创新故事。")
    assert ("韩明远", "memberOf", "南岭市劳模工匠宣讲团") in stated_facts(body)
