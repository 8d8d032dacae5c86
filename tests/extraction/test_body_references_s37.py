"""Bodies referred to across sentences (stop 37): 其 before a post, 他们 standing for a body, a bare
kind of the article's main body, a bare kind said before the body is named in full, and no
reference when two bodies of the kind are in reach (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts
from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def _anaphors(body: str) -> dict[str, str]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text=f"\n{body}"))
    return {m.text: m.key for m in art.mentions if m.anaphor and m.type != "Person"}


@pytest.mark.parametrize("body, wanted", [
    # 其 + a post + a name: the one body of the sentence before
    ("南岭机床厂近年效益大增。其厂长赵立新说，今年订单增加。", ("赵立新", "worksFor", "南岭机床厂")),
    # 及其 in the same sentence
    ("海河市长会见了南岭电子有限公司代表团及其董事长钱立明。", ("钱立明", "worksFor", "南岭电子有限公司代表团")),
])
def test_its_post(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body, unwanted", [
    # two bodies before 其: whose post it is is not said
    ("南岭机床厂与海河电机厂签订协议，其厂长赵立新说，今年订单增加。", ("赵立新", "worksFor", "海河电机厂")),
    # a person named between: 其 may be the person's (其秘书)
    ("南岭机床厂厂长王明来访。其秘书赵立新说，今年订单增加。", ("赵立新", "worksFor", "南岭机床厂")),
])
def test_no_its_post_with_two_in_reach(body, unwanted):
    assert unwanted not in facts(body)


@pytest.mark.parametrize("body, wanted", [
    # 他们 opening a sentence after a sentence about one body
    ("南岭市第二医院是一所较大的人民医院。他们率先在南岭县开展了“送医下乡”活动。",
     ("南岭市第二医院", "organizes", "送医下乡活动")),
    # after a phrase of time and place
    ("南岭体育用品有限公司是国内知名企业。在１９９７年海河博览会上，他们投资２００万元搭建了展台。",
     ("南岭体育用品有限公司", "participatesIn", "海河博览会")),
])
def test_they_as_a_body(body, wanted):
    assert wanted in facts(body)


@pytest.mark.parametrize("body", [
    # workers named between the body and 他们: the pronoun may be them
    "南岭市第二医院是一所较大的人民医院，全院３００名职工热情服务。他们率先在南岭县开展了“送医下乡”活动。",
    # two bodies named before
    "南岭市第二医院与海河市中心医院结成对子。他们率先在南岭县开展了“送医下乡”活动。",
    # inside a quotation: the speaker's 他们
    "南岭市第二医院是一所较大的人民医院。当地干部说：“他们率先开展了“送医下乡”活动。”",
])
def test_no_they_as_a_body(body):
    assert not any(r == "organizes" for _, r, _ in facts(body))


def test_bare_kind_of_the_main_body():
    body = "南岭机床厂近年效益大增。厂里举办了“技能比武”活动。南岭机床厂还开展了“节能降耗”竞赛。"
    assert ("南岭机床厂", "organizes", "技能比武") in facts(body)
    assert _anaphors(body).get("厂里") == "南岭机床厂"


def test_no_bare_kind_across_a_paragraph_about_another_body():
    # the paragraph before names another 厂: 厂里 may be either
    body = "南岭机床厂效益大增，南岭机床厂职工收入增加。\n海河电机厂今年也扭亏为盈。\n厂里举办了“技能比武”活动。"
    assert "厂里" not in _anaphors(body)


def test_bare_kind_before_the_body_is_named_in_full():
    # a page of the group's own union: 集团 before the group's name, written inside its union's name
    body = ("12月8日，集团工会举行“安康杯”竞赛启动仪式。集团副总经理、安全总监马国强出席仪式。"
            "本次竞赛由海河能源建设集团有限公司工会主办。")
    assert ("马国强", "worksFor", "海河能源建设集团有限公司") in facts(body)


def test_no_bare_kind_before_two_groups():
    body = ("12月8日，集团工会举行“安康杯”竞赛启动仪式。集团副总经理马国强出席仪式。"
            "本次竞赛由海河能源建设集团有限公司工会和南岭建工集团有限公司工会主办。")
    assert not any(h == "马国强" and r == "worksFor" for h, r, _ in facts(body))


@pytest.mark.parametrize("body", [
    # two factories in the sentence before 该厂 (or a bare 厂长 read by kind)
    "南岭机床厂与海河电机厂签订协议。该厂厂长赵立新说，今年订单增加。",
    "南岭机床厂与海河电机厂签订协议，该厂厂长赵立新说，今年订单增加。",
])
def test_no_pointer_with_two_bodies_of_the_kind_in_reach(body):
    assert not any(h == "赵立新" and r == "worksFor" for h, r, _ in facts(body))


def test_pointer_with_one_body_of_the_kind():
    assert ("赵立新", "worksFor", "南岭机床厂") in facts("南岭机床厂效益大增。该厂厂长赵立新说，今年订单增加。")


@pytest.mark.parametrize("body", [
    # a verb of meeting or 相继与 before another state's title: the title is the object's
    "南岭经贸代表团抵达海河国访问。２０日，他们相继与海总理乌鲁巴举行会谈。",
    "南岭经贸代表团会见了海总理乌鲁巴。",
])
def test_no_post_of_the_subject_in_a_meeting_verb(body):
    assert not any(h == "乌鲁巴" and r == "worksFor" for h, r, _ in facts(body))


def test_unit_with_and_inside_is_a_title():
    # 与 inside a department's name is part of the title (移民与多元文化部长)
    assert ("拉多克", "worksFor", "南岭联邦政府") in facts("南岭联邦政府移民与多元文化部长拉多克专程赶来。")


@pytest.mark.parametrize("body", [
    # a workshop written right after its company, referred to by its kind: its head works for both
    "南岭齿轮有限公司实训基地揭牌。公司热处理车间主任雷振华受聘为首席导师。",
    # …also with the honour of a province between the post and the name
    "南岭齿轮有限公司实训基地揭牌。双方将依托公司热处理车间开展培训。公司热处理车间主任、海河省劳动模范雷振华受聘为首席导师。",
    # …and after another title and 、
    "南岭齿轮有限公司建立了技能大师工作室。工作室领衔人、公司热处理车间主任雷振华带领徒弟攻关。",
])
def test_workshop_head_works_for_the_company_by_its_kind(body):
    assert {("雷振华", "worksFor", "南岭齿轮有限公司"), ("雷振华", "worksFor", "热处理车间")} <= facts(body)


def test_branch_head_works_for_the_branch_alone():
    assert not any(h == "雷一鸣" and t == "南岭齿轮有限公司" for h, _, t in facts(
        "南岭齿轮有限公司实训基地揭牌。公司北京分公司经理雷一鸣受聘为首席导师。"))


def test_a_union_in_a_title_chain_is_no_bare_kind():
    # 区总工会副主席、集团工会主席某: 工会 after 、 is the group's union, not the district federation
    facts_ = facts("南岭区总工会召开会议。南岭区总工会副主席、集团工会主席王佩芬出席。")
    assert ("王佩芬", "worksFor", "南岭区总工会") in facts_
    assert sum(1 for h, r, _ in facts_ if h == "王佩芬" and r == "worksFor") == 1


def test_bare_kind_in_a_headline_before_the_body_is_named():
    # the headline names the group by its kind, the lead names it in full
    from stated import headlined_facts
    got = headlined_facts("集团公司举办2026年女职工骨干培训班\n12月1日，海河天衡电力集团有限公司2026年女职工骨干培训班在北京举办。")
    assert any(h == "海河天衡电力集团有限公司" and r == "organizes" for h, r, _ in got)


def test_no_bare_kind_in_a_headline_with_two_groups_named_after():
    from stated import headlined_facts
    got = headlined_facts("集团公司举办2026年女职工骨干培训班\n12月1日，海河天衡电力集团有限公司与南岭电网集团有限公司"
                          "联合举办的培训班在北京开班。")
    assert not any(r == "organizes" and "集团" in h for h, r, _ in got)


@pytest.mark.parametrize("body", [
    # the body's people as the subject: 全厂职工, 公司青年 are no bare kind of the body
    "南岭机床厂近年效益大增。全厂职工开展了“节能降耗”竞赛。南岭机床厂还开展了“技能比武”活动。",
    "南岭机床厂近年效益大增。厂里青年开展了“节能降耗”竞赛。南岭机床厂还开展了“技能比武”活动。",
])
def test_the_bodys_people_are_no_bare_kind(body):
    assert not any(m in _anaphors(body) for m in ("全厂", "厂里"))
