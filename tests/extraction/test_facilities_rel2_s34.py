"""Who set up and who runs a facility (stop 34, rel2): a quoted facility as the topic of 由…负责运营 /
由…共建, and the bodies right before a founding verb and the facility (设立的“某驿站”): invented sentences."""

from __future__ import annotations

from stated import stated_facts


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(text) if r == relation}


def test_a_quoted_facility_run_or_built_by_bodies() -> None:
    assert ("海河物流有限公司", "青溪职工服务站") in facts("“青溪职工服务站”由海河物流有限公司负责日常运营。", "manages")
    text = "光华公园旁的“蓉光驿站”由南岭市总工会设立，委托海河环境服务有限公司负责日常运营。"
    assert ("南岭市总工会", "蓉光驿站") in facts(text, "founded")
    assert ("海河环境服务有限公司", "蓉光驿站") in facts(text, "manages")
    # the place of the phrase with 的 is no topic
    assert not any(t == "光华公园" for _, t in facts(text, "manages") | facts(text, "founded"))


def test_a_quoted_facility_not_run_by_a_person_or_a_guide() -> None:
    assert not facts("“青溪职工服务站”由南岭市总工会主席王海生揭牌。", "founded")
    assert not facts("海河物流有限公司的“青溪职工服务站”由南岭市总工会指导。", "manages")


def test_bodies_before_a_founding_verb_and_a_facility() -> None:
    text = "由南岭市总工会、南岭市邮政管理局联合打造的“快递小哥移动职工之家”正式启用。"
    assert {("南岭市总工会", "快递小哥移动职工之家"), ("南岭市邮政管理局", "快递小哥移动职工之家")} <= facts(text, "founded")
    assert ("南岭银行青溪支行", "爱心驿站") in facts("南岭银行青溪支行设立的“爱心驿站”正式启用。", "founded")
    text = "南岭市总工会和青溪区总工会将在青溪新区共建“职工服务站”。"
    assert {("南岭市总工会", "职工服务站"), ("青溪区总工会", "职工服务站")} <= facts(text, "founded")


def test_no_founding_by_building_visiting_or_unveiling() -> None:
    assert not facts("南岭市总工会在青溪新区建成“职工服务站”。", "founded")
    assert not facts("王海生参观了南岭市总工会的“职工服务站”。", "founded")
    assert not facts("南岭市总工会为青溪职工服务站揭牌。", "founded")


def test_a_body_referred_back_by_its_kind_founds_a_team() -> None:
    text = "南岭市退休职工协会成立于2011年。近年来，协会组建“银发宣讲团”深入社区宣讲。"
    assert ("南岭市退休职工协会", "银发宣讲团") in facts(text, "founded")
    text = "南岭康宁医院工会有会员500人。医院工会还组建了“康宁天使”职工志愿服务队。"
    assert ("南岭康宁医院工会", "康宁天使职工志愿服务队") in facts(text, "founded")


def test_no_founding_by_the_kind_when_someone_else_stands_before_the_verb() -> None:
    text = "南岭市退休职工协会成立于2011年。协会会员王海生组建“银发宣讲团”深入社区宣讲。"
    assert ("南岭市退休职工协会", "银发宣讲团") not in facts(text, "founded")
    # no body of that kind named before
    assert not facts("近年来，协会组建“银发宣讲团”深入社区宣讲。", "founded")
