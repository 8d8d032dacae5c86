"""Stop 37: people listed with their body in brackets (王某（某公司包装工，子女就学困难）; 肖某（某公司）、
罗某（某厂）), and the lead's event reached across a report. Sentences written for the tests,
names invented; each rule has a positive case and look-alikes where the relation is not stated."""

from __future__ import annotations

from stated import stated_facts as facts


# --- PERSON（ORG title，more）: the title before a comma in the brackets (person-paren-org-title) ---

def test_title_in_brackets_before_a_comma():
    body = "部分走访对象如下：\n南岭区　赵秀英（海河精密机械有限公司装配工，丈夫长期患病）"
    assert ("赵秀英", "worksFor", "海河精密机械有限公司") in facts(body)


def test_no_post_when_the_bracket_opens_with_no_title():
    # （海河精密机械有限公司附近，…）: a place said of her, no post in the body
    body = "赵秀英（海河精密机械有限公司附近的住户，丈夫长期患病）说，今年冬天不冷。"
    assert ("赵秀英", "worksFor", "海河精密机械有限公司") not in facts(body)


# --- PERSON（ORG）、PERSON（ORG）: a list of people, each with their body (person-paren-org-list) ---

def test_each_listed_person_works_for_the_body_in_their_brackets():
    body = "三、“阅读之星”\n钱晓梅（海河光电科技有限公司）、孙立军（南岭县永安纺织有限公司）、周丽（城东区人民医院）"
    got = facts(body)
    assert ("钱晓梅", "worksFor", "海河光电科技有限公司") in got
    assert ("孙立军", "worksFor", "南岭县永安纺织有限公司") in got
    assert ("周丽", "worksFor", "城东区人民医院") in got


def test_a_single_bracket_before_said_is_no_post():
    # 赵某（某厂）说: one name alone, the bracket may only say where the report found him
    assert ("赵立新", "worksFor", "海河机床厂") not in facts("赵立新（海河机床厂）说，订单比去年多。")


def test_a_team_in_brackets_is_no_employer():
    body = "钱晓梅（南岭县代表队）、孙立军（海河市代表队）进入决赛。"
    got = facts(body)
    assert ("钱晓梅", "worksFor", "南岭县代表队") not in got
