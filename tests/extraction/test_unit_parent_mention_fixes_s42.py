"""worksFor through a unit's parent, second review of stop 42: the parent pairs with the person's
post through the one written mention of the unit (the post's unit is the mention the parent was
read from, or its name carries the parent's), walks on while each parent is read from the same
written name (支行 → 分行 → 银行), and a former post is told by a whole word of the former kind
(原, 前, 退休: ``trade_staff_words.tsv``) right before the post or the unit, never by the 前 of a
time word (目前, 日前, 当前). Invented sentences, run through the whole build."""

from __future__ import annotations

from uniongraph.build import build_documents
from uniongraph.reading import read_text


def _inferred_employers(*texts: str) -> set[tuple[str, str]]:
    kg = build_documents([read_text("# 新闻\n\n本报讯 " + t, f"{i}.txt") for i, t in enumerate(texts)])
    return {(r.head, r.tail) for r in kg.inferred_relations if r.relation == "worksFor"}


def test_a_time_word_ending_in_qian_is_no_former_post() -> None:
    assert _inferred_employers("目前南江市公安局东关派出所所长冯杰说，辖区治安良好。") == {("冯杰", "南江市公安局")}
    assert _inferred_employers("日前南江市中心医院骨科主任郑宏介绍了义诊安排。") == {("郑宏", "南江市中心医院")}
    assert _inferred_employers("当前南江市中心医院骨科主任郑宏说，门诊秩序良好。") == {("郑宏", "南江市中心医院")}


def test_a_former_word_before_the_post_or_the_unit_still_is() -> None:
    assert _inferred_employers("南江市公安局东关派出所前所长冯杰出席了仪式。") == set()
    assert _inferred_employers("退休南江市中心医院骨科主任郑宏参加了义诊。") == set()
    assert _inferred_employers("原南江市中心医院骨科主任郑宏参加了义诊。") == set()
    # a former word jieba glues to what follows (原是, 原省) still opens a former post
    assert _inferred_employers("今年五十岁的陶明原是南江县煤炭公司东山煤矿的采煤班长，下岗后开了养殖场。") == set()
    assert _inferred_employers("纪委查处了原省煤炭公司东山煤矿矿长陶明受贿一案。") == set()


def test_two_bodies_with_a_unit_of_one_bare_name() -> None:
    # each man works for the bureau his own station is written under, not the other's
    assert _inferred_employers("南江市公安局东关派出所民警冯杰和北岭县公安局东关派出所民警陶明一起巡逻。") \
        == {("冯杰", "南江市公安局"), ("陶明", "北岭县公安局")}
    assert _inferred_employers("南江市公安局东关派出所获评先进集体。北岭县公安局东关派出所所长陶明介绍了经验。") \
        == {("陶明", "北岭县公安局")}


def test_the_posts_own_mention_carries_the_parent() -> None:
    # the post's station is written under another county: the bureau of the first sentence is not his
    assert _inferred_employers("南江市公安局东关派出所获评先进集体。北岭县东关派出所所长陶明也作了发言。") == set()
    assert _inferred_employers("南江市公安局东关派出所所长冯杰介绍了情况。") == {("冯杰", "南江市公安局")}


def test_a_chain_written_in_one_name_is_walked() -> None:
    assert _inferred_employers("中国建设银行南江分行东城支行行长冯杰介绍了情况。") \
        == {("冯杰", "中国建设银行南江分行"), ("冯杰", "中国建设银行")}
    # a parent's parent read from another mention is not walked (the branch is: its written name)
    assert _inferred_employers("南江分行东城支行行长冯杰介绍了情况。中国建设银行南江分行获评先进单位。") \
        == {("冯杰", "中国建设银行南江分行")}
