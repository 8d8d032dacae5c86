"""Fixes of stop 42 to the venues of an activity's party (review revents2): 走访了 (paid a visit) is
no verb of going for any body, only for a party on a visit (王立新一行走访了…, 慰问组走访了…); a
sentence opened by another time (去年，2025年，) tells no venue of the event reported; 位于 AREA 的
VENUE names the venue on every path, whatever the area (one place or several). Invented sentences."""

from __future__ import annotations

from stated import stated_facts


def facts(body: str, event_end: str) -> set[tuple[str, str]]:
    """(relation, other end) of the stated facts of the event whose name ends with ``event_end``."""
    return {(r, t) for h, r, t in stated_facts(body) if h.endswith(event_end)} \
        | {(r, h) for h, r, t in stated_facts(body) if t.endswith(event_end)}


def venues(body: str, event_end: str) -> set[str]:
    return {t for r, t in facts(body, event_end) if r == "heldAt"}


_MEETING = "12月5日，南岭市总工会召开党组会议，研究部署下一阶段工作。"
_CONTEST = "12月5日，南岭市第三届职工技能大赛在南岭职工文化中心闭幕。"
_SUMMER = "2026年7月10日，南岭市总工会开展“夏送清凉”慰问活动。"
_INSPECTION = "2026年12月3日，青川县总工会组织开展“职工代表看环保”视察活动。"


# 1–3, 5: 走访了 said of a body is work done, not the event going somewhere

def test_work_summarised_in_a_meeting_is_no_venue() -> None:
    body = _MEETING + "会议指出，今年以来，南岭市总工会走访了城南街道、城北街道等10个街道，收集职工诉求200余条。"
    assert venues(body, "党组会议") == set()


def test_visit_before_a_meeting_is_no_venue() -> None:
    assert venues(_MEETING + "会前，南岭市总工会走访了城南街道，听取职工意见。", "党组会议") == set()


def test_visit_while_preparing_a_contest_is_no_venue() -> None:
    body = _CONTEST + "大赛筹备期间，南岭市总工会走访了城南街道、城北街道，广泛征求意见。"
    found = facts(body, "职工技能大赛")
    assert ("heldAt", "城南街道") not in found and ("heldAt", "城北街道") not in found
    assert ("organizes", "南岭市总工会") not in found


def test_staff_visiting_a_home_give_no_venue() -> None:
    body = _SUMMER + "南岭市总工会工作人员走访了南岭纺织有限公司困难职工李红梅家。"
    assert "南岭纺织有限公司" not in venues(body, "慰问活动")


def test_another_body_visiting_neither_organises_nor_gives_a_venue() -> None:
    body = _SUMMER + "北湖区总工会走访了南岭纺织有限公司，为职工送去清凉物品。"
    found = facts(body, "慰问活动")
    assert ("heldAt", "南岭纺织有限公司") not in found and ("organizes", "北湖区总工会") not in found


def test_a_led_party_still_pays_visits() -> None:
    body = _SUMMER + "南岭市总工会主席王立新一行走访了南岭纺织有限公司，为一线职工送去清凉物品。"
    assert "南岭纺织有限公司" in venues(body, "慰问活动")


# 4: another time opens the sentence

def test_last_year_a_body_went_there() -> None:
    assert venues(_SUMMER + "去年，南岭市总工会来到南岭纺织有限公司，了解职工需求。", "慰问活动") == set()


def test_another_year_a_body_went_there() -> None:
    assert venues(_SUMMER + "2025年，南岭市总工会来到南岭纺织有限公司，了解职工需求。", "慰问活动") == set()


def test_another_year_the_party_of_its_kind_went_there() -> None:
    assert venues(_INSPECTION + "2019年，视察组一行来到青川县污水处理厂。", "视察活动") == set()


def test_this_year_the_body_goes_there() -> None:
    body = _SUMMER + "当天，南岭市总工会领导来到南岭纺织有限公司，为一线职工送去清凉物品。"
    assert "南岭纺织有限公司" in venues(body, "慰问活动")


# 6–8: 位于 AREA 的 VENUE, on every path

def test_body_goes_to_a_venue_said_located() -> None:
    body = _SUMMER + "南岭市总工会领导来到位于北湖区的南岭钢铁有限公司，为一线职工送去清凉物品。"
    found = facts(body, "慰问活动")
    assert ("heldAt", "南岭钢铁有限公司") in found and ("heldAt", "北湖区") not in found
    assert ("organizes", "南岭市总工会") in found


def test_led_party_goes_to_a_venue_said_located() -> None:
    body = _SUMMER + "南岭市总工会主席王立新一行来到位于北湖区的南岭钢铁有限公司，为一线职工送去清凉物品。"
    tails = venues(body, "慰问活动")
    assert "南岭钢铁有限公司" in tails and "北湖区" not in tails


def test_venue_said_located_in_an_area_of_two_places() -> None:
    body = _SUMMER + "慰问组一行来到位于南岭市北湖区的南岭钢铁有限公司，为一线职工送去清凉物品。"
    tails = venues(body, "慰问活动")
    assert "南岭钢铁有限公司" in tails and not tails & {"南岭市", "北湖区"}


def test_list_goes_on_after_a_venue_said_located() -> None:
    body = _SUMMER + "慰问组一行先后来到位于南岭市北湖区的南岭钢铁有限公司、南岭纺织有限公司，为一线职工送去清凉物品。"
    tails = venues(body, "慰问活动")
    assert {"南岭钢铁有限公司", "南岭纺织有限公司"} <= tails and not tails & {"南岭市", "北湖区"}


def test_located_area_with_no_venue_after_it_is_no_venue() -> None:
    body = _SUMMER + "慰问组一行来到位于北湖区的一家企业，为一线职工送去清凉物品。"
    assert "北湖区" not in venues(body, "慰问活动")


def test_staff_going_to_a_home_give_no_venue() -> None:
    body = _SUMMER + "南岭市总工会工作人员来到南岭纺织有限公司困难职工李红梅家，送去清凉物品。"
    assert "南岭纺织有限公司" not in venues(body, "慰问活动")


def test_the_same_day_the_party_goes_on() -> None:
    body = _SUMMER + "同日，慰问组一行还来到南岭纺织有限公司，为一线职工送去清凉物品。"
    assert "南岭纺织有限公司" in venues(body, "慰问活动")
