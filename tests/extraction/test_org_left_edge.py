"""Where an organisation's name begins: a verb's phrase jieba reads as a noun or an unknown word,
a post's 兼 or 原 glued to a level, a locative after a noun, are no part of the name after them
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from uniongraph.extraction.orgs import find_organisations
from uniongraph.extraction.overlaps import resolve_overlaps
from uniongraph.extraction.tokens import TokenIndex


def _orgs(text: str) -> list[str]:
    ms = resolve_overlaps(find_organisations(TokenIndex(text)))
    return [m.name for m in ms if not m.reference and not m.weak]


@pytest.mark.parametrize(("text", "name"), [
    # a verb and its complement of direction, a copula or a preposition the HMM glued (住进, 现为)
    ("伤员当晚住进湖滨医院。", "湖滨医院"),
    ("他去年被选进镇党委班子。", "镇党委"),
    ("张明现为黄河艺术团团长。", "黄河艺术团"),
    ("他被送进县医院抢救。", "县医院"),
    # the 兼 of a post held besides, glued to the level that opens the body's name
    ("他任副局长兼市城建档案馆馆长。", "市城建档案馆"),
    # verbs jieba's dictionary files as nouns or names govern the name after them
    ("此事事关县交通局的声誉。", "县交通局"),
    ("大会特邀海河研究院院长作报告。", "海河研究院"),
    # a locative after a noun says where the body is
    ("劫匪冲进大楼内华兴银行营业部。", "华兴银行营业部"),
])
def test_a_verb_or_locative_before_a_body_is_no_part_of_its_name(text: str, name: str) -> None:
    assert name in _orgs(text)
    assert not any(n.endswith(name) and n != name for n in _orgs(text))


@pytest.mark.parametrize(("text", "name"), [
    # a brand's own characters: a name's character, not a verb, before 为 or 进
    ("金为集团今年扩大生产。", "金为集团"),
    ("他们访问了金进集团。", "金进集团"),
    ("他来到华为公司参观。", "华为公司"),
    # a preposition glued to the level, and the 原 of a former post (read before too)
    ("据省财贸办统计，今年增长一成。", "省财贸办"),
    ("原省质量监督检验中心主任刘洪退休。", "省质量监督检验中心"),
    # words jieba calls verbs after a proper word are the name's own
    ("他们来到浦东新区快递行业联合工会。", "浦东新区快递行业联合工会"),
])
def test_the_names_own_words_still_open_it(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(("text", "name"), [
    # a member of a body written after its name: the body stands (the title is its member's)
    ("作为全国政协委员，他多次提出建议。", "全国政协"),
    ("会上，全国政协委员李长海发了言。", "全国政协"),
])
def test_a_body_before_its_members_title_is_named(text: str, name: str) -> None:
    assert name in _orgs(text)


def test_a_body_whose_head_opens_a_post_is_still_no_name() -> None:
    # 书记处第一书记 is a post: the word's head opens it (not a member's title)
    assert "中央书记处" not in _orgs("他曾任中央书记处第一书记。")


@pytest.mark.parametrize(("text", "name"), [
    # a rare place word of jieba's (a coast) names the division after it
    ("会议由东海岸新区总工会承办。", "东海岸新区总工会"),
    ("西海岸新区工委委员李明出席。", "西海岸新区工委"),
])
def test_a_rare_place_word_before_a_division_opens_the_name(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(("text", "name"), [
    # a common word of where is no part of the name
    ("我们在国内新区总工会中率先试点。", "新区总工会"),
    ("海外新区工委今年成立。", "新区工委"),
])
def test_a_common_place_word_before_a_division_stays_out(text: str, name: str) -> None:
    assert not any(n.endswith(name) and n != name for n in _orgs(text))


def test_the_agents_preposition_glued_to_the_subject_is_no_part_of_the_name() -> None:
    """考察团由|…: jieba's HMM glues 由 to the noun before it (团由); the name starts after it."""
    assert not any(n.startswith("团由") for n in _orgs("疗养团由南岭重工集团公司工会办公室主任带队。"))
    assert "南岭重工集团公司工会办公室" in _orgs("疗养团由南岭重工集团公司工会办公室主任带队。")


@pytest.mark.parametrize(("text", "name"), [
    # a city jieba tags as a person's name (曲靖 nr) before another place: places opening a brand,
    # no roll of "person, body" entries
    ("5 | 赵立新创新工作室 | 曲靖马龙青禾材料有限公司 | 马龙区", "曲靖马龙青禾材料有限公司"),
    # a person's name before a body a place opens is still cut off after a title
    ("学生李凤海南省青禾医院", "海南省青禾医院"),
])
def test_a_place_read_as_a_name_opens_the_body_it_stands_before(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(("text", "name"), [
    # several fields before the 和/与 of one department's name, after its place
    ("柳州市文化广电体育和旅游局局长王立新出席。", "柳州市文化广电体育和旅游局"),
    ("挪威社会事务与就业部部长出席会议。", "挪威社会事务与就业部"),
])
def test_several_fields_joined_by_and_are_one_department(text: str, name: str) -> None:
    assert name in _orgs(text)


@pytest.mark.parametrize(("text", "unwanted"), [
    # no place before the fields: people and a body, no one department
    ("市工会职工子女和家属服务中心开业。", "市工会职工子女和家属服务中心"),
    # a body before the 和: two bodies
    ("青禾市总工会和旅游局联合举办活动。", "青禾市总工会和旅游局"),
])
def test_fields_without_their_place_join_no_department(text: str, unwanted: str) -> None:
    assert unwanted not in _orgs(text)


def test_a_domain_word_between_a_named_body_and_its_units_head_is_the_units_name() -> None:
    """复旦大学|管理|学院: 管理 right before the head, after a body jieba knows by name, names the
    school (the pfr-dev11 gold's 波士顿大学管理学院); between two bodies it governs (国务院|管理|华星公司)."""
    assert "复旦大学管理学院" in _orgs("复旦大学管理学院举办论坛。")
    orgs = _orgs("委托首钢总公司管理华星公司。")
    assert "华星公司" in orgs and not any(n.endswith("管理华星公司") for n in orgs)
