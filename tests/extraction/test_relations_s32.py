"""Relation shapes of stop 32 (invented sentences): a name list set in columns, …"""

from __future__ import annotations

from stated import stated_facts

from uniongraph.reading.blocks import Block
from uniongraph.reading.repair import repair_breaks

_AWARD_LIST = ("11月3日，第五届“南岭工匠”表彰大会在南岭市工人文化宫举行。获奖名单如下（按姓氏笔画排序）：\n"
               "赵立强\u3000海河钢铁集团有限公司焊工\n"
               "钱晓梅\u3000南岭市人民医院护士长\n")


def test_column_lines_are_not_joined_as_a_broken_paragraph() -> None:
    blocks = [Block("名单如下：", 1), Block("赵立强\u3000海河钢铁集团有限公司焊工", 2), Block("钱晓梅\u3000南岭市人民医院护士长", 3)]
    assert [b.text for b in repair_breaks(blocks)] == [b.text for b in blocks]
    # a paragraph broken mid-word still joins
    assert len(repair_breaks([Block("来自钱江电气设备有", 1), Block("限公司的赵建国说。", 2)])) == 1


def test_a_column_line_names_the_person_and_the_body() -> None:
    facts = stated_facts(_AWARD_LIST)
    assert ("赵立强", "worksFor", "海河钢铁集团有限公司") in facts
    assert ("钱晓梅", "worksFor", "海河钢铁集团有限公司") not in facts


def test_those_in_the_honours_list_take_part_in_the_commendation() -> None:
    facts = stated_facts(_AWARD_LIST)
    assert ("赵立强", "participatesIn", "第五届南岭工匠表彰大会") in facts
    # no 名单如下： before the lines: a list of another kind
    facts = stated_facts(_AWARD_LIST.replace("获奖名单如下（按姓氏笔画排序）：", "会议表彰了一批先进。"))
    assert not any(h == "赵立强" and r == "participatesIn" for h, r, _ in facts)
    # the report of no commendation: a list of contacts, say
    facts = stated_facts(_AWARD_LIST.replace("表彰大会", "座谈会"))
    assert not any(h == "赵立强" and r == "participatesIn" for h, r, _ in facts)


_PLENARY = ("12月1日，南岭县总工会第九次代表大会在南岭县会议中心开幕。大会选举产生了南岭县总工会第九届委员会。"
            "随后召开的南岭县总工会九届一次全委会选举赵立新为县总工会主席，钱国华、孙丽为副主席。")


def test_those_a_first_plenary_elects_take_part_in_it() -> None:
    facts = stated_facts(_PLENARY)
    for name in ("赵立新", "钱国华", "孙丽"):
        assert (name, "participatesIn", "南岭县总工会九届一次全委会") in facts
    assert ("南岭县总工会", "organizes", "南岭县总工会九届一次全委会") in facts
    # a plenary that is not the clause's subject (它只被提到) elects no one
    facts = stated_facts(_PLENARY.replace("随后召开的南岭县总工会九届一次全委会选举", "大会闭幕后，与会代表谈起南岭县总工会九届一次全委会，并选举"))
    assert not any(h == "赵立新" and r == "participatesIn" and t.endswith("全委会") for h, r, t in facts)


def test_one_who_presents_the_local_work_at_the_meeting_takes_part() -> None:
    body = ("12月3日，全省职工服务工作推进会在南岭市召开。南岭市委副书记、市长赵立新介绍当地工作情况，"
            "省总工会副主席钱国华主持会议。")
    assert ("赵立新", "participatesIn", "全省职工服务工作推进会") in stated_facts(body)
    # told about it (向…介绍): the one told is no speaker
    body = "12月3日，全省职工服务工作推进会在南岭市召开。会后，钱国华向赵立新介绍了当地工作情况。"
    assert ("赵立新", "participatesIn", "全省职工服务工作推进会") not in stated_facts(body)
