"""Review of the stop-43 federation-unit convention (falign-s43): a page's source or credit field states
no unit's parent, whatever its shape, and only its own span is judged (the sentence after it keeps its
facts); a unit written under a short form the article makes ambiguous (two federations of that level)
gets no parent; a unit of a federation's unit is not stated under the federation. Invented sentences."""

from __future__ import annotations

import pytest

from tests.stated import stated_facts

SUB = "subOrganizationOf"
BODY = "12月3日，海川市总工会开展普法宣传活动。"


def _parents(got, unit_word):
    """The stated parents of each unit whose name holds ``unit_word``."""
    return {t for h, r, t in got if r == SUB and unit_word in h}


@pytest.mark.parametrize("line", [
    "（海川市总工会宣传部供稿　编辑：李华）",
    "（海川市总工会宣传部供稿）",
    "（海川市总工会宣传部 李华 供稿）",
    "作者：李华　来源：海川市总工会宣传部",
    "责任编辑：李华　来源：海川市总工会宣传部",
    "本文来源：海川市总工会宣传部",
    "稿件来源：海川市总工会宣传部",
    "供稿单位：海川市总工会宣传部",
    "作者单位：海川市总工会宣传部",
    "图文：海川市总工会宣传部",
    "来源 | 海川市总工会宣传部",
    "通讯员：海川市总工会宣传部 李华",
    "（通讯员　海川市总工会宣传部　李华）",
])
def test_a_source_or_credit_line_states_no_parent(line):
    got = stated_facts(f"{BODY}\n{line}", title="海川市总工会开展普法宣传")
    assert not _parents(got, "宣传部")


@pytest.mark.parametrize("line", [
    "来源：海川市总工会宣传部",
    "（供稿：海川市总工会宣传部　李华）",
    "编辑：海川市总工会宣传部　李华",
    "文/图 海川市总工会宣传部 李华",
    "信息来源：海川市总工会宣传部",
    "2026-12-04 09:30　来源：海川市总工会宣传部",
])
def test_the_shapes_suppressed_before_still_are(line):
    got = stated_facts(f"{BODY}\n{line}", title="海川市总工会开展普法宣传")
    assert not _parents(got, "宣传部")


def test_a_source_bracket_closing_a_paragraph_states_no_parent():
    got = stated_facts("12月3日，海川市总工会开展普法宣传活动。（来源：海川市总工会宣传部）")
    assert not _parents(got, "宣传部")


def test_a_sentence_after_a_source_field_keeps_its_facts():
    got = stated_facts("来源：海川日报　12月3日，海川市总工会组织部部长李建民为职工授课。")
    assert ("海川市总工会组织部", SUB, "海川市总工会") in got


def test_a_sentence_before_a_source_bracket_keeps_its_facts():
    got = stated_facts("12月3日，海川市总工会组织部部长李建民为职工授课。（来源：海川市总工会宣传部）")
    assert ("海川市总工会组织部", SUB, "海川市总工会") in got
    assert not _parents(got, "宣传部")


def test_a_credit_line_with_no_body_still_reads_as_before():
    got = stated_facts(f"{BODY}\n编辑：李华　审核：王海峰", title="海川市总工会开展普法宣传")
    assert not _parents(got, "宣传部")


# -- a short form two federations of its level make ambiguous ------------------------------------

def test_a_short_form_unit_with_a_visiting_federation_gets_no_parent():
    got = stated_facts("12月5日，江口区总工会主席王海峰一行到海川区考察，区总工会办公室主任李建民陪同。")
    assert not _parents(got, "办公室")


def test_a_short_form_unit_with_a_visiting_federation_gets_no_parent_even_under_a_title():
    got = stated_facts("江口区总工会一行来我区交流，区总工会组织部部长李建民介绍了我区工会工作。",
                       title="海川区总工会接待江口区总工会考察交流")
    assert "江口区总工会" not in _parents(got, "组织部")


@pytest.mark.parametrize("unit", ["办公室", "女职工委员会", "经审会"])
def test_two_city_federations_make_the_short_form_ambiguous(unit):
    got = stated_facts(f"海川市总工会与江口市总工会签订合作协议。市总工会{unit}主任李建民主持签约仪式。")
    assert not _parents(got, f"市总工会{unit}")


def test_two_provincial_federations_make_the_short_form_ambiguous():
    got = stated_facts("海川省总工会与江口省总工会签订合作协议。省总工会组织部部长李建民主持签约仪式。")
    assert not _parents(got, "省总工会组织部")


def test_one_federation_of_the_level_still_gives_the_short_form_its_parent():
    got = stated_facts("海川市总工会与江口区总工会签订合作协议。市总工会办公室主任李建民主持签约仪式。")
    assert _parents(got, "市总工会办公室") == {"海川市总工会"}


# -- a unit of a federation's unit ---------------------------------------------------------------

@pytest.mark.parametrize("unit", ["职工服务中心办公室", "干部学校教务处", "机关服务中心财务科", "书记处办公室",
                                  "经审会办公室", "女职委办公室"])
def test_a_unit_of_a_federations_unit_is_not_the_federations(unit):
    got = stated_facts(f"海川市总工会{unit}主任李建民出席。")
    assert "海川市总工会" not in _parents(got, unit)


def test_a_department_of_the_federation_itself_still_is():
    got = stated_facts("海川市总工会财务部部长李建民、海川市总工会教育处处长王海峰出席。")
    assert ("海川市总工会财务部", SUB, "海川市总工会") in got


# -- 书记处 of a party committee or a youth league -------------------------------------------------

def test_the_secretariat_of_a_league_committee_is_no_unit_of_its_own():
    got = stated_facts("共青团海川市委书记处书记李建民出席会议并讲话。")
    assert not _parents(got, "书记处")
