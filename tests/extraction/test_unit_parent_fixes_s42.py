"""worksFor through a unit's parent, narrowed (review of stop 42): only the parent read from the
unit's written name (某医院外科, 某公安局城关派出所, 某公司北京分公司), in the article that names the
person's post, one step up; not a body the unit is said to 隶属/下属 (a supervising organ, a
parent company of a separate 有限公司), not across articles, not a former post (原所长).
Invented sentences, run through the whole build."""

from __future__ import annotations

from uniongraph.build import build_documents
from uniongraph.reading import read_text


def _inferred_employers(*texts: str) -> set[tuple[str, str]]:
    kg = build_documents([read_text("# 新闻\n\n本报讯 " + t, f"{i}.txt") for i, t in enumerate(texts)])
    return {(r.head, r.tail) for r in kg.inferred_relations if r.relation == "worksFor"}


def test_not_up_to_a_body_the_unit_is_said_to_belong_to() -> None:
    # a school, a group company, a hospital under a government organ: their staff are not the organ's
    assert _inferred_employers("南江市第三中学隶属于南江市教育局。南江市第三中学教师吴丽获评优秀教师。") == set()
    assert _inferred_employers("南江重型机械有限公司隶属于南江市国资委。南江重型机械有限公司职工钱涛获得表彰。") == set()
    assert _inferred_employers("南江市中心医院骨科主任郑宏带队义诊。南江市中心医院隶属于南江市卫生健康委员会。") \
        == {("郑宏", "南江市中心医院")}  # (the department's hospital, read from its name: not the commission)


def test_one_step_up_the_units_written_name_only() -> None:
    # the station's bureau (read from the station's name), not the government the bureau belongs to
    assert _inferred_employers("南江市公安局东关派出所所长冯杰介绍了情况。南江市公安局隶属于南江市人民政府。") \
        == {("冯杰", "南江市公安局")}
    assert _inferred_employers("南江市中心医院骨科主任郑宏参加了义诊。") == {("郑宏", "南江市中心医院")}


def test_not_across_articles() -> None:
    # the bare 东关派出所 of another article may be another county's station
    one = "近日，南江市公安局东关派出所被评为先进集体。"
    other = "近日，北岭县公安局组织民警开展慰问活动。东关派出所民警冯杰参加了慰问活动。"
    assert _inferred_employers(one, other) == set()
    assert _inferred_employers(other, one) == set()


def test_a_separate_company_is_not_a_branch() -> None:
    assert _inferred_employers("南江重工集团有限公司下属的南江铸造有限公司职工钱涛获得技能比赛一等奖。") == set()
    # a branch is: its staff work for the company
    assert _inferred_employers("南江重工集团有限公司西城分公司经理钱涛介绍了情况。") == {("钱涛", "南江重工集团有限公司")}


def test_not_through_a_former_parent_or_a_former_post() -> None:
    assert _inferred_employers("南江焦化厂原隶属于南江重工集团有限公司。南江焦化厂厂长陶明介绍。") == set()
    assert _inferred_employers("南江市公安局东关派出所原所长冯杰，现任北岭县司法局局长。") == set()
    assert _inferred_employers("纪委查处了原南江县电力公司西山发电厂厂长陶明受贿一案。") == set()
    assert _inferred_employers("南江县电力公司西山发电厂厂长陶明介绍了情况。") == {("陶明", "南江县电力公司")}
