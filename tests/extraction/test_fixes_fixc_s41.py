"""Fixes to the units read after a registered company's or an institution's full name (second review
of fixorg-s41; invented sentences, the reviewer's and near variants)."""

from uniongraph.extraction.pipeline import extract_text


def facts(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    art = extract_text(text)
    return ({(m.name, m.type) for m in art.mentions},
            {(r.head, r.relation, r.tail) for r in art.relations if not r.inferred})


def sub_orgs(text: str) -> set[str]:
    return {h for h, rel, _ in facts(text)[1] if rel == "subOrganizationOf"}


# 1. a count or "some" of crews names no one unit
def test_a_count_of_crews_is_no_unit():
    for text in ("滨江物流有限公司两支车队荣获先进。", "南岭运输有限公司多个车队荣获先进。",
                 "滨江物流有限公司部分车队获得表彰。", "南岭运输有限公司十个车队和班组获评先进。"):
        assert sub_orgs(text) == set(), text


def test_a_numbered_crew_is_still_a_unit():
    assert "滨江公交有限公司第一车队" in sub_orgs("滨江公交有限公司第一车队队长王强出席。")
    assert "云岭区市容环境卫生管理局环卫三所" in sub_orgs("云岭区市容环境卫生管理局环卫三所环卫工包桂兰获得表彰。")


# 2. 专科 as a whole word is a specialty (专科护士 a post's grade, 特色专科 a rating), no unit
def test_a_specialty_is_no_unit():
    rels = facts("滨江市人民医院专科护士王芳获评优秀护士。")[1]
    assert ("王芳", "worksFor", "滨江市人民医院") in rels
    assert not any(rel == "subOrganizationOf" for _, rel, _ in rels)
    assert sub_orgs("青禾县中医院特色专科荣获省级称号。") == set()


def test_a_hospital_department_is_still_a_unit():
    assert "滨江市人民医院急诊科" in sub_orgs("滨江市人民医院急诊科主任刘建国介绍了经验。")


# 3. rooms and places ending in 所 are no stations
def test_places_ending_in_suo_are_no_units():
    for text in ("滨江物流有限公司厕所和浴室完成改造。", "南岭运输有限公司场所与设施全部开放。",
                 "滨江物流有限公司停车场所和充电桩建成。"):
        assert sub_orgs(text) == set(), text


def test_a_station_is_still_a_unit():
    assert "石门县财政局收费所" in sub_orgs("石门县财政局收费所所长刘建国介绍了经验。")


# 4. a company's union committee's office is the union's department, not the company's unit
def test_a_union_committees_office_is_not_the_companys_unit():
    rels = facts("滨江建工集团有限公司工会委员会办公室主任王强出席。")[1]
    assert not any(rel == "subOrganizationOf" and t == "滨江建工集团有限公司" for _, rel, t in rels)
    assert ("王强", "worksFor", "滨江建工集团有限公司工会委员会办公室") in rels


def test_a_companys_own_office_is_still_its_unit():
    assert "滨江物流有限公司财务部" in sub_orgs("滨江物流有限公司财务部经理刘建国介绍了经验。")


def test_a_specialty_of_a_field_is_still_a_unit():
    assert "青禾县中医院肾病专科" in sub_orgs("青禾县中医院肾病专科主任韦天成介绍了经验。")


# 6. two units joined by 和 after their body: the first is the body's unit, no one name runs across the joint
def test_two_joined_units_are_no_one_name():
    for text in ("滨江市人民医院急诊科和护理部获评先进集体。",
                 "青禾县中医院急诊科主任韦天成介绍经验。青禾县中医院急诊科与药剂科荣获表彰。"):
        ents, rels = facts(text)
        assert not any("和" in n or "与" in n for n, _ in ents), text
        assert any(rel == "subOrganizationOf" and h.endswith("急诊科") for h, rel, _ in rels), text


def test_a_joint_inside_one_units_name_still_joins():
    assert "滨江物流有限公司技术和质量部" in sub_orgs("滨江物流有限公司技术和质量部经理王强出席。")
    assert "滨江市人民医院呼吸与危重症医学科" in sub_orgs("滨江市人民医院呼吸与危重症医学科主任王强出席。")


# 8. a unit's word tagged an adjectival noun (安全/an|保卫处)
def test_a_unit_of_an_adjectival_noun():
    rels = facts("滨江物流有限公司安全保卫处主任王强出席。")[1]
    assert ("滨江物流有限公司安全保卫处", "subOrganizationOf", "滨江物流有限公司") in rels
    assert ("王强", "worksFor", "滨江物流有限公司安全保卫处") in rels
    assert sub_orgs("滨江物流有限公司安全生产工作做得好。") == set()


# 7. a list's entry: a body, a space, its person (after a header's colon, a list number or the entry before)
def test_a_list_entrys_person_works_for_its_body():
    rels = facts("先进个人：滨江市人民医院心内科 王芳；滨江物流有限公司 刘建国。")[1]
    assert ("王芳", "worksFor", "滨江市人民医院心内科") in rels
    assert ("刘建国", "worksFor", "滨江物流有限公司") in rels
    rels = facts("获奖名单：\n2. 青禾县中医院肾病科 韦天成\n")[1]
    assert ("韦天成", "worksFor", "青禾县中医院肾病科") in rels


def test_a_byline_or_a_speaker_after_a_space_is_no_list_entry():
    assert not any(rel == "worksFor" for _, rel, _ in facts("文/图 滨江市总工会宣传教育部 林雅蓉")[1])
    assert not any(rel == "worksFor" for _, rel, _ in facts("他说起滨江物流有限公司 王芳的事。")[1])
