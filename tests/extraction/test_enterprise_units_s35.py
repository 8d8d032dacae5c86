"""Units of an enterprise named by their trade (车间, 分厂, 班组) and works named under their company
(invented sentences)."""

from uniongraph.extraction.lexicon import load_lexicons
from uniongraph.extraction.enterprise_units import find_enterprise_units
from uniongraph.extraction.orgs import works_of_a_company
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import TokenIndex


def units(text: str) -> list[str]:
    return [m.name for m in find_enterprise_units(TokenIndex(text))]


def mentions(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.type) for m in extract_text(text).mentions]


def test_a_workshop_written_after_its_body():
    assert units("双方依托公司锻压车间和喷涂车间开展培训。") == ["锻压车间", "喷涂车间"]
    assert units("分厂电机装配车间“精工”班组获评先进集体。") == ["电机装配车间", "“精工”班组"]


def test_a_unit_with_its_post_or_worker_and_a_name():
    assert units("冲压分厂职工代表周明远提出了提案。") == ["冲压分厂"]
    assert units("喷涂车间女工赵小燕获得一等奖。") == ["喷涂车间"]
    assert units("锻造分厂钳工林志强等20人获评先进个人。") == ["锻造分厂"]


def test_a_quoted_crew_after_its_project_department():
    assert ("“青松”钢筋班组", "Organization") in mentions("项目部“青松”钢筋班组班长严国辉代表参赛职工发言。")
    assert not any(name.startswith("项目部") for name, _ in mentions("项目部“青松”钢筋班组班长严国辉代表参赛职工发言。"))


def test_a_unit_in_passing_is_none():
    assert units("记者走进生产车间，机器轰鸣。") == []  # every works has one
    assert units("他经常深入车间了解情况。") == []  # the sentence's verb
    assert units("喷涂车间里灯火通明。") == []  # no body before it, no post or name after it
    assert units("牵头人是车间主任黄明。") == []  # 是 is the sentence's verb


def test_a_workshop_named_under_its_works():
    assert ("东岭重型机械厂锻压车间", "Organization") in mentions("他曾任东岭重型机械厂锻压车间主任。")


def test_a_works_under_its_company_is_its_unit():
    assert works_of_a_company("华岭钢铁有限公司炼钢厂")
    assert not works_of_a_company("华岭钢铁厂")
    assert not works_of_a_company("有限公司")
    assert ("华岭钢铁有限公司炼钢厂", "Organization") in mentions("队长、华岭钢铁有限公司炼钢厂工人韩立峰发言。")


def test_a_branch_works_is_an_organization():
    assert load_lexicons().org_heads["分厂"][0] == "Organization"
    assert ("冲压分厂", "Organization") in mentions("冲压分厂副厂长周明远介绍了经验。")


def test_the_company_nested_in_its_units_name_owns_the_bare_company_union():
    art = extract_text("走进东岭机械股份有限公司锻压车间，机器轰鸣。公司工会主席吴明说，工会常来慰问。")
    union = next(m for m in art.mentions if m.text == "公司工会")
    assert union.canonical == "东岭机械股份有限公司工会"
