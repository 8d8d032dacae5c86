"""A unit's parent written inside its name (invented sentences): a county federation's legal-aid
station, a federation's quoted team named whole, a company's or federation's 代表队."""

from tests.stated import stated_facts


def test_federation_inside_its_station_is_its_parent():
    facts = stated_facts("丰山县总工会职工法律援助工作站设在县职工服务中心，每天有律师值班。")
    assert ("丰山县总工会职工法律援助工作站", "subOrganizationOf", "丰山县总工会") in facts


def test_no_parent_for_a_short_form_or_a_body_between():
    facts = stated_facts("市总工会职工法律援助工作站每天有律师值班。")
    assert not any(r == "subOrganizationOf" and h.endswith("工作站") for h, r, _ in facts)
    facts = stated_facts("东平市总工会女职工委员会巾帼志愿服务队走进社区。")
    assert ("东平市总工会女职工委员会巾帼志愿服务队", "subOrganizationOf", "东平市总工会") not in facts


def test_quoted_team_of_a_named_federation_is_named_whole():
    facts = stated_facts("丰江区总工会“红线”志愿服务队队长陆小婷介绍，今年已组织活动5场。")
    assert ("丰江区总工会红线志愿服务队", "subOrganizationOf", "丰江区总工会") in facts
    assert ("陆小婷", "memberOf", "丰江区总工会红线志愿服务队") in facts


def test_quoted_team_of_a_short_form_from_its_quote_on():
    facts = stated_facts("区总工会主席李东明说，市总工会“暖心”志愿服务队队员王小燕也参加了活动。")
    assert ("王小燕", "memberOf", "暖心志愿服务队") in facts


def test_a_delegation_team_of_a_company_or_federation_is_its_unit():
    facts = stated_facts("青山矿山机械有限公司代表队、丰水县总工会代表队获得一等奖。")
    assert ("青山矿山机械有限公司代表队", "subOrganizationOf", "青山矿山机械有限公司") in facts
    assert ("丰水县总工会代表队", "subOrganizationOf", "丰水县总工会") in facts


def test_a_delegation_team_of_a_place_has_no_parent():
    facts = stated_facts("东平市代表队、南岭县代表队获得一等奖。")
    assert not any(r == "subOrganizationOf" for _, r, _ in facts)


def test_each_subsidiary_listed_after_a_bare_group_and_its_marker():
    facts = stated_facts("南岭港口集团有限公司技能比武日前举行。集团所属南岭码头有限公司、南岭港务有限公司和"
                         "南岭国际物流有限公司等单位的60名选手参赛。")
    for unit in ("南岭码头有限公司", "南岭港务有限公司", "南岭国际物流有限公司"):
        assert (unit, "subOrganizationOf", "南岭港口集团有限公司") in facts


def test_no_parent_when_two_groups_were_named_before():
    facts = stated_facts("南岭港口集团有限公司与东海航运集团有限公司签约。集团所属南岭码头有限公司、"
                         "南岭港务有限公司的职工参加了仪式。")
    assert not any(r == "subOrganizationOf" and h in ("南岭码头有限公司", "南岭港务有限公司") for h, r, _ in facts)


def test_a_bureaus_team_written_after_it_is_its_unit_and_an_organ():
    facts = stated_facts("工作站联合东阳区人力资源和社会保障局劳动保障监察大队约谈两家单位。监察大队大队长孙立刚表示，将依法移送。")
    team = "东阳区人力资源和社会保障局劳动保障监察大队"
    assert (team, "subOrganizationOf", "东阳区人力资源和社会保障局") in facts
    assert ("孙立刚", "worksFor", team) in facts
    assert not any(r == "memberOf" for _, r, _ in facts)


def test_no_bureau_team_across_a_verb_or_a_post():
    facts = stated_facts("东阳区公安局带领大队人马赶到现场。")
    assert not any(h.endswith("大队") for h, _, _ in facts)
    facts = stated_facts("当南岭市公安局副局长兼交警支队支队长李长河接过锦旗时。")
    assert not any("副局长" in h or "副局长" in t for h, _, t in facts)


def test_a_college_unit_of_two_disciplines_is_named_whole():
    facts = stated_facts("经过角逐，物理与电子工程学院教师石小怡获得二等奖。")
    assert ("石小怡", "worksFor", "物理与电子工程学院") in facts


def test_a_list_of_kinds_of_body_is_no_college_unit():
    from uniongraph.extraction.pipeline import extract_article
    from uniongraph.model import Article
    text = "标题\n促进了一些民主党派、人民团体和社会主义学院的恢复和发展。"
    art = extract_article(Article(id="t", source="t", index=0, title="标题", text=text))
    assert not any(m.name == "人民团体和社会主义学院" for m in art.mentions)


def test_a_workshop_named_by_an_unknown_trade_word_after_its_company():
    facts = stated_facts("宣讲团成员、青州丰乡红枣科技有限公司制干车间主任苏小梅结合自己的经历作了发言。")
    unit = "青州丰乡红枣科技有限公司制干车间"
    assert ("苏小梅", "worksFor", unit) in facts
    assert any(h == unit and r == "subOrganizationOf" for h, r, _ in facts)


def test_no_workshop_from_an_unknown_word_with_no_company_before_it():
    facts = stated_facts("他说，制干车间主任苏小梅结合自己的经历作了发言。")
    assert not any(h.endswith("制干车间") or t.endswith("制干车间") for h, _, t in facts)


def test_a_colleges_party_committee_is_kept_as_written():
    facts = stated_facts("经过激烈角逐，化学化工学院教师赵小洁获得一等奖，美术学院教师孔小飞、物理与电子工程学院教师石小怡"
                         "获得二等奖。学院党委副书记、工会主席程立民出席决赛并为获奖教师颁奖。",
                         title="丰林师范学院举办第七届青年教师教学竞赛")
    # (the college of the headline, the one named by more than its field: stop 43, the written form an alias)
    assert ("程立民", "worksFor", "丰林师范学院党委") in facts
    assert not any(h == "程立民" and r == "worksFor" and t in ("美术学院", "物理与电子工程学院", "化学化工学院")
                   for h, r, t in facts)


def test_a_team_post_opening_a_clause_makes_the_person_one_of_the_team_named_before():
    facts = stated_facts("活动中，丰江区总工会“红线”志愿服务队的12名志愿者负责现场签到和引导，队长陆小婷是青山科技有限公司的人事专员。")
    assert ("陆小婷", "memberOf", "丰江区总工会红线志愿服务队") in facts


def test_no_team_membership_when_another_body_stands_between():
    facts = stated_facts("南岭志愿服务队来到青山科技有限公司，队长王大明说很开心。")
    assert ("王大明", "memberOf", "南岭志愿服务队") not in facts
