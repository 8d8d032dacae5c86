"""Fixes to the units read after a registered company's or an institution's full name
(body_departments, rule unit-of-org) and to the industry union nested from its team (invented
sentences: the reviewer's of org-s41 and near variants)."""

from uniongraph.extraction.pipeline import extract_text


def facts(text: str, region: str | None = None) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    art = extract_text(text, region=region)
    return ({(m.name, m.type) for m in art.mentions},
            {(r.head, r.relation, r.tail) for r in art.relations if not r.inferred})


def sub_orgs(text: str) -> set[str]:
    return {h for h, rel, _ in facts(text)[1] if rel == "subOrganizationOf"}


def names(text: str) -> set[str]:
    return {n for n, _ in facts(text)[0]}


# 1. a room number is an address, no unit
def test_a_room_number_is_no_unit():
    assert sub_orgs("报名地点：滨江市人民医院行政楼302室。") == set()
    assert sub_orgs("报名材料请送至滨江物流有限公司302室，联系人：刘建国。") == set()
    assert "滨江物流有限公司302室" not in names("报名材料请送至滨江物流有限公司302室，联系人：刘建国。")


def test_a_numbered_station_is_still_a_unit():
    assert "云岭区市容环境卫生管理局环卫三所" in sub_orgs("云岭区市容环境卫生管理局环卫三所环卫工包桂兰获得表彰。")


# 2. a venue room is a place to go, no unit
def test_a_venue_room_is_no_unit():
    subs = sub_orgs("活动当天，滨江物流有限公司职工活动室、滨江市人民医院职工书屋同时开放。")
    assert subs == set()
    assert sub_orgs("午休时，青禾县中医院职工休息室里坐满了人。") == set()


# 3. generic groups and ratings ending in 队 or 科 name no unit
def test_groups_and_ratings_are_no_units():
    assert sub_orgs("滨江市人民医院医护团队，先后救治患者上千人。") == set()
    assert sub_orgs("着力打造滨江物流有限公司技能人才梯队。") == set()
    assert sub_orgs("该院是滨江市人民医院省级重点学科，") == set()


# 4. a people word before a joint: two things listed, not one unit
def test_a_joint_after_people_runs_into_no_unit():
    subs = sub_orgs("参加活动的有滨江物流有限公司员工和派出所民警等。")
    assert not any("派出所" in s for s in subs)


def test_a_joint_inside_a_units_name_still_joins():
    assert "青禾县中医院肾病与风湿科" in sub_orgs("青禾县中医院肾病与风湿科主任韦天成获评先进。")


# 5. a company union's department is the union's, not the company's unit
def test_a_company_unions_department_is_not_nested_in_the_company():
    for text in ("滨江物流有限公司工会女职工部部长李娜介绍了经验。",
                 "滨江物流有限公司工会经审会主任李娜介绍了经验。"):
        rels = facts(text)[1]
        assert not any(rel == "subOrganizationOf" and t == "滨江物流有限公司" for _, rel, t in rels), text


# 6. the staff of a unit work for the unit; its body follows from the unit's name (inferred), the same
# for a company's unit and an institution's
def test_staff_of_a_unit_work_for_the_unit_alone():
    rels = facts("滨江物流有限公司生产部经理刘建国介绍了经验。")[1]
    assert ("刘建国", "worksFor", "滨江物流有限公司生产部") in rels
    assert ("刘建国", "worksFor", "滨江物流有限公司") not in rels
    rels = facts("滨江市人民医院急诊科主任刘建国介绍了经验。")[1]
    assert ("刘建国", "worksFor", "滨江市人民医院急诊科") in rels
    assert ("刘建国", "worksFor", "滨江市人民医院") not in rels


def test_a_medicine_department_is_still_a_unit():
    # (医学科 holds 学科 at its end: the field is matched as a whole word only)
    assert "滨江市第一人民医院重症医学科" in sub_orgs("滨江市第一人民医院重症医学科护士长王芳获奖。")


