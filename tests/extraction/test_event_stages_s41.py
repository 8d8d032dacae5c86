"""A sentence opened by a stage of the reported contest or meeting (在提问环节，在抢答环节中，) is at the
event: its subject takes part (stop 41). Articles invented."""

from __future__ import annotations

from stated import stated_facts as facts

_MEETING = "12月8日，青河市总工会召开2026年度基层工会主席年终述职评议会。会上，6个基层工会的主席逐一述职。"
_NAME = "2026年度基层工会主席年终述职评议会"


def test_the_subject_after_a_stage_of_the_meeting_takes_part():
    got = facts(_MEETING + "在提问环节，职工代表、青河纺织有限公司工人林海平向评议组提问。")
    assert ("林海平", "participatesIn", _NAME) in got


def test_a_stage_of_a_contest_with_its_opener_in_the_stage():
    got = facts("12月6日，青河市第三届职工安全知识竞赛在青河市职工服务中心举行。"
                "在抢答环节中，青河纺织有限公司安全员林海平连续答对7题。")
    assert ("林海平", "participatesIn", "青河市第三届职工安全知识竞赛") in got


def test_a_stage_of_no_contest_or_meeting_is_not_read():
    got = facts("12月8日，青河市总工会启动2026年职工技能提升行动。在培训环节，青河纺织有限公司工人林海平介绍了经验。")
    assert not any(h == "林海平" and r == "participatesIn" for h, r, _ in got)


def test_every_stage_or_a_weak_link_is_no_stage():
    got = facts(_MEETING + "在各个环节，林海平都很认真。")
    assert not any(h == "林海平" and r == "participatesIn" for h, r, _ in got)
    got = facts(_MEETING + "在薄弱环节，林海平提出了整改意见。")
    assert not any(h == "林海平" and r == "participatesIn" for h, r, _ in got)
