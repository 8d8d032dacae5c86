"""participatesIn and organizes (stop 36): members of a body who serve at the activity, those who
receive what an activity of giving hands out. Sentences written for the tests, names invented;
each rule has a positive case and look-alikes where the relation is not stated."""

from __future__ import annotations

import pytest

from uniongraph.extraction.pipeline import extract_article
from uniongraph.model import Article


def found(body: str) -> set[tuple[str, str, str, str]]:
    art = extract_article(Article(id="t", source="t", index=0, title="", text="\n" + body))
    return {(r.head, r.relation, r.tail, e.rule) for r in art.relations for e in r.evidence}


def facts(body: str) -> set[tuple[str, str, str]]:
    return {f[:3] for f in found(body)}


# --- ORG 的 N名队员 为…/担任…: members serving at the activity (org-members-take-part) ----------

def test_members_serving_at_the_activity_take_part_for_their_body():
    body = "海河市总工会开展“夏送清凉”专项行动。南岭服务总队的10余名队员为工人测量血压。"
    assert ("南岭服务总队", "participatesIn", "夏送清凉专项行动") in facts(body)


@pytest.mark.parametrize("sentence", [
    "南岭面粉集团有限公司的1200多名职工中，女职工占到四成。",            # members only counted
    "活动期间，南岭法律服务团的32名律师将分赴全市45个在建项目。",          # sent out later
    "员工们把捐款转交给南岭青少年基金会的工作人员。",                      # handed something
])
def test_members_counted_sent_or_handed_to_are_no_part_of_the_activity(sentence):
    body = "海河市总工会开展“夏送清凉”专项行动。" + sentence
    assert not {f for f in found(body) if f[1] == "participatesIn" and f[3] == "org-members-take-part"}


# --- PERSON 领到/收到 AID in an activity of giving (recipient-of-the-aid) -------------------------

def test_one_who_receives_the_aid_takes_part_in_the_giving_ceremony():
    body = ("海河市总工会2026年度困难职工帮扶资金集中发放仪式在市职工服务中心举行。"
            "南岭纺织有限公司挡车工李秀梅也领到了6000元救助金。")
    assert ("李秀梅", "participatesIn", "海河市总工会2026年度困难职工帮扶资金集中发放仪式",
            "recipient-of-the-aid") in found(body)


def test_a_long_subject_then_a_comma_before_receiving():
    body = "海河市总工会开展“金秋助学”活动。今年考入南岭大学的环卫工人子女赵晓雨，收到了5000元助学金。"
    assert ("赵晓雨", "participatesIn", "金秋助学活动") in facts(body)


@pytest.mark.parametrize("body", [
    "海河市总工会开展“金秋助学”活动。去年，张小雨收到了5000元助学金。",   # another time
    "海河市总工会召开第五次代表大会。张小雨领到了慰问金。",                 # no activity of giving
    "海河市总工会开展“金秋助学”活动。张小雨没有领到助学金。",               # denied
    "海河市总工会开展“金秋助学”活动。张小雨收到了一封感谢信。",             # no aid received
])
def test_no_recipient_without_aid_in_an_activity_of_giving(body):
    assert not {f for f in found(body) if f[3] == "recipient-of-the-aid"}
