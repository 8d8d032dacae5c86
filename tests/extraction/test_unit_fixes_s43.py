"""The second review of names-s43 (stop 43): a committee named by its field after its enterprise or
institution is its unit (某公司|质量管理|委员会) unless a verb or a committee of another kind opens it; 女工委员会
and 女工委 are the 女职工委员会; 等 closes a list of bodies with words saying which between it and the body
word (等|相关|部门, 等|临床|科室), 等待 is a verb after its subject; an alliance of studios acting with
others stays whole. Sentences invented."""

from __future__ import annotations

import pytest
from stated import stated_facts as facts

from uniongraph.extraction.pipeline import extract_text

_CO = "海河明远纺织有限公司"
_HOSPITAL = "北安市人民医院"


def _names(text: str) -> set[tuple[str, str]]:
    return {(m.name, m.type) for m in extract_text(text).mentions}


@pytest.mark.parametrize("body, field", [
    (_CO, "质量管理"), (_CO, "安全生产管理"), (_CO, "职工民主管理"), (_HOSPITAL, "药事管理"),
])
def test_a_committee_named_by_its_field_is_its_bodys_unit(body, field):
    got = facts(f"{body}{field}委员会主任李丽参加会议。")
    assert (f"{body}{field}委员会", "subOrganizationOf", body) in got
    assert ("李丽", "worksFor", f"{body}{field}委员会") in got


@pytest.mark.parametrize("text", [
    f"{_CO}组建质量管理委员会，李丽任主任。",
    f"{_CO}改组安全生产管理委员会，李丽任主任。",
    f"{_HOSPITAL}支持药事管理委员会开展工作。",
])
def test_a_verb_before_a_committees_field_names_no_unit(text):
    assert not any(r == "subOrganizationOf" for _, r, _ in facts(text))


@pytest.mark.parametrize("committee", ["女工委员会", "女工委"])
def test_the_short_forms_of_the_womens_committee_are_its_bodys_unit(committee):
    got = facts(f"{_CO}{committee}主任李丽参加活动。")
    assert (f"{_CO}{committee}", "subOrganizationOf", _CO) in got
    assert (_CO, "Company") in _names(f"{_CO}{committee}主任李丽参加活动。")


@pytest.mark.parametrize("text, unit, body", [
    (f"{_HOSPITAL}急诊科等临床科室获评先进集体。", "急诊科", _HOSPITAL),
    (f"{_CO}女职工委员会等相关部门负责人参加会议。", "女职工委员会", _CO),
    (f"{_CO}装卸队等有关单位参加会议。", "装卸队", _CO),
    (f"{_CO}技术部等职能部门参加会议。", "技术部", _CO),
    (f"{_CO}装卸队等兄弟单位参加会议。", "装卸队", _CO),
    (f"{_CO}装卸队等团队参加会议。", "装卸队", _CO),
    (f"{_CO}技术部等处室参加会议。", "技术部", _CO),
    (f"{_CO}技术部等机构参加会议。", "技术部", _CO),
    (f"{_CO}装卸队等待检查。", "装卸队", _CO),
    (f"检查组检查了{_CO}技术部等待验收的设备。", "技术部", _CO),
])
def test_a_unit_before_a_list_closing_or_a_verb_is_its_bodys_unit(text, unit, body):
    assert (body + unit, "subOrganizationOf", body) in facts(text)


@pytest.mark.parametrize("text", [
    f"检查组检查了{_CO}配电室等相关重点部位。",
    f"检查组检查了{_CO}监控室等有关场所。",
])
def test_a_room_closing_a_list_of_places_with_a_modifier_is_no_unit(text):
    assert not any(r == "subOrganizationOf" for _, r, _ in facts(text))


@pytest.mark.parametrize("action", ["共同发起“匠心行动”", "联合开展活动"])
def test_an_alliance_acting_with_others_stays_whole(action):
    names = _names(f"北安市劳模和工匠人才创新工作室联盟{action}。")
    assert ("北安市劳模和工匠人才创新工作室联盟", "Organization") in names
    assert ("工匠人才创新工作室联盟", "Organization") not in names
