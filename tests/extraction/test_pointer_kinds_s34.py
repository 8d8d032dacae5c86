"""Pointer forms with a one-character kind (该校, 该行, 该矿, 该所, 这个矿) refer back to the body
of that kind named before them (guideline: anaphora are no aliases, but what they say is of the
body they point to). Invented sentences."""

from __future__ import annotations

import pytest

from tests.stated import stated_facts


@pytest.mark.parametrize(("body", "fact"), [
    ("青禾农业专科学校建于1958年。该校果树专家罗一鸣教授主持了梨树研究。", ("罗一鸣", "worksFor", "青禾农业专科学校")),
    ("海河银行南岭分行去年盈利。日前，该行行长赵立新率员工看望困难户。", ("赵立新", "worksFor", "海河银行南岭分行")),
    ("城东研究所成立十年。该所研究员钱国华获得了发明奖。", ("钱国华", "worksFor", "城东研究所")),
    ("图片新闻\n１、南岭县公安局救助特困学生。该局城关派出所所长程建一资助两名儿童。",
     ("城关派出所", "subOrganizationOf", "南岭县公安局")),
])
def test_a_one_character_kind_points_to_the_body_named_before(body, fact):
    assert fact in stated_facts(body)


@pytest.mark.parametrize(("body", "fact"), [
    # 该行业: 行 opens another word, no bank is meant
    ("海河银行去年盈利。该行业专家赵立新说，竞争激烈。", ("赵立新", "worksFor", "海河银行")),
    # 该校工会主席: a post in the school's union, not in the school
    ("青禾中学新建了职工之家。该校工会主席吴海平介绍了情况。", ("吴海平", "worksFor", "青禾中学")),
])
def test_a_one_character_kind_that_begins_another_word_points_nowhere(body, fact):
    assert fact not in stated_facts(body)


def test_a_described_mine_is_no_antecedent():
    """粗放型的生产煤矿 describes the mine; 该矿 is the one named by its name (南岭一矿)."""
    facts = stated_facts("南岭一矿是省属国有煤矿。南岭一矿过去是一个粗放型的生产煤矿，技术落后。"
                         "１９９２年，该矿党委书记孙建国提出改革措施。")
    assert ("孙建国", "worksFor", "生产煤矿") not in facts


def test_a_pointer_form_opens_where_its_pointing_word_does():
    """被任命为这所学校的校长: the body right after 为 opens at 这所, not at 学校."""
    facts = stated_facts("去年，城东区创办了青禾学校。赵立新被任命为这所学校的校长。")
    assert ("赵立新", "worksFor", "青禾学校") in facts


def test_a_pointer_form_after_other_words_is_not_the_post():
    """被任命为副校长，负责这所学校的后勤: no body right after 为."""
    facts = stated_facts("去年，城东区创办了青禾学校。赵立新被任命为副校长，负责这所学校的后勤。")
    assert ("赵立新", "worksFor", "青禾学校") not in facts
