"""Union posts of a union written by its kind, and posts in a committee of a chain's body (stop 35,
rel3); invented sentences."""

from __future__ import annotations

from stated import stated_facts


def works_for(body: str, who: str) -> set[str]:
    return {t for h, r, t in stated_facts(body) if r == "worksFor" and h == who}


def test_hospital_union_chair() -> None:
    body = "海河市康宁医院工会开展关爱活动。医院工会主席谢丽华介绍，今年已建立健康档案。"
    assert "海河市康宁医院工会" in works_for(body, "谢丽华")


def test_school_union_chair_after_a_party_post() -> None:
    body = "清泉科技学院工会发布通知。学校党委副书记、校工会主席詹国立致开幕辞。"
    assert "清泉科技学院工会" in works_for(body, "詹国立")


def test_group_union_vice_chair() -> None:
    body = "本次竞赛由海东能源建设集团有限公司工会主办。集团工会副主席彭秀娟带队并看望了大家。"
    assert "海东能源建设集团有限公司工会" in works_for(body, "彭秀娟")


def test_kind_with_no_union_of_that_kind() -> None:
    # the article names no hospital's union: no telling whose
    body = "海东市总工会和红星机械厂工会联合举办活动。医院工会主席谢丽华介绍了情况。"
    assert works_for(body, "谢丽华") == set()


def test_two_unions_of_the_kind() -> None:
    body = "海东第一医院工会和海西第二医院工会联合举办义诊。医院工会主席谢丽华介绍了情况。"
    assert works_for(body, "谢丽华") == set()


def test_kind_inside_a_longer_name() -> None:
    # 中医医院工会主席: the union of a hospital named there, not the one named before
    body = "海河市康宁医院工会开展关爱活动。南山中医医院工会主席谢丽华也到场。"
    assert "海河市康宁医院工会" not in works_for(body, "谢丽华")


def test_women_committee_after_a_federation_post() -> None:
    body = "南山区总工会副主席、女职工委员会主任于海燕出席。于海燕表示，区总工会女职工委员会今年已开展筛查。"
    assert "南山区总工会女职工委员会" in works_for(body, "于海燕")


def test_committee_post_with_no_committee_named() -> None:
    body = "南山区总工会副主席、女职工委员会主任于海燕出席活动并讲话。"
    assert works_for(body, "于海燕") == {"南山区总工会"}


def test_committee_of_another_body_is_not_the_chains() -> None:
    body = "北岭县总工会女职工委员会开展活动。南山区总工会副主席、女职工委员会主任于海燕出席。"
    assert "北岭县总工会女职工委员会" not in works_for(body, "于海燕")
