"""Where events are held and bodies are (heldAt, locatedIn): rules of stop 36. Invented sentences."""

from __future__ import annotations

from stated import stated_facts as facts


# organisations.py, org-opened-in-place: a body put to use at a place (揭牌投用, 启用)

def test_a_centre_opened_and_put_to_use_in_a_street_is_there():
    body = "由南岭区总工会投资建设的南岭区职工服务中心在青石街道揭牌投用。"
    assert ("南岭区职工服务中心", "locatedIn", "青石街道") in facts(body)


def test_new_premises_put_to_use_at_a_square_place_the_centre():
    body = "海河市职工服务中心新址在海河市职工文化广场正式启用。"
    assert ("海河市职工服务中心", "locatedIn", "海河市职工文化广场") in facts(body)


def test_a_body_that_opens_an_office_somewhere_is_not_placed_there():
    body = "南岭钢铁集团有限公司在青石街道启用了新的服务站，职工可就近办理业务。"
    assert not any(f[0].endswith("南岭钢铁集团有限公司") and f[1] == "locatedIn" and f[2] == "青石街道" for f in facts(body))


# venues.py, held-at-area-before-venue: a district written before a venue is an area of its own

def test_a_contest_at_a_venue_after_a_district_is_held_in_the_district_too():
    body = "12月5日，南岭市第二届女职工技能大赛在银州区金河湾职工文体中心落幕。"
    got = facts(body)
    assert ("南岭市第二届女职工技能大赛", "heldAt", "金河湾职工文体中心") in got
    assert ("南岭市第二届女职工技能大赛", "heldAt", "银州区") in got


def test_a_county_opening_a_venue_name_stays_part_of_it():
    body = "12月5日，南岭县总工会第五次代表大会在南岭县青石会议中心开幕。"
    assert not any(f[1] == "heldAt" and f[2] == "南岭县" for f in facts(body))