def test_staff_of_a_bureau_team_and_a_college_still_work_for_both():
    # (a bureau's team and a university's college: the older rule, its golds' reading unchanged)
    rels = facts("云岭县应急管理局安全生产执法大队副大队长韦天成介绍了做法。")[1]
    assert ("韦天成", "worksFor", "云岭县应急管理局") in rels


# 7. an industry union nested from its team by a short form (市某某工会) is the home region's, as any
# short form: two articles of two cities name two unions
def test_a_short_industry_union_from_its_team_is_each_articles_own():
    from uniongraph.build import build_documents
    from uniongraph.reading import read_text

    text = ("# 滨江市邮政职工技能比赛落幕\n\n滨江市总工会主办的比赛中，市邮政工会代表队获得第一名。\n\n"
            "# 南岭市邮政职工技能比赛落幕\n\n南岭市总工会主办的比赛中，市邮政工会代表队获得第一名。\n")
    kg = build_documents([read_text(text, "page.md")])
    unions = [e for e in kg.entities.values() if e.type == "Federation" and "邮政工会" in e.name]
    assert len(unions) == 2
    parents = {r.tail for r in kg.relations if r.relation == "subOrganizationOf" and "代表队" in r.head}
    assert len(parents) == 2


def test_a_short_industry_union_takes_the_region_known():
    rels = facts("比赛中，市邮政工会代表队获得第一名。", region="南岭市")[1]
    assert any(rel == "subOrganizationOf" and t.startswith("南岭市邮政工会") for _, rel, t in rels)


# 8. crews and stations however the segmenter tags their words (保洁/a|队, 抢修/v|队, 收费|所/c, 施工队/nt)
def test_crews_and_stations_of_any_tag():
    assert "滨江物流有限公司保洁队" in sub_orgs("滨江物流有限公司保洁队队长刘建国介绍了经验。")
    assert "滨江物流有限公司抢修队" in sub_orgs("滨江物流有限公司抢修队队长刘建国介绍了经验。")
    assert "石门县财政局收费所" in sub_orgs("石门县财政局收费所所长刘建国介绍了经验。")
    assert "滨江物流有限公司施工队" in sub_orgs("滨江物流有限公司施工队队长刘建国介绍了经验。")
    assert "滨江物流有限公司财务部" in sub_orgs("滨江物流有限公司财务部经理刘建国介绍了经验。")


def test_people_before_a_split_head_name_no_station():
    assert sub_orgs("这种做法为滨江物流有限公司员工所称道。") == set()


# 9. what may follow a unit: its clause's predicate, 和 and another unit, a list's space or a bracket
def test_a_unit_before_its_predicate_or_a_joint():
    subs = sub_orgs("滨江市人民医院急诊科、滨江物流有限公司装卸队荣获全国工人先锋号。")
    assert {"滨江市人民医院急诊科", "滨江物流有限公司装卸队"} <= subs
    assert "滨江物流有限公司装卸队" in sub_orgs("滨江物流有限公司装卸队和仓储部荣获工人先锋号。")


def test_an_office_named_by_the_crew_it_manages():
    assert "滨江公交有限公司车队管理科" in sub_orgs("滨江公交有限公司车队管理科科长刘建国介绍了经验。")
    # (a team under a team stays none of the bureau's: 交警支队|直属|大队)
    assert not any(s.endswith("直属大队") for s in sub_orgs("滨江市公安局交警支队直属大队大队长刘建国讲话。"))


def test_a_unit_on_a_list_line_before_a_space_or_a_bracket():
    subs = sub_orgs("获奖名单：\n2. 滨江市人民医院心内科 王芳\n3. 滨江市人民医院急诊科（护理组）\n")
    assert {"滨江市人民医院心内科", "滨江市人民医院急诊科"} <= subs


def test_a_group_before_its_predicate_is_no_unit():
    assert sub_orgs("滨江物流有限公司全体车队荣获表彰。") == set()
