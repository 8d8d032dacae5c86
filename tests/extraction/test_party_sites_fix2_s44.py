"""Second round of fixes to the sites an inspection or audit party goes to (invented lines): a middle
clause with a subject of its own, a leader of another side, the organiser as a site, a recalled event
of the same kind, hearing a report at a site, the general path after a work is done, plan words as
words, a group made of the organiser under a short name."""

import pytest

from tests.stated import stated_facts

_INSPECTION = "本报讯 3月10日，宁乡县总工会开展2027年度劳动保障专项检查。"
_EVENT = "2027年度劳动保障专项检查"
_TWO = "，先后来到宁丰食品有限公司和沩水纺织有限公司。"
_BOTH = {"宁丰食品有限公司", "沩水纺织有限公司"}


def _sites(body: str, event: str = _EVENT) -> set[str]:
    return {f[2] for f in stated_facts(body) if f[1] == "heldAt" and f[0] == event}


@pytest.mark.parametrize("middle", ["相关负责人高度重视", "该厂班子成员高度重视", "职工代表纷纷点赞",
                                    "人社部门高度重视", "大家一致表示赞同"])
def test_a_middle_clause_with_a_noun_subject_breaks_the_carry(middle):
    assert "沩水纺织有限公司" not in _sites(
        _INSPECTION + f"检查组反馈检查意见后，{middle}，随后来到沩水纺织有限公司学习整改经验。")


@pytest.mark.parametrize("middle", ["宁丰食品有限公司负责人带队", "宁丰食品有限公司董事长带领班子成员研究整改方案",
                                    "企业负责人李强带领班子成员研究整改方案"])
def test_a_leader_of_another_side_breaks_the_carry(middle):
    assert "沩水纺织有限公司" not in _sites(
        _INSPECTION + f"检查组通报检查情况后，{middle}，随后来到沩水纺织有限公司学习经验。")


def test_a_leader_of_the_groups_side_keeps_the_carry():
    assert _BOTH <= _sites(_INSPECTION + "检查组由县总工会有关人员组成，县总工会领导带队" + _TWO)


@pytest.mark.parametrize("rest", ["检查组还来到宁乡县总工会，通报检查情况。", "检查组随后来到宁乡县总工会，召开检查情况碰头会。"])
def test_the_organiser_is_no_site(rest):
    assert "宁乡县总工会" not in _sites(_INSPECTION + rest)


@pytest.mark.parametrize("before", ["检查组对照2026年度劳动保障专项检查发现的问题逐一复查。",
                                    "2026年度劳动保障专项检查共发现问题12个。",
                                    "此前，县应急管理局已完成安全生产专项检查。"])
def test_a_recalled_inspection_keeps_the_main_event(before):
    assert _BOTH <= _sites(_INSPECTION + before + "检查组先后来到宁丰食品有限公司和沩水纺织有限公司。")


def test_a_compared_audit_keeps_the_main_event():
    audit = "2027年度基层工会经费收支专项审计"
    body = (f"本报讯 3月10日，宁乡县总工会开展{audit}。与2026年度基层工会经费收支专项审计相比，今年审计范围扩大。"
            "审计组先后来到宁丰食品有限公司和沩水纺织有限公司。")
    assert _BOTH <= _sites(body, audit)


@pytest.mark.parametrize("rest", ["听取工作汇报", "听取汇报并查阅台账", "召开汇报会", "听取企业负责人汇报"])
def test_hearing_a_report_at_the_site_keeps_it(rest):
    assert _BOTH <= _sites(_INSPECTION + f"检查组先后来到宁丰食品有限公司和沩水纺织有限公司{rest}。")


def test_done_before_in_the_general_path_keeps_the_site():
    body = ("本报讯 1月20日，宁乡县总工会开展2027年“送温暖”慰问活动。"
            "活动当天，物资分装完成后，志愿者们来到宁丰食品有限公司，看望一线职工。")
    assert "宁丰食品有限公司" in {f[2] for f in stated_facts(body) if f[1] == "heldAt"}


@pytest.mark.parametrize("middle", ["将发现的问题逐一反馈给企业", "历时将近一周", "观摩了应急模拟演练",
                                    "查阅了企业培训计划", "在做好充分准备的基础上", "逐项核对整改完成情况"])
def test_plan_and_done_words_only_as_words(middle):
    assert _BOTH <= _sites(_INSPECTION + f"检查组由县总工会有关人员组成，{middle}" + _TWO)


def test_done_work_still_ends_the_carry():
    assert not _sites(_INSPECTION + "检查组完成现场检查后" + _TWO)


@pytest.mark.parametrize("made", ["县总工会、县人社局", "县人社局、县总工会"])
def test_a_group_made_of_the_organiser_under_a_short_name(made):
    assert _BOTH <= _sites(_INSPECTION + f"检查组由{made}有关人员组成" + _TWO)


def test_an_organiser_named_after_the_event():
    body = ("本报讯 3月10日，2027年度劳动保障专项检查在宁乡县全面展开。检查组由县总工会、县人社局有关人员组成"
            + _TWO)
    assert _BOTH <= _sites(body)


def test_another_body_still_makes_another_group():
    assert not _sites(_INSPECTION + "检查组由省人社厅有关人员组成" + _TWO)


def test_the_groups_head_named_first_keeps_the_carry():
    body = _INSPECTION + "检查组由县总工会有关人员组成，检查组组长、县总工会副主席李明带队" + _TWO
    assert _BOTH <= _sites(body)
