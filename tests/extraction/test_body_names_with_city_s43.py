"""Body names written with their city that the grammar cut or missed (stop 43): a department's two
fields joined by 和 after its place (某区文化和旅游发展委员会), and a committee written after its
registered company (某有限公司女职工委员会), alone or closing a list. Sentences invented."""

from __future__ import annotations

from stated import stated_facts as facts

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in extract_text(text).mentions}


def test_two_fields_joined_by_and_after_a_place_name_one_body():
    got = _names("海淀区文化和旅游发展委员会、海淀区总工会联合主办了比赛。")
    assert ("海淀区文化和旅游发展委员会", "Organization") in got
    assert ("旅游发展委员会", "Organization") not in got


def test_an_alliance_named_by_two_groups_after_its_prefecture():
    got = _names("临夏回族自治州劳模和工匠人才创新工作室联盟日前成立。")
    assert ("临夏回族自治州劳模和工匠人才创新工作室联盟", "Organization") in got
    assert ("工匠人才创新工作室联盟", "Organization") not in got


def test_two_bodies_joined_by_and_stay_two():
    got = _names("海淀区教委和区总工会联合主办了比赛。")
    assert ("海淀区教委", "Organization") in got
    assert not any("和" in n for n, _ in got)


def test_a_post_after_the_and_joins_no_name():
    got = _names("海淀区主席和副主席服务中心")
    assert not any("和" in n for n, _ in got)


def test_a_committee_after_its_registered_company_is_its_unit():
    got = facts("会上，海河明远纺织有限公司女职工委员会主任李丽发言。")
    assert ("李丽", "worksFor", "海河明远纺织有限公司女职工委员会") in got
    assert ("海河明远纺织有限公司女职工委员会", "subOrganizationOf", "海河明远纺织有限公司") in got


def test_a_committee_after_a_bare_company_word_is_no_unit_of_a_registered_one():
    got = facts("会上，公司女职工委员会主任李丽发言。")
    assert not any(r == "subOrganizationOf" for _, r, _ in got)


def test_a_kind_of_studio_the_meeting_is_about_is_no_body():
    got = _names("北安市劳模和工匠人才创新工作室建设现场推进会在北安召开。")
    assert not any(t == "Organization" and "和" in n for n, t in got)


def test_a_rating_given_for_a_year_is_no_body():
    got = _names("决定命名以下6个工作室为2026年度北安市劳模和工匠人才创新工作室，每个给予补助。")
    assert not any(t == "Organization" and "和" in n for n, t in got)


def test_a_committee_of_a_company_closing_a_list():
    got = facts("海河明远纺织有限公司女职工委员会等3个单位获优秀组织奖。")
    assert ("海河明远纺织有限公司女职工委员会", "subOrganizationOf", "海河明远纺织有限公司") in got
