"""Where an activity's party goes: each venue of a list (先后来到 A、B; 先后走访了 A 和 B), a venue
written with 位于 AREA 的 (held at the venue, not in the area), a party named by its kind (视察组); and
what must not be read as a venue beside them (a plan, a place one comes from, a native place, a list of
kinds, a list going on with a person's home). Stop 42; invented sentences."""

from __future__ import annotations

from stated import stated_facts


def venues(body: str, event_end: str) -> set[str]:
    """The venues of the event whose name ends with ``event_end``."""
    return {t for h, r, t in stated_facts(body) if r == "heldAt" and h.endswith(event_end)}


_INSPECTION = "12月3日，青川县总工会组织开展“职工代表看环保”视察活动。"
_SUMMER = "7月10日，南岭市总工会开展“夏送清凉”慰问活动。"
_VISITED = "慰问组一行先后来到南岭纺织有限公司、位于北湖区的南岭钢铁有限公司，为一线职工送去清凉物品。"


def test_inspection_party_goes_to_each_venue_of_a_list() -> None:
    tails = venues(_INSPECTION + "视察组一行先后来到青川县污水处理厂、南岭环保科技有限公司，实地察看设备运行情况。", "视察活动")
    assert "南岭环保科技有限公司" in tails


def test_planned_visit_is_no_venue() -> None:
    tails = venues(_INSPECTION + "视察组一行来到南岭环保科技有限公司。下一步，视察组将先后来到青川县污水处理厂、白沙水务有限公司。",
                   "视察活动")
    assert "南岭环保科技有限公司" in tails and "白沙水务有限公司" not in tails


def test_party_of_the_kind_pays_visits_to_a_list() -> None:
    tails = venues(_SUMMER + "当天，慰问组还先后走访了南岭纺织有限公司和南岭钢铁有限公司。", "慰问活动")
    assert {"南岭纺织有限公司", "南岭钢铁有限公司"} <= tails


def test_visits_to_kinds_give_no_venue() -> None:
    tails = venues(_SUMMER + "当天，慰问组还先后走访了南岭纺织有限公司，随后走访了困难职工家庭和一线班组。", "慰问活动")
    assert tails == {"南岭纺织有限公司"}


def test_list_going_on_with_a_home_stops() -> None:
    tails = venues(_SUMMER + "当天，慰问组还先后走访了南岭纺织有限公司和困难职工李红梅家中。", "慰问活动")
    assert tails == {"南岭纺织有限公司"}


def test_venue_written_with_its_area_after_located() -> None:
    tails = venues(_SUMMER + _VISITED, "慰问活动")
    assert {"南岭纺织有限公司", "南岭钢铁有限公司"} <= tails
    assert "北湖区" not in tails


def test_first_venue_after_located() -> None:
    tails = venues(_SUMMER + "慰问组一行来到位于北湖区的南岭钢铁有限公司，为一线职工送去清凉物品。", "慰问活动")
    assert "南岭钢铁有限公司" in tails and "北湖区" not in tails


def test_place_one_comes_from_is_no_venue() -> None:
    tails = venues(_SUMMER + _VISITED + "来自白沙区的50名环卫工人领到了清凉物品。", "慰问活动")
    assert "南岭钢铁有限公司" in tails and "白沙区" not in tails


def test_native_place_is_no_venue() -> None:
    tails = venues(_SUMMER + _VISITED + "白沙区籍劳模王立新也随慰问组一起送去清凉。", "慰问活动")
    assert "南岭钢铁有限公司" in tails and "白沙区" not in tails
