"""A federation's department or committee written with the federation's name (stop 43): stated
subOrganizationOf the federation (the guideline's example `中建八局城东管廊项目部` → 中建八局), its full
name or the article's short form (区总工会办公室); not from a source line, not a unit of a unit, not the
secretariat (书记处书记 is the federation's own post); invented sentences."""

from __future__ import annotations

from tests.stated import stated_facts

SUB = "subOrganizationOf"


def _parents(got, unit_word):
    """The stated parents of each unit whose name holds ``unit_word``."""
    return {t for h, r, t in got if r == SUB and unit_word in h}


def test_a_department_written_under_its_federations_full_name():
    got = stated_facts("海川市总工会组织部部长李建民主持会议。")
    assert ("海川市总工会组织部", SUB, "海川市总工会") in got


def test_a_department_under_the_articles_short_form():
    got = stated_facts("活动由海川区总工会主办，区总工会办公室主任李建民主持仪式。")
    assert _parents(got, "办公室") == {"海川区总工会"}


def test_a_committee_under_the_short_form_and_the_national_federation():
    got = stated_facts("会议由海川县总工会召开，县总工会经审会主任李建民作报告，全国总工会基层工作部副部长王海峰到会指导。")
    assert _parents(got, "经审会") == {"海川县总工会"}
    assert ("全国总工会基层工作部", SUB, "全国总工会") in got


def test_a_source_line_states_no_parent():
    got = stated_facts("发布时间：2026-12-04　来源：海川市总工会宣传部\n12月3日，海川市总工会法律工作部部长李建民为职工授课。",
                       title="海川市总工会开展普法宣传")
    assert ("海川市总工会法律工作部", SUB, "海川市总工会") in got
    assert not _parents(got, "宣传部")


def test_a_unit_of_a_committee_is_not_the_federations():
    got = stated_facts("海川市总工会组织部部长李建民、海川市总工会女职工委员会办公室主任王海峰出席。")
    assert ("海川市总工会组织部", SUB, "海川市总工会") in got
    assert "海川市总工会" not in _parents(got, "委员会办公室")


def test_the_secretariat_is_no_department():
    got = stated_facts("全国总工会书记处书记李建民出席会议并讲话。")
    assert not _parents(got, "书记处")
    assert ("李建民", "worksFor", "全国总工会") in got


def test_a_street_federation_by_its_level_alone_is_no_parent():
    got = stated_facts("会议由海川区总工会召开，区总工会经审会主任李建民通报了审计情况，"
                       "对龙湾街道总工会、石桥街道总工会开展了审计。会上，街道总工会经审会主任王海峰作了发言。")
    assert _parents(got, "经审会") == {"海川区总工会"}


def test_a_short_form_follows_the_full_name_it_resolves_to():
    got = stated_facts("12月7日，海川市总工会经费审查委员会对江口市总工会开展专项审计，海川市总工会办公室主任李建民带队。"
                       "江口市总工会将在30日内将整改情况报市总工会经审会。")
    assert _parents(got, "经费审查委员会") == {"海川市总工会"}
    assert ("海川市总工会办公室", SUB, "海川市总工会") in got
