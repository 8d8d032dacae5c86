"""双方 after an agreement between two bodies: each founded what they build together, or organizes
what they carry out together (stop 35, rel3); invented sentences."""

from __future__ import annotations

from stated import stated_facts


def facts(body: str, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body) if r == relation}


def test_both_sides_build_a_station() -> None:
    body = "座谈会上，海西市总工会与南岭工会联合总会签署合作协议，双方将在北湾合作区共建“南岭职工北湾服务站”。"
    found = facts(body, "founded")
    assert ("海西市总工会", "南岭职工北湾服务站") in found
    assert ("南岭工会联合总会", "南岭职工北湾服务站") in found


def test_both_sides_carry_out_a_project_in_the_next_sentence() -> None:
    body = ("12月1日，海西市总工会与南岭人寿保险股份有限公司签署“职工普惠保障”战略合作协议。"
            "根据协议，双方将共同实施“职工普惠保障”项目，三年内为职工提供保险。")
    held = facts(body, "organizes")
    assert ("海西市总工会", "职工普惠保障项目") in held
    assert ("南岭人寿保险股份有限公司", "职工普惠保障项目") in held


def test_three_bodies_are_no_two_sides() -> None:
    body = "海西市总工会、南岭市总工会与北湖市总工会签署合作协议，双方将共建“南岭职工北湾服务站”。"
    assert not any(t == "南岭职工北湾服务站" for _, t in facts(body, "founded"))


def test_two_bodies_that_only_met() -> None:
    # no agreement between them: 双方 may be anyone
    body = "海西市总工会与南岭工会联合总会举行座谈，双方将共建“南岭职工北湾服务站”。"
    assert not any(t == "南岭职工北湾服务站" for _, t in facts(body, "founded"))


def test_both_sides_visit_is_no_founding() -> None:
    body = "海西市总工会与南岭工会联合总会签署合作协议，双方还参观了“南岭职工北湾服务站”。"
    assert not any(t == "南岭职工北湾服务站" for _, t in facts(body, "founded"))
