"""Defects a review of stop 35's new relation rules proved (sentences invented for the tests)."""

from __future__ import annotations

import pytest

from stated import stated_facts, read_facts


def _has(facts, head, rel, tail) -> bool:
    return (head, rel, tail) in facts


# -- 1. leads_the_party: 带队 closes the clause, not 带队 then another task, nor a leading before

PARTY = "本报讯 近日，青禾集团工会2026年劳模疗休养活动启动。"
AID = "本报讯 近日，青禾集团工会2026年金秋助学慰问活动启动。"


@pytest.mark.parametrize("body, event", [
    (PARTY + "去年，集团工会副主席王刚带队考察了多家职工疗休养基地。", "2026年劳模疗休养活动"),
    (AID + "同日，集团党委副书记王刚带队检查了安全生产工作。", "2026年金秋助学慰问活动"),
    (AID + "当天，集团党委副书记王刚带队召开了安全生产专题会。", "2026年金秋助学慰问活动"),
])
def test_leading_another_task_is_no_part_in_the_activity(body: str, event: str) -> None:
    assert not _has(stated_facts(body), "王刚", "participatesIn", event)


@pytest.mark.parametrize("body", [
    PARTY + "集团工会副主席王刚带队并看望了大家。",
    PARTY + "疗休养团由集团工会副主席王刚带队。",
    PARTY + "集团工会副主席王刚带队，一行人来到海边。",
])
def test_the_leader_of_the_party_takes_part(body: str) -> None:
    assert _has(stated_facts(body), "王刚", "participatesIn", "2026年劳模疗休养活动")


def test_a_visit_before_the_activity() -> None:
    facts = stated_facts("本报讯 近日，青禾集团工会2026年劳模疗休养活动在青岛市启动。去年，集团工会副主席王刚带队赴杭州市考察了职工疗休养基地。")
    assert not _has(facts, "2026年劳模疗休养活动", "heldAt", "杭州市")
    assert not _has(facts, "王刚", "participatesIn", "2026年劳模疗休养活动")


def test_a_visit_of_the_activity() -> None:
    facts = stated_facts("本报讯 近日，青禾集团工会2026年金秋助学慰问活动启动。集团工会副主席王刚带队来到青山钢铁有限公司慰问困难职工。")
    assert _has(facts, "2026年金秋助学慰问活动", "heldAt", "青山钢铁有限公司")
    assert _has(facts, "王刚", "participatesIn", "2026年金秋助学慰问活动")


# -- 2. visits_during_the_activity: a 的-modifier is no visit; 游览 and more subjects are

REST = "本报讯 近日，青山区总工会2026年职工疗休养活动圆满结束。"
REST_EV = "青山区总工会2026年职工疗休养活动"


def test_a_place_in_a_modifier_is_no_visit() -> None:
    facts = stated_facts(REST + "疗休养期间，到青岛市参加培训的劳模王建国因工作原因未能同行。")
    assert not _has(facts, REST_EV, "heldAt", "青岛市")
    facts = stated_facts(REST + "疗休养期间，来到西宁市的劳模们身体不适。")
    assert not _has(facts, REST_EV, "heldAt", "西宁市")


def test_places_visited_by_the_party() -> None:
    facts = stated_facts(REST + "疗休养期间，职工们游览了青海湖，参观了塔尔寺。")
    assert _has(facts, REST_EV, "heldAt", "塔尔寺")
    assert _has(facts, REST_EV, "heldAt", "青海湖")
    facts = stated_facts(REST + "疗休养期间，大家来到西宁市参观。")
    assert _has(facts, REST_EV, "heldAt", "西宁市")


def test_the_contestants_visit_during_the_games() -> None:
    facts = stated_facts("本报讯 近日，青山区第三届职工运动会落下帷幕。运动会期间，选手们还来到青山区职工文化中心参观。")
    assert _has(facts, "青山区第三届职工运动会", "heldAt", "青山区职工文化中心")


# -- 3. visits_of_the_class: trainees open the clause; not after the class

CLASS = "本报讯 11月5日，青山区总工会2026年基层工会主席培训班在区委党校开班。"
CLASS_EV = "青山区总工会2026年基层工会主席培训班"


@pytest.mark.parametrize("body, place", [
    (CLASS + "学员们来自全区56家企业，其中不少学员到青山钢铁有限公司工作不满三年。", "青山钢铁有限公司"),
    (CLASS + "培训结束后，学员们将走进红星纺织有限公司开展实践。", "红星纺织有限公司"),
])
def test_no_visit_of_the_class(body: str, place: str) -> None:
    assert not _has(stated_facts(body), CLASS_EV, "heldAt", place)


def test_the_class_visits_a_company() -> None:
    facts = stated_facts(CLASS + "培训期间，学员们还将走进青山钢铁有限公司现场观摩，到红星纺织有限公司学习职工之家建设经验。")
    assert _has(facts, CLASS_EV, "heldAt", "青山钢铁有限公司")
    assert _has(facts, CLASS_EV, "heldAt", "红星纺织有限公司")


