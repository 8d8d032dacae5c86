"""Those who teach a training class: 甲讲授《…》，乙讲授《…》 (each clause its own teacher), 结合案例讲解了…,
and 举办某培训班，某某授课 (the class named in the same sentence) (stop 41). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_CLASS = "12月3日，2026年青河市工会女职工干部培训班在青河市委党校开班。"
_NAME = "2026年青河市工会女职工干部培训班"


def test_each_clause_names_a_teacher_of_a_lesson():
    got = facts(_CLASS + "青河省总工会女职工部副部长林海平讲授《女职工权益保护实务》，"
                "青河市委党校教授周文清讲授《工会法解读》，青河律师事务所律师许明结合案例讲解了劳动争议调解。")
    for p in ("林海平", "周文清", "许明"):
        assert (p, "participatesIn", _NAME) in got


def test_a_teacher_of_the_class_named_in_the_same_sentence():
    got = facts("11月20日，青河市总工会还在青河会议中心举办2026年青河市工会财务干部培训班，"
                "青河会计师事务所合伙人林海平授课。")
    assert ("林海平", "participatesIn", "2026年青河市工会财务干部培训班") in got


def test_teaching_in_the_report_of_no_class_is_not_read():
    got = facts("12月3日，青河市总工会召开2026年女职工工作推进会。青河市委党校教授周文清讲授《工会法解读》。")
    assert not any(h == "周文清" and r == "participatesIn" for h, r, _ in got)


def test_one_who_is_told_of_the_lesson_is_no_teacher():
    got = facts(_CLASS + "学员代表许明说，林海平讲授《女职工权益保护实务》让她受益匪浅。")
    assert ("许明", "participatesIn", _NAME) in got
    assert ("林海平", "participatesIn", _NAME) not in got


def test_two_events_in_the_sentence_leave_the_teacher_unread():
    got = facts("11月20日，青河市总工会举办2026年青河市工会财务干部培训班和2026年青河市职工书法展，"
                "青河会计师事务所合伙人林海平授课。")
    assert not any(h == "林海平" and r == "participatesIn" for h, r, _ in got)
