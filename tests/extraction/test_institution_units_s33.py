"""Bare units of an institution that the clause makes a body (invented sentences)."""

from uniongraph.extraction.aliases import abbreviates
from uniongraph.extraction.institution_units import find_institution_units
from uniongraph.extraction.pipeline import extract_text
from uniongraph.extraction.tokens import TokenIndex


def units(text: str) -> list[str]:
    return [m.name for m in find_institution_units(TokenIndex(text))]


def test_a_unit_that_hosts_or_is_charged_with_a_task():
    assert units("本次比赛由市总工会主办，土木工程学院承办，校医院协办。") == ["土木工程学院", "校医院"]
    assert units("由公司安全生产领导小组负责检查落实。") == ["公司安全生产领导小组"]


def test_a_unit_that_holds_a_named_person():
    assert units("会上，放射科主任刘春燕介绍了经验。") == ["放射科"]
    assert units("学校党委书记周文斌出席并讲话。") == ["学校党委"]
    assert units("集团职代会提案工作委员会主任孙立作报告。") == ["集团职代会提案工作委员会"]


def test_a_results_list_entry():
    text = "男子跳高：体育学院 郑小东\n女子铅球：保卫处 何丽\n"
    assert units(text) == ["体育学院", "保卫处"]


def test_units_listed_before_their_kind():
    assert units("工会为放射科、口腔科等科室的医护人员送去慰问品。") == ["放射科", "口腔科"]
    assert units("医院各科室都参加了。") == []


def test_no_unit_without_a_body_reading():
    assert units("他在外语学院学习了三年。") == []  # no post, no act, no list
    assert units("放射科是医院的重点科室。") == []
    assert units("各科室主任参加了会议。") == []  # every such unit
    assert units("中央书记处书记王某出席。") == []  # a title (书记处书记), no unit
    assert units("省体育局反兴奋剂委员会主任赵明讲话。") == []  # the tail of a longer name
    assert units("原总政治部主任钱某说。") == []  # a former body


def test_a_unit_is_no_short_form_of_its_union():
    assert not abbreviates("后勤保障处", "后勤保障处分工会")
    assert not abbreviates("放射科", "放射科工会")


def test_the_unit_stands_with_its_person():
    article = extract_text("本报讯　12月2日，南湖医院工会举办讲座。急诊科护士长王秀英说：“很受用。”")
    names = {(m.name, m.type) for m in article.mentions}
    assert ("急诊科", "Organization") in names
    assert any(r.head == "王秀英" and r.relation == "worksFor" and r.tail == "急诊科" for r in article.relations)


def test_a_general_party_branch_is_left_to_the_post():
    named = extract_text("在南岭机床有限公司，职工干劲很足。公司党总支副书记吴海燕介绍说，大家都很拼。")
    assert not any(m.name.endswith("党总支") for m in named.mentions)
    unnamed = extract_text("南岭学院工会举办运动会。学校党委书记周文斌出席并讲话。")
    assert any(m.name == "学校党委" for m in unnamed.mentions)  # (the school is named only in its union's name)


def test_a_unit_named_by_its_kind_alone_is_no_body():
    # every institution has an office and working groups: the kind alone names none of them
    assert units("办公室主任李华负责会议记录。") == []
    assert units("院办公室主任王立新主持会议。") == []
    assert units("领导小组负责统筹协调。") == []
    assert units("工作组负责调查处理。") == []
    # a word of the unit's own names it
    assert units("厂务公开领导小组负责督办。") == ["厂务公开领导小组"]
    assert units("党政办公室主任李华负责会议记录。") == ["党政办公室"]


def test_the_unit_has_a_priority_of_its_own():
    from uniongraph.extraction.overlaps import Priority
    assert Priority.PERSON_SAME_NAME.name == "PERSON_SAME_NAME"  # no alias of the unit's value
    assert Priority.ORG_GENERIC < Priority.ORG_UNIT_IN_CONTEXT < Priority.PERSON_SAME_NAME < Priority.PERSON_SURNAME_TITLE
