"""What the names-s43 rules must not read (stop 43, the reviewer's defects): a verb or a committee of
another kind before 委员会 after a company (某公司|调整|安全生产委员会, 某公司|社区居民委员会), a room closing
a list with 等 (某公司配电室|等重点部位), and 和 after a place joining a body's short form and another body
(某市残联|与|某服务中心) or naming a kind of studio (某市劳模和工匠人才创新工作室); an alliance after the studios
stays whole before its post. Sentences invented."""

from __future__ import annotations

import pytest
from stated import stated_facts as facts

from uniongraph.extraction.pipeline import extract_text


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in extract_text(text).mentions}


def _units(got: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {f for f in got if f[1] == "subOrganizationOf"}


@pytest.mark.parametrize("text", [
    "海河明远纺织有限公司调整安全生产委员会，李丽任主任。",
    "海河明远纺织有限公司召开委员会，研究年度计划。",
    "北安市人民医院设立委员会，负责药品管理。",
])
def test_a_verb_before_a_committee_names_no_unit(text):
    got = facts(text)
    assert not _units(got)
    assert not any("委员会" in n for n, _ in _names(text))


@pytest.mark.parametrize("committee", ["社区居民委员会", "村民委员会", "专门委员会"])
def test_a_committee_of_another_kind_after_a_company_is_no_unit_of_it(committee):
    got = facts(f"海河明远纺织有限公司{committee}主任李丽参加活动。")
    assert not _units(got)
    assert ("李丽", "worksFor", f"海河明远纺织有限公司{committee}") not in got


def test_a_listed_committee_after_its_company_is_still_its_unit():
    got = facts("会上，海河明远纺织有限公司安全生产委员会主任李丽发言。")
    assert ("海河明远纺织有限公司安全生产委员会", "subOrganizationOf", "海河明远纺织有限公司") in got


@pytest.mark.parametrize("text", [
    "检查组检查了海河明远纺织有限公司配电室等重点部位。",
    "检查组检查了海河明远纺织有限公司监控室等场所。",
    "检查组走访了海河明远纺织有限公司门卫室等岗位。",
])
def test_a_room_or_place_closing_a_list_is_no_unit(text):
    assert not _units(facts(text))


def test_a_crew_closing_a_list_of_teams_is_its_bodys_unit():
    got = facts("北安市人民医院代表队等4支队伍获团体三等奖。")
    assert ("北安市人民医院代表队", "subOrganizationOf", "北安市人民医院") in got


@pytest.mark.parametrize("text", [
    "海淀区残联和残疾人工作委员会联合开展活动。",
    "北安市侨联与归侨侨眷服务中心联合开展活动。",
    "北安市公安和消防救援支队联合开展演练。",
])
def test_a_body_and_another_joined_after_a_place_stay_two(text):
    assert not any("和" in n or "与" in n for n, _ in _names(text))


@pytest.mark.parametrize("text", [
    "目前，北安市劳模和工匠人才创新工作室已达56家。",
    "决定命名以下6个工作室为第二批北安市劳模和工匠人才创新工作室，每个给予补助。",
    "北安市劳模和工匠人才创新工作室成果展在市工人文化宫开幕。",
])
def test_a_kind_of_studio_is_no_body(text):
    assert not any(t == "Organization" and "和" in n for n, t in _names(text))
    assert not any(r == "organizes" for _, r, _ in facts(text))


@pytest.mark.parametrize("post", ["理事长", "秘书长"])
def test_an_alliance_of_studios_stays_whole_before_its_post(post):
    got = facts(f"北安市劳模和工匠人才创新工作室联盟{post}王立新致辞。")
    assert ("王立新", "worksFor", "北安市劳模和工匠人才创新工作室联盟") in got


def test_a_committee_named_by_two_fields_before_a_party_post():
    got = facts("海淀区文化和旅游发展委员会党组书记李明讲话。")
    assert ("李明", "worksFor", "海淀区文化和旅游发展委员会") in got
