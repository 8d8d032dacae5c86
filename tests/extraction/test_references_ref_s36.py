"""References to a body or an event named earlier (stop 36, #13): a person introduced by a job
alone works for the one body of that job's trade the article named before (sentences written for
the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    # a road crew named once, then its men by their job alone
    ("南岭县青石道班正在路上施工。几名歹徒驾车闯过路障，养路工赵立新上前劝阻，被打伤。",
     {("赵立新", "worksFor", "南岭县青石道班")}),
    # the one company of the article; a visit to two of its workers (the second shares the job)
    ("副省长王明来到海河第三建筑公司看望职工。公司经理介绍了生产情况。走出办公楼，王明看望了生病职工钱小红和张建国。",
     {("钱小红", "worksFor", "海河第三建筑公司"), ("张建国", "worksFor", "海河第三建筑公司")}),
    # a description ending in 的 before the job; an airline as the pilot's trade
    ("南岭航空公司开通了新航线。安全飞行３０年的优秀飞行员周立平是首航机长。",
     {("周立平", "worksFor", "南岭航空公司")}),
])
def test_worker_of_the_one_body_of_the_trade(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body, person", [
    # two companies named before: which one employs the worker is not said
    ("海河第三建筑公司与南岭机械公司签订合同。王明看望了生病职工钱小红。", "钱小红"),
    # the one company named once, in passing (left from): not what the article is about
    ("慰问组从海河第三建筑公司出发，看望了生病职工钱小红。", "钱小红"),
    # a former (or retired) worker is no longer of the works
    ("王明来到海河第三建筑公司。公司今年扭亏为盈。他看望了退休职工钱小红。", "钱小红"),
    # the body named only after the person: nothing named before to refer to
    ("养路工赵立新被打伤。事发时南岭县青石道班正在施工。", "赵立新"),
    # no body of the job's trade (a pilot in an article that names a company of another trade)
    ("海河第三建筑公司捐款十万元。飞行员周立平也捐了款。", "周立平"),
])
def test_no_worker_without_one_body_of_the_trade(body, person):
    assert not any(h == person and r == "worksFor" for h, r, _ in facts(body))


@pytest.mark.parametrize("body, wanted", [
    # a pointing word, describing characters from the body's name, its kind: the body named before
    ("海河光盘有限公司日前投产。由广电部直接领导的这家光盘公司，年产光盘千万张。",
     {("广电部", "manages", "海河光盘有限公司")}),
])
def test_described_kind_refers_to_the_one_body_so_named(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body", [
    # two bodies whose names hold the characters: ambiguous, nothing
    "海河光盘有限公司和南岭光盘有限公司日前投产。由广电部直接领导的这家光盘公司，年产光盘千万张。",
    # characters no name holds (这家小公司: a description of the body, not part of its name)
    "海河光盘有限公司日前投产。由广电部直接领导的这家小公司，年产光盘千万张。",
    # the characters name another trade than the body named before
    "海河光盘有限公司日前投产。由广电部直接领导的这家唱片公司，年产唱片千万张。",
])
def test_described_kind_unread_when_not_one_body(body):
    assert not any(r == "manages" for _, r, _ in facts(body))


def test_pronoun_opening_a_paragraph_is_the_one_person_of_the_paragraph_before():
    body = "记者来到南岭医院，院长赵立新介绍了医院的发展。\n他原为海河市人民医院主治医师，１９９５年回乡。"
    assert ("赵立新", "worksFor", "海河市人民医院") in facts(body)


@pytest.mark.parametrize("body", [
    # two people named in the paragraph before: who 他 is is not said
    "院长赵立新和副院长钱小红介绍了医院的发展。\n他原为海河市人民医院主治医师，１９９５年回乡。",
    # nobody named in the paragraph before (only further back)
    "院长赵立新介绍了医院的发展。\n医院去年扩建了门诊楼。\n他原为海河市人民医院主治医师。",
])
def test_pronoun_opening_a_paragraph_unread_without_one_person(body):
    assert not any(r == "worksFor" and t == "海河市人民医院" for _, r, t in facts(body))



def test_job_of_a_nesting_trade_takes_its_finest_unit_only():
    # a police station named: its officer; only the bureau above it named: which unit is not said
    assert ("钱国华", "worksFor", "海河路派出所") in facts("记海河市公安局海河路派出所。\n民警钱国华连续加班四昼夜。")
    assert not any(h == "钱国华" and r == "worksFor" for h, r, _ in facts("海河市公安局表彰先进。\n民警钱国华连续加班四昼夜。"))
