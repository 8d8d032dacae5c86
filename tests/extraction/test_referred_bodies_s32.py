"""Relations of a body referred back to by its kind or made the topic (invented sentences):
a bare post after a sentence about a company, 该矿/这个所 organising an event, 总厂所属的 unit."""

from __future__ import annotations

from stated import stated_facts


def test_a_bare_post_after_a_sentence_about_a_company_is_held_there() -> None:
    facts = stated_facts("海天电梯有限公司在１９９５年与日立公司合资。总经理戴明说，引进技术不是目的。")
    assert ("戴明", "worksFor", "海天电梯有限公司") in facts


def test_a_bare_post_in_a_later_clause_of_the_company_s_sentence() -> None:
    facts = stated_facts("南岭银行不仅捐出１００万元，还决定由董事长郭平亲自带队赴灾区。")
    assert ("郭平", "worksFor", "南岭银行") in facts


def test_no_post_of_the_topic_when_the_sentence_before_is_about_a_person() -> None:
    facts = stated_facts("王明来到海天电梯有限公司。总经理戴明说，引进技术不是目的。")
    assert ("戴明", "worksFor", "海天电梯有限公司") not in facts


def test_a_region_s_post_is_not_held_in_the_topic_company() -> None:
    facts = stated_facts("南岭银行不仅捐出１００万元。市长郭平亲自带队赴灾区。")
    assert ("郭平", "worksFor", "南岭银行") not in facts


def test_a_company_post_needs_a_company_topic() -> None:
    facts = stated_facts("南岭市勘察研究所是全省先进单位。总经理戴明说，今年效益很好。")
    assert not any(h == "戴明" and r == "worksFor" for h, r, _ in facts)


def test_the_mine_referred_to_organises_the_activity() -> None:
    facts = stated_facts("南岭市东湖煤矿是全省先进单位。今年该矿开展“安全生产百日竞赛”活动，效果很好。")
    assert ("南岭市东湖煤矿", "organizes", "安全生产百日竞赛") in facts


def test_a_partner_and_the_institute_referred_to_both_organise() -> None:
    facts = stated_facts("南岭市勘察研究所是全省先进单位。去年６月，建设部与这个所共同举办了“首届岩土工程研修班”。")
    assert ("南岭市勘察研究所", "organizes", "首届岩土工程研修班") in facts


def test_a_reference_of_another_kind_or_not_the_subject_organises_nothing() -> None:
    assert not any(r == "organizes" for _, r, _ in stated_facts(
        "南岭市东湖煤矿是全省先进单位。今年该厂开展“安全生产百日竞赛”活动。"))
    assert not any(r == "organizes" for _, r, _ in stated_facts(
        "南岭市勘察研究所是全省先进单位。这个所的职工参加了“安全生产百日竞赛”活动。"))


def test_a_unit_of_the_works_referred_to_by_its_kind() -> None:
    facts = stated_facts("李明来到南岭发电总厂考察。在总厂所属的南岭热电厂，李明询问了生产情况。")
    assert ("南岭热电厂", "subOrganizationOf", "南岭发电总厂") in facts


def test_a_kind_inside_a_longer_name_is_no_reference() -> None:
    facts = stated_facts("南岭发电总厂效益很好。南岭电力总厂所属的南岭热电厂也不错。")
    assert ("南岭热电厂", "subOrganizationOf", "南岭发电总厂") not in facts
    assert ("南岭热电厂", "subOrganizationOf", "南岭电力总厂") in facts
