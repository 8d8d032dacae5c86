"""Units written right after the full name of the registered company or institution they belong to
(body_departments: a department, a crew or a station, then a post and a person, or the end of a list
line): the unit named whole, subOrganizationOf its body (invented sentences)."""

from uniongraph.extraction.pipeline import extract_text


def facts(text: str) -> tuple[set[tuple[str, str]], set[tuple[str, str, str]]]:
    art = extract_text(text)
    return ({(m.name, m.type) for m in art.mentions},
            {(r.head, r.relation, r.tail) for r in art.relations if not r.inferred})


def sub_orgs(text: str) -> set[str]:
    return {h for h, rel, _ in facts(text)[1] if rel == "subOrganizationOf"}


def test_a_hospital_department_before_a_post_and_a_person():
    mentions, rels = facts("会上，滨江市第三人民医院心血管内科护士长郑雨桐介绍了经验。")
    assert ("滨江市第三人民医院心血管内科", "Organization") in mentions
    assert ("滨江市第三人民医院心血管内科", "subOrganizationOf", "滨江市第三人民医院") in rels
    assert ("郑雨桐", "worksFor", "滨江市第三人民医院心血管内科") in rels


def test_a_department_joined_by_yu_and_a_two_character_one():
    assert "青禾县中医院肾病与风湿科" in sub_orgs("青禾县中医院肾病与风湿科主任韦天成获评先进。")
    assert "青禾县中医院儿科" in sub_orgs("青禾县中医院儿科主任韦天成获评先进。")


def test_a_company_department_and_crews():
    assert "临川远达乳业有限公司品控部" in sub_orgs("临川远达乳业有限公司品控部经理邝敏华作表态发言。")
    assert "西塘港务物流有限公司理货队" in sub_orgs("西塘港务物流有限公司理货队队长吕国栋带队参赛。")


def test_a_bureau_station_before_a_worker():
    rels = facts("云岭区市容环境卫生管理局环卫三所环卫工包桂兰获得表彰。")[1]
    assert ("云岭区市容环境卫生管理局环卫三所", "subOrganizationOf", "云岭区市容环境卫生管理局") in rels


def test_a_list_line_of_units():
    text = "拟推荐集体名单：\n1. 石门县公共交通有限公司3路车队\n2. 石门县人民医院急诊科\n"
    subs = sub_orgs(text)
    assert "石门县公共交通有限公司3路车队" in subs
    assert "石门县人民医院急诊科" in subs


def test_near_misses_name_no_unit():
    assert sub_orgs("石门县人民医院设立急诊科。") == set()  # the sentence's verb between
    assert sub_orgs("石门县人民医院全部医护人员参加了培训。") == set()  # 全部 names no unit
    # a bare company (no registered name) is its own kind: the grammar's reading is left as it was
    assert "公司生产部" not in sub_orgs("公司生产部经理邝敏华作表态发言。")
    # a longer body goes on after the first one's head: the unit is the hospital's, not the college's
    rels = facts("南岭医学院第一附属医院眼科主任黎振华出席。")[1]
    assert ("南岭医学院第一附属医院眼科", "subOrganizationOf", "南岭医学院第一附属医院") in rels
    assert not any(t == "南岭医学院" for h, rel, t in rels if rel == "subOrganizationOf")


def test_a_name_run_together_over_a_post_is_no_body():
    mentions = facts("歌舞团副团长卓玛林芝市第二人民医院妇产科主任达娃")[0]
    assert not any(name.endswith("妇产科") and "副团长" in name for name, _ in mentions)
