"""Departments written right after their union, federation or court (invented sentences)."""

from uniongraph.extraction.pipeline import extract_text


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in extract_text(text).mentions]


def test_a_federation_department_with_and_in_its_name():
    assert ("市总工会宣传和教育工作部", "Organization") in mentions("请将材料报市总工会宣传和教育工作部。")


def test_a_department_with_its_post_and_a_name():
    found = mentions("县总工会老干部工作处处长吴德明讲话。")
    assert ("县总工会老干部工作处", "Organization") in found


def test_a_court_chamber_and_its_court():
    found = mentions("南岭市中级人民法院行政审判第二庭庭长钟立伟授课。")
    assert ("南岭市中级人民法院行政审判第二庭", "Organization") in found
    assert ("南岭市中级人民法院", "Organization") in found


def test_no_department_of_a_post_or_a_kind():
    assert ("市总工会", "Federation") in mentions("市总工会干部职工参加了活动。")
    assert not any(n.startswith("市总工会") and n != "市总工会" for n, _ in mentions("市总工会主席赵明出席。"))
    assert not any(n.endswith("内部") for n, _ in mentions("市总工会内部，大家讨论热烈。"))


def test_a_federations_rest_home_is_named_whole_with_its_federation_nested():
    art = extract_text("承办单位：南岭市总工会温泉职工疗休养院。")
    assert ("南岭市总工会温泉职工疗休养院", "Organization") in [(m.name, m.type) for m in art.mentions]
    assert ("南岭市总工会温泉职工疗休养院", "subOrganizationOf", "南岭市总工会") in [(r.head, r.relation, r.tail) for r in art.relations]


def test_a_registered_companys_party_committee_beside_its_company():
    art = extract_text("吴明，现任东岭药业股份有限公司党委副书记、公司工会主席。")
    found = [(m.name, m.type) for m in art.mentions]
    assert ("东岭药业股份有限公司党委", "Organization") in found and ("东岭药业股份有限公司", "Company") in found
    rels = [(r.head, r.relation, r.tail) for r in art.relations]
    assert ("吴明", "worksFor", "东岭药业股份有限公司党委") in rels
    assert not any(r == "subOrganizationOf" and h.endswith("党委") for h, r, _ in rels)  # left to inference


def test_a_party_committee_after_a_bare_company_word_is_no_new_name():
    assert not any(n.endswith("公司党委") and len(n) > 4 for n, _ in
                   [(m.name, m.type) for m in extract_text("公司党委书记吴明作报告。").mentions])
