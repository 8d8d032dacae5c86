"""A team's competitor (某代表队队员、…某某) in the report of a contest took part in it; the team's
领队 or 队长 is not said to compete (stop 38; sentences and names invented)."""

from __future__ import annotations

from stated import stated_facts as facts

_LEAD = "12月3日，2026年青石市安康杯安全生产知识竞赛决赛在青石市职工活动中心举行。"
_EVENT = "2026年青石市安康杯安全生产知识竞赛决赛"


def test_team_member_competes():
    found = facts(_LEAD + "东林县总工会代表队队员、东林县绿源生物质发电有限公司运行值班员包海龙在情景处置环节拿到满分。")
    assert ("包海龙", "participatesIn", _EVENT) in found


def test_team_leader_is_not_said_to_compete():
    found = facts(_LEAD + "东林县代表队领队、东林县总工会副主席张玉成说，队员们利用业余时间备赛。")
    assert ("张玉成", "participatesIn", _EVENT) not in found


def test_no_contest_named_before():
    # a meeting, no contest: a team member's part is in nothing named
    found = facts("12月3日，青石市职工代表座谈会在青石市职工活动中心举行。东林县代表队队员王小明发言。")
    assert not any(h == "王小明" and r == "participatesIn" and t.endswith("赛") for h, r, t in found)
