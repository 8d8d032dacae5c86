"""Relations of constructions common in People's Daily reports (stop 36, #13): a time word or an
adverb around 在 before a named event (sentences written for the tests, names invented)."""

from __future__ import annotations

import pytest

from stated import stated_facts as facts


@pytest.mark.parametrize("body, wanted", [
    # a time word between 在 and the event's name, the subject before 在
    ("南岭市代表队在去年的第三届全省职工运动会上获得了亚军。",
     {("南岭市代表队", "participatesIn", "第三届全省职工运动会")}),
    # an adverb before the opening phrase, a time word after 在, the subject after the comma
    ("仅在最近第二届东海商品交易会上，南岭市代表团就签订协议５个。",
     {("南岭市代表团", "participatesIn", "第二届东海商品交易会")}),
    ("也在今天的海河市职工技能大赛上，海河钢铁集团工会夺得团体第一名。",
     {("海河钢铁集团工会", "participatesIn", "海河市职工技能大赛")}),
])
def test_time_word_before_the_event(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body, head, event", [
    # the event's name only in what is said about it (no 在 placing the clause in it)
    ("南岭展团最近谈起第二届东海商品交易会，认为收获很大。", "南岭展团", "第二届东海商品交易会"),
    # a word between 在 and the name that is no time: the event is an object
    ("仅在筹备第二届东海商品交易会上，南岭展团就花了三个月。", "南岭展团", "第二届东海商品交易会"),
])
def test_no_event_placing_the_clause(body, head, event):
    assert (head, "participatesIn", event) not in facts(body)


@pytest.mark.parametrize("body, wanted", [
    # one comes (来) to a place to attend: the event is held there, a party congress too
    ("１９９７年９月，赵立新来京参加了党的第十五次全国代表大会。", {("党的第十五次全国代表大会", "heldAt", "京")}),
    ("王立新来南岭市参加第三届全省职工运动会。", {("第三届全省职工运动会", "heldAt", "南岭市")}),
])
def test_comes_to_a_place_to_attend(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body, event, place", [
    # the congress only named as the source of a line, no attending verb right before it
    ("赵立新来京后认真学习党的第十五次全国代表大会精神。", "党的第十五次全国代表大会", "京"),
    # 来 of 后来 or 原来 is no coming to the place
    ("王立新原来南岭市参加工作，后来参加了第三届全省职工运动会。", "第三届全省职工运动会", "南岭市"),
])
def test_not_held_where_one_came(body, event, place):
    assert (event, "heldAt", place) not in facts(body)


@pytest.mark.parametrize("body, wanted", [
    # a run of places after 地处/位于: the last (finest) is where the body is, as 地处…的 ORG reads it
    ("海河机床厂地处湖南省浏阳市大瑶镇。", {("海河机床厂", "locatedIn", "大瑶镇")}),
    ("海河机床厂位于浏阳市大瑶镇，是一家老厂。", {("海河机床厂", "locatedIn", "大瑶镇")}),
    # a body that settles (落户) at a place, adverbs only between
    ("海河机床公司将落户于天津市塘沽区。", {("海河机床公司", "locatedIn", "塘沽区")}),
    ("海河机床公司正式落户在浏阳市。", {("海河机床公司", "locatedIn", "浏阳市")}),
])
def test_where_a_body_is(body, wanted):
    assert wanted <= facts(body)


@pytest.mark.parametrize("body, org, place", [
    # the larger places of the run are inferred, not stated
    ("海河机床厂地处湖南省浏阳市大瑶镇。", "海河机床厂", "湖南省"),
    # what settles is the body's project, not the body
    ("海河机床公司投资的项目落户长沙市。", "海河机床公司", "长沙市"),
    # another clause with no subject of its own
    ("海河机床公司与长沙市签约，落户长沙市。", "海河机床公司", "长沙市"),
])
def test_not_where_a_body_is(body, org, place):
    assert (org, "locatedIn", place) not in facts(body)
