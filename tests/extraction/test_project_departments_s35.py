"""Project departments named by their company and their project (invented sentences)."""

from uniongraph.extraction.pipeline import extract_text


def extracted(text: str):
    art = extract_text(text)
    return [(m.name, m.type) for m in art.mentions], [(r.head, r.relation, r.tail) for r in art.relations]


def test_a_project_department_under_its_company_with_a_numbered_project():
    names, rels = extracted("仪式上，南岭港航建设有限公司东港区3号泊位工程项目部与西岭路桥工程有限公司等单位签订了责任书。")
    assert ("南岭港航建设有限公司东港区3号泊位工程项目部", "Organization") in names
    assert ("西岭路桥工程有限公司", "Company") in names  # the company after the joint, not run over the head
    assert any(r == "subOrganizationOf" and h.endswith("项目部") for h, r, _ in rels)


def test_a_project_department_under_a_group():
    names, _ = extracted("走访慰问了东方城建集团望湖站项目部的一线建设者。")
    assert ("东方城建集团望湖站项目部", "Organization") in names


def test_the_union_of_the_company_is_not_the_units():
    _, rels = extracted("一行来到南岭建设集团有限公司滨湖综合管廊项目部慰问。南岭建设集团工会主席吴明介绍了情况。")
    assert not any(r == "unionOf" and t.endswith("项目部") for _, r, t in rels)


def test_no_project_department_across_a_clause():
    names, _ = extracted("南岭建设集团有限公司表示，将支持各项目部开展竞赛。")
    assert not any(n.endswith("项目部") for n, _ in names)


def test_the_union_of_a_company_named_only_inside_its_units_name():
    _, rels = extracted("在东岭汽车零部件有限公司冲压车间，书架很受欢迎。东岭汽车零部件有限公司工会主席吴明说。")
    assert any(r == "unionOf" and h == "东岭汽车零部件有限公司工会" and not t.endswith("车间") for h, r, t in rels)