# -- 4. meeting_roles: a decision to commend later is no commendation at the meeting

PLENARY = "12月21日，青松县总工会第九届委员会第三次全体会议召开。"
PLENARY_EV = "青松县总工会第九届委员会第三次全体会议"


def test_a_decision_to_commend_is_no_part_in_the_meeting() -> None:
    facts = stated_facts(PLENARY + "会议研究决定，对青禾纺织有限公司工会等10个单位予以表彰，表彰大会将于明年“五一”前召开。")
    assert not _has(facts, "青禾纺织有限公司工会", "participatesIn", PLENARY_EV)


def test_bodies_commended_at_the_meeting() -> None:
    facts = stated_facts(PLENARY + "会议对青禾纺织有限公司工会等10个单位予以表彰。")
    assert _has(facts, "青禾纺织有限公司工会", "participatesIn", PLENARY_EV)


# -- 5.–7. elected_list_lines

ELECTED = "12月21日，青松县总工会第九次代表大会在县会议中心开幕。随后召开的县总工会九届一次全委会选举产生了新一届领导班子。名单如下：\n"


def test_a_note_of_someone_else_gives_no_post() -> None:
    facts = stated_facts(ELECTED + "主　席：王建国\n副主席：李红梅　张志强（接替调任青松县禾丰米业有限公司工会主席的刘洋）")
    assert not _has(facts, "张志强", "worksFor", "青松县禾丰米业有限公司工会")
    assert _has(facts, "张志强", "worksFor", "青松县总工会")


def test_a_note_of_the_post_held_besides() -> None:
    facts = stated_facts(ELECTED + "主　席：王建国\n副主席：李红梅　张志强（兼职，青松县禾丰米业有限公司工会主席）")
    assert _has(facts, "张志强", "worksFor", "青松县禾丰米业有限公司工会")


def test_the_list_of_another_body_is_not_elected_here() -> None:
    facts = stated_facts("12月21日，青松县总工会九届一次全委会选举王建国为县总工会主席。会议还传达了市总工会全委会精神。"
                         "市总工会领导班子分工如下：\n主　席：刘大海\n副主席：陈小兵")
    assert not any(h in ("刘大海", "陈小兵") and r == "participatesIn" for h, r, _ in facts)


@pytest.mark.parametrize("body", [
    "12月21日，青松县总工会召开九届一次全委会，选举产生了新一届领导班子。名单如下：\n主　席：王建国\n副主席：李红梅",
    "12月21日，青松县总工会九届一次全委会在县会议中心召开，会议选举产生了新一届领导班子。名单如下：\n主　席：王建国\n副主席：李红梅",
    "12月21日，青松县总工会九届一次全委会在县会议中心召开。全委会选举产生了新一届领导班子。名单如下：\n主　席：王建国\n副主席：李红梅",
    "12月21日，青松县总工会第九次代表大会在县会议中心开幕。随后召开的县总工会九届一次全委会以无记名投票方式选举产生了新一届领导班子。"
    "名单如下：\n主　席：王建国\n副主席：李红梅",
])
def test_common_wordings_of_the_election(body: str) -> None:
    facts = stated_facts(body)
    assert _has(facts, "李红梅", "worksFor", "青松县总工会")
    assert any(h == "李红梅" and r == "participatesIn" for h, r, _ in facts)


# -- 8. bare_committee_in_a_list

MEETING = "青禾机械有限公司召开职代会。"


def test_the_walk_back_goes_over_a_body_in_a_chain() -> None:
    facts = stated_facts(MEETING + "公司党委书记、董事长高立远，党委委员、公司工会主席乌兰，党委副书记、纪委书记蔡明光出席会议。")
    assert any(h == "乌兰" and r == "worksFor" and "党委" in t for h, r, t in facts)
    assert any(h == "蔡明光" and r == "worksFor" and "党委" in t for h, r, t in facts)


def test_a_womens_committee_post_is_of_the_union() -> None:
    facts = stated_facts(MEETING + "公司党委书记、董事长高立远，党委副书记、女职工委员会主任乌兰出席会议。")
    assert not _has(facts, "乌兰", "worksFor", "青禾机械有限公司")
    assert any(h == "乌兰" and r == "worksFor" and "党委" in t for h, r, t in facts)


# -- 9. signers with a title chain before them

def test_a_signer_with_a_title_chain() -> None:
    facts = stated_facts("12月21日，南岭市总工会召开职工服务协作推进会。会上，市人大常委会副主任、南岭市总工会主席王建国"
                         "与青松区总工会主席李红梅代表两地工会签订了职工服务协作书。")
    assert _has(facts, "南岭市总工会", "participatesIn", "职工服务协作推进会") \
        or _has(facts, "南岭市总工会", "organizes", "职工服务协作推进会")
    assert _has(facts, "青松区总工会", "participatesIn", "职工服务协作推进会")


