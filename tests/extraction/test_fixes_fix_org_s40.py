"""Fixes of the organisation rules merged at stop 40 (review of org-s40): a byline's bracket before a
name opening with 和, a body's own grassroots union, a federation's office and hospitals named by their
kind of care as venues, a federation nested under its own name not merged into a longer one, and more.
Sentences invented for these tests."""

from __future__ import annotations

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _article(body: str):
    return extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))


def facts(body: str) -> set[tuple[str, str, str]]:
    return {(r.head, r.relation, r.tail) for r in _article(body).relations if not r.inferred}


def bodies(body: str) -> set[str]:
    """The names of the bodies the article names (persons, places and events aside)."""
    return {m.canonical or m.name for m in _article(body).mentions if m.type not in ("Person", "Place", "Event")}


def typed(body: str) -> set[tuple[str, str]]:
    return {(m.canonical or m.name, m.type) for m in _article(body).mentions}


# --- 1. a byline's bracket closes the lead: 和 after it opens a name

def test_name_opening_with_he_after_a_byline():
    got = bodies("本报讯（通讯员 孙立）和泰电子公司日前组织职工开展消防演练。")
    assert "泰电子公司" not in got
    assert "和泰电子公司" in got


def test_union_opening_with_he_after_a_byline():
    got = bodies("本报讯（通讯员 孙立）和泰公司工会近日开展安全生产月活动。")
    assert "和泰公司工会" in got and "泰公司工会" not in got


def test_he_after_a_closed_title_still_joins():
    got = bodies("职工学习了《安全生产法》和青川县总工会印发的手册。")
    assert "青川县总工会" in got


# --- 2. 基层工会 after a body is that body's own union; after a place, the place's unions

def test_grassroots_union_of_a_college():
    got = facts("青川大学化学工程学院基层工会主席孙立带领教职工参加比赛。")
    assert ("孙立", "worksFor", "青川大学化学工程学院基层工会") in got


def test_grassroots_union_of_a_group():
    assert "远洋船舶集团基层工会" in bodies("远洋船舶集团基层工会主席孙立参加了培训。")


def test_grassroots_unions_after_a_verb_are_no_one_union():
    assert not any(b.endswith("基层工会") for b in bodies("厂工会主席孙立与大家交流基层工会经费管理经验。"))


def test_grassroots_unions_of_a_city_are_no_one_union():
    assert not any(b.endswith("基层工会") for b in bodies("青川市基层工会主席培训班日前开班。"))


# --- 5, 6. a federation's office and hospitals named by their kind of care are venues

def test_event_held_at_a_federations_office():
    got = facts("近日，远洋船舶集团工会在青川区总工会职工服务工作站举办“安全知识进班组”活动。")
    assert any(r == "heldAt" and t == "青川区总工会职工服务工作站" for _, r, t in got)


def test_event_held_at_a_maternity_hospital():
    got = facts("青川县总工会在青川县妇幼保健院举办“关爱女职工”健康讲座。")
    assert any(r == "heldAt" and t == "青川县妇幼保健院" for _, r, t in got)


def test_event_held_at_a_township_hospital():
    got = facts("青川县总工会在白石镇中心卫生院举办“送健康”义诊活动。")
    assert any(r == "heldAt" and t == "白石镇中心卫生院" for _, r, t in got)


# --- 3. a district's federation is no short form of its street's federation

def test_district_federation_kept_apart_from_its_streets():
    got = facts("青川区总工会经审会日前召开全体会议。青川区白沙街道总工会主席孙立列席会议。")
    assert ("青川区总工会经审会", "subOrganizationOf", "青川区总工会") in got
    assert ("青川区总工会经审会", "subOrganizationOf", "青川区白沙街道总工会") not in got


def test_office_of_the_district_federation_with_a_street_federation_named():
    got = facts("日前，青川区白沙街道总工会在青川区总工会职工服务工作站举办“安全知识进班组”活动。")
    assert ("青川区总工会职工服务工作站", "subOrganizationOf", "青川区白沙街道总工会") not in got


def test_short_form_of_a_federation_still_resolves():
    got = facts("青川县总工会主席孙立出席。县总工会副主席王芳主持。")
    assert ("王芳", "worksFor", "青川县总工会") in got


# --- 4. the national federation's, an industry union's committee, and 女职委

def test_womens_committee_of_the_national_federation():
    got = facts("全国总工会女职工委员会日前召开全体委员会议。")
    assert ("全国总工会女职工委员会", "subOrganizationOf", "全国总工会") in got


def test_womens_committee_of_the_national_federation_in_full():
    got = facts("中华全国总工会女职工委员会日前召开全体委员会议。")
    assert ("中华全国总工会女职工委员会", "subOrganizationOf", "中华全国总工会") in got


