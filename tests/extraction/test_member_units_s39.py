"""Bodies that move in as member units (甲、乙和丙作为成员单位入驻中心) are members of the body moved
into, named there or by its head noun (stop 39; invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_OPENED = "12月3日，南岭市职工服务中心揭牌。"


def test_listed_bodies_move_into_the_centre_named_by_its_head():
    got = facts(_OPENED + "南岭市法律援助中心、南岭市人民检察院和广东正明律师事务所作为成员单位入驻中心。")
    for body in ("南岭市法律援助中心", "南岭市人民检察院", "广东正明律师事务所"):
        assert (body, "memberOf", "南岭市职工服务中心") in got


def test_body_moves_into_a_centre_named_in_full():
    got = facts("南岭市法律援助中心以成员单位身份入驻南岭市职工服务中心。")
    assert ("南岭市法律援助中心", "memberOf", "南岭市职工服务中心") in got


def test_no_membership_without_member_units_or_into_a_building():
    got = facts(_OPENED + "南岭市法律援助中心入驻中心。")
    assert not any(r == "memberOf" for _, r, _ in got)
    got = facts(_OPENED + "南岭市法律援助中心作为成员单位入驻中心大楼。")
    assert not any(r == "memberOf" for _, r, _ in got)
