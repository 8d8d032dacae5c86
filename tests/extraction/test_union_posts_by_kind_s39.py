"""A bare union post (当选工会主席) after the sentence says the union by its unit's kind (学校第二届工会
委员会) is that union's, not the one union the article named before, unless the kind is that union's
own (公司…工会委员会 after 某机械有限公司工会) (stop 39; invented)."""

from __future__ import annotations

from stated import stated_facts as facts


def test_school_union_said_by_kind_is_not_the_bureau_union():
    got = facts("12月1日，东岭区教育体育局工会指导召开学校教代会。"
                "大会选举产生了学校第二届工会委员会，语文教师周立红当选工会主席。")
    assert ("周立红", "worksFor", "东岭区教育体育局工会") not in got


def test_the_union_named_before_keeps_a_bare_post():
    got = facts("12月1日，东岭区教育体育局工会召开会议。语文教师周立红当选工会主席。")
    assert ("周立红", "worksFor", "东岭区教育体育局工会") in got


def test_the_kind_of_the_union_named_before():
    got = facts("12月1日，东岭机械有限公司工会召开会员代表大会。大会选举产生了公司第二届工会委员会，周立红当选工会主席。")
    assert ("周立红", "worksFor", "东岭机械有限公司工会") in got