def test_short_womens_committee_of_a_federation():
    got = facts("青川市总工会女职委主任孙立出席活动。")
    assert ("青川市总工会女职委", "subOrganizationOf", "青川市总工会") in got


def test_womens_committee_of_a_citys_industry_union():
    got = facts("青川市金融工会女职工委员会日前举办“巾帼心向党”读书活动。")
    assert ("青川市金融工会女职工委员会", "subOrganizationOf", "青川市金融工会") in got


def test_womens_committee_of_a_companys_union_is_left():
    got = facts("青川钢铁厂工会女职工委员会日前举办读书活动。")
    assert not any(r == "subOrganizationOf" for _, r, _ in got)


def test_womens_committee_of_the_citys_grassroots_unions_is_left():
    got = facts("青川市基层工会女职工委员会主任培训班日前开班。")
    assert not any(r == "subOrganizationOf" for _, r, _ in got)


# --- 7. who runs the topic, said in a later clause

_STATION = "青川区职工法律援助工作站由青川区总工会、青川区司法局共同设立，"


def test_daily_work_by_a_firm():
    got = facts("青川区职工驿站由青川区总工会建设，日常工作由青川恒信物业公司负责。")
    assert ("恒信物业公司", "manages", "青川区职工驿站") in got


def test_daily_management_with_the_topics_head_said_again():
    got = facts(_STATION + "工作站日常管理由青川恒信律师事务所负责。")
    assert ("恒信律师事务所", "manages", "青川区职工法律援助工作站") in got


def test_daily_management_that_will_be_done():
    got = facts(_STATION + "日常管理工作将由青川恒信律师事务所负责。")
    assert ("恒信律师事务所", "manages", "青川区职工法律援助工作站") in got


def test_daily_duty_taken_in_turn_by_two_firms():
    got = facts(_STATION + "日常值班由青川恒信律师事务所、青川公正律师事务所轮流负责。")
    assert ("恒信律师事务所", "manages", "青川区职工法律援助工作站") in got
    assert ("公正律师事务所", "manages", "青川区职工法律援助工作站") in got


def test_another_things_daily_management_is_not_the_topics():
    got = facts(_STATION + "食堂日常管理由青川恒信物业公司负责。")
    assert not any(r == "manages" for _, r, _ in got)


def test_daily_service_by_volunteers_is_no_management():
    got = facts(_STATION + "日常服务由青川区“红马甲”志愿服务队负责。")
    assert not any(r == "manages" for _, r, _ in got)


# --- 8. a preposition or conjunction jieba glued to the level opening a body's name

def test_conjunction_glued_to_a_district():
    assert not any(b.startswith("及") or "街道及" in b for b in bodies("白沙街道及区总工会领导出席仪式。"))


def test_preposition_glued_to_a_city():
    got = bodies("职工跟市总工会反映了工资拖欠问题。")
    assert not any(b.startswith("跟") for b in got)


def test_preposition_glued_before_a_bureau():
    got = bodies("审计组由市审计局派出。")
    assert not any("由" in b for b in got)


def test_the_verb_of_leading_glued_to_a_city():
    assert not any(b.startswith("率") for b in bodies("青川市总工会副主席孙立率市总工会代表团赴白沙市考察。"))


# --- 10. a delegation named by its sender's level short form

def test_leader_of_a_delegation_named_by_a_short_form():
    got = facts("日前，青川市总工会副主席孙立率市总工会代表团赴青峰市总工会考察交流。")
    assert any(h == "孙立" and r == "memberOf" and t.startswith("市总工会代表团") for h, r, t in got)
    assert any(h.startswith("市总工会代表团") and r == "subOrganizationOf" and t == "青川市总工会" for h, r, t in got)
    assert not any(h.startswith("市总工会代表团") and r == "subOrganizationOf" and t == "青峰市总工会" for h, r, t in got)


def test_delegation_of_a_short_form_with_two_possible_senders_is_left():
    got = facts("青川市总工会和白沙市总工会签订协议，市总工会代表团随后参观了企业。")
    assert not any(r == "subOrganizationOf" for _, r, _ in got)


# --- 9. a kind followed by a count names no one body

def test_unions_counted_after_a_park():
    got = bodies("今年，青川工业园区新建工会38家，新建职工之家10个，新建户外劳动者驿站20个。")
    assert not any(b.endswith("工会") for b in got)


def test_a_named_union_before_a_count_of_members_stays():
    got = bodies("青川机械厂工会今年发展会员120名。")
    assert "青川机械厂工会" in got


def test_sender_opening_the_line_after_a_headline_ending_in_a_visit():
    got = facts("市总工会代表团赴青峰考察\n青川市总工会副主席孙立率市总工会代表团赴青峰市总工会考察交流。")
    assert any(h.startswith("市总工会代表团") and r == "subOrganizationOf" and t == "青川市总工会" for h, r, t in got)
