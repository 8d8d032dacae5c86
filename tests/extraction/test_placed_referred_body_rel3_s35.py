"""A body referred back to by its kind, or its office, placed with 设在 (stop 35, rel3); invented sentences."""

from __future__ import annotations

from stated import stated_facts


def placed(body: str) -> set[tuple[str, str]]:
    return {(h, t) for h, r, t in stated_facts(body) if r == "locatedIn"}


def test_studio_by_its_kind() -> None:
    body = "12月1日，北湖区“工会+法院”劳动争议诉调对接工作室揭牌，工作室设在区职工服务中心一楼。"
    assert any(h.endswith("诉调对接工作室") and t.endswith("职工服务中心") for h, t in placed(body))


def test_office_of_the_referred_subject() -> None:
    body = "北湖区快递行业联合工会成立。该联合工会由南岭物流发展有限公司发起成立，办公室设在园区“司机之家”。"
    assert ("北湖区快递行业联合工会", "司机之家") in placed(body)


def test_kind_with_no_body_of_that_kind_named() -> None:
    body = "北湖区快递行业联合工会成立。工作室设在区职工服务中心一楼。"
    assert not any(t.endswith("职工服务中心") for _, t in placed(body))


def test_another_bodys_office() -> None:
    body = "北湖区劳模创新工作室揭牌。市总工会办公室设在北湖区职工服务中心。"
    assert not any(h.endswith("工作室") for h, _ in placed(body))


def test_an_office_with_no_referred_subject() -> None:
    body = "北湖区劳模创新工作室揭牌。办公室设在北湖区职工服务中心。"
    assert not placed(body) & {("北湖区劳模创新工作室", "北湖区职工服务中心")}
