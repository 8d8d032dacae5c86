"""A unit's parent written only inside its name (extraction/unit_parents.py): the parent is an entity and
the unit a stated subOrganizationOf it, the guideline's 中建八局城东管廊项目部 → 中建八局 (sentences
written for the tests)."""
from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def read(body: str) -> tuple[set[str], set[tuple[str, str, str]]]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {m.key for m in art.mentions}, {(r.head, r.relation, r.tail) for r in art.relations}


@pytest.mark.parametrize("body, unit, parent", [
    ("南岭理工大学机械工程学院副教授王立新作报告。", "南岭理工大学机械工程学院", "南岭理工大学"),
    ("南岭重型机械厂铸造车间主任李华介绍了经验。", "南岭重型机械厂铸造车间", "南岭重型机械厂"),
    ("青禾物流有限公司城南营业部快递员赵强当选副主席。", "青禾物流有限公司城南营业部", "青禾物流有限公司"),
    ("东岭县公安局交警大队开展春运整治。", "东岭县公安局交警大队", "东岭县公安局"),
    ("南岭商业银行城东支行开展金融知识宣传。", "南岭商业银行城东支行", "南岭商业银行"),
    ("海河石化总厂炼油厂投资建成一套污水处理系统。", "海河石化总厂炼油厂", "海河石化总厂"),
])
def test_the_parent_written_only_inside_the_units_name_is_an_entity_and_its_parent(body, unit, parent):
    names, facts = read(body)
    assert parent in names
    assert (unit, "subOrganizationOf", parent) in facts


def test_a_colleges_staff_work_for_its_university_a_branchs_for_the_branch_alone():
    _, facts = read("南岭理工大学机械工程学院副教授王立新作报告。")
    assert ("王立新", "worksFor", "南岭理工大学机械工程学院") in facts
    assert ("王立新", "worksFor", "南岭理工大学") in facts
    _, facts = read("青禾物流有限公司城南营业部快递员赵强当选副主席。")
    assert ("赵强", "worksFor", "青禾物流有限公司城南营业部") in facts
    assert ("赵强", "worksFor", "青禾物流有限公司") not in facts


def test_a_place_before_a_units_name_is_no_parent():
    names, facts = read("北京市朝阳区环卫中心组织职工体检。")
    assert not any(rel == "subOrganizationOf" for _, rel, _ in facts)
    assert "北京市朝阳区" not in names


def test_an_institution_whose_name_holds_another_is_the_parent_not_the_other():
    names, facts = read("中国科学院大学人工智能学院教授王立新作报告。")
    assert not any(rel == "subOrganizationOf" and tail == "中国科学院" for _, rel, tail in facts)
    assert "中国科学院" not in names


@pytest.mark.parametrize("body", [
    "学院党委书记王立新讲话。",          # a parent said by its kind alone, and no unit's head
    "该公司炼铁厂厂长王立新介绍情况。",  # a parent that refers back
    "海河探矿机械厂结束了没有装备的历史。",  # 探矿 (prospecting) ends in 矿, no body's head
    "南岭市工商局直属分局发出通知。",    # 直属: no unit's own name
])
def test_no_parent_from_a_kind_a_reference_or_a_common_word(body):
    _, facts = read(body)
    assert not any(rel == "subOrganizationOf" for _, rel, _ in facts)


def test_a_banks_branch_keeps_the_bank_the_article_names_in_full():
    names, facts = read("南岭农村商业银行股份有限公司启动活动。设在南岭农商银行城西支行的驿站免费开放。")
    assert ("南岭农商银行城西支行", "subOrganizationOf", "南岭农村商业银行股份有限公司") in facts
    assert "南岭农商银行" not in names


def test_a_works_staff_work_for_the_company_nested_in_its_name_too():
    _, facts = read("海河钢铁有限公司炼铁厂厂长王立新讲话。")
    assert ("王立新", "worksFor", "海河钢铁有限公司炼铁厂") in facts
    assert ("王立新", "worksFor", "海河钢铁有限公司") in facts
    _, facts = read("青禾物流有限公司城南分公司经理赵强讲话。")  # a branch: the branch alone
    assert ("赵强", "worksFor", "青禾物流有限公司") not in facts


@pytest.mark.parametrize("body", [
    "机械厂铸造车间主任李华介绍了经验。",  # a kind of works before its workshop: no one works
    "钢铁公司炼铁厂厂长李华介绍了经验。",  # a kind of company (a dictionary word) before its works
    "保险公司北京分公司举办活动。",  # a kind of company before its branch
])
def test_a_kind_of_body_at_the_front_of_a_units_name_is_no_parent(body):
    _, facts = read(body)
    assert not any(rel == "subOrganizationOf" for _, rel, _ in facts)


def test_a_company_with_a_name_of_its_own_before_its_works_is_still_its_parent():
    names, facts = read("青禾钢铁公司炼铁厂厂长李华介绍了经验。")
    assert "青禾钢铁公司" in names
    assert ("青禾钢铁公司炼铁厂", "subOrganizationOf", "青禾钢铁公司") in facts


def test_a_parent_nested_in_a_unit_is_the_registered_company_whose_name_ends_with_it():
    """青禾钢铁集团 in 青禾钢铁集团炼铁厂 is 北方青禾钢铁集团有限公司 less its first word and its legal form:
    one company, whose works' head employs the staff."""
    names, facts = read("全国劳动模范、青禾钢铁集团炼铁厂炉长李大山作报告。李大山是北方青禾钢铁集团有限公司炼铁厂炉长。")
    assert "青禾钢铁集团" not in names
    assert ("李大山", "worksFor", "北方青禾钢铁集团有限公司") in facts


def test_a_nested_parent_that_ends_two_registered_companies_stays_as_written():
    names, _ = read("青禾钢铁集团炼铁厂炉长李大山说，北方青禾钢铁集团有限公司和南方青禾钢铁集团有限公司都来了。")
    assert "青禾钢铁集团" in names
