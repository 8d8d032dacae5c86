"""Units, teams and their members (stop 36, unit): a contest team named after a county whose name
opens with a service's word (公安县) is still a team, and a delegation or contest team is one
whoever sends it (市公安局代表队); invented sentences."""

from __future__ import annotations

from stated import stated_facts


def facts(body: str) -> set[tuple[str, str, str]]:
    return set(stated_facts(body))


def test_team_captain_of_a_county_named_with_a_service_word() -> None:
    body = ("12月3日，青溪市职工知识竞赛决赛举行。公安县总工会代表队获得一等奖。"
            "公安县总工会代表队队长、公安县总工会宣传部部长周丽华说，队员们备赛两个月。")
    found = facts(body)
    assert ("周丽华", "memberOf", "公安县总工会代表队") in found
    assert ("周丽华", "worksFor", "公安县总工会代表队") not in found


def test_police_bureau_team_member_is_a_member() -> None:
    body = "12月3日，青溪市职工运动会开幕。青溪市公安局代表队队员赵立新获得男子100米冠军。"
    found = facts(body)
    assert ("赵立新", "memberOf", "青溪市公安局代表队") in found


def test_a_unit_of_the_police_still_holds_offices() -> None:
    # 刑警支队 is a unit of a disciplined service: its 队长 holds an office of it
    body = "12月3日，青溪市公安局刑警支队支队长赵立新介绍了案件侦破情况。"
    found = facts(body)
    assert not any(h == "赵立新" and r == "memberOf" for h, r, t in found)