def test_signers_without_a_chain() -> None:
    facts = stated_facts("12月21日，南岭市总工会召开职工服务协作推进会。会上，南岭市总工会主席王建国"
                         "与青松区总工会主席李红梅代表两地工会签订了职工服务协作书。")
    assert _has(facts, "青松区总工会", "participatesIn", "职工服务协作推进会")


# -- 10. areas_of_venue_chains: the town inside the venue's span

def test_the_town_inside_a_visited_company() -> None:
    facts = stated_facts(CLASS + "学员们走进岐山县蔡家坡镇宏达机械有限公司现场观摩。")
    assert _has(facts, CLASS_EV, "heldAt", "蔡家坡镇")


def test_the_district_a_hotel_is_named_with() -> None:
    facts = stated_facts("本报讯 11月5日，南岭市第三届职工运动会在银海区银滩大酒店落幕。")
    assert _has(facts, "南岭市第三届职工运动会", "heldAt", "银海区")


def test_no_area_from_a_registered_name() -> None:
    facts = stated_facts("本报讯 11月5日，南岭市第三届职工运动会在银海区宏达大酒店有限公司落幕。")
    assert not _has(facts, "南岭市第三届职工运动会", "heldAt", "银海区")


def test_no_area_from_a_schools_official_name() -> None:
    facts = stated_facts("12月12日，南岭市教育工会“情暖乡村教师”送温暖活动走进岐山县青禾中学。")
    assert not any(r == "heldAt" and t == "岐山县" for _, r, t in facts)


# -- 11. own_meeting_convened: 职代会, a branch company

@pytest.mark.parametrize("body, body_org", [
    ("12月21日，泸州宏达液压机械有限公司三届二次职代会召开。", "宏达液压机械有限公司"),
    ("12月21日，青禾集团有限公司宏达分公司第三届职工代表大会召开。", "青禾集团有限公司宏达分公司"),
])
def test_a_company_convenes_its_workers_congress(body: str, body_org: str) -> None:
    facts = read_facts(body)
    assert any(h == body_org and r == "organizes" for h, r, _ in facts), facts


def test_the_full_congress_name_still_convened() -> None:
    facts = read_facts("12月21日，泸州宏达液压机械有限公司第三届职工代表大会第二次会议召开。")
    assert any(h == "宏达液压机械有限公司" and r == "organizes" for h, r, _ in facts)


# -- 12. units_written_under_their_federation: not over a body between

@pytest.mark.parametrize("body, team", [
    ("南阳市总工会机关工会志愿服务队走进社区开展义诊。南阳市总工会相关负责人表示将继续支持。", "南阳市总工会机关工会志愿服务队"),
    ("南阳市总工会女职工委员会志愿服务队走进社区开展义诊。南阳市总工会相关负责人表示将继续支持。", "南阳市总工会女职工委员会志愿服务队"),
])
def test_a_team_of_a_body_under_the_federation(body: str, team: str) -> None:
    assert not _has(stated_facts(body), team, "subOrganizationOf", "南阳市总工会")


def test_a_unit_the_federation_runs_itself() -> None:
    facts = stated_facts("南阳市总工会职工法律援助工作站揭牌。南阳市总工会主席王强出席。")
    assert _has(facts, "南阳市总工会职工法律援助工作站", "subOrganizationOf", "南阳市总工会")


# -- 13. bodies that speak: a kind of speech, not where someone speaks

CONGRESS = "12月21日，青松县总工会第九次代表大会召开。"
CONGRESS_EV = "青松县总工会第九次代表大会"


@pytest.mark.parametrize("body", [
    CONGRESS + "大会期间，县长王刚专程到柳溪镇总工会作了发言。",
    CONGRESS + "大会期间，县长王刚专程到柳溪镇总工会作交流发言。",
])
def test_a_speech_made_at_a_body(body: str) -> None:
    assert not _has(stated_facts(body), "柳溪镇总工会", "participatesIn", CONGRESS_EV)


@pytest.mark.parametrize("speech", ["作大会交流发言", "作大会发言", "作了典型发言"])
def test_bodies_that_speak_at_the_congress(speech: str) -> None:
    facts = stated_facts(CONGRESS + f"青禾纺织有限公司工会、柳溪镇总工会{speech}。")
    assert _has(facts, "柳溪镇总工会", "participatesIn", CONGRESS_EV)
    assert _has(facts, "青禾纺织有限公司工会", "participatesIn", CONGRESS_EV)


# -- 14. a region from nowhere

def test_no_region_for_a_bare_party_committee() -> None:
    facts = stated_facts("本报讯 12月18日，青禾市总工会2026年“暖冬送福”活动启动仪式在东湖公园举行。市总工会主席王志刚宣布活动启动。"
                         "市委书记张强因故未能出席，委托秘书长李明宣读了贺信。")
    assert not _has(facts, "张强", "worksFor", "南昌市委")
